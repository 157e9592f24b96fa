"""API read benchmark: list and detail latency on a corpus imported from the seeds, SQLite and PostgreSQL.

    python -m bench.api_bench [--articles 2000] [--databases sqlite,postgres] [--requests 50]

Requests go through Django's test client in-process (no network, no gunicorn), so the figures are the
application's own cost: view, filters, serialisation and SQL. Reports p50/p95 in ms and the SQL query
count per request.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

from bench.common import ROOT, parser, run_on_each_database

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
    arguments = parser(__doc__, articles=2000)
    arguments.add_argument("--requests", type=int, default=50)
    args = arguments.parse_args()
    if args.worker:
        print(json.dumps(run(Path(args.worker), args.requests)))
        return
    all_results = run_on_each_database("bench.api_bench", args, ["--requests", str(args.requests)])
    for database, results in all_results.items():
        print(f"{database}: {results.pop('claims')} claims")
        for name, r in results.items():
            print(f"  {name:26} p50 {r['p50_ms']:7.1f} ms   p95 {r['p95_ms']:7.1f} ms   {r['queries']} queries")
    print(json.dumps(all_results))


if __name__ == "__main__":
    main()
