"""API-wide conventions: JSON errors, auth switches, throttling, CORS, schema, the other resources."""

import gzip
import json

import pytest
import yaml
from django.test import RequestFactory
from openapi_spec_validator import validate
from rest_framework.throttling import SimpleRateThrottle

from sources.models import ImportRun, Source
from tests.factories import ArticleFactory, make_claims
from tracker.api import server_error

pytestmark = pytest.mark.django_db


def test_the_root_lists_the_endpoints(api):
    body = api.get("/api/v1/").json()
    assert {"sources", "articles", "claims", "claimreviews", "imports", "auth_token", "schema", "docs"} <= set(body)


def test_an_unknown_api_path_is_a_json_404(api):
    response = api.get("/api/v1/nothing-here/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_a_server_error_under_api_is_json():
    response = server_error(RequestFactory().get("/api/v1/claims/"))
    assert response.status_code == 500 and json.loads(response.content) == {"detail": "Internal server error."}


def test_the_browsable_api_is_off_in_production(api):
    response = api.get("/api/v1/claims/", HTTP_ACCEPT="text/html")
    assert response.status_code == 406 or response["Content-Type"].startswith("application/json")


def test_anonymous_reads_can_be_switched_off(api, settings, reader):
    settings.API_ANONYMOUS_READ = False
    assert api.get("/api/v1/claims/").status_code == 401
    api.force_authenticate(reader)
    assert api.get("/api/v1/claims/").status_code == 200


def test_anonymous_clients_are_throttled_with_retry_after(api, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/min", "user": "1000/min", "auth": "5/min"})
    statuses = [api.get("/api/v1/claims/").status_code for _ in range(4)]
    response = api.get("/api/v1/claims/")
    assert statuses[:3] == [200, 200, 200] and response.status_code == 429
    assert int(response["Retry-After"]) > 0 and "throttled" in response.json()["detail"].lower()


def test_cors_is_off_by_default_and_configurable(api, settings):
    assert "Access-Control-Allow-Origin" not in api.get("/api/v1/", HTTP_ORIGIN="https://partner.example")
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    response = api.get("/api/v1/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"


def test_sources_list_with_counts_and_filters(api):
    outlet = Source.objects.create(name="Paper A", kind="outlet")
    person = Source.objects.create(name="Anna Berg", kind="person")
    person.aliases.create(name="A. Berg", key="a berg")
    make_claims(article=ArticleFactory(outlet=outlet), claimant=person, count=2)
    results = api.get("/api/v1/sources/?kind=person").json()["results"]
    assert results == [{"id": person.pk, "name": "Anna Berg", "kind": "person", "aliases": ["A. Berg"], "homepage": "",
                        "description": "", "article_count": 0, "claim_count": 2}]
    assert [s["name"] for s in api.get("/api/v1/sources/?q=berg").json()["results"]] == ["Anna Berg"]
    assert api.get("/api/v1/sources/?kind=alien").status_code == 400
    assert api.get(f"/api/v1/sources/{outlet.pk}/").json()["article_count"] == 1


def test_articles_list_detail_and_filters(api):
    outlet = Source.objects.create(name="Paper A", kind="outlet")
    article = ArticleFactory(outlet=outlet, title="Grain exports fall", published_at="2024-10-14T08:00:00Z")
    ArticleFactory(published_at="2024-11-02T08:00:00Z")
    claim = make_claims(article=article)[0]
    listed = api.get(f"/api/v1/articles/?outlet={outlet.pk}").json()["results"]
    assert [a["id"] for a in listed] == [article.pk] and listed[0]["claim_count"] == 1 and "body" not in listed[0]
    assert [a["id"] for a in api.get("/api/v1/articles/?published_before=2024-11-01T00:00:00Z").json()["results"]] == [article.pk]
    assert len(api.get("/api/v1/articles/?published_after=2024-10-01T00:00:00Z").json()["results"]) == 2
    assert [a["id"] for a in api.get("/api/v1/articles/?q=grain").json()["results"]] == [article.pk]
    detail = api.get(f"/api/v1/articles/{article.pk}/")
    assert detail["ETag"] and detail.json()["body"] == article.body
    assert detail.json()["claims"] == [{"id": claim.pk, "text": claim.text, "status": "unverified", "start": claim.start,
                                        "end": claim.end, "present": True}]
    assert api.get("/api/v1/articles/?published_after=soon").status_code == 400


def test_import_runs_are_for_staff_only(api, reader, staff):
    ImportRun.objects.create(started_by="cron")
    assert api.get("/api/v1/imports/").status_code == 401
    api.force_authenticate(reader)
    assert api.get("/api/v1/imports/").status_code == 403
    api.force_authenticate(staff)
    assert [r["started_by"] for r in api.get("/api/v1/imports/").json()["results"]] == ["cron"]


@pytest.mark.parametrize("path", ["/api/v1/sources/", "/api/v1/articles/"])
def test_other_lists_run_a_constant_number_of_queries(api, path, django_assert_max_num_queries):
    for i in range(30):
        source = Source.objects.create(name=f"S{i}", kind="outlet")
        source.aliases.create(name=f"Alias {i}", key=f"alias {i}")
        make_claims(article=ArticleFactory(outlet=source), claimant=source)
    with django_assert_max_num_queries(3):
        assert api.get(path + "?page_size=200").status_code == 200


def test_the_openapi_schema_is_valid_and_lists_every_endpoint(api):
    response = api.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    validate(schema)
    paths = set(schema["paths"])
    assert {"/api/v1/", "/api/v1/sources/", "/api/v1/sources/{id}/", "/api/v1/articles/", "/api/v1/articles/{id}/",
            "/api/v1/claims/", "/api/v1/claims/{id}/", "/api/v1/claims/{id}/status/", "/api/v1/claims/{id}/history/",
            "/api/v1/claims/{id}/claimreview/", "/api/v1/claims/claimreview/", "/api/v1/claims/export.csv",
            "/api/v1/imports/", "/api/v1/imports/{id}/", "/api/v1/auth/token/"} <= paths
    status_post = schema["paths"]["/api/v1/claims/{id}/status/"]["post"]["responses"]
    assert {"200", "400", "401", "403", "404", "412", "415", "429"} <= set(status_post)
    params = {p["name"] for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert {"status", "article", "outlet", "claimant", "q", "updated_since", "created_after", "created_before",
            "ordering", "page_size", "cursor"} <= params


def test_the_docs_page_is_served(api):
    response = api.get("/api/v1/docs/")
    assert response.status_code == 200 and b"swagger" in response.content.lower()


def test_pages_outside_the_api_keep_django_s_html_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")


def test_a_browser_app_on_another_origin_may_send_conditional_requests_and_read_the_headers(api, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    claim = make_claims(count=1)[0]
    preflight = api.options(f"/api/v1/claims/{claim.pk}/status/", HTTP_ORIGIN="https://partner.example",
                            HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
                            HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-match, content-type, authorization")
    assert preflight.status_code == 200
    allowed = {h.strip() for h in preflight["Access-Control-Allow-Headers"].split(",")}
    assert {"if-match", "if-none-match", "content-type", "authorization"} <= allowed
    response = api.get(f"/api/v1/claims/{claim.pk}/", HTTP_ORIGIN="https://partner.example")
    exposed = {h.strip().lower() for h in response["Access-Control-Expose-Headers"].split(",")}
    assert {"etag", "last-modified", "retry-after", "link", "ratelimit-remaining"} <= exposed


def test_responses_say_how_much_of_the_rate_limit_is_left(api, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "5/min", "user": "1000/min", "auth": "5/min"})
    seen = [api.get("/api/v1/sources/") for _ in range(6)]
    assert [r["RateLimit-Remaining"] for r in seen[:5]] == ["4", "3", "2", "1", "0"]
    assert all(r["RateLimit-Limit"] == "5" and 0 < int(r["RateLimit-Reset"]) <= 60 for r in seen[:5])
    assert seen[5].status_code == 429 and int(seen[5]["Retry-After"]) > 0


def test_api_responses_are_compressed_and_admin_pages_are_not(api, admin_client):
    make_claims(count=40)
    response = api.get("/api/v1/claims/?page_size=40", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip" and "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content).startswith(b'{"next"')
    page = admin_client.get("/admin/claims/claim/", HTTP_ACCEPT_ENCODING="gzip")
    assert page.status_code == 200 and not page.has_header("Content-Encoding")


def test_the_schema_tells_client_authors_what_they_need(api):
    schema = api.get("/api/v1/schema/", {"format": "json"}).json()
    assert schema["openapi"].startswith("3.1")
    validate(schema)
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                assert parameter.get("description"), (path, parameter["name"])
            assert {"400", "401", "403", "404", "405", "406", "429"} <= set(operation["responses"]), path
            if method == "get":
                assert "304" in operation["responses"] and "ETag" in operation["responses"]["200"]["headers"]
                assert ({} in operation["security"]) == (not path.startswith("/api/v1/imports/")), path
    components = schema["components"]["schemas"]
    for name in ("Claim", "HistoryEntry", "Cluster", "Source", "ArticleDetail"):
        assert set(components[name]["required"]) == set(components[name]["properties"]), name
    assert components["Claim"]["properties"]["claimant"] == {
        "oneOf": [{"$ref": "#/components/schemas/Ref"}, {"type": "null"}]}
    assert "anyOf" in components["Source"]["properties"]["homepage"]  # "" is a blank homepage, once
    assert "MIN_NOTE_LENGTH" not in components["StatusChangeRequest"]["description"]
    assert "at least 10 characters" in components["StatusChangeRequest"]["properties"]["note"]["description"]
