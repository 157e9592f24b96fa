"""Counts that lists show, kept by the database in the same transaction as the change.

- Source.article_count: articles published by the source (as outlet).
- Source.claim_count: claims made by the source (as claimant), present or not.
- Article.claim_count: claims still present in the article.

Triggers on sources_article and claims_claim keep them (migration sources 0004), so every writer
(the importer's bulk COPY, merges, re-imports, an editor in the admin, raw SQL) keeps them right.

PostgreSQL counts once per statement from its transition tables: a bulk insert of 500 claims or an
update that places 500 claims in clusters changes each counter row once, locking the rows in id order,
so concurrent writers cannot deadlock on one another's counters. An outlet's article count, which every
import touches, is counted at commit so that its row is locked only then. SQLite has one writer at a
time and counts row by row.

`manage.py recount` recomputes every counter from the rows (and reports any that had drifted).
"""

from __future__ import annotations

from typing import NamedTuple


class Counter(NamedTuple):
    """counter `table.column` = how many rows of `counted` have `key` = its id and satisfy `condition`.

    `condition` is SQL with {row} where the counted row's alias goes ("" counts every row); `columns` are
    the columns it reads, whose updates move a row in or out of the count.
    """

    counted: str
    table: str
    column: str
    key: str
    condition: str = ""
    columns: tuple[str, ...] = ()
    # PostgreSQL: count inserts at commit, row by row, for a counter row that every writer touches (the
    # outlet of every imported article): its lock is then held for the commit only, not the transaction.
    at_commit: bool = False

    @property
    def name(self) -> str:
        return f"{self.table}_{self.column}_of_{self.counted}"

    def holds(self, row: str) -> str:
        return self.condition.format(row=row) if self.condition else "TRUE"


SOURCE_COUNTERS = [
    Counter("sources_article", "sources_source", "article_count", "outlet_id", at_commit=True),
    Counter("claims_claim", "sources_source", "claim_count", "claimant_id"),
    Counter("claims_claim", "sources_article", "claim_count", "article_id", "{row}.present", ("present",)),
]


def all_counters() -> list[Counter]:
    from claims.cluster_counts import CLUSTER_COUNTERS, STATUS_COUNTERS

    return SOURCE_COUNTERS + CLUSTER_COUNTERS + STATUS_COUNTERS


def _true_count(counter: Counter) -> str:
    return (f"(SELECT count(*) FROM {counter.counted} x WHERE x.{counter.key} = {counter.table}.id "
            f"AND {counter.holds('x')})")


def drift_sql(counters: list[Counter]) -> list[tuple[str, str]]:
    """(counter name, statement counting the rows whose counter differs from the rows it counts)."""
    return [(f"{c.table}.{c.column}", f"SELECT count(*) FROM {c.table} WHERE {c.column} <> {_true_count(c)}")
            for c in counters]


def recount_sql(counters: list[Counter]) -> list[str]:
    """Statements that set every counter that differs from the rows it counts."""
    return [f"UPDATE {c.table} SET {c.column} = {_true_count(c)} WHERE {c.column} <> {_true_count(c)}"
            for c in counters]


def any_row(tables: list[str], condition: str) -> str:
    """PostgreSQL: does any row of these transition tables meet the condition (on `r`)? A statement that
    touches nothing a trigger counts (claims imported without a cluster) then costs one cheap look instead
    of the trigger's statements."""
    return " OR ".join(f"EXISTS (SELECT 1 FROM {table} r WHERE {condition})" for table in tables)


def pg_functions(statements: list[str]) -> list[str]:
    """The trigger functions among install statements: what a migration re-creates when only they change."""
    return [statement for statement in statements if statement.startswith("CREATE OR REPLACE FUNCTION")]


