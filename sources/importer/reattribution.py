"""Re-running attribution over stored claims: the repair after the extractor learns better.

Each stored claim is matched to what the current extractor finds at the same place in its article.
A changed claimant goes through claims.services.claim_update, so it lands in the claim's audit history.
Claimants an editor set (through the admin or the API, or by merging sources) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import transaction

from claims.models import Claim, ClaimEvent, Origin
from claims.services import Actor, claim_update
from sources.importer.cleaning import fingerprint, split_blocks
from sources.importer.extraction import ExtractedClaim, extract_claims
from sources.importer.pipeline import resolve_claimant
from sources.models import Article, Source
from sources.services import SourceResolver, sources_remove_orphans

EDITOR_ORIGINS = (Origin.ADMIN, Origin.API)


@dataclass
class ClaimantChange:
    claim_id: int
    article: str
    old: str | None
    new: str | None


@dataclass
class ReattributionReport:
    articles: int = 0
    claims_seen: int = 0
    changes: list[ClaimantChange] = field(default_factory=list)
    kept_editor_choice: int = 0
    sources_removed: list[str] = field(default_factory=list)


def _editor_set_claimant(claim_ids: list[int]) -> set[int]:
    events = ClaimEvent.objects.filter(claim_id__in=claim_ids, origin__in=EDITOR_ORIGINS).values_list(
        "claim_id", "changes")
    return {claim_id for claim_id, changes in events if "claimant" in (changes or {})}


def _match(claim: Claim, extracted: list[ExtractedClaim]) -> ExtractedClaim | None:
    """The sentence the extractor now finds at the claim's place: the same span, else the same text,
    else the sentence the claim starts in (sentence boundaries may have moved since it was imported)."""
    for candidate in extracted:
        if (candidate.start, candidate.end) == (claim.start, claim.end):
            return candidate
    key = claim.fingerprint
    same_text = next((c for c in extracted if fingerprint(c.text) == key), None)
    return same_text or next((c for c in extracted if c.start <= claim.start < c.end), None)


def _articles(article_ids: list[int] | None) -> Iterator[Article]:
    articles = Article.objects.order_by("id").only("id", "external_id", "body")
    if article_ids:
        articles = articles.filter(id__in=article_ids)
    return articles.iterator(chunk_size=200)


def reattribute(*, actor: Actor, dry_run: bool = False, article_ids: list[int] | None = None,
                remove_orphans: bool = True) -> ReattributionReport:
    """Re-run attribution and name resolution over stored claims; report (and unless dry_run, apply)
    every claimant that changes, then remove sources left with no claim and no article that no editor touched."""
    report = ReattributionReport()
    resolver = SourceResolver()
    names = dict(Source.objects.values_list("id", "name"))
    for article in _articles(article_ids):
        report.articles += 1
        extracted = extract_claims(article.body, split_blocks(article.body), every_sentence=True)
        claims = list(Claim.objects.filter(article_id=article.pk, present=True).order_by("id")
                      .only("id", "start", "end", "fingerprint", "claimant_id"))
        report.claims_seen += len(claims)
        editor_set = _editor_set_claimant([c.pk for c in claims])
        with transaction.atomic():
            for claim in claims:
                found = _match(claim, extracted)
                if found is None:
                    continue
                if dry_run:  # look up only: a dry run creates no source
                    new_id = resolver.find(found.claimant, kind=found.claimant_kind) if found.claimant else None
                    changed = new_id != claim.claimant_id or (found.claimant is not None and new_id is None)
                else:
                    new_id = resolve_claimant(resolver, found)
                    changed = new_id != claim.claimant_id
                if not changed:
                    continue
                if claim.pk in editor_set:
                    report.kept_editor_choice += 1
                    continue
                report.changes.append(ClaimantChange(claim.pk, article.external_id, names.get(claim.claimant_id),
                                                     names.get(new_id, found.claimant)))
                if not dry_run:
                    claim_update(claim_id=claim.pk, actor=actor, claimant=Source.objects.get(pk=new_id) if new_id else None,
                                 reason="re-attribution: the extractor's speaker and name rules changed")
                    if new_id:
                        names.setdefault(new_id, found.claimant)
    if remove_orphans:
        report.sources_removed = sources_remove_orphans(dry_run=dry_run)
    return report
