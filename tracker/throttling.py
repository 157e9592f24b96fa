"""Limits on password guessing, for the API's token endpoint and the admin's login alike.

Two limits, both counted in the cache (shared between processes when CACHE_URL names one): attempts
from one client address (scope "auth", API_THROTTLE_AUTH) and attempts at one username from anywhere
(scope "auth_user", API_THROTTLE_AUTH_USER), so neither one address trying many names nor many
addresses trying one name get far.
"""

import hashlib

from rest_framework import throttling
from rest_framework.throttling import SimpleRateThrottle


class ReportsLimit:
    """Keeps what a throttle counted on the request, for the RateLimit-* response headers
    (RateLimitHeadersMiddleware): the limit, what is left of it and the seconds until it fills again.
    With several throttles, the one with the least left is reported."""

    def allow_request(self, request, view):
        allowed = super().allow_request(request, view)
        history = getattr(self, "history", None)
        if getattr(self, "rate", None) is not None and history is not None and getattr(self, "key", None):
            remaining = max(self.num_requests - len(history), 0)
            reset = max(int(history[-1] + self.duration - self.now), 1) if history else self.duration
            django_request = getattr(request, "_request", request)
            current = getattr(django_request, "rate_limit", None)
            if current is None or remaining < current[1]:
                django_request.rate_limit = (self.num_requests, remaining, reset)
        return allowed


class AnonRateThrottle(ReportsLimit, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(ReportsLimit, throttling.UserRateThrottle):
    pass


class ScopedRateThrottle(ReportsLimit, throttling.ScopedRateThrottle):
    pass


class RateLimitHeadersMiddleware:
    """RateLimit-Limit, -Remaining and -Reset (IETF draft "RateLimit header fields for HTTP") on every
    throttled API response, so clients slow down before a 429."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        limit = getattr(request, "rate_limit", None)
        if limit is not None:
            response["RateLimit-Limit"], response["RateLimit-Remaining"], response["RateLimit-Reset"] = map(str, limit)
        return response


class LoginAddressThrottle(ReportsLimit, SimpleRateThrottle):
    scope = "auth"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class LoginUsernameThrottle(ReportsLimit, SimpleRateThrottle):
    scope = "auth_user"

    def get_cache_key(self, request, view):
        data = getattr(request, "data", None) or request.POST
        username = str(data.get("username", "")).strip().casefold() if hasattr(data, "get") else ""
        if not username:
            return None  # nothing guessed at: the address limit still counts it
        # Hashed: a username may hold spaces, control characters or lone surrogates, none fit for a cache key.
        digest = hashlib.sha256(username.encode("utf-8", "surrogatepass")).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": digest}


LOGIN_THROTTLES = (LoginAddressThrottle, LoginUsernameThrottle)


def login_wait(request) -> float | None:
    """Seconds to wait before another login attempt from this request's address or for its username, or
    None when it may go ahead (and is counted)."""
    waits = []
    for throttle_class in LOGIN_THROTTLES:
        throttle = throttle_class()
        if not throttle.allow_request(request, None):
            waits.append(throttle.wait() or 1)
    return max(waits) if waits else None
