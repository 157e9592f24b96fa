"""Typed readers for configuration from environment variables (12-factor).

Every reader raises ImproperlyConfigured naming the variable, so a bad value
stops start-up with a message an operator can act on.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; use one of true/false, 1/0, yes/no, on/off.")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum}.")
    return value


def env_float(name: str, default: float, *, minimum: float = 0.0, maximum: float = 1.0) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a number.") from None
    if not minimum <= value <= maximum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be between {minimum} and {maximum}.")
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_networks(name: str, default: str) -> list:
    """IP networks from a comma-separated list of addresses or CIDR networks."""
    import ipaddress

    raw = os.environ.get(name, default)
    try:
        return [ipaddress.ip_network(item.strip(), strict=False) for item in raw.split(",") if item.strip()]
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r}: {exc}") from None


def env_database(name: str, default_sqlite_path: str) -> dict:
    """Parse a database URL: postgres://user@host:port/name or sqlite:////abs/path.sqlite3."""
    return database_config(os.environ.get(name, "").strip(), name, default_sqlite_path)


def database_config(raw: str, name: str, default_sqlite_path: str = "") -> dict:
    """The Django DATABASES entry for a database URL; `name` says where the URL came from in errors."""
    if not raw:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": default_sqlite_path}
    else:
        try:
            config = dj_database_url.parse(raw, conn_max_age=0)
        except Exception as exc:  # the library raises ValueError, KeyError or its own error type
            raise ImproperlyConfigured(f"{name} is malformed ({exc}); expected e.g. "
                                       "postgres://user@host:5432/name or sqlite:////abs/path.sqlite3") from None
        engine = config.get("ENGINE", "")
        if engine.endswith("postgresql"):
            if not config.get("NAME"):
                raise ImproperlyConfigured(f"{name} names no database; expected postgres://user@host:5432/name")
        elif engine.endswith("sqlite3"):
            if not config.get("NAME") or config["NAME"] == ":memory:" and raw != "sqlite://:memory:":
                raise ImproperlyConfigured(f"{name} names no SQLite file; expected sqlite:////abs/path.sqlite3")
        else:
            raise ImproperlyConfigured(f"{name} uses an unsupported database ({engine}); use postgres:// or sqlite://")
    if config["ENGINE"].endswith("sqlite3"):
        # Tests use a file next to the database rather than shared-cache memory, so threaded
        # tests exercise the same WAL locking as production.
        path = str(config["NAME"])
        config["TEST"] = {"NAME": path.removesuffix(".sqlite3") + "-test.sqlite3" if path != ":memory:" else ":memory:"}
        config["OPTIONS"] = {
            # Take the write lock when a transaction starts, so two writers queue
            # instead of failing with "database is locked" when one upgrades.
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    return config


def env_cache(name: str) -> dict:
    """The cache from a URL: redis://host:6379/0 (or rediss://) shares throttle counts between processes
    and servers; unset or locmem:// keeps them in each process's memory (one-process set-ups)."""
    raw = os.environ.get(name, "").strip()
    if not raw or raw == "locmem://":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if raw.startswith(("redis://", "rediss://", "unix://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": raw,
                "KEY_PREFIX": "claimtrack"}
    raise ImproperlyConfigured(f"{name} must be redis://host:6379/0, rediss://... or locmem:// (got {raw!r})")
