"""Webhook subscriptions and the outbox: events are written in the same transaction as the change they
report, and delivered at least once by `manage.py deliver_webhooks` (webhooks.delivery)."""

import base64
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q


class EventType(models.TextChoices):
    CLAIM_CREATED = "claim.created", "Claim created"
    STATUS_CHANGED = "claim.status_changed", "Status changed"
    VERDICT_PUBLISHED = "verdict.published", "Verdict published"
    VERDICT_WITHDRAWN = "verdict.withdrawn", "Verdict withdrawn"
    CONFLICT_FOUND = "conflict.found", "Conflict found"


def new_secret() -> str:
    """A signing secret in the Standard Webhooks form: whsec_ and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class Subscription(models.Model):
    url = models.URLField("URL", max_length=2000, help_text="http(s); receives a signed JSON POST per event.")
    events = models.JSONField(default=list, help_text="Event types to receive.")
    secret = models.CharField(max_length=100, default=new_secret, editable=False,
                              help_text="Signs every delivery (webhook-signature); shown once on creation.")
    description = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(url__startswith="http://") | Q(url__startswith="https://"),
                                   name="webhooks_subscription_http_url"),
        ]

    def __str__(self) -> str:
        return self.url


class Event(models.Model):
    """One outbox entry; its id is the idempotency key receivers see (webhook-id)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField("type", max_length=40, choices=EventType.choices)
    payload = models.JSONField()
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [models.CheckConstraint(condition=Q(kind__in=EventType.values), name="webhooks_event_kind_valid")]

    def __str__(self) -> str:
        return f"{self.kind} {self.id}"


class Delivery(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status = models.PositiveIntegerField(null=True, blank=True, help_text="HTTP status of the last attempt.")
    last_response = models.TextField(blank=True, help_text="The start of the last response body.")
    last_error = models.TextField(blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "subscription"], name="webhooks_delivery_once"),
            models.CheckConstraint(condition=Q(state__in=["pending", "delivered", "failed"]),
                                   name="webhooks_delivery_state_valid"),
            models.CheckConstraint(condition=~Q(state="delivered") | Q(delivered_at__isnull=False),
                                   name="webhooks_delivery_delivered_at"),
        ]
        indexes = [
            # The worker's queue: due pending deliveries, oldest first.
            models.Index(fields=["next_attempt_at", "id"], condition=Q(state="pending"), name="webhooks_due_idx"),
            models.Index(fields=["state", "-id"], name="webhooks_delivery_state_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event.kind} to {self.subscription.url}: {self.state}"
