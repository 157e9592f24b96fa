"""Backups, restores and moves keep every row, and the audit verifies afterwards.

A real tracker database is built once (migrate, the seed import, reviewers' verdicts, and one verdict
sealed the way releases before millisecond times did, with its microseconds), then copied each way an
operator would: Django's dumpdata/loaddata from SQLite into PostgreSQL, `manage.py move_database` both
ways, pg_dump/pg_restore, and SQLite's backup API. Each copy is checked with `verify_audit` and row
counts. The tests drive manage.py in subprocesses against their own databases, so they run once, in
the SQLite pass of the suite, and need the PostgreSQL server.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PG_SERVER = os.environ.get("TEST_POSTGRES_SERVER", "postgres://postgres@127.0.0.1:5432")

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite",
                                reason="builds its own databases; runs once, in the SQLite pass")

# Verdicts by a reviewer, then one sealed like older releases: a time with microseconds, hashed as such.
REVIEW = """
from datetime import timedelta
from django.contrib.auth.models import Group, User
from claims.history import chain_hash
from claims.models import Claim, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
reviewer = User.objects.create_user("rita", password="pw-for-tests")
reviewer.groups.add(Group.objects.get(name="Reviewers"))
claims = list(Claim.objects.order_by("id")[:6])
for claim, status in zip(claims, [Status.VERIFIED, Status.CONTRADICTED, Status.VERIFIED, Status.UNVERIFIED, Status.VERIFIED]):
    evidence = [{"url": "https://example.org/report", "note": "the ministry's figure"}]
    claim_set_status(claim_id=claim.pk, status=status, note="Checked against the ministry's report.",
                     evidence=evidence, actor=Actor(origin=Origin.API, user=reviewer))
claim = claims[5]
head = VerificationStatus.objects.filter(claim=claim).latest("id")
old = VerificationStatus(claim=claim, status=claim.status, note="sealed with microseconds", origin=Origin.ADMIN,
                         reviewer_name="rita", created_at=head.created_at + timedelta(microseconds=123457))
old.prev_hash = head.entry_hash
old.entry_hash = chain_hash(old.prev_hash, old.hash_payload())
old.save()
print(VerificationStatus.objects.count())
"""

COUNT = """
import json
from django.apps import apps
print(json.dumps({m._meta.label: m._base_manager.count() for m in apps.get_models(include_auto_created=True)
                  if m._meta.label not in {"sessions.Session", "contenttypes.ContentType", "auth.Permission"}}))
