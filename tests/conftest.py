"""Shared fixtures. The database comes from DATABASE_URL (PostgreSQL) or falls back to SQLite."""

import contextlib
import importlib
import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, IntegrityError, connection, transaction
from rest_framework.test import APIClient

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MANIFEST = ROOT / "fixtures" / "seeds_manifest.json"


@pytest.fixture(autouse=True)
def _skip_without_postgres(request):
    if request.node.get_closest_marker("requires_postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL=postgres://...)")
    if request.node.get_closest_marker("requires_sqlite") and connection.vendor != "sqlite":
        pytest.skip("SQLite only (the PostgreSQL run covers its own variant)")


def counts_now() -> None:
    """PostgreSQL counts an outlet's new article when the transaction commits (sources.counters). A test
    runs in one transaction that never commits, so it asks for the pending counts at once."""
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


@pytest.fixture(autouse=True)
def _counters_at_once(request):
    if request.node.get_closest_marker("django_db") is not None:
        request.getfixturevalue("db")
        counts_now()
        # A transactional test's flush empties the per-status counter rows that migration claims 0011 made.
        from claims.models import Status, StatusCount

        StatusCount.objects.bulk_create([StatusCount(id=status) for status in Status.values], ignore_conflicts=True)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Production hashes passwords with PBKDF2 at Django's full work factor, a deliberate ~0.3 s a password; the
    suite logs in thousands of times. A test that is about the production hasher sets its own."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Production uses whitenoise's manifest storage, which needs collectstatic; tests don't run it."""
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()  # throttling counters live in the cache
    yield
    cache.clear()


@pytest.fixture
def known_sources(db):
    call_command("loaddata", str(ROOT / "fixtures" / "sources.json"), verbosity=0)


@pytest.fixture
def seeded(known_sources):
    """The five seed articles imported, as `make run` does."""
    from sources.importer.manifest import load_manifest
    from sources.importer.pipeline import ArticleImporter

    importer = ArticleImporter(manifest=load_manifest(MANIFEST), started_by="tests")
    results = list(importer.run([SEEDS]))
    assert all(r.outcome == "created" for r in results), results
    counts_now()
    return results


def role(name: str) -> Group:
    """A group made by migration claims/0004; re-made when a transactional test's flush removed it."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        importlib.import_module("claims.migrations.0004_roles").create_groups(django_apps, SimpleNamespace(connection=connection))
        importlib.import_module("claims.migrations.0006_cluster_decisions").grant_cluster_permissions(
            django_apps, SimpleNamespace(connection=connection))
        group = Group.objects.get(name=name)
    return group


def _user(username: str, group: str | None = None, **extra) -> User:
    user = User.objects.create_user(username=username, password="correct horse battery", **extra)
    if group:
        user.groups.add(role(group))
    return user


@pytest.fixture
def reviewer(db):
    return _user("rita", "Reviewers", is_staff=True)


@pytest.fixture
def editor(db):
    return _user("eddie", "Editors", is_staff=True)


@pytest.fixture
def reader(db):
    return _user("randy")


@pytest.fixture
def staff(db):
    return _user("stella", is_staff=True, is_superuser=True)


SITE = "https://factcheck.example.org"


@pytest.fixture
def publishing(settings):
    """Publishing on, as a newsroom configures it; reviewers publish deliberately."""
    settings.CLAIMTRACK_PUBLISHING = True
    settings.CLAIMTRACK_AUTO_PUBLISH = False
    settings.CLAIMTRACK_ORGANIZATION_NAME = "Example Fact Desk"
    settings.CLAIMTRACK_ORGANIZATION_URL = "https://www.factdesk.example.org/about"
    settings.CLAIMTRACK_SITE_URL = SITE
    return settings


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def reviewer_api(reviewer):
    client = APIClient()
    client.force_authenticate(reviewer)
    return client


APP_ROLE = "claimtrack_test_app"
_acting_as: list[str] = []  # the role a test runs as (app_role), when not the owner


@pytest.fixture
def app_role(db):
    """On PostgreSQL, the test runs as the application's least-privilege role (tracker.roles), as the web
    service and the importer do in production; the grants and the role go with the test's transaction."""
    if connection.vendor != "postgresql":
        yield None
        return
    from tracker.roles import app_role_sql

    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database(), current_schema()")
        database, schema = cursor.fetchone()
        for sql, params in app_role_sql(APP_ROLE, database=database, schema=schema, create=True,
                                        quote=connection.ops.quote_name):
            cursor.execute(sql, params)
        cursor.execute(f"SET ROLE {APP_ROLE}")
    _acting_as.append(APP_ROLE)
    yield APP_ROLE
    _acting_as.clear()
    with connection.cursor() as cursor:
        cursor.execute("RESET ROLE")


