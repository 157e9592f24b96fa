"""Query filters for /api/v1/sources/ and /api/v1/articles/."""

import django_filters
from django.db import connection
from django.db.models import Q

from sources.models import Article, Source, SourceKind
from tracker.filters import FilterSet, IdFilter, SearchFilter, UtcDateTimeFilter


class SourceFilter(FilterSet):
    kind = django_filters.ChoiceFilter(choices=SourceKind.choices, help_text="What kind of source.")
    q = SearchFilter(method="search", max_length=200, help_text="Name or alias contains.")

    class Meta:
        model = Source
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(aliases__name__icontains=value)).distinct()


class ArticleFilter(FilterSet):
    outlet = IdFilter(field_name="outlet_id", help_text="Outlet (source) id.")
    published_after = UtcDateTimeFilter(field_name="published_at", lookup_expr="gte",
                                         help_text="Published at or after this time (ISO 8601).")
    published_before = UtcDateTimeFilter(field_name="published_at", lookup_expr="lt",
                                          help_text="Published before this time (ISO 8601).")
    q = SearchFilter(method="search", max_length=200, help_text="Search title and body.")

    class Meta:
        model = Article
        fields = []

    def search(self, queryset, name, value):
        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import SearchQuery, SearchVector

            return queryset.annotate(_doc=SearchVector("title", config="english")).filter(
                _doc=SearchQuery(value, config="english", search_type="websearch"))
        return queryset.filter(Q(title__icontains=value) | Q(body__icontains=value))
