"""Reads for sources and articles. Their counts are columns kept by database triggers (sources.counters)."""

from django.db.models import QuerySet

from sources.models import Article, ImportRun, Source


def source_queryset() -> QuerySet[Source]:
    return Source.objects.prefetch_related("aliases")


def article_queryset() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").defer("body")


def article_detail_queryset() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").prefetch_related("claims")


def import_run_queryset() -> QuerySet[ImportRun]:
    return ImportRun.objects.all()
