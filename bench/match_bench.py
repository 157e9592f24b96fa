"""Matching at scale: with an archive of N claims stored (default 1,000,000), what matching a new
article of 12 claims costs on top of importing it, on SQLite and PostgreSQL.

    python -m bench.match_bench [--claims 1000000] [--articles 40] [--databases sqlite,postgres]

Each new article is imported with matching off (timed), then its claims are matched (timed, the same
call the importer makes). Reports the median and 95th percentile of both, and the target: matching
an article costs at most 50 ms more than importing it (issue 9). Builds the archive with bench.archive
in throw-away databases; with 1M claims that takes several minutes per database.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, reset_postgres

TARGET_MS = 50


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(folder: Path, claims: int, articles: int) -> dict:
    """Runs inside a process whose DATABASE_URL points at the benchmark database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from bench.archive import article_files, build_archive
    from claims.matching import match_claims
    from claims.models import Claim
    from sources.importer.pipeline import ArticleImporter

    call_command("migrate", verbosity=0)
    call_command("loaddata", str(ROOT / "fixtures" / "sources.json"), verbosity=0)
    started = time.perf_counter()
    archive = build_archive(claims, progress=lambda n: print(f"{n} claims", file=sys.stderr, flush=True))
    build_seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after a bulk load

    settings.CLAIMTRACK_MATCH_ON_IMPORT = False
    importer = ArticleImporter(started_by="bench")
    import_ms, match_ms, sizes, matched = [], [], [], 0
    for path in article_files(folder, articles):
        started = time.perf_counter()
        result = importer.import_file(path)
        import_ms.append((time.perf_counter() - started) * 1000)
        assert result.outcome == "created", (path, result.reason)
        claims_of_article = list(Claim.objects.filter(article_id=result.article_id).order_by("id"))
        started = time.perf_counter()
        matched += match_claims(claims_of_article)
        match_ms.append((time.perf_counter() - started) * 1000)
        sizes.append(len(claims_of_article))
    return {
        "archive_claims": archive["claims"], "archive_clustered": archive["clustered"],
        "archive_build_seconds": round(build_seconds, 1), "articles": articles,
        "claims_per_article": round(statistics.mean(sizes), 1), "claims_matched": matched,
        "import_ms_p50": round(statistics.median(import_ms), 1), "import_ms_p95": round(percentile(import_ms, .95), 1),
        "match_ms_p50": round(statistics.median(match_ms), 1), "match_ms_p95": round(percentile(match_ms, .95), 1),
        "match_ms_max": round(max(match_ms), 1), "over_target": sum(ms > TARGET_MS for ms in match_ms),
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000, help="Claims in the archive.")
    parser.add_argument("--articles", type=int, default=40, help="New 12-claim articles to import and match.")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run(Path(args.worker), args.claims, args.articles)))
        return
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for database in args.databases.split(","):
            folder = Path(tmp) / database
            folder.mkdir()
            url = f"sqlite:///{tmp}/bench.sqlite3" if database == "sqlite" else reset_postgres(args.pg_url)
            env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench", "DEBUG": "false"}
            out = subprocess.run([sys.executable, "-m", "bench.match_bench", "--worker", str(folder), "--claims",
                                  str(args.claims), "--articles", str(args.articles)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, text=True)
            if out.returncode:
                sys.exit(f"{database}: benchmark failed")
            r = results[database] = json.loads(out.stdout.strip().splitlines()[-1])
            verdict = "met" if r["match_ms_p50"] <= TARGET_MS else "MISSED"
            print(f"{database:9} archive {r['archive_claims']:,} claims ({r['archive_clustered']:,} clustered, built in "
                  f"{r['archive_build_seconds']} s); {r['articles']} new articles of {r['claims_per_article']} claims: "
                  f"import p50 {r['import_ms_p50']} ms / p95 {r['import_ms_p95']} ms; matching p50 {r['match_ms_p50']} "
                  f"ms / p95 {r['match_ms_p95']} ms / max {r['match_ms_max']} ms ({r['claims_matched']} claims "
                  f"matched); target <= {TARGET_MS} ms at the median: {verdict}, {r['over_target']} articles over it",
                  flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
