"""API reads at archive scale: every list, filter, ordering and search of the API against the hand-written
SQL that produces the same page, on SQLite and PostgreSQL.

    python -m bench.read_bench [--claims 100000] [--requests 30] [--databases sqlite,postgres]
                               [--keep] [--serve-seconds 30] [--exports]

The database is built through the project's own code paths: the seeds and the real news test texts go
through the importer (extraction, attribution, matching), then bench.archive grows it with bulk copies
of real claims written by the same bulk writers (so the database's triggers keep every counter and
search document right). Each request is timed in-process with Django's test client, alternately with
its hand-written SQL equivalent (one query and json.dumps of the rows), and reported as p50, p95 and
the ratio of the medians. Status changes go through the API with a reviewer's token.

--keep leaves the database in --dir (SQLite file, PostgreSQL database claimtrack_read_<claims>) and
later runs reuse it after applying new migrations, so an optimisation is measured on the same rows.
--serve-seconds runs gunicorn on 127.0.0.1 with concurrent clients and reports requests/s and errors.
--exports streams the CSV and ClaimReview exports of every claim and reports peak memory.
"""

from __future__ import annotations

import base64
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bench.common import CORPORA, ROOT

ABSENT_WORD = "qwertyzzyx"

# name, URL, the hand-written SQL's parts (see _page_sql)
CLAIM_LISTS = [
    ("claims", "/api/v1/claims/", {}),
    ("claims page_size=200", "/api/v1/claims/?page_size=200", {"limit": 200}),
    ("claims page_size=1", "/api/v1/claims/?page_size=1", {"limit": 1}),
    ("status=contradicted", "/api/v1/claims/?status=contradicted", {"where": "c.status = %s",
                                                                     "params": ["contradicted"]}),
    ("claimant=busiest&status=verified", "/api/v1/claims/?claimant={busiest}&status=verified",
     {"where": "c.claimant_id = %s AND c.status = %s", "params": ["{busiest}", "verified"]}),
    ("status=contradicted&ordering=-checkworthiness",
     "/api/v1/claims/?status=contradicted&ordering=-checkworthiness",
     {"where": "c.status = %s", "params": ["contradicted"], "order": "c.checkworthiness DESC, c.id DESC"}),
    ("ordering=-updated_at", "/api/v1/claims/?ordering=-updated_at",
     {"order": "c.updated_at DESC, c.id DESC"}),
    ("ordering=-status_changed_at", "/api/v1/claims/?ordering=-status_changed_at",
     {"order": "c.status_changed_at DESC, c.id DESC"}),
    ("outlet=busiest", "/api/v1/claims/?outlet={outlet}", {"where": "a.outlet_id = %s", "params": ["{outlet}"]}),
    ("article", "/api/v1/claims/?article={article}", {"where": "c.article_id = %s", "params": ["{article}"]}),
    ("has_conflict=true", "/api/v1/claims/?has_conflict=true", {"where": "c.has_conflict = %s", "params": [True]}),
    ("updated_since=1h", "/api/v1/claims/?updated_since={since}", {"where": "c.updated_at >= %s",
                                                                   "params": ["{since_value}"]}),
    ("updated_since=1h&ordering=updated_at", "/api/v1/claims/?updated_since={since}&ordering=updated_at",
     {"where": "c.updated_at >= %s", "params": ["{since_value}"], "order": "c.updated_at, c.id"}),
    # Half way through the archive by each sort key, from a cursor (the keyset condition: a range of the
    # (field, id) index, however deep).
    ("ordering=-checkworthiness, deep page", "/api/v1/claims/?ordering=-checkworthiness&cursor={deep_worth}",
     {"where": "c.checkworthiness <= %s AND (c.checkworthiness < %s OR c.id < %s)",
      "params": ["{deep_worth_v}", "{deep_worth_v}", "{deep_worth_i}"], "order": "c.checkworthiness DESC, c.id DESC"}),
    ("ordering=status_changed_at, deep page", "/api/v1/claims/?ordering=status_changed_at&cursor={deep_changed}",
     {"where": "c.status_changed_at >= %s AND (c.status_changed_at > %s OR c.id > %s)",
      "params": ["{deep_changed_v}", "{deep_changed_v}", "{deep_changed_i}"], "order": "c.status_changed_at, c.id"}),
    ("q=common word", "/api/v1/claims/?q={common}", {"search": "{common}"}),
    ("q=rare word", "/api/v1/claims/?q={rare}", {"search": "{rare}"}),
    ("q=absent word", f"/api/v1/claims/?q={ABSENT_WORD}", {"search": ABSENT_WORD}),
    ("q=common&status=verified", "/api/v1/claims/?q={common}&status=verified",
     {"search": "{common}", "where": "c.status = %s", "params": ["verified"]}),
    ("claimreview list", "/api/v1/claims/claimreview/",
     {"where": "c.id IN (SELECT pc.claim_id FROM publishing_coveredclaim pc JOIN publishing_factcheck f "
               "ON f.id = pc.fact_check_id WHERE f.withdrawn_at IS NULL)", "params": []}),
]

