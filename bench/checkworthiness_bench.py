"""Check-worthiness on the CLEF-2019 CheckThat! Task 1 test set, with the organisers' measures, beside an
n-gram baseline trained in the same run (the organisers' TF-IDF + SVM on the training set).

    python -m bench.checkworthiness_bench          (needs the train extra: pip install -e '.[train]')
    python -m bench.checkworthiness_bench --news   (the labelled real news: ranking beside the n-gram
                                                    baseline, and what each CLAIMTRACK_CHECKWORTHINESS_MIN
                                                    would keep)
    python -m bench.checkworthiness_bench --newsbriefs   (the same on tests/sources/newsbriefs: 17 texts
                                                    labelled for check-worthiness only, never trained on)

Each debate is scored line by line with its neighbouring lines as context; the measures are averaged over the
7 debates as the task did: MAP, R-Precision, P@1/3/5/10/20/50. The test files (bench/clef2019/test/) are
read here only; training and model selection never see them.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

TEST = Path(__file__).with_name("clef2019") / "test"
CUTOFFS = (1, 3, 5, 10, 20, 50)


def read(folder: Path) -> list[tuple[str, list[tuple[str, str, int]]]]:
    debates = []
    for path in sorted(folder.glob("*.tsv")):
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        debates.append((path.name, [(speaker, text, int(label)) for _, speaker, text, label in rows]))
    return debates


def measures(labels: list[int], scores: list[float]) -> dict:
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ranked = [labels[i] for i in order]
    relevant = sum(labels)
    hits, precisions = 0, []
    for rank, label in enumerate(ranked, 1):
        if label:
            hits += 1
            precisions.append(hits / rank)
    result = {"AP": sum(precisions) / relevant if relevant else 0.0,
              "R-Prec": sum(ranked[:relevant]) / relevant if relevant else 0.0}
    result.update({f"P@{k}": sum(ranked[:k]) / k for k in CUTOFFS})
    return result


def mean(rows: list[dict]) -> dict:
    return {key: round(statistics.mean(row[key] for row in rows), 4) for key in rows[0]}


def ngram_baseline(train_debates, test_debates) -> list[list[float]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.svm import SVC

    texts = [text for _, lines in train_debates for _, text, _ in lines]
    labels = [label for _, lines in train_debates for _, _, label in lines]
    pipeline = Pipeline([("ngrams", TfidfVectorizer(ngram_range=(1, 1))),
                         ("clf", SVC(C=10, gamma=0.1, kernel="rbf", random_state=0))]).fit(texts, labels)
    return [list(pipeline.decision_function([text for _, text, _ in lines])) for _, lines in test_debates]


def _scored(test, scores) -> dict:
    return mean([measures([label for _, _, label in rows], debate_scores)
                 for (_, rows), debate_scores in zip(test, scores, strict=True)])


THRESHOLDS = (0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2)


def _ranking(articles: list[tuple[list[int], list[float]]]) -> dict:
    """Mean over the articles with a labelled sentence of their average precision, and the pooled one."""
    pooled = [pair for labels, scores in articles for pair in zip(labels, scores, strict=True)]
    return {"mean_ap_per_article": round(statistics.mean(measures(labels, scores)["AP"]
                                                         for labels, scores in articles if sum(labels)), 4),
            "pooled_ap": round(measures([label for label, _ in pooled], [score for _, score in pooled])["AP"], 4)}


def news(corpus: str = "realnews") -> dict:
    """On hand-labelled news (issue 8's tests/sources/realnews, or tests/sources/newsbriefs): how well the model
    ranks each article's labelled sentences among all its sentences, beside the n-gram baseline trained on the
    CLEF-2019 training set, and the recall and claims per article for each minimum."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("DEBUG", "true")
    django.setup()
    from sources.checkworthiness import model
    from sources.checkworthiness.training import DATA
    from tests.sources.realnews_labels import NEWSBRIEFS, REALNEWS, labelled_sentences

    articles = labelled_sentences({"realnews": REALNEWS, "newsbriefs": NEWSBRIEFS}[corpus])
    pooled = [(s.checkworthiness, label, s.kept) for _, sentences, labelled in articles
              for s, label in zip(sentences, labelled, strict=True)]  # (score, labelled, kept by the rules)
    baseline = ngram_baseline(read(DATA), [(name, [("", s.text, label) for s, label in
                                                   zip(sentences, labelled, strict=True)])
                                           for name, sentences, labelled in articles])
    total = sum(label for _, label, _ in pooled)
    minimums = {}
    for minimum in THRESHOLDS:
        kept = [label for score, label, rules in pooled if rules and score >= minimum]
        minimums[str(minimum)] = {"recall": round(sum(kept) / total, 3),
                                  "claims_per_article": round(len(kept) / len(articles), 1)}
    return {"model": model().version, "articles": len(articles), "sentences": len(pooled), "labelled": total,
            **_ranking([(labelled, [s.checkworthiness for s in sentences]) for _, sentences, labelled in articles]),
            "ngram_baseline": _ranking([(labelled, scores) for (_, _, labelled), scores
                                        in zip(articles, baseline, strict=True)]),
            "minimums": minimums}


def main() -> None:
    if "--news" in sys.argv[1:] or "--newsbriefs" in sys.argv[1:]:
        json.dump(news("newsbriefs" if "--newsbriefs" in sys.argv[1:] else "realnews"), sys.stdout, indent=1)
        print()
        return
    from sources.checkworthiness import model, score_sentences
    from sources.checkworthiness.training import DATA

    test = read(TEST)
    started = time.perf_counter()
    ours = [score_sentences([text for _, text, _ in lines]) for _, lines in test]
    seconds = time.perf_counter() - started
    lines = sum(len(rows) for _, rows in test)
    baseline = ngram_baseline(read(DATA), test)
    report = {"model": model().version, "debates": len(test), "lines": lines,
              "check_worthy": sum(label for _, rows in test for _, _, label in rows),
              "sentences_per_second": round(lines / seconds),
              "distinct_scores": len({round(s, 6) for scores in ours for s in scores}),
              "model_scores": _scored(test, ours), "ngram_baseline": _scored(test, baseline)}
    json.dump(report, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
