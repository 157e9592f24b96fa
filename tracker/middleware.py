"""Request ids, so an audit entry can be traced back to the request (and log line) that made it."""

import re
import uuid

from django.middleware.gzip import GZipMiddleware

from tracker.api import error_response

_VALID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


class RequestIdMiddleware:
    """Take X-Request-ID from the proxy when it is sane, else make one; echo it in the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.request_id = incoming if _VALID.match(incoming) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        return response


# No filter, search or cursor needs more; a database may refuse a longer pattern (SQLite's LIKE stops at 50 kB).
MAX_QUERY_VALUE_CHARS = 2000


class QueryValueLimitMiddleware:
    """Refuse query values no client needs and databases choke on: longer than MAX_QUERY_VALUE_CHARS, or
    holding a NUL (PostgreSQL text cannot), with 400 (JSON on the API)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name, values in request.GET.lists():
            for value in [name, *values]:
                if len(value) > MAX_QUERY_VALUE_CHARS:
                    return error_response(request, 400, f"Query parameter {name[:50]!r} is longer than "
                                                 f"{MAX_QUERY_VALUE_CHARS} characters.")
                if "\x00" in value:
                    return error_response(request, 400, f"Query parameter {name[:50]!r} contains a NUL character.")
        return self.get_response(request)


class BodySizeLimitMiddleware:
    """Refuse a request body larger than MAX_REQUEST_BYTES with 413 before anything reads it (JSON for the
    API). Django alone reads up to DATA_UPLOAD_MAX_MEMORY_SIZE and then answers 400."""

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.limit = settings.MAX_REQUEST_BYTES

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > self.limit:
            return error_response(request, 413, f"Request body of {length} bytes is over the limit of {self.limit} bytes.")
        return self.get_response(request)


class ApiGZipMiddleware(GZipMiddleware):
    """Compress API responses (a 200-claim page: 61 kB, 9 kB gzipped). Not the admin's pages: compressing
    HTML that carries a CSRF token next to text an attacker can choose is the BREACH attack."""

    def process_response(self, request, response):
        if not request.path.startswith("/api/"):
            return response
        return super().process_response(request, response)
