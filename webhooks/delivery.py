"""Delivering the outbox: at least once, with exponential back-off for up to a day, never to private
addresses unless allowed, never following redirects.

A worker claims due deliveries by moving their next attempt past a lease (the send timeout and a margin),
in a short transaction (SKIP LOCKED on PostgreSQL; SQLite's IMMEDIATE transactions serialise the claim),
then sends outside any transaction. A worker that dies mid-send leaves its claims to run out: they are due
again after the lease, so nothing is lost, and no two workers hold one delivery at once.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import random
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

import urllib3
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from webhooks.models import Delivery
from webhooks.services import envelope
from webhooks.signing import headers

logger = logging.getLogger("claimtrack.webhooks")
RESPONSE_KEPT = 2000


class UnsafeURL(ValueError):
    """A URL the tracker will not call: not http(s), or an address inside the network (SSRF)."""


def _forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
            or address.is_reserved or address.is_unspecified)


def check_url(url: str) -> None:
    """Refuse what no delivery may be sent to, without resolving names (for forms and the API)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeURL("Only http and https URLs with a host name can receive webhooks.")
    if parts.username or parts.password:
        raise UnsafeURL("Put no credentials in the URL; deliveries are signed.")
    if settings.CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE:
        return
    host = parts.hostname
    if host == "localhost" or host.endswith(".localhost"):
        raise UnsafeURL("Loopback addresses cannot receive webhooks.")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return  # a name: checked again, resolved, when a delivery is sent
    if _forbidden(address):
        raise UnsafeURL(f"{host} is a private, loopback, link-local or reserved address.")


def resolve(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, address to connect to): the name is resolved once and every address checked, so
    a name that points inside the network (or rebinds to it) is refused."""
    check_url(url)
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise UnsafeURL(f"{parts.hostname} does not resolve: {error}") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not settings.CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE and any(_forbidden(a) for a in addresses):
        raise UnsafeURL(f"{parts.hostname} resolves to a private, loopback, link-local or reserved address.")
    return parts.scheme, parts.hostname, port, str(addresses[0])


@dataclass(frozen=True)
class Attempt:
    status: int | None
    body: str
    error: str

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def post(url: str, body: bytes, request_headers: dict[str, str]) -> Attempt:
    try:
        scheme, host, port, address = resolve(url)
    except UnsafeURL as error:
        return Attempt(None, "", str(error))
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    timeout = urllib3.Timeout(connect=settings.CLAIMTRACK_WEBHOOKS_TIMEOUT, read=settings.CLAIMTRACK_WEBHOOKS_TIMEOUT)
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(address, port, timeout=timeout, retries=False, server_hostname=host,
                                           assert_hostname=host)
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
    default_port = 443 if scheme == "https" else 80
    try:
        response = pool.urlopen("POST", path, body=body, redirect=False, preload_content=False,
                                headers={**request_headers, "Host": host if port == default_port else f"{host}:{port}"})
        try:
            text = response.read(RESPONSE_KEPT, decode_content=True).decode("utf-8", "replace")
        finally:
            response.release_conn()
        if 300 <= response.status < 400:
            return Attempt(response.status, text, "Redirects are not followed.")
        return Attempt(response.status, text, "" if 200 <= response.status < 300 else f"HTTP {response.status}")
    except urllib3.exceptions.HTTPError as error:
        return Attempt(None, "", f"{type(error).__name__}: {error}")
    finally:
        pool.close()


def backoff(attempts: int) -> timedelta:
    """After the n-th failed attempt: base x 2^(n-1), at most an hour, with up to 10% jitter."""
    seconds = min(settings.CLAIMTRACK_WEBHOOKS_RETRY_SECONDS * 2 ** (attempts - 1), 3600)
    return timedelta(seconds=seconds * (1 + random.random() / 10))


def lease() -> timedelta:
    return timedelta(seconds=2 * settings.CLAIMTRACK_WEBHOOKS_TIMEOUT + 30)


def claim_due(limit: int, *, due_by=None) -> list[Delivery]:
    """Take up to `limit` deliveries due by `due_by` (now) for this worker (see the module docstring)."""
    now = timezone.now()
    with transaction.atomic():
        due = (Delivery.objects.filter(state=Delivery.State.PENDING, next_attempt_at__lte=due_by or now)
               .order_by("next_attempt_at", "id"))
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True, of=("self",))
        taken = list(due.select_related("event", "subscription")[:limit])
        if taken:
            Delivery.objects.filter(pk__in=[d.pk for d in taken]).update(next_attempt_at=now + lease())
    return taken


def deliver(delivery: Delivery) -> Delivery:
    """One attempt; records its outcome and schedules the next, or gives up after the retry window."""
    event, subscription = delivery.event, delivery.subscription
    body = json.dumps(envelope(event), ensure_ascii=False, separators=(",", ":")).encode()
    started = timezone.now()
    attempt = post(subscription.url, body, headers(subscription.secret, str(event.id), int(time.time()), body))
    delivery.attempts += 1
    delivery.last_attempt_at = started
    delivery.last_status, delivery.last_response, delivery.last_error = attempt.status, attempt.body, attempt.error
    if attempt.ok:
        delivery.state, delivery.delivered_at = Delivery.State.DELIVERED, timezone.now()
    else:
        next_at = timezone.now() + backoff(delivery.attempts)
        window = timedelta(seconds=settings.CLAIMTRACK_WEBHOOKS_RETRY_WINDOW)
        if next_at > event.created_at + window:
            delivery.state = Delivery.State.FAILED
        delivery.next_attempt_at = next_at
    delivery.save(update_fields=["attempts", "last_attempt_at", "last_status", "last_response", "last_error", "state",
                                 "delivered_at", "next_attempt_at"])
    logger.info("webhook %s", delivery.state, extra={"event": "webhook_delivery", "delivery": delivery.pk,
                                                     "status": attempt.status, "attempts": delivery.attempts,
                                                     "state": delivery.state})
    return delivery


def deliver_due(limit: int = 50) -> list[Delivery]:
    """One attempt at each of up to `limit` deliveries due now, in this process (the worker command runs the
    same claim_due and deliver in its loop, with signals and verbosity)."""
    return [deliver(delivery) for delivery in claim_due(limit)]
