"""A cluster's counts, kept by the database: present claims, claims per status, distinct articles and outlets.

A story repeated by a thousand articles is one cluster of a thousand claims; a clusters page must not
count them on every request. Counters on claims_cluster (sources.counters) count its present claims
and its present claims per status. The distinct articles and outlets are counted through two roll-up
tables (models ClusterArticle and ClusterOutlet), one row per (cluster, article) and per (cluster,
outlet) with the number of present claims behind it, kept by triggers on claims_claim and sources_article; the cluster's article_count and
outlet_count count those rows. Migration claims 0009 creates them; `manage.py recount` checks them.
"""

from __future__ import annotations

from sources.counters import Counter, any_row

ARTICLES = "claims_clusterarticle"
OUTLETS = "claims_clusteroutlet"

CLUSTER_COUNTERS = [
    Counter("claims_claim", "claims_cluster", "claim_count", "cluster_id", "{row}.present", ("present",)),
    *(Counter("claims_claim", "claims_cluster", f"{status}_count", "cluster_id",
              f"{{row}}.present AND {{row}}.status = '{status}'", ("present", "status"))
      for status in ("verified", "unverified", "contradicted")),
    Counter(ARTICLES, "claims_cluster", "article_count", "cluster_id"),
    Counter(OUTLETS, "claims_cluster", "outlet_count", "cluster_id"),
]

# Claims by status (present or not, like the lists' status filter), for the dashboard. Every import adds
# to the "unverified" row: counted at commit on PostgreSQL, so concurrent imports hold its lock briefly.
STATUS_COUNTERS = [Counter("claims_claim", "claims_statuscount", "claim_count", "status", at_commit=True)]

# What each roll-up table must hold, computed from the claims.
ROLLUPS = {
    ARTICLES: ("cluster_id, article_id", "SELECT cluster_id, article_id, count(*) FROM claims_claim "
               "WHERE cluster_id IS NOT NULL AND present GROUP BY cluster_id, article_id"),
    OUTLETS: ("cluster_id, outlet_id", "SELECT c.cluster_id, a.outlet_id, count(*) FROM claims_claim c "
              "JOIN sources_article a ON a.id = c.article_id WHERE c.cluster_id IS NOT NULL AND c.present "
              "GROUP BY c.cluster_id, a.outlet_id"),
}


def rollup_drift_sql() -> list[tuple[str, str, list[str]]]:
    """(table, statement counting rows that differ from the claims, statements that rebuild the table)."""
    return [(table, f"SELECT count(*) FROM (SELECT * FROM ({expected}) e EXCEPT SELECT {key}, claims FROM {table} "
                    f"UNION ALL SELECT * FROM (SELECT {key}, claims FROM {table} EXCEPT {expected}) d) x",
             [f"DELETE FROM {table}", f"INSERT INTO {table} ({key}, claims) {expected}"])
            for table, (key, expected) in ROLLUPS.items()]


# The roll-up tables are models (claims.models.ClusterArticle, ClusterOutlet), so Django creates them;
# here they are filled from the claims.
_FILL = [f"INSERT INTO {table} ({key}, claims) {expected}" for table, (key, expected) in ROLLUPS.items()]


def _join(row: str, article: str) -> list[str]:
    """Statements adding one present clustered claim (its columns under `row`) to the roll-ups."""
    outlet = f"(SELECT outlet_id FROM sources_article WHERE id = {article})"
    return [
        f"INSERT INTO {ARTICLES} (cluster_id, article_id, claims) VALUES ({row}.cluster_id, {article}, 1) "
        f"ON CONFLICT (cluster_id, article_id) DO UPDATE SET claims = {ARTICLES}.claims + 1",
        f"INSERT INTO {OUTLETS} (cluster_id, outlet_id, claims) VALUES ({row}.cluster_id, {outlet}, 1) "
        f"ON CONFLICT (cluster_id, outlet_id) DO UPDATE SET claims = {OUTLETS}.claims + 1",
    ]


