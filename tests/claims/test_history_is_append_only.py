"""The database itself refuses to rewrite verdict and audit history, on SQLite and PostgreSQL."""

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError, IntegrityError, connection, transaction

from claims.models import Claim, ClaimEvent, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
from tests.factories import make_claim

pytestmark = pytest.mark.django_db


def run_sql(sql, params=()):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.mark.parametrize("table", ["claims_verificationstatus", "claims_claimevent"])
def test_it_refuses_raw_update(table):
    claim = make_claim()
    with pytest.raises((IntegrityError, DatabaseError)) as error:
        run_sql(f"UPDATE {table} SET note = 'rewritten' WHERE claim_id = %s", [claim.pk])
    assert "append-only" in str(error.value)


@pytest.mark.parametrize("table", ["claims_verificationstatus", "claims_claimevent"])
def test_it_refuses_raw_delete(table):
    claim = make_claim()
    with pytest.raises((IntegrityError, DatabaseError)) as error:
        run_sql(f"DELETE FROM {table} WHERE claim_id = %s", [claim.pk])
    assert "append-only" in str(error.value)
    assert VerificationStatus.objects.filter(claim=claim).count() == 1


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
