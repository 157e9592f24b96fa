"""Publishing a verdict: the API and service, the public page with its ClaimReview, corrections, withdrawal,
auto-publishing, cluster fact checks, and what the database refuses."""

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator

from claims.models import Claim, Origin
from claims.services import Actor, cluster_set_status
from publishing.claimreview import CLAIM_REVIEW_SCHEMA
from publishing.models import FactCheck
from sources.models import Source
from tests.factories import ArticleFactory, make_claim, make_claims
from tests.publishing.conftest import SITE, VERDICT, give_verdict

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld_blocks(html: str) -> list[dict]:
    return [json.loads(block) for block in LD_JSON.findall(html)]


def publish(client, claim, **body):
    return client.post(f"/api/v1/claims/{claim.pk}/publish/", body, format="json")


@pytest.fixture
def reported(db):
    person = Source.objects.create(name="Anna Berg", kind="person")
    outlet = Source.objects.create(name="The Daily Example", kind="outlet")
    article = ArticleFactory(outlet=outlet, title="Troops cross the border", url="https://news.example.com/a1",
                             published_at=datetime.fromisoformat("2024-10-14T08:00:00+00:00"))
    return make_claims(article=article, text="10,000 soldiers crossed the border on Monday, Anna Berg said.",
                       claimant=person)[0]


def test_a_reviewer_publishes_and_the_page_carries_one_valid_claimreview(publishing, reviewer, reviewer_api, api,
                                                                         reported):
    give_verdict(reported, reviewer)
    response = publish(reviewer_api, reported)
    assert response.status_code == 200, response.content
    body = response.json()
    page = body["page"]
    assert page == f"{SITE}/fact-checks/{body['fact_check']}/"
    assert (body["status"], body["live"], body["changed"]) == ("contradicted", True, True)

    html = api.get(f"/fact-checks/{body['fact_check']}/").content.decode()
    for shown in ("10,000 soldiers crossed the border on Monday", "Anna Berg", "The Daily Example",
                  "Troops cross the border", "https://news.example.com/a1", "Contradicted",
                  "gives 8,000 in Kursk", "https://ministry.example.gov/statement", "First published"):
        assert shown.replace("'", "&#x27;") in html, shown
    [review] = json_ld_blocks(html)
    assert not list(Draft202012Validator(CLAIM_REVIEW_SCHEMA).iter_errors(review))
    assert review["url"] == page
    assert review["author"] == {"@type": "Organization", "name": "Example Fact Desk",
                                "url": "https://www.factdesk.example.org/about"}
    assert review["reviewRating"]["ratingValue"] == 1 and review["reviewRating"]["alternateName"] == "Contradicted"
    assert review["reviewBody"] == VERDICT["note"]
    assert review["citation"] == [{"@type": "CreativeWork", "url": "https://ministry.example.gov/statement",
                                   "name": "Ministry statement"}]
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Anna Berg"}
    assert item["datePublished"] == "2024-10-14"
    assert item["firstAppearance"]["url"] == "https://news.example.com/a1"
    # The API's ClaimReview is the published one.
    assert api.get(f"/api/v1/claims/{reported.pk}/claimreview/").json() == review


def test_published_dates_never_move_and_a_changed_rating_is_a_correction(publishing, reviewer, reviewer_api, api,
                                                                         reported):
    give_verdict(reported, reviewer)
    first = publish(reviewer_api, reported).json()
    again = publish(reviewer_api, reported).json()
    assert again["changed"] is False and again["modified_at"] == first["modified_at"]
    give_verdict(reported, reviewer, status="verified", evidence=[],
                 note="The ministry corrected its statement: 10,000 is right.")
    corrected = publish(reviewer_api, reported, note="The ministry corrected its own figure.").json()
    assert corrected["first_published_at"] == first["first_published_at"]
    assert corrected["modified_at"] > first["modified_at"]
    assert corrected["claim_review"]["datePublished"] == first["claim_review"]["datePublished"]
    assert corrected["claim_review"]["reviewRating"]["alternateName"] == "Verified"
    html = api.get(f"/fact-checks/{first['fact_check']}/").content.decode()
    assert "Rating corrected" in html and "from contradicted to verified" in html
    assert "The ministry corrected its own figure." in html
    assert len(json_ld_blocks(html)) == 1


