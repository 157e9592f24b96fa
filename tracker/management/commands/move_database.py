"""python manage.py move_database --to URL: copy the tracker into a new, empty database."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker.commands import SOME_FAILED, USAGE_ERROR
from tracker.env import database_config
from tracker.moving import MoveError, move_database


class Command(BaseCommand):
    help = (
        "Copy every row from the database the tracker uses (DATABASE_URL) into a new, empty database, "
        "e.g. from the embedded SQLite to PostgreSQL: migrates the target, copies rows with their ids and "
        "exact times in one transaction, recomputes the counters there and verifies the audit there. "
        "Stop imports and the web service first. Then point DATABASE_URL at the target. "
        "Exit status: 0 moved (or checked, with --dry-run), 1 the move failed and nothing was committed, "
        "2 usage error."
    )

    def add_arguments(self, parser):
        parser.add_argument("--to", required=True, metavar="DATABASE_URL",
                            help="The new database, e.g. postgres://claimtrack@db:5432/claimtrack.")
        parser.add_argument("--batch-size", type=int, default=2000, help="Rows read and written at a time.")
        parser.add_argument("--dry-run", action="store_true",
                            help="Check both databases and count the rows that would be copied; write nothing.")

    def handle(self, *args, **options):
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1", returncode=USAGE_ERROR)
        try:
            config = database_config(options["to"].strip(), "--to")
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc), returncode=USAGE_ERROR) from None
        if not options["to"].strip():
            raise CommandError("--to names no database", returncode=USAGE_ERROR)
        bar = tqdm(unit=" rows", delay=0.5, disable=options["verbosity"] < 1 or options["dry_run"], file=self.stderr)
        try:
            report = move_database(config, batch_size=options["batch_size"], dry_run=options["dry_run"],
                                   progress=lambda label, rows: (bar.set_description(label), bar.update(rows)))
        except MoveError as exc:
            raise CommandError(f"Not moved: {exc}", returncode=SOME_FAILED) from None
        finally:
            bar.close()
        if options["verbosity"] >= 2 or options["dry_run"]:
            for label, rows in report.rows.items():
                self.stdout.write(f"{label}: {rows}")
        if options["dry_run"]:
            self.stdout.write(f"Dry run: {report.total} rows would be copied; nothing written.")
            return
        self.stdout.write(self.style.SUCCESS(
            f"Moved {report.total} rows in {len(report.rows)} tables; {report.counters_set} counters recomputed; "
            "audit OK in the target. Point DATABASE_URL at it now."))
