"""The counter and roll-up trigger functions look first whether the statement touched a row they count
(claims come in without a cluster, so an import skips the cluster counters' statements): same counts, less
work per import. Only the functions change; PostgreSQL only (SQLite's row triggers have WHEN clauses)."""

from django.db import migrations

from tracker.db import vendor_sql


def functions(vendor: str) -> list[str]:
    from claims.cluster_counts import STATUS_COUNTERS
    from claims.cluster_counts import install_sql as cluster_sql
    from sources.counters import SOURCE_COUNTERS, install_sql, pg_functions

    if vendor != "postgresql":
        return []
    return pg_functions(cluster_sql(vendor) + install_sql(vendor, SOURCE_COUNTERS + STATUS_COUNTERS))


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0014_audit_checkpoints'),
        ('sources', '0005_review_desk'),
    ]

    # Backwards the guarded functions stay: they count exactly what the earlier ones did.
    operations = [vendor_sql(functions, lambda vendor: [])]
