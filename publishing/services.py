"""Publishing verdicts: the one way a fact check is published, corrected or withdrawn.

A reviewer publishes a claim's verdict deliberately (admin action, API), or every verdict is published when it
is given if CLAIMTRACK_AUTO_PUBLISH is on; the importer never publishes. A verdict given to a cluster is
published once, as the cluster's fact check, covering its claims with that verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, Cluster, Origin, Status, VerificationStatus
from claims.services import MIN_NOTE_LENGTH, Actor, can_set_status
from publishing.claimreview import REVIEWED_STATUSES
from publishing.models import Correction, CoveredClaim, FactCheck


@dataclass(frozen=True)
class Publication:
    fact_check: FactCheck
    changed: bool
    message: str


def _require(actor: Actor) -> None:
    if not settings.CLAIMTRACK_PUBLISHING:
        raise ValidationError("Publishing is off on this tracker (CLAIMTRACK_PUBLISHING).")
    if actor.origin == Origin.IMPORT:
        raise PermissionDenied("Imports never publish verdicts.")
    if actor.origin in (Origin.ADMIN, Origin.API) and not can_set_status(actor.user):
        raise PermissionDenied("Only reviewers may publish or withdraw verdicts.")


def _emit(kind: str, fact_check: FactCheck, claim_ids: list[int]) -> None:
    from webhooks.services import emit

    emit(kind, {"fact_check": fact_check.pk, "status": fact_check.status, "claims": claim_ids,
                "withdrawn": not fact_check.live, "version": fact_check.version})


def _subject(claim: Claim) -> tuple[dict, list[int]]:
    """What the page is about (the claim, or its cluster when the cluster was given this verdict) and the
    claims it covers."""
    if claim.cluster_id is not None:
        verdict = Cluster.objects.filter(pk=claim.cluster_id).values_list("verdict", flat=True).first()
        if verdict == claim.status:
            covered = list(Claim.objects.filter(cluster_id=claim.cluster_id, present=True, status=verdict)
                           .order_by("id").values_list("id", flat=True))
            return {"cluster_id": claim.cluster_id}, covered
    return {"claim_id": claim.pk}, [claim.pk]


@transaction.atomic
def fact_check_publish(*, claim_id: int, actor: Actor, note: str = "") -> Publication:
    """Publish the claim's current verdict (its cluster's, when the cluster was given it). Publishing the same
    verdict again changes nothing; a different verdict corrects the page; a withdrawn one is republished.
    datePublished never moves."""
    _require(actor)
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    if claim.status not in REVIEWED_STATUSES:
        raise ValidationError({"status": f"Only a verdict ({' or '.join(REVIEWED_STATUSES)}) can be published; "
                                         f"this claim is {claim.status}."})
    verdict = VerificationStatus.objects.filter(claim_id=claim.pk).order_by("-id").first()
    subject, covered = _subject(claim)
    now = timezone.now()
    content = {"verdict": verdict, "status": claim.status, "claim_text": claim.text, "rationale": verdict.note,
               "evidence": verdict.evidence}
    fact_check = FactCheck.objects.select_for_update().filter(**subject).first()
    if fact_check is None:
        fact_check = FactCheck.objects.create(**subject, **content, first_published_at=now, modified_at=now)
        kind, from_status = Correction.Kind.PUBLISHED, ""
    else:
        same = all(getattr(fact_check, k) == v for k, v in content.items() if k != "verdict")
        if same and fact_check.live:
            _cover(fact_check, covered)
            return Publication(fact_check, False, "Already published with this verdict; nothing changed.")
        kind = (Correction.Kind.REPUBLISHED if not fact_check.live
                else Correction.Kind.CORRECTED if fact_check.status != claim.status else Correction.Kind.UPDATED)
        from_status = fact_check.status
        for name, value in content.items():
            setattr(fact_check, name, value)
        fact_check.modified_at, fact_check.withdrawn_at = now, None
        fact_check.version += 1
        fact_check.save()
    _cover(fact_check, covered)
    Correction.objects.create(fact_check=fact_check, kind=kind, from_status=from_status, to_status=claim.status,
                              note=note.strip(), actor_name=actor.display_name, created_at=now)
    _emit("verdict.published", fact_check, covered)
    return Publication(fact_check, True, f"{Correction.Kind(kind).label}: fact check #{fact_check.pk}.")


def _cover(fact_check: FactCheck, claim_ids: list[int]) -> None:
    """The fact check covers exactly these claims (a claim covered by another page moves to this one)."""
    CoveredClaim.objects.filter(fact_check=fact_check).exclude(claim_id__in=claim_ids).delete()
    CoveredClaim.objects.filter(claim_id__in=claim_ids).exclude(fact_check=fact_check).delete()
    have = set(CoveredClaim.objects.filter(fact_check=fact_check).values_list("claim_id", flat=True))
    CoveredClaim.objects.bulk_create([CoveredClaim(claim_id=pk, fact_check=fact_check)
                                      for pk in claim_ids if pk not in have])


@transaction.atomic
def fact_check_withdraw(*, claim_id: int, actor: Actor, note: str) -> Publication:
    """Withdraw the fact check covering the claim. Its page stays and says so, with the reason; its
    ClaimReview is no longer offered."""
    _require(actor)
    if len(note.strip()) < MIN_NOTE_LENGTH:
        raise ValidationError({"note": f"Say why it is withdrawn, in at least {MIN_NOTE_LENGTH} characters."})
    fact_check_id = CoveredClaim.objects.filter(claim_id=claim_id).values_list("fact_check_id", flat=True).first()
    if fact_check_id is None:
        raise ValidationError("This claim's verdict is not published.")
    fact_check = FactCheck.objects.select_for_update().get(pk=fact_check_id)
    if not fact_check.live:
        return Publication(fact_check, False, "Already withdrawn; nothing changed.")
    now = timezone.now()
    fact_check.withdrawn_at = fact_check.modified_at = now
    fact_check.version += 1
    fact_check.save(update_fields=["withdrawn_at", "modified_at", "version"])
    Correction.objects.create(fact_check=fact_check, kind=Correction.Kind.WITHDRAWN, from_status=fact_check.status,
                              note=note.strip(), actor_name=actor.display_name, created_at=now)
    _emit("verdict.withdrawn", fact_check,
          list(CoveredClaim.objects.filter(fact_check=fact_check).values_list("claim_id", flat=True)))
    return Publication(fact_check, True, f"Withdrawn: fact check #{fact_check.pk}.")


def on_verdict(*, claim_id: int, status: str, actor: Actor) -> None:
    """CLAIMTRACK_AUTO_PUBLISH: a verdict is published when it is given; a claim set back to unverified has
    its fact check withdrawn. Called inside the status change's transaction."""
    if not (settings.CLAIMTRACK_PUBLISHING and settings.CLAIMTRACK_AUTO_PUBLISH) or actor.origin == Origin.IMPORT:
        return
    if status in REVIEWED_STATUSES:
        fact_check_publish(claim_id=claim_id, actor=actor)
    elif status == Status.UNVERIFIED and CoveredClaim.objects.filter(
            claim_id=claim_id, fact_check__withdrawn_at__isnull=True).exists():
        fact_check_withdraw(claim_id=claim_id, actor=actor, note="The verdict was set back to unverified.")
