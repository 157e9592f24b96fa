"""Rescoring stored claims with the current check-worthiness model (after a retrained model ships).

Each article is read again through the extractor, so a claim is scored with the neighbours it has in its
article, exactly as an import would score it now. Claims a reviewer has given a verdict keep their score:
the queue they were picked from is history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from claims.models import Claim, Origin, VerificationStatus
from sources.importer.cleaning import split_blocks
from sources.importer.extraction import extract_claims
from sources.importer.reattribution import _articles, _match
from tracker.db import bulk_set


@dataclass
class RescoreReport:
    articles: int = 0
    claims: int = 0
    changed: int = 0
    kept_reviewed: int = 0


def reviewed() -> Exists:
    """Claims with a verdict from a person (anything beyond the import's first "unverified")."""
    return Exists(VerificationStatus.objects.filter(claim_id=OuterRef("pk")).exclude(origin=Origin.IMPORT))


def rescore(*, dry_run: bool = False, article_ids: list[int] | None = None,
            progress: Callable[[int], None] = lambda n: None) -> RescoreReport:
    report = RescoreReport()
    for article in _articles(article_ids):
        report.articles += 1
        claims = list(Claim.objects.filter(article_id=article.pk).annotate(is_reviewed=reviewed())
                      .only("id", "start", "end", "fingerprint", "checkworthiness"))
        if not claims:
            progress(1)
            continue
        extracted = extract_claims(article.body, split_blocks(article.body), every_sentence=True)
        now, rows = timezone.now(), []
        for claim in claims:
            report.claims += 1
            if claim.is_reviewed:
                report.kept_reviewed += 1
                continue
            found = _match(claim, extracted)
            if found is not None and found.checkworthiness != claim.checkworthiness:
                rows.append(Claim(pk=claim.pk, checkworthiness=found.checkworthiness, updated_at=now))
        report.changed += len(rows)
        if rows and not dry_run:
            with transaction.atomic():
                bulk_set(Claim, rows, ["checkworthiness", "updated_at"])
        progress(1)
    return report
