"""With CACHE_URL pointing at Redis the login limit holds across processes (gunicorn workers, servers);
in each process's own memory it would be workers x the setting."""

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tracker.env import env_cache

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def test_cache_url_picks_the_backend(monkeypatch):
    monkeypatch.setenv("CACHE_URL", "redis://cache:6379/1")
    assert env_cache("CACHE_URL")["BACKEND"].endswith("RedisCache")
    monkeypatch.setenv("CACHE_URL", "")
    assert env_cache("CACHE_URL")["BACKEND"].endswith("LocMemCache")
    monkeypatch.setenv("CACHE_URL", "memcached://x")
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        env_cache("CACHE_URL")


# Each process makes login attempts at one username through the token endpoint's own throttle classes.
ATTEMPTS = """
import django, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
django.setup()
from django.test import RequestFactory
from rest_framework.throttling import SimpleRateThrottle
from tracker.throttling import login_wait
SimpleRateThrottle.THROTTLE_RATES = {"auth": "100/min", "auth_user": "5/min"}
request = RequestFactory().post("/api/v1/auth/token/", {"username": sys.argv[2], "password": "x"})
print(sum(login_wait(request) is None for _ in range(int(sys.argv[1]))))
"""


@pytest.mark.skipif(not redis_up(), reason="Redis is not running on 127.0.0.1:6379")
def test_the_login_limit_holds_across_processes_with_redis():
    # A username of its own: the SQLite and PostgreSQL passes run side by side against the same Redis, and
    # another run's attempts must not count here (nor may this test flush a database others use).
    username = f"rita-{uuid.uuid4().hex}"
    env = {**os.environ, "CACHE_URL": REDIS_URL, "DEBUG": "true"}

    def allowed(attempts: int) -> int:
        out = subprocess.run([sys.executable, "-c", ATTEMPTS, str(attempts), username], cwd=ROOT, env=env,
                             check=True, capture_output=True, text=True)
        return int(out.stdout.strip().splitlines()[-1])

    assert allowed(3) == 3  # the first process: three attempts let through
    assert allowed(3) == 2  # the second sees the first's count: only two more of the five
