"""python manage.py match_claims [--rebuild]: cross-article claim matching over stored claims."""

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from claims.matching import match_unindexed, rebuild
from claims.models import Claim, Cluster, Conflict
from tracker.commands import unreachable_database


class Command(BaseCommand):
    help = (
        "Match stored claims with the same assertion or measured fact in other articles, and flag the clusters "
        "whose figures or dates disagree (every import already does this for its own claims). Without options: "
        "the claims never matched (imported with CLAIMTRACK_MATCH_ON_IMPORT=false, or whose matching failed). --rebuild: forget the suggested clusters and match every claim "
        "again; confirmed clusters, explained conflicts and claims an editor placed are kept. "
        "Exit status: 0 done, 1 database error."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Re-match every claim (suggested clusters only).")

    def handle(self, *args, **options):
        try:
            matched = rebuild() if options["rebuild"] else match_unindexed()
        except DatabaseError as exc:
            raise unreachable_database(exc) from None
        if options["verbosity"] >= 1:
            clustered = Claim.objects.exclude(cluster=None).count()
            self.stdout.write(self.style.SUCCESS(
                f"{matched} claims matched; {Cluster.objects.count()} clusters hold {clustered} claims; "
                f"{Conflict.objects.filter(explained=False).count()} unexplained conflicts."))