def test_a_withdrawn_fact_check_keeps_its_page_saying_so(publishing, reviewer, reviewer_api, api, reported):
    give_verdict(reported, reviewer)
    fact_check = publish(reviewer_api, reported).json()["fact_check"]
    refused = reviewer_api.post(f"/api/v1/claims/{reported.pk}/unpublish/", {"note": "no"}, format="json")
    assert refused.status_code == 400 and "note" in refused.json()["errors"]
    response = reviewer_api.post(f"/api/v1/claims/{reported.pk}/unpublish/",
                                 {"note": "The source of the evidence retracted it."}, format="json")
    assert response.status_code == 200 and response.json()["live"] is False
    assert response.json()["claim_review"] is None
    page = api.get(f"/fact-checks/{fact_check}/")
    html = page.content.decode()
    assert page.status_code == 200 and "Withdrawn on" in html and "retracted it" in html
    assert json_ld_blocks(html) == [] and 'name="robots" content="noindex"' in html
    assert api.get(f"/api/v1/claims/{reported.pk}/claimreview/").status_code == 410
    assert f"/fact-checks/{fact_check}/" not in api.get("/fact-checks/").content.decode()
    # Publishing again republishes the same page, first publication date kept.
    again = publish(reviewer_api, reported).json()
    assert (again["fact_check"], again["live"]) == (fact_check, True)
    assert "Republished" in api.get(f"/fact-checks/{fact_check}/").content.decode()


@pytest.mark.parametrize("who,expected", [("anonymous", 401), ("reader", 403)])
def test_only_reviewers_publish(publishing, reviewer, reader, api, reported, who, expected):
    give_verdict(reported, reviewer)
    if who == "reader":
        api.force_authenticate(reader)
    assert publish(api, reported).status_code == expected
    assert api.post(f"/api/v1/claims/{reported.pk}/unpublish/", {"note": "Withdrawn for a reason."},
                    format="json").status_code == expected
    assert not FactCheck.objects.exists()


def test_only_a_verdict_is_published_and_nothing_while_publishing_is_off(settings, publishing, reviewer_api, api,
                                                                          reviewer, reported):
    response = publish(reviewer_api, reported)
    assert response.status_code == 400 and "this claim is unverified" in response.json()["errors"]["status"][0]
    assert publish(reviewer_api, reported, extra="x").status_code == 400
    assert reviewer_api.post("/api/v1/claims/999999/publish/", {}, format="json").status_code == 404
    give_verdict(reported, reviewer)
    settings.CLAIMTRACK_PUBLISHING = False
    response = publish(reviewer_api, reported)
    assert response.status_code == 400 and "Publishing is off" in response.json()["detail"]
    for path in ("/fact-checks/", "/fact-checks/feed/", "/sitemap.xml", "/fact-checks/datafeed.json"):
        assert api.get(path).status_code == 404, path


def test_auto_publish_publishes_every_verdict_but_never_an_import(publishing, reviewer, api):
    publishing.CLAIMTRACK_AUTO_PUBLISH = True
    from django.core.management import call_command

    call_command("import_articles", str(ROOT / "seeds"), "--manifest", str(ROOT / "fixtures/seeds_manifest.json"),
                 verbosity=0)
    assert Claim.objects.count() > 10 and not FactCheck.objects.exists()
    claim = Claim.objects.order_by("id").first()
    give_verdict(claim, reviewer)
    assert FactCheck.objects.filter(covered__claim=claim, withdrawn_at=None).count() == 1
    give_verdict(claim, reviewer, status="unverified", evidence=[], note="")
    assert FactCheck.objects.get(covered__claim=claim).withdrawn_at is not None


def test_a_cluster_verdict_is_one_fact_check_for_its_claims(publishing, reviewer, api, db):
    publishing.CLAIMTRACK_AUTO_PUBLISH = True
    from claims.models import Cluster

    text = "The central bank raised its main rate to 4.5% on Tuesday, governor Ana Costa said."
    claims = [make_claim(text=text, article=ArticleFactory(title=f"Report {i}", url=f"https://n{i}.example.com/r"))
              for i in range(3)]
    cluster = Cluster.objects.create()
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(cluster=cluster)
    cluster_set_status(cluster_id=cluster.pk, actor=Actor(origin=Origin.ADMIN, user=reviewer),
                       status="verified", note="The bank's own statement confirms the rate.")
    fact_check = FactCheck.objects.get()
    assert fact_check.cluster_id == cluster.pk and fact_check.covered.count() == 3
    html = api.get(f"/fact-checks/{fact_check.pk}/").content.decode()
    [review] = json_ld_blocks(html)
    assert [a["url"] for a in review["itemReviewed"]["appearance"]] == [f"https://n{i}.example.com/r" for i in range(3)]
    for claim in claims:
        assert api.get(f"/api/v1/claims/{claim.pk}/claimreview/").json()["url"] == review["url"]


