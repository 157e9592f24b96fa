"""Cross-article claim matching: clusters, conflicts, the blocking index and match_claims."""

import io
import itertools
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.matching import (
    _candidate_ids,
    features,
    find_conflicts,
    index_claims,
    match_claims,
    rebuild,
    similarity,
)
from claims.models import Claim, ClaimKey, Cluster, Conflict
from sources.importer.extraction import extract_figures
from tests.factories import ArticleFactory, SourceFactory, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def clustered(seeded):
    """The seeds imported as `make run` does: each import matches its claims with those before it."""
    return seeded

LABELS = json.loads((Path(__file__).parent / "seed_clusters.json").read_text(encoding="utf-8"))["groups"]


def claim_with(text: str, **kwargs) -> Claim:
    claim = make_claim(text=text, **kwargs)
    Claim.objects.filter(pk=claim.pk).update(figures=extract_figures(text))
    claim.refresh_from_db()
    return claim


def cross_article_pairs(groups) -> set[frozenset]:
    pairs = set()
    for group in groups:
        for a, b in itertools.combinations(group, 2):
            if a.article_id != b.article_id:
                pairs.add(frozenset((a.pk, b.pk)))
    return pairs


def seeds_pairwise_f1() -> float:
    claims = list(Claim.objects.all())
    gold = cross_article_pairs([[next(c for c in claims if c.text.startswith(p)) for p in g] for g in LABELS])
    clusters: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.cluster_id:
            clusters.setdefault(claim.cluster_id, []).append(claim)
    found = cross_article_pairs(clusters.values())
    precision = len(gold & found) / len(found)
    recall = len(gold & found) / len(gold)
    return 2 * precision * recall / (precision + recall)


def test_the_seeds_repeated_assertions_cluster_with_pairwise_f1_of_at_least_0_6(clustered):
    assert seeds_pairwise_f1() >= 0.6


def test_importing_the_seeds_one_file_at_a_time_clusters_them_as_well(known_sources):
    """One import run matches its files together; separate runs see only what came before: the same
    clusters either way (a claim of a batch is never a candidate of the batch's earlier claims)."""
    from sources.importer.manifest import load_manifest
    from sources.importer.pipeline import ArticleImporter
    from tests.conftest import MANIFEST, SEEDS

    importer = ArticleImporter(manifest=load_manifest(MANIFEST), started_by="tests")
    for path in sorted(SEEDS.glob("*.txt")):
        assert importer.import_file(path).outcome == "created"
    assert seeds_pairwise_f1() >= 0.6


def test_the_seeds_disagreeing_date_and_troop_figures_are_flagged(clustered):
    summaries = [c.summary for c in Conflict.objects.all()]
    assert any("October 13" in s and "Oct.14" in s for s in summaries), summaries
    troops = Conflict.objects.get(kind="quantity", key="troops")
    assert {"8,000", "10,000", "11,000"} <= {v["value"] for v in troops.values}
    assert Claim.objects.filter(has_conflict=True).count() >= 5


# One assertion in two articles' words.
PARAPHRASES = ("The central bank of Freedonia raised its main interest rate to 4.5% on Tuesday, its governor Ana "
               "Costa said.",
               "Freedonia's central bank lifted the main interest rate to 4.5%, governor Ana Costa announced on "
               "Tuesday.")


def test_a_paraphrase_in_another_article_is_matched():
    first, second = (claim_with(text) for text in PARAPHRASES)
    assert match_claims([first]) == 0  # nothing earlier to match
    assert match_claims([second]) == 1
    assert Claim.objects.get(pk=first.pk).cluster_id == Claim.objects.get(pk=second.pk).cluster_id is not None
    assert any("content words" in reason for reason in Claim.objects.get(pk=second.pk).cluster_reasons)


def test_a_stored_claim_is_compared_by_its_current_text_not_the_one_matching_first_read():
    first, second = (claim_with(text) for text in PARAPHRASES)
    match_claims([first])
    assert match_claims([second]) == 1  # matching has read the first claim's text
    Claim.objects.filter(pk__in=[first.pk, second.pk]).update(
        text="Rain is expected in the north of the country for the rest of the week.", cluster=None)
    third = claim_with("Freedonia's central bank raised the main interest rate to 4.5% on Tuesday, governor "
                       "Ana Costa said.")
    assert match_claims([third]) == 0


