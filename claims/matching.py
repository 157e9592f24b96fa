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
from collections import Counter, defaultdict
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
from sources.models import Article
from sources.services import alias_key

RARE_TERMS = 8
CANDIDATES_PER_KEY = 50
MAX_CANDIDATES = 20
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
    return Features(terms, frozenset(n for n in names if n), counted, dates, _content(lowered))


def _content(lowered: str) -> str:
    return " ".join(w for w in re.findall(r"[a-z0-9]+", lowered) if w not in _STOPWORDS and len(w) > 2)


def features_from_keys(text: str, keys: Iterable[str]) -> Features:
    """A stored claim's features, read back from its index keys instead of parsing its text again."""
    names, counted, dates = set(), set(), set()
    for key in keys:
        kind, _, value = key.partition(":")
        if kind == "e":
            names.add(value)
        elif kind == "q":
            counted.add(value)
        elif kind == "d":
            month, _, day = value.partition("-")
            dates.add((int(month), int(day)))
    return Features(frozenset(), frozenset(names), frozenset(counted), frozenset(dates), _content(text.lower()))


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


MAX_PARTS_PER_QUERY = 400  # SQLite allows 500 terms in one compound SELECT


def _candidate_ids(wanted: dict[int, set[str]]) -> dict[int, list[int]]:
    """For each claim, the earlier claims sharing the most of its keys (two at least). Each key reads at
    most CANDIDATES_PER_KEY index rows; all the claims of one call are answered in one query (or a few)."""
    table = connection.ops.quote_name(ClaimKey._meta.db_table)
    parts: list[tuple[str, list]] = []
    for owner, keys in wanted.items():
        for key in sorted(keys):
            parts.append((f"SELECT %s AS owner, claim_id FROM (SELECT claim_id FROM {table} WHERE key = %s AND "
                          f"claim_id < %s ORDER BY claim_id DESC LIMIT {CANDIDATES_PER_KEY}) AS k{len(parts)}",
                          [owner, key, owner]))
    shared: dict[int, Counter] = defaultdict(Counter)
    for start in range(0, len(parts), MAX_PARTS_PER_QUERY):
        chunk = parts[start:start + MAX_PARTS_PER_QUERY]
        sql = " UNION ALL ".join(part for part, _ in chunk)
        with connection.cursor() as cursor:
            cursor.execute(sql, [value for _, params in chunk for value in params])
            for owner, claim_id in cursor.fetchall():
                shared[owner][claim_id] += 1
    return {owner: [claim_id for claim_id, count in shared[owner].most_common(MAX_CANDIDATES) if count >= 2]
            for owner in wanted}


# ---------------------------------------------------------------- clustering

