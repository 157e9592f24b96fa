"""Reads for claims: querysets with their joins decided in one place."""

from django.db.models import Prefetch, QuerySet

from claims.claimreview import REVIEWED_STATUSES
from claims.models import Claim, ClaimEvent, Cluster
from claims.search import search_claims


def claim_queryset() -> QuerySet[Claim]:
    """Claims with everything the API and admin lists show, in one query per page."""
    # The article body can be large and no claim listing shows it.
    return Claim.objects.select_related("article", "article__outlet", "claimant").defer("article__body")


def claim_history(claim: Claim) -> QuerySet[ClaimEvent]:
    return ClaimEvent.objects.filter(claim=claim).select_related("actor").order_by("id")


def reviewed_claims(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    return queryset.filter(status__in=REVIEWED_STATUSES)


def claim_search(queryset: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    """Claims whose stored document (text, claimant and aliases, article title, outlet) matches `text`,
    in web-search syntax; see claims.search."""
    text = text.strip()
    return search_claims(queryset, text) if text else queryset


def cluster_queryset() -> QuerySet[Cluster]:
    """Clusters with their present claims (article, outlet, claimant) and conflicts: three queries a page."""
    claims = claim_queryset().filter(present=True).order_by("id")
    return Cluster.objects.prefetch_related(Prefetch("claims", queryset=claims, to_attr="present_claims"),
                                            "conflicts")
