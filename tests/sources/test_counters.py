"""The counts lists show are kept by the database, in the same transaction as the change, whoever writes."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Q
from django.utils import timezone

from claims.models import Claim, Origin, Status
from claims.services import Actor, claim_set_status, claim_update
from sources.importer.pipeline import ArticleImporter
from sources.models import Article, Source
from sources.services import counters_recount, source_merge
from tests.conftest import counts_now
from tests.factories import ArticleFactory, SourceFactory, make_claims

pytestmark = pytest.mark.django_db
ACTOR = Actor(origin=Origin.SYSTEM, name="tests")


def true_counts():
    sources = {s.pk: (s.article_count, s.claim_count) for s in Source.objects.all()}
    counted = {s["pk"]: (s["a"], s["c"]) for s in Source.objects.values("pk").annotate(
        a=Count("articles", distinct=True), c=Count("claims", distinct=True))}
    articles = {a.pk: a.claim_count for a in Article.objects.all()}
    present = {a["pk"]: a["n"] for a in Article.objects.values("pk").annotate(
        n=Count("claims", filter=Q(claims__present=True)))}
    return sources, counted, articles, present


def assert_counters_right():
    sources, counted, articles, present = true_counts()
    assert sources == counted
    assert articles == present
    drift = counters_recount(dry_run=True)
    assert set(drift.values()) == {0}, drift  # every counter and roll-up, clusters' too


def test_imported_seeds_have_right_counts(seeded):
    assert_counters_right()
    busiest = Source.objects.order_by("-claim_count").first()
    assert busiest.claim_count == Claim.objects.filter(claimant=busiest).count() > 0
    assert sum(Source.objects.values_list("article_count", flat=True)) == Article.objects.count() == 5


def test_retired_restored_and_moved_claims_are_counted(db):
    person, other = SourceFactory(name="Ivan Halas", kind="person"), SourceFactory(name="Olena Marko", kind="person")
    article = ArticleFactory()
    claims = make_claims(article, count=3, claimant=person)
    assert Article.objects.get(pk=article.pk).claim_count == 3
    claim_update(claim_id=claims[0].pk, actor=ACTOR, reason="gone", present=False)
    claim_update(claim_id=claims[1].pk, actor=ACTOR, reason="reattributed", claimant=other)
    assert Article.objects.get(pk=article.pk).claim_count == 2
    assert (Source.objects.get(pk=person.pk).claim_count, Source.objects.get(pk=other.pk).claim_count) == (2, 1)
    claim_update(claim_id=claims[0].pk, actor=ACTOR, reason="back", present=True)
    assert Article.objects.get(pk=article.pk).claim_count == 3
    assert_counters_right()


def test_a_merge_moves_the_counts(db):
    outlet, copy = SourceFactory(name="Kyiv Post"), SourceFactory(name="KyivPost")
    make_claims(ArticleFactory(outlet=copy), count=2, claimant=copy)
    make_claims(ArticleFactory(outlet=outlet), count=1)
    source_merge(source=copy, into=outlet, actor=ACTOR)
    outlet.refresh_from_db()
    assert (outlet.article_count, outlet.claim_count) == (2, 2)
    assert_counters_right()


def test_saving_a_stale_instance_never_writes_a_count_back(db):
    outlet = SourceFactory(name="Reuters")
    stale = Source.objects.get(pk=outlet.pk)
    make_claims(ArticleFactory(outlet=outlet), count=2)
    stale.description = "News agency."
    stale.save()  # read before the article came: must not put article_count back to 0
    assert Source.objects.get(pk=outlet.pk).article_count == 1


def test_status_changes_leave_the_counts_alone(db):
    claim = make_claims(ArticleFactory(), count=1, claimant=SourceFactory(name="Ivan Halas"))[0]
    claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note="Checked with the ministry.", actor=ACTOR)
    assert_counters_right()


def test_the_database_refuses_a_negative_count(db):
    from django.db import IntegrityError, transaction

    source = SourceFactory(name="Reuters")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.filter(pk=source.pk).update(claim_count=-1)


def test_recount_finds_and_repairs_drift(db):
    outlet = SourceFactory(name="Reuters")
    article = ArticleFactory(outlet=outlet)
    make_claims(article, count=2)
    Source.objects.filter(pk=outlet.pk).update(article_count=7)  # e.g. a restore from an old dump
    Article.objects.filter(pk=article.pk).update(claim_count=0)
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_status:
        call_command("recount", "--dry-run", stdout=out)
    assert exit_status.value.code == 1
    assert "sources_source.article_count: 1 rows differed" in out.getvalue()
    assert Source.objects.get(pk=outlet.pk).article_count == 7  # a dry run writes nothing
    call_command("recount", stdout=io.StringIO())
    assert_counters_right()
    assert set(counters_recount(dry_run=True).values()) == {0}


def test_recount_help_and_bad_arguments():
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("recount", "--format", "xml")


def test_concurrent_imports_and_status_changes_keep_every_count(live_db, tmp_path):
    """Three importers and a reviewer at once; outlets quote each other as claimants."""
    names = ["Reuters", "Kyiv Post", "Euronews"]
    outlets = [Source.objects.create(name=name, kind="outlet") for name in names]
    manifest = {}
    from sources.importer.manifest import ManifestEntry

    for i in range(24):
        quoted = names[(i + 1) % 3]
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"{quoted} reported on Monday that {100 + i} ships were waiting off Odesa.\n"
                        f"Minister Ivan Halas said {i + 3} vessels left the port on Tuesday.\n")
        manifest[path.name] = ManifestEntry(outlet=names[i % 3])
    seed = make_claims(ArticleFactory(outlet=outlets[0]), count=30)
    errors = []

    def guarded(work):
        try:
            work()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    def review():
        for claim in seed:
            claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note="Checked with the port.", actor=ACTOR)

    threads = [threading.Thread(target=guarded, args=(lambda: list(ArticleImporter(
        manifest=manifest, started_by="thread").run([tmp_path])),)) for _ in range(3)]
    threads.append(threading.Thread(target=guarded, args=(review,)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Article.objects.count() == 25
    assert_counters_right()
    assert sum(Source.objects.filter(pk__in=[o.pk for o in outlets]).values_list("article_count", flat=True)) == 25


def test_cluster_counts_follow_matching_verdicts_retirements_and_merges(seeded):
    from claims.matching import match_unindexed
    from claims.models import Cluster
    from claims.services import cluster_remove_claim, cluster_set_status

    match_unindexed()
    assert_counters_right()
    cluster = Cluster.objects.order_by("-id").filter(claim_count__gte=2).first()
    members = list(Claim.objects.filter(cluster=cluster, present=True).order_by("id"))
    cluster_set_status(cluster_id=cluster.pk, status=Status.VERIFIED, note="Checked with the ministry.", actor=ACTOR)
    cluster.refresh_from_db()
    assert (cluster.claim_count, cluster.verified_count, cluster.unverified_count) == (len(members), len(members), 0)
    assert cluster.article_count == len({m.article_id for m in members})
    claim_update(claim_id=members[0].pk, actor=ACTOR, reason="gone", present=False)
    cluster_remove_claim(claim_id=members[1].pk, actor=ACTOR, reason="not the same assertion")
    cluster.refresh_from_db()
    assert cluster.claim_count == cluster.verified_count == len(members) - 2
    assert_counters_right()
    outlets = list(Source.objects.filter(articles__claims__cluster=cluster, articles__claims__present=True)
                   .distinct())
    assert len(outlets) == cluster.outlet_count >= 2
    source_merge(source=outlets[0], into=outlets[1], actor=ACTOR)  # their articles change outlet
    cluster.refresh_from_db()
    assert cluster.outlet_count == len(outlets) - 1
    assert_counters_right()


def test_recount_rebuilds_a_damaged_rollup(seeded):
    from claims.matching import match_unindexed

    match_unindexed()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM claims_clusteroutlet")
    drift = counters_recount(dry_run=True)
    assert drift["claims_clusteroutlet"] > 0
    counters_recount()
    assert_counters_right()


def test_claims_by_status_are_counted_for_the_dashboard(seeded):
    from claims.models import StatusCount

    claim = Claim.objects.order_by("id").first()
    claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note="Checked with the ministry.", actor=ACTOR)
    counts_now()
    kept = dict(StatusCount.objects.values_list("id", "claim_count"))
    counted = {status: Claim.objects.filter(status=status).count() for status in Status.values}
    assert kept == counted and counted["verified"] == 1
    StatusCount.objects.filter(id="verified").delete()  # a restore that lost a row: recount brings it back
    assert counters_recount(dry_run=True)["claims_statuscount rows"] == 1
    counters_recount()
    assert dict(StatusCount.objects.values_list("id", "claim_count")) == counted


def test_a_claim_inserted_and_judged_in_one_transaction_is_counted_once(live_db):
    """PostgreSQL counts a new claim at commit but its verdict at once: the two must meet at commit."""
    from django.db import transaction

    from claims.models import StatusCount

    with transaction.atomic():
        claim = make_claims(ArticleFactory(), count=2)[0]
        claim_set_status(claim_id=claim.pk, status=Status.VERIFIED, note="Checked with the ministry.", actor=ACTOR)
    kept = dict(StatusCount.objects.values_list("id", "claim_count"))
    assert kept == {"verified": 1, "unverified": 1, "contradicted": 0}


def test_claims_written_straight_into_a_cluster_are_counted(db):
    """The counter triggers skip statements that touch no clustered claim (an import's); a bulk insert of
    claims that already belong to a cluster, with and without a claimant, must still count every one."""
    from claims.models import Cluster
    from tracker.db import bulk_insert

    cluster = Cluster.objects.create()
    first, second = ArticleFactory(), ArticleFactory()
    claimant = SourceFactory(kind="person")
    now = timezone.now()
    bulk_insert(Claim, [Claim(article=article, text="Ten thousand troops arrived.", start=0, end=10,
                              fingerprint=f"f{i}", cluster=cluster, claimant=claimant if i else None,
                              status=Status.VERIFIED if i == 2 else Status.UNVERIFIED, status_changed_at=now,
                              created_at=now, updated_at=now)
                        for i, article in enumerate([first, first, second])])
    counts_now()
    cluster.refresh_from_db()
    assert (cluster.claim_count, cluster.verified_count, cluster.unverified_count) == (3, 1, 2)
    assert (cluster.article_count, cluster.outlet_count) == (2, len({first.outlet_id, second.outlet_id}))
    assert Source.objects.get(pk=claimant.pk).claim_count == 2
    assert_counters_right()
