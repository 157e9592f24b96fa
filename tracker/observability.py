"""What production sees: a log record per request, import run and status change, and Prometheus metrics.

Logs are JSON lines (LOG_FORMAT=json, the default without DEBUG) or plain text; every record of a request
carries its request id, which the audit history keeps too. Metrics are served at /metrics to the networks
in METRICS_ALLOWED_NETWORKS. Under gunicorn, set PROMETHEUS_MULTIPROC_DIR so every worker's counts are
summed (gunicorn.conf.py cleans up after workers that exit).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import time

from django.conf import settings
from django.db.models import Count, Sum
from django.http import HttpResponse, HttpResponseNotFound
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

request_log = logging.getLogger("claimtrack.request")
import_log = logging.getLogger("claimtrack.import")
status_log = logging.getLogger("claimtrack.status")

REQUESTS = Histogram("claimtrack_http_request_duration_seconds", "Requests served, by view, method and status.",
                     ["view", "method", "status"],
                     buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
STATUS_CHANGES = Counter("claimtrack_status_changes_total", "Verdicts given (committed), by status and origin.",
                         ["status", "origin"])

QUIET_PATHS = {"/healthz", "/readyz", "/metrics"}  # probes and scrapes: logged at DEBUG


class RequestObservationMiddleware:
    """One log record and one histogram observation per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        duration = time.perf_counter() - started
        match = getattr(request, "resolver_match", None)
        view = match.view_name if match else "unmatched"  # never the raw path: bounded label values
        REQUESTS.labels(view, request.method, str(response.status_code)).observe(duration)
        user = getattr(request, "user", None)
        level = logging.DEBUG if request.path in QUIET_PATHS else logging.INFO
        request_log.log(level, "%s %s %s %.1fms", request.method, request.path, response.status_code,
                        duration * 1000, extra={
                            "request_id": getattr(request, "request_id", ""), "method": request.method,
                            "path": request.path, "view": view, "status": response.status_code,
                            "duration_ms": round(duration * 1000, 1),
                            "user": user.get_username() if user is not None and user.is_authenticated else "",
                        })
        return response


def status_changed(*, claim_id: int, from_status: str, to_status: str, version: int, actor, verdict_id: int) -> None:
    """Called once the verdict is committed (claims.services)."""
    STATUS_CHANGES.labels(to_status, actor.origin).inc()
    status_log.info("claim %s: %s -> %s by %s", claim_id, from_status, to_status, actor.display_name or actor.origin,
                    extra={"claim": claim_id, "from_status": from_status, "to_status": to_status,
                           "version": version, "verdict": verdict_id, "actor": actor.display_name,
                           "origin": actor.origin, "request_id": actor.request_id})


def import_finished(run) -> None:
    seconds = (run.finished_at - run.started_at).total_seconds() if run.finished_at else None
    import_log.info("import run %s %s: %s files, %s created, %s updated, %s failed, %s claims", run.pk, run.state,
                    run.files_seen, run.articles_created, run.articles_updated, len(run.failures),
                    run.claims_created, extra={
                        "run": run.pk, "state": run.state, "started_by": run.started_by, "files": run.files_seen,
                        "articles_created": run.articles_created, "articles_updated": run.articles_updated,
                        "articles_unchanged": run.articles_unchanged, "articles_duplicate": run.articles_duplicate,
                        "failed": len(run.failures), "claims_created": run.claims_created,
                        "claims_retired": run.claims_retired, "seconds": seconds,
                    })


class TrackerCollector:
    """Counts the database already keeps, read at scrape time: claims by status (claims_statuscount) and
    the import runs' totals (one row per run), wherever the imports ran."""

    def collect(self):
        from claims.models import StatusCount
        from sources.models import ImportRun

        claims = GaugeMetricFamily("claimtrack_claims", "Claims by current status.", labels=["status"])
        for status, count in StatusCount.objects.values_list("id", "claim_count"):
            claims.add_metric([status], count)
        yield claims
        runs = CounterMetricFamily("claimtrack_import_runs", "Import runs, by outcome.", labels=["state"])
        for state, count in ImportRun.objects.order_by().values_list("state").annotate(n=Count("id")):
            runs.add_metric([state], count)
        yield runs
        sums = {key: value or 0 for key, value in ImportRun.objects.aggregate(
            seen=Sum("files_seen"), created=Sum("articles_created"), updated=Sum("articles_updated"),
            unchanged=Sum("articles_unchanged"), duplicate=Sum("articles_duplicate"),
            claims=Sum("claims_created")).items()}
        files = CounterMetricFamily("claimtrack_import_files", "Article files seen by imports, by outcome.",
                                    labels=["outcome"])
        outcomes = ("created", "updated", "unchanged", "duplicate")
        for outcome in outcomes:
            files.add_metric([outcome], sums[outcome])
        files.add_metric(["failed"], sums["seen"] - sum(sums[o] for o in outcomes))
        yield files
        yield CounterMetricFamily("claimtrack_import_claims", "Claims created by imports.", value=sums["claims"])


def _allowed(request) -> bool:
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in network for network in settings.METRICS_ALLOWED_NETWORKS)


def metrics(request):
    """Prometheus text format; 404 for anyone outside METRICS_ALLOWED_NETWORKS (the endpoint is not
    advertised)."""
    if not _allowed(request):
        return HttpResponseNotFound("Not found.", content_type="text/plain")
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)
    else:
        from prometheus_client import REGISTRY

        registry = REGISTRY
    body = generate_latest(registry) + generate_latest(_tracker_registry())
    return HttpResponse(body, content_type=CONTENT_TYPE_LATEST)


def _tracker_registry() -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(TrackerCollector())
    return registry