def test_hostile_text_is_escaped_and_cannot_close_the_json_ld_block(publishing, reviewer, reviewer_api, api):
    hostile = 'He said "</script><script>alert(1)</script><!--" and <b>10,000</b> & more.'
    claim = make_claim(text=hostile)
    give_verdict(claim, reviewer, note='Rationale with </script><img src=x onerror=alert(1)> inside it.')
    fact_check = publish(reviewer_api, claim).json()["fact_check"]
    html = api.get(f"/fact-checks/{fact_check}/").content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>10,000</b>" not in html
    assert html.count("</script>") == 1  # the JSON-LD block's own end
    [review] = json_ld_blocks(html)
    assert review["claimReviewed"] == hostile


def test_the_database_keeps_the_first_publication_date_and_the_corrections(publishing, reviewer, reviewer_api,
                                                                           reported):
    give_verdict(reported, reviewer)
    fact_check = publish(reviewer_api, reported).json()["fact_check"]
    for sql in ("UPDATE publishing_factcheck SET first_published_at = '2020-01-01 00:00:00' WHERE id = %s",
                "UPDATE publishing_correction SET note = 'rewritten' WHERE fact_check_id = %s",
                "DELETE FROM publishing_correction WHERE fact_check_id = %s",
                "UPDATE publishing_factcheck SET rationale = '' WHERE id = %s"):
        with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [fact_check])


def test_pages_take_a_fixed_number_of_queries(publishing, reviewer, reviewer_api, api):
    def published(count):
        for _ in range(count):
            claim = make_claim()
            give_verdict(claim, reviewer)
            publish(reviewer_api, claim)

    published(2)
    with CaptureQueriesContext(connection) as few:
        assert api.get("/fact-checks/").status_code == 200
        assert api.get("/fact-checks/datafeed.json").status_code == 200
        b"".join(api.get("/fact-checks/datafeed.json").streaming_content)
    published(6)
    with CaptureQueriesContext(connection) as more:
        assert api.get("/fact-checks/").status_code == 200
        assert api.get("/fact-checks/datafeed.json").status_code == 200
        b"".join(api.get("/fact-checks/datafeed.json").streaming_content)
    assert len(more) == len(few)


def test_publishing_refuses_to_start_without_an_author_and_a_site(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "CLAIMTRACK_PUBLISHING": "true", "DJANGO_SETTINGS_MODULE": "tracker.settings",
           "DEBUG": "true", "CLAIMTRACK_ORGANIZATION_URL": "https://factdesk.example.org"}
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "CLAIMTRACK_SITE_URL must be an absolute http(s) URL" in result.stderr
    env["CLAIMTRACK_SITE_URL"] = "https://factcheck.example.org"
    assert subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env,
                          capture_output=True).returncode == 0


def test_the_admin_publishes_what_it_can_and_says_what_it_refused(publishing, reviewer, client, reported):
    from django.urls import reverse

    unverified = make_claim()
    give_verdict(reported, reviewer)
    client.force_login(reviewer)
    page = client.post(reverse("admin:claims_claim_changelist"),
                       {"action": "publish_action", "_selected_action": [reported.pk, unverified.pk], "apply": "1",
                        "note": ""}, follow=True).content.decode()
    assert "Published: fact check" in page and f"#{unverified.pk}: " in page and "this claim is unverified" in page
    fact_check = FactCheck.objects.get()
    claim_page = client.get(reverse("admin:claims_claim_change", args=[reported.pk])).content.decode()
    assert f"Fact check #{fact_check.pk}</a>: Contradicted, since" in claim_page
    assert f"{SITE}/fact-checks/{fact_check.pk}/" in claim_page
    assert "Not published" in client.get(reverse("admin:claims_claim_change", args=[unverified.pk])).content.decode()
    refused = client.post(reverse("admin:claims_claim_changelist"),
                          {"action": "withdraw_action", "_selected_action": [reported.pk], "apply": "1", "note": ""})
    assert refused.status_code == 200 and "This field is required" in refused.content.decode()
    assert FactCheck.objects.get().live
