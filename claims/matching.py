"""Cross-article claim matching: one assertion in many articles, and where their figures disagree.

Blocking: each claim is indexed under a few short keys (its rarest content words,
the names it mentions, its claimant, the counted things and dates it states) in
ClaimKey. A new claim is compared only with the newest claims that share its keys
(at most CANDIDATES_PER_KEY per key; one query for all the claims of a call), never
with all claims.

Writing: a call (one import chunk, or a batch of a rebuild) decides in memory and
writes set-based: a few statements per call, whatever its number of claims
(docs/performance.md, "Cross-article matching").

Similarity (`similarity`, the one function a semantic backend would replace) combines
documented signals: token overlap of the content words (rapidfuzz), shared names,
shared claimant, and figures of the same counted thing or the same date; near-identical
wording without the attribution (syndicated copy) counts as the figures do. The
weights and the threshold are settings (CLAIMTRACK_MATCH_*).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property, lru_cache
from typing import NamedTuple

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef, Subquery
from django.utils import timezone
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from claims.models import Claim, ClaimKey, Cluster, Conflict
from sources.importer.attribution import DEMONYMS, head_name, is_source_name, name_runs
from sources.models import Article
from sources.services import alias_key
from tracker.db import bulk_set, insert_rows
from webhooks.models import EventType
from webhooks.services import emit_many

RARE_TERMS = 8
CANDIDATES_PER_KEY = 12
MAX_CANDIDATES = 20
NAME_SIMILARITY = 85  # "volodymyr zelenskyy" and "volodymyr zelensky" are one name
DATE_SLACK_DAYS = 2
VERBATIM = 92  # rapidfuzz ratio of the content words without the attribution: the same sentence
# Units of measure, not things counted: spans of time ("over 10 years", "a 64-year-old"), money ("1.03 billion
# dlrs", "5 million pounds"), weights, volumes, lengths, areas and points are in any two sentences of the news
# (or, for shares, of its business pages), so sharing one says half what counting troops or votes in common says.
_MEASURES = frozenset("""second minute hour day week month mth year yr decade century centurie
dollar dlr cent ct pound stg euro yen yuan franc mark rupee peso ruble rouble lira krona krone rand naira shilling
tonne ton kilo kilogram kg gram ounce barrel bbl gallon litre liter bushel acre hectare mile kilometre kilometer km
metre meter foot feet inch point basi share""".split())
MEASURE_WEIGHT = 0.5
_NEGATION = re.compile(r"\b(?:not|never|nor|none|without|deny|denies|denied|reject|rejects|rejected|didn|doesn|don"
                       r"|isn|wasn|aren|weren|hasn|haven|hadn|won't|cannot)\b")
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


@lru_cache(maxsize=200_000)
def _frequency(term: str) -> float:
    return zipf_frequency(term, "en")


@dataclass(frozen=True)
class Features:
    """What matching needs of a claim, computed once."""

    terms: frozenset[str]
    names: frozenset[str]
    counted: frozenset[str]
    dates: frozenset[tuple[int, int]]
    text: str
    wording: str = ""  # the content words without the attribution ("..., Senator X said."), for verbatim copies

    def keys(self, claimant_id: int | None) -> set[str]:
        keys = set(self._content_keys)
        if claimant_id:
            keys.add(f"c:{claimant_id}")
        return keys

    @cached_property
    def _content_keys(self) -> frozenset[str]:
        """The keys of the text alone, computed once (the claim is indexed, then matched)."""
        rare = sorted(self.terms, key=lambda t: (_frequency(t), t))[:RARE_TERMS]
        keys = {f"t:{t}"[:80] for t in rare} | {f"e:{n}"[:80] for n in self.names}
        return frozenset(keys | {f"q:{c}" for c in self.counted} | {f"d:{m}-{d}" for m, d in self.dates})


def features(text: str, figures: Sequence[dict]) -> Features:
    lowered = text.lower()
    terms = frozenset(w.removesuffix("'s").removesuffix("’s") for w in _WORD.findall(lowered)
                      if w not in _STOPWORDS)
    names = set()
    for run in name_runs(text):
        names |= _name_keys(tuple(run))
    counted = frozenset(c for f in figures if f.get("kind") in ("quantity", "percent")
                        for c in [counted_key(f, lowered)] if c)
    dates = frozenset((f["month"], f["day"]) for f in figures if f.get("kind") == "date" and f.get("day"))
    return Features(terms, frozenset(names), counted, dates, _content(lowered), _wording(lowered))


@lru_cache(maxsize=100_000)
def _name_keys(run: tuple[str, ...]) -> frozenset[str]:
    """The name in a run of capitalised words, in full and by its last word ("vladimir putin" and
    "putin" are one name here); nothing for common words, titles and demonyms."""
    name = head_name(list(run))
    if not name or not is_source_name(name) or name.lower() in DEMONYMS:
        return frozenset()
    key = alias_key(name)
    return frozenset(k for k in (key, key.split()[-1] if key else "") if k)


_ATTRIBUTION_TAIL = re.compile(r"[,”\"’]\s*[^,\"“”]{0,60}?\b(?:said|says|say|told|read|reads|added|adds|stated|wrote"
                               r"|noted|reported|according)\b[^\"“”]{0,60}$")
_ATTRIBUTION_HEAD = re.compile(r"^[^\"“”:]{0,80}\b(?:said|says|stated|read|reads|told\s[^:]{0,30}):\s*")


def _wording(lowered: str) -> str:
    return _content(_ATTRIBUTION_HEAD.sub("", _ATTRIBUTION_TAIL.sub("", lowered)))


def _negations(content: str) -> int:
    return len(_NEGATION.findall(content))


_ALPHANUMERIC = re.compile(r"[a-z0-9]+")


def _content(lowered: str) -> str:
    return " ".join(w for w in _ALPHANUMERIC.findall(lowered) if w not in _STOPWORDS and len(w) > 2)


def features_from_keys(text: str, keys: Iterable[str]) -> Features:
    """A stored claim's features, read back from its index keys instead of parsing its text again."""
    return _stored_features(text, tuple(sorted(keys)))


