"""Writes for sources: resolving names found in text to one Source per real entity, and merging."""

from __future__ import annotations

import re
import unicodedata

from django.db import DEFAULT_DB_ALIAS, IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from rapidfuzz import fuzz, process

from sources.models import Article, Source, SourceAlias, SourceKind, SourceMerge

UNKNOWN_OUTLET = "Unknown outlet"
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^\w\s]")
_DOTTED_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # U.S., G.U.R.
# Generic words that stand around a name ("the ISW team", "ISW analysts").
_TRAILING_NOUNS = re.compile(r"\s+(team|analysts?|experts?|officials?|sources?|spokes(?:man|woman|person))$")
# Surname variants of one person (Zelensky, Zelenskyy, Zelenskyi) score above this.
SURNAME_SIMILARITY = 88


def alias_key(name: str) -> str:
    """The match key of a name: case, accents, punctuation, "the" and possessives do not count."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _POSSESSIVE.sub("", text)
    text = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    text = _NON_WORD.sub(" ", text)
    text = " ".join(text.split())
    text = _LEADING_ARTICLE.sub("", text)
    return _TRAILING_NOUNS.sub("", text)


class SourceResolver:
    """Resolves names to sources, creating unknown ones; caches keys for the length of an import.

    The cache only ever holds the (small) set of sources and aliases, never articles.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, int] = {}
        self._persons: dict[str, list[tuple[str, int]]] = {}
        self.reload()

    def reload(self) -> None:
        self._by_key = dict(SourceAlias.objects.values_list("key", "source_id"))
        for source_id, name in Source.objects.values_list("id", "name"):
            self._by_key.setdefault(alias_key(name), source_id)
        self._persons = {}
        person_ids = set(Source.objects.filter(kind=SourceKind.PERSON).values_list("id", flat=True))
        for key, source_id in self._by_key.items():
            if source_id in person_ids:
                self._persons.setdefault(key.split()[-1] if key else "", []).append((key, source_id))

    def find(self, name: str, *, kind: str = SourceKind.OTHER) -> int | None:
        """The known source of `name`: by its exact key or a known alias; a person also by a variant
        spelling of the same full name. Never by a surname alone, never by a similar organisation name."""
        key = alias_key(name)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        return self._find_person_variant(key) if kind == SourceKind.PERSON else None

    def _find_person_variant(self, key: str) -> int | None:
        """"Volodymyr Zelenskyi" is the known "Volodymyr Zelensky": the same first name, and the same
        surname give or take a letter. Both must be full names: "Smith" alone matches nobody."""
        words = key.split()
        if len(words) < 2 or len(words[-1]) < 5 or not self._persons:
            return None
        surname = words[-1]
        match = process.extractOne(surname, self._persons.keys(), scorer=fuzz.ratio, score_cutoff=SURNAME_SIMILARITY)
        if match is None:
            return None
        for known_key, source_id in self._persons[match[0]]:
            known_words = known_key.split()
            if len(known_words) >= 2 and known_words[0] == words[0] and known_words[1:-1] == words[1:-1]:
                return source_id
        return None

    def learn_alias(self, name: str, source_id: int) -> None:
        """Remember another name of a source (an acronym the article introduced), unless it names another."""
        key = alias_key(name)
        if key and key not in self._by_key:
            SourceAlias.objects.get_or_create(key=key, defaults={"source_id": source_id, "name": name[:200],
                                                                 "learned": True})
            self._by_key[key] = source_id

    def resolve(self, name: str, *, kind: str = SourceKind.OTHER) -> int:
        """The id of the source called `name`, creating it (and remembering the spelling) when new."""
        name = " ".join(name.split())[:200]
        key = alias_key(name)
        if not key:
            raise ValueError(f"{name!r} is not a usable source name")
        if key in self._by_key:  # the common case: no query at all
            return self._by_key[key]
        with transaction.atomic():
            return self._resolve_new(name, key, kind)

    def _resolve_new(self, name: str, key: str, kind: str) -> int:
        source_id = self.find(name, kind=kind)
        if source_id is None:
            source = Source.objects.filter(name__iexact=name).first()
            if source is None:
                try:
                    with transaction.atomic():
                        source = Source.objects.create(name=name, kind=kind)
                except IntegrityError:  # another import created it meanwhile
                    source = Source.objects.get(name__iexact=name)
            source_id = source.pk
            if kind == SourceKind.PERSON:
                self._persons.setdefault(key.split()[-1], []).append((key, source_id))
        if key not in self._by_key:
            SourceAlias.objects.get_or_create(key=key, defaults={"source_id": source_id, "name": name, "learned": True})
            self._by_key[key] = source_id
        return source_id


