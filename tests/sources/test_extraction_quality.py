"""Extraction quality on the five seeds against a hand-labelled list (tests/sources/seed_claims.json).

The labels are our own judgement of what a fact-checker would want to see; the
extractor knows nothing about these articles.
"""

import json
from pathlib import Path

import pytest

from claims.models import Claim
from sources.importer.cleaning import normalise, split_blocks
from sources.services import alias_key

LABELS = json.loads((Path(__file__).parent / "seed_claims.json").read_text(encoding="utf-8"))
SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.django_db


def same_claim(extracted: str, labelled: str) -> bool:
    a, b = normalise(extracted).lower(), normalise(labelled).lower()
    return a == b or (min(len(a), len(b)) / max(len(a), len(b)) > 0.8 and (a in b or b in a))


def pairs(seeded):
    """(label, matching claim or None) for every label, and claims that match no label."""
    matched, unmatched = [], []
    for file_name, labels in LABELS.items():
        claims = list(Claim.objects.filter(article__external_id=file_name).select_related("claimant"))
        used = set()
        for label in labels:
            claim = next((c for c in claims if c.pk not in used and same_claim(c.text, label["text"])), None)
            if claim:
                used.add(claim.pk)
            matched.append((label, claim))
        unmatched += [c for c in claims if c.pk not in used]
    return matched, unmatched


def names_of(source) -> set[str]:
    return {alias_key(source.name)} | {alias.key for alias in source.aliases.all()}


def test_recall_is_at_least_90_percent(seeded):
    matched, _ = pairs(seeded)
    recall = sum(1 for _, claim in matched if claim) / len(matched)
    assert recall >= 0.90, [label["text"][:60] for label, claim in matched if not claim]


def test_precision_is_at_least_90_percent(seeded):
    matched, unmatched = pairs(seeded)
    found = sum(1 for _, claim in matched if claim)
    precision = found / (found + len(unmatched))
    assert precision >= 0.90, [c.text[:60] for c in unmatched]


def test_claimant_is_right_on_at_least_80_percent_of_attributed_claims(seeded):
    matched, _ = pairs(seeded)
    attributed = [(label, claim) for label, claim in matched if label["claimant"]]
    right = [1 for label, claim in attributed
             if claim and claim.claimant and alias_key(label["claimant"]) in names_of(claim.claimant)]
    assert len(right) / len(attributed) >= 0.80


def test_no_page_furniture_becomes_a_claim(seeded):
    for path in sorted(SEEDS.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        furniture = [b for b in split_blocks(body) if b.kind != "content"]
        for claim in Claim.objects.filter(article__external_id=path.name):
            for block in furniture:
                assert not (claim.start < block.end and block.start < claim.end), (claim.text, body[block.start:block.end])


def test_every_claim_span_points_at_its_text(seeded):
    for claim in Claim.objects.select_related("article"):
        assert claim.article.body[claim.start:claim.end] == claim.text


def test_one_speaker_spelled_three_ways_is_one_source(seeded):
    claimants = {c.claimant.name for c in Claim.objects.select_related("claimant")
                 if c.claimant and "zelensk" in c.claimant.name.lower()}
    assert claimants == {"Volodymyr Zelensky"}


def test_figures_carry_the_conflicting_troop_numbers(seeded):
    values = {f["value"] for c in Claim.objects.all() for f in c.figures if f["kind"] == "quantity"}
    assert {8000, 10000, 11000, 12000} <= values
    dates = {(f.get("month"), f.get("day")) for c in Claim.objects.all() for f in c.figures if f["kind"] == "date"}
    assert {(10, 13), (10, 14)} <= dates
