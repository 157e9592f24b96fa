"""python manage.py verify_audit: prove the audit trail has not been tampered with."""

import sys

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from claims.audit import verify_claims
from claims.models import Claim
from tracker.commands import unreachable_database


class Command(BaseCommand):
    help = ("Recompute every claim's hash chains (verdicts and audit entries) and check that each claim's "
            "status equals its newest verdict. Exit 0 when clean, 1 with a report of each broken claim and entry.")

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="Claims checked per query batch.")

    def handle(self, *args, **options):
        try:
            self._verify(options)
        except DatabaseError as exc:
            raise unreachable_database(exc) from None

    def _verify(self, options):
        problems = 0
        broken_claims: set[int] = set()
        for problem in verify_claims(batch_size=options["batch_size"]):
            problems += 1
            broken_claims.add(problem.claim_id)
            self.stdout.write(self.style.ERROR(str(problem)))
        checked = Claim.objects.count()
        if problems:
            self.stdout.write(self.style.ERROR(
                f"Audit FAILED: {problems} problems in {len(broken_claims)} of {checked} claims."))
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS(f"Audit OK: {checked} claims, every chain and status intact."))
