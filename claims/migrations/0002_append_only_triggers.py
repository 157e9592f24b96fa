"""Database triggers that make verdict and audit history append-only (SQLite and PostgreSQL)."""

from django.db import migrations

from claims.history import append_only_sql

TABLES = {"claims_verificationstatus": "reviewer_id", "claims_claimevent": "actor_id"}


def _columns(schema_editor, table):
    with schema_editor.connection.cursor() as cursor:
        return [c.name for c in schema_editor.connection.introspection.get_table_description(cursor, table)]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table, user_column in TABLES.items():
        statements, _ = append_only_sql(table, _columns(schema_editor, table), user_column, vendor)
        for sql in statements:
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table, user_column in TABLES.items():
        _, statements = append_only_sql(table, _columns(schema_editor, table), user_column, vendor)
        for sql in statements:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
