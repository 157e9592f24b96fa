"""Request bodies over MAX_REQUEST_BYTES get 413 before anything reads them, and nothing is written."""

import pytest

from claims.models import VerificationStatus
from tests.factories import make_claim

pytestmark = pytest.mark.django_db


def test_an_oversized_api_body_is_413_json_and_writes_nothing(reviewer_api, settings):
    claim = make_claim()
    note = "x" * (settings.MAX_REQUEST_BYTES + 1)
    response = reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", {"status": "verified", "note": note},
                                 format="json")
    assert response.status_code == 413
    assert "over the limit" in response.json()["detail"]
    assert VerificationStatus.objects.filter(claim=claim).count() == 1


def test_a_body_under_the_limit_goes_through(reviewer_api):
    claim = make_claim()
    response = reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/",
                                 {"status": "verified", "note": "Checked against the ministry's table." * 100},
                                 format="json")
    assert response.status_code == 200


def test_an_oversized_admin_form_is_413(client, reviewer, settings):
    client.force_login(reviewer)
    response = client.post("/admin/login/", {"username": "x" * (settings.MAX_REQUEST_BYTES + 10)})
    assert response.status_code == 413 and response["Content-Type"].startswith("text/plain")


def test_a_malformed_content_length_is_not_a_crash(client):
    assert client.get("/healthz", CONTENT_LENGTH="abc").status_code == 200
