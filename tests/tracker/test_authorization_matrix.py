"""Who may write what: every write of the API and the admin, tried by every kind of user.

Kinds of user: anonymous; signed in without a role; staff (may enter the admin) without a role; editor;
reviewer; superuser. Only the intended ones succeed; the others get 401/403 from the API or the admin's
refusal (the login page, 403, or an action that is not offered), and nothing is written. No form or
endpoint sets a claim's version, status (other than through a verdict), hashes or history.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from rest_framework.test import APIClient

from claims.models import Claim, ClaimEvent, Cluster, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
from publishing.models import FactCheck
from publishing.services import fact_check_publish
from sources.models import Source, SourceMerge
from tests.conftest import role
from tests.factories import ArticleFactory, SourceFactory, make_claims
from webhooks.models import Subscription

pytestmark = pytest.mark.django_db

KINDS = ["anonymous", "no_role", "staff_no_role", "editor", "reviewer", "superuser"]
PASSWORD = "correct horse battery"


def make_user(kind: str) -> User | None:
    if kind == "anonymous":
        return None
    user = User.objects.create_user(kind, password=PASSWORD, is_staff=kind != "no_role",
                                    is_superuser=kind == "superuser")
    group = {"editor": "Editors", "reviewer": "Reviewers"}.get(kind)
    if group:
        user.groups.add(role(group))
    return User.objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def world(publishing):
    """Two outlets' claims in two clusters, enough for every write to have something to change; a fifth
    claim with a verdict to publish, a sixth with its verdict published."""
    article = ArticleFactory()
    claims = make_claims(article=article, count=6)
    clusters = [Cluster.objects.create(), Cluster.objects.create()]
    Claim.objects.filter(pk__in=[c.pk for c in claims[:2]]).update(cluster=clusters[0])
    Claim.objects.filter(pk__in=[c.pk for c in claims[2:4]]).update(cluster=clusters[1])
    desk = Actor(origin=Origin.SYSTEM, name="desk")
    for claim in claims[4:]:
        claim_set_status(claim_id=claim.pk, actor=desk, **VERDICT)
    fact_check_publish(claim_id=claims[5].pk, actor=desk)
    sources = [SourceFactory(), SourceFactory()]
    return {"claims": claims, "clusters": clusters, "sources": sources}


def written() -> tuple:
    """Everything a write could change."""
    return (
        VerificationStatus.objects.count(), ClaimEvent.objects.count(),
        list(Claim.objects.order_by("id").values_list("status", "version", "text", "cluster_id")),
        list(Cluster.objects.order_by("id").values_list("state", "version")),
        SourceMerge.objects.count(), Source.objects.count(),
        list(FactCheck.objects.order_by("id").values_list("version", "withdrawn_at")), Subscription.objects.count(),
    )


def api_client(user: User | None) -> APIClient:
    client = APIClient()
    if user:
        client.force_authenticate(user)
    return client


HOOK = {"url": "https://partner.example.com/hook", "events": ["verdict.published"]}
VERDICT = {"status": "contradicted", "note": "The ministry's own report says otherwise.",
           "evidence": [{"url": "https://example.org/report"}]}

API_WRITES = {
    # name: (method, url maker, body, kinds allowed)
    "claim status": ("post", lambda w: f"/api/v1/claims/{w['claims'][0].pk}/status/", VERDICT,
                     {"reviewer", "superuser"}),
    "cluster verdict": ("post", lambda w: f"/api/v1/clusters/{w['clusters'][0].pk}/status/", VERDICT,
                        {"reviewer", "superuser"}),
    "publish a verdict": ("post", lambda w: f"/api/v1/claims/{w['claims'][4].pk}/publish/", {},
                          {"reviewer", "superuser"}),
    "withdraw a fact check": ("post", lambda w: f"/api/v1/claims/{w['claims'][5].pk}/unpublish/",
                              {"note": "The evidence was retracted."}, {"reviewer", "superuser"}),
    "subscribe a webhook": ("post", lambda w: "/api/v1/webhooks/", HOOK, {"superuser"}),
    "dismiss a claim": ("post", lambda w: f"/api/v1/claims/{w['claims'][0].pk}/dismiss/", {},
                        {"reviewer", "superuser"}),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("write", list(API_WRITES))
def test_api_writes_succeed_only_for_their_roles(world, kind, write):
    method, url, body, allowed = API_WRITES[write]
    before = written()
    response = getattr(api_client(make_user(kind)), method)(url(world), body, format="json")
    if kind in allowed:
        assert response.status_code in (200, 201), response.content
        assert written() != before
    else:
        assert response.status_code == (401 if kind == "anonymous" else 403), response.content
        assert response.json()["detail"]
        assert written() == before


@pytest.mark.parametrize("kind", KINDS)
def test_the_import_runs_are_listed_for_staff_only(world, kind):
    response = api_client(make_user(kind)).get("/api/v1/imports/")
    expected = {"anonymous": 401, "no_role": 403}.get(kind, 200)
    assert response.status_code == expected


@pytest.mark.parametrize("kind", KINDS[1:])
def test_every_account_gets_a_token_but_a_token_grants_only_its_roles(kind, world):
    user = make_user(kind)
    response = APIClient().post("/api/v1/auth/token/", {"username": kind, "password": PASSWORD}, format="json")
    assert response.status_code == 200 and response.json()["token"]
    client = APIClient(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    status = client.post(f"/api/v1/claims/{world['claims'][0].pk}/status/", VERDICT, format="json").status_code
    assert status == (200 if kind in {"reviewer", "superuser"} else 403)
    user.is_active = False
    user.save()
    assert client.get("/api/v1/claims/").status_code == 401
    again = APIClient().post("/api/v1/auth/token/", {"username": kind, "password": PASSWORD}, format="json")
    assert again.status_code == 400


@pytest.mark.parametrize("url", ["/api/v1/claims/{claim}/", "/api/v1/claims/", "/api/v1/sources/{source}/",
                                 "/api/v1/claims/{claim}/claimreview/",
                                 "/api/v1/articles/{article}/", "/api/v1/clusters/{cluster}/",
                                 "/api/v1/imports/", "/api/v1/claims/{claim}/history/"])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_no_resource_is_written_directly_even_by_a_superuser(world, url, method):
    url = url.format(claim=world["claims"][0].pk, source=world["sources"][0].pk,
                     article=world["claims"][0].article_id, cluster=world["clusters"][0].pk)
    before = written()
    body = {"status": "verified", "version": 99, "text": "rewritten", "entry_hash": "0" * 64}
    response = getattr(api_client(make_user("superuser")), method)(url, body, format="json")
    assert response.status_code == 405, (url, response.status_code)
    assert written() == before


def test_a_verdict_cannot_set_its_own_version_time_reviewer_or_hashes(world):
    user = make_user("reviewer")
    claim = world["claims"][0]
    forged = {**VERDICT, "version": 99, "status_changed_at": "2000-01-01T00:00:00Z", "reviewer": "someone-else",
              "reviewer_name": "someone-else", "entry_hash": "0" * 64, "prev_hash": "", "created_at": "2000-01-01",
              "history": [], "origin": "import"}
    response = api_client(user).post(f"/api/v1/claims/{claim.pk}/status/", forged, format="json")
    assert response.status_code in (200, 400)
    verdict = VerificationStatus.objects.filter(claim=claim).latest("id")
    claim.refresh_from_db()
    if response.status_code == 200:
        assert claim.version == 2 and claim.status_changed_at.year > 2000
        assert verdict.reviewer_name == "reviewer" and verdict.origin == "api" and verdict.created_at.year > 2000
        assert verdict.entry_hash != "0" * 64
    else:
        assert claim.version == 1 and verdict.origin == "import"


# The admin -----------------------------------------------------------------------------------------------

def admin_client(client, kind: str):
    user = make_user(kind)
    if user:
        client.force_login(user)
    return client


def refused(response) -> bool:
    """The admin's ways of saying no: the login page, 403, or a page without a success message (an action
    it does not offer this user is "No action selected", or not even read)."""
    if response.status_code == 403:
        return True
    if response.status_code == 302:
        return "/login/" in response["Location"]
    if any("/login/" in url for url, _ in getattr(response, "redirect_chain", [])):
        return True
    return response.status_code == 200 and 'class="success"' not in response.content.decode()


def claim_form(**fields) -> dict:
    """The claim page's form as the browser sends it (with its two inlines' management forms)."""
    return {"claimant": "", "events-TOTAL_FORMS": 0, "events-INITIAL_FORMS": 0, "verdicts-TOTAL_FORMS": 0,
            "verdicts-INITIAL_FORMS": 0, **fields}


def action(client, url: str, name: str, ids: list[int], **extra):
    return client.post(url, {"action": name, "_selected_action": ids, "apply": "1", **extra}, follow=True)


ADMIN_WRITES = {
    # name: (performs the write and returns the response, kinds allowed)
    "edit a claim's text": (lambda c, w: c.post(reverse("admin:claims_claim_change", args=[w["claims"][0].pk]),
                                                claim_form(text="Rewritten by hand.")), {"editor", "superuser"}),
    "set status on claims": (lambda c, w: action(c, reverse("admin:claims_claim_changelist"), "set_status_action",
                                                 [w["claims"][1].pk], status="verified",
                                                 note="Confirmed by the ministry.", evidence=""),
                             {"reviewer", "superuser"}),
    "take claims out of clusters": (lambda c, w: action(c, reverse("admin:claims_claim_changelist"),
                                                        "remove_from_cluster_action", [w["claims"][0].pk]),
                                    {"editor", "superuser"}),
    "move claims to a cluster": (lambda c, w: action(c, reverse("admin:claims_claim_changelist"),
                                                     "move_to_cluster_action", [w["claims"][0].pk],
                                                     cluster=w["clusters"][1].pk), {"editor", "superuser"}),
    "confirm clusters": (lambda c, w: action(c, reverse("admin:claims_cluster_changelist"), "confirm_action",
                                             [w["clusters"][0].pk]), {"editor", "superuser"}),
    "merge clusters": (lambda c, w: action(c, reverse("admin:claims_cluster_changelist"), "merge_action",
                                           [k.pk for k in w["clusters"]]), {"editor", "superuser"}),
    "verdict for a cluster": (lambda c, w: action(c, reverse("admin:claims_cluster_changelist"),
                                                  "set_status_action", [w["clusters"][0].pk], status="verified",
                                                  note="Confirmed by the ministry.", evidence=""),
                              {"reviewer", "superuser"}),
    "merge sources": (lambda c, w: action(c, reverse("admin:sources_source_changelist"), "merge_action",
                                          [s.pk for s in w["sources"]], into=w["sources"][0].pk),
                      {"editor", "superuser"}),
    "publish verdicts": (lambda c, w: action(c, reverse("admin:claims_claim_changelist"), "publish_action",
                                             [w["claims"][4].pk], note=""), {"reviewer", "superuser"}),
    "withdraw fact checks": (lambda c, w: action(c, reverse("admin:claims_claim_changelist"), "withdraw_action",
                                                 [w["claims"][5].pk], note="The evidence was retracted."),
                             {"reviewer", "superuser"}),
    "dismiss claims": (lambda c, w: action(c, reverse("admin:claims_claim_changelist"), "dismiss_action",
                                           [w["claims"][0].pk], note=""), {"reviewer", "superuser"}),
    "subscribe a webhook": (lambda c, w: c.post(reverse("admin:webhooks_subscription_add"),
                                                {**HOOK, "description": "", "active": "on"}, follow=True),
                            {"superuser"}),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("write", list(ADMIN_WRITES))
def test_admin_writes_succeed_only_for_their_roles(client, world, kind, write):
    perform, allowed = ADMIN_WRITES[write]
    before = written()
    response = perform(admin_client(client, kind), world)
    if kind in allowed:
        assert response.status_code in (200, 302), response.status_code
        assert "No action selected" not in response.content.decode()
        assert written() != before, write
    else:
        # A reviewer may submit the claim page (for a verdict), where the text is read-only.
        page_for_verdicts = kind == "reviewer" and write == "edit a claim's text"
        assert refused(response) or page_for_verdicts, (write, response.status_code, response.content[:300])
        assert written() == before, write


def test_the_claim_form_never_sets_status_version_or_history(client, world):
    """An editor's form post carrying status and version (read-only on the page) changes only the text."""
    claim = world["claims"][0]
    response = admin_client(client, "editor").post(reverse("admin:claims_claim_change", args=[claim.pk]), claim_form(
        text="Edited text.", status="contradicted", version=99, new_status="verified", expected_version=1,
        note="I would like this verified.", status_changed_at="2000-01-01 00:00", entry_hash="0" * 64))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text == "Edited text."
    assert claim.status == Status.UNVERIFIED and claim.version == 2  # the edit bumps it, nothing sets it
    assert VerificationStatus.objects.filter(claim=claim).count() == 1


@pytest.mark.parametrize("kind", ["no_role", "staff_no_role"])
def test_the_admin_shows_nothing_to_users_without_a_role(client, world, kind):
    admin_client(client, kind)
    for name in ["admin:claims_claim_changelist", "admin:sources_importrun_changelist",
                 "admin:claims_verificationstatus_changelist"]:
        response = client.get(reverse(name))
        assert response.status_code in (302, 403), name
    assert Group.objects.filter(user__username=kind).count() == 0
