"""python manage.py verify_audit: prove the audit trail has not been tampered with."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.audit import verify_claims
from claims.checkpoints import verify_checkpoints
from claims.models import AuditCheckpoint, Claim
from tracker.commands import USAGE_ERROR, unreachable_database


class Command(BaseCommand):
    help = ("Recompute every claim's hash chains (verdicts and audit entries), check that each claim's status "
            "equals its newest verdict, and replay all history against the signed audit checkpoints (and against "
            "their exported copies with --checkpoints FILE): a removed or rewritten history is found. "
            "Exit 0 when clean, 1 with a report of each problem, 2 usage error.")

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="Claims checked per query batch.")
        parser.add_argument("--checkpoints", type=Path, metavar="FILE",
                            help="Checkpoints exported earlier (audit_checkpoint output, JSON lines) to compare "
                                 "with the database's.")

    def handle(self, *args, **options):
        exported = self._exported(options["checkpoints"]) if options["checkpoints"] else []
        try:
            self._verify(options, exported)
        except DatabaseError as exc:
            raise unreachable_database(exc) from None

    def _exported(self, path: Path) -> list[dict]:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {path}: {exc}", returncode=USAGE_ERROR) from None
        rows = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                row = None
            if not isinstance(row, dict) or not isinstance(row.get("id"), int):
                raise CommandError(f"{path}:{number}: not a checkpoint line (audit_checkpoint output)",
                                   returncode=USAGE_ERROR)
            rows.append(row)
        return rows

    def _verify(self, options, exported: list[dict]):
        problems = 0
        broken_claims: set[int] = set()
        for problem in verify_claims(batch_size=options["batch_size"]):
            problems += 1
            broken_claims.add(problem.claim_id)
            self.stdout.write(self.style.ERROR(str(problem)))
        for problem in verify_checkpoints(exported):
            problems += 1
            self.stdout.write(self.style.ERROR(problem))
        checked = Claim.objects.count()
        checkpoints = AuditCheckpoint.objects.count()
        if problems:
            self.stdout.write(self.style.ERROR(
                f"Audit FAILED: {problems} problems ({len(broken_claims)} of {checked} claims affected)."))
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS(
            f"Audit OK: {checked} claims, every chain and status intact; {checkpoints} checkpoints hold"
            + (f" ({len(exported)} exported copies match)." if exported else ".")))
