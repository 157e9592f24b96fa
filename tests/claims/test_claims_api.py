"""GET /api/v1/claims/: fields, every filter and ordering, pagination, errors, CSV, ClaimReview."""

import csv
import io
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Claim, Origin, Status
from claims.services import Actor, claim_set_status
from sources.models import Source
from tests.factories import ArticleFactory, make_claim, make_claims

pytestmark = pytest.mark.django_db
NOTE = "Checked against the ministry's own table."


def set_status(claim, status, **extra):
    evidence = [{"url": "https://example.org/source"}] if status == Status.CONTRADICTED else []
    return claim_set_status(claim_id=claim.pk, status=status, note=NOTE, evidence=evidence,
                            actor=Actor(origin=Origin.SYSTEM, name="test"), **extra).claim


def ids(response):
    assert response.status_code == 200, response.content
    return [c["id"] for c in response.json()["results"]]


@pytest.fixture
def world(db):
    outlet_a, outlet_b = Source.objects.create(name="Paper A", kind="outlet"), Source.objects.create(name="Paper B", kind="outlet")
    person = Source.objects.create(name="Anna Berg", kind="person")
    article_a = ArticleFactory(outlet=outlet_a, title="Grain exports fall")
    article_b = ArticleFactory(outlet=outlet_b, title="Port reopens")
    verified = make_claims(article=article_a, text="Exports fell by 12% in March, the minister said.", claimant=person)[0]
    contradicted = make_claims(article=article_a, text="Forty ships were waiting near Odesa.")[0]
    open_claim = make_claims(article=article_b, text="The port reopened on Monday.", checkworthiness=0.6)[0]
    return {"verified": set_status(verified, Status.VERIFIED), "contradicted": set_status(contradicted, Status.CONTRADICTED),
            "open": open_claim, "article_a": article_a, "article_b": article_b, "outlet_a": outlet_a, "person": person}


def test_a_claim_has_the_documented_fields(api, world):
    claim = api.get(f"/api/v1/claims/{world['verified'].pk}/").json()
    assert set(claim) >= {"id", "text", "status", "status_changed_at", "version", "article", "outlet", "claimant", "start",
                          "end", "checkworthiness", "figures", "present", "created_at", "updated_at", "url"}
    assert claim["article"] == {"id": world["article_a"].pk, "title": "Grain exports fall", "url": ""}
    assert claim["outlet"] == {"id": world["outlet_a"].pk, "name": "Paper A"}
    assert claim["claimant"] == {"id": world["person"].pk, "name": "Anna Berg"}
    assert claim["url"].endswith(f"/api/v1/claims/{world['verified'].pk}/")


@pytest.mark.parametrize("query,expected", [
    ("status=verified", ["verified"]),
    ("status=verified,contradicted", ["verified", "contradicted"]),
    ("status=verified&status=unverified", ["verified", "open"]),
    ("present=true", ["verified", "contradicted", "open"]),
    ("q=exports", ["verified", "contradicted"]),
    ("q=Odesa", ["contradicted"]),
    ("q=Berg", ["verified"]),
    ("q=reopens", ["open"]),
])
def test_filters(api, world, query, expected):
    assert ids(api.get(f"/api/v1/claims/?{query}")) == sorted(world[name].pk for name in expected)


def test_filter_by_article_outlet_and_claimant(api, world):
    assert ids(api.get(f"/api/v1/claims/?article={world['article_b'].pk}")) == [world["open"].pk]
    assert ids(api.get(f"/api/v1/claims/?outlet={world['outlet_a'].pk}")) == [world["verified"].pk, world["contradicted"].pk]
    assert ids(api.get(f"/api/v1/claims/?claimant={world['person'].pk}")) == [world["verified"].pk]


def test_updated_since_returns_what_changed_after_a_moment(api, world):
    moment = timezone.now()
    later = set_status(world["open"], Status.VERIFIED)
    response = api.get("/api/v1/claims/", {"updated_since": moment.isoformat()})
    assert ids(response) == [later.pk]


def test_created_after_and_before(api, world):
    Claim.objects.filter(pk=world["open"].pk).update(created_at=timezone.now() - timedelta(days=10))
    cut = (timezone.now() - timedelta(days=1)).isoformat()
    assert ids(api.get("/api/v1/claims/", {"created_before": cut})) == [world["open"].pk]
    assert world["open"].pk not in ids(api.get("/api/v1/claims/", {"created_after": cut}))


@pytest.mark.parametrize("ordering", ["created_at", "-created_at", "updated_at", "-updated_at", "status_changed_at",
                                      "-status_changed_at", "checkworthiness", "-checkworthiness", "id", "-id"])
