"""API-wide views and the JSON error format: every 4xx and 5xx under /api/ is JSON."""

import logging
import sys

from django import db
from django.http import Http404, HttpResponse, JsonResponse
from django.views import defaults
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)

API_ROOT_ENDPOINTS = {
    "sources": "api:source-list",
    "articles": "api:article-list",
    "claims": "api:claim-list",
    "claimreviews": "api:claim-claimreview-list",
    "clusters": "api:cluster-list",
    "imports": "api:importrun-list",
    "auth_token": "api:auth-token",
    "schema": "api:schema",
    "docs": "api:docs",
}


@extend_schema(summary="API root: links to every endpoint",
               responses={200: OpenApiResponse(description="{name: url}")})
@api_view(["GET"])
@permission_classes([AllowAny])
def api_root(request, format=None):
    """The endpoints of API v1."""
    return Response({name: reverse(route, request=request) for name, route in API_ROOT_ENDPOINTS.items()})


def json_exception_handler(exc, context):
    """DRF's handler, with field errors kept and every error carrying a top-level "detail"."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(exc, exceptions.ValidationError):
        if isinstance(data, dict):
            data = {"detail": "Invalid input.", **data}
        else:
            data = {"detail": "Invalid input.", "errors": data}
    elif not isinstance(data, dict):
        data = {"detail": data}
    response.data = data
    return response


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def not_found(request, exception=None):
    if _is_api(request):
        return JsonResponse({"detail": "Not found."}, status=status.HTTP_404_NOT_FOUND)
    return defaults.page_not_found(request, exception if exception is not None else Http404())


DATABASE_RETRY_SECONDS = 5


def server_error(request):
    """500, or 503 with Retry-After when the database went away (Django drops the broken connection
    after the request, so the next one connects afresh)."""
    if isinstance(sys.exc_info()[1], (db.OperationalError, db.InterfaceError)):
        detail = "The database is unavailable; retry shortly."
        if _is_api(request):
            response = JsonResponse({"detail": detail}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
        else:
            response = HttpResponse(detail, status=503, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
        return response
    if _is_api(request):
        return JsonResponse({"detail": "Internal server error."}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
    return defaults.server_error(request)


def bad_request(request, exception=None):
    if _is_api(request):
        return JsonResponse({"detail": "Bad request."}, status=status.HTTP_400_BAD_REQUEST)
    return defaults.bad_request(request, exception)


def permission_denied(request, exception=None):
    if _is_api(request):
        return JsonResponse({"detail": "Permission denied."}, status=status.HTTP_403_FORBIDDEN)
    return defaults.permission_denied(request, exception)
