"""Writing events to the outbox, inside the transaction of the change they report."""

from collections.abc import Iterable

from django.utils import timezone

from webhooks.models import Delivery, Event, Subscription


def _subscribers(kind: str) -> list[Subscription]:
    return [s for s in Subscription.objects.filter(active=True).only("id", "events", "active") if s.wants(kind)]


def emit(kind: str, data: dict) -> None:
    emit_many(kind, [data])


def emit_many(kind: str, items: Iterable[dict]) -> int:
    """One event per item, with a delivery for each active subscription to `kind`. Without subscribers
    nothing is written (a million-claim import costs one query). Returns the events written."""
    subscribers = _subscribers(kind)
    if not subscribers:
        return 0
    now = timezone.now()
    events = Event.objects.bulk_create([Event(kind=kind, payload=data, created_at=now) for data in items],
                                       batch_size=500)
    Delivery.objects.bulk_create([Delivery(event=event, subscription=s, next_attempt_at=now)
                                  for event in events for s in subscribers], batch_size=500)
    return len(events)


def envelope(event: Event) -> dict:
    """The JSON body a receiver gets."""
    return {"id": str(event.id), "type": event.kind, "created_at": event.created_at.isoformat(),
            "data": event.payload}
