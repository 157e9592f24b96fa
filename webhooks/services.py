"""Writing events to the outbox, inside the transaction of the change they report."""

import json
from collections.abc import Iterable

from django.db import connections, router
from django.utils import timezone

from webhooks.models import Delivery, Event, Subscription


def _subscribers(kind: str) -> list[int]:
    """The ids of the active subscriptions to `kind`. Asked inside every transaction that emits (each
    import batch, each status change), on its connection, so it is one plain statement: building it
    through the ORM cost three times the round trip (docs/performance.md)."""
    connection = connections[router.db_for_write(Subscription)]
    table = connection.ops.quote_name(Subscription._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, events FROM {table} WHERE active")
        rows = cursor.fetchall()
    # PostgreSQL decodes the JSON column, SQLite returns its text.
    return [pk for pk, events in rows if kind in (json.loads(events) if isinstance(events, str) else events)]


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
    Delivery.objects.bulk_create([Delivery(event=event, subscription_id=pk, next_attempt_at=now)
                                  for event in events for pk in subscribers], batch_size=500)
    return len(events)


def envelope(event: Event) -> dict:
    """The JSON body a receiver gets."""
    return {"id": str(event.id), "type": event.kind, "created_at": event.created_at.isoformat(),
            "data": event.payload}
