"""Reviewers teach the model: dismiss a claim as not check-worthy, promote a left-out sentence to a claim
(admin and API, both in history), and export_training_data writes those judgements in the training format."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Status
from claims.services import DISMISSED, PROMOTED
from tests.factories import ArticleFactory, make_claims

pytestmark = pytest.mark.django_db
BODY = ("The ministry said 12,000 soldiers crossed the border on Monday. The weather was mild. "
        "Officials expect more talks next week.")


@pytest.fixture
def article(db):
    article = ArticleFactory(body=BODY)
    make_claims(article=article, text=BODY[:63])  # the first sentence is a claim
    return article


def test_a_reviewer_dismisses_and_promotes_through_the_api_and_it_is_in_the_history(article, reviewer_api, api):
    claim = Claim.objects.get(article=article)
    response = reviewer_api.post(f"/api/v1/claims/{claim.pk}/dismiss/", {"note": "A logistics detail."},
                                 format="json")
    assert response.status_code == 200 and response.json()["checkworthiness"] == 0
    entry = api.get(f"/api/v1/claims/{claim.pk}/history/").json()[-1]
    assert entry["reason"] == f"{DISMISSED}: A logistics detail." and entry["actor"] == "rita"
    start = BODY.index("Officials")
    promoted = reviewer_api.post(f"/api/v1/articles/{article.pk}/promote/", {"start": start, "end": len(BODY)},
                                 format="json")
    assert promoted.status_code == 201, promoted.content
    new = promoted.json()
    assert new["text"] == "Officials expect more talks next week." and PROMOTED in new["reasons"]
    created = api.get(f"/api/v1/claims/{new['id']}/history/").json()[0]
    assert (created["action"], created["actor"], created["origin"]) == ("created", "rita", "api")


@pytest.mark.parametrize("body", [{"start": 0, "end": 20}, {"start": 50, "end": 10}, {"start": 0, "end": 10**6},
                                  {"start": -1, "end": 5}, {"start": "a", "end": 5}, {}])
def test_promotion_refuses_overlaps_and_impossible_spans(article, reviewer_api, body):
    response = reviewer_api.post(f"/api/v1/articles/{article.pk}/promote/", body, format="json")
    assert response.status_code == 400 and response.json()["detail"]
    assert Claim.objects.filter(article=article).count() == 1


def test_only_reviewers_judge_and_a_checked_claim_stays(article, api, reader, reviewer_api):
    claim = Claim.objects.get(article=article)
    api.force_authenticate(reader)
    assert api.post(f"/api/v1/claims/{claim.pk}/dismiss/", {}, format="json").status_code == 403
    assert api.post(f"/api/v1/articles/{article.pk}/promote/", {"start": 64, "end": 87},
                    format="json").status_code == 403
    reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", {"status": "verified", "note": "Ministry figures."},
                      format="json")
    refused = reviewer_api.post(f"/api/v1/claims/{claim.pk}/dismiss/", {}, format="json")
    assert refused.status_code == 400 and Claim.objects.get(pk=claim.pk).checkworthiness > 0


def test_the_admin_dismisses_and_promotes(article, reviewer, client):
    client.force_login(reviewer)
    claim = Claim.objects.get(article=article)
    client.post(reverse("admin:claims_claim_changelist"), {"action": "dismiss_action", "_selected_action": [claim.pk],
                                                           "apply": "1", "note": ""}, follow=True)
    assert Claim.objects.get(pk=claim.pk).checkworthiness == 0
    assert ClaimEvent.objects.filter(claim=claim, reason=DISMISSED).exists()
    page = client.get(reverse("admin:sources_article_change", args=[article.pk])).content.decode()
    assert "Make it a claim" in page and "The weather was mild." in page
    start = BODY.index("The weather")
    response = client.post(reverse("admin:sources_article_promote", args=[article.pk]),
                           {"_promote": f"{start}:{start + 21}"}, follow=True)
    assert "made of the sentence" in response.content.decode()
    assert Claim.objects.filter(article=article, text="The weather was mild.").exists()
    bad = client.post(reverse("admin:sources_article_promote", args=[article.pk]), {"_promote": "x:y"}, follow=True)
    assert "Not made a claim" in bad.content.decode()


def test_export_training_data_writes_the_judgements_in_the_training_format(article, reviewer_api, tmp_path):
    claim = Claim.objects.get(article=article)
    other = make_claims(text="The central bank raised rates to 4.5% on Tuesday.")[0]
    reviewer_api.post(f"/api/v1/claims/{claim.pk}/dismiss/", {}, format="json")
    reviewer_api.post(f"/api/v1/claims/{other.pk}/status/", {"status": "verified", "note": "Bank statement."},
                      format="json")
    start = BODY.index("Officials")
    promoted = reviewer_api.post(f"/api/v1/articles/{article.pk}/promote/", {"start": start, "end": len(BODY)},
                                 format="json").json()["id"]
    untouched = make_claims(text="Another sentence nobody judged, 5 times.")[0]
    out = tmp_path / "newsroom.tsv"
    call_command("export_training_data", "--out", str(out), verbosity=0)
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(int(r[0]), r[3]) for r in rows} == {(claim.pk, "0"), (other.pk, "1"), (promoted, "1")}
    assert untouched.pk not in {int(r[0]) for r in rows} and all(len(r) == 4 for r in rows)
    counts = io.StringIO()
    call_command("export_training_data", "--dry-run", stdout=counts)
    assert "3 judgements: 2 check-worthy, 1 not." in counts.getvalue()
    assert Claim.objects.get(pk=other.pk).status == Status.VERIFIED