def test_ordering(api, world, ordering):
    field = ordering.lstrip("-")
    # compared as moments, not strings: "...:12Z" (no fraction) sorts after "...:12.009000Z" as text
    got = [datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value := c[field], str) else value
           for c in api.get(f"/api/v1/claims/?ordering={ordering}").json()["results"]]
    assert got == sorted(got, reverse=ordering.startswith("-"))


@pytest.mark.parametrize("query,param", [
    ("status=bogus", "status"), ("article=abc", "article"), ("outlet=1.5", "outlet"), ("claimant=x", "claimant"),
    ("updated_since=yesterday", "updated_since"), ("created_after=2024-13-01", "created_after"),
    ("ordering=text", "ordering"), ("stauts=verified", "stauts"), ("page_size=0", "page_size"),
    ("page_size=ten", "page_size"), ("present=perhaps", "present"), ("cursor=garbage", "detail"),
])
def test_an_invalid_filter_value_gets_400_with_a_message(api, world, query, param):
    response = api.get(f"/api/v1/claims/?{query}")
    assert response.status_code in (400, 404)
    assert param in response.json() and response.json()["detail"]


def test_page_size_is_capped_at_200(api, world):
    make_claims(count=205)
    assert len(api.get("/api/v1/claims/?page_size=500").json()["results"]) == 200


def test_the_list_runs_the_same_number_of_queries_for_1_and_200_rows(api, world):
    make_claims(count=210, claimant=world["person"])

    def count(page_size):
        with CaptureQueriesContext(connection) as queries:
            assert api.get(f"/api/v1/claims/?page_size={page_size}").status_code == 200
        return len(queries)

    assert count(1) == count(200)


def test_walking_next_links_sees_every_claim_once_while_claims_arrive(api, world):
    make_claims(count=30)
    expected = set(Claim.objects.values_list("id", flat=True))
    seen, url, inserted = [], "/api/v1/claims/?page_size=7", 0
    while url:
        body = api.get(url).json()
        seen += [c["id"] for c in body["results"]]
        url = body["next"]
        if inserted < 3:
            expected.add(make_claim().pk)
            inserted += 1
    assert len(seen) == len(set(seen))
    assert set(seen) == expected


def test_csv_export_streams_the_filtered_list(api, world):
    for path in ("/api/v1/claims/export.csv?status=verified,contradicted",
                 "/api/v1/claims/export.csv?status=verified&status=contradicted&ordering=-updated_at"):
        response = api.get(path)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
        assert response.streaming
        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert sorted(int(r["id"]) for r in rows) == sorted([world["verified"].pk, world["contradicted"].pk])
        assert {r["status"] for r in rows} == {"verified", "contradicted"}


def test_csv_export_rejects_bad_filters_too(api, world):
    assert api.get("/api/v1/claims/export.csv?status=nope").status_code == 400


@pytest.fixture
def published(world, publishing):
    """The world's verdicts published as fact checks."""
    from publishing.services import fact_check_publish

    for name in ("verified", "contradicted"):
        fact_check_publish(claim_id=world[name].pk, actor=Actor(origin=Origin.SYSTEM, name="desk"))
    return world


def test_claimreview_for_a_verified_claim_field_by_field(api, published, settings):
    from publishing.models import FactCheck

    claim = published["verified"]
    fact_check = FactCheck.objects.get(claim=claim)
    review = api.get(f"/api/v1/claims/{claim.pk}/claimreview/").json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.text
    assert review["datePublished"] == fact_check.first_published_at.isoformat()
    assert review["url"] == f"https://factcheck.example.org/fact-checks/{fact_check.pk}/"
    assert review["author"] == {"@type": "Organization", "name": "Example Fact Desk",
                                "url": "https://www.factdesk.example.org/about"}
    assert review["reviewRating"] == {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1,
                                      "alternateName": "Verified", "name": "Verified", "ratingExplanation": NOTE}
    assert (review["reviewBody"], review["inLanguage"]) == (NOTE, "en")
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Anna Berg"}
    work = {"@type": "CreativeWork", "headline": "Grain exports fall",
            "publisher": {"@type": "Organization", "name": "Paper A"}}
    assert item["appearance"] == [work] and item["firstAppearance"] == work


def test_claimreview_rates_a_contradicted_claim_worst(api, published):
    rating = api.get(f"/api/v1/claims/{published['contradicted'].pk}/claimreview/").json()["reviewRating"]
    assert (rating["ratingValue"], rating["alternateName"]) == (1, "Contradicted")


