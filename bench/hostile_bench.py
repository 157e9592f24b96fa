"""Hostile text through the extractor: how its time grows with the size of texts made to be costly.

    python -m bench.hostile_bench [--size 500]

Each shape is a text an importer may be sent (by mistake or on purpose) that once made a step of extraction
grow faster than the text: many sentences of one paragraph, quotes opened with closing marks, the same office
or "the newspaper" again and again, one surname shared by two people. Each runs at `--size` and at twice
that; the report gives the CPU seconds of both and their ratio, which is about 2 when the cost grows with the
text (4 would be quadratic). Nothing touches a database.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable


def shapes() -> dict[str, Callable[[int], str]]:
    """Texts of n units (sentences or paragraphs), each shaped after a cost found and fixed before."""
    return {
        "dateline sentences in one paragraph": lambda n: " ".join(f"PHILADELPHIA — Dana Reed{i} said {i}." for i in range(n)),
        "quotes opened with closing marks": lambda n: " ”a" * (60 * n),
        "one office again and again": lambda n: "Interior Minister Ana Ruiz spoke.\n\n" + "\n\n".join(
            f"The Interior Minister said {i} roads were shut." for i in range(n)),
        "'the newspaper' again and again": lambda n: "\n\n".join(
            f"Mayor Tom Reed visited Shelter Number{i}. The newspaper said {i} beds were full." for i in range(n)),
        "a surname two people share": lambda n: "\n\n".join(
            f"Governor Ann Lowe spoke. Senator Bob Lowe spoke. Lowe, who runs {i} farms, said it would rain."
            for i in range(n)),
        "a hard-wrapped paragraph": lambda n: "\n".join(f"officials said {i} homes were hit by the storm and" for i in range(n)),
    }


def cpu_seconds(text: str) -> float:
    from sources.importer.cleaning import split_blocks
    from sources.importer.extraction import extract_claims

    started = time.process_time()
    extract_claims(text, split_blocks(text))
    return time.process_time() - started


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("--size", type=int, default=500, help="Units of the smaller text of each shape.")
    args = arguments.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()
    cpu_seconds("Warm-up: the model and the patterns load once. Ana Ruiz said 3 roads were shut.")
    report = {}
    for name, make in shapes().items():
        small, large = make(args.size), make(2 * args.size)
        first, second = cpu_seconds(small), cpu_seconds(large)
        report[name] = {"characters": [len(small), len(large)], "cpu_seconds": [round(first, 3), round(second, 3)],
                        "growth": round(second / first, 2) if first else None}
        print(f"{name}: {len(small):,} chars {first:.2f} s, {len(large):,} chars {second:.2f} s "
              f"(x{report[name]['growth']})")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