# The public side of publishing (name, URL, SQL, parameters): pages, the compatible search, the sitemap.
FACT_CHECK_COLUMNS = "f.id, f.status, f.claim_text, f.first_published_at"
PUBLIC_PAGES = [
    ("fact-check index", "/fact-checks/",
     f"SELECT {FACT_CHECK_COLUMNS} FROM publishing_factcheck f WHERE f.withdrawn_at IS NULL "
     "ORDER BY f.first_published_at DESC, f.id DESC LIMIT 51", []),
    ("fact-check index rating=verified", "/fact-checks/?rating=verified",
     f"SELECT {FACT_CHECK_COLUMNS} FROM publishing_factcheck f WHERE f.withdrawn_at IS NULL AND f.status = %s "
     "ORDER BY f.first_published_at DESC, f.id DESC LIMIT 51", ["verified"]),
    ("fact-check page", "/fact-checks/{fact_check}/",
     "SELECT f.*, c.text, s.name, a.title, a.url, o.name, a.published_at FROM publishing_factcheck f "
     "JOIN publishing_coveredclaim pc ON pc.fact_check_id = f.id JOIN claims_claim c ON c.id = pc.claim_id "
     "JOIN sources_article a ON a.id = c.article_id JOIN sources_source o ON o.id = a.outlet_id "
     "LEFT JOIN sources_source s ON s.id = c.claimant_id WHERE f.id = %s", ["{fact_check}"]),
    ("sitemap file (up to 50,000 pages)", "/sitemap-fact-checks.xml",
     "SELECT id, modified_at FROM publishing_factcheck ORDER BY id LIMIT 50000", []),
]

CLAIM_COLUMNS = ("c.id, c.text, c.status, c.status_changed_at, c.version, a.id, a.title, a.url, o.id, o.name, "
                 "s.id, s.name, c.start, c.\"end\", c.checkworthiness, c.reasons, c.figures, c.present, c.cluster_id, "
                 "c.has_conflict, c.needs_review, c.suggested_status, c.created_at, c.updated_at")
CLAIM_JOINS = ("JOIN sources_article a ON a.id = c.article_id JOIN sources_source o ON o.id = a.outlet_id "
               "LEFT JOIN sources_source s ON s.id = c.claimant_id")
CLAIM_FROM = f"claims_claim c {CLAIM_JOINS}"


def _search_sql(vendor: str, has_document: bool) -> str:
    """The hand-written search condition: the stored document when the schema has one."""
    if vendor == "postgresql":
        if has_document:
            return "c.search @@ websearch_to_tsquery('english', %s)"
        return ("c.id IN (SELECT id FROM claims_claim WHERE to_tsvector('english', text) @@ "
                "websearch_to_tsquery('english', %s))")
    if has_document:
        return "c.id IN (SELECT rowid FROM claims_claim_fts WHERE claims_claim_fts MATCH %s)"
    return "c.text LIKE '%%' || %s || '%%'"