@contextlib.contextmanager
def as_owner():
    """Step out of app_role for what only the tables' owner may do (e.g. drop a trigger)."""
    if not _acting_as:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("RESET ROLE")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"SET ROLE {_acting_as[-1]}")


def set_history_triggers(enabled: bool) -> None:
    from claims.history import HISTORY_TABLES, append_only_sql

    with as_owner(), connection.cursor() as cursor:
        for table, user_column in HISTORY_TABLES.items():
            columns = [c.name for c in connection.introspection.get_table_description(cursor, table)]
            create, drop = append_only_sql(table, columns, user_column, connection.vendor)
            for sql in create if enabled else drop:
                cursor.execute(sql)


def tamper(sql: str, params=()) -> None:
    """What someone with the database owner's rights would do: drop the trigger, edit, put it back."""
    set_history_triggers(False)
    try:
        with as_owner(), connection.cursor() as cursor:
            cursor.execute(sql, params)
    finally:
        set_history_triggers(True)


def run_sql(sql, params=()):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def assert_refused(sql, params=()):
    """Refused twice over on PostgreSQL: the application's role lacks the privilege, and the owner meets
    the trigger. On SQLite (no roles) the trigger refuses."""
    with pytest.raises((IntegrityError, DatabaseError)) as error:
        run_sql(sql, params)
    assert ("permission denied" if connection.vendor == "postgresql" else "append-only") in str(error.value)
    with as_owner(), pytest.raises((IntegrityError, DatabaseError)) as error:
        run_sql(sql, params)
    assert "append-only" in str(error.value)


def verify_audit(*args: str) -> tuple[int, str]:
    """verify_audit's exit status and report."""
    out = io.StringIO()
    try:
        call_command("verify_audit", *args, stdout=out)
        return 0, out.getvalue()
    except SystemExit as exc:
        return exc.code, out.getvalue()


@pytest.fixture
def live_db(transactional_db):
    """Real commits (for tests with threads). Afterwards the history rows are removed with the
    append-only triggers lifted for that moment, so the usual flush can empty the other tables."""
    yield
    from claims.history import HISTORY_TABLES

    set_history_triggers(False)
    try:
        with connection.cursor() as cursor:
            # Fact checks first: they refer to the verdicts they published.
            for table in ("publishing_correction", "publishing_coveredclaim", "publishing_factcheck"):
                cursor.execute(f"DELETE FROM {table}")
            for table in ("claims_claimevent", "claims_verificationstatus", "claims_auditcheckpoint"):
                assert table in HISTORY_TABLES
                cursor.execute(f"DELETE FROM {table}")
    finally:
        set_history_triggers(True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url() -> str:
    """The test database, as a URL for a server or command in another process (PostgreSQL)."""
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def server_env() -> dict:
    return {**os.environ, "DATABASE_URL": database_url(), "DEBUG": "false", "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false", "PYTHONUNBUFFERED": "1"}


@contextlib.contextmanager
def gunicorn(log_path: Path, *, workers: int, threads: int):
    """A production server (gunicorn) on the test database, on a free port; yields the port once it answers."""
    port = free_port()
    with log_path.open("w") as log:  # a file: a full pipe would stall the server
        server = subprocess.Popen([sys.executable, "-m", "gunicorn", "tracker.wsgi", "--bind", f"127.0.0.1:{port}",
                                   "--workers", str(workers), "--threads", str(threads), "--backlog", "256"],
                                  cwd=ROOT, env=server_env(), stdout=log, stderr=log)
        try:
            for _ in range(200):
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    time.sleep(0.05)
            yield port
            assert server.poll() is None, "the server died"
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