@lru_cache(maxsize=8192)
def _stored_features(text: str, keys: tuple[str, ...]) -> Features:
    """Cached by text and keys, not by claim: the claims of a busy cluster are candidates of every import
    chunk, and an edited claim is read afresh."""
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
    return Features(frozenset(), frozenset(names), frozenset(counted), frozenset(dates), _content(text.lower()),
                    _wording(text.lower()))


@dataclass(frozen=True)
class Match:
    score: float
    reasons: list[str]


def similarity(a: Features, b: Features, *, same_claimant: bool) -> Match:
    """How likely two claims state the same assertion or the same measured fact, with the reasons."""
    weights = settings.CLAIMTRACK_MATCH_WEIGHTS
    # rapidfuzz's token-set ratio of the content words: generous to a claim restated inside a longer one.
    overlap = fuzz.token_set_ratio(a.text, b.text) / 100 if a.text and b.text else 0.0
    shared_names = a.names & b.names
    if a.names - shared_names and b.names - shared_names:
        shared_names |= {n for n in a.names - shared_names if any(
            fuzz.ratio(n, m, score_cutoff=NAME_SIMILARITY) for m in b.names - shared_names)}
    names = len(shared_names) / max(1, len(a.names | b.names))
    same_thing = a.counted & b.counted
    # The same day, or days so close that they are one event reported differently (October 13 / Oct. 14).
    same_date = {d for d in a.dates if any(d[0] == e[0] and abs(d[1] - e[1]) <= DATE_SLACK_DAYS for e in b.dates)}
    # The same sentence printed by several outlets (syndicated copy) is one assertion, whoever each attributes
    # it to; not when one of them negates it ("paid" / "never paid" differ by one word in a long sentence).
    verbatim = (fuzz.ratio(a.wording, b.wording, score_cutoff=VERBATIM) > 0
                and _negations(a.wording) == _negations(b.wording))
    measure_only = bool(same_thing) and not (same_date or verbatim) and all(
        thing.split()[0] in _MEASURES for thing in same_thing)
    figure = MEASURE_WEIGHT if measure_only else 1.0 if same_thing or same_date or verbatim else 0.0
    score = (weights["overlap"] * overlap + weights["names"] * names
             + weights["claimant"] * same_claimant + weights["figures"] * figure)
    reasons = [f"{round(overlap * 100)}% of content words shared"]
    if shared_names:
        reasons.append("both name " + ", ".join(sorted(shared_names)[:4]))
    if same_claimant:
        reasons.append("same claimant")
    if same_thing:
        reasons.append("both count " + ", ".join(sorted(same_thing))
                       + (" (a unit of measure: counted half)" if measure_only else ""))
    if same_date:
        reasons.append("dates within two days")
    if verbatim:
        reasons.append("near-identical wording")
    return Match(round(min(1.0, score), 3), reasons)


# ---------------------------------------------------------------- blocking index

