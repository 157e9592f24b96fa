"""python manage.py extract FILE: what the importer would make of an article, as JSON; nothing is stored."""

import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sources.importer.preview import preview
from sources.importer.reading import ArticleFileError, decode_article, read_article
from tracker.commands import USAGE_ERROR


class Command(BaseCommand):
    help = (
        "Print every sentence of FILE ('-': standard input) with its check-worthiness and reasons, whether it "
        "would become a claim, its claimant, figures and dates, as JSON (the same as POST /api/v1/extract/). "
        "Stores nothing. Exit status: 0 done, 2 the file cannot be read or is not text."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A plain-text article, or - for standard input.")
        parser.add_argument("--dry-run", action="store_true", help="Accepted for symmetry: extract never writes.")

    def handle(self, *args, **options):
        try:
            if options["file"] == "-":
                text, _ = decode_article(sys.stdin.buffer.read())
            else:
                text = read_article(Path(options["file"]), max_bytes=settings.IMPORT_MAX_BYTES).text
            result = preview(text)
        except ArticleFileError as exc:
            raise CommandError(f"{options['file']}: {exc}", returncode=USAGE_ERROR) from None
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=1))