def test_claims_that_share_words_but_assert_different_things_are_not_matched():
    first = claim_with("The Freedonia central bank raised interest rates to 4.5% in March, governor Ana Costa said.")
    second = claim_with("Freedonia's football team beat Sylvania 3-1 in the World Cup qualifier in March, "
                        "coach Rui Mendes said.")
    match_claims([first])
    assert match_claims([second]) == 0
    assert Claim.objects.get(pk=second.pk).cluster_id is None


def test_the_same_wording_in_two_articles_is_matched_whoever_it_is_attributed_to():
    """Syndicated copy: six outlets printed one statement word for word, some quoting the spokesman and some "the
    statement" (batch 44, docs/extraction.md); no shared counted figure and no shared claimant."""
    wording = ("The Senate categorically denies that any senator collected money from the commission as relief "
               "for any purpose whatsoever")
    first = claim_with(f"“{wording},” Senator Ana Obi said.")
    second = claim_with(f"“{wording},” the statement further read.")
    match_claims([first])
    assert match_claims([second]) == 1
    assert "near-identical wording" in Claim.objects.get(pk=second.pk).cluster_reasons


@pytest.mark.parametrize("first_text, second_text", [
    ("The factory will be closed for three years while the new line is built.",
     "The governor served as mayor of the city for three years before the election."),
    ("The museum's new wing cost 12 million dollars, the architect said.",
     "The club paid 40 million dollars for the striker last summer."),
])
def test_claims_that_share_only_a_unit_of_measure_are_not_one_fact(first_text, second_text):
    """"Three years" or "millions of dollars" are in any two sentences of the news; counting troops or buses
    in common says more."""
    first, second = claim_with(first_text), claim_with(second_text)
    match = similarity(features(first.text, first.figures), features(second.text, second.figures), same_claimant=False)
    assert any(reason.endswith("(a unit of measure: counted half)") for reason in match.reasons)
    match_claims([first])
    assert match_claims([second]) == 0


def test_a_claim_close_to_one_member_but_far_from_what_the_cluster_is_about_does_not_join_it():
    """No chains: each claim that joined a cluster would otherwise bring its own look-alikes (on 989 Reuters
    stories, a cluster of 339 claims about tax brackets, protests and perjury sentences)."""
    buses = claim_with("The city council approved 40 new buses for the northern districts on Tuesday.")
    both = claim_with("The city council approved 40 new buses for the northern districts, and the mayor promised "
                      "12 new stations by March.")
    stations = claim_with("The mayor promised 12 new stations for the light rail line by March, officials said.")
    match_claims([buses])
    assert match_claims([both]) == 1
    assert match_claims([stations]) == 0
    clusters = dict(Claim.objects.values_list("pk", "cluster_id"))
    assert clusters[buses.pk] == clusters[both.pk] is not None
    assert clusters[stations.pk] is None


def test_a_copy_of_a_member_joins_its_cluster_even_when_the_first_claim_is_a_shorter_variant():
    """Syndicated background paragraphs: each outlet trims the sentence its own way."""
    government = SourceFactory(name="Freedonian government")
    short = claim_with("Freedonia has repeatedly said its influence over Sylvania is exaggerated by the West and "
                       "that it already does all it can to enforce sanctions.", claimant=government)
    long = claim_with("Freedonia says its influence over Sylvania is exaggerated by the West, and points to its "
                      "support in the U.N. Security Council for recent sanctions on Sylvania as evidence that it is "
                      "trying to curtail the isolated state's missile program.", claimant=government)
    trimmed = claim_with("Freedonia says its influence over Sylvania is overstated, and points to its support in "
                         "the U.N. Security Council for recent sanctions on Sylvania as evidence that it is trying "
                         "to curtail the isolated state's missile program.", claimant=government)
    for claim in (short, long, trimmed):
        match_claims([claim])
    clusters = {Claim.objects.get(pk=c.pk).cluster_id for c in (short, long, trimmed)}
    assert len(clusters) == 1 and None not in clusters


def test_wording_that_differs_by_a_negation_is_not_matched_on_wording_alone():
    first = claim_with("The commission paid every senator a relief allowance during the pandemic in the capital "
                       "last year, the director of projects said.")
    second = claim_with("The commission never paid every senator a relief allowance during the pandemic in the "
                        "capital last year, the director of projects said.")
    match_claims([first])
    assert match_claims([second]) == 0


