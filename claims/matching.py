"""Cross-article claim matching: one assertion in many articles, and where their figures disagree.

Blocking: each claim is indexed under a few short keys (its rarest content words,
the names it mentions, its claimant, the counted things and dates it states) in
ClaimKey. A new claim is compared only with the newest claims that share its keys
(at most CANDIDATES_PER_KEY per key, in one query), never with all claims.

Similarity (`similarity`, the one function a semantic backend would replace) combines
documented signals: token overlap of the content words (rapidfuzz), shared names,
shared claimant, and figures of the same counted thing or the same date. The
weights and the threshold are settings (CLAIMTRACK_MATCH_*).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from claims.models import Claim, ClaimKey, Cluster, Conflict
from sources.importer.attribution import DEMONYMS, head_name, is_source_name, name_runs
from sources.services import alias_key

RARE_TERMS = 8
CANDIDATES_PER_KEY = 50
MAX_CANDIDATES = 40
NAME_SIMILARITY = 85  # "volodymyr zelenskyy" and "volodymyr zelensky" are one name
DATE_SLACK_DAYS = 2
_STOPWORDS = frozenset("""
about above after again against also although among another because been before being below between both
could does doing during each either every from further have having here however into itself just many more
most much must other ought over same should since some such than that their theirs them then there these
they this those through under until very were what when where which while whom whose will with would your
said says told according reported reports stated added noted
""".split())
_CASUALTY = re.compile(r"\b(?:killed|dead|died|deaths|wounded|injured|casualties)\b")
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
# Counted things that are one thing: "10,000 DPRK servicemen" and "8,000 military personnel" count troops.
_COUNTED = {
    "troop": "troops", "soldier": "troops", "serviceman": "troops", "servicemen": "troops", "personnel": "troops",
    "infantryman": "troops", "infantrymen": "troops", "military": "troops", "fighter": "troops",
    "person": "people", "people": "people", "citizen": "people", "civilian": "people", "resident": "people",
    "death": "deaths", "dead": "deaths", "killed": "deaths", "casualty": "casualties", "wounded": "wounded",
}


def counted_thing(unit: str) -> str:
    """"north korean troops", "dprk military personnel" -> "troops"; "" when the figure counts nothing named."""
    words = re.findall(r"[a-z]+", unit.lower())
    if not words:
        return ""
    last = words[-1].removesuffix("s") if words[-1] not in _COUNTED else words[-1]
    return _COUNTED.get(last, _COUNTED.get(words[-1], last))


def counted_key(figure: dict, text: str) -> str:
    """What a figure counts, in the claim's context: "20 soldiers were killed" counts the dead
    ("troops killed"), not the troops deployed ("troops")."""
    thing = counted_thing(figure.get("unit", ""))
    if thing and _CASUALTY.search(text.lower()):
        thing += " killed"
    return thing


@dataclass(frozen=True)
class Features:
    """What matching needs of a claim, computed once."""

    terms: frozenset[str]
    names: frozenset[str]
    counted: frozenset[str]
    dates: frozenset[tuple[int, int]]
    text: str

    def keys(self, claimant_id: int | None) -> set[str]:
        rare = sorted(self.terms, key=lambda t: (zipf_frequency(t, "en"), t))[:RARE_TERMS]
        keys = {f"t:{t}"[:80] for t in rare} | {f"e:{n}"[:80] for n in self.names}
        keys |= {f"q:{c}" for c in self.counted} | {f"d:{m}-{d}" for m, d in self.dates}
        if claimant_id:
            keys.add(f"c:{claimant_id}")
        return keys


def features(text: str, figures: Sequence[dict]) -> Features:
    lowered = text.lower()
    terms = frozenset(w.removesuffix("'s").removesuffix("’s") for w in _WORD.findall(lowered)
                      if w not in _STOPWORDS)
    names = set()
    for run in name_runs(text):
        name = head_name(run)
        if name and is_source_name(name) and name.lower() not in DEMONYMS:
            key = alias_key(name)
            names.add(key)
            names.add(key.split()[-1] if key else key)  # "vladimir putin" and "putin" are one name here
    counted = frozenset(c for f in figures if f.get("kind") in ("quantity", "percent")
                        for c in [counted_key(f, lowered)] if c)
    dates = frozenset((f["month"], f["day"]) for f in figures if f.get("kind") == "date" and f.get("day"))
    content = " ".join(w for w in re.findall(r"[a-z0-9]+", lowered) if w not in _STOPWORDS and len(w) > 2)
    return Features(terms, frozenset(n for n in names if n), counted, dates, content)


@dataclass(frozen=True)
class Match:
    score: float
    reasons: list[str]


def similarity(a: Features, b: Features, *, same_claimant: bool) -> Match:
    """How likely two claims state the same assertion or the same measured fact, with the reasons."""
    weights = settings.CLAIMTRACK_MATCH_WEIGHTS
    # rapidfuzz's token-set ratio of the content words: generous to a claim restated inside a longer one.
    overlap = fuzz.token_set_ratio(a.text, b.text) / 100 if a.text and b.text else 0.0
    shared_names = {n for n in a.names if any(n == m or fuzz.ratio(n, m) >= NAME_SIMILARITY for m in b.names)}
    names = len(shared_names) / max(1, len(a.names | b.names))
    same_thing = a.counted & b.counted
    # The same day, or days so close that they are one event reported differently (October 13 / Oct. 14).
    same_date = {d for d in a.dates if any(d[0] == e[0] and abs(d[1] - e[1]) <= DATE_SLACK_DAYS for e in b.dates)}
    figure = 1.0 if same_thing or same_date else 0.0
    score = (weights["overlap"] * overlap + weights["names"] * names
             + weights["claimant"] * same_claimant + weights["figures"] * figure)
    reasons = [f"{round(overlap * 100)}% of content words shared"]
    if shared_names:
        reasons.append("both name " + ", ".join(sorted(shared_names)[:4]))
    if same_claimant:
        reasons.append("same claimant")
    if same_thing:
        reasons.append("both count " + ", ".join(sorted(same_thing)))
    if same_date:
        reasons.append("dates within two days")
    return Match(round(min(1.0, score), 3), reasons)


# ---------------------------------------------------------------- blocking index

def index_claims(claims: Iterable[Claim]) -> dict[int, Features]:
    """Store the blocking keys of new claims; returns their features for matching."""
    found: dict[int, Features] = {}
    rows = []
    for claim in claims:
        feature = features(claim.text, claim.figures)
        found[claim.pk] = feature
        rows += [ClaimKey(claim_id=claim.pk, key=key) for key in feature.keys(claim.claimant_id)]
    ClaimKey.objects.bulk_create(rows, ignore_conflicts=True)
    return found


def _candidate_ids(claim: Claim, keys: set[str]) -> list[int]:
    """Earlier claims sharing the most keys (two at least): each key reads at most CANDIDATES_PER_KEY index rows."""
    if not keys:
        return []
    table = connection.ops.quote_name(ClaimKey._meta.db_table)
    parts, params = [], []
    for number, key in enumerate(sorted(keys)):
        parts.append(f"SELECT claim_id FROM (SELECT claim_id FROM {table} WHERE key = %s AND claim_id < %s "
                     f"ORDER BY claim_id DESC LIMIT {CANDIDATES_PER_KEY}) AS k{number}")
        params += [key, claim.pk]
    sql = (f"SELECT claim_id, COUNT(*) AS shared FROM ({' UNION ALL '.join(parts)}) AS hits "
           f"GROUP BY claim_id ORDER BY shared DESC, claim_id DESC LIMIT {MAX_CANDIDATES}")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall() if row[1] >= 2]


# ---------------------------------------------------------------- clustering

def match_claims(claims: Sequence[Claim], *, index: bool = True) -> int:
    """Match claims (new ones, or all of them on a rebuild) with earlier claims of other articles.

    Single linkage over the blocked candidates: a claim joins the cluster of its most similar candidate
    above the threshold (or starts one with it), and suggested clusters it links above the threshold
    become one. Confirmed clusters are never merged; claims an editor placed are never moved.
    Returns the number of claims matched.
    """
    if not claims:
        return 0
    feats = index_claims(claims) if index else {c.pk: features(c.text, c.figures) for c in claims}
    threshold = settings.CLAIMTRACK_MATCH_THRESHOLD
    matched = 0
    touched: set[int] = set()
    for claim in sorted(claims, key=lambda c: c.pk):
        if claim.cluster_locked or claim.cluster_id is not None:
            continue
        ids = _candidate_ids(claim, feats[claim.pk].keys(claim.claimant_id))
        candidates = list(Claim.objects.filter(pk__in=ids).exclude(article_id=claim.article_id)
                          .only("id", "text", "figures", "claimant_id", "cluster_id", "cluster_locked", "article_id"))
        best: tuple[Match, Claim] | None = None
        linked: set[int] = set()
        for candidate in candidates:
            if candidate.cluster_locked and candidate.cluster_id is None:
                continue  # an editor took it out of clustering
            same_claimant = bool(claim.claimant_id) and claim.claimant_id == candidate.claimant_id
            result = similarity(feats[claim.pk], features(candidate.text, candidate.figures),
                                same_claimant=same_claimant)
            if result.score < threshold:
                continue
            if candidate.cluster_id is not None:
                linked.add(candidate.cluster_id)
            if best is None or result.score > best[0].score:
                best = (result, candidate)
        if best is None:
            continue
        result, partner = best
        with transaction.atomic():
            cluster_id = partner.cluster_id
            if cluster_id is None:
                cluster_id = Cluster.objects.create().pk
                Claim.objects.filter(pk=partner.pk, cluster_locked=False).update(
                    cluster_id=cluster_id, cluster_score=result.score, cluster_reasons=result.reasons)
            else:
                _merge_suggested(into=cluster_id, others=linked - {cluster_id})
            Claim.objects.filter(pk=claim.pk).update(cluster_id=cluster_id, cluster_score=result.score,
                                                     cluster_reasons=result.reasons)
        claim.cluster_id = cluster_id
        touched.add(cluster_id)
        matched += 1
    for cluster_id in Cluster.objects.filter(pk__in=touched).values_list("pk", flat=True):
        find_conflicts(cluster_id)
    return matched


def _merge_suggested(*, into: int, others: set[int]) -> None:
    """Fold suggested clusters into `into`; confirmed clusters and editors' placements are left alone."""
    mergeable = list(Cluster.objects.filter(pk__in=others, state=Cluster.State.SUGGESTED).values_list("pk", flat=True))
    if mergeable:
        Claim.objects.filter(cluster_id__in=mergeable, cluster_locked=False).update(cluster_id=into)
        Conflict.objects.filter(cluster_id__in=mergeable, explained=False).delete()
        Cluster.objects.filter(pk__in=mergeable, claims__isnull=True).delete()


