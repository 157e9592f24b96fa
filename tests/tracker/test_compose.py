"""docker-compose.yml cannot be run here (no Docker engine), so its shape is checked by parsing it."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]


def settings_variables() -> set[str]:
    text = "".join(p.read_text() for p in (ROOT / "tracker").glob("*.py"))
    return set(re.findall(r'env_\w+\("([A-Z_]+)"', text))


def test_it_defines_the_services():
    assert {"db", "migrate", "web", "importer", "webhooks"} <= set(SERVICES)


def test_a_worker_delivers_the_webhooks_as_the_least_privilege_role_after_migrating():
    worker = SERVICES["webhooks"]
    assert worker["command"] == ["python", "manage.py", "deliver_webhooks"]
    assert worker["environment"]["DATABASE_URL"].startswith("postgres://claimtrack_app:")
    assert worker["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert worker["restart"] == "unless-stopped"


def test_the_database_is_postgres_16_with_a_healthcheck_and_a_named_volume():
    db = SERVICES["db"]
    assert db["image"].startswith("postgres:16")
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume = db["volumes"][0].split(":")[0]
    assert volume in COMPOSE["volumes"]


def test_web_waits_for_a_healthy_db_and_a_finished_migration():
    depends = SERVICES["web"]["depends_on"]
    assert depends["db"]["condition"] == "service_healthy"
    assert depends["migrate"]["condition"] == "service_completed_successfully"
    assert "gunicorn" in " ".join(SERVICES["web"]["command"])


def test_the_importer_runs_on_an_interval_from_the_environment():
    importer = SERVICES["importer"]
    assert "IMPORT_INTERVAL_SECONDS" in importer["environment"]
    assert "import_articles" in " ".join(importer["command"])
    assert any(v.endswith(":/articles:ro") or ":/articles" in v for v in importer["volumes"])


def test_every_variable_it_sets_is_read_by_the_settings():
    known = settings_variables() | {"IMPORT_INTERVAL_SECONDS", "POSTGRES_PASSWORD", "POSTGRES_USER", "POSTGRES_DB",
                                    "APP_DB_PASSWORD", "PROMETHEUS_MULTIPROC_DIR"}
    for name, service in SERVICES.items():
        env = service.get("environment", {})
        keys = env.keys() if isinstance(env, dict) else [e.split("=")[0] for e in env]
        unknown = set(keys) - known
        assert not unknown, f"{name} sets variables nothing reads: {unknown}"


def test_the_web_workers_share_one_cache_for_their_limits():
    web = SERVICES["web"]
    assert "--workers" in web["command"]
    assert web["environment"]["CACHE_URL"].startswith("redis://redis:")
    assert web["depends_on"]["redis"]["condition"] == "service_healthy"
    assert SERVICES["redis"]["image"].startswith("redis:")


def test_only_migrate_uses_the_owner_and_the_services_log_in_as_the_least_privilege_role():
    owner = SERVICES["migrate"]["environment"]["DATABASE_URL"]
    assert owner.startswith("postgres://claimtrack:")
    assert "grant_app_role claimtrack_app" in " ".join(SERVICES["migrate"]["command"])
    for name in ("web", "importer", "webhooks"):
        assert SERVICES[name]["environment"]["DATABASE_URL"].startswith("postgres://claimtrack_app:"), name


def test_the_importer_appends_a_signed_checkpoint_to_a_host_folder_after_each_run():
    importer = SERVICES["importer"]
    assert "audit_checkpoint >> /checkpoints/" in " ".join(importer["command"])
    assert any(v.endswith(":/checkpoints") for v in importer["volumes"])
