"""Configuration comes from the environment, and a bad value stops start-up naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start_django(**env) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    environment.update({"DJANGO_SETTINGS_MODULE": "tracker.settings", "SECRET_KEY": "x" * 60, **env})
    environment = {k: v for k, v in environment.items() if v is not None}
    code = ("import django; django.setup(); from django.conf import settings; "
            "print(settings.DEBUG, settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True)


def test_it_defaults_to_sqlite_with_debug_off():
    result = start_django()
    assert result.returncode == 0, result.stderr
    debug, engine, name = result.stdout.split()
    assert debug == "False"
    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("db.sqlite3")


def test_it_reads_a_postgres_url():
    result = start_django(DATABASE_URL="postgres://postgres@127.0.0.1:5432/claimtrack")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[1:] == ["django.db.backends.postgresql", "claimtrack"]


def test_it_reads_a_sqlite_url():
    result = start_django(DATABASE_URL="sqlite:////tmp/other.sqlite3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[1:] == ["django.db.backends.sqlite3", "/tmp/other.sqlite3"]


@pytest.mark.parametrize("env,variable", [
    ({"DEBUG": "maybe"}, "DEBUG"),
    ({"DATABASE_URL": "not a url"}, "DATABASE_URL"),
    ({"DATABASE_URL": "mysqlx://u@h/db"}, "DATABASE_URL"),
    ({"DATABASE_URL": "postgres://u@h:5432/"}, "DATABASE_URL"),
    ({"SECURE_HSTS_SECONDS": "a year"}, "SECURE_HSTS_SECONDS"),
    ({"IMPORT_MAX_BYTES": "-5"}, "IMPORT_MAX_BYTES"),
])
def test_it_refuses_to_start_with_a_bad_value_and_names_the_variable(env, variable):
    result = start_django(**env)
    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert "ImproperlyConfigured" in last_line and variable in last_line


def test_it_requires_a_secret_key_in_production():
    result = start_django(SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr.strip().splitlines()[-1]


def test_deploy_check_is_clean_with_production_settings():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL", "SECURE_SSL_REDIRECT"}}
    env.update(SECRET_KEY="a-long-random-production-secret-key-with-enough-entropy-0123456789",
               ALLOWED_HOSTS="claims.example.org")
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_management_commands_start_without_the_extractor_and_web_processes_with_it():
    """The extractor's patterns and word lists take half a second to load: a cron job running `recount` or
    `verify_audit` should not wait for them, and a web worker should have them before its first request."""
    code = ("import sys; from django.core.management import call_command; import django; django.setup(); "
            "call_command('check'); print('sources.importer.extraction' in sys.modules); "
            "import tracker.wsgi; print('sources.importer.extraction' in sys.modules)")
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update({"DJANGO_SETTINGS_MODULE": "tracker.settings", "SECRET_KEY": "x" * 60, "DEBUG": "true"})
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["False", "True"]
