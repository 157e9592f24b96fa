"""Every kind of response carries the security headers: admin pages, API JSON, errors and probes."""

import pytest

pytestmark = pytest.mark.django_db
PATHS = ["/admin/login/", "/api/v1/claims/", "/api/v1/claims/999999/", "/healthz", "/no-such-page/"]


@pytest.mark.parametrize("path", PATHS)
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy


def test_hsts_is_sent_over_https_in_production_settings(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/healthz", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000; includeSubDomains")
    assert "Strict-Transport-Security" not in client.get("/healthz")  # never over plain HTTP
