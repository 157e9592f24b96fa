"""Reads for sources and articles, with their counts computed in the same query."""

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import Claim
from sources.models import Article, ImportRun, Source


def _count(queryset, field: str):
    counted = queryset.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def source_queryset() -> QuerySet[Source]:
    return Source.objects.prefetch_related("aliases").annotate(
        article_count=_count(Article.objects, "outlet"),
        claim_count=_count(Claim.objects, "claimant"),
    )


def article_queryset() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").defer("body").annotate(
        claim_count=_count(Claim.objects.filter(present=True), "article"),
    )


def article_detail_queryset() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").prefetch_related("claims").annotate(
        claim_count=_count(Claim.objects.filter(present=True), "article"),
    )


def import_run_queryset() -> QuerySet[ImportRun]:
    return ImportRun.objects.all()
