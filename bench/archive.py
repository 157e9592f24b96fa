"""A newsroom archive of any size for benchmarks: articles and claims written straight to the database.

Claims are real claims (those the extractor finds in the seeds and the real news test texts) with their
figures changed and two content words swapped for random English words, so the archive holds many
stories told many times over, with varied rare terms. Half of them sit in one suggested cluster per
base claim, as matching would leave them (it joins the variants of a claim). Rows go in with the bulk writers the importer
uses (COPY on PostgreSQL), then each cluster's ledger and conflicts are built; the audit trail is left
out, as matching never reads it.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from bench.common import CORPORA

BATCH = 5_000  # claims written per round trip group; memory stays flat whatever the archive size


def base_claims() -> list[str]:
    """The claims the extractor finds in the seeds and the real news texts."""
    from sources.importer.cleaning import split_blocks
    from sources.importer.extraction import extract_claims

    texts = [path.read_text(encoding="utf-8") for corpus in CORPORA.values() for path in sorted(corpus.glob("*.txt"))]
    return [claim.text for text in texts for claim in extract_claims(text, split_blocks(text))]


class Variants:
    """Endless variants of the base claims: figures changed, two content words replaced."""

    def __init__(self, seed: int) -> None:
        from wordfreq import top_n_list

        self.rng = random.Random(seed)
        self.bases = base_claims()
        self.words = [w for w in top_n_list("en", 60_000) if w.isalpha() and len(w) > 4][5_000:]

    def of(self, base: str) -> str:
        rng = self.rng
        text = re.sub(r"\d[\d,]*", lambda m: f"{rng.randint(2, 400) * 50:,}" if len(m.group()) > 2 else m.group(),
                      base)
        words = [m for m in re.finditer(r"\b[a-z]{6,}\b", text)]
        for match in sorted(rng.sample(words, k=min(2, len(words))), key=lambda m: -m.start()):
            text = text[:match.start()] + rng.choice(self.words) + text[match.end():]
        return text

    def article(self, claims: int) -> list[str]:
        return [self.of(self.rng.choice(self.bases)) for _ in range(claims)]


STATUSES = ["unverified", "verified", "contradicted"]
STATUS_WEIGHTS = [80, 13, 7]


def _sources(variants: Variants, kind: str, count: int) -> list[int]:
    """Ids of `count` sources of one kind, made up from random words when the database has fewer."""
    from sources.models import Source

    have = list(Source.objects.filter(kind=kind).order_by("id").values_list("id", flat=True))
    names = set()
    while len(have) + len(names) < count:
        names.add(" ".join(variants.rng.choice(variants.words).title() for _ in range(2)))
    for name in sorted(names):
        source, _ = Source.objects.get_or_create(name__iexact=name, defaults={"name": name, "kind": kind})
        have.append(source.pk)
    return have[:count] if len(have) >= count else have


def build_archive(total_claims: int, *, seed: int = 11, per_article: int = 11, outlets: int = 200,
                  claimants: int = 5_000, progress=None) -> dict:
    """Write an archive of about `total_claims` claims; returns what was written.

    Claims get a claimant (60%, a few people quoted far more than most), a status (80% unverified, 13%
    verified, 7% contradicted) and a check-worthiness from 0.2 to 1, so filters and orderings meet the
    skew of a real archive.
    """
    from django.db import transaction
    from django.utils import timezone

    from claims.matching import features, find_conflicts
    from claims.models import Claim, ClaimKey, Cluster
    from sources.importer.cleaning import fingerprint
    from sources.importer.extraction import extract_figures
    from sources.models import Article
    from tracker.db import bulk_insert, insert_rows

    variants = Variants(seed)
    rng = variants.rng
    outlets = _sources(variants, "outlet", outlets)
    people = _sources(variants, "person", claimants)
    now = timezone.now()
    # Newest claims last, a second apart, so orderings by time and filters on time ranges have real spread.
    clock = iter(range(total_claims + BATCH, 0, -1))
    written = clustered = clusters = 0
    cluster_of: dict[int, Cluster] = {}  # base claim -> its cluster
    article_no = Article.objects.count()
    while written < total_claims:
        with transaction.atomic():
            articles, texts = [], []
            for _ in range(BATCH // per_article):
                bases = [rng.randrange(len(variants.bases)) for _ in range(per_article)]
                sentences = [variants.of(variants.bases[b]) for b in bases]
                body = "\n".join(sentences) + "\n"
                article_no += 1
                articles.append(Article(
                    outlet_id=rng.choice(outlets), title=sentences[0][:200], body=body,
                    external_id=f"archive_{article_no:08d}.txt",
                    content_sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
                    created_at=now, updated_at=now, language="en", encoding="utf-8", url="", published_at=None))
                texts.append(list(zip(bases, sentences, strict=True)))
            bulk_insert(Article, articles)
            claims, places = [], []
            for article, sentences in zip(articles, texts, strict=True):
                offset = 0
                for base, sentence in sentences:
                    at = now - timedelta(seconds=next(clock))
                    status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
                    claims.append(Claim(
                        article_id=article.pk, text=sentence, start=offset, end=offset + len(sentence),
                        claimant_id=people[int(len(people) * rng.random() ** 3)] if rng.random() < 0.6 else None,
                        checkworthiness=round(rng.uniform(0.2, 1.0), 3), reasons=["figure"],
                        figures=extract_figures(sentence), fingerprint=fingerprint(sentence), status=status,
                        status_changed_at=at, created_at=at, updated_at=at))
                    places.append(base)
                    offset += len(sentence) + 1
            # Half of the claims are in the cluster of their base claim.
            new_clusters = []
            for claim, base in zip(claims, places, strict=True):
                if rng.random() < 0.5:
                    if base not in cluster_of:
                        cluster_of[base] = Cluster(created_at=now, updated_at=now)
                        new_clusters.append(cluster_of[base])
                    claim._cluster = cluster_of[base]
            bulk_insert(Cluster, new_clusters)
            for claim in claims:
                cluster = getattr(claim, "_cluster", None)
                if cluster is not None:
                    claim.cluster_id, claim.cluster_score, claim.cluster_reasons = cluster.pk, 0.7, ["archive"]
                    clustered += 1
            bulk_insert(Claim, claims)
            insert_rows(ClaimKey, ["claim", "key"], [
                (claim.pk, key) for claim in claims for key in sorted(features(claim.text, claim.figures).keys(None))])
        written += len(claims)
        clusters += len(new_clusters)
        if progress:
            progress(written)
    # Ledgers and conflicts as matching keeps them.
    for cluster_id in list(Cluster.objects.values_list("pk", flat=True)):
        find_conflicts(cluster_id)
    return {"claims": written, "clustered": clustered, "clusters": clusters, "articles": article_no}


def article_files(folder: Path, count: int, *, claims: int = 12, seed: int = 99, prefix: str = "new") -> Iterator[Path]:
    """New article files about the archive's stories, `claims` sentences each."""
    variants = Variants(seed)
    for index in range(count):
        path = folder / f"{prefix}_{index:04d}.txt"
        path.write_text("\n".join(variants.article(claims)) + "\n", encoding="utf-8")
        yield path
