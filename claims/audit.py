"""Recompute every claim's hash chains and check Claim.status against its newest verdict."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS

from claims.models import Claim, ClaimEvent, VerificationStatus


@dataclass(frozen=True)
class AuditProblem:
    claim_id: int
    table: str
    entry_id: int | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.table} #{self.entry_id}" if self.entry_id else self.table
        return f"claim {self.claim_id}: {where}: {self.problem}"


def _check_chain(model, claim_id: int, rows: list) -> Iterator[AuditProblem]:
    table = model._meta.db_table
    prev = ""
    for row in rows:
        if row.prev_hash != prev:
            yield AuditProblem(claim_id, table, row.pk, "prev_hash does not match the previous entry "
                               "(an entry was removed or reordered)")
        if not row.is_intact():
            yield AuditProblem(claim_id, table, row.pk, "entry_hash does not match the entry's content "
                               "(the entry was altered)")
        prev = row.entry_hash


def verify_claims(batch_size: int = 500, using: str = DEFAULT_DB_ALIAS) -> Iterator[AuditProblem]:
    """Walk all claims in id order, a batch at a time (memory stays flat), in the database `using`."""
    last_id = 0
    while True:
        claims = list(Claim.objects.using(using).filter(pk__gt=last_id).order_by("pk").values_list("pk", "status")[:batch_size])
        if not claims:
            return
        ids = [pk for pk, _ in claims]
        verdicts: dict[int, list[VerificationStatus]] = {}
        for verdict in VerificationStatus.objects.using(using).filter(claim_id__in=ids).order_by("claim_id", "id"):
            verdicts.setdefault(verdict.claim_id, []).append(verdict)
        events: dict[int, list[ClaimEvent]] = {}
        for event in ClaimEvent.objects.using(using).filter(claim_id__in=ids).order_by("claim_id", "id"):
            events.setdefault(event.claim_id, []).append(event)
        for claim_id, status in claims:
            claim_verdicts = verdicts.get(claim_id, [])
            yield from _check_chain(VerificationStatus, claim_id, claim_verdicts)
            yield from _check_chain(ClaimEvent, claim_id, events.get(claim_id, []))
            if not events.get(claim_id):
                yield AuditProblem(claim_id, "claims_claim", None, "has no audit entry at all")
            if not claim_verdicts:
                yield AuditProblem(claim_id, "claims_claim", None, "has no verdict at all")
            elif claim_verdicts[-1].status != status:
                yield AuditProblem(claim_id, "claims_claim", None, f"status is {status!r} but the newest verdict "
                                   f"(#{claim_verdicts[-1].pk}) says {claim_verdicts[-1].status!r}")
        last_id = ids[-1]
