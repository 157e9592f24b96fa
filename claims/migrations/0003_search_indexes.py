"""PostgreSQL full-text GIN indexes behind ?q= (claims text, source names, article titles).

SQLite has no GIN; there ?q= is a contains match and needs no index.
"""

from django.db import migrations

INDEXES = [
    ("claims_claim_text_fts", "claims_claim", "to_tsvector('english'::regconfig, COALESCE(text, ''))"),
    ("sources_source_name_fts", "sources_source", "to_tsvector('simple'::regconfig, COALESCE(name, ''))"),
    ("sources_article_title_fts", "sources_article", "to_tsvector('english'::regconfig, COALESCE(title, ''))"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, expression in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({expression})")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _, _ in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_append_only_triggers"), ("sources", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
