"""Every database trigger the project relies on is installed after all migrations.

On SQLite, a later migration that makes Django rebuild a table (adding a non-null field, say) drops the
table's triggers without a word; counters, search documents and the append-only history would then
silently stop being kept. This test fails first.
"""

import re

import pytest
from django.db import connection

from claims.cluster_counts import install_sql as cluster_sql
from claims.search import install_sql as search_sql
from sources.counters import SOURCE_COUNTERS
from sources.counters import install_sql as counters_sql

pytestmark = pytest.mark.django_db


def expected_triggers() -> set[str]:
    vendor = connection.vendor
    statements = counters_sql(vendor, SOURCE_COUNTERS) + cluster_sql(vendor) + search_sql(vendor)
    return {match.group(1) for sql in statements
            for match in [re.search(r"CREATE (?:CONSTRAINT )?TRIGGER (\w+)", sql)] if match}


def installed_triggers() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {row[0] for row in cursor.fetchall()}


def test_every_counter_rollup_and_search_trigger_is_installed():
    expected = expected_triggers()
    assert len(expected) > 20
    assert expected <= installed_triggers(), sorted(expected - installed_triggers())


def test_the_history_tables_are_append_only_by_trigger():
    from claims.history import HISTORY_TABLES, append_only_sql

    for table, user_column in HISTORY_TABLES.items():
        with connection.cursor() as cursor:
            columns = [c.name for c in connection.introspection.get_table_description(cursor, table)]
        create, _ = append_only_sql(table, columns, user_column, connection.vendor)
        names = {m.group(1) for sql in create for m in [re.search(r"CREATE (?:CONSTRAINT )?TRIGGER (\w+)", sql)] if m}
        assert names and names <= installed_triggers(), table
