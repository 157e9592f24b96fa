"""python manage.py reattribute_claims: re-run attribution and name resolution over stored claims."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.models import Origin
from claims.services import Actor
from sources.importer.reattribution import reattribute
from tracker.commands import unreachable_database


class Command(BaseCommand):
    help = (
        "Re-run the extractor's attribution and name resolution over stored claims and report every claimant "
        "that changes. Changes go into each claim's audit history; claimants set by an editor are kept. "
        "Then remove sources left with no claim and no article that no editor touched (no description, "
        "homepage, merge or editor alias). --dry-run reports without writing. Exit status: 0 done, 2 usage error."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")
        parser.add_argument("--article", type=int, action="append", dest="articles", metavar="ID",
                            help="Only this article (repeatable).")
        parser.add_argument("--keep-orphans", action="store_true",
                            help="Do not remove sources left without claims or articles.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        if options["articles"] and any(i <= 0 for i in options["articles"]):
            raise CommandError("--article takes a positive article id", returncode=2)
        actor = Actor(origin=Origin.SYSTEM, name="reattribute_claims")
        try:
            report = reattribute(actor=actor, dry_run=options["dry_run"], article_ids=options["articles"],
                                 remove_orphans=not options["keep_orphans"])
        except DatabaseError as exc:
            raise unreachable_database(exc) from None
        verbosity = options["verbosity"]
        if options["format"] == "json":
            self.stdout.write(json.dumps({
                "dry_run": options["dry_run"], "articles": report.articles, "claims_seen": report.claims_seen,
                "claimants_changed": len(report.changes), "kept_editor_choice": report.kept_editor_choice,
                "sources_removed": report.sources_removed,
                "changes": [vars(change) for change in report.changes],
            }))
            return
        if verbosity >= 2:
            for change in report.changes:
                self.stdout.write(f"claim {change.claim_id} ({change.article}): {change.old or '(none)'} -> "
                                  f"{change.new or '(none)'}")
            for name in report.sources_removed:
                self.stdout.write(f"source removed: {name}")
        if verbosity >= 1:
            verb = "would change" if options["dry_run"] else "changed"
            removed = "would remove" if options["dry_run"] else "removed"
            self.stdout.write(self.style.SUCCESS(
                f"{report.articles} articles, {report.claims_seen} claims: {verb} {len(report.changes)} claimants, "
                f"kept {report.kept_editor_choice} set by editors; {removed} {len(report.sources_removed)} "
                "sources without claims or articles."))