def sources_remove_orphans(*, dry_run: bool = False) -> list[str]:
    """Remove sources that no claim names as claimant and no article as outlet, when no editor touched
    them: no description or homepage, nothing merged into them, and only aliases the importer learned.
    Returns their names (what would be removed, on a dry run)."""
    from claims.models import Claim

    orphans = (
        Source.objects.filter(description="", homepage="")
        .exclude(Exists(Claim.objects.filter(claimant=OuterRef("pk"))))
        .exclude(Exists(Article.objects.filter(outlet=OuterRef("pk"))))
        .exclude(Exists(SourceMerge.objects.filter(into=OuterRef("pk"))))
        .exclude(Exists(SourceAlias.objects.filter(source=OuterRef("pk"), learned=False)))
    )
    names = list(orphans.order_by("name").values_list("name", flat=True))
    if not dry_run and names:
        with transaction.atomic():
            orphans.delete()
    return names


def source_add_alias(*, source: Source, name: str) -> SourceAlias:
    key = alias_key(name)
    alias, _ = SourceAlias.objects.get_or_create(key=key, defaults={"source": source, "name": name})
    return alias


@transaction.atomic
def source_merge(*, source: Source, into: Source, actor) -> SourceMerge:
    """Fold `source` into `into`: claims and articles move, aliases merge, the merge is recorded.

    Every moved claim gets a "claimant_merged" audit entry through claims.services.
    """
    from claims.models import Claim, ClaimEvent
    from claims.services import claim_update

    if source.pk == into.pk:
        raise ValueError("A source cannot be merged into itself.")
    source = Source.objects.select_for_update().get(pk=source.pk)
    into = Source.objects.select_for_update().get(pk=into.pk)
    alias_names = source.alias_names
    claim_ids = list(Claim.objects.filter(claimant=source).values_list("id", flat=True))
    for claim_id in claim_ids:
        claim_update(claim_id=claim_id, actor=actor, reason=f"Source {source.name!r} merged into {into.name!r}",
                     action=ClaimEvent.Action.CLAIMANT_MERGED, claimant=into)
    articles_moved = Article.objects.filter(outlet=source).update(outlet=into, updated_at=timezone.now())
    SourceAlias.objects.filter(source=source).update(source=into)
    record = SourceMerge.objects.create(
        into=into,
        merged_source_id=source.pk,
        merged_name=source.name,
        merged_aliases=alias_names,
        claims_moved=len(claim_ids),
        articles_moved=articles_moved,
        actor=actor.user_or_none,
        actor_name=actor.display_name,
    )
    source.delete()
    source_add_alias(source=into, name=record.merged_name)
    return record


def counters_recount(*, dry_run: bool = False, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Compare every maintained counter (sources.counters) with the rows it counts and, unless dry_run,
    set the ones that differ. Returns how many rows differed, per counter. The triggers keep them right;
    this is the check after a restore, a manual edit or a trigger dropped by hand."""
    from django.db import connections

    from claims.cluster_counts import rollup_drift_sql
    from claims.models import Status, StatusCount
    from sources.counters import all_counters, drift_sql, recount_sql

    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        drift = {}
        # A row per status to count into (a restore or a flush may have lost them).
        missing = set(Status.values) - set(StatusCount.objects.using(using).values_list("id", flat=True))
        drift["claims_statuscount rows"] = len(missing)
        if missing and not dry_run:
            StatusCount.objects.using(using).bulk_create([StatusCount(id=status) for status in missing])
        for table, sql, rebuild in rollup_drift_sql():  # first: the cluster counters count their rows
            cursor.execute(sql)
            drift[table] = cursor.fetchone()[0]
            if drift[table] and not dry_run:
                for statement in rebuild:
                    cursor.execute(statement)
        for name, sql in drift_sql(all_counters()):
            cursor.execute(sql)
            drift[name] = cursor.fetchone()[0]
        if not dry_run and any(drift.values()):
            for sql in recount_sql(all_counters()):
                cursor.execute(sql)
    return drift
