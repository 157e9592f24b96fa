"""One verdict for a whole cluster (service, API, admin) and claims that join a decided cluster."""

import pytest

from claims.matching import match_claims, match_unindexed
from claims.models import Claim, ClaimEvent, Cluster, Origin, VerificationStatus
from claims.services import Actor, ClusterVersionConflict, cluster_set_status
from sources.importer.extraction import extract_figures
from tests.factories import make_claim

pytestmark = pytest.mark.django_db
NOTE = "Checked against the ministry's own published figures."
EVIDENCE = [{"url": "https://example.org/figures", "note": "ministry table"}]


@pytest.fixture
def clustered(seeded):
    match_unindexed()


def a_cluster() -> Cluster:
    return Cluster.objects.filter(claims__isnull=False).distinct().order_by("id").first()


def test_one_verdict_gives_every_claim_its_own_verdict_and_history_entry(clustered, reviewer):
    cluster = a_cluster()
    members = list(cluster.claims.values_list("id", flat=True))
    changes = cluster_set_status(cluster_id=cluster.pk, status="contradicted", note=NOTE, evidence=EVIDENCE,
                                 actor=Actor(origin=Origin.ADMIN, user=reviewer))
    assert len(changes) == len(members) and all(c.changed for c in changes)
    assert set(Claim.objects.filter(pk__in=members).values_list("status", flat=True)) == {"contradicted"}
    assert VerificationStatus.objects.filter(claim_id__in=members, status="contradicted").count() == len(members)
    for claim_id in members:
        event = ClaimEvent.objects.filter(claim_id=claim_id).latest("id")
        assert event.to_status == "contradicted" and f"cluster #{cluster.pk}" in event.reason
    assert Cluster.objects.get(pk=cluster.pk).verdict == "contradicted"


def test_a_claim_joining_a_decided_cluster_needs_review_and_is_not_changed(reviewer):
    first = make_claim(text="Freedonia sent 3,000 troops to the northern border on Monday, minister Ivo Rask said.")
    second = make_claim(text="Minister Ivo Rask said Freedonia had sent 3,000 troops to its northern border on Monday.")
    for claim in (first, second):
        Claim.objects.filter(pk=claim.pk).update(figures=extract_figures(claim.text))
    match_claims(list(Claim.objects.filter(pk__in=[first.pk, second.pk])))
    cluster_id = Claim.objects.get(pk=first.pk).cluster_id
    cluster_set_status(cluster_id=cluster_id, status="verified", note=NOTE,
                       actor=Actor(origin=Origin.ADMIN, user=reviewer))
    late = make_claim(text="Freedonia's minister Ivo Rask said 3,000 troops were sent to the northern border on Monday.")
    Claim.objects.filter(pk=late.pk).update(figures=extract_figures(late.text))
    match_claims([Claim.objects.get(pk=late.pk)])
    late.refresh_from_db()
    assert late.cluster_id == cluster_id
    assert (late.status, late.needs_review, late.suggested_status) == ("unverified", True, "verified")


def test_a_stale_cluster_version_is_refused(clustered, reviewer):
    cluster = a_cluster()
    with pytest.raises(ClusterVersionConflict):
        cluster_set_status(cluster_id=cluster.pk, status="verified", note=NOTE, expected_version=cluster.version + 5,
                           actor=Actor(origin=Origin.ADMIN, user=reviewer))


def test_reviewers_give_a_cluster_one_verdict_through_the_api(clustered, reviewer_api):
    cluster = a_cluster()
    etag = reviewer_api.get(f"/api/v1/clusters/{cluster.pk}/")["ETag"]
    response = reviewer_api.post(f"/api/v1/clusters/{cluster.pk}/status/", {"status": "verified", "note": NOTE},
                                 format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["verdict"] == "verified" and body["status_summary"]["verified"] == body["claim_count"] == len(body["claims"])
    assert response["ETag"] != etag
    stale = reviewer_api.post(f"/api/v1/clusters/{cluster.pk}/status/", {"status": "unverified"}, format="json",
                              HTTP_IF_MATCH=etag)
    assert stale.status_code == 412 and stale["ETag"] == response["ETag"]


@pytest.mark.parametrize("payload,field", [({"status": "verified", "note": "short"}, "note"),
                                           ({"status": "contradicted", "note": NOTE}, "evidence"),
                                           ({"status": "maybe"}, "status"),
                                           ({"status": "verified", "note": NOTE, "extra": 1}, "extra")])
def test_a_bad_cluster_verdict_is_a_400_and_changes_nothing(clustered, reviewer_api, payload, field):
    cluster = a_cluster()
    response = reviewer_api.post(f"/api/v1/clusters/{cluster.pk}/status/", payload, format="json")
    assert response.status_code == 400 and field in response.json()
    assert not Claim.objects.filter(cluster=cluster).exclude(status="unverified").exists()


def test_readers_and_anonymous_clients_cannot_give_a_cluster_a_verdict(clustered, api):
    cluster = a_cluster()
    assert api.post(f"/api/v1/clusters/{cluster.pk}/status/", {"status": "verified", "note": NOTE},
                    format="json").status_code in (401, 403)


def test_claims_that_need_review_are_a_filter(clustered, api):
    claim = Claim.objects.exclude(cluster=None).first()
    Claim.objects.filter(pk=claim.pk).update(needs_review=True, suggested_status="verified")
    rows = api.get("/api/v1/claims/?needs_review=true").json()["results"]
    assert [row["id"] for row in rows] == [claim.pk] and rows[0]["suggested_status"] == "verified"


def test_reviewers_give_clusters_a_verdict_in_the_admin(clustered, client, reviewer):
    reviewer.is_staff = True
    reviewer.save()
    client.force_login(reviewer)
    cluster = a_cluster()
    response = client.post("/admin/claims/cluster/", {"action": "set_status_action", "_selected_action": [cluster.pk],
                                                      "apply": "1", "status": "verified", "note": NOTE,
                                                      "evidence": ""})
    assert response.status_code == 302
    assert set(Claim.objects.filter(cluster=cluster).values_list("status", flat=True)) == {"verified"}
