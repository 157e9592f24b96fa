"""python manage.py rescore_claims: give stored claims the current model's check-worthiness."""

from django.core.management.base import BaseCommand
from django.db import DatabaseError
from tqdm import tqdm

from sources.importer.rescoring import rescore
from sources.models import Article
from tracker.commands import unreachable_database


class Command(BaseCommand):
    help = (
        "Rescore stored claims with the current check-worthiness model, article by article (each claim read "
        "with its neighbouring sentences, as an import would). Claims a reviewer has given a verdict are never "
        "touched. --dry-run counts what would change. Exit status: 0 done, 1 the database failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")
        parser.add_argument("--article", type=int, action="append", dest="articles", metavar="ID",
                            help="Only this article (repeatable).")

    def handle(self, *args, **options):
        try:
            total = len(options["articles"]) if options["articles"] else Article.objects.count()
            with tqdm(total=total, unit="article", desc="Rescoring", leave=False,
                      disable=options["verbosity"] < 1) as bar:
                report = rescore(dry_run=options["dry_run"], article_ids=options["articles"], progress=bar.update)
        except DatabaseError as exc:
            raise unreachable_database(exc) from None
        verb = "would change" if options["dry_run"] else "changed"
        self.stdout.write(f"{report.articles} articles, {report.claims} claims: {report.changed} {verb}, "
                          f"{report.kept_reviewed} kept (a reviewer gave a verdict).")
