"""API read benchmark: list and detail latency on a corpus imported from the seeds, SQLite and PostgreSQL.

    python -m bench.api_bench [--articles 2000] [--databases sqlite,postgres] [--requests 50]

Requests go through Django's test client in-process (no network, no gunicorn), so the figures are the
application's own cost: view, filters, serialisation and SQL. Reports p50/p95 in ms and the SQL query
count per request.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.import_bench import ROOT, make_corpus, reset_postgres

REQUESTS = [
    ("list 50 (default)", "/api/v1/claims/"),
    ("list 200", "/api/v1/claims/?page_size=200"),
    ("filter status, 200", "/api/v1/claims/?status=verified,contradicted&page_size=200"),
    ("filter outlet + ordering", "/api/v1/claims/?outlet={outlet}&ordering=-updated_at&page_size=200"),
    ("search q=troops", "/api/v1/claims/?q=troops&page_size=200"),
    ("updated_since poll", "/api/v1/claims/?updated_since={since}&page_size=200"),
    ("claim detail", "/api/v1/claims/{claim}/"),
    ("article detail", "/api/v1/articles/{article}/"),
    ("sources list 200", "/api/v1/sources/?page_size=200"),
]


def run(corpus: Path, repeat: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from claims.models import Claim, Origin, Status
    from claims.services import Actor, claim_set_status
    from sources.importer.pipeline import import_files

    call_command("migrate", verbosity=0)
    call_command("loaddata", str(ROOT / "fixtures" / "sources.json"), verbosity=0)
    for result in import_files(sorted(corpus.glob("*.txt")), jobs=2, started_by="bench"):
        assert result.outcome == "created"
    actor = Actor(origin=Origin.SYSTEM, name="bench")
    since = timezone.now()  # the poll below asks for what the 2,000 verdicts changed
    for claim_id in Claim.objects.order_by("?").values_list("id", flat=True)[:2000]:
        claim_set_status(claim_id=claim_id, status=Status.VERIFIED, note="Benchmark verdict.", actor=actor)
    with connection.cursor() as cursor:  # what autovacuum / a nightly ANALYZE does in production
        cursor.execute("ANALYZE")
    claim = Claim.objects.order_by("-id").first()
    values = {"outlet": claim.article.outlet_id, "claim": claim.pk, "article": claim.article_id,
              "since": since.isoformat().replace("+", "%2B")}
    client = Client(HTTP_HOST="localhost")
    results = {"claims": Claim.objects.count()}
    for name, template in REQUESTS:
        url = template.format(**values)
        timings = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code, response.content[:300])
        timings.sort()
        results[name] = {"p50_ms": round(statistics.median(timings), 1),
                         "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1), "queries": len(queries)}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run(Path(args.worker), args.requests)))
        return
    all_results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        for database in args.databases.split(","):
            url = f"sqlite:///{tmp}/api.sqlite3" if database == "sqlite" else reset_postgres(args.pg_url)
            env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench", "DEBUG": "false",
                   "SECURE_SSL_REDIRECT": "false", "API_THROTTLE_ANON": "1000000/min"}
            out = subprocess.run([sys.executable, "-m", "bench.api_bench", "--worker", str(corpus), "--requests",
                                  str(args.requests)], cwd=ROOT, env=env, capture_output=True, text=True)
            if out.returncode:
                sys.exit(f"{database}: benchmark failed\n{out.stderr[-3000:]}")
            all_results[database] = json.loads(out.stdout.strip().splitlines()[-1])
    for database, results in all_results.items():
        print(f"{database}: {results.pop('claims')} claims")
        for name, r in results.items():
            print(f"  {name:26} p50 {r['p50_ms']:7.1f} ms   p95 {r['p95_ms']:7.1f} ms   {r['queries']} queries")
    print(json.dumps(all_results))


if __name__ == "__main__":
    main()
