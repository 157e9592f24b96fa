"""Training the check-worthiness model (needs the `train` extra: scikit-learn). Model selection is by
leave-one-debate-out cross-validation on the training debates only; the CLEF-2019 test set is never read."""

from __future__ import annotations

import hashlib
import json
import math
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sources.checkworthiness import FEATURES, MODEL_PATH, features, normalise

DATA = Path(__file__).with_name("data") / "clef2019_train"
# Single sentences of US presidential debates labelled by crowd coders (no neighbours, another labelling):
# a second domain, learnt from beside the transcripts (see _fit), never held out in cross-validation.
CLAIMBUSTER = Path(__file__).with_name("data") / "claimbuster" / "claimbuster_cfs_ncs.tsv"
CARD_PATH = MODEL_PATH.with_name("MODEL_CARD.md")
C_VALUES = (0.3, 1.0, 3.0)
TEST_SET_FILES = {"20151219_3_dem.tsv", "20160129_7_gop.tsv", "20160311_12_gop.tsv", "20180131_state_union.tsv",
                  "20181015_60_min.tsv", "20190205_trump_state.tsv", "20190215_trump_emergency.tsv"}


@dataclass
class Debate:
    name: str
    lines: list[tuple[str, str, int]]  # speaker, sentence, label
    sha256: str
    transcript: bool = True  # lines in order, each with its neighbours; False: sentences on their own


def read_debate(path: Path, *, transcript: bool = True) -> Debate:
    """One file of the training format (id, speaker, sentence, label): a debate, or export_training_data's."""
    if path.name in TEST_SET_FILES:
        raise ValueError(f"{path.name} is a CLEF-2019 test file: it must never be used for training.")
    raw = path.read_bytes()
    lines = []
    for number, row in enumerate(raw.decode("utf-8").splitlines(), 1):
        if row.strip():
            try:
                _, speaker, text, label = row.split("\t")
                lines.append((speaker, text, int(label)))
            except ValueError:
                raise ValueError(f"{path.name}, line {number}: expected id, speaker, sentence, 0 or 1") from None
    return Debate(path.name, lines, hashlib.sha256(raw).hexdigest(), transcript)


def read_debates(folder: Path = DATA, extra: tuple[Path, ...] = ()) -> list[Debate]:
    """The transcripts (the CLEF-2019 training set and the newsroom's `extra` judgements), then ClaimBuster."""
    return [*(read_debate(path) for path in [*sorted(folder.glob("*.tsv")), *extra]),
            read_debate(CLAIMBUSTER, transcript=False)]


def average_precision(labels: list[int], scores: list[float]) -> float:
    """The organisers' measure: precision at each check-worthy line, in score order, over their number."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / max(1, sum(labels))


def _rows(debates: list[Debate]):
    texts, engineered, labels, transcript = [], [], [], []
    for debate in debates:
        sentences = [text for _, text, _ in debate.lines]
        for i, (_, text, label) in enumerate(debate.lines):
            texts.append(text)
            if debate.transcript:
                engineered.append(features(text, sentences[i - 1] if i else "",
                                           sentences[i + 1] if i + 1 < len(sentences) else ""))
            else:  # single sentences have no neighbours
                engineered.append(features(text))
            labels.append(label)
            transcript.append(debate.transcript)
    return texts, engineered, labels, transcript


@dataclass
class Fitted:
    """A trained model as it is shipped: the vectorizer's terms and idf, one weight per column, a bias."""

    vectorizer: object
    weights: object  # numpy array: the terms' weights, then the engineered features'
    bias: float

    def margins(self, debate: Debate) -> list[float]:
        from scipy.sparse import csr_matrix, hstack

        texts, engineered, _, _ = _rows([debate])
        return list(hstack([self.vectorizer.transform(texts), csr_matrix(engineered)]).tocsr() @ self.weights
                    + self.bias)


def _fit(debates: list[Debate], c: float, seed: int) -> Fitted:
    """Logistic regression with the two domains learnt side by side ("frustratingly easy domain adaptation",
    Daumé III, 2007): each column is there three times, shared, for transcripts only and for single sentences
    only (with a constant per domain as its own bias). What one domain's labels say alone stays in its
    copy; the shipped model is the shared weights plus the transcripts' own, and scores like one model."""
    from scipy.sparse import csr_matrix, diags, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, engineered, labels, transcript = _rows(debates)
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, preprocessor=normalise)
    shared = hstack([vectorizer.fit_transform(texts), csr_matrix(engineered)]).tocsr()
    with_bias = hstack([shared, csr_matrix([[1.0] for _ in texts])])
    inside = [1.0 if t else 0.0 for t in transcript]
    matrix = hstack([shared, diags(inside) @ with_bias, diags([1 - x for x in inside]) @ with_bias]).tocsr()
    classifier = LogisticRegression(C=c, max_iter=5000, random_state=seed).fit(matrix, labels)
    width, coef = shared.shape[1], classifier.coef_[0]
    return Fitted(vectorizer, coef[:width] + coef[width:2 * width], float(classifier.intercept_[0] + coef[2 * width]))


@dataclass
class CrossValidation:
    map: float  # mean average precision over the held-out debates
    brier: float  # mean squared error of the probabilities, every held-out line
    mean_probability: float
    check_worthy_share: float


