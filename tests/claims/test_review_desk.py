"""The review desk in the admin: dashboard, queue order, claim page, article page, source page, safety."""

import re

import pytest
from django.core.management import call_command

from claims.matching import match_unindexed
from claims.models import Claim, ClaimEvent, Cluster, Conflict, Origin
from claims.services import Actor, claim_set_status
from sources.models import Article, ImportRun
from tests.claims.test_admin import change_url, form_data
from tests.conftest import MANIFEST, SEEDS
from tests.factories import ArticleFactory, SourceFactory, make_claim, make_claims

pytestmark = pytest.mark.django_db
NOTE = "Other reports give a different figure."
EVIDENCE = [{"url": "https://example.org/report", "note": "the report"}]


def verdict(claim, status, user):
    return claim_set_status(claim_id=claim.pk, status=status, note=NOTE, evidence=EVIDENCE,
                            actor=Actor(origin=Origin.ADMIN, user=user))


def links(page: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(r'href="([^"]+)"', page)]


@pytest.fixture
def clustered(seeded):
    match_unindexed()


# --- dashboard ---------------------------------------------------------------------------------------------

def test_the_dashboard_shows_what_awaits_review_most_check_worthy_first(client, reviewer):
    low = make_claim(text="Officials said 10 ships waited at the port.", checkworthiness=0.3)
    high = make_claim(text="The minister said 900 troops crossed the border.", checkworthiness=0.95)
    done = make_claim(text="The agency said 50 trucks were stopped.", checkworthiness=0.99)
    verdict(done, "verified", reviewer)
    client.force_login(reviewer)
    page = client.get("/admin/").content.decode()

    awaiting = page[page.index('id="desk-awaiting"'):page.index('id="desk-repeated"')]
    assert awaiting.index(high.text) < awaiting.index(low.text)
    assert done.text not in awaiting  # reviewed: not awaiting
    assert f"/admin/claims/claim/{high.pk}/change/" in awaiting
    # Recent verdicts say who and when.
    recent = page[page.index('id="desk-verdicts"'):]
    assert "rita" in recent and "Verified" in recent


def test_every_dashboard_link_opens_the_list_it_counts(client, reviewer, clustered):
    client.force_login(reviewer)
    page = client.get("/admin/").content.decode()
    unverified = Claim.objects.filter(status="unverified").count()
    assert re.search(rf"Unverified</span>\s*<strong>{unverified}</strong>", page)
    followed = 0
    for href in links(page):
        if "?" in href and href.startswith("/admin/"):
            response = client.get(href)
            assert response.status_code == 200, href
            assert "?e=1" not in response.get("Location", ""), href  # an unknown filter: the admin's error
            followed += 1
    assert followed >= 6
    awaiting = client.get("/admin/claims/claim/?status__exact=unverified").content.decode()
    assert f"{unverified} result" in awaiting or f"{unverified} claims" in awaiting


def test_the_dashboard_lists_open_conflicts_and_clusters_to_confirm(client, reviewer, clustered):
    client.force_login(reviewer)
    page = client.get("/admin/").content.decode()
    open_conflicts = Conflict.objects.filter(explained=False)
    assert open_conflicts.exists(), "the seeds' troop figures conflict"
    assert re.search(rf'id="desk-conflicts">\s*<span>Open conflicts</span><strong>{open_conflicts.count()}<', page)
    assert f"/admin/claims/conflict/{open_conflicts.order_by('-id').first().pk}/change/" in page
    suggested = Cluster.objects.filter(state="suggested").count()
    assert re.search(rf'id="desk-to-confirm">\s*<span>Clusters to confirm</span><strong>{suggested}<', page)


