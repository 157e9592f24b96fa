"""Every write to a claim goes through here: creation, status changes and edits.

Each write locks the claim row, bumps Claim.version, and appends hash-chained
history rows in the same transaction, so a change and its record commit
together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from claims.history import history_now
from claims.models import Claim, ClaimEvent, Cluster, Conflict, Origin, Status, VerificationStatus
from sources.importer.cleaning import fingerprint
from tracker.db import bulk_insert, reserve_ids
from tracker.observability import status_changed
from webhooks.models import EventType
from webhooks.services import emit, emit_many

STATUS_PERMISSION = "claims.set_claim_status"
MIN_NOTE_LENGTH = 10
MAX_EVIDENCE_ITEMS = 50


@dataclass(frozen=True)
class Actor:
    """Who (or what) makes a change, and through which door."""

    origin: str
    user: AbstractBaseUser | None = None
    name: str = ""
    request_id: str = ""

    @classmethod
    def for_request(cls, request, origin: str) -> Actor:
        """The signed-in user behind an admin or API request, with the request id for the audit trail."""
        return cls(origin=origin, user=request.user, request_id=getattr(request, "request_id", ""))

    @property
    def display_name(self) -> str:
        if self.user is not None and self.user.is_authenticated:
            return self.user.get_username()
        return self.name

    @property
    def user_or_none(self):
        return self.user if self.user is not None and self.user.is_authenticated else None


@dataclass(frozen=True)
class ClaimDraft:
    """A claim found by the importer, not yet saved."""

    text: str
    start: int
    end: int
    fingerprint: str
    claimant_id: int | None = None
    checkworthiness: float = 0.0
    reasons: list[str] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class StatusChange:
    claim: Claim
    changed: bool
    verdict: VerificationStatus | None = None
    event: ClaimEvent | None = None
    message: str = ""


class VersionConflict(Exception):
    """The client edited an older version of the claim than the one now stored."""

    def __init__(self, current_version: int):
        super().__init__(f"claim has changed: current version is {current_version}")
        self.current_version = current_version


def can_set_status(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(STATUS_PERMISSION))


def _last_hash(queryset) -> str:
    return queryset.order_by("-id").values_list("entry_hash", flat=True).first() or ""


def _chain_heads(claim_id: int) -> tuple[str, str]:
    """The newest verdict's and the newest audit entry's hash of a claim, in one query (read after the
    claim's row lock, so no concurrent writer can add to either chain meanwhile)."""
    from django.db.models import OuterRef, Subquery

    def head(model):
        return Subquery(model.objects.filter(claim_id=OuterRef("pk")).order_by("-id").values("entry_hash")[:1])

    verdict, event = Claim.objects.filter(pk=claim_id).values_list(head(VerificationStatus), head(ClaimEvent)).get()
    return verdict or "", event or ""


def _event(*, claim: Claim, action: str, actor: Actor, at, prev_hash: str, **values: Any) -> ClaimEvent:
    event = ClaimEvent(
        claim=claim,
        action=action,
        origin=actor.origin,
        actor=actor.user_or_none,
        actor_name=actor.display_name,
        request_id=actor.request_id,
        created_at=at,
        **values,
    )
    event.seal(prev_hash)
    return event


def validate_evidence(evidence: Iterable[Any]) -> list[dict]:
    """Evidence items are {url, note} or a reference {claim: id} / {article: id} to the tracker's own records."""
    from sources.models import Article

    items = list(evidence or [])
    if len(items) > MAX_EVIDENCE_ITEMS:
        raise ValidationError({"evidence": f"At most {MAX_EVIDENCE_ITEMS} items."})
    cleaned: list[dict] = []
    url_validator = URLValidator(schemes=["http", "https"])
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ValidationError({"evidence": f"Item {index}: expected an object with url or claim or article."})
        unknown = set(item) - {"url", "note", "claim", "article"}
        if unknown:
            raise ValidationError({"evidence": f"Item {index}: unknown keys {sorted(unknown)}."})
        note = item.get("note", "")
        if not isinstance(note, str) or len(note) > 2000:
            raise ValidationError({"evidence": f"Item {index}: note must be text of at most 2000 characters."})
        entry: dict[str, Any] = {"note": note}
        if "url" in item:
            try:
                url_validator(item["url"])
            except (ValidationError, TypeError):
                raise ValidationError({"evidence": f"Item {index}: {item['url']!r} is not an http(s) URL."}) from None
            entry["url"] = item["url"]
        for ref, model in (("claim", Claim), ("article", Article)):
            if ref in item:
                ref_id = item[ref]
                if isinstance(ref_id, bool) or not isinstance(ref_id, int) or not model.objects.filter(pk=ref_id).exists():
                    raise ValidationError({"evidence": f"Item {index}: no {ref} with id {ref_id!r}."})
                entry[ref] = ref_id
        if not {"url", "claim", "article"} & set(entry):
            raise ValidationError({"evidence": f"Item {index}: give a url, a claim id or an article id."})
        cleaned.append(entry)
    return cleaned


def validate_verdict(*, status: str, note: str, evidence: Iterable[Any]) -> list[dict]:
    if status not in Status.values:
        raise ValidationError({"status": f"{status!r} is not one of {', '.join(Status.values)}."})
    cleaned = validate_evidence(evidence)
    if status in (Status.VERIFIED, Status.CONTRADICTED) and len(note.strip()) < MIN_NOTE_LENGTH:
        raise ValidationError({"note": f"A {status} verdict needs a rationale of at least {MIN_NOTE_LENGTH} characters."})
    if status == Status.CONTRADICTED and not cleaned:
        raise ValidationError({"evidence": "A contradicted verdict needs at least one evidence item."})
    return cleaned


@transaction.atomic
def claim_set_status(
    *,
    claim_id: int,
    status: str,
    note: str = "",
    evidence: Sequence[Any] = (),
    actor: Actor,
    expected_version: int | None = None,
    reason: str = "",
    auto_publish: bool = True,
) -> StatusChange:
    """The one way to change a claim's status: validates, locks, appends a verdict and an audit entry, tells
    webhook subscribers, and publishes the verdict when CLAIMTRACK_AUTO_PUBLISH is on (auto_publish=False:
    the caller publishes, as a cluster verdict does once for the cluster)."""
    if actor.origin in (Origin.ADMIN, Origin.API) and not can_set_status(actor.user):
        raise PermissionDenied("Only reviewers may change a claim's status.")
    cleaned_evidence = validate_verdict(status=status, note=note, evidence=evidence)
    # The row lock serialises reviewers changing the same claim (SQLite: the IMMEDIATE transaction does).
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    if expected_version is not None and expected_version != claim.version:
        raise VersionConflict(claim.version)
    if claim.status == status and not note.strip() and not cleaned_evidence:
        return StatusChange(claim=claim, changed=False, message=f"Claim is already {status}; nothing recorded.")

    now = history_now()
    verdict = VerificationStatus(
        claim=claim,
        status=status,
        note=note,
        evidence=cleaned_evidence,
        reviewer=actor.user_or_none,
        reviewer_name=actor.display_name,
        origin=actor.origin,
        created_at=now,
    )
    last_verdict, last_event = _chain_heads(claim.pk)
    verdict.seal(last_verdict)
    verdict.save(force_insert=True)
    event = _event(
        claim=claim,
        action=ClaimEvent.Action.STATUS_CHANGED,
        actor=actor,
        at=now,
        prev_hash=last_event,
        from_status=claim.status,
        to_status=status,
        note=note,
        evidence=cleaned_evidence,
        verdict=verdict,
        reason=reason[:300],
    )
    event.save(force_insert=True)
    from_status = claim.status
    claim.status, claim.status_changed_at, claim.updated_at = status, now, now
    claim.needs_review, claim.suggested_status = False, ""  # a reviewer has decided
    claim.version += 1
    claim.save(update_fields=["status", "status_changed_at", "needs_review", "suggested_status", "version",
                              "updated_at"])
    transaction.on_commit(partial(status_changed, claim_id=claim.pk, from_status=from_status, to_status=status,
                                  version=claim.version, actor=actor, verdict_id=verdict.pk))
    emit(EventType.STATUS_CHANGED, {"claim": claim.pk, "from_status": from_status, "to_status": status,
                                    "version": claim.version, "note": note, "evidence": cleaned_evidence})
    if auto_publish:
        from publishing.services import on_verdict  # publishing builds on this module

        on_verdict(claim_id=claim.pk, status=status, actor=actor)
    return StatusChange(claim=claim, changed=True, verdict=verdict, event=event,
                        message=f"Status set to {status} (version {claim.version}).")


def _display(value: Any) -> Any:
    if hasattr(value, "pk"):
        return f"{value} (#{value.pk})"
    return value


EDITABLE_FIELDS = ("text", "start", "end", "claimant", "present")


@transaction.atomic
def claim_update(*, claim_id: int, actor: Actor, reason: str = "", expected_version: int | None = None,
                 action: str | None = None, **values: Any) -> Claim:
    """Change text, span, claimant or presence; records {field: [old, new]} in the audit history."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"claim_update cannot change {sorted(unknown)}; status goes through claim_set_status")
    claim = Claim.objects.select_for_update(of=("self",)).select_related("claimant").get(pk=claim_id)
    if expected_version is not None and expected_version != claim.version:
        raise VersionConflict(claim.version)
    changes = {}
    for name, new in values.items():
        old = getattr(claim, name)
        if old != new:
            changes[name] = [_display(old), _display(new)]
            setattr(claim, name, new)
    if not changes:
        return claim
    if "text" in changes:
        claim.fingerprint = fingerprint(claim.text)
    claim.full_clean(exclude=["article", "status_changed_at"], validate_unique=False)
    if action is None and set(changes) == {"present"}:
        action = ClaimEvent.Action.RESTORED if claim.present else ClaimEvent.Action.RETIRED
    action = action or ClaimEvent.Action.EDITED
    claim.version += 1
    claim.save()
    _event(claim=claim, action=action, actor=actor, at=history_now(), prev_hash=_last_hash(claim.events),
           changes=changes, reason=reason).save(force_insert=True)
    return claim


# How reviewers' judgements of check-worthiness read in the history (export_training_data finds them there).
DISMISSED = "dismissed as not check-worthy"
PROMOTED = "promoted to a claim by a reviewer"
MAX_PROMOTED_CHARS = 2000


def _require_reviewer(actor: Actor) -> None:
    if actor.origin in (Origin.ADMIN, Origin.API) and not can_set_status(actor.user):
        raise PermissionDenied("Only reviewers may judge check-worthiness.")


@transaction.atomic
def claim_dismiss(*, claim_id: int, actor: Actor, note: str = "") -> Claim:
    """A reviewer's judgement that a claim is not worth checking: its score drops to 0 (the end of the queue)
    and the history says who dismissed it and why. A claim with a verdict was checked: it stays."""
    _require_reviewer(actor)
    claim = Claim.objects.select_for_update(of=("self",)).get(pk=claim_id)
    if claim.status != Status.UNVERIFIED:
        raise ValidationError({"status": f"This claim is {claim.status}: a checked claim cannot be dismissed."})
    if claim.checkworthiness == 0 and ClaimEvent.objects.filter(claim=claim, reason__startswith=DISMISSED).exists():
        return claim
    changes = {"checkworthiness": [claim.checkworthiness, 0.0]}
    claim.checkworthiness = 0.0
    claim.version += 1
    claim.save(update_fields=["checkworthiness", "version", "updated_at"])
    reason = f"{DISMISSED}: {note.strip()}" if note.strip() else DISMISSED
    _event(claim=claim, action=ClaimEvent.Action.EDITED, actor=actor, at=history_now(),
           prev_hash=_last_hash(claim.events), changes=changes, reason=reason[:300]).save(force_insert=True)
    return claim


@transaction.atomic
def claim_promote(*, article, start: int, end: int, actor: Actor) -> Claim:
    """A reviewer makes a sentence of an article (body[start:end]) a claim the extractor had left out; its
    "created" history entry names the reviewer."""
    from sources.checkworthiness import model

    _require_reviewer(actor)
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(article.body)):
        raise ValidationError({"start": f"start and end must lie within the article's {len(article.body)} "
                                        "characters, start before end."})
    text = article.body[start:end]
    if not text.strip() or end - start > MAX_PROMOTED_CHARS:
        raise ValidationError({"end": f"A claim is 1 to {MAX_PROMOTED_CHARS} characters of text."})
    start, end = start + len(text) - len(text.lstrip()), end - (len(text) - len(text.rstrip()))
    text = article.body[start:end]
    if Claim.objects.filter(article=article, start__lt=end, end__gt=start).exists():
        raise ValidationError({"start": "This text overlaps a claim the article already has."})
    body = article.body
    draft = ClaimDraft(text=text, start=start, end=end, fingerprint=fingerprint(text),
                       checkworthiness=round(model().probability(text, body[max(0, start - 300):start],
                                                                 body[end:end + 300]), 4),
                       reasons=[PROMOTED])
    return claims_create(article=article, drafts=[draft], actor=actor)[0]


def claims_create(*, article, drafts: Sequence[ClaimDraft], actor: Actor) -> list[Claim]:
    """Create claims in bulk, each unverified with a first verdict and a "created" audit entry."""
    return claims_create_many([(article, drafts)], actor=actor)[0]


def claims_create_many(items: Sequence[tuple[Any, Sequence[ClaimDraft]]], *, actor: Actor) -> list[list[Claim]]:
    """The claims of several articles ((article, drafts) pairs), created as claims_create does; returns
    them per article.

    Called inside the importer's transaction; three bulk writes however many claims and articles.
    """
    if not any(drafts for _, drafts in items):
        return [[] for _ in items]
    now = history_now()
    # One round trip numbers the claims, their first verdicts and their audit entries (PostgreSQL).
    claim_ids, verdict_ids, event_ids = reserve_ids([Claim, VerificationStatus, ClaimEvent],
                                                    sum(len(drafts) for _, drafts in items))
    numbered = iter(claim_ids)
    claims = bulk_insert(Claim, [
        Claim(
            pk=next(numbered),
            article=article,
            text=draft.text,
            start=draft.start,
            end=draft.end,
            claimant_id=draft.claimant_id,
            checkworthiness=draft.checkworthiness,
            reasons=draft.reasons,
            figures=draft.figures,
            fingerprint=draft.fingerprint,
            status=Status.UNVERIFIED,
            status_changed_at=now,
            created_at=now,
            updated_at=now,
        )
        for article, drafts in items for draft in drafts
    ])
    verdicts = []
    for claim, verdict_id in zip(claims, verdict_ids, strict=True):
        verdict = VerificationStatus(
            pk=verdict_id, claim=claim, status=Status.UNVERIFIED, reviewer=actor.user_or_none,
            reviewer_name=actor.display_name, origin=actor.origin, created_at=now,
        )
        verdict.seal("")
        verdicts.append(verdict)
    bulk_insert(VerificationStatus, verdicts)
    bulk_insert(ClaimEvent, [
        _event(claim=claim, action=ClaimEvent.Action.CREATED, actor=actor, at=now, prev_hash="",
               to_status=Status.UNVERIFIED, verdict=verdict, pk=event_id)
        for claim, verdict, event_id in zip(claims, verdicts, event_ids, strict=True)
    ])
    emit_many(EventType.CLAIM_CREATED, ({"claim": claim.pk, "article": claim.article_id, "text": claim.text,
                                         "claimant": claim.claimant_id, "checkworthiness": claim.checkworthiness}
                                        for claim in claims))
    per_article, start = [], 0
    for _, drafts in items:
        per_article.append(list(claims[start:start + len(drafts)]))
        start += len(drafts)
    return per_article


# ---------------------------------------------------------------- cluster decisions (editors)

def _record_cluster_change(*, claim_ids: Sequence[int], actor: Actor, new_cluster_id: int | None, reason: str,
                           lock: bool = True) -> None:
    """Move claims to a cluster (or out of any) as an editor's decision: locked against re-matching,
    versioned, and written to each claim's audit history."""
    now = history_now()
    for claim in Claim.objects.select_for_update().filter(pk__in=claim_ids).order_by("id"):
        old = claim.cluster_id
        claim.cluster_id = new_cluster_id
        claim.cluster_locked = lock
        claim.has_conflict = False  # the cluster it lands in says again whether it is in a conflict
        claim.version += 1
        claim.updated_at = now
        claim.save(update_fields=["cluster", "cluster_locked", "has_conflict", "version", "updated_at"])
        _event(claim=claim, action=ClaimEvent.Action.CLUSTER_CHANGED, actor=actor, at=now,
               prev_hash=_last_hash(claim.events), changes={"cluster": [old, new_cluster_id]},
               reason=reason[:300]).save(force_insert=True)


def _refresh(*cluster_ids: int | None) -> None:
    from claims.matching import find_conflicts

    for cluster_id in {c for c in cluster_ids if c}:
        if Cluster.objects.filter(pk=cluster_id).exists():
            find_conflicts(cluster_id)


@transaction.atomic
def cluster_confirm(*, cluster_id: int, actor: Actor) -> Cluster:
    """An editor confirms that the cluster's claims state one assertion: matching keeps it as it is."""
    cluster = Cluster.objects.select_for_update().get(pk=cluster_id)
    members = list(Claim.objects.filter(cluster_id=cluster_id).values_list("id", flat=True))
    cluster.state = Cluster.State.CONFIRMED
    cluster.version += 1
    cluster.save(update_fields=["state", "version", "updated_at"])
    _record_cluster_change(claim_ids=members, actor=actor, new_cluster_id=cluster_id,
                           reason=f"cluster #{cluster_id} confirmed")
    return cluster


@transaction.atomic
def cluster_remove_claim(*, claim_id: int, actor: Actor, reason: str = "") -> Claim:
    """Take a claim out of its cluster for good: re-imports and rebuilds never put it back."""
    old = Claim.objects.values_list("cluster_id", flat=True).get(pk=claim_id)
    _record_cluster_change(claim_ids=[claim_id], actor=actor, new_cluster_id=None,
                           reason=reason or f"removed from cluster #{old}")
    Cluster.objects.filter(pk=old, claims__isnull=True).delete()
    _refresh(old)
    return Claim.objects.get(pk=claim_id)


@transaction.atomic
def cluster_move_claim(*, claim_id: int, cluster_id: int, actor: Actor) -> Claim:
    """Put a claim in another cluster, as an editor's decision kept across rebuilds."""
    Cluster.objects.select_for_update().get(pk=cluster_id)
    old = Claim.objects.values_list("cluster_id", flat=True).get(pk=claim_id)
    _record_cluster_change(claim_ids=[claim_id], actor=actor, new_cluster_id=cluster_id,
                           reason=f"moved from cluster #{old} to #{cluster_id}" if old else f"put in cluster #{cluster_id}")
    Cluster.objects.filter(pk=old, claims__isnull=True).delete()
    _refresh(old, cluster_id)
    return Claim.objects.get(pk=claim_id)


@transaction.atomic
def cluster_merge(*, cluster_id: int, into_id: int, actor: Actor) -> Cluster:
    """Fold one cluster into another; the result is confirmed (an editor decided it)."""
    if cluster_id == into_id:
        raise ValidationError({"into": "A cluster cannot be merged into itself."})
    into = Cluster.objects.select_for_update().get(pk=into_id)
    Cluster.objects.select_for_update().get(pk=cluster_id)
    moved = list(Claim.objects.filter(cluster_id=cluster_id).values_list("id", flat=True))
    _record_cluster_change(claim_ids=moved, actor=actor, new_cluster_id=into_id,
                           reason=f"cluster #{cluster_id} merged into #{into_id}")
    Conflict.objects.filter(cluster_id=cluster_id).delete()
    Cluster.objects.filter(pk=cluster_id).delete()
    into.state = Cluster.State.CONFIRMED
    into.version += 1
    into.save(update_fields=["state", "version", "updated_at"])
    _refresh(into_id)
    return into


@transaction.atomic
def conflict_explain(*, conflict_id: int, note: str, actor: Actor) -> Conflict:
    """An editor explains a disagreement ("3,000 in training camps vs 8,000 in Kursk count different
    things"): it stops flagging its claims, stays explained across re-imports, and is in their history."""
    if len(note.strip()) < MIN_NOTE_LENGTH:
        raise ValidationError({"note": f"Explain the conflict in at least {MIN_NOTE_LENGTH} characters."})
    conflict = Conflict.objects.select_for_update().get(pk=conflict_id)
    # The editor has looked at the cluster: it is confirmed, so no rebuild can drop it and its explanation.
    Cluster.objects.filter(pk=conflict.cluster_id).update(state=Cluster.State.CONFIRMED)
    conflict.explained, conflict.note = True, note
    conflict.explained_by, conflict.explained_at = actor.display_name, timezone.now()
    conflict.save()
    claim_ids = sorted({value["claim"] for value in conflict.values})
    now = history_now()
    for claim in Claim.objects.select_for_update().filter(pk__in=claim_ids).order_by("id"):
        _event(claim=claim, action=ClaimEvent.Action.CLUSTER_CHANGED, actor=actor, at=now,
               prev_hash=_last_hash(claim.events), note=note,
               reason=f"conflict explained: {conflict.summary}"[:300]).save(force_insert=True)
    _refresh(conflict.cluster_id)
    return conflict


class ClusterVersionConflict(VersionConflict):
    """The client decided on an older version of the cluster than the one now stored."""


@transaction.atomic
def cluster_set_status(*, cluster_id: int, status: str, note: str = "", evidence: Sequence[Any] = (),
                       actor: Actor, expected_version: int | None = None) -> list[StatusChange]:
    """One verdict for a whole cluster: every present claim gets its own verdict row and audit entry through
    claim_set_status, each referring to the cluster decision. Claims that join later are flagged
    needs_review with this verdict suggested, never changed silently."""
    cluster = Cluster.objects.select_for_update().get(pk=cluster_id)
    if expected_version is not None and expected_version != cluster.version:
        raise ClusterVersionConflict(cluster.version)
    claim_ids = list(Claim.objects.filter(cluster_id=cluster_id, present=True).order_by("id")
                     .values_list("id", flat=True))
    changes = [claim_set_status(claim_id=claim_id, status=status, note=note, evidence=evidence, actor=actor,
                                reason=f"verdict given to cluster #{cluster_id} ({len(claim_ids)} claims)",
                                auto_publish=False)
               for claim_id in claim_ids]
    cluster.verdict = status
    cluster.version += 1
    cluster.save(update_fields=["verdict", "version", "updated_at"])
    if claim_ids:  # one fact check for the cluster
        from publishing.services import on_verdict

        on_verdict(claim_id=claim_ids[0], status=status, actor=actor)
    return changes
