"""Probes for orchestrators: /healthz says the process answers, /readyz that it can serve (its database is
reachable and fully migrated, its cache answers). JSON either way; 503 with Retry-After when not ready."""

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

_migrated = False  # once the schema is current it stays so for this process's code


def _database() -> str:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _migrations() -> str:
    global _migrated
    if not _migrated:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            return f"{len(pending)} migrations not applied"
        _migrated = True
    return "ok"


def _cache() -> str:
    cache.set("readyz", "ok", 10)
    return "ok" if cache.get("readyz") == "ok" else "the cache did not return what was stored"


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    checks = {}
    for name, check in (("database", _database), ("migrations", _migrations), ("cache", _cache)):
        try:
            checks[name] = check()
        except Exception as exc:  # any failure is "not ready", reported by name, never as a 500
            checks[name] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
    ready = all(result == "ok" for result in checks.values())
    response = JsonResponse({"status": "ready" if ready else "not ready", "checks": checks},
                            status=200 if ready else 503)
    if not ready:
        response["Retry-After"] = "5"
    return response