def test_a_claim_is_compared_only_with_claims_that_share_its_keys():
    unrelated = claim_with("Sylvania's harvest of wheat reached 2 million tonnes in 2023, the farm ministry said.")
    first = claim_with("Freedonia sent 3,000 troops to the northern border on Monday, defence minister Ivo Rask said.")
    second = claim_with("Defence minister Ivo Rask said Freedonia had sent 3,000 troops to its northern border.")
    index_claims([unrelated, first, second])
    keys = features(second.text, second.figures).keys(None)
    assert _candidate_ids({second.pk: keys}) == {second.pk: [first.pk]}
    assert ClaimKey.objects.filter(claim=second, key="q:troops").exists()


def test_candidates_come_in_the_same_order_whatever_order_the_keys_are_read_in():
    """A set of keys is read in a different order in every process (string hashing), and the same import had
    clustered differently from one run to the next: candidates of equal weight now come newest first."""
    older, newer, owner = (make_claim(text=f"Claim {n}.") for n in range(3))
    ClaimKey.objects.bulk_create([ClaimKey(claim=older, key="t:alpha"), ClaimKey(claim=older, key="t:beta"),
                                  ClaimKey(claim=newer, key="t:beta"), ClaimKey(claim=newer, key="t:gamma")])
    orders = [["t:alpha", "t:beta", "t:gamma"], ["t:gamma", "t:beta", "t:alpha"]]
    found = [_candidate_ids({owner.pk: keys}, batch={owner.pk}) for keys in orders]
    assert found[0] == found[1] == {owner.pk: [newer.pk, older.pk]}


def test_similarity_reports_its_signals():
    a = features("Freedonia sent 3,000 troops on October 3, Ivo Rask said.", extract_figures("3,000 troops on October 3"))
    b = features("Ivo Rask said 3,000 soldiers were sent on Oct. 4.", extract_figures("3,000 soldiers on Oct. 4"))
    match = similarity(a, b, same_claimant=True)
    assert 0 < match.score <= 1
    assert "same claimant" in match.reasons and "both count troops" in match.reasons
    assert "dates within two days" in match.reasons


def test_an_explained_conflict_stays_explained_and_clears_has_conflict(clustered):
    conflict = Conflict.objects.get(kind="quantity", key="troops")
    Conflict.objects.filter(pk=conflict.pk).update(explained=True, note="3,000 in camps vs 8,000 in Kursk")
    find_conflicts(conflict.cluster_id)
    assert Conflict.objects.get(pk=conflict.pk).explained
    troop_claims = {v["claim"] for v in conflict.values}
    assert not Claim.objects.filter(pk__in=troop_claims, has_conflict=True).exclude(
        pk__in=[v["claim"] for c in Conflict.objects.filter(explained=False) for v in c.values]).exists()


def test_rebuild_keeps_confirmed_clusters_and_claims_an_editor_placed(clustered):
    confirmed_id = Claim.objects.exclude(cluster=None).values_list("cluster_id", flat=True).first()
    Cluster.objects.filter(pk=confirmed_id).update(state=Cluster.State.CONFIRMED)
    members = set(Claim.objects.filter(cluster_id=confirmed_id).values_list("id", flat=True))
    loner = Claim.objects.exclude(cluster_id=confirmed_id).exclude(cluster=None).first()
    Claim.objects.filter(pk=loner.pk).update(cluster=None, cluster_locked=True)  # an editor took it out
    rebuild()
    assert set(Claim.objects.filter(cluster_id=confirmed_id).values_list("id", flat=True)) >= members
    assert Claim.objects.get(pk=loner.pk).cluster_id is None


def import_two_reports_of_one_fact(folder):
    for name, text in [("a.txt", "Freedonia sent 3,000 troops to the northern border on Monday, defence minister "
                                 "Ivo Rask said."),
                       ("b.txt", "Defence minister Ivo Rask said Freedonia had sent 3,000 troops to its northern "
                                 "border on Monday.")]:
        (folder / name).write_text(text + "\n", encoding="utf-8")
    call_command("import_articles", str(folder), verbosity=0)


def test_every_import_matches_its_new_claims_by_default(tmp_path):
    import_two_reports_of_one_fact(tmp_path)
    assert Cluster.objects.count() == 1 and Claim.objects.filter(cluster__isnull=False).count() == 2


def test_match_claims_command_matches_what_was_imported_without_matching(settings, tmp_path):
    settings.CLAIMTRACK_MATCH_ON_IMPORT = False
    import_two_reports_of_one_fact(tmp_path)
    assert not ClaimKey.objects.exists() and not Cluster.objects.exists()
    out = io.StringIO()
    call_command("match_claims", stdout=out)
    assert "1 claims matched; 1 clusters hold 2 claims" in out.getvalue()
    out = io.StringIO()
    call_command("match_claims", "--rebuild", stdout=out)
    assert "1 clusters hold 2 claims" in out.getvalue()


