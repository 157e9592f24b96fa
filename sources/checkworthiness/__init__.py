"""A learned check-worthiness model: a logistic regression over TF-IDF word n-grams and what the extractor
knows beyond words (figures, number words, comparisons, hedges, questions, the neighbouring sentences).

Inference is plain Python over the weights in model.json (loaded once per process), so the runtime needs
nothing from a model hub and no machine-learning library; `manage.py train_checkworthiness` (the `train`
extra: scikit-learn) writes model.json and MODEL_CARD.md.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json")
TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
DIGITS = re.compile(r"\d[\d,.]*")
FIGURE = re.compile(r"\d|\b(percent|per cent|million|billion|trillion|thousand|hundred|dozens?|doubled|tripled|"
                    r"quadrupled|halved|half|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
COMPARISON = re.compile(r"\b(more|less|fewer|higher|lower|bigger|smaller|larger|faster|slower)\b[^.]*\bthan\b|"
                        r"\b(most|least|largest|biggest|highest|lowest|best|worst|first|only|record|ever)\b", re.I)
HEDGE = re.compile(r"\b(may|might|could|perhaps|maybe|probably|think|believe|hope|feel|guess|seems?)\b", re.I)
ATTRIBUTION = re.compile(r"\b(said|says|say|told|tells|according to|claimed|claims|stated|announced|reported|"
                         r"insisted|argued|warned|added)\b", re.I)
DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|"
                  r"Saturday|Sunday|yesterday|last (?:year|week|month)|(?:19|20)\d\d)\b")
FIRST_WORD = re.compile(r"^\W*\w+\W*")
NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")

# The engineered features, in model order, with the reason a reviewer reads when one raises the score.
FEATURES = [
    ("length", "a full sentence"),
    ("figure", "states a figure or a number word"),
    ("question", None),
    ("short", None),
    ("figure_before", "follows a sentence with a figure"),
    ("figure_after", "precedes a sentence with a figure"),
    ("comparison", "compares or ranks"),
    ("hedge", None),
    ("names", "names people, places or organisations"),
    ("attributed", "reports what someone said"),
    ("date", "gives a date"),
]


NUMBER = "num"  # every number reads as this word


def normalise(text: str) -> str:
    """Lower case, every number the same word (what a figure says, not which figure)."""
    return DIGITS.sub(f" {NUMBER} ", text.lower())


def terms(text: str) -> list[str]:
    tokens = TOKEN.findall(normalise(text))
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


@lru_cache(maxsize=64)
def _has_figure(text: str) -> float:
    """Cached: a text's sentences are each read three times, as the sentence and as its neighbours' context."""
    return float(bool(FIGURE.search(text)))


def features(text: str, before: str = "", after: str = "") -> list[float]:
    words = text.split()
    rest = FIRST_WORD.sub("", text, count=1)  # a capitalised first word is not a name
    return [
        min(len(words), 40) / 40,
        _has_figure(text),
        float(text.strip().rstrip('"”’\'').endswith("?")),
        float(len(words) < 5),
        _has_figure(before),
        _has_figure(after),
        float(bool(COMPARISON.search(text))),
        float(bool(HEDGE.search(text))),
        min(len(NAME.findall(rest)), 3) / 3,
        float(bool(ATTRIBUTION.search(text))),
        float(bool(DATE.search(text))),
    ]


@dataclass(frozen=True)
class Model:
    vocabulary: dict[str, tuple[float, float]]  # term: (idf, weight)
    feature_weights: list[float]
    bias: float
    version: str
    stop_words: frozenset[str] = frozenset()  # words too common to tell a reviewer anything

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Model:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({term: (idf, weight) for term, idf, weight in data["vocabulary"]}, data["feature_weights"],
                   data["bias"], data["version"], frozenset(data.get("stop_words", ())))

    def margin(self, text: str, before: str = "", after: str = "") -> float:
        counts = Counter(term for term in terms(text) if term in self.vocabulary)
        values = {term: (1 + math.log(count)) * self.vocabulary[term][0] for term, count in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        words = sum(v * self.vocabulary[term][1] for term, v in values.items()) / norm
        engineered = features(text, before, after)
        return self.bias + words + sum(f * w for f, w in zip(engineered, self.feature_weights, strict=True))

    def probability(self, text: str, before: str = "", after: str = "") -> float:
        return 1 / (1 + math.exp(-self.margin(text, before, after)))

    def reasons(self, text: str, before: str = "", after: str = "") -> list[str]:
        """What raised the score, in words; the strongest words too (not "the" or "has", nor the stand-in for
        a number, which the figure's own reason covers)."""
        engineered = features(text, before, after)
        found = [reason for (name, reason), value, weight in zip(FEATURES, engineered, self.feature_weights,
                                                                 strict=True)
                 if reason and value and weight > 0]
        strongest = sorted((self.vocabulary[t][1], t) for t in set(terms(text)) if t in self.vocabulary
                           and " " not in t and t != NUMBER and t not in self.stop_words
                           and self.vocabulary[t][1] > 0.5)[-3:]
        if strongest:
            found.append("words that often carry claims: " + ", ".join(t for _, t in reversed(strongest)))
        return found


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model, loaded once per process."""
    return Model.load()


def score_sentences(sentences: list[str]) -> list[float]:
    """The probability of each sentence, with its neighbours as context."""
    current = model()
    return [current.probability(text, sentences[i - 1] if i else "",
                                sentences[i + 1] if i + 1 < len(sentences) else "")
            for i, text in enumerate(sentences)]
