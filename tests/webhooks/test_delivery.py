"""Webhooks against a real receiver on 127.0.0.1: signed, at least once, retried when the receiver is down,
slow or failing, never sent by two workers at once, never to private addresses unless allowed."""

import io
import json
import re
import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from claims.models import Origin
from claims.services import Actor, claim_set_status
from tests.conftest import free_port
from tests.factories import make_claim, make_claims
from webhooks.delivery import UnsafeURL, check_url, claim_due, deliver_due, resolve
from webhooks.models import Delivery, Event, Subscription

pytestmark = pytest.mark.django_db
README = Path(__file__).resolve().parents[2] / "README.md"
VERDICT = {"status": "verified", "note": "The ministry's own table confirms it."}


class Receiver:
    """An HTTP server answering each POST with the next planned answer: a status, "slow" (longer than the
    timeout) or "redirect"; 200 once the plan is used up."""

    def __init__(self):
        self.plan: list = []
        self.received: list[tuple[str, dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                answer = receiver.plan.pop(0) if receiver.plan else 200
                if answer == "slow":
                    time.sleep(2.5)
                    answer = 200
                receiver.received.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                if answer == "redirect":
                    self.send_response(302)
                    self.send_header("Location", "/elsewhere")
                    self.end_headers()
                    return
                self.send_response(answer)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"ok" if answer < 300 else b"receiver is unwell")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/claimtrack"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    settings.CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE = True  # the receiver is on loopback
    settings.CLAIMTRACK_WEBHOOKS_TIMEOUT = 1
    settings.CLAIMTRACK_WEBHOOKS_RETRY_SECONDS = 0
    server = Receiver()
    yield server
    server.close()


def subscribe(url: str, *events: str) -> Subscription:
    return Subscription.objects.create(url=url, events=list(events or ["claim.status_changed"]))


def readme_verify():
    """The verification snippet of the README, as a reader would paste it."""
    text = README.read_text(encoding="utf-8")
    code = re.search(r"<!-- webhook-verify -->\s*```python\n(.*?)```", text, re.S).group(1)
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 - the README's own snippet
    return namespace["verify"]


def test_a_subscriber_gets_a_signed_event_the_readme_snippet_verifies(publishing, receiver, reviewer, reviewer_api,
                                                                      staff):
    from rest_framework.test import APIClient

    admin_api = APIClient()
    admin_api.force_authenticate(staff)
    created = admin_api.post("/api/v1/webhooks/", {"url": receiver.url, "events": ["verdict.published"]},
                             format="json")
    assert created.status_code == 201, created.content
    secret = created.json()["secret"]
    assert secret.startswith("whsec_") and admin_api.get("/api/v1/webhooks/").json()["results"][0]["secret"] is None

    claim = make_claim()
    claim_set_status(claim_id=claim.pk, actor=Actor(origin=Origin.API, user=reviewer), **VERDICT)
    page = reviewer_api.post(f"/api/v1/claims/{claim.pk}/publish/", {}, format="json").json()["page"]
    out = io.StringIO()
    call_command("deliver_webhooks", "--once", stderr=out)
    [(path, headers, body)] = receiver.received
    assert path == "/hooks/claimtrack" and headers["content-type"] == "application/json"
    verify = readme_verify()
    assert verify(secret, headers, body)
    assert not verify(secret, headers, body.replace(b"verified", b"contradicted"))
    assert not verify("whsec_" + "A" * 44, headers, body)
    assert not verify(secret, {**headers, "webhook-timestamp": str(int(time.time()) - 3600)}, body)
    event = json.loads(body)
    assert event["type"] == "verdict.published" and headers["webhook-id"] == event["id"] == headers["idempotency-key"]
    assert event["data"]["claims"] == [claim.pk] and event["data"]["status"] == "verified"
    assert page.endswith(f"/fact-checks/{event['data']['fact_check']}/")
    assert Delivery.objects.get().state == Delivery.State.DELIVERED
    assert "1 delivered" in out.getvalue()


def test_a_receiver_down_failing_or_slow_loses_nothing(receiver, reviewer):
    subscribe(receiver.url)
    claim = make_claim()
    claim_set_status(claim_id=claim.pk, actor=Actor(origin=Origin.API, user=reviewer), **VERDICT)
    delivery = Delivery.objects.get()

    def attempt():
        Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())  # skip the back-off wait
        [done] = deliver_due()
        return done

    receiver.plan = [500, "slow", "redirect"]
    failed = attempt()
    assert (failed.state, failed.last_status, failed.last_response) == ("pending", 500, "receiver is unwell")
    slow = attempt()
    assert slow.state == "pending" and "timed out" in slow.last_error.lower()
    moved = attempt()
    assert moved.state == "pending" and moved.last_error == "Redirects are not followed."
    down_url = f"http://127.0.0.1:{free_port()}/hooks"
    Subscription.objects.update(url=down_url)
    down = attempt()
    assert down.state == "pending" and down.last_status is None and down.last_error
    Subscription.objects.update(url=receiver.url)
    ok = attempt()
    assert (ok.state, ok.attempts, ok.last_status) == ("delivered", 5, 200)
    assert [path for path, _, _ in receiver.received].count("/elsewhere") == 0  # the redirect was not followed
    ids = {headers["webhook-id"] for _, headers, _ in receiver.received}
    assert len(ids) == 1  # one event, the same idempotency key each time


