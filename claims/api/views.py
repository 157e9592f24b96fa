"""Claims API: thin views that validate input and call claims.services / claims.selectors."""

import csv
import json
from contextlib import contextmanager

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import StreamingHttpResponse
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import mixins, renderers, serializers, viewsets
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, NotAcceptable, NotFound, PermissionDenied, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from claims.api import examples
from claims.api.serializers import (
    ClaimSerializer,
    ClusterSerializer,
    ClusterStatusResultSerializer,
    DismissSerializer,
    HistoryEntrySerializer,
    StatusChangeResultSerializer,
    StatusChangeSerializer,
)
from claims.filters import ClaimFilter, ClusterFilter
from claims.models import Claim, Origin
from claims.selectors import (
    claim_history,
    claim_queryset,
    claim_rows,
    cluster_queryset,
    stream_rows,
)
from claims.services import (
    Actor,
    VersionConflict,
    can_set_status,
    claim_dismiss,
    claim_set_status,
    cluster_set_status,
)
from publishing.claimreview import CLAIM_REVIEW_SCHEMA, claim_reviews, page_url
from publishing.selectors import covering, published_claims
from publishing.serializers import PublicationSerializer, PublishSerializer, WithdrawSerializer
from publishing.services import fact_check_publish, fact_check_withdraw
from tracker.conditional import ConditionalDetailMixin, PreconditionFailed, etag_of, expected_version
from tracker.db import batched
from tracker.ordering import OrderingMixin, ordering_parameter
from tracker.pagination import PAGING_PARAMETERS, paginated
from tracker.parsers import StrictJSONParser
from tracker.throttling import LOGIN_THROTTLES


class CSVRenderer(renderers.BaseRenderer):
    """Content negotiation for /claims/export.csv, whose view streams the rows itself."""

    media_type = "text/csv"
    format = "csv"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data if isinstance(data, bytes | str) else b""


class JSONLinesRenderer(CSVRenderer):
    """Content negotiation for /claims/claimreview.jsonl, whose view streams the lines itself."""

    media_type = "application/x-ndjson"
    format = "jsonl"


STREAMED = {"export": CSVRenderer, "claimreview_export": JSONLinesRenderer}


def only_format(request, served: str) -> None:
    """A file endpoint serves its one format: ?format=json there is 406, never a CSV labelled otherwise."""
    asked = request.query_params.get("format")
    if asked not in (None, served):
        raise NotAcceptable(f"format={asked!r} is not served here; this endpoint serves {served} only.")


class Echo:
    def write(self, value):
        return value


CSV_COLUMNS = ["id", "status", "text", "claimant", "outlet", "article_id", "article_title", "article_url",
               "start", "end", "checkworthiness", "present", "version", "status_changed_at", "created_at",
               "updated_at"]


def _csv_rows(rows):
    writer = csv.writer(Echo())
    yield writer.writerow(CSV_COLUMNS)
    for row in stream_rows(rows):
        yield writer.writerow([
            row["id"], row["status"], row["text"], row["claimant__name"] or "", row["article__outlet__name"],
            row["article_id"], row["article__title"], row["article__url"], row["start"], row["end"],
            row["checkworthiness"], row["present"], row["version"], row["status_changed_at"].isoformat(),
            row["created_at"].isoformat(), row["updated_at"].isoformat(),
        ])


@contextmanager
def service_errors():
    """The API's answer to a service's refusal: 412 for a stale version, 400 for invalid input, 403."""
    try:
        yield
    except VersionConflict as exc:
        raise PreconditionFailed() from exc
    except DjangoValidationError as exc:
        raise ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages) from exc
    except DjangoPermissionDenied as exc:
        raise PermissionDenied(str(exc)) from exc


class Gone(APIException):
    status_code = 410
    default_detail = "Withdrawn."
    default_code = "gone"


def _reviews_of(rows) -> list[dict]:
    """The ClaimReview of each claim row, in order, from its covering fact check: three queries a page."""
    rows = list(rows)
    checks = covering(row["id"] for row in rows)
    reviews = claim_reviews({fc.pk: fc for fc in checks.values()}.values())
    return [reviews[checks[row["id"]].pk] for row in rows if row["id"] in checks]


