"""Logs a collector can parse and metrics Prometheus can scrape."""

from __future__ import annotations

import copy
import json
import logging
import logging.config
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command

from claims.models import Status, StatusCount
from tests.conftest import ROOT, SEEDS
from tests.factories import make_claims

pytestmark = pytest.mark.django_db


def json_line(record: logging.LogRecord) -> dict:
    """The record as the production formatter writes it."""
    config = copy.deepcopy(settings.LOGGING["formatters"]["json"])
    return json.loads(logging.config.DictConfigurator({}).configure_formatter(config).format(record))


def test_each_request_is_one_json_line_with_its_id_user_status_and_duration(reviewer_api, caplog):
    caplog.set_level(logging.INFO, logger="claimtrack.request")
    reviewer_api.get("/api/v1/claims/", HTTP_X_REQUEST_ID="trace-42")
    record = next(r for r in caplog.records if r.name == "claimtrack.request")
    line = json_line(record)
    assert line["request_id"] == "trace-42" and line["user"] == "rita" and line["status"] == 200
    assert line["method"] == "GET" and line["path"] == "/api/v1/claims/" and line["view"] == "api:claim-list"
    assert line["duration_ms"] >= 0 and line["level"] == "INFO" and line["logger"] == "claimtrack.request"
    assert re.match(r"\d{4}-\d\d-\d\d", line["time"])


def test_a_status_change_is_logged_once_committed_and_never_when_it_fails(
        reviewer_api, caplog, django_capture_on_commit_callbacks):
    claim = make_claims(count=1)[0]
    caplog.set_level(logging.INFO, logger="claimtrack.status")
    body = {"status": "contradicted", "note": "The ministry said otherwise.", "evidence": [{"url": "https://a.org"}]}
    with django_capture_on_commit_callbacks(execute=True):
        assert reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", {**body, "evidence": []}).status_code == 400
        assert reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", body,
                                 HTTP_X_REQUEST_ID="trace-7").status_code == 200
    records = [json_line(r) for r in caplog.records if r.name == "claimtrack.status"]
    assert len(records) == 1
    assert records[0] | {"claim": claim.pk, "from_status": "unverified", "to_status": "contradicted", "version": 2,
                         "actor": "rita", "origin": "api", "request_id": "trace-7"} == records[0]


def test_an_import_run_is_one_record_with_its_counts(known_sources, caplog, tmp_path):
    caplog.set_level(logging.INFO, logger="claimtrack.import")
    (tmp_path / "a.txt").write_text((SEEDS / sorted(os.listdir(SEEDS))[0]).read_text())
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(SystemExit):
        call_command("import_articles", str(tmp_path), verbosity=0)
    line = json_line(next(r for r in caplog.records if r.name == "claimtrack.import"))
    assert line["state"] == "partial" and line["files"] == 2 and line["articles_created"] == 1
    assert line["failed"] == 1 and line["claims_created"] > 0 and line["seconds"] >= 0


@pytest.mark.parametrize("log_format,is_json", [("json", True), ("text", False)])
def test_log_format_switches_between_json_and_text(log_format, is_json, tmp_path):
    env = {**os.environ, "LOG_FORMAT": log_format, "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"}
    code = ("import django, logging; django.setup(); "
            "logging.getLogger('claimtrack.request').info('GET / 200', extra={'request_id': 'r1'})")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "tracker.settings"},
                         capture_output=True, text=True)
    line = out.stderr.strip().splitlines()[-1]
    if is_json:
        assert json.loads(line)["request_id"] == "r1"
    else:
        assert line.endswith("claimtrack.request GET / 200") and not line.startswith("{")
    bad = subprocess.run([sys.executable, "-c", "import django; django.setup()"], cwd=ROOT, capture_output=True,
                         text=True, env={**env, "LOG_FORMAT": "xml", "DJANGO_SETTINGS_MODULE": "tracker.settings"})
    assert bad.returncode != 0 and "LOG_FORMAT='xml' is not json or text" in bad.stderr


def metric(text: str, name: str, **labels) -> float:
    for line in text.splitlines():
        if line.startswith(name) and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_status_changes_claims_and_imports(client, reviewer_api, known_sources,
                                                                  django_capture_on_commit_callbacks):
    call_command("import_articles", str(SEEDS), verbosity=0)
    before = client.get("/metrics").content.decode()
    claim = make_claims(count=1)[0]
    with django_capture_on_commit_callbacks(execute=True):
        reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", {"status": "verified", "note": "Checked the record."})
    reviewer_api.get("/api/v1/claims/")
    response = client.get("/metrics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert metric(text, "claimtrack_status_changes_total", status="verified", origin="api") == \
        metric(before, "claimtrack_status_changes_total", status="verified", origin="api") + 1
    assert metric(text, "claimtrack_http_request_duration_seconds_count", view="api:claim-list", method="GET",
                  status="200") >= 1
    for status in Status.values:
        assert metric(text, "claimtrack_claims", status=status) == StatusCount.objects.get(id=status).claim_count
    assert metric(text, "claimtrack_import_runs_total", state="succeeded") == 1
    assert metric(text, "claimtrack_import_files_total", outcome="created") == len(list(SEEDS.glob("*.txt")))
    assert metric(text, "claimtrack_import_claims_total") > 0


def test_metrics_are_only_for_the_allowed_networks(client, settings):
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 404
    settings.METRICS_ALLOWED_NETWORKS = []
    assert client.get("/metrics").status_code == 404
