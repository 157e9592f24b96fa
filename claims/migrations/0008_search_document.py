"""One stored full-text document per claim, kept right by triggers (see claims.search)."""

from django.db import migrations

from claims.search import install_sql, uninstall_sql
from tracker.db import vendor_sql



class Migration(migrations.Migration):
    dependencies = [("claims", "0007_cluster_verdicts"), ("sources", "0004_counters")]
    operations = [vendor_sql(install_sql, uninstall_sql)]
