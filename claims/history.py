"""Append-only, tamper-evident history: hash chaining and the triggers that forbid edits."""

import hashlib
import json

APPEND_ONLY_MESSAGE = "append-only history: UPDATE and DELETE are not allowed"


def canonical_json(payload: dict) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def chain_hash(prev_hash: str, payload: dict) -> str:
    """SHA-256 over the previous entry's hash and this entry's canonical JSON."""
    return hashlib.sha256((prev_hash + canonical_json(payload)).encode("utf-8")).hexdigest()


def append_only_sql(table: str, columns: list[str], nullable_fk: str, vendor: str) -> tuple[list[str], list[str]]:
    """(create, drop) statements for triggers refusing UPDATE and DELETE on `table`.

    TRUNCATE is a table owner's privilege, which the application's role should
    not hold; verify_audit reports claims left without verdicts.

    The one UPDATE allowed is Django's ON DELETE SET NULL of the user column
    (`nullable_fk`) when an account is deleted: the name is kept in its own
    column and the hash chain never covers the user id.
    """
    if vendor == "postgresql":
        func = f"{table}_append_only"
        create = [
            f"""
            CREATE OR REPLACE FUNCTION {func}() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND NEW.{nullable_fk} IS NULL
                   AND (to_jsonb(NEW) - '{nullable_fk}') = (to_jsonb(OLD) - '{nullable_fk}') THEN
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
        create = [
            f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            WHEN NOT (NEW."{nullable_fk}" IS NULL AND {unchanged})
            BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE} ({table})'); END;""",
            f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE} ({table})'); END;""",
        ]
        drop = [f"DROP TRIGGER IF EXISTS {table}_no_update;", f"DROP TRIGGER IF EXISTS {table}_no_delete;"]
        return create, drop
    raise NotImplementedError(f"append-only triggers are not written for {vendor}")


# History tables and the user column each may null on account deletion.
HISTORY_TABLES = {"claims_verificationstatus": "reviewer_id", "claims_claimevent": "actor_id"}
