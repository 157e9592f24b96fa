"""Every API filter and ordering is backed by an index (leading column), on both databases."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

# (table, column) for each filter and ordering the API offers.
FILTERED = [
    ("claims_claim", "status"), ("claims_claim", "article_id"), ("claims_claim", "claimant_id"),
    ("claims_claim", "updated_at"), ("claims_claim", "created_at"), ("claims_claim", "status_changed_at"),
    ("claims_claim", "checkworthiness"), ("claims_claim", "id"),
    ("sources_article", "outlet_id"), ("sources_article", "published_at"), ("sources_article", "created_at"),
    ("sources_source", "kind"),
]


def leading_columns(table):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return {c["columns"][0] for c in constraints.values() if (c["index"] or c["unique"] or c["primary_key"])
            and c["columns"]}


@pytest.mark.parametrize("table,column", FILTERED)
def test_the_column_leads_an_index(table, column):
    assert column in leading_columns(table)


@pytest.mark.requires_postgres
@pytest.mark.parametrize("index,column", [("claims_claim_search_idx", "(search)"),
                                          ("sources_article_title_fts", "to_tsvector")])
def test_search_is_backed_by_gin_indexes(index, column):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [index])
        (definition,) = cursor.fetchone()
    assert "USING gin" in definition and column in definition


@pytest.mark.requires_postgres
def test_the_planner_uses_the_gin_index_for_claim_search():
    from claims.selectors import claim_queryset, claim_search

    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
    plan = claim_search(claim_queryset(), "troops").explain()
    assert "claims_claim_search_idx" in plan


@pytest.mark.requires_sqlite
def test_sqlite_claim_search_reads_the_fts5_index_never_a_like_scan():
    from claims.selectors import claim_queryset, claim_search

    queryset = claim_search(claim_queryset(), "troops")
    plan, sql = queryset.explain(), str(queryset.query)
    assert "VIRTUAL TABLE INDEX" in plan and "claims_claim_fts" in plan
    assert "LIKE" not in sql.upper()


@pytest.mark.parametrize("ordering", [f"{d}{f}" for f in ("created_at", "updated_at", "status_changed_at",
                                                           "checkworthiness", "id") for d in ("", "-")])
def test_a_later_page_is_an_index_range_in_every_ordering(api, ordering):
    """The cursor's (value, id) condition and the order are served by the (field, id) index: no sort of the
    whole table and no scan from its start, however deep the walk."""
    from django.test.utils import CaptureQueriesContext

    from tests.factories import make_claims

    make_claims(count=6)
    following = api.get(f"/api/v1/claims/?page_size=2&ordering={ordering}").json()["next"]
    with CaptureQueriesContext(connection) as queries:
        assert api.get(following).status_code == 200
    (sql,) = [q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"] and "claims_claim" in q["sql"]
              and "LIMIT" in q["sql"]]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_sort = off")  # a plan that must sort then shows a Sort node
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Sort" not in plan and "Index" in plan, plan
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            plan = "\n".join(str(row[-1]) for row in cursor.fetchall())
            assert "TEMP B-TREE" not in plan and ("INDEX" in plan or "PRIMARY KEY" in plan), plan