# ---------------------------------------------------------------- conflicts

def _number(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


@transaction.atomic
def find_conflicts(cluster_id: int) -> list[Conflict]:
    """Record where a cluster's claims from different articles give different numbers for one counted thing,
    or different dates. An explained conflict stays explained; Claim.has_conflict follows the unexplained ones."""
    claims = list(Claim.objects.filter(cluster_id=cluster_id, present=True).select_related("article__outlet")
                  .only("id", "figures", "text", "article_id", "article__outlet__name"))
    found: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for claim in claims:
        for figure in claim.figures:
            entry = {"claim": claim.pk, "article": claim.article_id, "outlet": claim.article.outlet.name,
                     "text": figure.get("text", "")}
            thing = counted_key(figure, claim.text) if figure.get("kind") == "quantity" else ""
            if thing and figure.get("value"):
                found[("quantity", thing)].append({**entry, "value": _number(figure["value"])})
            elif figure.get("kind") == "date" and figure.get("day"):
                found[("date", "date")].append({**entry, "value": figure["text"],
                                                "date": [figure["month"], figure["day"]]})
    conflicts = []
    for (kind, key), values in found.items():
        distinct = {tuple(v["date"]) if kind == "date" else v["value"] for v in values}
        articles = {v["article"] for v in values}
        if len(distinct) < 2 or len(articles) < 2:
            continue
        conflict, _ = Conflict.objects.update_or_create(cluster_id=cluster_id, kind=kind, key=key,
                                                        defaults={"values": values})
        conflicts.append(conflict)
    Conflict.objects.filter(cluster_id=cluster_id).exclude(pk__in=[c.pk for c in conflicts]).filter(
        explained=False).delete()
    in_conflict = {v["claim"] for c in conflicts if not c.explained for v in c.values}
    Claim.objects.filter(cluster_id=cluster_id).exclude(pk__in=in_conflict).filter(has_conflict=True).update(
        has_conflict=False)
    Claim.objects.filter(pk__in=in_conflict, has_conflict=False).update(has_conflict=True)
    # Members or conflicts changed: a new version, so caches holding the cluster see it (ETag).
    Cluster.objects.filter(pk=cluster_id).update(version=F("version") + 1, updated_at=timezone.now())
    return conflicts


def match_unindexed(*, batch: int = 500) -> int:
    """Index and match the claims that were never matched (imported with matching off)."""
    matched = 0
    while True:
        chunk = list(Claim.objects.exclude(pk__in=ClaimKey.objects.values("claim_id")).order_by("id")[:batch])
        if not chunk:
            return matched
        matched += match_claims(chunk)


def rebuild(*, batch: int = 500) -> int:
    """Forget suggested clusters and match every claim again; editors' placements and confirmed clusters stay."""
    with transaction.atomic():
        Claim.objects.filter(cluster_locked=False, cluster__state=Cluster.State.SUGGESTED).update(
            cluster=None, cluster_score=None, cluster_reasons=[], has_conflict=False)
        Cluster.objects.filter(state=Cluster.State.SUGGESTED, claims__isnull=True).delete()
        ClaimKey.objects.all().delete()
    matched = 0
    ids = list(Claim.objects.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), batch):
        chunk = list(Claim.objects.filter(pk__in=ids[start:start + batch]).order_by("id"))
        index_claims(chunk)
        matched += match_claims([c for c in chunk if c.cluster_id is None], index=False)
    return matched
