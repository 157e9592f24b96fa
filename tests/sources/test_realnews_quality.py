"""Extraction and attribution on real news nobody here wrote (tests/sources/realnews, with sources and
licences in its README): four publishers, six topics, 2002-2024. The extractor knows nothing about them."""

import pytest

from sources.importer.attribution import NameRegistry, is_source_name
from tests.sources.realnews_labels import score_realnews


@pytest.fixture(scope="module")
def score():
    return score_realnews()


def test_it_finds_at_least_90_percent_of_the_check_worthy_sentences(score):
    assert score.recall >= 0.90, score.errors


def test_it_keeps_no_more_than_a_quarter_beyond_the_labelled_sentences(score):
    assert score.extracted <= 1.25 * score.labelled


def test_the_claimant_is_right_on_at_least_90_percent_counting_none_as_an_answer(score):
    assert score.claimant_accuracy >= 0.90, [e for e in score.errors if "claimant" in e]


@pytest.mark.parametrize("word", ["Having", "Under", "Almost", "Sound", "Scottish", "Britons", "Aids", "Asked",
                                  "Police", "Officials", "Monday", "Spanish", "However Smith", "President",
                                  "French Open", "British Officials", "Shareholders", "Organisers", "Rapper",
                                  "Readers", "Viewers", "Subscribers"])
def test_common_words_demonyms_and_groups_are_not_names(word):
    assert not is_source_name(word)


@pytest.mark.parametrize("name", ["Cellou Dalein Diallo", "Chamisa", "ZANU-PF", "Institute for the Study of War",
                                  "Justice Department", "South Korean Defense Minister", "Daniele de Rossi",
                                  "Swiss Re", "British Gas", "General Electric"])
def test_names_of_people_and_organisations_are_names(name):
    assert is_source_name(name)


def test_a_surname_and_an_acronym_resolve_to_what_the_article_introduced():
    names = NameRegistry("Opposition leader Cellou Dalein Diallo spoke. Later Diallo said more. "
                         "Taiwan Semiconductor Manufacturing Company (TSMC) agreed. Mr Diallo left.")
    assert names.resolve("Diallo") == "Cellou Dalein Diallo"
    assert names.resolve("Mr Diallo") == "Cellou Dalein Diallo"
    assert names.resolve("TSMC") == "Taiwan Semiconductor Manufacturing Company"


def test_a_surname_shared_by_two_people_in_one_article_stays_unresolved():
    names = NameRegistry("Anna Smith met John Smith. Smith said no.")
    assert names.resolve("Smith") == "Smith"


@pytest.mark.django_db
def test_importing_the_real_news_creates_only_sources_that_are_names_under_their_full_names():
    from claims.models import Claim
    from sources.importer.pipeline import ArticleImporter
    from sources.models import Source
    from tests.sources.realnews_labels import REALNEWS

    results = list(ArticleImporter(started_by="test").run([REALNEWS]))
    assert {r.outcome for r in results} == {"created"}
    claimants = Source.objects.filter(claims__isnull=False).distinct()
    assert claimants.count() >= 30
    assert [s.name for s in claimants if not is_source_name(s.name)] == []
    # Every claimant name as the article wrote it in full: no person filed under a surname alone.
    persons = [s.name for s in claimants if s.kind == "person"]
    assert all(len(name.split()) >= 2 for name in persons), persons
    # The one person quoted in two of the articles (two Justice Department releases) is one source.
    fisher = Source.objects.get(name="Alice S. Fisher")
    assert Claim.objects.filter(claimant=fisher).values("article").distinct().count() == 2
