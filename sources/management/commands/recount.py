"""python manage.py recount: check the maintained counters against the rows, and repair them."""

import json

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from sources.services import counters_recount
from tracker.commands import SOME_FAILED, unreachable_database


class Command(BaseCommand):
    help = (
        "Compare the counters that lists show (articles and claims per source, claims per article; kept by "
        "database triggers) with the rows they count, and set any that differ. --dry-run only reports. "
        "Exit status: 0 all right (or repaired), 1 counters differ on a dry run or the database is unreachable."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report counters that differ; write nothing.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        try:
            drift = counters_recount(dry_run=options["dry_run"])
        except DatabaseError as exc:
            raise unreachable_database(exc) from None
        wrong = sum(drift.values())
        if options["format"] == "json":
            self.stdout.write(json.dumps({"dry_run": options["dry_run"], "differed": drift}))
        else:
            for name, rows in drift.items():
                if rows or options["verbosity"] >= 2:
                    self.stdout.write(f"{name}: {rows} rows differed")
            verb = "would be set" if options["dry_run"] else "set"
            self.stdout.write(f"{wrong} counters {verb}." if wrong else "Every counter is right.")
        if wrong and options["dry_run"]:
            raise SystemExit(SOME_FAILED)
