"""Signed checkpoints find history that was removed or rewritten by someone holding the database,
which each claim's own hash chain cannot: a chain can be deleted whole, or rewritten and sealed again."""

import time
from datetime import timedelta

import pytest

from claims import checkpoints
from claims.checkpoints import export_row
from claims.history import chain_hash
from claims.models import AuditCheckpoint, ClaimEvent, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
from tests.conftest import assert_refused, tamper, verify_audit
from tests.factories import make_claim

# On PostgreSQL as the application's least-privilege role (tests/conftest.py app_role).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("app_role")]


@pytest.fixture(autouse=True)
def _settled(monkeypatch):
    """Checkpoints cover history made a few seconds ago; here, everything made until they are taken."""
    monkeypatch.setattr(checkpoints, "SETTLE", timedelta(0))


def take_checkpoint():
    time.sleep(0.002)  # the history so far is in an earlier millisecond
    return checkpoints.take_checkpoint()


@pytest.fixture
def history(reviewer):
    claims = [make_claim() for _ in range(3)]
    for claim in claims:
        claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note="Checked against the ministry.",
                         actor=Actor(origin=Origin.API, user=reviewer))
    return claims


def test_a_checkpoint_covers_every_entry_and_verifies(history):
    checkpoint = take_checkpoint()
    assert checkpoint.verdict_count == VerificationStatus.objects.count() == 6
    assert checkpoint.event_count == ClaimEvent.objects.count() == 6
    code, out = verify_audit()
    assert code == 0 and "1 checkpoints hold" in out


def test_later_checkpoints_cover_only_what_came_after_and_chain(history, reviewer):
    first = take_checkpoint()
    claim_set_status(claim_id=history[0].pk, status=Status.CONTRADICTED, note="The ministry corrected itself.",
                     evidence=[{"url": "https://example.org/correction"}], actor=Actor(origin=Origin.API, user=reviewer))
    second = take_checkpoint()
    assert second.prev_signature == first.signature
    assert second.verdict_count == first.verdict_count + 1
    assert verify_audit()[0] == 0


def test_a_removed_chain_is_found(history):
    take_checkpoint()
    claim = history[1]
    tamper("DELETE FROM claims_claimevent WHERE claim_id = %s", [claim.pk])
    code, out = verify_audit()
    assert code == 1 and "audit entries made before" in out and "were signed (history was removed" in out


def test_a_rewritten_and_resealed_chain_passes_the_chains_but_not_the_checkpoint(history):
    take_checkpoint()
    claim = history[2]
    prev = ""
    rewritten = {}
    for verdict in VerificationStatus.objects.filter(claim=claim).order_by("id"):
        if verdict.status == Status.VERIFIED:
            verdict.note = "Nothing was checked."
        verdict.prev_hash = prev
        verdict.entry_hash = prev = chain_hash(prev, verdict.hash_payload())
        rewritten[verdict.pk] = (verdict.note, verdict.prev_hash, verdict.entry_hash)
    for pk, (note, prev_hash, entry_hash) in rewritten.items():
        tamper("UPDATE claims_verificationstatus SET note = %s, prev_hash = %s, entry_hash = %s WHERE id = %s",
               [note, prev_hash, entry_hash, pk])
    code, out = verify_audit()
    assert code == 1
    assert "entry_hash does not match" not in out  # the chain itself is consistent again
    assert "the verdicts made before it were rewritten" in out


def test_a_forged_checkpoint_and_a_different_key_are_found(history, settings):
    checkpoint = take_checkpoint()
    tamper("UPDATE claims_auditcheckpoint SET verdict_count = 5 WHERE id = %s", [checkpoint.pk])
    code, out = verify_audit()
    assert code == 1 and "the signature does not match its content" in out
    settings.AUDIT_CHECKPOINT_KEY = "another key"
    code, out = verify_audit()
    assert code == 1 and "not the configured key" in out


def test_checkpoints_removed_from_the_database_are_found_with_the_exported_copy(history, tmp_path):
    export = tmp_path / "checkpoints.jsonl"
    export.write_text(export_row(take_checkpoint()) + "\n" + export_row(take_checkpoint()) + "\n")
    assert verify_audit("--checkpoints", str(export))[0] == 0
    tamper("DELETE FROM claims_auditcheckpoint")
    code, out = verify_audit()  # without the copy nothing says there were checkpoints
    assert code == 0 and "0 checkpoints hold" in out
    code, out = verify_audit("--checkpoints", str(export))
    assert code == 1 and out.count("is missing from the database") == 2


def test_the_checkpoints_are_append_only():
    take_checkpoint()
    for sql in ("UPDATE claims_auditcheckpoint SET verdict_count = 0", "DELETE FROM claims_auditcheckpoint"):
        assert_refused(sql)
    assert AuditCheckpoint.objects.count() == 1


def test_entries_of_a_transaction_still_open_are_left_to_the_next_checkpoint(history, monkeypatch):
    """What a checkpoint covers is fixed when it is taken: later it must fold to the same digest."""
    monkeypatch.setattr(checkpoints, "history_now", lambda: VerificationStatus.objects.latest("id").created_at)
    checkpoint = checkpoints.take_checkpoint()
    assert checkpoint.verdict_count < VerificationStatus.objects.count()
    assert verify_audit()[0] == 0


def test_a_broken_export_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    with pytest.raises(Exception) as error:
        verify_audit("--checkpoints", str(bad))
    assert "not a checkpoint line" in str(error.value)