def _leave(row: str, article: str) -> list[str]:
    outlet = f"(SELECT outlet_id FROM sources_article WHERE id = {article})"
    statements = []
    for table, column, value in ((ARTICLES, "article_id", article), (OUTLETS, "outlet_id", outlet)):
        where = f"cluster_id = {row}.cluster_id AND {column} = {value}"
        # The last claim removes the row; else one fewer (in this order, so one claim is taken once).
        statements += [f"DELETE FROM {table} WHERE {where} AND claims = 1",
                       f"UPDATE {table} SET claims = claims - 1 WHERE {where} AND claims > 1"]
    return statements


def _moved_outlet(old: str, new: str) -> list[str]:
    """An article moved to another outlet (a source merge): its clusters' outlet roll-ups follow."""
    counts = f"SELECT cluster_id, claims FROM {ARTICLES} WHERE article_id = NEW.id"
    moving = (f"(SELECT a.claims FROM {ARTICLES} a WHERE a.article_id = NEW.id AND a.cluster_id = {OUTLETS}.cluster_id)")
    of_old = f"outlet_id = {old} AND cluster_id IN (SELECT cluster_id FROM {ARTICLES} WHERE article_id = NEW.id)"
    return [
        # Rows left with no claim go; the others lose the article's claims; the new outlet gains them.
        f"DELETE FROM {OUTLETS} WHERE {of_old} AND claims = {moving}",
        f"UPDATE {OUTLETS} SET claims = claims - {moving} WHERE {of_old}",
        f"INSERT INTO {OUTLETS} (cluster_id, outlet_id, claims) SELECT cluster_id, {new}, claims FROM ({counts}) AS r "
        f"WHERE true ON CONFLICT (cluster_id, outlet_id) DO UPDATE SET claims = {OUTLETS}.claims + excluded.claims",
    ]


IN_ROLLUP = "{row}.cluster_id IS NOT NULL AND {row}.present"