def _page_sql(spec: dict, values: dict, vendor: str, has_document: bool) -> tuple[str, list]:
    where, params = [], []
    if "search" in spec:
        where.append(_search_sql(vendor, has_document))
        word = spec["search"].format(**values)
        params.append(f'"{word}"' if vendor == "sqlite" and has_document else word)
    if "where" in spec:
        where.append(spec["where"])
        params += [values[p[1:-1]] if isinstance(p, str) and p.startswith("{") else p for p in spec["params"]]
    sql = (f"SELECT {CLAIM_COLUMNS} FROM {CLAIM_FROM}" + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY {spec.get('order', 'c.id')} LIMIT {spec.get('limit', 50) + 1}")
    return sql, params


def _other_sql(vendor: str, counters: bool) -> list[tuple[str, str, str, list]]:
    """Lists and details outside /claims/: name, URL, SQL, parameters."""
    counts = ("s.article_count, s.claim_count" if counters else
              "(SELECT count(*) FROM sources_article x WHERE x.outlet_id = s.id), "
              "(SELECT count(*) FROM claims_claim x WHERE x.claimant_id = s.id)")
    article_count = "a.claim_count" if counters else \
        "(SELECT count(*) FROM claims_claim x WHERE x.article_id = a.id AND x.present)"
    return [
        ("sources", "/api/v1/sources/",
         f"SELECT s.id, s.name, s.kind, s.homepage, s.description, {counts} FROM sources_source s "
         "ORDER BY s.id LIMIT 51", []),
        ("sources ordering=name", "/api/v1/sources/?ordering=name",
         f"SELECT s.id, s.name, s.kind, s.homepage, s.description, {counts} FROM sources_source s "
         "ORDER BY s.name, s.id LIMIT 51", []),
        ("articles", "/api/v1/articles/",
         f"SELECT a.id, a.title, a.url, o.id, o.name, a.published_at, a.language, a.encoding, a.external_id, "
         f"a.content_sha256, {article_count}, a.created_at, a.updated_at FROM sources_article a "
         "JOIN sources_source o ON o.id = a.outlet_id ORDER BY a.id LIMIT 51", []),
        ("clusters", "/api/v1/clusters/",
         f"SELECT k.id, k.state, k.version, k.verdict, k.created_at, k.updated_at, {CLAIM_COLUMNS} FROM claims_cluster k "
         f"JOIN claims_claim c ON c.cluster_id = k.id AND c.present {CLAIM_JOINS} WHERE k.id IN (SELECT id FROM claims_cluster "
         "ORDER BY id DESC LIMIT 51) ORDER BY k.id DESC, c.id", []),
        ("claim detail", "/api/v1/claims/{claim}/", f"SELECT {CLAIM_COLUMNS} FROM {CLAIM_FROM} WHERE c.id = %s",
         ["{claim}"]),
        ("claim history", "/api/v1/claims/{claim}/history/",
         "SELECT id, created_at, actor_name, origin, request_id, action, from_status, to_status, changes, note, "
         "evidence, reason, prev_hash, entry_hash FROM claims_claimevent WHERE claim_id = %s ORDER BY id",
         ["{claim}"]),
        ("article detail", "/api/v1/articles/{article}/",
         f"SELECT a.id, a.title, a.body, o.name, {article_count}, (SELECT count(*) FROM claims_claim x WHERE "
         "x.article_id = a.id) FROM sources_article a JOIN sources_source o ON o.id = a.outlet_id WHERE a.id = %s",
         ["{article}"]),
        ("source detail", "/api/v1/sources/{busiest}/",
         f"SELECT s.id, s.name, s.kind, {counts} FROM sources_source s WHERE s.id = %s", ["{busiest}"]),
    ]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _build(claims: int) -> dict:
    from django.db import connection

    from bench.archive import build_archive
    from claims.models import Claim
    from sources.importer.pipeline import import_files

    started = time.perf_counter()
    files = sorted(path for corpus in CORPORA.values() for path in corpus.glob("*.txt"))
    imported = sum(result.outcome == "created" for result in import_files(files, jobs=1, started_by="bench"))
    grown = build_archive(max(0, claims - Claim.objects.count()),
                          progress=lambda n: print(f"  {n:,} claims written", file=sys.stderr, flush=True))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # what autovacuum does after a bulk load
    return {"imported_articles": imported, "grown_claims": grown["claims"],
            "build_seconds": round(time.perf_counter() - started, 1)}


def _words(vendor: str, has_document: bool) -> tuple[str, str]:
    """A word in many claims and a word in a handful, picked from the stored text."""
    from django.db import connection

    from claims.models import Claim

    sample = Claim.objects.order_by("-id").values_list("text", flat=True)[:3000]
    counts = Counter(w.lower() for text in sample for w in re.findall(r"[A-Za-z]{6,}", text))
    common = counts.most_common(1)[0][0]
    rare = None
    with connection.cursor() as cursor:
        for word, _ in sorted(counts.items(), key=lambda item: item[1])[:20]:
            sql, params = _page_sql({"search": word, "limit": 200}, {}, vendor, has_document)
            cursor.execute(f"SELECT count(*) FROM ({sql}) t", params)
            if 3 <= cursor.fetchone()[0] <= 200:
                rare = word
                break
    return common, rare or ABSENT_WORD


def _values() -> dict:
    from django.db.models import Count
    from django.utils import timezone

    from claims.models import Claim, ClaimEvent
    from sources.models import Article

    busiest = (Claim.objects.exclude(claimant=None).values("claimant").annotate(n=Count("id")).order_by("-n")
               .first()["claimant"])
    outlet = Article.objects.values("outlet").annotate(n=Count("id")).order_by("-n").first()["outlet"]
    claim = ClaimEvent.objects.filter(action="status_changed").order_by("-id").values_list("claim", flat=True).first()
    claim = claim or Claim.objects.order_by("-id").values_list("id", flat=True).first()
    since = timezone.now() - timezone.timedelta(hours=1)
    deep = {}
    middle = Claim.objects.count() // 2
    for name, field, ordering in (("deep_worth", "checkworthiness", "-checkworthiness"),
                                  ("deep_changed", "status_changed_at", "status_changed_at")):
        order = (ordering, "-id" if ordering.startswith("-") else "id")
        value, pk = Claim.objects.order_by(*order).values_list(field, "id")[middle]
        raw = json.dumps({"o": ",".join(order), "v": value.isoformat() if hasattr(value, "isoformat") else value,
                          "i": pk, "r": 0}, separators=(",", ":"))
        deep.update({name: base64.urlsafe_b64encode(raw.encode()).decode().rstrip("="),
                     f"{name}_v": value, f"{name}_i": pk})
    return {"busiest": busiest, "outlet": outlet, "claim": claim, **deep,
            "article": Claim.objects.filter(pk=claim).values_list("article", flat=True).first(),
            "since": since.isoformat().replace("+", "%2B"), "since_value": since}


def _time_pair(client, url: str, cursor, sql: str, params: list, repeat: int) -> dict:
    django_ms, sql_ms = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        django_ms.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code, body[:300])
        started = time.perf_counter()
        cursor.execute(sql, params)
        columns = [column[0] for column in cursor.description]
        json.dumps([dict(zip(columns, row, strict=True)) for row in cursor.fetchall()], default=str)
        sql_ms.append((time.perf_counter() - started) * 1000)
    p50, raw = statistics.median(django_ms), statistics.median(sql_ms)
    return {"p50_ms": round(p50, 2), "p95_ms": round(percentile(django_ms, .95), 2), "sql_p50_ms": round(raw, 2),
            "ratio": round(p50 / raw, 1) if raw else None}