def index_claims(claims: Iterable[Claim]) -> dict[int, Features]:
    """Store the blocking keys of new claims; returns their features for matching."""
    found: dict[int, Features] = {}
    rows = []
    for claim in claims:
        feature = features(claim.text, claim.figures)
        found[claim.pk] = feature
        rows += [(claim.pk, key) for key in sorted(feature.keys(claim.claimant_id))]
    insert_rows(ClaimKey, ["claim", "key"], rows)
    return found


MAX_KEYS_PER_QUERY = 400  # SQLite allows 500 terms in one compound SELECT


def _newest_with_keys(limits: dict[str, int]) -> dict[str, list[int]]:
    """The newest claims holding each key, at most limits[key] of them: one index range per key, in one
    query per 400 keys (PostgreSQL: a LATERAL join over the keys, planned once; SQLite: UNION ALL)."""
    table = connection.ops.quote_name(ClaimKey._meta.db_table)
    found: dict[str, list[int]] = defaultdict(list)
    keys = sorted(limits)
    for start in range(0, len(keys), MAX_KEYS_PER_QUERY):
        chunk = keys[start:start + MAX_KEYS_PER_QUERY]
        if connection.vendor == "postgresql":
            sql = (f"SELECT q.key, k.claim_id FROM unnest(%s::text[], %s::int[]) AS q(key, lim) CROSS JOIN LATERAL "
                   f"(SELECT claim_id FROM {table} WHERE key = q.key ORDER BY claim_id DESC LIMIT q.lim) AS k")
            params: list = [chunk, [limits[key] for key in chunk]]
        else:
            sql = " UNION ALL ".join(f"SELECT * FROM (SELECT key, claim_id FROM {table} WHERE key = %s "
                                     f"ORDER BY claim_id DESC LIMIT %s)" for _ in chunk)
            params = [value for key in chunk for value in (key, limits[key])]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for key, claim_id in cursor.fetchall():
                found[key].append(claim_id)
    return found


def _candidate_ids(wanted: dict[int, set[str]], siblings: dict[int, set[int]] | None = None,
                   batch: Collection[int] = ()) -> dict[int, list[int]]:
    """For each claim, the other claims sharing at least two of its keys, best first, leaving out its
    `siblings` (claims of its own article, which share its claimant and names but are never matched)
    and the later claims of its `batch` (they compare themselves with it: as if imported one by one).

    Each key is looked up once for all the claims of the call, reading at most CANDIDATES_PER_KEY index
    rows beyond the claims of the call themselves. A shared key counts 1 / (how many claims it found): a
    rare term shared with one claim says more than "troops" shared with many.
    """
    siblings = siblings or {}
    holders = Counter(key for keys in wanted.values() for key in keys)
    found = _newest_with_keys({key: CANDIDATES_PER_KEY + count for key, count in holders.items()})
    # Per key, oldest first: every claim found, and those outside the batch (a newer one of these was
    # committed by another importer meanwhile: it is a candidate too).
    ordered = {key: sorted(ids) for key, ids in found.items()}
    outside = {key: [c for c in ids if c not in batch] for key, ids in ordered.items()}
    candidates = {}
    for owner, keys in wanted.items():
        skip = siblings.get(owner, set())
        weight: dict[int, float] = defaultdict(float)
        shared: Counter = Counter()
        for key in sorted(keys):  # a set's order changes from one process to the next; the sums must not
            ids = ordered.get(key, [])
            others = [c for c in outside.get(key, ())[bisect_right(outside.get(key, []), owner):] if c not in skip]
            i = bisect_left(ids, owner) - 1
            while i >= 0 and len(others) < CANDIDATES_PER_KEY:
                if ids[i] not in skip:
                    others.append(ids[i])
                i -= 1
            share = 1 / max(1, len(others))
            for claim_id in others:
                weight[claim_id] += share
            shared.update(others)
        # best first; among equals, the newest (ties broken the same way in every process)
        candidates[owner] = sorted((c for c, n in shared.items() if n >= 2), key=lambda c: (-weight[c], -c))[:MAX_CANDIDATES]
    return candidates


# ---------------------------------------------------------------- clustering

AUTO_MERGE_MAX = 100  # larger suggested clusters are merged by editors, not by matching
# A claim joins a cluster only when it is also this close to the cluster's first claim: without it, each
# claim that joins brings its own look-alikes, and a chain of links gathers a week's politics into one cluster.
FIRST_CLAIM_MIN = 0.5
STRONG_LINK = 0.75  # a restatement or a copy of a member joins without the check: the first claim may be a shorter variant
PER_CLUSTER = 2  # candidates compared per cluster: the ones sharing the most keys stand for the rest