def test_matching_needs_a_different_article():
    article = ArticleFactory()
    first = claim_with("Freedonia sent 3,000 troops to the border, Ivo Rask said.", article=article)
    second = claim_with("Freedonia sent 3,000 troops to the border, Ivo Rask said again.", article=article)
    match_claims([first])
    assert match_claims([second]) == 0



def test_a_claim_committed_meanwhile_by_another_importer_is_a_candidate_whatever_its_id():
    """Two importers: the claim with the higher id was matched first, before the other was committed;
    the claim with the lower id, matched next, still finds it."""
    early = claim_with("Freedonia sent 3,000 troops to the northern border on Monday, defence minister Ivo Rask said.")
    late = claim_with("Defence minister Ivo Rask said Freedonia had sent 3,000 troops to its northern border on Monday.")
    assert early.pk < late.pk
    assert match_claims([late]) == 0  # the other claim is not indexed yet
    assert match_claims([early]) == 1
    assert Claim.objects.get(pk=early.pk).cluster_id == Claim.objects.get(pk=late.pk).cluster_id is not None


REPORTS = [
    "Freedonia sent 3,000 troops to the northern border on Monday, defence minister Ivo Rask said.",
    "Defence minister Ivo Rask said Freedonia had sent 3,000 troops to its northern border on Monday.",
    "Freedonia deployed 3,000 troops at the northern border on Monday, according to defence minister Ivo Rask.",
    "On Monday Freedonia sent 5,000 troops to the northern border, defence minister Ivo Rask said.",
]


def cluster_of(*claims) -> Cluster:
    """Claims an earlier matching put in one suggested cluster (indexed, ledger and conflicts built)."""
    cluster = Cluster.objects.create()
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(cluster=cluster)
    index_claims(claims)
    find_conflicts(cluster.pk)
    return cluster


@pytest.mark.parametrize(("largest_merged", "clusters_left"), [(100, 1), (1, 2)])
def test_a_claim_linking_two_suggested_clusters_merges_them_unless_both_are_large(
        monkeypatch, largest_merged, clusters_left):
    from claims import matching

    monkeypatch.setattr(matching, "AUTO_MERGE_MAX", largest_merged)
    cluster_of(claim_with(REPORTS[0]), claim_with(REPORTS[1]))
    cluster_of(claim_with(REPORTS[2]), claim_with(REPORTS[2] + " Reinforcements followed."))
    bridge = claim_with(REPORTS[1].replace("Monday", "Monday night"))
    assert match_claims([bridge]) == 1
    assert Cluster.objects.filter(claims__isnull=False).distinct().count() == clusters_left
    assert Claim.objects.get(pk=bridge.pk).cluster_id is not None


def test_a_merge_flags_every_member_stating_a_figure_that_now_disagrees(monkeypatch):
    """The ledger keeps a sample of each value; members outside it are still flagged, through their keys."""
    from claims import matching

    monkeypatch.setattr(matching, "MAX_ENTRIES_PER_VALUE", 1)
    same = [claim_with(REPORTS[0]), claim_with(REPORTS[1])]
    first = cluster_of(*same)
    assert len(Cluster.objects.get(pk=first.pk).figures["quantity|troops"]) == 1  # one of the two kept
    cluster_of(claim_with(REPORTS[3]), claim_with(REPORTS[3].replace("On Monday", "On Monday morning")))
    bridge = claim_with(REPORTS[2])
    assert match_claims([bridge]) == 1
    assert Cluster.objects.filter(claims__isnull=False).distinct().count() == 1
    conflict = Conflict.objects.get(kind="quantity", key="troops")
    assert {v["value"] for v in conflict.values} == {"3,000", "5,000"}
    assert set(Claim.objects.filter(has_conflict=True).values_list("pk", flat=True)) >= {c.pk for c in same}


def test_when_matching_fails_the_import_stays_and_match_claims_catches_up(monkeypatch, tmp_path):
    from django.db import DatabaseError

    from sources.importer import pipeline

    def broken(claims):
        raise DatabaseError("deadlock detected")

    monkeypatch.setattr(pipeline, "match_claims", broken)
    import_two_reports_of_one_fact(tmp_path)
    assert Claim.objects.count() == 2 and not Cluster.objects.exists()
    monkeypatch.undo()
    call_command("match_claims", verbosity=0)
    assert Cluster.objects.count() == 1 and Claim.objects.filter(cluster__isnull=False).count() == 2