@dataclass
class _Candidate:
    """An earlier claim as matching reads it: no model instance, no figures (read only for a partner)."""

    pk: int
    text: str
    claimant_id: int | None
    cluster_id: int | None
    cluster_locked: bool
    article_id: int


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
    outlets: dict[int, str] = {}
    pending = sorted((c for c in claims if not c.cluster_locked and c.cluster_id is None), key=lambda c: c.pk)
    found = _candidate_ids({c.pk: feats[c.pk].keys(c.claimant_id) for c in pending})
    pool = {row[0]: _Candidate(*row) for row in Claim.objects.filter(
        pk__in={i for ids in found.values() for i in ids}).values_list(
        "id", "text", "claimant_id", "cluster_id", "cluster_locked", "article_id")}
    stored_keys: dict[int, list[str]] = defaultdict(list)
    for claim_id, key in ClaimKey.objects.filter(claim_id__in=list(pool)).values_list("claim_id", "key"):
        stored_keys[claim_id].append(key)
    assigned: set[int] = set()  # given a cluster earlier in this call, as someone's partner
    for claim in pending:
        if claim.pk in assigned:
            continue
        candidates = [pool[i] for i in found[claim.pk] if i in pool and pool[i].article_id != claim.article_id]
        best: tuple[Match, _Candidate] | None = None
        linked: set[int] = set()
        for candidate in candidates:
            if candidate.cluster_locked and candidate.cluster_id is None:
                continue  # an editor took it out of clustering
            same_claimant = bool(claim.claimant_id) and claim.claimant_id == candidate.claimant_id
            result = similarity(feats[claim.pk], features_from_keys(candidate.text, stored_keys[candidate.pk]),
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
            partner_joins = cluster_id is None
            merged, merged_ids = False, set()
            if partner_joins:
                cluster_id = Cluster.objects.create().pk
                Claim.objects.filter(pk=partner.pk, cluster_locked=False).update(
                    cluster_id=cluster_id, cluster_score=result.score, cluster_reasons=result.reasons)
            else:
                merged_ids = _merge_suggested(into=cluster_id, others=linked - {cluster_id})
                merged = bool(merged_ids)
            Claim.objects.filter(pk=claim.pk).update(cluster_id=cluster_id, cluster_score=result.score,
                                                     cluster_reasons=result.reasons)
            joining = [(claim.pk, claim.article_id, _outlet_name(claim.article_id, outlets), claim.text,
                        claim.figures)]
            if partner_joins:
                partner_figures = Claim.objects.values_list("figures", flat=True).get(pk=partner.pk)
                joining.append((partner.pk, partner.article_id, _outlet_name(partner.article_id, outlets),
                                partner.text, partner_figures))
            if merged:
                find_conflicts(cluster_id)
            else:
                record_figures(cluster_id, joining)
            verdict = Cluster.objects.values_list("verdict", flat=True).get(pk=cluster_id)
            if verdict:  # a claim joining a decided cluster is not changed silently: a reviewer looks at it
                Claim.objects.filter(pk=claim.pk).update(needs_review=True, suggested_status=verdict)
        claim.cluster_id = cluster_id
        # Candidates read at the start of the call follow the assignments made since.
        if partner_joins:
            partner.cluster_id = cluster_id
            assigned.add(partner.pk)
        for other in pool.values():
            if other.cluster_id in merged_ids:
                other.cluster_id = cluster_id
        if claim.pk in pool:
            pool[claim.pk].cluster_id = cluster_id
        matched += 1
    return matched


def _outlet_name(article_id: int, cache: dict[int, str]) -> str:
    if article_id not in cache:
        cache[article_id] = Article.objects.filter(pk=article_id).values_list("outlet__name", flat=True).first() or ""
    return cache[article_id]


def _merge_suggested(*, into: int, others: set[int]) -> set[int]:
    """Fold suggested clusters into `into`; confirmed clusters and editors' placements are left alone."""
    mergeable = list(Cluster.objects.filter(pk__in=others, state=Cluster.State.SUGGESTED).values_list("pk", flat=True))
    if mergeable:
        Claim.objects.filter(cluster_id__in=mergeable, cluster_locked=False).update(cluster_id=into)
        Conflict.objects.filter(cluster_id__in=mergeable, explained=False).delete()
        Cluster.objects.filter(pk__in=mergeable, claims__isnull=True).delete()
    return set(mergeable)


# ---------------------------------------------------------------- conflicts

def _number(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


MAX_ENTRIES_PER_VALUE = 10  # a cluster's ledger keeps this many claims for each distinct figure
MAX_VALUES = 20  # ... and this many distinct figures for one counted thing


def figure_entries(claim_id: int, article_id: int, outlet: str, text: str, figures: Sequence[dict]) -> list[tuple]:
    """(ledger key, entry) for the figures of one claim that can conflict: counted things and dated events."""
    entries = []
    base = {"claim": claim_id, "article": article_id, "outlet": outlet}
    for figure in figures:
        if figure.get("kind") == "quantity" and figure.get("value"):
            thing = counted_key(figure, text)
            if thing:
                entries.append((f"quantity|{thing}", {**base, "text": figure.get("text", ""),
                                                      "value": _number(figure["value"])}))
        elif figure.get("kind") == "date" and figure.get("day"):
            entries.append(("date|date", {**base, "text": figure["text"], "value": figure["text"],
                                          "date": [figure["month"], figure["day"]]}))
    return entries


def _distinct(entry: dict):
    return tuple(entry["date"]) if "date" in entry else entry["value"]


def _add_to_ledger(ledger: dict, key: str, entry: dict) -> bool:
    """Add an entry unless that value already has enough examples; True when the ledger changed."""
    entries = ledger.setdefault(key, [])
    same_value = [e for e in entries if _distinct(e) == _distinct(entry)]
    if any(e["claim"] == entry["claim"] for e in same_value) or len(same_value) >= MAX_ENTRIES_PER_VALUE:
        return False
    if not same_value and len({_distinct(e) for e in entries}) >= MAX_VALUES:
        return False  # the disagreement is plain already; the ledger stays bounded
    entries.append(entry)
    return True


def _conflicts_from_ledger(cluster_id: int, ledger: dict, keys: Iterable[str]) -> None:
    """Create or update the conflicts of the given ledger keys, and mark their claims."""
    for ledger_key in keys:
        kind, _, thing = ledger_key.partition("|")
        values = ledger.get(ledger_key, [])
        if len({_distinct(v) for v in values}) < 2 or len({v["article"] for v in values}) < 2:
            continue
        conflict, _ = Conflict.objects.update_or_create(cluster_id=cluster_id, kind=kind, key=thing,
                                                        defaults={"values": values})
        if not conflict.explained:
            Claim.objects.filter(pk__in=[v["claim"] for v in values], has_conflict=False).update(has_conflict=True)


def record_figures(cluster_id: int, claims: Sequence[tuple[int, int, str, str, list]]) -> None:
    """Add joining claims' figures to the cluster's ledger and update only the conflicts they touch:
    the cost follows the number of joining claims, not the size of the cluster."""
    entries = [entry for claim_id, article_id, outlet, text, figures in claims
               for entry in figure_entries(claim_id, article_id, outlet, text, figures)]
    # Members changed: a new version, so caches holding the cluster see it (ETag).
    bump = {"version": F("version") + 1, "updated_at": timezone.now()}
    if not entries:
        Cluster.objects.filter(pk=cluster_id).update(**bump)
        return
    ledger = Cluster.objects.select_for_update().values_list("figures", flat=True).get(pk=cluster_id) or {}
    changed_keys = {key for key, entry in entries if _add_to_ledger(ledger, key, entry)}
    Cluster.objects.filter(pk=cluster_id).update(figures=ledger, **bump)
    if changed_keys:
        _conflicts_from_ledger(cluster_id, ledger, changed_keys)


@transaction.atomic
def find_conflicts(cluster_id: int) -> list[Conflict]:
    """Rebuild a cluster's ledger from all its present claims and its conflicts from the ledger (after a
    merge, a rebuild or an editor's change). An explained conflict stays explained; Claim.has_conflict
    follows the unexplained ones."""
    rows = Claim.objects.filter(cluster_id=cluster_id, present=True).order_by("id").values_list(
        "id", "article_id", "article__outlet__name", "text", "figures")
    ledger: dict = {}
    for claim_id, article_id, outlet, text, figures in rows.iterator(chunk_size=2000):
        for key, entry in figure_entries(claim_id, article_id, outlet, text, figures):
            _add_to_ledger(ledger, key, entry)
    Cluster.objects.filter(pk=cluster_id).update(figures=ledger, version=F("version") + 1, updated_at=timezone.now())
    Claim.objects.filter(cluster_id=cluster_id, has_conflict=True).update(has_conflict=False)
    _conflicts_from_ledger(cluster_id, ledger, ledger.keys())
    live = [f"{kind}|{key}" for kind, key in Conflict.objects.filter(cluster_id=cluster_id).values_list("kind", "key")]
    stale = [k for k in live if k not in ledger or len({_distinct(v) for v in ledger[k]}) < 2]
    for stale_key in stale:
        kind, _, thing = stale_key.partition("|")
        Conflict.objects.filter(cluster_id=cluster_id, kind=kind, key=thing, explained=False).delete()
    return list(Conflict.objects.filter(cluster_id=cluster_id))


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
