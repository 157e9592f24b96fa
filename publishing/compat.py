"""GET /api/compat/factchecktools/v1alpha1/claims:search: Google Fact Check Tools' claims.search over this
tracker's published verdicts, with the same parameters, response shape and error shape, so tools written for
that API can point here (https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims/search).
"""

import base64
import json
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import renderers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.models import Claim
from claims.selectors import claim_search
from publishing.claimreview import RATINGS, appearances, page_url
from publishing.models import FactCheck

DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_OFFSET = 10, 100, 10_000


class InvalidArgument(Exception):
    pass


def google_error(code: int, message: str, state: str) -> Response:
    """Errors as Google APIs write them: {"error": {"code", "message", "status"}}."""
    return Response({"error": {"code": code, "message": message, "status": state}}, status=code)


def _int(params, name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidArgument(f"Invalid value at '{name}' (TYPE_INT32), \"{raw[:50]}\"") from None
    if not low <= value <= high:
        raise InvalidArgument(f"'{name}' must be between {low} and {high}.")
    return value


def _token(offset: int, fingerprint: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([offset, fingerprint]).encode()).decode().rstrip("=")


def _from_token(token: str, fingerprint: str) -> int:
    try:
        offset, seen = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        if not isinstance(offset, int) or offset < 0 or seen != fingerprint:
            raise ValueError
    except (ValueError, TypeError, UnicodeDecodeError):
        raise InvalidArgument("Invalid pageToken: pass the nextPageToken of a request with the same "
                              "other parameters.") from None
    return offset


def _site() -> str:
    return (urlsplit(settings.CLAIMTRACK_ORGANIZATION_URL).hostname or "").removeprefix("www.")


PARAMETERS = [
    OpenApiParameter("query", str, description="Text to search for. Required unless reviewPublisherSiteFilter "
                                               "is given."),
    OpenApiParameter("languageCode", str, description='BCP-47 language code ("en-US"); only its language is used.'),
    OpenApiParameter("reviewPublisherSiteFilter", str, description="Only reviews published by this site "
                                                                   "(e.g. example.org)."),
    OpenApiParameter("maxAgeDays", int, description="Only claims made or reviewed within this many days."),
    OpenApiParameter("pageSize", int, description=f"Results per page (default {DEFAULT_PAGE_SIZE}, at most "
                                                  f"{MAX_PAGE_SIZE})."),
    OpenApiParameter("pageToken", str, description="The nextPageToken of the previous response."),
    OpenApiParameter("offset", int, description="Start at this result; only when there is no pageToken."),
]
_REVIEW = {"type": "object", "properties": {
    "publisher": {"type": "object", "properties": {"name": {"type": "string"}, "site": {"type": "string"}}},
    "url": {"type": "string"}, "title": {"type": "string"}, "reviewDate": {"type": "string", "format": "date-time"},
    "textualRating": {"type": "string"}, "languageCode": {"type": "string"}}}
RESPONSE_SCHEMA = {"type": "object", "properties": {
    "claims": {"type": "array", "items": {"type": "object", "properties": {
        "text": {"type": "string"}, "claimant": {"type": "string"},
        "claimDate": {"type": "string", "format": "date-time"}, "claimReview": {"type": "array", "items": _REVIEW}}}},
    "nextPageToken": {"type": "string"}}}
ERROR_SCHEMA = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["code", "message", "status"], "properties": {
        "code": {"type": "integer"}, "message": {"type": "string"}, "status": {"type": "string"}}}}}


class ClaimSearchView(APIView):
    permission_classes = [AllowAny]
    renderer_classes = [renderers.JSONRenderer]
    filter_backends: list = []

    @extend_schema(operation_id="factchecktools_claims_search", tags=["compat"],
                   summary="Search published fact checks (Google Fact Check Tools claims:search compatible)",
                   parameters=PARAMETERS,
                   responses={200: OpenApiResponse(RESPONSE_SCHEMA, description="As Fact Check Tools answers."),
                              400: OpenApiResponse(ERROR_SCHEMA, description="INVALID_ARGUMENT"),
                              404: OpenApiResponse(ERROR_SCHEMA, description="Publishing is off.")})
    def get(self, request):
        if not settings.CLAIMTRACK_PUBLISHING:
            return google_error(404, "Publishing is off on this tracker.", "NOT_FOUND")
        try:
            return Response(self.search(request.query_params))
        except InvalidArgument as error:
            return google_error(400, str(error), "INVALID_ARGUMENT")

    def search(self, params) -> dict:
        query = params.get("query", "").strip()
        site_filter = params.get("reviewPublisherSiteFilter", "").strip().lower().removeprefix("www.")
        if not query and not site_filter:
            raise InvalidArgument("Either query or reviewPublisherSiteFilter must be given.")
        size = _int(params, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        max_age = _int(params, "maxAgeDays", 0, 0, 100_000)
        fingerprint = json.dumps([query, site_filter, params.get("languageCode", ""), max_age, size])[:200]
        offset = (_from_token(params["pageToken"], fingerprint) if params.get("pageToken")
                  else _int(params, "offset", 0, 0, MAX_OFFSET))
        language = params.get("languageCode", "").split("-")[0].lower()
        if (site_filter and site_filter != _site()) or (
                language and language != settings.CLAIMTRACK_LANGUAGE.split("-")[0].lower()):
            return {}  # as Fact Check Tools answers when nothing matches
        checks = FactCheck.objects.filter(withdrawn_at__isnull=True)
        if query:
            matching = claim_search(Claim.objects.all(), query).values("coverage__fact_check")
            checks = checks.filter(pk__in=matching)
        if max_age:
            since = timezone.now() - timedelta(days=max_age)
            checks = checks.filter(Q(modified_at__gte=since) | Q(covered__claim__article__published_at__gte=since))
        page = list(checks.order_by("-first_published_at", "-id").distinct()[offset:offset + size + 1])
        more = len(page) > size
        page = page[:size]
        seen = appearances(fc.pk for fc in page)
        site = _site()
        claims = []
        for fc in page:
            first = (seen.get(fc.pk) or [None])[0]
            item = {"text": fc.claim_text}
            if first is not None and first.claimant:
                item["claimant"] = first.claimant
            if first is not None and first.published:
                item["claimDate"] = first.published.isoformat().replace("+00:00", "Z")
            item["claimReview"] = [{
                "publisher": {"name": settings.CLAIMTRACK_ORGANIZATION_NAME, "site": site},
                "url": page_url(fc.pk),
                "title": f"{RATINGS[fc.status][1]}: {fc.claim_text[:150]}",
                "reviewDate": fc.first_published_at.isoformat().replace("+00:00", "Z"),
                "textualRating": RATINGS[fc.status][1],
                "languageCode": settings.CLAIMTRACK_LANGUAGE,
            }]
            claims.append(item)
        result = {"claims": claims} if claims else {}
        if more:
            result["nextPageToken"] = _token(offset + size, fingerprint)
        return result

