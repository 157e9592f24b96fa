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
    "webhooks": "api:webhook-list",
    "extract": "api:extract",
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


def field_errors(data, prefix: str = "") -> dict[str, list[str]]:
    """DRF's error tree (lists, strings, objects keyed by field or by list index) as one flat mapping from a
    dotted field path ("evidence.0.url") to its messages."""
    if isinstance(data, dict):
        flat: dict[str, list[str]] = {}
        for key, value in data.items():
            # a list's own errors ({"evidence": {"non_field_errors": [...]}}) belong to the list's path
            path = prefix if key == "non_field_errors" and prefix else f"{prefix}.{key}" if prefix else str(key)
            flat.update(field_errors(value, path))
        return flat
    if isinstance(data, list) and any(isinstance(item, (dict, list)) for item in data):
        flat = {}
        for index, item in enumerate(data):
            if item:
                flat.update(field_errors(item, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    messages = [str(item) for item in data] if isinstance(data, list) else [str(data)]
    return {prefix or "non_field_errors": messages}


def json_exception_handler(exc, context):
    """DRF's handler, with every error carrying a top-level "detail". Invalid input also carries "errors":
    {field path: [messages]}, flat and always lists; the same entries stay at the top level too, except any
    named "detail" or "errors", so a body field called "detail" can never hide the error's own."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(exc, exceptions.ValidationError):
        errors = field_errors(data)
        legacy = {name: messages for name, messages in errors.items() if name not in ("detail", "errors")}
        # A refusal that names no field (publishing is off) says itself what is wrong.
        detail = " ".join(errors["non_field_errors"]) if set(errors) == {"non_field_errors"} else "Invalid input."
        data = {**legacy, "detail": detail, "errors": errors}
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


def error_response(request, status_code: int, detail: str) -> HttpResponse:
    """An error the way this site gives them: JSON {"detail"} under /api/, plain text elsewhere."""
    if _is_api(request):
        return JsonResponse({"detail": detail}, status=status_code)
    return HttpResponse(detail, status=status_code, content_type="text/plain; charset=utf-8")


def server_error(request):
    """500, or 503 with Retry-After when the database went away (Django drops the broken connection
    after the request, so the next one connects afresh)."""
    if isinstance(sys.exc_info()[1], (db.OperationalError, db.InterfaceError)):
        response = error_response(request, status.HTTP_503_SERVICE_UNAVAILABLE,
                                  "The database is unavailable; retry shortly.")
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
