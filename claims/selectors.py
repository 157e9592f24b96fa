"""Reads for claims: querysets with their joins decided in one place."""

from django.db.models import Prefetch, QuerySet

from claims.claimreview import REVIEWED_STATUSES
from claims.models import Claim, ClaimEvent, Cluster
from claims.search import search_claims


def claim_queryset() -> QuerySet[Claim]:
    """Claims with everything the API and admin lists show, in one query per page."""
    # The article body can be large and no claim listing shows it.
    return Claim.objects.select_related("article", "article__outlet", "claimant").defer("article__body")


# What a claims list shows (claims.api.serializers.ClaimSerializer), read as plain rows: building model
# instances for the claim, its article, outlet and claimant cost more than the query.
CLAIM_ROW = (
    "id", "text", "status", "status_changed_at", "version", "start", "end", "checkworthiness", "reasons", "figures",
    "present", "cluster_id", "has_conflict", "needs_review", "suggested_status", "created_at", "updated_at",
    "article_id", "article__title", "article__url", "article__outlet_id", "article__outlet__name", "claimant_id",
    "claimant__name",
)


def claim_rows() -> QuerySet:
    """Claims as dicts with the keys of CLAIM_ROW, for lists."""
    return Claim.objects.values(*CLAIM_ROW)


def claim_row(claim: Claim) -> dict:
    """One claim (from claim_queryset()) as the dict claim_rows() gives."""
    article, claimant = claim.article, claim.claimant
    row = {name: getattr(claim, name) for name in CLAIM_ROW if "__" not in name}
    row.update({"article__title": article.title, "article__url": article.url,
                "article__outlet_id": article.outlet_id, "article__outlet__name": article.outlet.name,
                "claimant__name": claimant.name if claimant is not None else None})
    return row


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