class CurrentETagOn412:
    """A 412 carries the current ETag, so the client can re-read and retry."""

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if isinstance(exc, PreconditionFailed) and self.kwargs.get("pk"):
            current = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
            if current is not None:
                response["ETag"] = etag_of(current)
        return response


class CanSetStatus(IsAuthenticated):
    message = "Only reviewers may change a claim's status."

    def has_permission(self, request, view) -> bool:
        return super().has_permission(request, view) and (
            not request.user.is_authenticated or can_set_status(request.user)
        )


CLAIM_ORDERING = ("created_at", "updated_at", "status_changed_at", "checkworthiness", "id")
ORDERING_PARAMETER = ordering_parameter(CLAIM_ORDERING, "id; updated_at when updated_since is given")


@extend_schema_view(
    list=extend_schema(summary="List claims", parameters=[ORDERING_PARAMETER]),
    retrieve=extend_schema(summary="One claim (ETag: its version)", examples=[examples.CLAIM]),
)
class ClaimViewSet(CurrentETagOn412, OrderingMixin, ConditionalDetailMixin, mixins.ListModelMixin,
                   mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Claims extracted from articles, with their current verification status."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    ordering_fields = CLAIM_ORDERING
    default_ordering = "id"

    def get_default_ordering(self, request) -> str:
        # A poll for changes walks them in the order they happened: the (updated_at, id) index serves the
        # filter and the order at once, where id order made both planners walk every claim older than the
        # poll's time (0.2-0.5 s at 1M claims) to find the few changed since.
        return "updated_at" if "updated_since" in request.query_params else self.default_ordering

    def last_modified(self, claim):
        """The latest change of anything the claim's representation shows: the claim itself (status,
        cluster, conflict flags: every write sets updated_at), its article, outlet and claimant."""
        parts = [claim, claim.article, claim.article.outlet, claim.claimant]
        return max(part.updated_at for part in parts if part is not None)

    def get_queryset(self):
        # Lists and exports read plain rows of the claims table (claims.selectors.claim_rows).
        return claim_rows() if self.action in ("list", "export", "claimreview_list", "claimreview_export") else claim_queryset()

    def get_renderers(self):
        streamed = STREAMED.get(self.action_map.get("get"))
        if streamed is not None:
            # JSON first: errors (even a failed negotiation) are JSON; the file itself is streamed by the view.
            return [renderers.JSONRenderer(), streamed()]
        return super().get_renderers()

    @extend_schema(summary="All claims as CSV, streamed (same filters and ordering as the list)",
                   operation_id="claims_export_csv", filters=True, parameters=[ORDERING_PARAMETER],
                   responses={(200, "text/csv"): OpenApiResponse(description="CSV file")})
    def export(self, request):
        """Routed as /claims/export.csv (tracker/api_urls.py)."""
        only_format(request, "csv")
        queryset = self.filter_queryset(self.get_queryset()).order_by(*self.ordering_from_request(request))
        response = StreamingHttpResponse(_csv_rows(queryset), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response

    @extend_schema(summary="Set a claim's status (reviewers)", request=StatusChangeSerializer,
                   parameters=[OpenApiParameter("If-Match", str, OpenApiParameter.HEADER,
                                                description='The ETag you read, e.g. "3"; 412 if it changed.')],
                   responses={200: StatusChangeResultSerializer},
                   examples=[examples.STATUS_CHANGE, examples.STATUS_CHANGED])
    @action(detail=True, methods=["post"], permission_classes=[CanSetStatus])
    def status(self, request, pk=None):
        claim_id = self._existing_pk()
        payload = StatusChangeSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        with service_errors():
            result = claim_set_status(claim_id=claim_id, actor=Actor.for_request(request, Origin.API),
                                      expected_version=expected_version(request), **payload.validated_data)
        claim = claim_queryset().get(pk=claim_id)
        claim.changed, claim.message, claim.history_entry = result.changed, result.message, result.event
        data = StatusChangeResultSerializer(claim, context=self.get_serializer_context()).data
        return Response(data, headers={"ETag": etag_of(claim)})

    def handle_exception(self, exc):
        if isinstance(getattr(self.request, "accepted_renderer", None), CSVRenderer):
            # Errors are JSON everywhere, the streamed exports included.
            self.request.accepted_renderer = renderers.JSONRenderer()
            self.request.accepted_media_type = "application/json"
        return super().handle_exception(exc)

    @extend_schema(summary="The claim's audit history, oldest first", responses={200: HistoryEntrySerializer(many=True)})
    @action(detail=True, methods=["get"], pagination_class=None, filterset_class=None)
    def history(self, request, pk=None):
        claim = self.get_object()
        return Response(HistoryEntrySerializer(claim_history(claim), many=True,
                                               context=self.get_serializer_context()).data)

    @extend_schema(summary="schema.org ClaimReview (JSON-LD) of the claim's published fact check",
                   responses={200: OpenApiResponse(CLAIM_REVIEW_SCHEMA, description="ClaimReview JSON-LD"),
                              410: OpenApiResponse(description="The fact check was withdrawn (its page says why).")})
    @action(detail=True, methods=["get"], filterset_class=None)
    def claimreview(self, request, pk=None):
        claim = self.get_object()
        fact_check = covering([claim.pk]).get(claim.pk)
        if fact_check is None:
            raise NotFound("This claim's verdict is not published.")
        if not fact_check.live:
            raise Gone(f"The fact check was withdrawn on {fact_check.withdrawn_at:%Y-%m-%d}: {page_url(fact_check.pk)}")
        return Response(claim_reviews([fact_check])[fact_check.pk])

    @extend_schema(summary="ClaimReview of every claim with a published fact check (filters apply)",
                   operation_id="claims_claimreview_list", filters=True,
                   parameters=[ORDERING_PARAMETER, *PAGING_PARAMETERS],
                   responses={200: OpenApiResponse(paginated(CLAIM_REVIEW_SCHEMA),
                                                   description="Paginated list of ClaimReview JSON-LD")})
    @action(detail=False, methods=["get"], url_path="claimreview", url_name="claimreview-list")
    def claimreview_list(self, request):
        queryset = published_claims(self.filter_queryset(self.get_queryset()))
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(_reviews_of(page))

    @extend_schema(summary="ClaimReview of every claim with a published fact check, one JSON object a line "
                           "(JSON Lines), streamed; the list's filters and ordering apply",
                   operation_id="claims_claimreview_jsonl", filters=True, parameters=[ORDERING_PARAMETER],
                   responses={(200, "application/x-ndjson"): OpenApiResponse(description="ClaimReview JSON Lines")})
    def claimreview_export(self, request):
        """Routed as /claims/claimreview.jsonl (tracker/api_urls.py)."""
        only_format(request, "jsonl")
        queryset = published_claims(self.filter_queryset(self.get_queryset())).order_by(
            *self.ordering_from_request(request))
        lines = (json.dumps(review, ensure_ascii=False) + "\n"
                 for rows in batched(queryset.iterator(chunk_size=1000), 500) for review in _reviews_of(rows))
        response = StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claimreviews.jsonl"'
        return response

    @extend_schema(summary="Publish the claim's verdict as a fact check (reviewers)", request=PublishSerializer,
                   responses={200: PublicationSerializer})
    @action(detail=True, methods=["post"], permission_classes=[CanSetStatus])
    def publish(self, request, pk=None):
        claim_id = self._existing_pk()
        payload = PublishSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        with service_errors():
            result = fact_check_publish(claim_id=claim_id, actor=Actor.for_request(request, Origin.API),
                                        **payload.validated_data)
        return Response(PublicationSerializer(result).data)

    @extend_schema(summary="Dismiss the claim as not check-worthy (reviewers): score 0, recorded in its history",
                   request=DismissSerializer, responses={200: ClaimSerializer})
    @action(detail=True, methods=["post"], permission_classes=[CanSetStatus])
    def dismiss(self, request, pk=None):
        claim_id = self._existing_pk()
        payload = DismissSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        with service_errors():
            claim_dismiss(claim_id=claim_id, actor=Actor.for_request(request, Origin.API), **payload.validated_data)
        claim = claim_queryset().get(pk=claim_id)
        return Response(ClaimSerializer(claim, context=self.get_serializer_context()).data, headers={"ETag": etag_of(claim)})

    @extend_schema(summary="Withdraw the claim's published fact check (reviewers); its page stays, saying so",
                   request=WithdrawSerializer, responses={200: PublicationSerializer})
    @action(detail=True, methods=["post"], permission_classes=[CanSetStatus])
    def unpublish(self, request, pk=None):
        claim_id = self._existing_pk()
        payload = WithdrawSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        with service_errors():
            result = fact_check_withdraw(claim_id=claim_id, actor=Actor.for_request(request, Origin.API),
                                         **payload.validated_data)
        return Response(PublicationSerializer(result).data)

    def _existing_pk(self) -> int:
        """The claim id of the URL, or 404, without reading the claim (the service locks and reads it)."""
        pk = self.kwargs["pk"]
        if not str(pk).isdigit() or not Claim.objects.filter(pk=int(pk)).exists():
            raise NotFound("No Claim matches the given query.")  # as get_object() words it
        return int(pk)



CLUSTER_ORDERING = ("id", "updated_at")


@extend_schema_view(list=extend_schema(summary="List clusters: one assertion in several articles",
                                        parameters=[ordering_parameter(CLUSTER_ORDERING, "-id")]),
                    retrieve=extend_schema(summary="One cluster with its claims and conflicts"))
class ClusterViewSet(CurrentETagOn412, OrderingMixin, ConditionalDetailMixin, viewsets.ReadOnlyModelViewSet):
    """Claims from different articles about the same assertion or measured fact, with the conflicts between
    their figures and dates."""

    serializer_class = ClusterSerializer
    filterset_class = ClusterFilter
    ordering_fields = CLUSTER_ORDERING
    default_ordering = "-id"

    def get_queryset(self):
        return cluster_queryset()

    @extend_schema(summary="Give every claim of the cluster one verdict (reviewers)", request=StatusChangeSerializer,
                   parameters=[OpenApiParameter("If-Match", str, OpenApiParameter.HEADER,
                                                description='The cluster ETag you read, e.g. "3"; 412 if it changed.')],
                   responses={200: ClusterStatusResultSerializer})
    @action(detail=True, methods=["post"], permission_classes=[CanSetStatus])
    def status(self, request, pk=None):
        cluster = self.get_object()
        payload = StatusChangeSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        with service_errors():
            changes = cluster_set_status(cluster_id=cluster.pk, actor=Actor.for_request(request, Origin.API),
                                         expected_version=expected_version(request), **payload.validated_data)
        cluster = cluster_queryset().get(pk=cluster.pk)
        cluster.changed = sum(change.changed for change in changes)
        cluster.message = f"{payload.validated_data['status']} given to {len(changes)} claims ({cluster.changed} changed)."
        data = ClusterStatusResultSerializer(cluster, context=self.get_serializer_context()).data
        return Response(data, headers={"ETag": etag_of(cluster)})



class TokenView(ObtainAuthToken):
    """POST username and password, get {"token": "..."}; send it as Authorization: Token <key>."""

    # ObtainAuthToken sets throttle_classes = (), so the scope alone never applied: 45 wrong passwords in a
    # row were all answered. Both login limits apply (tracker.throttling).
    throttle_classes = LOGIN_THROTTLES
    # JSON only, like the rest of the API: offering form and multipart bodies for one schema made generated
    # clients send all three at once.
    parser_classes = [StrictJSONParser]
    renderer_classes = [renderers.JSONRenderer]

    @extend_schema(summary="Obtain an API token", request=AuthTokenSerializer,
                   responses={200: OpenApiResponse(inline_serializer("Token", {"token": serializers.CharField(
                       help_text="Send it as the header Authorization: Token <token>.")}), description="Your token."),
                              415: OpenApiResponse(description="The body is not JSON.")},
                   examples=[examples.TOKEN_REQUEST, examples.TOKEN])
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


obtain_auth_token = TokenView.as_view()
