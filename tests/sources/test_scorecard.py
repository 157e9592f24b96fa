"""GET /api/v1/sources/{id}/scorecard/: how a source's claims were judged, as claimant and as outlet."""

from datetime import UTC, datetime

import pytest

from claims.models import Claim, Origin, Status
from claims.services import Actor, claim_set_status
from sources.models import Source
from tests.factories import ArticleFactory, make_claims

pytestmark = pytest.mark.django_db
ACTOR = Actor(origin=Origin.SYSTEM, name="tests")


def test_the_scorecard_counts_verdicts_by_role_and_month(api):
    outlet = Source.objects.create(name="Harbour Gazette", kind="outlet")
    person = Source.objects.create(name="Anna Berg", kind="person")
    october = ArticleFactory(outlet=outlet, published_at=datetime(2024, 10, 13, tzinfo=UTC))
    november = ArticleFactory(outlet=outlet, published_at=datetime(2024, 11, 2, tzinfo=UTC))
    quoted = make_claims(october, count=3, claimant=person)
    make_claims(november, count=2)
    claim_set_status(claim_id=quoted[0].pk, status=Status.VERIFIED, note="Checked with the port.", actor=ACTOR)
    claim_set_status(claim_id=quoted[1].pk, status=Status.CONTRADICTED, note="The port denies it.",
                     evidence=[{"url": "https://example.org/port"}], actor=ACTOR)
    Claim.objects.filter(pk=quoted[2].pk).update(present=False)  # retired claims are not scored

    card = api.get(f"/api/v1/sources/{person.pk}/scorecard/").json()
    assert card["as_claimant"] == {"total": 2, "verified": 1, "unverified": 0, "contradicted": 1, "by_month": [
        {"month": "2024-10", "verified": 1, "unverified": 0, "contradicted": 1}]}
    assert card["as_outlet"]["total"] == 0
    outlet_card = api.get(f"/api/v1/sources/{outlet.pk}/scorecard/").json()["as_outlet"]
    assert outlet_card["total"] == 4 and outlet_card["unverified"] == 2
    assert [m["month"] for m in outlet_card["by_month"]] == ["2024-10", "2024-11"]


def test_the_seeds_scorecards_add_up_to_the_kept_counts(seeded, api):
    for source in Source.objects.filter(claim_count__gt=0):
        card = api.get(f"/api/v1/sources/{source.pk}/scorecard/").json()["as_claimant"]
        present = Claim.objects.filter(claimant=source, present=True).count()
        assert card["total"] == present == sum(sum(m[s] for s in Status.values) for m in card["by_month"])


@pytest.mark.parametrize("path,status", [("/api/v1/sources/999999/scorecard/", 404),
                                         ("/api/v1/sources/abc/scorecard/", 404)])
def test_a_missing_source_has_no_scorecard(api, path, status):
    assert api.get(path).status_code == status


def test_the_scorecard_refuses_unknown_parameters(api):
    source = Source.objects.create(name="Anna Berg", kind="person")
    response = api.get(f"/api/v1/sources/{source.pk}/scorecard/", {"month": "2024-10"})
    assert response.status_code == 400 and "month" in response.json()
