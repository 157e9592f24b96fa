"""POST /api/v1/claims/{id}/status/, GET .../history/, token auth, ETag and If-Match."""

import re
from unittest import mock

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, Status
from tests.factories import make_claim, make_claims

pytestmark = pytest.mark.django_db
VALID = {"status": "contradicted", "note": "The ministry says 8,000, not 10,000.",
         "evidence": [{"url": "https://example.org/ministry", "note": "statement"}]}


def url(claim, action="status"):
    return f"/api/v1/claims/{claim.pk}/{action}/"


def test_a_reviewer_sets_the_status(reviewer_api):
    claim = make_claim()
    response = reviewer_api.post(url(claim), VALID, format="json")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["version"], body["changed"]) == ("contradicted", 2, True)
    assert body["history_entry"]["action"] == "status_changed"
    assert body["history_entry"]["to_status"] == "contradicted"
    assert response["ETag"] == '"2"'


def test_a_token_obtained_with_the_password_works(reviewer):
    client = APIClient()
    response = client.post("/api/v1/auth/token/", {"username": "rita", "password": "correct horse battery"},
                           format="json")
    assert response.status_code == 200
    token = response.json()["token"]
    assert Token.objects.get(user=reviewer).key == token
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.post(url(make_claim()), VALID, format="json").status_code == 200


def test_a_wrong_password_gets_no_token(reviewer, api):
    response = api.post("/api/v1/auth/token/", {"username": "rita", "password": "nope"}, format="json")
    assert response.status_code == 400 and "detail" in response.json()


def test_anonymous_gets_401(api):
    response = api.post(url(make_claim()), VALID, format="json")
    assert response.status_code == 401 and response.json()["detail"]


@pytest.mark.parametrize("user_fixture", ["editor", "reader"])
def test_a_non_reviewer_gets_403(request, user_fixture, api):
    api.force_authenticate(request.getfixturevalue(user_fixture))
    claim = make_claim()
    assert api.post(url(claim), VALID, format="json").status_code == 403
    claim.refresh_from_db()
    assert claim.status == Status.UNVERIFIED


def test_an_unknown_claim_gets_404(reviewer_api):
    response = reviewer_api.post("/api/v1/claims/987654/status/", VALID, format="json")
    assert response.status_code == 404 and response.json() == {"detail": "No Claim matches the given query."}


