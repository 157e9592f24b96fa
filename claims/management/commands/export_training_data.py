"""python manage.py export_training_data: reviewers' judgements of check-worthiness, in the training format."""

import csv
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.selectors import checkworthiness_judgements
from tracker.commands import SOME_FAILED, unreachable_database


class Command(BaseCommand):
    help = (
        "Write the newsroom's own judgements as training data, one sentence a line in the CLEF CheckThat! "
        "format (id, speaker, sentence, label): claims a reviewer dismissed (0), sentences a reviewer promoted "
        "to claims (1), claims a reviewer gave a verdict (1). Put the file beside the training data and run "
        "train_checkworthiness. Exit status: 0 done, 1 the database or the file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--out", type=Path, default=None, help="File to write (default: standard output).")
        parser.add_argument("--dry-run", action="store_true", help="Count the judgements; write nothing.")

    def handle(self, *args, **options):
        try:
            rows = list(checkworthiness_judgements())
        except DatabaseError as exc:
            raise unreachable_database(exc) from None
        if options["dry_run"]:
            self.stdout.write(f"{len(rows)} judgements: {sum(r[3] for r in rows)} check-worthy, "
                              f"{sum(1 - r[3] for r in rows)} not.")
            return
        try:
            handle = options["out"].open("w", encoding="utf-8", newline="") if options["out"] else sys.stdout
        except OSError as exc:
            raise CommandError(f"Cannot write {options['out']}: {exc.strerror}", returncode=SOME_FAILED) from None
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for claim_id, speaker, text, label in rows:
            writer.writerow([claim_id, speaker or "UNKNOWN", " ".join(text.split()), label])
        if options["out"]:
            handle.close()
            if options["verbosity"]:
                self.stderr.write(f"{len(rows)} judgements written to {options['out']}")
