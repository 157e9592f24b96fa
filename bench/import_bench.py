"""Import benchmark: a synthetic corpus made from the seeds, imported on SQLite and PostgreSQL.

    python -m bench.import_bench [--articles 5000] [--corpus seeds|realnews] [--jobs N]
                                 [--databases sqlite,postgres] [--pg-url URL]
    CLAIMTRACK_MATCH_ON_IMPORT=false python -m bench.import_bench ...   # the import without matching

Reports articles/s and claims/s for the first import and for re-importing the
unchanged corpus, and peak memory (RSS) after 20% and 100% of the first import
(flat memory means the two are close). Uses throw-away databases, never the
development one.
"""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

from bench.common import ROOT, parser, run_on_each_database


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_import(corpus: Path, jobs: int) -> dict:
    """Runs inside a process whose DATABASE_URL points at the benchmark database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from claims.models import Claim, Cluster
    from sources.importer.pipeline import import_files

    call_command("migrate", verbosity=0)
    call_command("loaddata", str(ROOT / "fixtures" / "sources.json"), verbosity=0)
    files = sorted(corpus.glob("*.txt"))
    checkpoint = len(files) // 5

    started = time.perf_counter()
    rss_at_checkpoint = None
    for i, result in enumerate(import_files(files, jobs=jobs, started_by="bench"), 1):
        assert result.outcome == "created", (result.path, result.reason)
        if i == checkpoint:
            rss_at_checkpoint = rss_mb()
    first = time.perf_counter() - started
    rss_end = rss_mb()
    claims = Claim.objects.count()
    clusters, clustered = Cluster.objects.count(), Claim.objects.exclude(cluster=None).count()

    started = time.perf_counter()
    for result in import_files(files, jobs=jobs, started_by="bench"):
        assert result.outcome == "unchanged"
    second = time.perf_counter() - started
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in files)
    return {
        "articles": len(files), "words_per_article": round(words / len(files)), "claims": claims, "jobs": jobs,
        "matching": settings.CLAIMTRACK_MATCH_ON_IMPORT, "clusters": clusters, "clustered_claims": clustered,
        "first_seconds": round(first, 2), "articles_per_s": round(len(files) / first, 1),
        "claims_per_s": round(claims / first, 1),
        "reimport_seconds": round(second, 2), "reimport_articles_per_s": round(len(files) / second, 1),
        "reimport_speedup": round(first / second, 1),
        "rss_mb_at_20pct": round(rss_at_checkpoint or 0, 1), "rss_mb_at_end": round(rss_end, 1),
    }


def main() -> None:
    arguments = parser(__doc__, articles=5000)
    arguments.add_argument("--jobs", type=int, default=1, help="Importer worker processes.")
    args = arguments.parse_args()
    if args.worker:
        print(json.dumps(run_import(Path(args.worker), args.jobs)))
        return
    results = run_on_each_database("bench.import_bench", args, ["--jobs", str(args.jobs)])
    for database, r in results.items():
        print(f"{database:9} jobs={r['jobs']} matching={'on' if r['matching'] else 'off'} {r['articles']} articles "
              f"({r['words_per_article']} words each), {r['claims']} claims ({r['clustered_claims']} in "
              f"{r['clusters']} clusters): first import {r['first_seconds']} s "
              f"= {r['articles_per_s']} articles/s, {r['claims_per_s']} claims/s; re-import {r['reimport_seconds']} s "
              f"= {r['reimport_articles_per_s']} articles/s ({r['reimport_speedup']}x faster); "
              f"RSS {r['rss_mb_at_20pct']} MB at 20%, {r['rss_mb_at_end']} MB at the end")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