@dataclass
class _Candidate:
    """A stored claim as matching reads it: no model instance, no figures (read only for a partner)."""

    pk: int
    text: str
    claimant_id: int | None
    cluster_id: int | None
    cluster_locked: bool
    article_id: int
    keys: list[str]


class _Plan:
    """Where one call puts its claims, decided in memory and then written set-based (`save`).

    Clusters are existing ids or, for clusters this call starts, negative placeholders. Merging
    suggested clusters is a union-find: `root` gives the cluster a claim ends up in.
    """

    def __init__(self, clusters: dict[int, tuple[str, str]]) -> None:
        self.clusters = clusters  # existing cluster id -> (state, verdict)
        self.parent: dict[int, int] = {}
        self.new = 0
        self.placed: dict[int, tuple[int, Match]] = {}  # claim id -> (cluster, match)
        self.partners: set[int] = set()  # earlier claims that got their first cluster here
        self.merged_into: dict[int, set[int]] = defaultdict(set)  # root -> clusters folded into it
        self.sizes: dict[int, int] = {}  # claims per cluster, counted when a merge asks
        self.counted: set[int] = set()

    def root(self, cluster: int) -> int:
        while cluster in self.parent:
            cluster = self.parent[cluster]
        return cluster

    def start_cluster(self) -> int:
        self.new -= 1
        return self.new

    def mergeable(self, cluster: int) -> bool:
        return cluster < 0 or self.clusters.get(cluster, ("", ""))[0] == Cluster.State.SUGGESTED

    def add(self, cluster: int) -> None:
        self.sizes[cluster] = self.sizes.get(cluster, 0) + 1

    def merge(self, clusters: set[int]) -> None:
        """Merging: the largest of the linked clusters absorbs the suggested ones of at most
        AUTO_MERGE_MAX claims. Two large suggested clusters stay apart (an editor may merge them): a
        merge rewrites every claim it moves, and long chains of links make clusters of unrelated claims."""
        for cluster_id in clusters:
            if cluster_id > 0 and cluster_id not in self.counted:  # counted up to one past the limit
                size = Claim.objects.filter(cluster_id=cluster_id).values("id")[:AUTO_MERGE_MAX + 1].count()
                self.sizes[cluster_id] = self.sizes.get(cluster_id, 0) + size
                self.counted.add(cluster_id)
        into = max(clusters, key=lambda c: (self.sizes.get(c, 0), c))
        for other in clusters - {into}:
            if self.mergeable(other) and self.sizes.get(other, 0) <= AUTO_MERGE_MAX:
                self.parent[other] = into
                self.merged_into[into].add(other)
                self.sizes[into] = self.sizes.get(into, 0) + self.sizes.pop(other, 0)

    def verdict(self, cluster: int) -> str:
        return self.clusters.get(cluster, ("", ""))[1]


MATCHING_LOCK = 0x636C61696D6D61  # the pg_advisory_xact_lock key every matching process shares


