"""The database itself refuses to rewrite verdict and audit history, on SQLite and PostgreSQL."""

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError, IntegrityError, transaction

from claims.models import Claim, ClaimEvent, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
from tests.conftest import assert_refused, run_sql
from tests.factories import make_claim

# On PostgreSQL as the application's least-privilege role (tests/conftest.py app_role).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("app_role")]


@pytest.mark.parametrize("table", ["claims_verificationstatus", "claims_claimevent"])
def test_it_refuses_raw_update(table):
    claim = make_claim()
    assert_refused(f"UPDATE {table} SET note = 'rewritten' WHERE claim_id = %s", [claim.pk])


@pytest.mark.parametrize("table", ["claims_verificationstatus", "claims_claimevent"])
def test_it_refuses_raw_delete(table):
    claim = make_claim()
    assert_refused(f"DELETE FROM {table} WHERE claim_id = %s", [claim.pk])
    assert VerificationStatus.objects.filter(claim=claim).count() == 1


@pytest.mark.requires_postgres
@pytest.mark.parametrize("sql", [
    "TRUNCATE claims_verificationstatus CASCADE", "TRUNCATE claims_claimevent", "TRUNCATE claims_auditcheckpoint",
    "DROP TABLE claims_claimevent", "ALTER TABLE claims_verificationstatus DISABLE TRIGGER USER",
    "DROP TRIGGER claims_claimevent_no_update ON claims_claimevent", "DELETE FROM django_migrations",
])
def test_the_application_role_cannot_wipe_or_unprotect_history(sql):
    make_claim()
    with pytest.raises(DatabaseError) as error:
        run_sql(sql)
    assert "permission denied" in str(error.value) or "must be owner" in str(error.value)
    assert VerificationStatus.objects.exists() and ClaimEvent.objects.exists()


def test_it_refuses_orm_update_of_a_verdict():
    claim = make_claim()
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        VerificationStatus.objects.filter(claim=claim).update(status=Status.VERIFIED)
    assert VerificationStatus.objects.get(claim=claim).status == Status.UNVERIFIED


def test_deleting_a_reviewer_keeps_their_verdicts_and_name():
    claim = make_claim()
    user = User.objects.create_user("temp-reviewer")
    user.user_permissions.add(*__import__("django.contrib.auth.models", fromlist=["Permission"])
                              .Permission.objects.filter(codename="set_claim_status"))
    user = User.objects.get(pk=user.pk)
    claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note="Matches the ministry's statement.",
                     actor=Actor(origin=Origin.ADMIN, user=user))
    user.delete()
    verdict = VerificationStatus.objects.filter(claim=claim).latest("id")
    assert verdict.reviewer_id is None
    assert verdict.reviewer_name == "temp-reviewer"
    assert ClaimEvent.objects.filter(claim=claim, actor_name="temp-reviewer").exists()


def test_a_claim_with_history_cannot_be_deleted():
    claim = make_claim()
    with pytest.raises((IntegrityError, DatabaseError, Exception)), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).delete()
    assert Claim.objects.filter(pk=claim.pk).exists()
