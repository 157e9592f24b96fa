"""Names in text resolve to one Source per real entity; editors can merge two sources."""

import pytest

from claims.models import ClaimEvent, Origin
from claims.services import Actor
from sources.models import Article, Source, SourceAlias, SourceMerge
from sources.services import SourceResolver, alias_key, source_merge
from tests.factories import ArticleFactory, make_claims

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("names,expected", [
    (["Zelensky", "Zelenskyy", "Zelenskyi", "Volodymyr Zelensky", "Volodymyr Zelenskyy"], "Volodymyr Zelensky"),
    (["ISW", "Institute for the Study of War", "ISW team", "INSTITUTE FOR THE STUDY OF WAR", "the ISW"],
     "Institute for the Study of War"),
    (["HUR", "Ukraine's Military Intelligence", "Ukraine’s Military Intelligence"], "Defence Intelligence of Ukraine (HUR)"),
])
def test_spelling_variants_resolve_to_one_source(known_sources, names, expected):
    resolver = SourceResolver()
    ids = {resolver.resolve(name) for name in names}
    assert len(ids) == 1
    assert Source.objects.get(pk=ids.pop()).name == expected


def test_an_unseen_spelling_of_a_known_person_is_learnt_as_an_alias(known_sources):
    resolver = SourceResolver()
    source_id = resolver.resolve("Volodymyr Zelenskiyy", kind="person")
    assert Source.objects.get(pk=source_id).name == "Volodymyr Zelensky"
    assert SourceAlias.objects.filter(key=alias_key("Volodymyr Zelenskiyy"), source_id=source_id).exists()


def test_a_different_person_with_a_similar_surname_is_not_merged(known_sources):
    resolver = SourceResolver()
    assert resolver.resolve("Olena Zelenska", kind="person") != resolver.resolve("Zelensky")


def test_an_unknown_claimant_becomes_a_new_source(db):
    resolver = SourceResolver()
    source_id = resolver.resolve("Pavlo Lakiichuk", kind="person")
    assert Source.objects.get(pk=source_id).kind == "person"
    assert SourceResolver().resolve("pavlo lakiichuk") == source_id


def test_a_surname_alone_never_merges_with_a_known_person(db):
    resolver = SourceResolver()
    musician = resolver.resolve("Nigel Farage-Smith", kind="person")
    assert resolver.resolve("Farage-Smith", kind="person") != musician
    assert resolver.resolve("Mr Farage-Smith", kind="person") != musician


def test_two_people_who_share_a_surname_stay_two_sources(db):
    resolver = SourceResolver()
    assert resolver.resolve("Anna Kowalska", kind="person") != resolver.resolve("Maria Kowalska", kind="person")


def test_two_organisations_whose_names_differ_in_one_word_stay_two_sources(db):
    resolver = SourceResolver()
    assert (resolver.resolve("National Farmers Association", kind="organization")
            != resolver.resolve("National Fishers Association", kind="organization"))


def test_an_acronym_the_article_introduced_becomes_an_alias(db):
    from sources.importer.extraction import ExtractedClaim
    from sources.importer.pipeline import resolve_claimant

    resolver = SourceResolver()
    claim = ExtractedClaim(start=0, end=1, text="x", claimant="Taiwan Semiconductor Manufacturing Company",
                           claimant_kind="organization", checkworthiness=1.0, claimant_aliases=["TSMC"])
    source_id = resolve_claimant(resolver, claim)
    assert SourceResolver().resolve("TSMC") == source_id


def test_resolution_rejects_an_empty_name(db):
    with pytest.raises(ValueError):
        SourceResolver().resolve(" ... ")


def test_merging_moves_claims_articles_and_aliases_and_records_it(db, editor):
    keep = Source.objects.create(name="Kyiv Post", kind="outlet")
    dupe = Source.objects.create(name="KyivPost.com", kind="outlet")
    SourceAlias.objects.create(source=dupe, name="KP", key="kp")
    article = ArticleFactory(outlet=dupe)
    claims = make_claims(article=article, count=2, claimant=dupe)
    record = source_merge(source=dupe, into=keep, actor=Actor(origin=Origin.ADMIN, user=editor))
    assert not Source.objects.filter(pk=dupe.pk).exists()
    assert Article.objects.get(pk=article.pk).outlet == keep
    assert {c.claimant_id for c in keep.claims.all()} == {keep.pk}
    assert {"kp", alias_key("KyivPost.com")} <= set(keep.aliases.values_list("key", flat=True))
    assert SourceMerge.objects.get() == record and (record.claims_moved, record.articles_moved) == (2, 1)
    for claim in claims:
        event = ClaimEvent.objects.filter(claim=claim).latest("id")
        assert event.action == "claimant_merged" and event.actor_name == "eddie"
        assert event.changes["claimant"][1].startswith("Kyiv Post")


def test_a_source_cannot_be_merged_into_itself(db):
    source = Source.objects.create(name="Solo", kind="person")
    with pytest.raises(ValueError):
        source_merge(source=source, into=source, actor=Actor(origin=Origin.SYSTEM, name="t"))


@pytest.mark.parametrize("a,b", [("U.S. State Department", "US State Department"), ("the ISW", "ISW"),
                                 ("Ukraine’s Military Intelligence", "Ukraine's military intelligence"),
                                 ("Zelénsky", "Zelensky")])
def test_alias_keys_ignore_dots_case_accents_and_articles(a, b):
    assert alias_key(a) == alias_key(b)


def test_the_fixture_alias_keys_match_the_normalisation():
    import json
    from pathlib import Path

    fixture = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "sources.json").read_text())
    aliases = [entry["fields"] for entry in fixture if entry["model"] == "sources.sourcealias"]
    assert aliases and all(alias["key"] == alias_key(alias["name"]) for alias in aliases)
