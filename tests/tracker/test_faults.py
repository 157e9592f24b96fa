"""Faults: a killed import, a database connection cut under a running server, a status change that fails
halfway. None of them may leave half a write or answer with a stack trace."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from claims import services
from claims.models import Claim, ClaimEvent, Status, VerificationStatus
from sources.importer.pipeline import parse_article
from sources.importer.reading import read_article
from sources.models import Article
from tests.conftest import gunicorn, server_env, verify_audit
from tests.factories import make_claims

ROOT = Path(__file__).resolve().parents[2]
REALNEWS = ROOT / "tests" / "sources" / "realnews"


def test_a_status_change_that_fails_inside_its_transaction_leaves_no_verdict_and_no_audit_entry(
        reviewer_api, monkeypatch):
    claim = make_claims(count=1)[0]

    def fail(**kwargs):
        raise RuntimeError("the disk filled up while writing the audit entry")

    monkeypatch.setattr(services, "_event", fail)  # the verdict row is written first, then this
    reviewer_api.raise_request_exception = False
    response = reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", {
        "status": "contradicted", "note": "The ministry said otherwise.",
        "evidence": [{"url": "https://example.org/a"}]}, format="json")
    assert response.status_code == 500 and response.json() == {"detail": "Internal server error."}
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (Status.UNVERIFIED, 1)
    assert VerificationStatus.objects.filter(claim=claim).count() == 1
    assert ClaimEvent.objects.filter(claim=claim).count() == 1
    monkeypatch.undo()
    assert verify_audit()[0] == 0


def terminate_app_connections() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        return cursor.fetchone()[0]


def get(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.requires_postgres
@pytest.mark.django_db(transaction=True)
def test_a_lost_database_connection_gives_json_503_and_the_server_recovers_without_a_restart(live_db, tmp_path):
    make_claims(count=30)
    with gunicorn(tmp_path / "gunicorn.log", workers=2, threads=4) as port:
        base = f"http://127.0.0.1:{port}"
        results: list[tuple[int, dict, bytes]] = []
        stop = threading.Event()

        def reader():
            while not stop.is_set():
                results.append(get(f"{base}/api/v1/claims/?page_size=30&ordering=-checkworthiness"))

        readers = [threading.Thread(target=reader) for _ in range(6)]
        for thread in readers:
            thread.start()
        killed = 0
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            killed += terminate_app_connections()
            time.sleep(0.01)
        stop.set()
        for thread in readers:
            thread.join()
        statuses = [status for status, _, _ in results]
        assert killed > 0 and set(statuses) <= {200, 503}, sorted(set(statuses))
        unavailable = [(headers, body) for status, headers, body in results if status == 503]
        assert unavailable, f"no request was caught by the {killed} terminations; {len(results)} requests"
        for headers, body in unavailable:
            assert headers["Content-Type"] == "application/json" and headers["Retry-After"].isdigit()
            assert json.loads(body) == {"detail": "The database is unavailable; retry shortly."}
        after = [get(f"{base}/api/v1/claims/?page_size=30")[0] for _ in range(20)]
        assert after == [200] * 20
        print(f"\n{len(results)} requests, {killed} connections terminated, {len(unavailable)} answered 503")


def write_articles(folder: Path, count: int) -> None:
    """`count` distinct short articles made of paragraphs of the real news texts."""
    paragraphs = [p.strip() for f in sorted(REALNEWS.glob("*.txt")) for p in f.read_text().split("\n\n")
                  if len(p.strip()) > 200]
    for i in range(count):
        text = f"{paragraphs[i % len(paragraphs)]}\n\n{paragraphs[(i * 7 + 3) % len(paragraphs)]}\n\nReport {i}.\n"
        (folder / f"report-{i:03}.txt").write_text(text)


@pytest.mark.requires_postgres
@pytest.mark.django_db(transaction=True)
def test_an_import_killed_halfway_leaves_no_partial_article_and_the_next_run_completes(live_db, tmp_path):
    write_articles(tmp_path, 300)
    command = [sys.executable, "manage.py", "import_articles", str(tmp_path), "-v", "0"]
    env = {**server_env(), "CLAIMTRACK_MATCH_ON_IMPORT": "false"}
    run = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while Article.objects.count() < 60 and run.poll() is None:
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    imported = Article.objects.count()
    assert 60 <= imported < 300, "the import was not killed halfway"
    for article in Article.objects.all():  # every article whole: all its claims, each with verdict and entry
        expected = parse_article(read_article(tmp_path / article.external_id, max_bytes=10**6)).claims
        assert Claim.objects.filter(article=article).count() == len(expected) == article.claim_count
    assert not Claim.objects.exclude(pk__in=VerificationStatus.objects.values("claim")).exists()
    assert verify_audit()[0] == 0

    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert Article.objects.count() == 300
    assert Article.objects.values("external_id").distinct().count() == 300
    assert verify_audit()[0] == 0
    recount = subprocess.run([sys.executable, "manage.py", "recount", "--dry-run"], cwd=ROOT, env=env,
                             capture_output=True, text=True)
    assert "Every counter is right." in recount.stdout
    print(f"\nkilled after {imported} of 300 articles; the second run imported {300 - imported}")
