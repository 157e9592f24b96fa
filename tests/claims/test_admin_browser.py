"""A reviewer marks a claim contradicted in a real browser (Chromium driven by Playwright)."""

import os
import shutil

import pytest
from django.contrib.auth.models import User
from django.db import connections

from claims.models import Claim, ClaimEvent
from tests.conftest import MANIFEST, SEEDS, role

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM, reason="Chromium is not installed (apt-get install chromium)"),
]


@pytest.fixture
def browser_page(monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, where the test also uses the ORM.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        page = browser.new_page()
        yield page
        browser.close()
        # ORM calls made inside Playwright's context get their own connection: close it here, in that context.
        connections.close_all()


@pytest.fixture
def imported(live_db, known_sources):
    from sources.importer.manifest import load_manifest
    from sources.importer.pipeline import ArticleImporter

    importer = ArticleImporter(manifest=load_manifest(MANIFEST), started_by="e2e")
    importer.import_file(SEEDS / "003_f60ae1c950f49685.txt")
    user = User.objects.create_user("rita", password="correct horse battery", is_staff=True)
    user.groups.add(role("Reviewers"))
    return Claim.objects.get(text__contains="up to 8,000")


def test_a_reviewer_contradicts_a_claim_in_the_admin(live_server, imported, browser_page, tmp_path):
    page = browser_page
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "rita")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/claims/claim/{imported.pk}/change/")

    assert "up to 8,000" in page.inner_text("mark")
    page.select_option("#id_new_status", "contradicted")
    page.fill("#id_note", "Other reports put the figure at 10,000 to 12,000.")
    page.fill("#id_evidence", "https://example.org/isw-assessment ISW assessment")
    page.click("input[name=_continue]")

    assert "Status set to contradicted" in page.inner_text(".messagelist")
    page.screenshot(path=os.environ.get("E2E_SCREENSHOT", str(tmp_path / "claim.png")), full_page=True)
    assert "Contradicted" in page.inner_text(".field-status")
    event = ClaimEvent.objects.filter(claim=imported).latest("id")
    assert (event.action, event.to_status, event.origin, event.actor_name) == ("status_changed", "contradicted", "admin",
                                                                                "rita")
    assert event.evidence == [{"url": "https://example.org/isw-assessment", "note": "ISW assessment"}]

