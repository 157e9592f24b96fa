"""Load: 40 readers and 5 reviewers against gunicorn and PostgreSQL for LOAD_SECONDS (60 by default).

Zero errors, one verdict row per successful write, and the audit verifies afterwards. The figures are
printed (pytest -s) and written to var/load-report.json; docs/reliability.md quotes them.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import threading
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token

from claims.models import Claim, Origin, VerificationStatus
from tests.conftest import gunicorn, role, verify_audit
from tests.factories import make_claims

ROOT = Path(__file__).resolve().parents[2]
SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
READERS, REVIEWERS = 40, 5

pytestmark = [pytest.mark.requires_postgres, pytest.mark.django_db(transaction=True)]


class Client:
    """One keep-alive connection, like a browser tab or an API client's session."""

    def __init__(self, port: int, token: str = ""):
        self.port, self.headers = port, {"Authorization": f"Token {token}"} if token else {}
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, float]:
        headers = dict(self.headers)
        payload = None
        if body is not None:
            payload, headers["Content-Type"] = json.dumps(body), "application/json"
        started = time.perf_counter()
        try:
            self.connection.request(method, path, payload, headers)
            response = self.connection.getresponse()
            response.read()
            return response.status, time.perf_counter() - started
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return 0, time.perf_counter() - started


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(len(ordered) * 0.95)] if ordered else 0.0


def test_forty_readers_and_five_reviewers_for_a_minute(live_db, tmp_path):
    claims = [c.pk for c in make_claims(count=300)]
    tokens = []
    for n in range(REVIEWERS):
        user = User.objects.create_user(f"reviewer{n}", password="x")
        user.groups.add(role("Reviewers"))
        tokens.append(Token.objects.create(user=user).key)
    before = VerificationStatus.objects.exclude(origin=Origin.IMPORT).count()

    results: dict[str, list[tuple[int, float]]] = {"read": [], "write": []}
    stop = threading.Event()

    def reader(seed: int):
        rng, client = random.Random(seed), Client(port)
        paths = ["/api/v1/claims/?page_size=50", "/api/v1/claims/?status=verified&page_size=20",
                 "/api/v1/claims/{id}/", "/api/v1/claims/{id}/history/", "/api/v1/sources/", "/api/v1/clusters/",
                 "/api/v1/claims/?ordering=-checkworthiness&page_size=20", "/api/v1/articles/"]
        while not stop.is_set():
            path = rng.choice(paths).format(id=rng.choice(claims))
            results["read"].append(client.request("GET", path))

    def reviewer(seed: int):
        rng, client = random.Random(seed), Client(port, tokens[seed])
        while not stop.is_set():
            status = rng.choice(["verified", "contradicted", "unverified"])
            results["write"].append(client.request("POST", f"/api/v1/claims/{rng.choice(claims)}/status/", {
                "status": status, "note": f"Load test verdict by reviewer {seed}: {status}.",
                "evidence": [{"url": "https://example.org/evidence", "note": "source"}]}))

    with gunicorn(tmp_path / "gunicorn.log", workers=3, threads=8) as port:
        threads = ([threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
                   + [threading.Thread(target=reviewer, args=(n,)) for n in range(REVIEWERS)])
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(SECONDS)
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started

    reads, writes = results["read"], results["write"]
    errors = [status for status, _ in reads + writes if status != 200]
    written = VerificationStatus.objects.exclude(origin=Origin.IMPORT).count() - before
    report = {
        "seconds": round(elapsed, 1), "readers": READERS, "reviewers": REVIEWERS, "claims": Claim.objects.count(),
        "requests": len(reads) + len(writes), "errors": len(errors),
        "requests_per_second": round((len(reads) + len(writes)) / elapsed, 1),
        "reads": len(reads), "read_p50_ms": round(sorted(t for _, t in reads)[len(reads) // 2] * 1000, 1),
        "read_p95_ms": round(p95([t for _, t in reads]) * 1000, 1),
        "writes": len(writes), "write_p95_ms": round(p95([t for _, t in writes]) * 1000, 1),
        "verdict_rows_written": written,
    }
    (ROOT / "var").mkdir(exist_ok=True)
    (ROOT / "var" / "load-report.json").write_text(json.dumps(report, indent=2))
    print("\n" + json.dumps(report))
    assert not errors, f"{len(errors)} errors: {sorted(set(errors))}"
    assert written == len(writes) > 0
    assert verify_audit()[0] == 0