def install_sql(vendor: str) -> list[str]:
    """Roll-up tables filled from the claims, the triggers that keep them, and the cluster counters."""
    from sources.counters import install_sql as counters_sql

    old_in, new_in = IN_ROLLUP.format(row="OLD"), IN_ROLLUP.format(row="NEW")
    moved = ("OLD.cluster_id IS NOT NEW.cluster_id OR OLD.present IS NOT NEW.present OR "
             "OLD.article_id IS NOT NEW.article_id")
    if vendor == "postgresql":
        # Statement-level, from the transition tables: matching places hundreds of claims in one UPDATE,
        # and each (cluster, article) and (cluster, outlet) row changes once.
        def side(rows: str, sign: str, column: str) -> str:
            join = " JOIN sources_article a ON a.id = r.article_id" if column == "outlet_id" else ""
            value = "a.outlet_id" if column == "outlet_id" else "r.article_id"
            return (f"SELECT r.cluster_id AS cluster_id, {value} AS v, {sign}1 AS n FROM {rows} r{join} "
                    f"WHERE r.cluster_id IS NOT NULL AND r.present")

        def apply(sides: list[str]) -> str:
            statements = []
            for table, column in ((ARTICLES, "article_id"), (OUTLETS, "outlet_id")):
                delta = ("SELECT cluster_id, v, sum(n) AS n FROM ("
                         + " UNION ALL ".join(side(rows, sign, column) for rows, sign in sides)
                         + ") x GROUP BY cluster_id, v HAVING sum(n) <> 0")
                match = f"t.cluster_id = d.cluster_id AND t.{column} = d.v"
                # Gains are upserted; losses update existing rows (an insert of a negative row would fail
                # its CHECK before ON CONFLICT is considered); rows left at zero go.
                statements += [
                    f"INSERT INTO {table} (cluster_id, {column}, claims) SELECT cluster_id, v, n FROM ({delta}) d "
                    f"WHERE n > 0 ORDER BY cluster_id, v ON CONFLICT (cluster_id, {column}) DO UPDATE SET claims = "
                    f"{table}.claims + excluded.claims",
                    f"UPDATE {table} t SET claims = t.claims + d.n FROM ({delta}) d WHERE d.n < 0 AND {match}",
                    f"DELETE FROM {table} t USING ({delta}) d WHERE {match} AND t.claims = 0",
                ]
            return "; ".join(statements)

        def function(name: str, body: str) -> str:
            return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body}; "
                    f"RETURN NULL; END $$")

        def rollup(name: str, sides: list[tuple[str, str]]) -> str:
            guard = any_row([rows for rows, _ in sides], IN_ROLLUP.format(row="r"))
            return function(name, f"IF {guard} THEN {apply(sides)}; END IF")

        triggers = [
            rollup("claims_rollup_ins", [("new_rows", "+")]),
            rollup("claims_rollup_del", [("old_rows", "-")]),
            rollup("claims_rollup_upd", [("new_rows", "+"), ("old_rows", "-")]),
            function("claims_rollup_outlet", "IF OLD.outlet_id IS DISTINCT FROM NEW.outlet_id THEN "
                     + "; ".join(_moved_outlet("OLD.outlet_id", "NEW.outlet_id")) + "; END IF"),
            "CREATE TRIGGER claims_rollup_ins AFTER INSERT ON claims_claim REFERENCING NEW TABLE AS new_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION claims_rollup_ins()",
            "CREATE TRIGGER claims_rollup_del AFTER DELETE ON claims_claim REFERENCING OLD TABLE AS old_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION claims_rollup_del()",
            "CREATE TRIGGER claims_rollup_upd AFTER UPDATE ON claims_claim REFERENCING OLD TABLE AS old_rows "
            "NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claims_rollup_upd()",
            "CREATE TRIGGER claims_rollup_outlet AFTER UPDATE OF outlet_id ON sources_article FOR EACH ROW "
            "EXECUTE FUNCTION claims_rollup_outlet()",
        ]
    else:
        def trigger(name: str, event: str, condition: str, statements: list[str]) -> str:
            return (f"CREATE TRIGGER {name} AFTER {event} FOR EACH ROW WHEN {condition} BEGIN "
                    + "; ".join(statements) + "; END")

        triggers = [
            trigger("claims_rollup_ins", "INSERT ON claims_claim", new_in, _join("NEW", "NEW.article_id")),
            trigger("claims_rollup_del", "DELETE ON claims_claim", old_in, _leave("OLD", "OLD.article_id")),
            trigger("claims_rollup_upd_old", "UPDATE OF cluster_id, present, article_id ON claims_claim",
                    f"({moved}) AND {old_in}", _leave("OLD", "OLD.article_id")),
            trigger("claims_rollup_upd_new", "UPDATE OF cluster_id, present, article_id ON claims_claim",
                    f"({moved}) AND {new_in}", _join("NEW", "NEW.article_id")),
            trigger("claims_rollup_outlet", "UPDATE OF outlet_id ON sources_article",
                    "OLD.outlet_id IS NOT NEW.outlet_id", _moved_outlet("OLD.outlet_id", "NEW.outlet_id")),
        ]
    return _FILL + triggers + counters_sql(vendor, CLUSTER_COUNTERS)


def uninstall_sql(vendor: str) -> list[str]:
    from sources.counters import uninstall_sql as counters_sql

    names = {"claims_rollup_ins": "claims_claim", "claims_rollup_del": "claims_claim",
             "claims_rollup_upd": "claims_claim", "claims_rollup_upd_old": "claims_claim",
             "claims_rollup_upd_new": "claims_claim", "claims_rollup_outlet": "sources_article"}
    if vendor == "postgresql":
        drops = [f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table in names.items()]
        drops += [f"DROP FUNCTION IF EXISTS {name}()" for name in names]
    else:
        drops = [f"DROP TRIGGER IF EXISTS {name}" for name in names]
    return counters_sql(vendor, CLUSTER_COUNTERS) + drops + [f"DELETE FROM {ARTICLES}", f"DELETE FROM {OUTLETS}"]
