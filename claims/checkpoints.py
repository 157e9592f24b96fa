"""Signed checkpoints of all history: finding history removed or rewritten by someone holding the database.

Each claim's chain proves its entries were not edited one by one, but whoever can write the tables can
delete a whole chain, or rewrite one and seal it again (the hashes need no key). A checkpoint, taken
periodically (`manage.py audit_checkpoint`, e.g. from cron), folds the entry hashes of every verdict and
audit entry made before a time into two running digests, with counts, and signs them with
AUDIT_CHECKPOINT_KEY (HMAC-SHA256) chained to the previous checkpoint's signature. `verify_audit` replays
the history against every checkpoint in the database and, given the exported copies kept off the server,
against those too: a truncated, shortened or rewritten history no longer folds to the signed digests.

A checkpoint covers entries made before a time safely in the past: on PostgreSQL, before the oldest
transaction still open (less a margin for clocks), so an entry committed later never falls into a
stretch already covered.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Model

from claims.history import canonical_json, history_now, to_millisecond
from claims.models import AuditCheckpoint, ClaimEvent, VerificationStatus

# Entries younger than this are left to the next checkpoint (writers' and the server's clocks may differ).
SETTLE = timedelta(seconds=5)


def _key() -> bytes:
    secret = settings.AUDIT_CHECKPOINT_KEY or settings.SECRET_KEY
    return hmac.new(secret.encode(), b"claimtrack audit checkpoint", hashlib.sha256).digest()


def key_id() -> str:
    """Names the key in use without revealing it (a rotated key shows as a new id)."""
    return hashlib.sha256(_key()).hexdigest()[:16]


def sign(checkpoint: AuditCheckpoint) -> str:
    return hmac.new(_key(), canonical_json(checkpoint.signed_content()).encode(), hashlib.sha256).hexdigest()


def _hashes(model: type[Model], using: str, after: datetime | None = None,
            before: datetime | None = None) -> Iterator[tuple[datetime, str]]:
    """(created_at, entry_hash) of a history table in time order, streamed (claims_*_time_idx)."""
    rows = model.objects.using(using).order_by("created_at", "id")
    if after is not None:
        rows = rows.filter(created_at__gte=after)
    if before is not None:
        rows = rows.filter(created_at__lt=before)
    return rows.values_list("created_at", "entry_hash").iterator(chunk_size=5000)


def _fold(digest: str, hashes: Iterable[str]) -> tuple[str, int]:
    running = hashlib.sha256(digest.encode())
    count = 0
    for entry_hash in hashes:
        running.update(entry_hash.encode())
        count += 1
    return running.hexdigest(), count


def _settled_before(using: str) -> datetime:
    """The time before which every history entry there will ever be is committed and visible now."""
    connection = connections[using]
    now = history_now()
    if connection.vendor != "postgresql":
        return now - SETTLE  # SQLite runs one writer at a time, and this transaction holds the write lock
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(xact_start) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL")
        oldest_open = cursor.fetchone()[0]
    return to_millisecond(min(now, oldest_open) if oldest_open else now) - SETTLE


def take_checkpoint(using: str = DEFAULT_DB_ALIAS) -> AuditCheckpoint:
    """Sign the history made since the last checkpoint (reads only that stretch, by the time indexes)."""
    with transaction.atomic(using=using):
        last = AuditCheckpoint.objects.using(using).order_by("-id").first()
        after = last.covers_before if last else None
        before = _settled_before(using)
        if after is not None and before < after:
            before = after  # an old transaction is still open: cover nothing new
        checkpoint = AuditCheckpoint(created_at=history_now(), covers_before=before, key_id=key_id(),
                                     prev_signature=last.signature if last else "")
        checkpoint.verdicts_digest, verdicts = _fold(last.verdicts_digest if last else "",
                                                     (h for _, h in _hashes(VerificationStatus, using, after, before)))
        checkpoint.events_digest, events = _fold(last.events_digest if last else "",
                                                 (h for _, h in _hashes(ClaimEvent, using, after, before)))
        checkpoint.verdict_count = (last.verdict_count if last else 0) + verdicts
        checkpoint.event_count = (last.event_count if last else 0) + events
        checkpoint.signature = sign(checkpoint)
        checkpoint.save(using=using)
    return checkpoint


def export_row(checkpoint: AuditCheckpoint) -> str:
    """One JSON line: what `verify_audit --checkpoints` compares with the database."""
    return json.dumps({"id": checkpoint.pk, "signature": checkpoint.signature, **checkpoint.signed_content()},
                      sort_keys=True)


def _replay(model: type[Model], checkpoints: list[AuditCheckpoint], using: str) -> Iterator[str]:
    """Fold the table's history once, in time order, and compare at every checkpoint."""
    label = "verdicts" if model is VerificationStatus else "audit entries"
    rows = _hashes(model, using, before=checkpoints[-1].covers_before)
    pending = next(rows, None)
    digest, total = "", 0
    for checkpoint in checkpoints:
        running = hashlib.sha256(digest.encode())
        while pending is not None and pending[0] < checkpoint.covers_before:
            running.update(pending[1].encode())
            total += 1
            pending = next(rows, None)
        digest = running.hexdigest()
        expected_count = getattr(checkpoint, "verdict_count" if model is VerificationStatus else "event_count")
        expected_digest = getattr(checkpoint, "verdicts_digest" if model is VerificationStatus else "events_digest")
        if total != expected_count:
            yield (f"{checkpoint}: {total} {label} made before {checkpoint.covers_before:%Y-%m-%d %H:%M:%S} "
                   f"are left, {expected_count} were signed (history was removed or added)")
        elif digest != expected_digest:
            yield f"{checkpoint}: the {label} made before it were rewritten (their hashes no longer fold to the signed digest)"
        digest, total = expected_digest, expected_count  # later checkpoints report their own stretch


def verify_checkpoints(exported: Iterable[dict] = (), using: str = DEFAULT_DB_ALIAS) -> Iterator[str]:
    """Problems with the checkpoints and the history they cover; none when all is intact."""
    checkpoints = list(AuditCheckpoint.objects.using(using).order_by("id"))
    stored = {c.pk: c for c in checkpoints}
    for row in exported:
        here = stored.get(row.get("id"))
        if here is None:
            yield f"exported checkpoint #{row.get('id')} is missing from the database (checkpoints were removed)"
        elif json.loads(export_row(here)) != row:
            yield f"{here} differs from its exported copy (checkpoints were rewritten)"
    previous = ""
    for checkpoint in checkpoints:
        if checkpoint.prev_signature != previous:
            yield f"{checkpoint}: does not follow the checkpoint before it (checkpoints were removed)"
        if checkpoint.key_id != key_id():
            yield f"{checkpoint}: signed with key {checkpoint.key_id}, not the configured key {key_id()}"
        elif not hmac.compare_digest(checkpoint.signature, sign(checkpoint)):
            yield f"{checkpoint}: the signature does not match its content (the checkpoint was forged or altered)"
        previous = checkpoint.signature
    if checkpoints:
        yield from _replay(VerificationStatus, checkpoints, using)
        yield from _replay(ClaimEvent, checkpoints, using)
