"""The review desk in a real browser: Debian's Chromium driven by Playwright, against a live server.

Each test runs on the database the suite runs on (SQLite, and PostgreSQL in CI's second run). Every page
is watched for dialogs (an executed alert) and for Content-Security-Policy violations; screenshots of the
dashboard, the queue, a claim page and an article page land in var/screenshots/ (git-ignored).
"""

import os
import re
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import connection, connections

from claims.matching import match_unindexed
from claims.models import Claim, ClaimEvent, Cluster
from sources.models import Article, Source
from tests.conftest import MANIFEST, SEEDS, role

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PASSWORD = "correct horse battery"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM, reason="Chromium is not installed (apt-get install chromium)"),
]


class Watched:
    """A page plus what it did that it must not: dialogs opened, CSP violations, script errors."""

    def __init__(self, page):
        self.page = page
        self.dialogs: list[str] = []
        self.violations: list[str] = []
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda message: self.violations.append(message.text)
                if message.type == "error" and not message.text.startswith("Failed to load resource") else None)
        page.on("response", lambda response: self.violations.append(f"{response.status} {response.url}")
                if response.status >= 400 and not response.url.endswith("/favicon.ico") else None)
        page.on("pageerror", lambda error: self.violations.append(str(error)))

    def login(self, base: str, username: str) -> None:
        self.page.goto(f"{base}/admin/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.page.click("input[type=submit]")
        self.page.wait_for_url(f"{base}/admin/")

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=SCREENSHOTS / f"{name}-{connection.vendor}.png")  # what the window shows

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"
        assert self.violations == [], self.violations


def claim_on(page) -> Claim:
    return Claim.objects.get(pk=int(re.search(r"/claim/(\d+)/change/", page.url).group(1)))


