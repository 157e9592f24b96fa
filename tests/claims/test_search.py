"""?q= searches one stored document per claim (text, claimant and aliases, article title, outlet), kept right
by the database when any of its parts changes; the same answers on SQLite (FTS5) and PostgreSQL."""

import pytest

from claims.models import Claim, Origin
from claims.services import Actor, claim_update
from sources.models import Article, Source, SourceAlias
from sources.services import source_add_alias, source_merge
from tests.factories import ArticleFactory, make_claims

pytestmark = pytest.mark.django_db
ACTOR = Actor(origin=Origin.SYSTEM, name="tests")


@pytest.fixture
def world(db):
    outlet = Source.objects.create(name="Harbour Gazette", kind="outlet")
    person = Source.objects.create(name="Anna Berg", kind="person")
    article = ArticleFactory(outlet=outlet, title="Grain exports fall sharply")
    other = ArticleFactory(title="Port reopens after the storm")
    return {
        "quoted": make_claims(article, text="Forty ships were waiting near Odesa on Monday.", claimant=person)[0],
        "plain": make_claims(article, text="The minister promised 12,000 tonnes of wheat by Friday.")[0],
        "other": make_claims(other, text="Three cranes were damaged, the port authority said.")[0],
        "person": person, "outlet": outlet, "article": article,
    }


def found(api, query):
    response = api.get("/api/v1/claims/", {"q": query})
    assert response.status_code == 200, response.content
    return {claim["id"] for claim in response.json()["results"]}


def test_every_part_of_the_document_is_searchable(api, world):
    quoted, plain = world["quoted"].pk, world["plain"].pk
    assert found(api, "Odesa") == {quoted}
    assert found(api, "Berg") == {quoted}  # the claimant
    assert found(api, "exports") == {quoted, plain}  # the article title
    assert found(api, "Gazette") == {quoted, plain}  # the outlet
    assert found(api, "tonnes wheat") == {plain}


def test_words_are_stemmed_and_case_does_not_matter(api, world):
    assert found(api, "SHIP") == {world["quoted"].pk}
    assert found(api, "damage") == {world["other"].pk}


def test_web_search_syntax(api, world):
    quoted, plain, other = world["quoted"].pk, world["plain"].pk, world["other"].pk
    assert found(api, '"ships were waiting"') == {quoted}
    assert found(api, '"waiting ships"') == set()  # a phrase keeps its order
    assert found(api, "Odesa or cranes") == {quoted, other}
    assert found(api, "exports -Odesa") == {plain}
    assert found(api, "Odesa cranes") == set()  # words are ANDed


@pytest.mark.parametrize("query", ["the of and", "!!! ???", "-", '""', "qwertyzzyx"])
def test_queries_with_nothing_to_find_find_nothing(api, world, query):
    assert found(api, query) == set()


def test_hostile_queries_are_plain_text(api, world):
    for query in ['Odesa" OR "', "Odesa NEAR/2 ships", "text:Odesa", "Odesa*", "'; DROP TABLE claims_claim; --",
                  "a & b | !c", "(Odesa"]:
        response = api.get("/api/v1/claims/", {"q": query})
        assert response.status_code == 200, (query, response.content)
    assert Claim.objects.count() == 3


def test_a_renamed_claimant_is_found_by_the_new_name_only(api, world):
    Source.objects.filter(pk=world["person"].pk).update(name="Anna Berg-Holm")
    world["person"].refresh_from_db()
    world["person"].name = "Hanna Lind"
    world["person"].save()
    assert found(api, "Lind") == {world["quoted"].pk}
    assert found(api, "Berg") == set()


def test_aliases_added_and_removed(api, world):
    alias = source_add_alias(source=world["person"], name="A. Bergström")
    assert found(api, "Bergström") == {world["quoted"].pk}
    alias.delete()
    assert found(api, "Bergström") == set()
    assert SourceAlias.objects.count() == 0


def test_a_reattributed_claim_and_a_retitled_article(api, world):
    someone = Source.objects.create(name="Ivan Halas", kind="person")
    claim_update(claim_id=world["plain"].pk, actor=ACTOR, reason="attribution", claimant=someone)
    assert found(api, "Halas") == {world["plain"].pk}
    Article.objects.filter(pk=world["article"].pk).update(title="Wheat harvest record")
    assert found(api, "harvest") == {world["quoted"].pk, world["plain"].pk}
    assert found(api, "exports") == set()


def test_a_merged_source_is_found_by_both_names(api, world):
    copy = Source.objects.create(name="Anna Bergova", kind="person")
    claim = make_claims(ArticleFactory(), text="Ten barges sank in the delta.", claimant=copy)[0]
    source_merge(source=copy, into=world["person"], actor=ACTOR)
    # "Anna Bergova" is now an alias of Anna Berg, so both names find all of her claims.
    assert found(api, "Bergova") == found(api, "Berg") == {world["quoted"].pk, claim.pk}


def test_cluster_search_uses_the_same_document(api, world):
    from claims.models import Cluster

    cluster = Cluster.objects.create()
    Claim.objects.filter(pk=world["quoted"].pk).update(cluster=cluster)
    response = api.get("/api/v1/clusters/", {"q": "Berg"})
    assert [c["id"] for c in response.json()["results"]] == [cluster.pk]
