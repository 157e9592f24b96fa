"""verify_audit recomputes every chain and catches rows altered behind the triggers' back."""

from datetime import timedelta

import pytest

from claims.history import chain_hash, to_millisecond
from claims.models import Claim, ClaimEvent, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
from tests.conftest import tamper, verify_audit
from tests.factories import make_claim

# On PostgreSQL as the application's least-privilege role (tests/conftest.py app_role).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("app_role")]


@pytest.fixture
def reviewed(reviewer):
    claim = make_claim()
    claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note="Checked against the ministry.",
                     actor=Actor(origin=Origin.API, user=reviewer))
    return claim


def test_it_passes_on_untouched_history(reviewed):
    code, out = verify_audit()
    assert code == 0 and "Audit OK: 1 claims" in out


def test_it_catches_an_edited_verdict(reviewed):
    verdict = VerificationStatus.objects.filter(claim=reviewed).latest("id")
    tamper("UPDATE claims_verificationstatus SET note = %s WHERE id = %s", ["Nothing to see.", verdict.pk])
    code, out = verify_audit()
    assert code == 1
    assert f"claim {reviewed.pk}: claims_verificationstatus #{verdict.pk}: entry_hash does not match" in out


def test_it_catches_a_deleted_audit_entry(reviewed):
    first = ClaimEvent.objects.filter(claim=reviewed).earliest("id")
    tamper("DELETE FROM claims_claimevent WHERE id = %s", [first.pk])
    code, out = verify_audit()
    assert code == 1 and "prev_hash does not match" in out


def test_it_catches_a_status_that_disagrees_with_the_newest_verdict(reviewed):
    Claim.objects.filter(pk=reviewed.pk).update(status=Status.CONTRADICTED)
    code, out = verify_audit()
    assert code == 1 and "newest verdict" in out and "FAILED" in out


def test_history_times_are_kept_to_the_millisecond_so_a_json_copy_keeps_them(reviewed):
    verdict = VerificationStatus.objects.filter(claim=reviewed).latest("id")
    event = ClaimEvent.objects.filter(claim=reviewed).latest("id")
    assert verdict.created_at.microsecond % 1000 == 0 and event.created_at.microsecond % 1000 == 0


def test_an_entry_sealed_with_microseconds_verifies_after_a_copy_dropped_them_unless_altered(reviewed):
    """Releases before millisecond times hashed microseconds; dumpdata/loaddata keeps milliseconds."""
    head = VerificationStatus.objects.filter(claim=reviewed).latest("id")
    old = VerificationStatus(claim=reviewed, status=head.status, note="Sealed by an older release.",
                             origin=Origin.ADMIN, reviewer_name="rita",
                             created_at=head.created_at + timedelta(seconds=1, microseconds=654321))
    old.prev_hash = head.entry_hash
    old.entry_hash = chain_hash(old.prev_hash, old.hash_payload())
    old.save()
    code, out = verify_audit()
    assert code == 0, out
    copied_time = to_millisecond(old.created_at)
    tamper("UPDATE claims_verificationstatus SET created_at = %s WHERE id = %s", [copied_time, old.pk])
    assert verify_audit()[0] == 0
    tamper("UPDATE claims_verificationstatus SET note = %s WHERE id = %s", ["Sealed by someone else.", old.pk])
    code, out = verify_audit()
    assert code == 1 and f"claims_verificationstatus #{old.pk}: entry_hash does not match" in out


def test_it_catches_a_claim_whose_whole_audit_history_was_deleted(reviewed):
    tamper("DELETE FROM claims_claimevent WHERE claim_id = %s", [reviewed.pk])
    code, out = verify_audit()
    assert code == 1 and f"claim {reviewed.pk}: claims_claim: has no audit entry at all" in out
