"""Reads for claims: querysets with their joins decided in one place."""

from django.db import connection
from django.db.models import Prefetch, Q, QuerySet

from claims.claimreview import REVIEWED_STATUSES
from claims.models import Claim, ClaimEvent, Cluster


def claim_queryset() -> QuerySet[Claim]:
    """Claims with everything the API and admin lists show, in one query per page."""
    # The article body can be large and no claim listing shows it.
    return Claim.objects.select_related("article", "article__outlet", "claimant").defer("article__body")


def claim_history(claim: Claim) -> QuerySet[ClaimEvent]:
    return ClaimEvent.objects.filter(claim=claim).select_related("actor").order_by("id")


def reviewed_claims(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    return queryset.filter(status__in=REVIEWED_STATUSES)


def claim_search(queryset: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    """Search claim text, claimant name and article title.

    PostgreSQL: full-text search, each part served by its own GIN index
    (migrations claims 0003 and sources 0002). SQLite: case-insensitive contains.
    """
    from sources.models import Article, Source

    text = text.strip()
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        query = SearchQuery(text, config="english", search_type="websearch")
        by_text = Claim.objects.annotate(doc=SearchVector("text", config="english")).filter(doc=query)
        by_claimant = Claim.objects.filter(claimant__in=Source.objects.annotate(
            doc=SearchVector("name", config="simple")).filter(doc=SearchQuery(text, config="simple",
                                                                               search_type="websearch")))
        by_title = Claim.objects.filter(article__in=Article.objects.annotate(
            doc=SearchVector("title", config="english")).filter(doc=query))
        # A UNION of three index-served id sets: an OR across the joins would defeat the GIN indexes.
        matching = by_text.values("id").union(by_claimant.values("id"), by_title.values("id"))
        return queryset.filter(pk__in=matching)
    return queryset.filter(Q(text__icontains=text) | Q(claimant__name__icontains=text)
                           | Q(article__title__icontains=text))


def cluster_queryset() -> QuerySet[Cluster]:
    """Clusters with their present claims (article, outlet, claimant) and conflicts: three queries a page."""
    claims = claim_queryset().filter(present=True).order_by("id")
    return Cluster.objects.prefetch_related(Prefetch("claims", queryset=claims, to_attr="present_claims"),
                                            "conflicts")