def _status_changes(repeat: int) -> dict:
    """POST /claims/{id}/status/ as a reviewer, each on a different claim: p50 and p95 in ms."""
    from django.contrib.auth.models import Permission, User
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from claims.models import Claim

    user, _ = User.objects.get_or_create(username="bench-reviewer")
    user.user_permissions.add(Permission.objects.get(codename="set_claim_status"))
    token, _ = Token.objects.get_or_create(user=user)
    client = Client(HTTP_HOST="localhost", HTTP_AUTHORIZATION=f"Token {token.key}")
    ids = Claim.objects.filter(status="unverified").order_by("-id").values_list("id", flat=True)[:repeat]
    timings = []
    for claim_id in ids:
        started = time.perf_counter()
        response = client.post(f"/api/v1/claims/{claim_id}/status/", {"status": "verified",
                               "note": "Checked against the ministry's statement."}, content_type="application/json")
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content[:300]
    return {"p50_ms": round(statistics.median(timings), 2), "p95_ms": round(percentile(timings, .95), 2),
            "changes": len(timings)}


def _admin_pages(values: dict, repeat: int) -> dict:
    """The review desk's pages as a logged-in superuser: server time p50/p95 and queries per page."""
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim

    call_command("collectstatic", "--noinput", verbosity=0)  # production static storage, as in deployment
    user = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", password="bench-admin-password")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    clustered = Claim.objects.exclude(cluster=None).order_by("-id").values_list("id", "article_id").first()
    pages = {
        "dashboard": "/admin/",
        "queue": "/admin/claims/claim/",
        "queue ?status=unverified": "/admin/claims/claim/?status__exact=unverified",
        "queue ?q=common word": f"/admin/claims/claim/?q={values['common']}",
        "claim page (clustered)": f"/admin/claims/claim/{clustered[0]}/change/",
        "next unreviewed": f"/admin/claims/claim/{clustered[0]}/next/",
        "article page": f"/admin/sources/article/{clustered[1]}/change/",
        "source page (busiest outlet)": f"/admin/sources/source/{values['outlet']}/change/",
        "source page (most quoted claimant)": f"/admin/sources/source/{values['busiest']}/change/",
    }
    timings = {}
    for name, url in pages.items():
        took = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(url)
            took.append((time.perf_counter() - started) * 1000)
            assert response.status_code in (200, 302), (url, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        timings[name] = {"p50_ms": round(statistics.median(took), 1), "p95_ms": round(percentile(took, .95), 1),
                         "queries": len(queries)}
    return timings


def run(claims: int, repeat: int, exports: bool) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # a log line per timed request would be timed too
    os.environ.update(CLAIMTRACK_PUBLISHING="true", CLAIMTRACK_ORGANIZATION_URL="https://desk.example.org",
                      CLAIMTRACK_SITE_URL="https://factcheck.example.org")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from claims.models import Claim

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    results: dict = {"migrate_seconds": round(time.perf_counter() - started, 1)}
    call_command("collectstatic", "--noinput", verbosity=0)  # production static storage, as in deployment
    if not Claim.objects.exists():
        call_command("loaddata", str(ROOT / "fixtures" / "sources.json"), verbosity=0)
        results["build"] = _build(claims)
    vendor = connection.vendor
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("SELECT 1 FROM information_schema.columns WHERE table_name = 'claims_claim' AND "
                           "column_name = 'search'")
            has_document = cursor.fetchone() is not None
            cursor.execute("SELECT 1 FROM information_schema.columns WHERE table_name = 'sources_source' AND "
                           "column_name = 'claim_count'")
        else:
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'claims_claim_fts'")
            has_document = cursor.fetchone() is not None
            cursor.execute("SELECT 1 FROM pragma_table_info('sources_source') WHERE name = 'claim_count'")
        counters = cursor.fetchone() is not None
    results["status_change"] = _status_changes(max(repeat, 30))
    values = _values()
    values["common"], values["rare"] = _words(vendor, has_document)
    results.update(claims=Claim.objects.count(), common_word=values["common"], rare_word=values["rare"],
                   search_document=has_document, counters=counters)
    client = Client(HTTP_HOST="localhost")
    timings = {}
    with connection.cursor() as cursor:
        for name, url, spec in CLAIM_LISTS:
            sql, params = _page_sql(spec, values, vendor, has_document)
            timings[name] = _time_pair(client, url.format(**values), cursor, sql, params, repeat)
        for name, url, sql, params in _other_sql(vendor, counters):
            params = [values[p[1:-1]] for p in params]
            timings[name] = _time_pair(client, url.format(**values), cursor, sql, params, repeat)
        values["fact_check"] = _publish_sample(PUBLISHED_SAMPLE)
        for name, url, sql, params in PUBLIC_PAGES:
            params = [values[p[1:-1]] if isinstance(p, str) and p.startswith("{") else p for p in params]
            timings[name] = _time_pair(client, url.format(**values), cursor, sql, params, repeat)
        search = _search_sql(vendor, has_document)
        word = f'"{values["common"]}"' if vendor == "sqlite" and has_document else values["common"]
        timings["claims:search common word"] = _time_pair(
            client, f"/api/compat/factchecktools/v1alpha1/claims:search?query={values['common']}", cursor,
            f"SELECT DISTINCT {FACT_CHECK_COLUMNS} FROM publishing_factcheck f JOIN publishing_coveredclaim pc "
            f"ON pc.fact_check_id = f.id JOIN claims_claim c ON c.id = pc.claim_id WHERE f.withdrawn_at IS NULL "
            f"AND {search} ORDER BY f.first_published_at DESC, f.id DESC LIMIT 11", [word], repeat)
    results["requests"] = timings
    results["admin"] = _admin_pages(values, max(5, repeat // 3))
    if exports:
        results["exports"] = {name: _export_memory(url) for name, url in
                              (("csv", "/api/v1/claims/export.csv"), ("claimreview", "/api/v1/claims/claimreview.jsonl"))}
    return results


PUBLISHED_SAMPLE = 20_000


def _publish_sample(count: int) -> int:
    """Publish `count` claims spread over the archive (bulk rows, as the service writes them), once; returns
    the id of a fact check in the middle."""
    from django.db.models.functions import Mod
    from django.utils import timezone

    from claims.models import Claim, VerificationStatus
    from publishing.models import Correction, CoveredClaim, FactCheck

    if FactCheck.objects.count() < count:
        total = Claim.objects.count()
        step = max(1, total // count)
        ids = list(Claim.objects.annotate(bucket=Mod("id", step)).filter(bucket=0).order_by("id")
                   .values_list("id", flat=True)[:count])
        verdicts = dict(VerificationStatus.objects.filter(claim_id__in=ids).order_by("claim_id", "-id")
                        .values_list("claim_id", "id"))
        any_verdict = VerificationStatus.objects.values_list("id", flat=True).first()  # archive copies have none
        texts = dict(Claim.objects.filter(id__in=ids).values_list("id", "text"))
        now = timezone.now()
        checks = FactCheck.objects.bulk_create([
            FactCheck(claim_id=pk, verdict_id=verdicts.get(pk, any_verdict), status=("verified", "contradicted")[i % 2],
                      claim_text=texts[pk], rationale="Checked against the ministry's published figures.",
                      first_published_at=now - timezone.timedelta(minutes=i),
                      modified_at=now - timezone.timedelta(minutes=i))
            for i, pk in enumerate(ids)], batch_size=2000)
        CoveredClaim.objects.bulk_create([CoveredClaim(claim_id=fc.claim_id, fact_check=fc) for fc in checks],
                                         batch_size=2000)
        Correction.objects.bulk_create([Correction(fact_check=fc, kind="published", to_status=fc.status,
                                                   created_at=fc.first_published_at) for fc in checks],
                                       batch_size=2000)
    return FactCheck.objects.order_by("id").values_list("id", flat=True)[FactCheck.objects.count() // 2]


def _export_memory(url: str) -> dict:
    """Stream one export in a fresh process; its peak RSS (VmHWM: getrusage's maximum would include this
    process's, which Linux carries across exec) and the rows it wrote."""
    code = ("import os, time, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'tracker.settings');"
            "django.setup(); from django.test import Client;"
            f"t = time.perf_counter(); r = Client(HTTP_HOST='localhost').get({url!r});"
            "n = sum(chunk.count(b'\\n') for chunk in r.streaming_content) if r.streaming else -1;"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
            "print(r.status_code, n, round(time.perf_counter() - t, 1), int(hwm) // 1024)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=os.environ)
    status, lines, seconds, peak = out.stdout.split()[-4:] if out.returncode == 0 else ("error", 0, 0, 0)
    return {"status": status, "lines": int(lines), "seconds": float(seconds), "peak_rss_mb": int(peak)}


def serve(url: str, seconds: int, values: dict | None = None) -> dict:
    """gunicorn on 127.0.0.1 with concurrent clients for `seconds`: requests/s, errors, p50 and p95."""
    import socket
    import threading
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": url, "ALLOWED_HOSTS": "127.0.0.1"}
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "tracker.wsgi", "--bind", f"127.0.0.1:{port}",
                               "--workers", "3", "--log-level", "warning"], cwd=ROOT, env=env)
    paths = ["/api/v1/claims/", "/api/v1/claims/?status=contradicted", "/api/v1/claims/?page_size=200",
             "/api/v1/sources/", "/api/v1/articles/", "/api/v1/claims/?q=troops",
             "/api/v1/claims/?ordering=-checkworthiness"]
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        done, errors, latencies = [0], [0], []
        deadline = time.perf_counter() + seconds

        def client(offset: int) -> None:
            index = offset
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{paths[index % len(paths)]}", timeout=30) as r:
                        r.read()
                    latencies.append((time.perf_counter() - started) * 1000)
                    done[0] += 1
                except Exception:  # noqa: BLE001 - every failure counts as an error
                    errors[0] += 1
                index += 1

        threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"seconds": seconds, "clients": 8, "workers": 3, "requests_per_s": round(done[0] / seconds, 1),
            "errors": errors[0], "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
            "p95_ms": round(percentile(latencies, .95), 1) if latencies else None}


def _database_url(database: str, claims: int, directory: Path, pg_url: str, keep: bool, name: str = "") -> str:
    from bench.common import reset_postgres

    if database == "sqlite":
        path = directory / f"read-{claims}.sqlite3"
        if not keep:
            for stale in directory.glob(f"read-{claims}.sqlite3*"):
                stale.unlink()
        return f"sqlite:///{path}"
    name = name or f"claimtrack_read_{claims}"
    if keep:
        import psycopg

        base = pg_url.rpartition("/")[0]
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                return f"{base}/{name}"
    return reset_postgres(pg_url, name)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30, help="Timed repetitions of each request.")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--dir", default="/var/tmp/claimtrack-bench", help="Where --keep leaves the SQLite file.")
    parser.add_argument("--keep", action="store_true", help="Keep the databases and reuse them in later runs.")
    parser.add_argument("--pg-database", default="", help="PostgreSQL database name (default claimtrack_read_N).")
    parser.add_argument("--serve-seconds", type=int, default=0, help="Also load gunicorn for this many seconds.")
    parser.add_argument("--exports", action="store_true", help="Also stream the exports and report peak memory.")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run(args.claims, args.requests, args.exports), default=str))
        return
    directory = Path(args.dir)
    directory.mkdir(parents=True, exist_ok=True)
    everything = {}
    for database in args.databases.split(","):
        url = _database_url(database, args.claims, directory, args.pg_url, args.keep, args.pg_database)
        env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench", "DEBUG": "false",
               # Per second, not per minute: DRF keeps one timestamp per request of the period in the
               # cache, and a minute of benchmark requests made that list long enough to cost time.
               "SECURE_SSL_REDIRECT": "false", "API_THROTTLE_ANON": "1000000/s", "API_THROTTLE_USER": "1000000/s"}
        worker = [sys.executable, "-m", "bench.read_bench", "--worker", "--claims", str(args.claims),
                  "--requests", str(args.requests)] + (["--exports"] if args.exports else [])
        out = subprocess.run(worker, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        if out.returncode:
            sys.exit(f"{database}: benchmark failed")
        results = everything[database] = json.loads(out.stdout.strip().splitlines()[-1])
        if args.serve_seconds:
            os.environ.update({k: v for k, v in env.items() if k != "DATABASE_URL"})
            results["gunicorn"] = serve(url, args.serve_seconds)
        report(database, results)
    print(json.dumps(everything, default=str))


def report(database: str, r: dict) -> None:
    print(f"\n{database}: {r['claims']:,} claims; search document: {r['search_document']}, counters: "
          f"{r['counters']}; common word {r['common_word']!r}, rare word {r['rare_word']!r}")
    if "build" in r:
        print(f"  built: {r['build']}")
    print(f"  {'request':48} {'p50 ms':>8} {'p95 ms':>8} {'SQL ms':>8} {'x SQL':>6}  goal")
    for name, t in r["requests"].items():
        limit = 5 if name.endswith(("detail", "history")) else 25
        ratio_goal = 2 if name == "claims" and database == "postgres" else 3
        met = t["p50_ms"] <= limit and (t["p50_ms"] < 5 or (t["ratio"] or 0) <= ratio_goal)
        print(f"  {name:48} {t['p50_ms']:8.2f} {t['p95_ms']:8.2f} {t['sql_p50_ms']:8.2f} {t['ratio'] or 0:6.1f}  "
              f"{'met' if met else 'MISSED'}")
    s = r["status_change"]
    print(f"  status change through the API: p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms "
          f"({'met' if s['p50_ms'] <= 15 else 'MISSED'} <= 15 ms)")
    print(f"  {'admin page (logged-in superuser)':48} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}  goal")
    for name, t in r.get("admin", {}).items():
        goal = "met" if t["p50_ms"] < 300 else "MISSED"
        print(f"  {name:48} {t['p50_ms']:8.1f} {t['p95_ms']:8.1f} {t['queries']:8}  {goal} < 300 ms")
    for name, e in r.get("exports", {}).items():
        print(f"  export {name}: status {e['status']}, {e['lines']:,} lines in {e['seconds']} s, peak RSS "
              f"{e['peak_rss_mb']} MB")
    if "gunicorn" in r:
        g = r["gunicorn"]
        print(f"  gunicorn {g['workers']} workers, {g['clients']} clients, {g['seconds']} s: {g['requests_per_s']} "
              f"requests/s, p50 {g['p50_ms']} ms, p95 {g['p95_ms']} ms, errors {g['errors']}")


if __name__ == "__main__":
    main()
