"""Hostile values in every filter of every list (API and admin): 200 or 400, never a 500.

The lists and their query parameters come from the OpenAPI schema, so a filter added later is tried too.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from django.urls import reverse

from tests.factories import make_claims

pytestmark = pytest.mark.django_db

# Percent-encoded query values, as a client would send them.
HOSTILE = {
    "rtl and bidi marks": quote("\u202eevil\u202c\u200f"),
    "zero-width": quote("tro\u200bops\u200d\ufeff"),
    "lone surrogate": "%ED%A0%80",  # UTF-8 cannot encode one: invalid bytes
    "nul": "a%00b",
    "100 kB": "a" * 100_000,
    "100 kB of emoji": quote("\U0001f600" * 25_000),
    "sql": quote("'; DROP TABLE claims_claim; --"),
    "html": quote("<script>alert(1)</script>"),
    "overlong number": "9" * 400,
    "negative": "-1",
}
TRIED: list[str] = []


def list_operations(client) -> list[tuple[str, list[str]]]:
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    lists = []
    for path, operations in schema["paths"].items():
        get = operations.get("get")
        if get and "{" not in path:
            params = [p["name"] for p in get.get("parameters", []) if p["in"] == "query"]
            lists.append((path, params))
    assert len(lists) >= 7 and sum(len(p) for _, p in lists) >= 30
    return lists


@pytest.fixture
def data():
    make_claims(count=3)


@pytest.mark.parametrize("value", list(HOSTILE), ids=list(HOSTILE))
def test_every_api_filter_answers_200_or_400_to_hostile_values(admin_client, data, publishing, value):
    client = admin_client  # staff: the staff-only lists too
    for path, params in list_operations(client):
        for param in [*params, "unknown_param"]:
            response = client.get(path, QUERY_STRING=f"{param}={HOSTILE[value]}")
            expected = (200, 400, 406) if param == "format" else (200, 400)  # 406: no such format
            assert response.status_code in expected, (path, param, response.status_code)
            if path.startswith("/api/") and response.status_code != 200:
                body = response.json()  # the Fact Check Tools compatible search answers as Google's API does
                assert body.get("detail") or (path.startswith("/api/compat/") and body["error"]["message"])
            TRIED.append(f"{path}?{param}")


ADMIN_LISTS = ["admin:claims_claim_changelist", "admin:sources_article_changelist", "admin:sources_source_changelist",
               "admin:claims_cluster_changelist", "admin:claims_verificationstatus_changelist",
               "admin:claims_claimevent_changelist", "admin:sources_importrun_changelist"]
ADMIN_PARAMS = ["q", "status__exact", "outlet", "claimant", "o", "p", "has_conflict__exact", "needs_review__exact",
                "checkworthiness", "state__exact", "_changelist_filters", "e", "all"]


@pytest.mark.parametrize("value", list(HOSTILE), ids=list(HOSTILE))
def test_every_admin_list_answers_hostile_values_without_an_error(admin_client, data, value):
    for name in ADMIN_LISTS:
        for param in ADMIN_PARAMS:
            response = admin_client.get(reverse(name), QUERY_STRING=f"{param}={HOSTILE[value]}")
            # the admin answers an unusable filter by redirecting to ?e=1
            assert response.status_code in (200, 302, 400), (name, param, response.status_code)


@pytest.mark.parametrize("field", ["note", "evidence_note", "evidence_url"])
@pytest.mark.parametrize("value", ["a\x00b", "\ud800", "\u202eevil", "x" * 100_000])
def test_a_verdict_with_hostile_text_is_saved_as_given_or_refused_with_400(reviewer_api, value, field):
    claim = make_claims(count=1)[0]
    body = {"status": "contradicted", "note": "The ministry said otherwise.",
            "evidence": [{"url": "https://example.org/a", "note": "report"}]}
    if field == "note":
        body["note"] = value
    elif field == "evidence_note":
        body["evidence"][0]["note"] = value
    else:
        body["evidence"][0]["url"] = "https://example.org/" + value
    # As a client's JSON library sends it: non-ASCII escaped, so a lone surrogate is the text \ud800.
    response = reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", json.dumps(body),
                                 content_type="application/json")
    storable = "\x00" not in value and "\ud800" not in value
    assert response.status_code in ((200, 400) if storable else (400,)), response.content[:200]
    if response.status_code == 400:
        assert response.json()["detail"]
    else:
        history = reviewer_api.get(f"/api/v1/claims/{claim.pk}/history/").json()
        assert value in json.dumps(history[-1], ensure_ascii=False)
