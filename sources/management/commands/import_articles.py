"""python manage.py import_articles [PATH ...]: import plain-text news articles and extract claims."""

import contextlib
import getpass
import json
import socket
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from sources.importer.manifest import ManifestError, load_manifest
from sources.importer.pipeline import RunTotals, import_files, import_run_finish, import_run_start
from sources.importer.reading import find_article_files
from tracker.commands import SOME_FAILED, USAGE_ERROR, first_line, unreachable_database


class Command(BaseCommand):
    help = (
        "Import plain-text news articles (*.txt files or folders of them; default: seeds/), extract their "
        "check-worthy claims, and record the run. Safe to re-run: unchanged files are skipped. "
        "Exit status: 0 all imported (duplicates of imported text are skipped and counted), 1 some files failed, "
        "2 usage error. "
        "-v 0: only errors; -v 1: a summary line; -v 2: a line per file."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders of *.txt (default: seeds/).")
        parser.add_argument("--dry-run", action="store_true", help="Parse and report; write nothing.")
        parser.add_argument("--manifest", type=Path, help="JSON file: {file name: {url, title, outlet, "
                            "published_at, language}}.")
        parser.add_argument("--format", choices=["text", "json"], default="text",
                            help="json prints a machine-readable summary (for cron logs).")
        parser.add_argument("--started-by", default="", help="Who or what started the run (default: user@host).")
        parser.add_argument("--jobs", type=int, default=1, help="Worker processes (PostgreSQL; default 1). "
                            "Each file is still written whole or not at all.")

    def handle(self, *args, **options):
        paths = options["paths"] or [Path(settings.BASE_DIR) / "seeds"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"{missing[0]}: no such file or directory", returncode=USAGE_ERROR)
        try:
            manifest = load_manifest(options["manifest"]) if options["manifest"] else {}
        except ManifestError as exc:
            raise CommandError(str(exc), returncode=USAGE_ERROR) from None

        verbosity = options["verbosity"]
        as_json = options["format"] == "json"
        dry_run = options["dry_run"]
        started_by = options["started_by"] or f"{getpass.getuser()}@{socket.gethostname()}"
        if not 1 <= options["jobs"] <= 64:
            raise CommandError("--jobs must be between 1 and 64", returncode=USAGE_ERROR)
        try:
            run = None if dry_run else import_run_start(started_by=started_by, paths=[str(p) for p in paths])
        except DatabaseError as exc:
            raise unreachable_database(exc) from None

        files = find_article_files(paths)
        show_progress = sys.stderr.isatty() and not as_json and verbosity >= 1
        if show_progress:
            files = list(files)
        results = import_files(files, jobs=options["jobs"], manifest=manifest, started_by=started_by,
                               dry_run=dry_run, run_id=run.pk if run else None)
        if show_progress:
            results = tqdm(results, total=len(files), unit="file", desc="Importing", leave=False)
        totals = RunTotals()
        try:
            for result in results:
                totals.add(result)
                self._report_file(result, verbosity=verbosity, as_json=as_json)
        except (KeyboardInterrupt, DatabaseError) as exc:
            # Files already written stay imported (each committed whole); the run says where it stopped.
            reason = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"database error: {first_line(exc)}"
            if run is not None:
                with contextlib.suppress(DatabaseError):
                    import_run_finish(run, totals, interrupted=reason)
            raise CommandError(f"Import stopped after {totals.files_seen} files: {reason}",
                               returncode=SOME_FAILED) from None
        if run is not None:
            run = import_run_finish(run, totals)

        if verbosity >= 1 or as_json:
            self._report(totals, run_id=run.pk if run else None, dry_run=dry_run, as_json=as_json)
        if totals.failed:
            sys.exit(SOME_FAILED)

    def _report_file(self, result, *, verbosity: int, as_json: bool) -> None:
        if result.outcome == "failed":
            if not as_json:
                self.stderr.write(f"{result.path}: {result.reason}")
        elif result.outcome == "duplicate":
            if verbosity >= 1 and not as_json:
                self.stdout.write(self.style.WARNING(f"{result.path}: duplicate, {result.reason} (skipped)"))
        elif verbosity >= 2 and not as_json:
            self.stdout.write(f"{result.path}: {result.outcome}, {result.claims_created} claims added"
                              + (f", {result.claims_retired} no longer present" if result.claims_retired else ""))

    def _report(self, totals: RunTotals, *, run_id, dry_run: bool, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps({
                "run": run_id, "dry_run": dry_run, "files_seen": totals.files_seen,
                "articles_created": totals.created, "articles_updated": totals.updated,
                "articles_unchanged": totals.unchanged, "duplicates": totals.duplicate, "failed": totals.failed,
                "claims_created": totals.claims_created, "claims_retired": totals.claims_retired,
                "failures": totals.failures, "duplicate_files": totals.duplicates,
            }))
            return
        prefix = "Dry run, nothing written: would import" if dry_run else f"Import run #{run_id}:"
        line = (f"{prefix} {totals.files_seen} files: {totals.created} created, {totals.updated} updated, "
                f"{totals.unchanged} unchanged, {totals.duplicate} duplicates, {totals.failed} failed; {totals.claims_created} claims added, "
                f"{totals.claims_retired} no longer present.")
        if not (totals.created or totals.updated or totals.failed) and totals.files_seen:
            line += " Nothing changed."
        style = self.style.WARNING if totals.failed else self.style.SUCCESS
        self.stdout.write(style(line))
