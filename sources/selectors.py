"""Reads for sources and articles. Their counts are columns kept by database triggers (sources.counters)."""

from django.db.models import QuerySet

from sources.models import Article, ImportRun, Source, SourceAlias


def source_queryset() -> QuerySet[Source]:
    """Sources; a page's aliases come from alias_names() in one query."""
    return Source.objects.all()


def alias_names(source_ids: list[int]) -> dict[int, list[str]]:
    """Each source's alias names, ordered by name: one query, no model instances (Django's
    prefetch_related cost more than the rest of a sources page)."""
    names: dict[int, list[str]] = {source_id: [] for source_id in source_ids}
    for source_id, name in (SourceAlias.objects.filter(source_id__in=source_ids).order_by("name", "id")
                            .values_list("source_id", "name")):
        names[source_id].append(name)
    return names


def article_queryset() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").defer("body")


def article_detail_queryset() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").prefetch_related("claims")


def import_run_queryset() -> QuerySet[ImportRun]:
    return ImportRun.objects.all()


def source_scorecard(source: Source) -> dict:
    """How the claims a source made (as claimant) and the claims in its articles (as outlet) were judged:
    totals by status and the same per month of publication (the article's date, else its import).

    Two grouped queries over the source's own claims, each served by an index (claimant / outlet)."""
    from django.db.models import Count
    from django.db.models.functions import Coalesce, TruncMonth

    from claims.models import Claim, Status

    def card(claims) -> dict:
        rows = (claims.filter(present=True)
                .annotate(month=TruncMonth(Coalesce("article__published_at", "article__created_at")))
                .order_by().values("month", "status").annotate(n=Count("id")))
        months: dict = {}
        for row in rows:
            months.setdefault(row["month"], dict.fromkeys(Status.values, 0))[row["status"]] += row["n"]
        totals = {status: sum(month[status] for month in months.values()) for status in Status.values}
        return {"total": sum(totals.values()), **totals,
                "by_month": [{"month": month.strftime("%Y-%m"), **counts} for month, counts in sorted(months.items())]}

    return {"as_claimant": card(Claim.objects.filter(claimant=source)),
            "as_outlet": card(Claim.objects.filter(article__outlet=source))}