@pytest.fixture
def browser(monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, where the test also uses the ORM.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()
        # ORM calls made inside Playwright's context get their own connection: close it here, in that context.
        connections.close_all()


@pytest.fixture
def laptop(browser):
    return Watched(browser.new_page(viewport={"width": 1366, "height": 768}))


def _user(username: str, group: str) -> User:
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(role(group))
    return user


@pytest.fixture
def story(live_db, known_sources):
    """The seeds imported and matched, as `make run` leaves them, with a reviewer and an editor."""
    from sources.importer.manifest import load_manifest
    from sources.importer.pipeline import ArticleImporter

    list(ArticleImporter(manifest=load_manifest(MANIFEST), started_by="e2e").run([SEEDS]))
    match_unindexed()
    _user("rita", "Reviewers")
    _user("eddie", "Editors")


def test_a_reviewer_works_through_the_queue_with_the_keyboard(live_server, story, laptop):
    page = laptop.page
    laptop.login(live_server.url, "rita")
    laptop.screenshot("dashboard")
    page.click("#awaiting-review")
    page.wait_for_url("**/admin/claims/claim/?status__exact=unverified")
    laptop.screenshot("queue")
    first_link = page.locator("#result_list tbody tr").first.locator("th a")
    first_text = first_link.inner_text()
    first_link.click()
    page.wait_for_selector("#claim_form")
    claim = claim_on(page)
    assert claim.status == "unverified" and claim.text == first_text
    assert claim.text in page.inner_text(".claim-context mark")

    page.keyboard.press("c")  # contradicted, and the cursor moves to the note
    assert page.eval_on_selector("#id_new_status", "el => el.value") == "contradicted"
    page.keyboard.type("Other reports put the figure higher.")
    page.keyboard.press("Tab")
    page.keyboard.type("https://example.org/isw-assessment ISW assessment")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(".messagelist")
    assert "Status set to contradicted" in page.inner_text(".messagelist")
    history = page.inner_text("#events-group") if page.locator("#events-group").count() else page.content()
    assert "contradicted" in history.lower() and "rita" in history
    laptop.screenshot("claim")
    event = ClaimEvent.objects.filter(claim=claim).latest("id")
    assert (event.action, event.to_status, event.origin, event.actor_name) == ("status_changed", "contradicted",
                                                                                "admin", "rita")
    assert event.evidence == [{"url": "https://example.org/isw-assessment", "note": "ISW assessment"}]

    page.keyboard.press("n")  # the next unreviewed claim
    page.wait_for_url(lambda url: f"/claim/{claim.pk}/" not in url)
    following = claim_on(page)
    assert following.status == "unverified" and following.checkworthiness <= claim.checkworthiness
    laptop.assert_clean()


def test_a_reviewer_gives_a_whole_cluster_one_verdict(live_server, story, laptop):
    cluster = Cluster.objects.filter(claim_count__gte=2).order_by("-claim_count", "id").first()
    claim = cluster.claims.order_by("id").first()
    page = laptop.page
    laptop.login(live_server.url, "rita")
    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    page.keyboard.press("v")
    page.keyboard.type("Confirmed by the defence ministry's briefing.")
    page.check("#id_apply_to_cluster")
    page.click("input[name=_continue]")
    assert f"claims of cluster #{cluster.pk}" in page.inner_text(".messagelist")
    page.goto(f"{live_server.url}/admin/claims/cluster/{cluster.pk}/change/")
    statuses = page.locator("td.field-status").all_inner_texts()
    assert len(statuses) == cluster.claims.filter(present=True).count()
    assert set(statuses) == {"Verified"}
    page.goto(f"{live_server.url}/admin/sources/article/{claim.article_id}/change/")
    page.click(f".article-body a[href$='/claim/{claim.pk}/change/']")  # a marked claim opens its page
    page.wait_for_url(f"**/admin/claims/claim/{claim.pk}/change/")
    page.go_back()
    assert page.locator(".article-body .claim-mark-verified").count() >= 1
    laptop.screenshot("article")
    laptop.assert_clean()


def test_an_editor_merges_sources_confirms_a_cluster_and_splits_a_claim_out(live_server, story, laptop):
    keep = Source.objects.create(name="Kyiv Post Desk", kind="outlet")
    dupe = Source.objects.create(name="Kyiv-Post Desk", kind="outlet")
    page = laptop.page
    laptop.login(live_server.url, "eddie")

    page.goto(f"{live_server.url}/admin/sources/source/?q=Desk")
    for source in (keep, dupe):
        page.check(f"input[name=_selected_action][value='{source.pk}']")
    page.select_option("select[name=action]", "merge_action")
    page.click("button[name=index]")
    page.select_option("#id_into", str(keep.pk))
    page.click("input[name=apply]")
    assert "Merged 'Kyiv-Post Desk' into 'Kyiv Post Desk'" in page.inner_text(".messagelist")
    assert not Source.objects.filter(pk=dupe.pk).exists()

    cluster = Cluster.objects.filter(state="suggested", claim_count__gte=2).order_by("id").first()
    page.goto(f"{live_server.url}/admin/claims/cluster/?state__exact=suggested")
    page.check(f"input[name=_selected_action][value='{cluster.pk}']")
    page.select_option("select[name=action]", "confirm_action")
    page.click("button[name=index]")
    assert "1 clusters confirmed" in page.inner_text(".messagelist")
    assert Cluster.objects.get(pk=cluster.pk).state == "confirmed"

    claim = cluster.claims.order_by("id").last()
    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    assert page.locator("#id_new_status").count() == 0  # editors never set a status
    page.click("#uncluster")
    assert f"Taken out of cluster #{cluster.pk}" in page.inner_text(".messagelist")
    claim.refresh_from_db()
    assert claim.cluster_id is None and claim.cluster_locked
    laptop.assert_clean()


def test_hostile_text_and_a_javascript_evidence_url_execute_nothing(live_server, story, laptop):
    hostile = "<script>alert('article')</script><img src=x onerror=\"alert('img')\">"
    article = Article.objects.order_by("id").first()
    Article.objects.filter(pk=article.pk).update(title=f"Breaking {hostile}", body=article.body + "\n" + hostile)
    Source.objects.filter(pk=article.outlet_id).update(name=f"Outlet {hostile}")
    claim = Claim.objects.filter(article=article).order_by("id").first()
    page = laptop.page
    laptop.login(live_server.url, "rita")

    page.goto(f"{live_server.url}/admin/sources/article/{article.pk}/change/")
    assert "<script>alert('article')</script>" in page.inner_text(".article-body")  # shown as text
    laptop.screenshot("article-hostile")
    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    page.select_option("#id_new_status", "contradicted")
    page.fill("#id_note", f"A note with markup {hostile}")
    page.fill("#id_evidence", "javascript:alert(1) click me")
    page.click("input[name=_continue]")
    assert "is not an http(s) URL" in page.inner_text(".errorlist")
    assert page.locator("a[href^='javascript']").count() == 0
    page.fill("#id_evidence", "data:text/html,<script>alert(1)</script> see this")
    page.click("input[name=_continue]")
    assert "is not an http(s) URL" in page.inner_text(".errorlist")
    page.fill("#id_evidence", f"https://example.org/report {hostile}")
    with page.expect_navigation():
        page.click("input[name=_continue]")
    assert f"A note with markup {hostile}" in page.inner_text("body")  # saved, and shown as text in the history
    for path in ("/admin/", "/admin/claims/claim/", f"/admin/sources/source/{article.outlet_id}/change/",
                 f"/admin/claims/claim/?q={article.title[:8]}", "/api/v1/docs/", f"/api/v1/claims/{claim.pk}/history/",
                 f"/api/v1/articles/{article.pk}/"):
        page.goto(live_server.url + path)
    assert page.locator("a[href^='javascript'], a[href^='data:']").count() == 0
    laptop.assert_clean()


def test_the_desk_passes_an_accessibility_check_on_a_laptop_and_a_phone(live_server, story, browser):
    from axe_playwright_python.sync_playwright import Axe

    claim = Claim.objects.exclude(cluster=None).order_by("id").first()
    pages = ["/admin/", "/admin/claims/claim/", f"/admin/claims/claim/{claim.pk}/change/",
             f"/admin/sources/article/{claim.article_id}/change/",
             f"/admin/sources/source/{claim.article.outlet_id}/change/"]
    axe = Axe()
    problems = []
    for viewport, scheme in (({"width": 1366, "height": 768}, "light"), ({"width": 390, "height": 844}, "dark")):
        # axe styles the elements it measures: let it (the other tests hold the pages to the CSP).
        context = browser.new_context(viewport=viewport, color_scheme=scheme, bypass_csp=True)
        watched = Watched(context.new_page())
        watched.login(live_server.url, "rita")
        for path in pages:
            watched.page.goto(live_server.url + path)
            results = axe.run(watched.page, options={"runOnly": ["wcag2a", "wcag2aa"]})
            problems += [(scheme, path, v["id"], v["help"], [n["target"] for n in v["nodes"][:3]])
                         for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
            # Nothing wider than the window: a phone scrolls down, not sideways (tables scroll in their box).
            overflow = watched.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, (scheme, path, overflow)
        if scheme == "dark":
            watched.page.goto(live_server.url + "/admin/")
            watched.screenshot("dashboard-phone-dark")
        watched.assert_clean()
    assert problems == [], "\n".join(map(str, problems))
