"""Sources, articles and import runs: read-only API; and extraction of a text that is not stored."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.serializers import ClaimSerializer, PromoteSerializer, StrictSerializer
from claims.api.views import CanSetStatus, service_errors
from claims.models import Origin
from claims.selectors import claim_queryset
from claims.services import Actor, claim_promote
from sources.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ImportRunSerializer,
    ScorecardSerializer,
    SourceSerializer,
)
from sources.filters import ArticleFilter, SourceFilter
from sources.importer.preview import MAX_CHARS, preview
from sources.importer.reading import ArticleFileError
from sources.models import Article
from sources.selectors import (
    article_detail_queryset,
    article_queryset,
    import_run_queryset,
    source_queryset,
    source_scorecard,
)
from tracker.conditional import ConditionalDetailMixin
from tracker.ordering import OrderingMixin, ordering_parameter
from tracker.parsers import StrictJSONParser
from tracker.permissions import IsStaff
from tracker.throttling import ScopedRateThrottle

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

    @extend_schema(summary="Make a sentence of the article a claim (reviewers); recorded in its history",
                   request=PromoteSerializer, responses={201: ClaimSerializer})
    @action(detail=True, methods=["post"], permission_classes=[CanSetStatus], filterset_class=None)
    def promote(self, request, pk=None):
        article = get_object_or_404(Article.objects.only("id", "body"), pk=pk)
        payload = PromoteSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        with service_errors():
            claim = claim_promote(article=article, actor=Actor.for_request(request, Origin.API),
                                  **payload.validated_data)
        claim = claim_queryset().get(pk=claim.pk)
        return Response(ClaimSerializer(claim, context=self.get_serializer_context()).data, status=201)


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



class ExtractSerializer(StrictSerializer):
    text = serializers.CharField(trim_whitespace=False, max_length=MAX_CHARS,
                                 help_text=f"A plain-text article, at most {MAX_CHARS:,} characters.")
    title = serializers.CharField(required=False, allow_blank=True, max_length=500,
                                  help_text="Optional; accepted so an article-like body can be sent as it is.")


_FIGURES = {"type": "array", "items": {"$ref": "#/components/schemas/Figure"}}
EXTRACT_RESPONSE = {"type": "object", "required": ["model", "claims", "sentences"], "properties": {
    "model": {"type": "string", "description": "The check-worthiness model's version."},
    "claims": {"type": "integer", "description": "How many sentences would become claims."},
    "sentences": {"type": "array", "items": {"type": "object", "required": [
        "text", "start", "end", "checkworthiness", "reasons", "claim", "claimant", "figures", "dates"], "properties": {
        "text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
        "checkworthiness": {"type": "number", "minimum": 0, "maximum": 1,
                            "description": "The learned model's probability that it is worth checking."},
        "reasons": {"type": "array", "items": {"type": "string"}},
        "claim": {"type": "boolean", "description": "Whether an import would make it a claim."},
        "claimant": {"type": ["string", "null"]}, "figures": _FIGURES, "dates": _FIGURES}}}}}


class ExtractView(APIView):
    """Stores nothing: what an import would extract from a text."""

    permission_classes = [IsAuthenticated]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "extract"
    parser_classes = [StrictJSONParser]

    @extend_schema(summary="Extract claims from a text without storing it (signed in)", request=ExtractSerializer,
                   responses={200: OpenApiResponse(EXTRACT_RESPONSE, description="Every sentence, scored."),
                              413: OpenApiResponse(description="The body is over MAX_REQUEST_BYTES.")},
                   operation_id="extract_create", tags=["extract"])
    def post(self, request):
        payload = ExtractSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            return Response(preview(payload.validated_data["text"]))
        except ArticleFileError as exc:
            raise ValidationError({"text": [str(exc)]}) from None
