"""Groups: Reviewers set claim status; Editors edit claims and merge sources but never set status."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWER_PERMISSIONS = ["view_claim", "set_claim_status", "view_verificationstatus", "view_claimevent",
                        "view_article", "view_source"]
EDITOR_PERMISSIONS = ["view_claim", "change_claim", "view_verificationstatus", "view_claimevent", "view_article",
                      "change_article", "view_source", "change_source", "add_source", "view_sourcealias",
                      "add_sourcealias", "change_sourcealias", "delete_sourcealias", "merge_source"]


def create_groups(apps, schema_editor):
    db = schema_editor.connection.alias  # `migrate --database` names it
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=db)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Reviewers", REVIEWER_PERMISSIONS), ("Editors", EDITOR_PERMISSIONS)):
        group, _ = Group.objects.using(db).get_or_create(name=name)
        group.permissions.add(*Permission.objects.using(db).filter(codename__in=codenames,
                                                         content_type__app_label__in=["claims", "sources"]))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(name__in=["Reviewers", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_search_indexes"), ("auth", "0012_alter_user_first_name_max_length"),
                    ("contenttypes", "0002_remove_content_type_name"), ("sources", "0001_initial")]
    operations = [migrations.RunPython(create_groups, remove_groups)]
