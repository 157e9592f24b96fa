"""Counts that lists show, kept by the database in the same transaction as the change.

- Source.article_count: articles published by the source (as outlet).
- Source.claim_count: claims made by the source (as claimant), present or not.
- Article.claim_count: claims still present in the article.

Triggers on sources_article and claims_claim keep them (migration sources 0004), so every writer
(the importer's bulk COPY, merges, re-imports, an editor in the admin, raw SQL) keeps them right.

PostgreSQL inserts and deletes are counted once per statement from its transition table: a bulk
insert of 500 claims updates each claimant once, locking the rows in id order, so concurrent imports
cannot deadlock on one another's counters. Updates that move a claim or an article are rare and are
counted row by row. SQLite has one writer at a time and counts row by row.

`manage.py recount` recomputes every counter from the rows (and reports any that had drifted).
"""

from __future__ import annotations

# (counted table, counter table, counter column, foreign key, condition on the counted row or "")
COUNTERS = [
    ("sources_article", "sources_source", "article_count", "outlet_id", ""),
    ("claims_claim", "sources_source", "claim_count", "claimant_id", ""),
    ("claims_claim", "sources_article", "claim_count", "article_id", "present"),
]


def _true_count(counted: str, table: str, key: str, condition: str) -> str:
    where = f" AND x.{condition}" if condition else ""
    return f"(SELECT count(*) FROM {counted} x WHERE x.{key} = {table}.id{where})"


def drift_sql(vendor: str) -> list[tuple[str, str]]:
    """(counter name, statement counting the rows whose counter differs from the rows it counts)."""
    return [(f"{table}.{column}", f"SELECT count(*) FROM {table} WHERE {column} <> "
             f"{_true_count(counted, table, key, condition)}")
            for counted, table, column, key, condition in COUNTERS]


def recount_sql(vendor: str) -> list[str]:
    """Statements that set every counter that differs from the rows it counts."""
    return [f"UPDATE {table} SET {column} = {_true_count(counted, table, key, condition)} WHERE {column} <> "
            f"{_true_count(counted, table, key, condition)}"
            for counted, table, column, key, condition in COUNTERS]


def _pg_statements(counted: str, table: str, column: str, key: str, condition: str) -> list[str]:
    name = f"{table}_{column}_of_{counted}"
    flag = f"CASE WHEN {condition} THEN 1 ELSE 0 END" if condition else "1"

    def per_statement(kind: str, rows: str, sign: str) -> str:
        # Lock the counter rows in id order first: two statements never wait on each other's rows crosswise.
        return (f"CREATE OR REPLACE FUNCTION {name}_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"PERFORM 1 FROM {table} WHERE id IN (SELECT {key} FROM {rows}) ORDER BY id FOR UPDATE; "
                f"UPDATE {table} t SET {column} = t.{column} {sign} d.n FROM (SELECT {key} AS k, sum({flag}) AS n "
                f"FROM {rows} WHERE {key} IS NOT NULL GROUP BY 1) d WHERE t.id = d.k AND d.n <> 0; "
                f"RETURN NULL; END $$")

    insert, delete = per_statement("ins", "new_rows", "+"), per_statement("del", "old_rows", "-")
    row_update = (f"CREATE OR REPLACE FUNCTION {name}_upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  f"UPDATE {table} SET {column} = {column} - 1 WHERE id = OLD.{key}"
                  + (f" AND OLD.{condition}" if condition else "") + "; "
                  f"UPDATE {table} SET {column} = {column} + 1 WHERE id = NEW.{key}"
                  + (f" AND NEW.{condition}" if condition else "") + "; RETURN NULL; END $$")
    changed = f"OLD.{key} IS DISTINCT FROM NEW.{key}" + (
        f" OR OLD.{condition} IS DISTINCT FROM NEW.{condition}" if condition else "")
    columns = key + (f", {condition}" if condition else "")
    return [
        insert, delete, row_update,
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON {counted} REFERENCING NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}_ins()",
        f"CREATE TRIGGER {name}_del AFTER DELETE ON {counted} REFERENCING OLD TABLE AS old_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}_del()",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE OF {columns} ON {counted} FOR EACH ROW WHEN ({changed}) "
        f"EXECUTE FUNCTION {name}_upd()",
    ]


def _sqlite_statements(counted: str, table: str, column: str, key: str, condition: str) -> list[str]:
    name = f"{table}_{column}_of_{counted}"
    new_if = f" AND NEW.{condition}" if condition else ""
    old_if = f" AND OLD.{condition}" if condition else ""
    plus = f"UPDATE {table} SET {column} = {column} + 1 WHERE id = NEW.{key}{new_if};"
    minus = f"UPDATE {table} SET {column} = {column} - 1 WHERE id = OLD.{key}{old_if};"
    changed = f"OLD.{key} IS NOT NEW.{key}" + (f" OR OLD.{condition} IS NOT NEW.{condition}" if condition else "")
    columns = key + (f", {condition}" if condition else "")
    return [
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON {counted} BEGIN {plus} END",
        f"CREATE TRIGGER {name}_del AFTER DELETE ON {counted} BEGIN {minus} END",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE OF {columns} ON {counted} WHEN {changed} BEGIN {minus} {plus} END",
    ]


def install_sql(vendor: str) -> list[str]:
    build = _pg_statements if vendor == "postgresql" else _sqlite_statements
    return [sql for counter in COUNTERS for sql in build(*counter)] + recount_sql(vendor)


def uninstall_sql(vendor: str) -> list[str]:
    statements = []
    for counted, table, column, _, _ in COUNTERS:
        name = f"{table}_{column}_of_{counted}"
        for kind in ("ins", "del", "upd"):
            if vendor == "postgresql":
                statements += [f"DROP TRIGGER IF EXISTS {name}_{kind} ON {counted}",
                               f"DROP FUNCTION IF EXISTS {name}_{kind}()"]
            else:
                statements.append(f"DROP TRIGGER IF EXISTS {name}_{kind}")
    return statements
