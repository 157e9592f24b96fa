"""Scoring of the extractor against the hand labels of tests/sources/realnews (also run by bench/)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sources.importer.cleaning import split_blocks
from sources.importer.extraction import extract_claims
from sources.services import alias_key

REALNEWS = Path(__file__).parent / "realnews"
# Check-worthiness labels only (no claimants), labelled before the model or the extractor saw them.
NEWSBRIEFS = Path(__file__).parent / "newsbriefs"


@dataclass
class Score:
    labelled: int = 0
    found: int = 0
    extracted: int = 0
    claimant_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labelled

    @property
    def claimant_accuracy(self) -> float:
        return self.claimant_right / self.found


def _opening(text: str) -> str:
    return text.lstrip("\"“”'‘’ ")


def starts_alike(text: str, opening: str) -> bool:
    """A sentence is the labelled one when either begins with the other (labels hold opening words)."""
    return _opening(text).startswith(_opening(opening)) or _opening(opening).startswith(_opening(text))


def same_name(found: str | None, expected: str | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return alias_key(found) == alias_key(expected)


def score_realnews() -> Score:
    labels = json.loads((REALNEWS / "labels.json").read_text(encoding="utf-8"))
    score = Score()
    for file_name, entries in labels.items():
        body = (REALNEWS / file_name).read_text(encoding="utf-8")
        claims = extract_claims(body, split_blocks(body))
        score.extracted += len(claims)
        for opening, claimant in entries:
            score.labelled += 1
            claim = next((c for c in claims if starts_alike(c.text, opening)), None)
            if claim is None:
                score.errors.append(f"{file_name}: missed {opening[:50]!r}")
                continue
            score.found += 1
            if same_name(claim.claimant, claimant):
                score.claimant_right += 1
            else:
                score.errors.append(f"{file_name}: {opening[:50]!r} claimant {claim.claimant!r}, expected {claimant!r}")
    return score


def labelled_sentences(folder: Path = REALNEWS) -> list[tuple[str, list, list[int]]]:
    """Each labelled text of `folder` as the importer reads it: (file name, every sentence scored, 1 where the
    sentence is labelled check-worthy). Labels are opening words, alone or with the claimant."""
    articles = []
    for name, entries in json.loads((folder / "labels.json").read_text(encoding="utf-8")).items():
        openings = [entry if isinstance(entry, str) else entry[0] for entry in entries]
        body = (folder / name).read_text(encoding="utf-8")
        sentences = extract_claims(body, split_blocks(body), every_sentence=True)
        articles.append((name, sentences, [int(any(starts_alike(s.text, o) for o in openings)) for s in sentences]))
    return articles
