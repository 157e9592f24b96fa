"""Limits on password guessing, for the API's token endpoint and the admin's login alike.

Two limits, both counted in the cache (shared between processes when CACHE_URL names one): attempts
from one client address (scope "auth", API_THROTTLE_AUTH) and attempts at one username from anywhere
(scope "auth_user", API_THROTTLE_AUTH_USER), so neither one address trying many names nor many
addresses trying one name get far.
"""

import hashlib

from rest_framework.throttling import SimpleRateThrottle


class LoginAddressThrottle(SimpleRateThrottle):
    scope = "auth"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class LoginUsernameThrottle(SimpleRateThrottle):
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