def test_back_off_grows_and_a_day_later_the_delivery_is_marked_failed(settings, receiver, reviewer, admin_client):
    settings.CLAIMTRACK_WEBHOOKS_RETRY_SECONDS = 30
    subscribe(receiver.url)
    claim = make_claim()
    claim_set_status(claim_id=claim.pk, actor=Actor(origin=Origin.API, user=reviewer), **VERDICT)
    receiver.plan = [500, 500, 500]
    waits = []
    for _ in range(3):
        Delivery.objects.update(next_attempt_at=timezone.now())
        before = timezone.now()
        [delivery] = deliver_due()
        waits.append((delivery.next_attempt_at - before).total_seconds())
    assert 30 <= waits[0] < 35 and 60 <= waits[1] < 70 and 120 <= waits[2] < 140
    Event.objects.update(created_at=timezone.now() - timedelta(hours=25))
    Delivery.objects.update(next_attempt_at=timezone.now())
    receiver.plan = [503]
    [delivery] = deliver_due()
    assert delivery.state == "failed" and delivery.last_status == 503
    assert deliver_due() == []
    page = admin_client.get(reverse("admin:webhooks_delivery_changelist") + "?state__exact=failed").content.decode()
    assert "claim.status_changed" in page and "503" in page
    admin_client.post(reverse("admin:webhooks_delivery_changelist"),
                      {"action": "retry_action", "_selected_action": [delivery.pk]})
    assert Delivery.objects.get().state == "pending"


def test_a_worker_that_dies_mid_send_loses_nothing(receiver, reviewer):
    subscribe(receiver.url)
    make_claims(count=1)
    claim_set_status(claim_id=make_claim().pk, actor=Actor(origin=Origin.API, user=reviewer), **VERDICT)
    taken = claim_due(10)  # a worker takes it ... and is killed before sending
    assert len(taken) == 1 and claim_due(10) == []  # leased: no other worker takes it meanwhile
    Delivery.objects.update(next_attempt_at=timezone.now())  # the lease ran out
    [delivery] = deliver_due()
    assert delivery.state == "delivered" and len(receiver.received) == 1


@pytest.mark.django_db(transaction=True)
def test_several_workers_never_hold_the_same_delivery(receiver, live_db, django_user_model):
    subscription = subscribe(receiver.url)
    claims = make_claims(count=40)
    now = timezone.now()
    events = Event.objects.bulk_create([Event(kind="claim.created", payload={"claim": c.pk}, created_at=now)
                                        for c in claims])
    Delivery.objects.bulk_create([Delivery(event=e, subscription=subscription, next_attempt_at=now) for e in events])
    taken: list[list[int]] = []
    errors = []

    def worker():
        from django.db import connection

        try:
            for _ in range(10):
                taken.append([d.pk for d in claim_due(3)])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    held = [pk for batch in taken for pk in batch]
    assert len(held) == len(set(held)) == 40


def test_events_are_written_with_the_change_or_not_at_all(receiver, reviewer):
    subscribe(receiver.url, "claim.status_changed", "claim.created")
    claim = make_claim()
    assert Event.objects.filter(kind="claim.created").count() == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        claim_set_status(claim_id=claim.pk, actor=Actor(origin=Origin.API, user=reviewer), **VERDICT)
        raise RuntimeError("the request failed after the change")
    assert not Event.objects.filter(kind="claim.status_changed").exists()


def test_without_subscribers_nothing_is_written(db):
    make_claims(count=5)
    assert not Event.objects.exists() and not Delivery.objects.exists()


@pytest.mark.parametrize("url", ["ftp://example.org/x", "http://127.0.0.1/x", "http://localhost:8000/",
                                 "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
                                 "http://[::ffff:127.0.0.1]/", "https://user:pw@example.org/", "http:///nohost"])
def test_unsafe_urls_are_refused(settings, url, staff):
    from rest_framework.test import APIClient

    settings.CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE = False
    with pytest.raises(UnsafeURL):
        check_url(url)
    client = APIClient()
    client.force_authenticate(staff)
    response = client.post("/api/v1/webhooks/", {"url": url, "events": ["claim.created"]}, format="json")
    assert response.status_code == 400 and "url" in response.json()["errors"]
    assert not Subscription.objects.exists()


def test_a_name_resolving_to_a_private_address_is_refused_when_sending(settings):
    settings.CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE = False
    name = socket.gethostname()  # this machine: loopback or a private address
    check_url(f"http://{name}/hook")  # a name passes the form...
    with pytest.raises(UnsafeURL, match="resolves to a private"):
        resolve(f"http://{name}/hook")  # ...but is refused when a delivery is sent


def test_bad_subscriptions_and_worker_arguments_get_clear_errors(staff):
    from django.core.management.base import CommandError
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(staff)
    for body in ({"url": "https://partner.example.com/h", "events": ["claim.exploded"]},
                 {"url": "https://partner.example.com/h", "events": []},
                 {"url": "https://partner.example.com/h"}, {"url": "not a url", "events": ["claim.created"]}):
        assert client.post("/api/v1/webhooks/", body, format="json").status_code == 400, body
    with pytest.raises(CommandError, match="--batch"):
        call_command("deliver_webhooks", "--batch", "0")
    out = io.StringIO()
    call_command("deliver_webhooks", "--dry-run", stdout=out)
    assert out.getvalue() == ""


def test_the_worker_gives_the_process_its_signal_handlers_back(db):
    """In-process callers (and processes they fork later) must still stop on SIGTERM: the worker's own
    handler only lets it finish the delivery in hand."""
    import signal

    before = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))
    call_command("deliver_webhooks", "--once", verbosity=0)
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before
