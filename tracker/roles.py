"""Least privilege on PostgreSQL: the application's role may read and write the tables it works in, and may
only read and add to history.

Two roles: the owner, which runs `migrate` and owns every table (and so could TRUNCATE or DROP them), and
the application's role, which the web service and the importer log in as. The application's role gets
SELECT, INSERT, UPDATE and DELETE on the tables it works in; on the history tables (verdicts, audit
entries, audit checkpoints) only SELECT and INSERT, plus UPDATE of the one user column Django nulls when an
account is deleted; on django_migrations only SELECT. TRUNCATE, DROP, ALTER and dropping triggers stay
the owner's. `manage.py grant_app_role` applies this; run it again after every `migrate`.
"""

from __future__ import annotations

import re

from claims.history import HISTORY_TABLES

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class RoleError(ValueError):
    pass


def app_role_sql(role: str, *, database: str, schema: str, quote, password: str | None = None,
                 create: bool = False) -> list[tuple[str, list]]:
    """(statement, params) that give `role` the application's privileges in `database`.`schema`."""
    if not ROLE_NAME.match(role):
        raise RoleError(f"{role!r} is not a plain role name (lower-case letters, digits and _, at most 63)")
    who, db, where = quote(role), quote(database), quote(schema)
    statements: list[tuple[str, list]] = []
    if create:
        statements.append((f"DO $$ BEGIN CREATE ROLE {who} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; "
                           "END $$", []))
    if password is not None:
        statements.append((f"ALTER ROLE {who} LOGIN PASSWORD %s", [password]))  # quoted by the driver
    statements += [
        (f"GRANT CONNECT ON DATABASE {db} TO {who}", []),
        (f"GRANT USAGE ON SCHEMA {where} TO {who}", []),
        (f"REVOKE ALL ON ALL TABLES IN SCHEMA {where} FROM {who}", []),
        (f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {where} TO {who}", []),
        (f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {who}", []),
        (f"REVOKE INSERT, UPDATE, DELETE ON {where}.django_migrations FROM {who}", []),
    ]
    for table, user_column in HISTORY_TABLES.items():
        statements.append((f"REVOKE UPDATE, DELETE ON {where}.{quote(table)} FROM {who}", []))
        if user_column:
            statements.append((f"GRANT UPDATE ({quote(user_column)}) ON {where}.{quote(table)} TO {who}", []))
    return statements