def _pg_statements(c: Counter) -> list[str]:
    """Statement-level triggers reading the statement's transition tables: a bulk insert or a bulk update
    (matching places hundreds of claims in one UPDATE) changes each counter row once."""

    def counted(rows: str, sign: str) -> str:
        return f"SELECT r.{c.key} AS k, {sign}(CASE WHEN {c.holds('r')} THEN 1 ELSE 0 END) AS n FROM {rows} r"

    def function(kind: str, sides: list[str]) -> str:
        rows = ["new_rows", "old_rows"] if kind == "upd" else ["old_rows" if kind == "del" else "new_rows"]
        delta = (f"SELECT k, sum(n) AS n FROM ({' UNION ALL '.join(sides)}) x WHERE k IS NOT NULL GROUP BY k "
                 f"HAVING sum(n) <> 0")
        guard = any_row(rows, f"r.{c.key} IS NOT NULL AND {c.holds('r')}")
        # Lock the counter rows in id order first: two statements never wait on each other's rows crosswise.
        return (f"CREATE OR REPLACE FUNCTION {c.name}_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF {guard} THEN "
                f"PERFORM 1 FROM {c.table} WHERE id IN (SELECT k FROM ({delta}) d) ORDER BY id FOR UPDATE; "
                f"UPDATE {c.table} t SET {c.column} = t.{c.column} + d.n FROM ({delta}) d WHERE t.id = d.k; "
                f"END IF; RETURN NULL; END $$")

    if c.at_commit:
        insert = [f"CREATE OR REPLACE FUNCTION {c.name}_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  f"IF {c.holds('NEW')} THEN UPDATE {c.table} SET {c.column} = {c.column} + 1 "
                  f"WHERE id = NEW.{c.key}; END IF; RETURN NULL; END $$",
                  f"CREATE CONSTRAINT TRIGGER {c.name}_ins AFTER INSERT ON {c.counted} DEFERRABLE INITIALLY "
                  f"DEFERRED FOR EACH ROW EXECUTE FUNCTION {c.name}_ins()"]
    else:
        insert = [function("ins", [counted("new_rows", "+")]),
                  f"CREATE TRIGGER {c.name}_ins AFTER INSERT ON {c.counted} REFERENCING NEW TABLE AS new_rows "
                  f"FOR EACH STATEMENT EXECUTE FUNCTION {c.name}_ins()"]
    return [
        *insert,
        function("del", [counted("old_rows", "-")]),
        function("upd", [counted("new_rows", "+"), counted("old_rows", "-")]),
        f"CREATE TRIGGER {c.name}_del AFTER DELETE ON {c.counted} REFERENCING OLD TABLE AS old_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {c.name}_del()",
        f"CREATE TRIGGER {c.name}_upd AFTER UPDATE ON {c.counted} REFERENCING OLD TABLE AS old_rows NEW TABLE AS "
        f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION {c.name}_upd()",
    ]


def _sqlite_statements(c: Counter) -> list[str]:
    plus = f"UPDATE {c.table} SET {c.column} = {c.column} + 1 WHERE id = NEW.{c.key} AND {c.holds('NEW')};"
    minus = f"UPDATE {c.table} SET {c.column} = {c.column} - 1 WHERE id = OLD.{c.key} AND {c.holds('OLD')};"
    changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in (c.key, *c.columns))
    return [
        f"CREATE TRIGGER {c.name}_ins AFTER INSERT ON {c.counted} BEGIN {plus} END",
        f"CREATE TRIGGER {c.name}_del AFTER DELETE ON {c.counted} BEGIN {minus} END",
        f"CREATE TRIGGER {c.name}_upd AFTER UPDATE OF {', '.join((c.key, *c.columns))} ON {c.counted} "
        f"WHEN {changed} BEGIN {minus} {plus} END",
    ]


def install_sql(vendor: str, counters: list[Counter]) -> list[str]:
    build = _pg_statements if vendor == "postgresql" else _sqlite_statements
    return [sql for counter in counters for sql in build(counter)] + recount_sql(counters)


def uninstall_sql(vendor: str, counters: list[Counter]) -> list[str]:
    statements = []
    for c in counters:
        for kind in ("ins", "del", "upd"):
            if vendor == "postgresql":
                statements += [f"DROP TRIGGER IF EXISTS {c.name}_{kind} ON {c.counted}",
                               f"DROP FUNCTION IF EXISTS {c.name}_{kind}()"]
            else:
                statements.append(f"DROP TRIGGER IF EXISTS {c.name}_{kind}")
    return statements