"""


def manage(url: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "true"}
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=600)
    if check and result.returncode:
        pytest.fail(f"manage.py {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def rows(url: str) -> dict[str, int]:
    return json.loads(manage(url, "shell", "-c", COUNT).stdout.strip().splitlines()[-1])


def audit(url: str) -> subprocess.CompletedProcess:
    return manage(url, "verify_audit", check=False)


def psql(*sql: str) -> None:
    for statement in sql:
        subprocess.run(["psql", f"{PG_SERVER}/postgres", "-q", "-v", "ON_ERROR_STOP=1", "-c", statement], check=True,
                       capture_output=True)


@pytest.fixture(scope="module")
def postgres():
    """Makes empty PostgreSQL databases and drops them afterwards."""
    try:
        psql("SELECT 1")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip(f"PostgreSQL is not reachable at {PG_SERVER}")
    made: list[str] = []

    def new_database() -> str:
        name = f"claimtrack_move_{uuid.uuid4().hex[:10]}"
        psql(f"CREATE DATABASE {name}")
        made.append(name)
        return f"{PG_SERVER}/{name}"

    yield new_database
    for name in made:
        psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('move')}/tracker.sqlite3"
    manage(url, "migrate", "-v", "0")
    manage(url, "import_articles", "-v", "0")
    manage(url, "shell", "-c", REVIEW)
    assert "Audit OK" in audit(url).stdout
    return url


def assert_same(source: str, copy: str) -> None:
    result = audit(copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Audit OK" in result.stdout
    assert rows(copy) == rows(source)
    assert "Every counter is right." in manage(copy, "recount", "--dry-run").stdout


def test_dumpdata_then_loaddata_into_postgresql_keeps_every_chain(source, postgres, tmp_path):
    dump = tmp_path / "tracker.json"
    # README: what the database derives from the rows is left out and recounted after the load.
    manage(source, "dumpdata", "--natural-foreign", "--exclude", "contenttypes", "--exclude", "auth.permission",
           "--exclude", "sessions", "--exclude", "claims.statuscount", "--exclude", "claims.clusterarticle",
           "--exclude", "claims.clusteroutlet", "--output", str(dump))
    times = [entry["fields"]["created_at"] for entry in json.loads(dump.read_text())
             if entry["model"] == "claims.verificationstatus"]
    assert all(len(t) <= len("2024-10-13T12:00:00.123Z") for t in times), "dumpdata keeps milliseconds only"
    target = postgres()
    manage(target, "migrate", "-v", "0")
    manage(target, "loaddata", str(dump))
    manage(target, "recount")
    assert_same(source, target)


def test_move_database_both_ways_and_pg_dump_restore(source, postgres, tmp_path):
    on_postgres = postgres()
    out = manage(source, "move_database", "--to", on_postgres, "-v", "0").stdout
    assert "audit OK in the target" in out
    assert_same(source, on_postgres)

    dump = tmp_path / "tracker.pgdump"
    subprocess.run(["pg_dump", "-Fc", "-f", str(dump), on_postgres], check=True)
    restored = postgres()
    subprocess.run(["pg_restore", "--no-owner", "-d", restored, str(dump)], check=True)
    assert_same(source, restored)

    back = f"sqlite:///{tmp_path}/back.sqlite3"
    manage(restored, "move_database", "--to", back, "-v", "0")
    assert_same(source, back)


def test_sqlite_backup_api_copy_verifies(source, tmp_path):
    copy = tmp_path / "backup.sqlite3"
    with sqlite3.connect(source.removeprefix("sqlite:///")) as live, sqlite3.connect(copy) as backup:
        live.backup(backup)
    assert_same(source, f"sqlite:///{copy}")


def test_move_database_refuses_a_target_that_is_not_empty_or_is_the_source(source, postgres):
    used = postgres()
    manage(source, "move_database", "--to", used, "-v", "0")
    again = manage(source, "move_database", "--to", used, check=False)
    assert again.returncode == 1 and "the target is not empty" in again.stderr
    itself = manage(source, "move_database", "--to", source, check=False)
    assert itself.returncode == 1 and "the database the tracker uses now" in itself.stderr
    wrong = manage(source, "move_database", "--to", "mysql://db/tracker", check=False)
    assert wrong.returncode == 2 and "unsupported database" in wrong.stderr


def test_a_tampered_source_is_not_moved_and_nothing_is_committed(source, postgres, tmp_path):
    tampered = tmp_path / "tampered.sqlite3"
    with sqlite3.connect(source.removeprefix("sqlite:///")) as live, sqlite3.connect(tampered) as copy:
        live.backup(copy)
        copy.execute("DROP TRIGGER claims_verificationstatus_no_update")
        copy.execute("UPDATE claims_verificationstatus SET note = 'nothing to see' WHERE note <> ''")
    target = postgres()
    result = manage(f"sqlite:///{tampered}", "move_database", "--to", target, check=False)
    assert result.returncode == 1 and "the audit does not verify in the target" in result.stderr
    assert rows(target)["claims.Claim"] == 0


def test_the_application_role_runs_the_tracker_but_cannot_wipe_history(source, postgres):
    owner_url = postgres()
    manage(source, "move_database", "--to", owner_url, "-v", "0")
    role = f"claimtrack_app_{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "APP_DB_PASSWORD": "app-secret-for-tests", "DATABASE_URL": owner_url, "DEBUG": "true"}
    granted = subprocess.run([sys.executable, "manage.py", "grant_app_role", role, "--create",
                              "--password-env", "APP_DB_PASSWORD"], cwd=ROOT, env=env, capture_output=True, text=True)
    try:
        assert granted.returncode == 0, granted.stderr
        app_url = owner_url.replace("postgres@", f"{role}:app-secret-for-tests@")
        assert "Audit OK" in audit(app_url).stdout
        articles = sorted((ROOT / "tests" / "sources" / "realnews").glob("*.txt"))[:2]
        imported = manage(app_url, "import_articles", *map(str, articles), "-v", "0", check=False)
        assert imported.returncode == 0, imported.stderr
        assert "Audit OK" in audit(app_url).stdout
        for sql in ("TRUNCATE claims_claimevent", "DELETE FROM claims_verificationstatus",
                    "DROP TABLE claims_auditcheckpoint", "UPDATE django_migrations SET name = 'x'"):
            refused = subprocess.run(["psql", app_url, "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True,
                                     text=True)
            assert refused.returncode != 0 and ("permission denied" in refused.stderr
                                                or "must be owner" in refused.stderr), sql
    finally:
        database = owner_url.rsplit("/", 1)[1]
        subprocess.run(["psql", owner_url, "-q", "-c", f"DROP OWNED BY {role}"], capture_output=True)
        psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)", f"DROP ROLE IF EXISTS {role}")


def test_grant_app_role_refuses_what_it_cannot_do(source):
    on_sqlite = manage(source, "grant_app_role", "claimtrack_app", check=False)
    assert on_sqlite.returncode == 2 and "for PostgreSQL" in on_sqlite.stderr


def test_grant_app_role_refuses_a_role_name_that_is_not_plain(postgres):
    url = postgres()
    for name in ["app; DROP TABLE claims_claim", "App", "x" * 64, ""]:
        result = manage(url, "grant_app_role", name, "--dry-run", check=False)
        assert result.returncode == 2 and "not a plain role name" in result.stderr, name
