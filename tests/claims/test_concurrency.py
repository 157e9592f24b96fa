"""20 reviewers change one claim at once, each on its own connection.

PostgreSQL serialises them with a row lock, SQLite with IMMEDIATE transactions.
"""

import io
import random
import threading

from django.core.management import call_command
from django.db import connection

from claims.models import ClaimEvent, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
from tests.factories import make_claim

THREADS, CHANGES = 20, 10


def test_concurrent_status_changes_never_lose_or_repeat_a_version(live_db, reviewer):
    claim = make_claim()
    changed, no_ops, errors = [], [], []
    lock = threading.Lock()

    def reviewer_thread(seed):
        rng = random.Random(seed)
        try:
            for _ in range(CHANGES):
                status = rng.choice(Status.values)
                note = "Checked against two sources." if rng.random() < 0.7 else ""
                if status != Status.UNVERIFIED and not note:
                    note = "Checked against the official record."
                evidence = [{"url": "https://example.org/e"}] if status == Status.CONTRADICTED else []
                result = claim_set_status(claim_id=claim.pk, status=status, note=note, evidence=evidence,
                                          actor=Actor(origin=Origin.API, user=reviewer))
                with lock:
                    (changed if result.changed else no_ops).append(result.claim.version if result.changed else None)
        except Exception as exc:  # pragma: no cover - reported by the assertion
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=reviewer_thread, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(changed) + len(no_ops) == THREADS * CHANGES
    claim.refresh_from_db()
    verdicts = list(VerificationStatus.objects.filter(claim=claim).order_by("id"))
    assert len(verdicts) == 1 + len(changed)  # the import's first verdict plus one per real change
    assert sorted(changed) == list(range(2, 2 + len(changed)))  # no gaps, no repeats
    assert claim.version == 1 + len(changed)
    assert claim.status == verdicts[-1].status
    assert ClaimEvent.objects.filter(claim=claim, action="status_changed").count() == len(changed)
    out = io.StringIO()
    call_command("verify_audit", stdout=out)
    assert "Audit OK" in out.getvalue()