def cross_validate(debates: list[Debate], c: float, seed: int) -> CrossValidation:
    """Each training transcript held out in turn: how the model of everything else ranks it, and how
    calibrated it is."""
    precisions, pairs = [], []
    for held_out in (d for d in debates if d.transcript):
        labels = [label for _, _, label in held_out.lines]
        margins = _fit([d for d in debates if d is not held_out], c, seed).margins(held_out)
        precisions.append(average_precision(labels, margins))
        pairs += [(1 / (1 + math.exp(-margin)), label) for margin, label in zip(margins, labels, strict=True)]
    return CrossValidation(statistics.mean(precisions), statistics.mean((p - y) ** 2 for p, y in pairs),
                           statistics.mean(p for p, _ in pairs), statistics.mean(y for _, y in pairs))


def train(*, seed: int = 0, out: Path = MODEL_PATH, extra: tuple[Path, ...] = (), progress=print) -> dict:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    debates = read_debates(extra=extra)
    cv = {}
    for c in C_VALUES:
        cv[c] = cross_validate(debates, c, seed)
        progress(f"C={c}: leave-one-debate-out MAP {cv[c].map:.4f}")
    best = max(cv, key=lambda c: cv[c].map)
    fitted = _fit(debates, best, seed)
    vectorizer, weights = fitted.vectorizer, fitted.weights
    count = len(vectorizer.vocabulary_)
    vocabulary = sorted(([term, round(float(vectorizer.idf_[i]), 6), round(float(weights[i]), 6)]
                         for term, i in vectorizer.vocabulary_.items() if abs(weights[i]) > 1e-6),
                        key=lambda row: row[0])
    version = datetime.now(UTC).strftime("%Y%m%d") + f"-C{best}-s{seed}"
    model = {"version": version, "bias": fitted.bias,
             "feature_weights": [round(float(w), 6) for w in weights[count:]],
             "vocabulary": vocabulary,
             # scikit-learn's English stop words (Glasgow IR group), left out of the reasons a reviewer reads
             "stop_words": sorted(ENGLISH_STOP_WORDS)}
    out.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    report = {"version": version, "seed": seed, "C": best, "cv_map": {str(k): round(v.map, 4) for k, v in cv.items()},
              "cv_brier": round(cv[best].brier, 4), "cv_mean_probability": round(cv[best].mean_probability, 4),
              "cv_check_worthy_share": round(cv[best].check_worthy_share, 4),
              "sentences": sum(len(d.lines) for d in debates if d.transcript),
              "check_worthy": sum(label for d in debates if d.transcript for _, _, label in d.lines),
              "single_sentences": sum(len(d.lines) for d in debates if not d.transcript),
              "single_check_worthy": sum(label for d in debates if not d.transcript for _, _, label in d.lines),
              "terms": len(vocabulary), "model_sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
              "data": [(d.name, d.sha256) for d in debates]}
    out.with_name("MODEL_CARD.md").write_text(model_card(report), encoding="utf-8")
    return report


def model_card(report: dict) -> str:
    data = "\n".join(f"| {name} | `{sha[:16]}` |" for name, sha in report["data"])
    cv = ", ".join(f"C={c}: {m}" for c, m in report["cv_map"].items())
    engineered = ", ".join(name for name, _ in FEATURES)
    return f"""# Check-worthiness model {report['version']}

Logistic regression (scikit-learn, seed {report['seed']}, C={report['C']}) over TF-IDF word uni- and bigrams
(numbers read as one word) and {len(FEATURES)} engineered features ({engineered}), trained on transcripts and
on single labelled sentences as two domains side by side (each column shared and once per domain, Daumé III's
"frustratingly easy domain adaptation"); model.json holds the shared weights plus the transcripts' own.
Written by `manage.py train_checkworthiness`; scored in plain Python by `sources.checkworthiness` (no
library, no model hub). model.json sha256 `{report['model_sha256']}`, {report['terms']:,} terms.

## Data

- Transcripts: the CLEF-2019 CheckThat! Task 1 training set (English) and any newsroom judgements given
  with --extra: {report['sentences']:,} sentences, {report['check_worthy']} check-worthy. Source:
  https://github.com/apepa/clef2019-factchecking-task1 (commit 7d46333), "free for general research use".
  The task's test set (7 files) is refused by the reader and never used for training, tuning or thresholds.
- Single sentences: the ClaimBuster dataset's check-worthy factual sentences and non-factual ones (Arslan
  et al., "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020, doi 10.5281/zenodo.3609356;
  this copy from https://github.com/utaresearch/claimbuster-spotter, `data/two_class/kfold_30ncs.json`,
  commit 332bba0, GPL-3.0), less every sentence sharing eight words in a row with any CLEF-2019 line, test
  set included: {report['single_sentences']:,} sentences, {report['single_check_worthy']:,} check-worthy.

See `data/README.md`.

| file | sha256 |
| --- | --- |
{data}

## Selection

Leave-one-debate-out cross-validation on the training transcripts (each held out from everything else, the
single sentences always in training), mean average precision per C: {cv}.
The C with the best cross-validated MAP was kept. Its held-out probabilities: Brier score {report['cv_brier']},
mean {report['cv_mean_probability']} against {report['cv_check_worthy_share']} of the lines check-worthy. Test-set figures are in docs/quality.md
(`python -m bench.checkworthiness_bench`), measured after training.
"""
