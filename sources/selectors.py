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
