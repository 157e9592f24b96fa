"""One stored full-text document per claim, kept right by triggers (see claims.search)."""

from django.db import migrations

from claims.search import install_sql, uninstall_sql


def install(apps, schema_editor):
    for sql in install_sql(schema_editor.connection.vendor):
        schema_editor.execute(sql, params=None)


def uninstall(apps, schema_editor):
    for sql in uninstall_sql(schema_editor.connection.vendor):
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("claims", "0007_cluster_verdicts"), ("sources", "0004_counters")]
    operations = [migrations.RunPython(install, uninstall)]
