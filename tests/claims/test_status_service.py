"""claim_set_status: the one way to change a claim's status."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.models import ClaimEvent, Origin, Status, VerificationStatus
from claims.services import Actor, VersionConflict, claim_set_status, claim_update
from tests.factories import make_claim

# On PostgreSQL as the application's least-privilege role (tests/conftest.py app_role).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("app_role")]
NOTE = "The ministry's own figures say otherwise."
EVIDENCE = [{"url": "https://example.org/ministry-figures", "note": "official table"}]


def as_reviewer(reviewer):
    return Actor(origin=Origin.API, user=reviewer, request_id="req-1")


def test_it_records_a_verdict_and_an_audit_entry_and_bumps_the_version(reviewer):
    claim = make_claim()
    result = claim_set_status(claim_id=claim.pk, status=Status.CONTRADICTED, note=NOTE, evidence=EVIDENCE,
                              actor=as_reviewer(reviewer))
    assert result.changed
    assert (result.claim.status, result.claim.version) == (Status.CONTRADICTED, 2)
    verdict = VerificationStatus.objects.filter(claim=claim).latest("id")
    assert (verdict.status, verdict.reviewer, verdict.reviewer_name, verdict.origin) == (
        Status.CONTRADICTED, reviewer, "rita", Origin.API)
    event = result.event
    assert (event.action, event.from_status, event.to_status, event.request_id, event.verdict) == (
        "status_changed", "unverified", "contradicted", "req-1", verdict)
    assert event.evidence == [{"url": "https://example.org/ministry-figures", "note": "official table"}]


def test_it_chains_each_entry_to_the_previous_one(reviewer):
    claim = make_claim()
    claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note=NOTE, actor=as_reviewer(reviewer))
    first, second = VerificationStatus.objects.filter(claim=claim).order_by("id")
    assert first.prev_hash == "" and second.prev_hash == first.entry_hash and len(second.entry_hash) == 64


def test_setting_the_same_status_without_a_note_is_a_no_op(reviewer):
    claim = make_claim()
    result = claim_set_status(claim_id=claim.pk, status=Status.UNVERIFIED, actor=as_reviewer(reviewer))
    assert not result.changed and "already unverified" in result.message
    assert VerificationStatus.objects.filter(claim=claim).count() == 1
    assert ClaimEvent.objects.filter(claim=claim).count() == 1
    claim.refresh_from_db()
    assert claim.version == 1


@pytest.mark.parametrize("status,note,evidence,field", [
    ("maybe", NOTE, EVIDENCE, "status"),
    (Status.VERIFIED, "", [], "note"),
    (Status.VERIFIED, "too short", [], "note"),
    (Status.CONTRADICTED, NOTE, [], "evidence"),
    (Status.CONTRADICTED, NOTE, [{"url": "ftp://example.org/x"}], "evidence"),
    (Status.CONTRADICTED, NOTE, [{"note": "no link"}], "evidence"),
    (Status.CONTRADICTED, NOTE, [{"claim": 999999}], "evidence"),
    (Status.CONTRADICTED, NOTE, [{"url": "https://example.org", "extra": 1}], "evidence"),
    (Status.CONTRADICTED, NOTE, ["https://example.org"], "evidence"),
])
def test_it_rejects_an_invalid_verdict_and_writes_nothing(reviewer, status, note, evidence, field):
    claim = make_claim()
    with pytest.raises(ValidationError) as error:
        claim_set_status(claim_id=claim.pk, status=status, note=note, evidence=evidence, actor=as_reviewer(reviewer))
    assert field in error.value.message_dict
    assert VerificationStatus.objects.filter(claim=claim).count() == 1


def test_another_claim_is_valid_evidence(reviewer):
    claim, other = make_claim(), make_claim()
    result = claim_set_status(claim_id=claim.pk, status=Status.CONTRADICTED, note=NOTE,
                              evidence=[{"claim": other.pk, "note": "says 8,000"}], actor=as_reviewer(reviewer))
    assert result.verdict.evidence == [{"claim": other.pk, "note": "says 8,000"}]


def test_a_stale_version_is_a_conflict(reviewer):
    claim = make_claim()
    claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note=NOTE, actor=as_reviewer(reviewer))
    with pytest.raises(VersionConflict) as error:
        claim_set_status(claim_id=claim.pk, status=Status.CONTRADICTED, note=NOTE, evidence=EVIDENCE,
                         actor=as_reviewer(reviewer), expected_version=1)
    assert error.value.current_version == 2


@pytest.mark.parametrize("user_fixture", ["editor", "reader"])
def test_only_reviewers_may_change_status(request, user_fixture):
    user = request.getfixturevalue(user_fixture)
    claim = make_claim()
    with pytest.raises(PermissionDenied):
        claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note=NOTE, actor=Actor(origin=Origin.ADMIN, user=user))


def test_an_edit_is_recorded_with_before_and_after(editor):
    claim = make_claim()
    claim_update(claim_id=claim.pk, text="Officials said 41 troops were deployed.", reason="typo",
                 actor=Actor(origin=Origin.ADMIN, user=editor))
    event = ClaimEvent.objects.filter(claim=claim).latest("id")
    assert event.action == "edited" and event.reason == "typo" and event.actor_name == "eddie"
    assert event.changes["text"] == [claim.text, "Officials said 41 troops were deployed."]
    claim.refresh_from_db()
    assert claim.version == 2


def test_an_edit_cannot_touch_the_status(editor):
    with pytest.raises(ValueError):
        claim_update(claim_id=make_claim().pk, status="verified", actor=Actor(origin=Origin.ADMIN, user=editor))