def test_the_dashboard_shows_the_last_import_runs_with_their_failures(client, reviewer, tmp_path):
    (tmp_path / "good.txt").write_text("Officials said on Monday that 40 ships waited outside the port.\n")
    (tmp_path / "bad.txt").write_bytes(b"")
    with pytest.raises(SystemExit):  # a file failed: the command's exit status says so
        call_command("import_articles", str(tmp_path), verbosity=0)
    run = ImportRun.objects.latest("id")
    assert run.failures
    client.force_login(reviewer)
    page = client.get("/admin/").content.decode()
    runs = page[page.index('id="desk-runs"'):]
    assert f"/admin/sources/importrun/{run.pk}/change/" in runs
    assert run.get_state_display() in runs
    assert f"{len(run.failures)} failed" in runs
    # The article knows the run it came from, and its page links to it.
    article = Article.objects.get(external_id="good.txt")
    assert article.import_run_id == run.pk
    article_page = client.get(f"/admin/sources/article/{article.pk}/change/").content.decode()
    assert f"/admin/sources/importrun/{run.pk}/change/" in article_page


def test_the_dashboard_and_queue_cost_the_same_queries_for_many_claims(client, staff, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(staff)

    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    make_claims(count=2)
    few = queries("/admin/"), queries("/admin/claims/claim/")
    for _ in range(6):
        make_claims(count=5, claimant=SourceFactory(kind="person"))
    assert (queries("/admin/"), queries("/admin/claims/claim/")) == few


# --- the queue and "next" ------------------------------------------------------------------------------------

def test_the_queue_puts_unreviewed_and_most_check_worthy_claims_first(client, reviewer):
    reviewed = make_claim(text="The agency said 50 trucks were stopped.", checkworthiness=0.99)
    verdict(reviewed, "contradicted", reviewer)
    mid = make_claim(text="Officials said 10 ships waited at the port.", checkworthiness=0.5)
    top = make_claim(text="The minister said 900 troops crossed the border.", checkworthiness=0.9)
    client.force_login(reviewer)
    page = client.get("/admin/claims/claim/").content.decode()
    order = [page.index(claim.text) for claim in (top, mid, reviewed)]
    assert order == sorted(order)
    assert 'class="claim-status claim-status-contradicted"' in page


def test_next_unreviewed_walks_the_queue_and_ends_on_the_list(client, reviewer):
    first = make_claim(text="The minister said 900 troops crossed the border.", checkworthiness=0.9)
    reviewed = make_claim(text="The agency said 50 trucks were stopped.", checkworthiness=0.7)
    verdict(reviewed, "verified", reviewer)
    second = make_claim(text="Officials said 10 ships waited at the port.", checkworthiness=0.5)
    client.force_login(reviewer)
    page = client.get(change_url(first)).content.decode()
    assert f'href="/admin/claims/claim/{first.pk}/next/" id="next-unreviewed"' in page
    response = client.get(f"/admin/claims/claim/{first.pk}/next/")
    assert response["Location"] == change_url(second)  # skips the reviewed claim
    response = client.get(f"/admin/claims/claim/{second.pk}/next/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/claims/claim/?status__exact=unverified"
    assert "the queue is done" in response.content.decode()
    assert client.get("/admin/claims/claim/999999/next/").status_code == 404


def test_save_and_next_records_the_verdict_and_opens_the_next_claim(client, reviewer):
    first = make_claim(text="The minister said 900 troops crossed the border.", checkworthiness=0.9)
    second = make_claim(text="Officials said 10 ships waited at the port.", checkworthiness=0.5)
    client.force_login(reviewer)
    response = client.post(change_url(first), form_data(client, first, new_status="contradicted", note=NOTE,
                                                        evidence="https://example.org/r the report",
                                                        _savenext="Save and next unreviewed"))
    assert response["Location"] == change_url(second)
    assert Claim.objects.get(pk=first.pk).status == "contradicted"


# --- the claim page --------------------------------------------------------------------------------------------

def test_the_claim_page_shows_its_cluster_and_conflict_side_by_side(client, reviewer, clustered):
    conflict = Conflict.objects.filter(kind="quantity").order_by("id").first()
    claim = Claim.objects.get(pk=conflict.values[0]["claim"])
    client.force_login(reviewer)
    page = client.get(change_url(claim)).content.decode()
    others = Claim.objects.filter(cluster=claim.cluster_id).exclude(pk=claim.pk)
    assert 'class="claim-cluster"' in page
    for other in others[:5]:
        assert f"/admin/claims/claim/{other.pk}/change/" in page
    panel = page[page.index('class="claim-conflict"'):]
    for value in conflict.values:
        assert str(value["value"]) in panel
    assert 'name="apply_to_cluster"' in page


def test_a_reviewer_gives_the_whole_cluster_the_verdict_from_one_claim(client, reviewer, clustered):
    cluster = Cluster.objects.filter(claim_count__gte=2).order_by("id").first()
    claim = cluster.claims.order_by("id").first()
    client.force_login(reviewer)
    response = client.post(change_url(claim), form_data(client, claim, new_status="verified", note=NOTE,
                                                        apply_to_cluster="on", _continue="1"))
    assert response.status_code == 302
    statuses = set(Claim.objects.filter(cluster=cluster, present=True).values_list("status", flat=True))
    assert statuses == {"verified"}
    assert ClaimEvent.objects.filter(claim__cluster=cluster, action="status_changed", actor_name="rita").count() \
        == cluster.claims.filter(present=True).count()


def test_an_editor_takes_a_claim_out_of_its_cluster_and_has_no_status_form(client, editor, clustered):
    claim = Claim.objects.exclude(cluster=None).order_by("id").first()
    client.force_login(editor)
    page = client.get(change_url(claim)).content.decode()
    assert 'name="new_status"' not in page and 'name="apply_to_cluster"' not in page
    response = client.post(change_url(claim), form_data(client, claim, _uncluster="1"))
    assert response["Location"] == change_url(claim)
    claim.refresh_from_db()
    assert claim.cluster_id is None and claim.cluster_locked
    assert ClaimEvent.objects.filter(claim=claim, actor_name="eddie").exists()


def test_a_reader_without_status_permission_gets_no_buttons(client, reviewer, editor):
    claim = make_claim()
    client.force_login(reviewer)
    page = client.get(change_url(claim)).content.decode()
    assert 'name="_uncluster"' not in page  # a reviewer cannot change clusters


# --- the article page and the source page --------------------------------------------------------------------

def test_the_article_page_marks_every_claim_in_its_status_colour(client, reviewer, seeded):
    article = Article.objects.order_by("id").first()
    claims = list(Claim.objects.filter(article=article, present=True).order_by("start"))
    verdict(claims[0], "contradicted", reviewer)
    client.force_login(reviewer)
    page = client.get(f"/admin/sources/article/{article.pk}/change/").content.decode()
    marks = re.findall(r'<a class="claim-mark claim-mark-(\w+)" href="/admin/claims/claim/(\d+)/change/"', page)
    assert marks[0] == ("contradicted", str(claims[0].pk))
    assert {int(pk) for _, pk in marks} == {c.pk for c in claims if not any(
        o.start < c.start < o.end for o in claims)}
    assert article.outlet.name in page


def test_the_source_page_has_its_scorecard_and_links_to_its_claims(client, reviewer, seeded):
    from sources.models import Source

    outlet = Source.objects.filter(article_count__gt=0).order_by("id").first()
    claim = Claim.objects.filter(article__outlet=outlet).order_by("id").first()
    verdict(claim, "verified", reviewer)
    client.force_login(reviewer)
    page = client.get(f"/admin/sources/source/{outlet.pk}/change/").content.decode()
    assert "Claims in its articles (as outlet)" in page
    assert f"/admin/claims/claim/?outlet={outlet.pk}&amp;status__exact=verified" in page
    listed = client.get(f"/admin/claims/claim/?outlet={outlet.pk}&status__exact=verified").content.decode()
    assert claim.text[:40] in listed


# --- safety ----------------------------------------------------------------------------------------------------

def test_user_text_is_escaped_everywhere_it_is_shown(client, reviewer):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    outlet = SourceFactory(name=f"Evil {hostile}")
    article = ArticleFactory(outlet=outlet, title=f"Title {hostile}",
                             body=f"Officials said 40 ships waited. {hostile} More text follows here.")
    claim = make_claims(article=article, text=article.body)[0]
    claim_set_status(claim_id=claim.pk, status="contradicted", note=f"Note {hostile}",
                     evidence=[{"url": "https://example.org/a", "note": hostile}],
                     actor=Actor(origin=Origin.ADMIN, user=reviewer))
    client.force_login(reviewer)
    for path in ("/admin/", "/admin/claims/claim/", change_url(claim), f"/admin/sources/article/{article.pk}/change/",
                 f"/admin/sources/source/{outlet.pk}/change/"):
        page = client.get(path).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page, path
        assert "&lt;script&gt;" in page, path


def test_an_evidence_url_that_is_not_http_is_refused_and_never_a_link(client, reviewer):
    from tracker.admin import safe_link

    claim = make_claim()
    client.force_login(reviewer)
    response = client.post(change_url(claim), form_data(client, claim, new_status="contradicted", note=NOTE,
                                                        evidence="javascript:alert(1) look here"))
    assert response.status_code == 200
    assert "is not an http(s) URL" in response.content.decode()
    assert claim.verdicts.count() == 1
    assert safe_link("javascript:alert(1)", "x") == "x"
    assert safe_link("HTTPS://example.org/a", "x").startswith('<a href="HTTPS://example.org/a"')


def test_the_admin_sends_a_policy_that_allows_no_inline_script(client, reviewer):
    client.force_login(reviewer)
    for path in ("/admin/", "/admin/claims/claim/", "/admin/login/"):
        policy = client.get(path)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        assert directives["script-src"] == "'self'", policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_the_seeds_story_can_be_reviewed_from_a_fresh_import(client, reviewer, tmp_path):
    """`make run`'s import: the dashboard has work on it straight away."""
    call_command("loaddata", "fixtures/sources.json", verbosity=0)
    call_command("import_articles", str(SEEDS), "--manifest", str(MANIFEST), verbosity=0)
    call_command("match_claims", verbosity=0)
    client.force_login(reviewer)
    page = client.get("/admin/").content.decode()
    awaiting = page[page.index('id="desk-awaiting"'):page.index('id="desk-repeated"')]
    assert awaiting.count("/admin/claims/claim/") >= 5
    assert "Nothing awaits review" not in awaiting


def test_every_change_page_opens_for_each_role(client, staff, reviewer, editor, clustered):
    from django.contrib import admin

    for user in (staff, reviewer, editor):
        client.force_login(user)
        for model, model_admin in admin.site._registry.items():
            obj = model.objects.order_by("pk").first()
            if obj is None or not model_admin.has_view_or_change_permission(type("R", (), {"user": user})()):
                continue
            meta = model._meta
            response = client.get(f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/change/")
            assert response.status_code == 200, (user.username, meta.label)


def test_the_api_docs_page_runs_no_inline_script(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    assert "script-src 'self';" in response["Content-Security-Policy"] + ";"
    page = response.content.decode()
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []  # every script is a file


def test_a_search_matching_more_than_the_cap_says_so_and_lists_the_newest(client, reviewer, monkeypatch):
    from tracker.admin import CappedCountPaginator

    monkeypatch.setattr(CappedCountPaginator, "CAP", 3)
    claims = make_claims(count=5, text="The minister said 900 troops crossed the border.")
    make_claim(text="Officials said 10 ships waited at the port.")
    client.force_login(reviewer)
    page = client.get("/admin/claims/claim/?q=troops").content.decode()
    assert "The newest 3 of more matches" in page
    listed = [int(pk) for pk in re.findall(r'/admin/claims/claim/(\d+)/change/', page)]
    assert listed[:3] == sorted((c.pk for c in claims), reverse=True)[:3]
    page = client.get("/admin/claims/claim/?q=ships").content.decode()
    assert "of more matches" not in page and "1 claim" in page


def test_the_queue_sorts_only_by_what_an_index_serves(client, reviewer):
    make_claims(count=2)
    client.force_login(reviewer)
    page = client.get("/admin/claims/claim/").content.decode()
    sortable = re.findall(r'<th scope="col" class="sortable[^"]*column-(\w+)', page)
    assert sortable == ["worth"]
