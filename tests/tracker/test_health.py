"""/healthz and /readyz for orchestrators (docker-compose's healthcheck uses /readyz)."""

import pytest
from django.db import connection

import tracker.health

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert client.post("/healthz").status_code == 405


def test_readyz_checks_database_migrations_and_cache(client, monkeypatch):
    monkeypatch.setattr(tracker.health, "_migrated", False)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "migrations": "ok", "cache": "ok"}}


def test_readyz_is_503_while_a_migration_is_pending(client, monkeypatch):
    monkeypatch.setattr(tracker.health, "_migrated", False)
    with connection.cursor() as cursor:  # as if the code were newer than the schema (rolled back after)
        cursor.execute("DELETE FROM django_migrations WHERE app = 'claims' AND name = "
                       "(SELECT max(name) FROM django_migrations WHERE app = 'claims')")
    response = client.get("/readyz")
    assert response.status_code == 503 and response["Retry-After"] == "5"
    assert response.json()["checks"]["migrations"] == "1 migrations not applied"


def test_readyz_is_503_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:1/0"}}  # nothing listens on port 1
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not ready" and body["checks"]["cache"].startswith("ConnectionError")
    assert body["checks"]["database"] == "ok"


def test_probes_are_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/admin/login/").status_code == 301


def test_compose_checks_the_web_service_with_readyz():
    from tests.tracker.test_compose import SERVICES

    assert "/readyz" in " ".join(SERVICES["web"]["healthcheck"]["test"])
