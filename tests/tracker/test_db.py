"""The bulk writers of tracker/db.py, on the database under test (SQLite or PostgreSQL)."""

import pytest
from django.db import IntegrityError

from claims.models import Claim, ClaimKey, Cluster
from tests.factories import make_claims
from tracker.db import bulk_set, insert_rows

pytestmark = pytest.mark.django_db


def test_bulk_set_gives_each_row_its_own_values_in_one_statement(django_assert_num_queries):
    first, second, third = make_claims(count=3)
    cluster = Cluster.objects.create()
    rows = [Claim(pk=first.pk, cluster_id=cluster.pk, cluster_score=0.9, cluster_reasons=["same words", "ünïcode"]),
            Claim(pk=second.pk, cluster_id=None, cluster_score=None, cluster_reasons=[])]
    with django_assert_num_queries(1):
        assert bulk_set(Claim, rows, ["cluster_id", "cluster_score", "cluster_reasons"]) == 2
    one, two, three = (Claim.objects.get(pk=c.pk) for c in (first, second, third))
    assert (one.cluster_id, one.cluster_score, one.cluster_reasons) == (cluster.pk, 0.9, ["same words", "ünïcode"])
    assert (two.cluster_id, two.cluster_score, two.cluster_reasons) == (None, None, [])
    assert three.cluster_score is None and three.text == third.text  # not named: untouched


def test_bulk_set_leaves_rows_that_no_longer_meet_its_condition():
    free, locked = make_claims(count=2)
    Claim.objects.filter(pk=locked.pk).update(cluster_locked=True)  # an editor decided meanwhile
    cluster = Cluster.objects.create()
    rows = [Claim(pk=c.pk, cluster_id=cluster.pk) for c in (free, locked)]
    assert bulk_set(Claim, rows, ["cluster_id"], cluster_locked=False) == 1
    assert Claim.objects.get(pk=free.pk).cluster_id == cluster.pk
    assert Claim.objects.get(pk=locked.pk).cluster_id is None


def test_bulk_set_of_nothing_runs_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert bulk_set(Claim, [], ["cluster_id"]) == 0


def test_bulk_set_keeps_the_database_constraints():
    [claim] = make_claims(count=1)
    with pytest.raises(IntegrityError):
        bulk_set(Claim, [Claim(pk=claim.pk, suggested_status="maybe")], ["suggested_status"])


def test_insert_rows_writes_plain_rows_in_many_chunks():
    claims = make_claims(count=3)
    rows = [(claim.pk, f"t:word{i}") for claim in claims for i in range(400)]  # more than one chunk
    insert_rows(ClaimKey, ["claim", "key"], rows)
    assert ClaimKey.objects.count() == 1200
    assert set(ClaimKey.objects.filter(claim=claims[1]).values_list("key", flat=True)) == {
        f"t:word{i}" for i in range(400)}


def test_insert_rows_refuses_a_duplicate_instead_of_hiding_it():
    [claim] = make_claims(count=1)
    insert_rows(ClaimKey, ["claim", "key"], [(claim.pk, "t:word")])
    with pytest.raises(IntegrityError):
        insert_rows(ClaimKey, ["claim", "key"], [(claim.pk, "t:word")])


def test_bulk_set_round_trips_flags_times_and_text():
    from datetime import UTC, datetime

    first, second = make_claims(count=2)
    when = datetime(2024, 10, 14, 9, 30, tzinfo=UTC)
    rows = [Claim(pk=first.pk, has_conflict=True, status_changed_at=when, suggested_status="verified"),
            Claim(pk=second.pk, has_conflict=False, status_changed_at=when, suggested_status="")]
    assert bulk_set(Claim, rows, ["has_conflict", "status_changed_at", "suggested_status"]) == 2
    one, two = Claim.objects.get(pk=first.pk), Claim.objects.get(pk=second.pk)
    assert (one.has_conflict, one.status_changed_at, one.suggested_status) == (True, when, "verified")
    assert (two.has_conflict, two.suggested_status) == (False, "")


def test_reserved_ids_are_new_distinct_and_kept_by_bulk_insert(django_assert_num_queries):
    from django.db import connection

    from claims.models import ClaimEvent, VerificationStatus
    from tracker.db import reserve_ids

    before = max(make_claims(count=2), key=lambda c: c.pk).pk
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 0):
        claims, verdicts, events = reserve_ids([Claim, VerificationStatus, ClaimEvent], 3)
    if connection.vendor != "postgresql":
        assert claims == verdicts == events == [None] * 3  # SQLite numbers rows as it inserts them
        return
    assert claims == sorted(claims) and len(set(claims)) == 3 and min(claims) > before
    assert len(set(verdicts)) == len(set(events)) == 3
    created = make_claims(count=2)  # the sequence goes on after what was reserved
    assert min(c.pk for c in created) > max(claims)


def test_bulk_insert_stores_what_bulk_create_stores():
    """Values psycopg takes as they are and values only the field's own code prepares (JSON, a naive time,
    a lazy string, a number given as text) are stored alike by both writers."""
    import datetime as dt

    from django.test import override_settings
    from django.utils import timezone
    from django.utils.functional import lazy

    from tests.factories import ArticleFactory
    from tracker.db import bulk_insert

    article = ArticleFactory()
    aware = timezone.now().replace(microsecond=0)
    naive = dt.datetime(2024, 10, 14, 9, 30)
    lazy_text = lazy(lambda: "Ten thousand troops arrived.", str)()

    def rows():
        return [
            Claim(article=article, text="Ten thousand troops arrived.", start=0, end=28, fingerprint="a",
                  figures=[{"kind": "quantity", "value": 10000, "text": "Ten thousand"}], reasons=["a figure"],
                  checkworthiness=0.75, status_changed_at=aware, created_at=aware, updated_at=aware),
            Claim(article=article, text=lazy_text, start="3", end=28, fingerprint="b", figures={"odd": None},
                  checkworthiness=1, status_changed_at=naive, created_at=aware, updated_at=aware),
        ]

    def stored(claims):
        return [Claim.objects.filter(pk=c.pk).values(
            "article_id", "text", "start", "end", "figures", "reasons", "checkworthiness", "status_changed_at",
            "cluster_id", "has_conflict", "present").get() for c in claims]

    with override_settings(USE_TZ=True), pytest.warns(RuntimeWarning, match="naive datetime"):
        ours, django = bulk_insert(Claim, rows()), Claim.objects.bulk_create(rows())
    assert all(c.pk for c in ours)
    assert stored(ours) == [{**row, "cluster_id": None} for row in stored(django)]
    assert stored(ours)[1]["text"] == "Ten thousand troops arrived." and stored(ours)[1]["start"] == 3
