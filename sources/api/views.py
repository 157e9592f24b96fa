"""Sources, articles and import runs: read-only API."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from sources.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ImportRunSerializer,
    ScorecardSerializer,
    SourceSerializer,
)
from sources.filters import ArticleFilter, SourceFilter
from sources.selectors import (
    article_detail_queryset,
    article_queryset,
    import_run_queryset,
    source_queryset,
    source_scorecard,
)
from tracker.conditional import ConditionalDetailMixin
from tracker.ordering import OrderingMixin, ordering_parameter
from tracker.permissions import IsStaff

SOURCE_ORDERING = ("id", "name")
ARTICLE_ORDERING = ("id", "created_at", "published_at")
IMPORT_ORDERING = ("id",)


@extend_schema_view(list=extend_schema(summary="List sources", parameters=[ordering_parameter(SOURCE_ORDERING, "id")]),
                    retrieve=extend_schema(summary="One source"))
class SourceViewSet(OrderingMixin, ConditionalDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Outlets, organisations, agencies and people that publish or make claims."""

    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    ordering_fields = SOURCE_ORDERING

    def get_queryset(self):
        return source_queryset()

    @extend_schema(summary="How the source's claims were judged: as claimant and as outlet, in total and by month",
                   responses={200: ScorecardSerializer})
    @action(detail=True, methods=["get"], filterset_class=None, pagination_class=None)
    def scorecard(self, request, pk=None):
        return Response(ScorecardSerializer(source_scorecard(self.get_object())).data)


@extend_schema_view(list=extend_schema(summary="List articles", parameters=[
                        ordering_parameter(ARTICLE_ORDERING, "id")]),
                    retrieve=extend_schema(summary="One article with its body and claims"))
class ArticleViewSet(OrderingMixin, ConditionalDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Imported news articles."""

    filterset_class = ArticleFilter
    ordering_fields = ARTICLE_ORDERING

    def get_queryset(self):
        return article_detail_queryset() if self.action == "retrieve" else article_queryset()

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


@extend_schema_view(list=extend_schema(summary="List import runs (staff)",
                                        parameters=[ordering_parameter(IMPORT_ORDERING, "-id")]),
                    retrieve=extend_schema(summary="One import run (staff)"))
class ImportRunViewSet(OrderingMixin, viewsets.ReadOnlyModelViewSet):
    """Runs of the article importer, with counts and failures. Staff only."""

    serializer_class = ImportRunSerializer
    permission_classes = [IsStaff]
    ordering_fields = IMPORT_ORDERING
    default_ordering = "-id"

    def get_queryset(self):
        return import_run_queryset()

