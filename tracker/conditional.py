"""ETag / Last-Modified on detail responses, 304 for If-None-Match, 412 for a stale If-Match."""

from django.utils.http import http_date, quote_etag
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The resource has changed since you last read it (If-Match does not match its ETag)."
    default_code = "precondition_failed"


def _tags(header: str) -> list[str]:
    """Entity tags without W/ and quotes; bare tokens are accepted too."""
    return [raw.strip().removeprefix("W/").strip('"') for raw in header.split(",") if raw.strip()]


def etag_of(obj) -> str:
    version = getattr(obj, "version", None)
    if version is not None:
        return quote_etag(str(version))
    return quote_etag(f"{obj.pk}-{obj.updated_at.timestamp():.6f}")


def expected_version(request) -> int | None:
    """The version named by If-Match ("3", W/"3", or *), or None when the header is absent or *."""
    header = request.headers.get("If-Match")
    if not header or header.strip() == "*":
        return None
    for tag in _tags(header):
        if tag.isdigit():
            return int(tag)
    raise PreconditionFailed(f"If-Match {header!r} names no version of this resource.")


class ConditionalDetailMixin:
    """retrieve() with validators; clients re-polling a claim get 304 Not Modified."""

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        etag = etag_of(instance)
        headers = {"ETag": etag, "Last-Modified": http_date(instance.updated_at.timestamp())}
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match and (if_none_match.strip() == "*" or etag.strip('"') in _tags(if_none_match)):
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers=headers)
        return Response(self.get_serializer(instance).data, headers=headers)