def test_claimreview_of_an_unpublished_claim_is_404(api, published, world):
    response = api.get(f"/api/v1/claims/{world['open'].pk}/claimreview/")
    assert response.status_code == 404 and "not published" in response.json()["detail"]


def test_the_claimreview_list_has_only_published_claims_and_honours_filters(api, published, world):
    reviews = api.get("/api/v1/claims/claimreview/").json()["results"]
    assert sorted(r["claimReviewed"] for r in reviews) == sorted([world["verified"].text, world["contradicted"].text])
    only = api.get("/api/v1/claims/claimreview/?status=contradicted").json()["results"]
    assert [r["reviewRating"]["alternateName"] for r in only] == ["Contradicted"]


def test_the_claimreview_export_streams_one_review_a_line_with_the_list_filters(api, published, world):
    import json

    response = api.get("/api/v1/claims/claimreview.jsonl?ordering=-id")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("application/x-ndjson")
    lines = b"".join(response.streaming_content).decode().splitlines()
    reviews = [json.loads(line) for line in lines]
    assert [r["claimReviewed"] for r in reviews] == [world["contradicted"].text, world["verified"].text]
    assert reviews == [api.get(f"/api/v1/claims/{c.pk}/claimreview/").json()
                       for c in (world["contradicted"], world["verified"])]
    only = b"".join(api.get("/api/v1/claims/claimreview.jsonl?status=verified").streaming_content).splitlines()
    assert [json.loads(line)["reviewRating"]["alternateName"] for line in only] == ["Verified"]


@pytest.mark.parametrize("query", ["status=nope", "bogus=1", "ordering=text", "claimant=x"])
def test_the_claimreview_export_refuses_bad_filters_in_json(api, world, query):
    response = api.get(f"/api/v1/claims/claimreview.jsonl?{query}")
    assert response.status_code == 400 and response["Content-Type"] == "application/json"


@pytest.mark.parametrize("query", ["outlet=-9577689971614740480", "article=99999999999999999999", "claimant=0"])
def test_an_out_of_range_id_is_a_400_not_a_500(api, world, query):
    response = api.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400 and response.json()["detail"]


def test_an_empty_filter_value_is_refused_not_ignored(api, world):
    response = api.get("/api/v1/claims/?updated_since=")
    assert response.status_code == 400 and "Empty value" in response.json()["updated_since"][0]


def test_errors_from_the_csv_export_are_json(api, world):
    response = api.get("/api/v1/claims/export.csv?bogus=1")
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert "bogus" in response.json()


@pytest.mark.parametrize("value", ["4988-01-24T02:05:32.8-21:29", "0001-01-01T00:30:00+10:00"])
def test_a_timestamp_with_an_extreme_offset_is_compared_in_utc_or_refused(api, world, value):
    response = api.get("/api/v1/claims/", {"updated_since": value})
    assert response.status_code in (200, 400)
    assert response.json().get("results", []) == [] or "updated_since" in response.json()


def test_the_direct_representations_are_what_the_declared_fields_give(seeded):
    """Claims, sources and articles are written to JSON directly for speed; the output must equal DRF's
    field-by-field output of the declared fields (which the OpenAPI schema describes)."""
    from rest_framework import serializers as drf
    from rest_framework.request import Request
    from rest_framework.test import APIRequestFactory

    from claims.api.serializers import ClaimSerializer
    from claims.selectors import claim_queryset, claim_rows, with_references
    from sources.api.serializers import ArticleDetailSerializer, ArticleSerializer, SourceSerializer
    from sources.selectors import article_detail_queryset, article_queryset, source_queryset

    claims = list(claim_queryset())
    set_status(claims[0], Status.CONTRADICTED)
    Claim.objects.filter(pk=claims[1].pk).update(suggested_status="verified", needs_review=True)
    assert any(c.claimant_id for c in claims) and any(c.claimant_id is None for c in claims)
    context = {"request": Request(APIRequestFactory().get("/api/v1/claims/", HTTP_HOST="localhost"))}
    from claims.api.serializers import ClusterClaimSerializer, HistoryEntrySerializer
    from claims.models import ClaimEvent

    pairs = [(ClaimSerializer, claim_queryset()), (SourceSerializer, source_queryset()),
             (HistoryEntrySerializer, ClaimEvent.objects.select_related("actor")),
             (ClusterClaimSerializer, claim_queryset()),
             (ArticleSerializer, article_queryset()), (ArticleDetailSerializer, article_detail_queryset())]
    for serializer_class, queryset in pairs:
        for instance in queryset:
            serializer = serializer_class(instance, context=context)
            direct, declared = serializer.data, drf.ModelSerializer.to_representation(serializer, instance)
            assert list(direct.items()) == list(declared.items()), serializer_class
    claim = claims[0]
    assert ClaimSerializer(claim, context=context).data["url"] == f"http://localhost/api/v1/claims/{claim.pk}/"
    # Lists serialise plain rows; each gives what its Claim gives.
    rows = {row["id"]: row for row in with_references(list(claim_rows()))}
    for claim in claim_queryset():
        assert ClaimSerializer(rows[claim.pk], context=context).data == ClaimSerializer(claim, context=context).data


