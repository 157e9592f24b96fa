"""The database keeps the publication record: corrections are append-only, and a fact check's first
publication date never moves (ClaimReview's datePublished)."""

from django.db import migrations

from claims.history import set_append_only

CORRECTIONS = "publishing_correction"
KEEP_FIRST = "a fact check's first publication date never moves"


def keep_first_sql(vendor: str) -> tuple[list[str], list[str]]:
    if vendor == "postgresql":
        return ([
            f"""CREATE OR REPLACE FUNCTION publishing_factcheck_keep_first() RETURNS trigger AS $$
            BEGIN
                IF NEW.first_published_at IS DISTINCT FROM OLD.first_published_at THEN
                    RAISE EXCEPTION '{KEEP_FIRST.replace("'", "''")}' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;""",
            "CREATE TRIGGER publishing_factcheck_keep_first BEFORE UPDATE ON publishing_factcheck "
            "FOR EACH ROW EXECUTE FUNCTION publishing_factcheck_keep_first();",
        ], [
            "DROP TRIGGER IF EXISTS publishing_factcheck_keep_first ON publishing_factcheck;",
            "DROP FUNCTION IF EXISTS publishing_factcheck_keep_first();",
        ])
    return ([
        f"""CREATE TRIGGER publishing_factcheck_keep_first BEFORE UPDATE OF first_published_at
        ON publishing_factcheck WHEN NEW.first_published_at IS NOT OLD.first_published_at
        BEGIN SELECT RAISE(ABORT, '{KEEP_FIRST.replace("'", "''")}'); END;""",
    ], ["DROP TRIGGER IF EXISTS publishing_factcheck_keep_first;"])


def create(apps, schema_editor):
    set_append_only(schema_editor, CORRECTIONS, None, enabled=True)
    for sql in keep_first_sql(schema_editor.connection.vendor)[0]:
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    set_append_only(schema_editor, CORRECTIONS, None, enabled=False)
    for sql in keep_first_sql(schema_editor.connection.vendor)[1]:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("publishing", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