@pytest.mark.parametrize("payload,field", [
    ({**VALID, "status": "probably"}, "status"),
    ({"status": "verified"}, "note"),
    ({"status": "verified", "note": "short"}, "note"),
    ({**VALID, "evidence": [{"url": "not a url"}]}, "evidence"),
    ({**VALID, "evidence": []}, "evidence"),
    ({**VALID, "reviewer": "someone else"}, "reviewer"),
    ({"note": "no status given at all"}, "status"),
    ({**VALID, "evidence": "https://example.org"}, "evidence"),
])
def test_bad_input_gets_400_with_field_errors(reviewer_api, payload, field):
    claim = make_claim()
    response = reviewer_api.post(url(claim), payload, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "Invalid input."
    # every field error as a list of messages under its dotted path (evidence.0.url), in "errors"
    assert any(path == field or path.startswith(f"{field}.") for path in body["errors"])
    assert all(isinstance(m, list) and all(isinstance(x, str) for x in m) for m in body["errors"].values())
    claim.refresh_from_db()
    assert claim.version == 1


def test_a_body_that_is_not_json_gets_415(reviewer_api):
    response = reviewer_api.post(url(make_claim()), "status=verified", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415


def test_malformed_json_gets_400(reviewer_api):
    response = reviewer_api.post(url(make_claim()), '{"status": ', content_type="application/json")
    assert response.status_code == 400 and "JSON parse error" in response.json()["detail"]


def test_a_stale_if_match_gets_412_with_the_current_etag(reviewer_api):
    claim = make_claim()
    assert reviewer_api.post(url(claim), VALID, format="json", HTTP_IF_MATCH='"1"').status_code == 200
    response = reviewer_api.post(url(claim), {"status": "verified", "note": "Re-checked with two sources."},
                                 format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 412
    assert response["ETag"] == '"2"'
    claim.refresh_from_db()
    assert claim.status == Status.CONTRADICTED


def test_the_same_status_again_is_a_no_op(reviewer_api):
    claim = make_claim()
    response = reviewer_api.post(url(claim), {"status": "unverified"}, format="json")
    assert response.status_code == 200
    assert (response.json()["changed"], response.json()["version"]) == (False, 1)


def test_the_detail_carries_the_etag_and_answers_304(api, reviewer_api):
    claim = make_claim()
    response = api.get(f"/api/v1/claims/{claim.pk}/")
    etag = response["ETag"]
    assert re.fullmatch(r'"1-[0-9a-f]{20}"', etag)
    assert api.get(f"/api/v1/claims/{claim.pk}/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    # the version alone is enough for If-Match, so the tag of a read works for a write
    assert reviewer_api.post(url(claim), VALID, format="json", HTTP_IF_MATCH=etag).status_code == 200


def revalidate(api, path: str, change) -> tuple[int, int]:
    """(status of a conditional GET before the change, after it)."""
    etag = api.get(path)["ETag"]
    before = api.get(path, HTTP_IF_NONE_MATCH=etag).status_code
    change()
    return before, api.get(path, HTTP_IF_NONE_MATCH=etag).status_code


def test_validators_follow_nested_changes(api, reviewer_api):
    """Caches must not keep a claim after its claimant was renamed, an article after one of its claims got a
    verdict, a source after its article count moved, or a list after any of its rows changed."""
    from sources.models import Source
    from tests.factories import ArticleFactory

    person = Source.objects.create(name="Anna Berg", kind="person")
    claim = make_claims(count=1, claimant=person)[0]
    assert revalidate(api, f"/api/v1/claims/{claim.pk}/",
                      lambda: Source.objects.filter(pk=person.pk).update(name="Anna Berg-Lund")) == (304, 200)
    assert revalidate(api, f"/api/v1/articles/{claim.article_id}/",
                      lambda: reviewer_api.post(url(claim), VALID, format="json")) == (304, 200)
    outlet = claim.article.outlet
    assert revalidate(api, f"/api/v1/sources/{outlet.pk}/", lambda: ArticleFactory(outlet=outlet)) == (304, 200)
    for path in ("/api/v1/claims/", "/api/v1/claims/claimreview/", "/api/v1/articles/", "/api/v1/schema/"):
        assert api.get(path)["ETag"], path
    assert revalidate(api, "/api/v1/claims/", lambda: make_claim()) == (304, 200)


def test_if_modified_since_follows_every_change_a_claim_shows(api, reviewer_api):
    """A client that caches by date gets 304 only while nothing the claim shows has changed: its status, its
    cluster and conflict flag (set by matching), its claimant's, outlet's or article's names."""
    from datetime import timedelta

    from django.utils import timezone

    from claims.matching import match_claims
    from sources.models import Article, Source
    from tests.claims.test_matching import claim_with

    person = Source.objects.create(name="Anna Berg", kind="person")
    claim = claim_with("Anna Berg said 8,000 soldiers of the Freedonian army crossed the river on Tuesday.",
                       claimant=person)
    match_claims([claim])  # indexed, as an import does
    path = f"/api/v1/claims/{claim.pk}/"

    def revalidate_since(change) -> tuple[int, int]:
        hour_ago = timezone.now() - timedelta(hours=1)
        for model, pk in ((Claim, claim.pk), (Article, claim.article_id), (Source, claim.article.outlet_id),
                          (Source, person.pk)):
            model.objects.filter(pk=pk).update(updated_at=hour_ago)
        modified = api.get(path)["Last-Modified"]
        before = api.get(path, HTTP_IF_MODIFIED_SINCE=modified).status_code
        change()
        return before, api.get(path, HTTP_IF_MODIFIED_SINCE=modified).status_code

    def rename(source_id: int, name: str) -> None:
        source = Source.objects.get(pk=source_id)
        source.name = name
        source.save()

    def retitle() -> None:
        article = Article.objects.get(pk=claim.article_id)
        article.title = "A new headline"
        article.save()

    def disagree() -> None:  # the same report in another outlet, with another figure
        other = claim_with("Anna Berg said 12,000 soldiers of the Freedonian army crossed the river on Tuesday.")
        assert match_claims([other]) == 1

    for change in (lambda: rename(person.pk, "Anna Berg-Lund"), lambda: rename(claim.article.outlet_id, "Gazette"),
                   retitle, lambda: reviewer_api.post(url(claim), VALID, format="json"), disagree):
        assert revalidate_since(change) == (304, 200)
    assert Claim.objects.get(pk=claim.pk).has_conflict
    # Changed within this second: no Last-Modified (whole seconds could not tell a second change apart). The
    # clock is held within the second of the last change: a slow machine must not let the second run out first.
    last_change = Claim.objects.get(pk=claim.pk).updated_at.timestamp()
    with mock.patch("tracker.conditional.time.time", return_value=last_change):
        assert "Last-Modified" not in api.get(path)
    with mock.patch("tracker.conditional.time.time", return_value=last_change + 1):
        assert "Last-Modified" in api.get(path)


def test_history_lists_every_entry_oldest_first(reviewer_api, api):
    claim = make_claim()
    reviewer_api.post(url(claim), VALID, format="json", HTTP_X_REQUEST_ID="abc-123")
    entries = api.get(url(claim, "history")).json()
    assert [e["action"] for e in entries] == ["created", "status_changed"]
    last = entries[-1]
    assert (last["actor"], last["origin"], last["from_status"], last["to_status"], last["request_id"]) == (
        "rita", "api", "unverified", "contradicted", "abc-123")
    assert last["evidence"] == VALID["evidence"] and len(last["entry_hash"]) == 64
    assert set(entries[0]) >= {"id", "at", "actor", "origin", "action", "from_status", "to_status", "changes", "note",
                               "evidence", "entry_hash"}


def test_a_newsroom_can_keep_who_reviewed_internal(api, reviewer_api, reviewer, settings):
    claim = make_claim()
    assert reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", {
        "status": "verified", "note": "Matches the ministry's statement."}).status_code == 200
    public = api.get(f"/api/v1/claims/{claim.pk}/history/").json()
    assert {e["actor_name"] for e in public} == {"tests", "rita"}  # the default: everyone sees names
    settings.CLAIMTRACK_SHOW_PEOPLE = "staff"
    hidden = api.get(f"/api/v1/claims/{claim.pk}/history/").json()
    assert {(e["actor"], e["actor_name"]) for e in hidden} == {(None, "")}
    assert [e["to_status"] for e in hidden] == [e["to_status"] for e in public]  # what happened stays
    staff = reviewer_api.get(f"/api/v1/claims/{claim.pk}/history/").json()  # reviewers are staff
    assert {e["actor_name"] for e in staff} == {"tests", "rita"}


def test_a_body_field_named_detail_cannot_hide_the_error(reviewer_api):
    claim = make_claim()
    response = reviewer_api.post(url(claim), {**VALID, "detail": "x", "errors": "y"}, format="json")
    body = response.json()
    assert response.status_code == 400 and body["detail"] == "Invalid input."
    assert body["errors"] == {"detail": ["Unknown field."], "errors": ["Unknown field."]}
