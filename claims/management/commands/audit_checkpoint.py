"""python manage.py audit_checkpoint: sign the history made since the last checkpoint (run it from cron)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, IntegrityError

from claims.checkpoints import export_row, take_checkpoint
from claims.models import AuditCheckpoint
from tracker.commands import SOME_FAILED, unreachable_database


class Command(BaseCommand):
    help = (
        "Take a signed checkpoint of every verdict and audit entry made since the last one (AUDIT_CHECKPOINT_KEY "
        "signs it) and print it as a JSON line: append that output to a file kept off the server, and "
        "verify_audit --checkpoints FILE proves history was neither removed nor rewritten since. "
        "--export FILE writes every checkpoint instead. Exit status: 0 done, 1 the database failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--export", type=Path, metavar="FILE",
                            help="Write every checkpoint as JSON lines to FILE ('-' for standard output); take none.")
        parser.add_argument("--dry-run", action="store_true", help="Show the last checkpoint; take none.")

    def handle(self, *args, **options):
        try:
            if options["export"]:
                lines = [export_row(c) for c in AuditCheckpoint.objects.order_by("id")]
                if str(options["export"]) == "-":
                    self.stdout.write("\n".join(lines))
                else:
                    options["export"].write_text("".join(line + "\n" for line in lines), encoding="utf-8")
                    if options["verbosity"]:
                        self.stderr.write(f"{len(lines)} checkpoints written to {options['export']}")
                return
            if options["dry_run"]:
                last = AuditCheckpoint.objects.order_by("-id").first()
                self.stdout.write(export_row(last) if last else "No checkpoint yet.")
                return
            checkpoint = take_checkpoint()
        except IntegrityError:
            raise CommandError("Another checkpoint was being taken at the same time; run again.",
                               returncode=SOME_FAILED) from None
        except DatabaseError as exc:
            raise unreachable_database(exc) from None
        except OSError as exc:
            raise CommandError(f"Cannot write {options['export']}: {exc.strerror}", returncode=SOME_FAILED) from None
        self.stdout.write(export_row(checkpoint))