def lock_matching() -> None:
    """Matching updates clusters and earlier claims that other processes may be matching against, and
    must see the claims they committed: one at a time, to the end of the transaction (a PostgreSQL
    advisory lock; SQLite serialises writers anyway)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [MATCHING_LOCK])


@transaction.atomic
def match_claims(claims: Sequence[Claim], *, indexed: dict[int, Features] | None = None) -> int:
    """Match claims (new ones, or all of them on a rebuild) with the claims of other articles.

    Linkage over the blocked candidates: a claim joins the cluster of its most similar candidate above the
    threshold (or starts one with it), and suggested clusters it links above the threshold become one;
    a cluster counts only when the claim is also close to the cluster's first claim (FIRST_CLAIM_MIN).
    Confirmed clusters are never merged; claims an editor placed are never moved.
    The decisions are made in memory and written in a few set-based statements per call, under the
    matching lock. `indexed`: the claims' features when index_claims has stored their keys already.
    Returns the number of claims matched.
    """
    if not claims:
        return 0
    feats = indexed if indexed is not None else index_claims(claims)
    lock_matching()
    pending = sorted((c for c in claims if not c.cluster_locked and c.cluster_id is None), key=lambda c: c.pk)
    by_article: dict[int, set[int]] = defaultdict(set)
    for claim in claims:
        by_article[claim.article_id].add(claim.pk)
    found = _candidate_ids({c.pk: feats[c.pk].keys(c.claimant_id) for c in pending},
                           {c.pk: by_article[c.article_id] for c in pending}, batch=feats.keys())
    pool = _read_candidates({i for ids in found.values() for i in ids})
    plan = _Plan({pk: (state, verdict) for pk, state, verdict in Cluster.objects.filter(
        pk__in={c.cluster_id for c in pool.values() if c.cluster_id}).values_list("pk", "state", "verdict")})
    threshold = settings.CLAIMTRACK_MATCH_THRESHOLD
    pool_features: dict[int, Features] = {}

    def features_of(candidate: _Candidate) -> Features:
        if candidate.pk not in pool_features:
            pool_features[candidate.pk] = features_from_keys(candidate.text, candidate.keys)
        return pool_features[candidate.pk]

    def compare(claim: Claim, candidate: _Candidate) -> Match:
        same_claimant = bool(claim.claimant_id) and claim.claimant_id == candidate.claimant_id
        return similarity(feats[claim.pk], features_of(candidate), same_claimant=same_claimant)

    first_claims = _first_claims(plan.clusters.keys())
    matched = 0
    for claim in pending:
        if claim.pk in plan.placed:
            continue  # placed earlier in this call, as another claim's partner
        best: tuple[Match, _Candidate] | None = None
        linked: set[int] = set()
        compared: Counter = Counter()
        far_from_first: dict[int, bool] = {}  # per cluster: the claim's distance to its first claim, read once
        for candidate in (pool[i] for i in found[claim.pk] if i in pool):
            if candidate.article_id == claim.article_id or (candidate.cluster_locked and candidate.cluster_id is None):
                continue  # the same article, or an editor took it out of clustering
            cluster = _current_cluster(plan, candidate)
            if cluster is not None:
                if compared[cluster] >= PER_CLUSTER:
                    continue
                compared[cluster] += 1
            result = compare(claim, candidate)
            if result.score < threshold:
                continue
            if cluster is not None:
                first = first_claims.get(cluster)
                if result.score < STRONG_LINK and first is not None and first.pk != candidate.pk:
                    if cluster not in far_from_first:
                        far_from_first[cluster] = compare(claim, first).score < FIRST_CLAIM_MIN
                    if far_from_first[cluster]:
                        continue  # close to one member, far from what the cluster is about
                linked.add(cluster)
            if best is None or result.score > best[0].score:
                best = (result, candidate)
        if best is None:
            continue
        result, partner = best
        cluster = _current_cluster(plan, partner)
        if cluster is None:
            cluster = plan.start_cluster()
            first_claims[cluster] = partner
            plan.placed[partner.pk] = (cluster, result)
            plan.partners.add(partner.pk)
            plan.add(cluster)
        elif len(linked) > 1:
            plan.merge(linked)
            cluster = plan.root(cluster)
        plan.placed[claim.pk] = (cluster, result)
        plan.add(cluster)
        matched += 1
    _save(plan, [c for c in pending if c.pk in plan.placed and c.pk not in plan.partners], pool)
    return matched


def _first_claims(clusters: Collection[int]) -> dict[int, _Candidate]:
    """The first claim of each cluster, which stands for what the cluster is about: one index probe per
    cluster on (cluster, id), then one read of the claims."""
    if not clusters:
        return {}
    firsts = dict(Cluster.objects.filter(pk__in=clusters).annotate(first=Subquery(
        Claim.objects.filter(cluster_id=OuterRef("pk")).order_by("id").values("id")[:1])).values_list("pk", "first"))
    claims = _read_candidates({first for first in firsts.values() if first})
    return {cluster: claims[first] for cluster, first in firsts.items() if first in claims}


def _current_cluster(plan: _Plan, candidate: _Candidate) -> int | None:
    placed = plan.placed.get(candidate.pk)
    cluster = placed[0] if placed else candidate.cluster_id
    return None if cluster is None else plan.root(cluster)


def _read_candidates(ids: set[int]) -> dict[int, _Candidate]:
    """The candidates, each with the stored keys similarity reads (names "e:", counted things "q:" and
    dates "d:"), in one query: a claim's keys come from its own range of the (claim, key) index."""
    if not ids:
        return {}
    claims, keys = (connection.ops.quote_name(model._meta.db_table) for model in (Claim, ClaimKey))
    if connection.vendor == "postgresql":
        own_keys = f"ARRAY(SELECT key FROM {keys} k WHERE k.claim_id = c.id AND left(k.key, 1) IN ('d', 'e', 'q'))"
        where, params = "c.id = ANY(%s)", [sorted(ids)]
    else:
        own_keys = (f"(SELECT group_concat(key, char(31)) FROM {keys} k WHERE k.claim_id = c.id "
                    f"AND substr(k.key, 1, 1) IN ('d', 'e', 'q'))")
        where, params = f"c.id IN ({', '.join(['%s'] * len(ids))})", sorted(ids)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT c.id, c.text, c.claimant_id, c.cluster_id, c.cluster_locked, c.article_id, {own_keys} "
                       f"FROM {claims} c WHERE {where}", params)
        rows = cursor.fetchall()
    # PostgreSQL returns the keys as a list, SQLite as one string joined by the unit separator (or NULL).
    return {row[0]: _Candidate(*row[:6], keys=row[6] if isinstance(row[6], list) else (row[6] or "").split("\x1f"))
            for row in rows}


