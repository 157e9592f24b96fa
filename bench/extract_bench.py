"""Latency of POST /api/v1/extract/ for a 1,000-word article of real news (the goal: at most 100 ms).

    python -m bench.extract_bench [--requests 50] [--words 1000]

The article is the real news test texts (tests/sources/realnews) run together, paragraph by paragraph, until
it has the number of words asked for. Requests go through the whole Django stack (middleware, session
authentication, throttling, the view, JSON rendering) in one process, against a throw-away SQLite database:
the endpoint stores nothing, so the database only answers the session lookup.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

from bench.common import REALNEWS


def article(words: int) -> str:
    paragraphs, count = [], 0
    for path in sorted(REALNEWS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if paragraph.strip() and count < words:
                paragraphs.append(paragraph)
                count += len(paragraph.split())
    return "\n".join(paragraphs)


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("--requests", type=int, default=50)
    arguments.add_argument("--words", type=int, default=1000)
    args = arguments.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update({"DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3", "SECRET_KEY": "bench", "DEBUG": "false",
                           "SECURE_SSL_REDIRECT": "false", "ALLOWED_HOSTS": "testserver",
                           "API_THROTTLE_EXTRACT": "1000000/min"})
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        call_command("migrate", verbosity=0)
        client = Client()
        client.force_login(get_user_model().objects.create_user("bench", password="unused-bench-password"))
        text = article(args.words)
        body = json.dumps({"text": text})
        first = client.post("/api/v1/extract/", body, content_type="application/json")
        if first.status_code != 200:
            sys.exit(f"extract answered {first.status_code}: {first.content[:300]!r}")
        timings = []
        for _ in range(args.requests):
            started = time.perf_counter()
            client.post("/api/v1/extract/", body, content_type="application/json")
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        answer = first.json()
        report = {"words": len(text.split()), "characters": len(text), "sentences": len(answer["sentences"]),
                  "claims": answer["claims"], "requests": args.requests,
                  "p50_ms": round(statistics.median(timings), 1),
                  "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1), "max_ms": round(timings[-1], 1),
                  "goal_ms": 100}
        print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
