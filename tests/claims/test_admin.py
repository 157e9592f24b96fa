"""The admin: reviewers set status, editors edit, everything lands in the audit history."""

import html
import re

import pytest

from claims.models import ClaimEvent, Status, VerificationStatus
from sources.models import Source
from tests.factories import ArticleFactory, make_claim, make_claims

pytestmark = pytest.mark.django_db


def change_url(claim):
    return f"/admin/claims/claim/{claim.pk}/change/"


def form_data(client, claim, **extra):
    """What a browser would send: every input of the change form as served, plus the user's edits."""
    page = client.get(change_url(claim)).content.decode()
    fields = {}
    for tag in re.findall(r"<(?:input|textarea|select)[^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and "type=\"submit\"" not in tag and "type=\"checkbox\"" not in tag:
            fields[name.group(1)] = html.unescape(value.group(1)) if value else ""
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\s*(.*?)</textarea>', page, re.S):
        fields[name] = html.unescape(value)
    return {**fields, **extra}


def test_a_reviewer_sees_the_claim_in_context_and_the_status_form(client, reviewer):
    article = ArticleFactory(body="Before the claim. Officials said 40 ships waited. After the claim.")
    claim = make_claims(article=article, text="Officials said 40 ships waited.")[0]
    claim.start, claim.end = 18, 49
    claim.__class__.objects.filter(pk=claim.pk).update(start=18, end=49)
    client.force_login(reviewer)
    page = client.get(change_url(claim)).content.decode()
    assert "<mark>Officials said 40 ships waited.</mark>" in page
    assert 'name="new_status"' in page
    assert "history: every change (newest first)" in page.lower()


def test_an_editor_never_sees_the_status_form(client, editor):
    client.force_login(editor)
    page = client.get(change_url(make_claim())).content.decode()
    assert 'name="new_status"' not in page
    assert 'name="text"' in page


def test_a_reviewer_sets_a_status_from_the_claim_page(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = client.post(change_url(claim), form_data(client, claim, new_status="verified",
                                                        note="Matches the port authority log."))
    assert response.status_code == 302
    verdict = VerificationStatus.objects.filter(claim=claim).latest("id")
    assert (verdict.status, verdict.origin, verdict.reviewer_name) == ("verified", "admin", "rita")


def test_a_verdict_without_a_rationale_is_refused_with_a_message(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = client.post(change_url(claim), form_data(client, claim, new_status="contradicted", note="no"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "at least 10 characters" in page
    assert VerificationStatus.objects.filter(claim=claim).count() == 1


def test_an_editors_edit_goes_through_the_audit_trail(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(change_url(claim), form_data(client, claim, text="Officials said 41 ships waited."))
    assert response.status_code == 302
    event = ClaimEvent.objects.filter(claim=claim).latest("id")
    assert (event.action, event.origin, event.actor_name) == ("edited", "admin", "eddie")
    assert event.changes["text"][1] == "Officials said 41 ships waited."


def test_an_editor_cannot_sneak_a_status_in(client, editor):
    claim = make_claim()
    client.force_login(editor)
    client.post(change_url(claim), form_data(client, claim, new_status="verified", note="I decided on my own."))
    claim.refresh_from_db()
    assert claim.status == Status.UNVERIFIED


def test_a_reviewer_sets_the_status_of_many_claims_at_once(client, reviewer):
    claims = make_claims(count=3)
    client.force_login(reviewer)
    response = client.post("/admin/claims/claim/", {
        "action": "set_status_action", "_selected_action": [c.pk for c in claims], "apply": "1",
        "status": "contradicted", "note": "All three contradict the ministry.", "evidence": "https://example.org/m"})
    assert response.status_code == 302
    for claim in claims:
        assert ClaimEvent.objects.filter(claim=claim, action="status_changed", to_status="contradicted").count() == 1


def test_history_cannot_be_edited_or_deleted_in_the_admin(client, staff):
    claim = make_claim()
    client.force_login(staff)
    verdict = VerificationStatus.objects.get(claim=claim)
    assert client.post(f"/admin/claims/verificationstatus/{verdict.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.get("/admin/claims/verificationstatus/add/").status_code == 403
    assert VerificationStatus.objects.filter(pk=verdict.pk).exists()


def test_every_model_has_an_admin_list_page(client, staff):
    make_claim()
    client.force_login(staff)
    for path in ("claims/claim", "claims/verificationstatus", "claims/claimevent", "sources/source",
                 "sources/article", "sources/importrun", "sources/sourcemerge"):
        assert client.get(f"/admin/{path}/").status_code == 200, path


def test_an_editor_merges_two_sources_from_the_admin(client, editor):
    keep = Source.objects.create(name="Kyiv Post", kind="outlet")
    dupe = Source.objects.create(name="Kyiv-Post", kind="outlet")
    make_claims(claimant=dupe, count=2)
    client.force_login(editor)
    response = client.post("/admin/sources/source/", {"action": "merge_action", "_selected_action": [keep.pk, dupe.pk],
                                                      "apply": "1", "into": keep.pk})
    assert response.status_code == 302
    assert not Source.objects.filter(pk=dupe.pk).exists()
    assert keep.claims.count() == 2


def test_the_admin_login_page_is_served(client):
    assert client.get("/admin/login/").status_code == 200


def test_an_alias_added_in_the_admin_resolves_to_its_source(client, editor):
    from sources.services import SourceResolver

    source = Source.objects.create(name="Defence Intelligence of Ukraine", kind="agency")
    client.force_login(editor)
    response = client.post("/admin/sources/sourcealias/add/", {"name": "GUR", "source": source.pk})
    assert response.status_code == 302
    assert SourceResolver().resolve("G.U.R.") == source.pk


def test_the_claims_list_searches_the_stored_document(client, reviewer):
    quoted = make_claims(ArticleFactory(title="Port reopens"), text="Forty ships waited near Odesa.",
                         claimant=Source.objects.create(name="Anna Berg", kind="person"))[0]
    other = make_claims(text="Three cranes were damaged.")[0]
    client.force_login(reviewer)
    for term, expected in (("Odesa", quoted), ("Berg", quoted), ("reopens", quoted), ("cranes", other)):
        response = client.get("/admin/claims/claim/", {"q": term})
        assert response.status_code == 200
        assert [c.pk for c in response.context["cl"].result_list] == [expected.pk], term
    assert list(client.get("/admin/claims/claim/", {"q": "qwertyzzyx"}).context["cl"].result_list) == []


@pytest.mark.parametrize("url", ["/admin/claims/claim/", "/admin/claims/claim/?q=ships", "/admin/claims/cluster/",
                                 "/admin/sources/article/", "/admin/sources/source/"])
def test_admin_lists_run_the_same_queries_for_one_row_or_many(client, staff, url):
    """No query per row: at a million claims a page must not fetch a cluster or an outlet per claim."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim, Cluster

    client.force_login(staff)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def add(n):
        for _ in range(n):
            claim = make_claims(text="Forty ships waited near Odesa.",
                                claimant=Source.objects.create(name=f"Person {Claim.objects.count()}"))[0]
            Claim.objects.filter(pk=claim.pk).update(cluster=Cluster.objects.create())

    add(1)
    once = queries()
    add(6)
    assert queries() == once


def test_the_outlet_filter_lists_outlets_that_published(client, staff):
    outlet = Source.objects.create(name="Harbour Gazette", kind="outlet")
    idle = Source.objects.create(name="Idle Outlet", kind="outlet")
    claim = make_claims(ArticleFactory(outlet=outlet), text="Forty ships waited.")[0]
    make_claims(text="Three cranes were damaged.")
    client.force_login(staff)
    page = client.get("/admin/claims/claim/").content.decode()
    assert "Harbour Gazette" in page and idle.name not in page
    response = client.get("/admin/claims/claim/", {"outlet": outlet.pk})
    assert [c.pk for c in response.context["cl"].result_list] == [claim.pk]
    assert list(client.get("/admin/claims/claim/", {"outlet": "x"}).context["cl"].result_list) == []


@pytest.mark.requires_postgres
def test_an_unfiltered_large_list_is_counted_from_the_planner_statistics(staff, monkeypatch):
    from django.db import connection

    from claims.models import Claim
    from tracker.admin import EstimatedCountPaginator

    make_claims(count=30)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    monkeypatch.setattr(EstimatedCountPaginator, "EXACT_BELOW", 10)
    assert EstimatedCountPaginator(Claim.objects.all(), 100).count == 30  # reltuples after ANALYZE
    assert EstimatedCountPaginator(Claim.objects.filter(status="verified"), 100).count == 0  # filtered: exact


def test_the_review_queue_shows_each_claim_in_full_with_its_status_source_and_repetition(client, reviewer):
    from claims.models import Claim, Cluster

    outlet = Source.objects.create(name="Harbour Gazette", kind="outlet")
    text = "Forty ships waited near Odesa on Monday, the port authority said in a statement to reporters."
    high = make_claims(ArticleFactory(outlet=outlet), text=text, checkworthiness=0.9)[0]
    low = make_claims(text="Three cranes were damaged.", checkworthiness=0.2)[0]
    cluster = Cluster.objects.create()
    Claim.objects.filter(pk=high.pk).update(cluster=cluster)
    client.force_login(reviewer)
    response = client.get("/admin/claims/claim/")
    page = response.content.decode()
    assert text in page  # in full, not cut at 80 characters
    assert '<span class="claim-status claim-status-unverified">Unverified</span>' in page
    assert "Harbour Gazette" in page and "1 claims" in page
    assert [c.pk for c in response.context["cl"].result_list] == [high.pk, low.pk]  # most check-worthy first
    for band, expected in (("high", [high.pk]), ("low", [low.pk]), ("medium", []), ("bogus", [])):
        listed = client.get("/admin/claims/claim/", {"worth": band}).context["cl"].result_list
        assert [c.pk for c in listed] == expected, band
    assert "claims/admin.css" in page