def _save(plan: _Plan, matched: list[Claim], pool: dict[int, _Candidate]) -> None:
    """Write a plan: new clusters, merges, ledgers and conflicts, then every placed claim in one statement
    (its cluster, score and reasons, conflict flag and review flag: on PostgreSQL each row written costs
    an update of every index of the claims table, full-text search included)."""
    if not plan.placed:
        return
    placeholders = sorted({plan.root(c) for c, _ in plan.placed.values() if plan.root(c) < 0})
    real = dict(zip(placeholders, (c.pk for c in Cluster.objects.bulk_create([Cluster() for _ in placeholders])),
                    strict=True))

    def final(cluster: int) -> int:
        root = plan.root(cluster)
        return real.get(root, root)

    folded: dict[int, list[int]] = defaultdict(list)  # cluster -> the existing clusters it absorbs
    for root, others in plan.merged_into.items():
        folded[final(root)] += [c for c in others if c > 0]
    ledgers = dict(Cluster.objects.filter(pk__in=[c for cs in folded.values() for c in cs]).values_list("pk", "figures"))
    for into, clusters in folded.items():
        if clusters:
            _fold(into=into, clusters=clusters)

    joining: dict[int, list[tuple]] = defaultdict(list)
    figures = dict(Claim.objects.filter(pk__in=plan.partners).values_list("id", "figures"))
    article_ids = {c.article_id for c in matched} | {pool[pk].article_id for pk in plan.partners}
    outlets = dict(Article.objects.filter(pk__in=article_ids).values_list("id", "outlet__name"))
    for claim in matched:
        joining[final(plan.placed[claim.pk][0])].append(
            (claim.pk, claim.article_id, outlets.get(claim.article_id) or "", claim.text, claim.figures))
    for pk in plan.partners:
        partner = pool[pk]
        joining[final(plan.placed[pk][0])].append(
            (pk, partner.article_id, outlets.get(partner.article_id) or "", partner.text, figures[pk]))
    flagged = record_figures(joining, absorbed={into: [ledgers.get(c) or {} for c in clusters]
                                                for into, clusters in folded.items() if clusters})

    # A claim joining a decided cluster is not changed silently: a reviewer looks at it.
    suggested = {claim.pk: plan.verdict(plan.root(plan.placed[claim.pk][0])) for claim in matched}
    now = timezone.now()
    rows = [_Placement(pk, final(cluster), match.score, match.reasons, pk in flagged, bool(suggested.get(pk)),
                       suggested.get(pk, ""), now)
            for pk, (cluster, match) in plan.placed.items()]
    # An editor's placement made meanwhile wins: claims they locked are left alone.
    bulk_set(Claim, rows, ["cluster_id", "cluster_score", "cluster_reasons", "has_conflict", "needs_review",
                           "suggested_status", "updated_at"], cluster_locked=False)
    _flag(flagged - plan.placed.keys())  # earlier members now in a conflict


class _Placement(NamedTuple):
    """The columns matching writes for a placed claim (bulk_set reads them by name; a model instance per
    claim cost more than the statement's own Python)."""

    id: int
    cluster_id: int
    cluster_score: float
    cluster_reasons: list[str]
    has_conflict: bool
    needs_review: bool
    suggested_status: str
    updated_at: datetime


def _fold(*, into: int, clusters: list[int]) -> None:
    """Fold suggested clusters into `into`; editors' placements stay where they are."""
    Claim.objects.filter(cluster_id__in=clusters, cluster_locked=False).update(cluster_id=into, updated_at=timezone.now())
    Conflict.objects.filter(cluster_id__in=clusters, explained=False).delete()
    Cluster.objects.filter(pk__in=clusters, claims__isnull=True).delete()


# ---------------------------------------------------------------- conflicts

