"""Append-only, tamper-evident history: hash chaining and the triggers that forbid edits."""

import hashlib
import json
import uuid
from datetime import datetime

from django.utils import timezone

APPEND_ONLY_MESSAGE = "append-only history: UPDATE and DELETE are not allowed"


def canonical_json(payload: dict) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def to_millisecond(at: datetime) -> datetime:
    """The precision history times are stored and hashed at: the least any supported copy keeps (Django's
    JSON serializer, used by dumpdata, drops microseconds; pg_dump and SQLite's backup keep them)."""
    return at.replace(microsecond=at.microsecond // 1000 * 1000)


def history_now() -> datetime:
    return to_millisecond(timezone.now())


def chain_hash(prev_hash: str, payload: dict) -> str:
    """SHA-256 over the previous entry's hash and this entry's canonical JSON."""
    return hashlib.sha256((prev_hash + canonical_json(payload)).encode("utf-8")).hexdigest()


def sealed_within_millisecond(prev_hash: str, payload: dict, key: str, at: datetime, entry_hash: str) -> bool:
    """Whether the payload, with payload[key] one of the 1,000 times within `at`'s millisecond, hashes to
    entry_hash: `at` is a copy's millisecond of a time sealed with its microseconds."""
    if at.microsecond % 1000:
        return False
    marker = uuid.uuid4().hex  # stands for the time, and appears nowhere else
    before, after = (prev_hash + canonical_json({**payload, key: marker})).split(json.dumps(marker), 1)
    for extra in range(1, 1000):
        candidate = json.dumps(at.replace(microsecond=at.microsecond + extra).isoformat())
        if hashlib.sha256((before + candidate + after).encode("utf-8")).hexdigest() == entry_hash:
            return True
    return False


def append_only_sql(table: str, columns: list[str], nullable_fk: str | None, vendor: str) -> tuple[list[str], list[str]]:
    """(create, drop) statements for triggers refusing UPDATE and DELETE on `table`.

    TRUNCATE and DROP are the owner's; the application's role never holds them
    (tracker.roles), and verify_audit's checkpoints find history removed anyway.

    The one UPDATE allowed is Django's ON DELETE SET NULL of the user column
    (`nullable_fk`) when an account is deleted: the name is kept in its own
    column and the hash chain never covers the user id. A table without one
    (nullable_fk None) refuses every UPDATE.
    """
    if vendor == "postgresql":
        func = f"{table}_append_only"
        exempt = (f"TG_OP = 'UPDATE' AND NEW.{nullable_fk} IS NULL\n"
                  f"                   AND (to_jsonb(NEW) - '{nullable_fk}') = (to_jsonb(OLD) - '{nullable_fk}')"
                  if nullable_fk else "FALSE")
        create = [
            f"""
            CREATE OR REPLACE FUNCTION {func}() RETURNS trigger AS $$
            BEGIN
                IF {exempt} THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION '{APPEND_ONLY_MESSAGE} ({table})' USING ERRCODE = 'integrity_constraint_violation';
            END;
            $$ LANGUAGE plpgsql;
            """,
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {func}();",
        ]
        drop = [
            f"DROP TRIGGER IF EXISTS {table}_no_update ON {table};",
            f"DROP FUNCTION IF EXISTS {func}();",
        ]
        return create, drop
    if vendor == "sqlite":
        unchanged = " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in columns if c != nullable_fk)
        when = f'WHEN NOT (NEW."{nullable_fk}" IS NULL AND {unchanged})' if nullable_fk else ""
        create = [
            f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            {when}
            BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE} ({table})'); END;""",
            f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE} ({table})'); END;""",
        ]
        drop = [f"DROP TRIGGER IF EXISTS {table}_no_update;", f"DROP TRIGGER IF EXISTS {table}_no_delete;"]
        return create, drop
    raise NotImplementedError(f"append-only triggers are not written for {vendor}")


def set_append_only(schema_editor, table: str, nullable_fk: str | None, *, enabled: bool) -> None:
    """Create (or drop) a table's append-only triggers from a migration, on the migration's database."""
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = [c.name for c in connection.introspection.get_table_description(cursor, table)]
    create, drop = append_only_sql(table, columns, nullable_fk, connection.vendor)
    for sql in create if enabled else drop:
        schema_editor.execute(sql)


# History tables and the user column each may null on account deletion.
HISTORY_TABLES = {"claims_verificationstatus": "reviewer_id", "claims_claimevent": "actor_id",
                  "claims_auditcheckpoint": None,
                  "publishing_correction": None}  # every publication, correction and withdrawal of a fact check
