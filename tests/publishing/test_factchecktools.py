"""GET /api/compat/factchecktools/v1alpha1/claims:search against the field list of Google's reference."""

import json
from pathlib import Path

import pytest

from claims.models import Claim
from publishing.models import CoveredClaim, FactCheck
from publishing.services import fact_check_publish
from tests.factories import ArticleFactory, make_claims
from tests.publishing.conftest import give_verdict

pytestmark = pytest.mark.django_db
REFERENCE = json.loads((Path(__file__).parent / "data/factchecktools-v1alpha1-claims-search.json").read_text())
SEARCH = "/api/compat/factchecktools/v1alpha1/claims:search"


@pytest.fixture
def published(publishing, reviewer):
    from claims.models import Origin
    from claims.services import Actor
    from sources.models import Source

    general = Source.objects.create(name="Gen. Ana Costa", kind="person")
    texts = [f"Officials said {n},000 troops crossed the northern border on Monday." for n in range(1, 13)]
    claims = [make_claims(article=ArticleFactory(title=f"Report {i}", published_at="2024-10-14T08:00:00Z"),
                          text=text, claimant=general)[0] for i, text in enumerate(texts)]
    other = make_claims(text="The harvest of wheat fell by a third this year, the farmers' union said.")[0]
    for claim in [*claims, other]:
        give_verdict(claim, reviewer)
        fact_check_publish(claim_id=claim.pk, actor=Actor(origin=Origin.ADMIN, user=reviewer))
    return claims


def test_the_response_has_the_reference_fields_and_no_others(api, published):
    body = api.get(SEARCH, {"query": "troops border"}).json()
    assert set(body) <= set(REFERENCE["response"]) and body["nextPageToken"]
    assert len(body["claims"]) == 10  # the reference's default page size
    for claim in body["claims"]:
        assert set(claim) == set(REFERENCE["Claim"])
        assert (claim["claimant"], claim["claimDate"]) == ("Gen. Ana Costa", "2024-10-14T08:00:00Z")
        [review] = claim["claimReview"]
        assert set(review) == set(REFERENCE["ClaimReview"])
        assert set(review["publisher"]) == set(REFERENCE["Publisher"])
        assert review["publisher"] == {"name": "Example Fact Desk", "site": "factdesk.example.org"}
        assert review["textualRating"] == "Contradicted" and review["languageCode"] == "en"
        assert review["url"].startswith("https://factcheck.example.org/fact-checks/")
        assert "troops" in claim["text"]


def test_page_tokens_walk_every_result_once(api, published):
    seen, token = [], None
    while True:
        body = api.get(SEARCH, {"query": "troops", "pageSize": 5, **({"pageToken": token} if token else {})}).json()
        seen += [c["claimReview"][0]["url"] for c in body.get("claims", [])]
        token = body.get("nextPageToken")
        if not token:
            break
    assert len(seen) == len(set(seen)) == 12
    offset = api.get(SEARCH, {"query": "troops", "offset": 10}).json()
    assert [c["claimReview"][0]["url"] for c in offset["claims"]] == seen[10:]


def test_filters_by_site_language_and_age(api, published):
    assert len(api.get(SEARCH, {"reviewPublisherSiteFilter": "factdesk.example.org", "pageSize": 50})
               .json()["claims"]) == 13
    assert api.get(SEARCH, {"reviewPublisherSiteFilter": "nytimes.com"}).json() == {}
    assert api.get(SEARCH, {"query": "troops", "languageCode": "fr-FR"}).json() == {}
    assert len(api.get(SEARCH, {"query": "troops", "languageCode": "en-US", "pageSize": 50}).json()["claims"]) == 12
    assert len(api.get(SEARCH, {"query": "troops", "maxAgeDays": 1, "pageSize": 50}).json()["claims"]) == 12
    # A fact check reviewed in 2020 of a claim made in 2020: older than 30 days by both dates.
    old_claim = make_claims(article=ArticleFactory(published_at="2020-01-01T00:00:00Z"),
                            text="In 2020 officials said 5 troops crossed the border.")[0]
    old = FactCheck.objects.create(claim=old_claim, verdict=published[0].verdicts.latest("id"), status="verified",
                                   claim_text=old_claim.text, rationale="Checked in 2020.",
                                   first_published_at="2020-01-02T00:00:00Z", modified_at="2020-01-02T00:00:00Z")
    CoveredClaim.objects.create(claim=old_claim, fact_check=old)
    texts = [c["text"] for c in api.get(SEARCH, {"query": "troops", "pageSize": 50}).json()["claims"]]
    assert old_claim.text in texts
    recent = [c["text"] for c in api.get(SEARCH, {"query": "troops", "maxAgeDays": 30, "pageSize": 50})
              .json()["claims"]]
    assert old_claim.text not in recent and len(recent) == 12
    assert api.get(SEARCH, {"query": "wheat harvest"}).json()["claims"][0]["text"].startswith("The harvest")


def test_withdrawn_and_unpublished_verdicts_are_not_found(api, published, reviewer_api):
    claim = published[0]
    reviewer_api.post(f"/api/v1/claims/{claim.pk}/unpublish/", {"note": "Evidence retracted."}, format="json")
    texts = [c["text"] for c in api.get(SEARCH, {"query": "troops", "pageSize": 50}).json()["claims"]]
    assert claim.text not in texts and len(texts) == 11
    make_claims(text="Officials said 99,000 troops crossed the northern border on Monday.")
    assert Claim.objects.filter(text__contains="99,000").exists()
    assert not any("99,000" in t for t in [c["text"] for c in api.get(SEARCH, {"query": "99,000 troops"})
                                           .json().get("claims", [])])


@pytest.mark.parametrize("query", [{}, {"query": "x", "pageSize": "0"}, {"query": "x", "pageSize": "101"},
                                   {"query": "x", "pageSize": "ten"}, {"query": "x", "offset": "-1"},
                                   {"query": "x", "pageToken": "garbage"}, {"query": "x", "maxAgeDays": "soon"}])
def test_bad_arguments_get_googles_error_shape(api, published, query):
    response = api.get(SEARCH, query)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT" and error["message"]


def test_a_page_token_belongs_to_its_query(api, published):
    token = api.get(SEARCH, {"query": "troops", "pageSize": 5}).json()["nextPageToken"]
    assert api.get(SEARCH, {"query": "wheat", "pageSize": 5, "pageToken": token}).status_code == 400


def test_it_is_documented_with_the_reference_parameters(api, db):
    schema = api.get("/api/v1/schema/", {"format": "json"}).json()
    operation = schema["paths"][SEARCH]["get"]
    assert {p["name"] for p in operation["parameters"] if p["in"] == "query"} == set(REFERENCE["parameters"])
    claim = operation["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["claims"]["items"]
    assert set(claim["properties"]) == set(REFERENCE["Claim"])
    assert set(claim["properties"]["claimReview"]["items"]["properties"]) == set(REFERENCE["ClaimReview"])
