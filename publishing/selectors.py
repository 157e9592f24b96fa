"""Reads for published fact checks: a constant number of queries per page, each an index range."""

from django.db.models import Q, QuerySet

from claims.models import Claim
from publishing.models import Correction, CoveredClaim, FactCheck

PAGE_SIZE = 50


def live_fact_checks() -> QuerySet[FactCheck]:
    return FactCheck.objects.filter(withdrawn_at__isnull=True)


def fact_check_page(*, rating: str = "", text: str = "", before: tuple | None = None,
                    size: int = PAGE_SIZE) -> list[FactCheck]:
    """Live fact checks, newest first, after the keyset `before` = (first_published_at, id)."""
    checks = live_fact_checks().defer("evidence")
    if rating:
        checks = checks.filter(status=rating)
    if text:
        checks = checks.filter(claim_text__icontains=text)
    if before is not None:
        at, pk = before
        checks = checks.filter(Q(first_published_at__lt=at) | Q(first_published_at=at, id__lt=pk))
    return list(checks.order_by("-first_published_at", "-id")[:size + 1])


def corrections(fact_check: FactCheck) -> list[Correction]:
    return list(Correction.objects.filter(fact_check=fact_check).order_by("id"))


def published_claims(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """Claims covered by a live fact check (their ClaimReview is that fact check's)."""
    return queryset.filter(coverage__fact_check__withdrawn_at__isnull=True)


def covering(claim_ids) -> dict[int, FactCheck]:
    """Each claim's covering fact check (live or withdrawn), in one query."""
    rows = CoveredClaim.objects.filter(claim_id__in=list(claim_ids)).select_related("fact_check")
    return {row.claim_id: row.fact_check for row in rows}