def _number(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


MAX_ENTRIES_PER_VALUE = 5  # a cluster's ledger keeps this many claims for each distinct figure
MAX_VALUES = 12  # ... and this many distinct figures for one counted thing


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


def _in_conflict(values: list[dict]) -> bool:
    return len({_distinct(v) for v in values}) >= 2 and len({v["article"] for v in values}) >= 2


def _save_conflicts(ledgers: dict[int, dict], changed: dict[int, set[str]],
                    members: dict[tuple[int, str], set[int]] | None = None) -> set[int]:
    """Create or update the conflicts of the clusters' changed ledger keys: a few statements for any
    number of clusters. Returns the claims in them to flag, with the `members` of a disagreeing ledger
    key that the bounded ledger left out; claims of an explained conflict are not flagged."""
    members = members or {}
    wanted = {(cluster_id, key): ledgers[cluster_id][key] for cluster_id, keys in changed.items() for key in keys
              if _in_conflict(ledgers[cluster_id].get(key, []))}
    joined = {pair: ids for pair, ids in members.items() if _in_conflict(ledgers[pair[0]].get(pair[1], []))}
    if not wanted and not joined:
        return set()
    existing = {(c.cluster_id, f"{c.kind}|{c.key}"): c for c in Conflict.objects.filter(
        cluster_id__in={pair[0] for pair in [*wanted, *joined]}).only("id", "cluster_id", "kind", "key", "explained")}
    changed_rows, new_rows, flagged = [], [], set()
    for (cluster_id, ledger_key), values in wanted.items():
        conflict = existing.get((cluster_id, ledger_key))
        if conflict is None:
            kind, _, thing = ledger_key.partition("|")
            new_rows.append(Conflict(cluster_id=cluster_id, kind=kind, key=thing, values=values))
        else:
            conflict.values, conflict.updated_at = values, timezone.now()
            changed_rows.append(conflict)
        if conflict is None or not conflict.explained:
            flagged |= {v["claim"] for v in values}
    for pair, ids in joined.items():
        conflict = existing.get(pair)
        if (conflict is None and pair in wanted) or (conflict is not None and not conflict.explained):
            flagged |= ids
    Conflict.objects.bulk_create(new_rows)
    emit_many(EventType.CONFLICT_FOUND, ({"cluster": c.cluster_id, "kind": c.kind, "key": c.key, "values": c.values}
                                         for c in new_rows))
    bulk_set(Conflict, changed_rows, ["values", "updated_at"])
    return flagged


def _flag(claim_ids: set[int]) -> None:
    """Mark claims as in an unexplained conflict."""
    ids = sorted(claim_ids)
    for start in range(0, len(ids), 1000):
        Claim.objects.filter(pk__in=ids[start:start + 1000], has_conflict=False).update(
            has_conflict=True, updated_at=timezone.now())


def record_figures(joining: dict[int, Sequence[tuple[int, int, str, str, list]]],
                   absorbed: dict[int, list[dict]] | None = None) -> set[int]:
    """Add joining claims' figures, and the ledgers of the clusters a cluster `absorbed`, to the clusters'
    ledgers, and update only the conflicts they touch: the cost follows the number of joining claims and
    the (bounded) ledgers, not the size of the clusters. Returns the claims to flag as in a conflict."""
    absorbed = absorbed or {}
    touched = set(joining) | set(absorbed)
    if not touched:
        return set()
    ledgers = {pk: figures or {} for pk, figures in
               Cluster.objects.select_for_update().filter(pk__in=touched).values_list("pk", "figures")}
    disagreeing = {(c, key) for c in absorbed for key, values in ledgers.get(c, {}).items() if _in_conflict(values)}
    changed: dict[int, set[str]] = defaultdict(set)
    members: dict[tuple[int, str], set[int]] = defaultdict(set)
    for cluster_id in touched:
        ledger = ledgers.setdefault(cluster_id, {})
        for other in absorbed.get(cluster_id, ()):
            for key, entries in other.items():
                changed[cluster_id] |= {key for entry in entries if _add_to_ledger(ledger, key, entry)}
        for claim in joining.get(cluster_id, ()):
            for key, entry in figure_entries(*claim):
                members[(cluster_id, key)].add(entry["claim"])
                if _add_to_ledger(ledger, key, entry):
                    changed[cluster_id].add(key)
    # Members changed: a new version, so caches holding the clusters see it (ETag).
    Cluster.objects.filter(pk__in=touched).update(version=F("version") + 1, updated_at=timezone.now())
    bulk_set(Cluster, [Cluster(pk=pk, figures=ledgers[pk]) for pk in changed], ["figures"])
    flagged = _save_conflicts(ledgers, changed, members)
    # A merge can make figures disagree for the first time: every member stating one is in the conflict.
    _flag_stating({(c, key) for c in absorbed for key in changed.get(c, ())
                   if (c, key) not in disagreeing and _in_conflict(ledgers[c][key])})
    return flagged


def _flag_stating(pairs: set[tuple[int, str]]) -> None:
    """Flag the present claims of a cluster that state a figure of the ledger key, found through their
    index keys ("q:<counted thing>", "d:<date>"): index lookups on the cluster's unflagged claims."""
    for cluster_id, ledger_key in pairs:
        kind, _, thing = ledger_key.partition("|")
        unflagged = list(Claim.objects.filter(cluster_id=cluster_id, present=True, has_conflict=False)
                         .values_list("id", flat=True))
        stating: set[int] = set()
        for start in range(0, len(unflagged), 1000):
            keys = ClaimKey.objects.filter(claim_id__in=unflagged[start:start + 1000])
            keys = keys.filter(key__startswith="d:") if kind == "date" else keys.filter(key=f"q:{thing}")
            stating.update(keys.values_list("claim_id", flat=True))
        _flag(stating)


@transaction.atomic
def find_conflicts(cluster_id: int) -> list[Conflict]:
    """Rebuild a cluster's ledger from all its present claims and its conflicts from the ledger (after a
    merge, a rebuild or an editor's change). An explained conflict stays explained; Claim.has_conflict
    follows the unexplained ones."""
    rows = Claim.objects.filter(cluster_id=cluster_id, present=True).order_by("id").values_list(
        "id", "article_id", "article__outlet__name", "text", "figures")
    ledger: dict = {}
    memberships: dict[tuple[int, str], set[int]] = defaultdict(set)
    for claim_id, article_id, outlet, text, figures in rows.iterator(chunk_size=2000):
        for key, entry in figure_entries(claim_id, article_id, outlet or "", text, figures):
            _add_to_ledger(ledger, key, entry)
            memberships[(cluster_id, key)].add(claim_id)
    Cluster.objects.filter(pk=cluster_id).update(figures=ledger, version=F("version") + 1, updated_at=timezone.now())
    Claim.objects.filter(cluster_id=cluster_id, has_conflict=True).update(
        has_conflict=False, updated_at=timezone.now())
    _flag(_save_conflicts({cluster_id: ledger}, {cluster_id: set(ledger)}, memberships))
    live = [f"{kind}|{key}" for kind, key in Conflict.objects.filter(cluster_id=cluster_id).values_list("kind", "key")]
    stale = [k for k in live if k not in ledger or len({_distinct(v) for v in ledger[k]}) < 2]
    for stale_key in stale:
        kind, _, thing = stale_key.partition("|")
        Conflict.objects.filter(cluster_id=cluster_id, kind=kind, key=thing, explained=False).delete()
    return list(Conflict.objects.filter(cluster_id=cluster_id))


def match_unindexed(*, batch: int = 500) -> int:
    """Index and match the claims that were never matched (imported with matching off), oldest first."""
    matched, after = 0, 0
    unindexed = Claim.objects.filter(~Exists(ClaimKey.objects.filter(claim_id=OuterRef("pk")))).order_by("id")
    while True:
        with transaction.atomic():
            lock_matching()  # before choosing: two runs never index the same claims
            chunk = list(unindexed.filter(pk__gt=after)[:batch])
            if not chunk:
                return matched
            matched += match_claims(chunk)
        after = chunk[-1].pk


def rebuild(*, batch: int = 500) -> int:
    """Forget suggested clusters and match every claim again; editors' placements and confirmed clusters stay."""
    with transaction.atomic():
        lock_matching()
        Claim.objects.filter(cluster_locked=False, cluster__state=Cluster.State.SUGGESTED).update(
            cluster=None, cluster_score=None, cluster_reasons=[], has_conflict=False, updated_at=timezone.now())
        Cluster.objects.filter(state=Cluster.State.SUGGESTED, claims__isnull=True).delete()
        ClaimKey.objects.all().delete()
    matched = 0
    ids = list(Claim.objects.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), batch):
        with transaction.atomic():
            lock_matching()
            chunk = list(Claim.objects.filter(pk__in=ids[start:start + batch]).order_by("id"))
            indexed = index_claims(chunk)  # all of them: clustered claims are candidates for the others
            matched += match_claims([c for c in chunk if c.cluster_id is None], indexed=indexed)
    return matched
