"""Validators: ETags that follow every change of a representation, 304 for If-None-Match and
If-Modified-Since, 412 for a stale If-Match."""

import hashlib
import json
import time

from django.middleware.http import ConditionalGetMiddleware
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
        version = tag.split("-", 1)[0]  # "3" from a status change, "3-<digest>" from a read
        if version.isascii() and version.isdigit():
            return int(version)
    raise PreconditionFailed(f"If-Match {header!r} names no version of this resource.")


def content_digest(data) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":"), default=str).encode()).hexdigest()[:20]


class ConditionalDetailMixin:
    """retrieve() with validators that change whenever the representation does, nested parts included (a
    claim's claimant renamed, an article's claims given verdicts, a source's article count moving).

    A resource with a version (claims, clusters) is tagged "<version>-<digest of the body>": If-Match needs
    only the version, so a client may send either tag it was given. Others are tagged with the digest by
    ApiConditionalGetMiddleware, which also answers If-None-Match and If-Modified-Since with 304.
    Last-Modified (and so If-Modified-Since) is sent only where a view can say exactly when the
    representation last changed (last_modified(): claims); a time that missed a nested change would let
    caches keep stale copies.
    """

    def last_modified(self, instance):
        return None

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        data = self.get_serializer(instance).data
        headers = {}
        version = getattr(instance, "version", None)
        if version is not None:
            headers["ETag"] = quote_etag(f"{version}-{content_digest(data)}")
        modified = self.last_modified(instance)
        if modified is not None and int(modified.timestamp()) < int(time.time()):
            # HTTP dates count whole seconds: a representation changed within this second could change
            # again within it, and a client holding the first version would be told its copy is current.
            headers["Last-Modified"] = http_date(modified.timestamp())
        return Response(data, headers=headers)


class ApiConditionalGetMiddleware(ConditionalGetMiddleware):
    """Django's conditional GET (an ETag from the content when the view set none; 304 for If-None-Match,
    or for If-Modified-Since when there is no If-None-Match) on every API response: lists, details,
    ClaimReview, the schema. Listed after the GZip middleware, so it tags the uncompressed body."""

    def process_response(self, request, response):
        if not request.path.startswith("/api/"):
            return response
        return super().process_response(request, response)
