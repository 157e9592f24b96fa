"""Password guessing is limited per client address and per username, at the API's token endpoint and the
admin's login alike; a refused attempt issues nothing, even with the right password."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.throttling import SimpleRateThrottle

pytestmark = pytest.mark.django_db
TOKEN_URL = "/api/v1/auth/token/"
RIGHT = "correct horse battery"


def token(api, username, password, address="10.0.0.1"):
    return api.post(TOKEN_URL, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_wrong_passwords_are_refused_with_429_at_the_default_rates(api, reviewer):
    statuses = [token(api, "rita", f"guess-{i}").status_code for i in range(45)]
    assert statuses[:10] == [400] * 10  # API_THROTTLE_AUTH_USER: 10 a minute for one username
    assert set(statuses[10:]) == {429}
    response = token(api, "rita", RIGHT)
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert not Token.objects.filter(user=reviewer).exists()


@pytest.fixture
def low_rates(monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {
        "anon": "1000/min", "user": "1000/min", "auth": "5/min", "auth_user": "3/min"})


def test_one_address_trying_many_usernames_is_stopped(api, low_rates, reviewer):
    statuses = [token(api, f"user{i}", "guess").status_code for i in range(6)]
    assert statuses == [400] * 5 + [429]
    assert token(api, "rita", RIGHT, address="10.0.0.2").status_code == 200  # another address is unaffected


def test_many_addresses_trying_one_username_are_stopped(api, low_rates, reviewer):
    statuses = [token(api, "Rita ", "guess", address=f"10.0.1.{i}").status_code for i in range(4)]
    assert statuses == [400, 400, 400, 429]  # the username is compared case- and space-insensitively
    assert token(api, "rita", RIGHT, address="10.0.2.1").status_code == 429


def test_a_forged_forwarded_for_header_does_not_reset_the_address_limit(api, low_rates):
    statuses = [api.post(TOKEN_URL, {"username": f"u{i}", "password": "x"}, REMOTE_ADDR="10.0.0.9",
                         HTTP_X_FORWARDED_FOR=f"192.0.2.{i}").status_code for i in range(6)]
    assert statuses[-1] == 429


def test_the_admin_login_is_limited_the_same_way(client, low_rates, reviewer):
    for i in range(3):
        response = client.post("/admin/login/", {"username": "rita", "password": f"guess-{i}"})
        assert response.status_code == 200  # the login form again, with its error
    response = client.post("/admin/login/", {"username": "rita", "password": RIGHT})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "Too many login attempts" in response.content.decode()
    assert client.get("/admin/").status_code == 302  # not logged in
    assert client.get("/admin/login/").status_code == 200  # the page itself is not refused


def test_a_successful_admin_login_is_unaffected_below_the_limit(client, low_rates, reviewer):
    response = client.post("/admin/login/", {"username": "rita", "password": RIGHT, "next": "/admin/"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("username", ["rita smith", "ríta\u200f\u2028", "\x01\x7f:x", "a" * 5000])
def test_any_username_is_counted_under_a_safe_cache_key(api, low_rates, username, recwarn):
    statuses = [token(api, username, "guess").status_code for _ in range(4)]
    assert statuses[-1] == 429
    assert not [w for w in recwarn if "CacheKeyWarning" in type(w.message).__name__]


def test_a_username_that_is_not_text_is_refused_and_still_counted_by_address(api, low_rates):
    statuses = [token(api, "rita\x00", "guess").status_code for _ in range(5)]
    assert statuses == [400] * 5  # a body that is not text, never a login
    assert token(api, "rita", "guess").status_code == 429  # but the address used up its attempts