def test_exports_read_every_claim_once_in_order_batch_by_batch(seeded):
    from claims.selectors import claim_rows, stream_rows

    ids = sorted(Claim.objects.values_list("id", flat=True), reverse=True)
    assert len(ids) > 7
    rows = list(stream_rows(claim_rows().order_by("-id"), batch=3))
    assert [row["id"] for row in rows] == ids
    assert all(row["article__title"] and row["article__outlet__name"] for row in rows)


def test_a_poll_with_updated_since_comes_in_the_order_of_the_changes(api, world):
    moment = timezone.now()
    first = set_status(world["open"], Status.VERIFIED)
    second = set_status(world["verified"], Status.CONTRADICTED)
    rows = api.get("/api/v1/claims/", {"updated_since": moment.isoformat()}).json()["results"]
    assert [row["id"] for row in rows] == [first.pk, second.pk]
    assert rows[0]["updated_at"] <= rows[1]["updated_at"]
    by_id = api.get("/api/v1/claims/", {"updated_since": moment.isoformat(), "ordering": "-id"}).json()["results"]
    assert [row["id"] for row in by_id] == sorted([first.pk, second.pk], reverse=True)


@pytest.mark.parametrize("ordering", [f"{d}{f}" for f in ("created_at", "updated_at", "status_changed_at",
                                                           "checkworthiness", "id") for d in ("", "-")])
def test_every_ordering_walks_ties_exactly_once_while_claims_join_them(api, world, ordering):
    """Claims of one import share created_at and status_changed_at, and many share a check-worthiness:
    the cursor holds the whole sort key, so claims added into a tie group never shift the walk."""
    make_claims(count=24, checkworthiness=0.8)
    at_start = set(Claim.objects.values_list("id", flat=True))
    seen, url, added = [], f"/api/v1/claims/?page_size=5&ordering={ordering}", set()
    while url:
        response = api.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        seen += [c["id"] for c in body["results"]]
        url = body["next"]
        if len(added) < 4:
            added |= {c.pk for c in make_claims(count=2, checkworthiness=0.8)}  # into the tie groups
    assert len(seen) == len(set(seen)), "a claim was returned twice"
    assert at_start <= set(seen), f"missed {sorted(at_start - set(seen))}"
    # and back again with the previous links, to the first page (which now also shows what was added there)
    last_page = {c["id"] for c in body["results"]}
    back, url = [], body["previous"]
    while url:
        body = api.get(url).json()
        back = [c["id"] for c in body["results"]] + back
        url = body["previous"]
    assert len(back) == len(set(back)) and set(seen) - last_page <= set(back)


def test_a_cursor_from_another_ordering_is_refused(api, world):
    make_claims(count=6)
    following = api.get("/api/v1/claims/?page_size=2&ordering=-checkworthiness").json()["next"]
    cursor = following.split("cursor=")[1].split("&")[0]
    response = api.get(f"/api/v1/claims/?page_size=2&ordering=created_at&cursor={cursor}")
    assert response.status_code == 400 and "cursor" in response.json()


def test_file_endpoints_serve_only_their_format_and_document_the_list_filters(api, world):
    for path, served in (("/api/v1/claims/export.csv", "csv"), ("/api/v1/claims/claimreview.jsonl", "jsonl")):
        refused = api.get(path, {"format": "json"})
        assert refused.status_code == 406 and served in refused.json()["detail"]
    schema = api.get("/api/v1/schema/", {"format": "json"}).json()["paths"]
    for path in ("/api/v1/claims/export.csv", "/api/v1/claims/claimreview.jsonl", "/api/v1/claims/claimreview/"):
        names = {p["name"] for p in schema[path]["get"]["parameters"]}
        assert {"status", "outlet", "claimant", "q", "updated_since", "ordering"} <= names, path
    assert {"cursor", "page_size"} <= {p["name"] for p in schema["/api/v1/claims/claimreview/"]["get"]["parameters"]}
