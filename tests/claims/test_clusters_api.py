"""/api/v1/clusters/ and the cluster fields and filters of /api/v1/claims/."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Cluster, Conflict

pytestmark = pytest.mark.django_db


@pytest.fixture
def clustered(seeded):
    """The seeds imported, then matched as `make run` does (manage.py match_claims)."""
    from claims.matching import match_unindexed

    match_unindexed()


def test_clusters_list_the_seeds_repeated_assertions_with_their_conflicts(clustered, api):
    response = api.get("/api/v1/clusters/?has_conflict=true")
    assert response.status_code == 200
    clusters = response.json()["results"]
    assert clusters
    summaries = [c["summary"] for cluster in clusters for c in cluster["conflicts"]]
    assert any("October 13" in s and "Oct.14" in s for s in summaries)
    for cluster in clusters:
        assert cluster["has_conflict"] and cluster["article_count"] >= 2 and cluster["state"] == "suggested"
        assert sum(cluster["status_summary"].values()) == cluster["claim_count"] >= len(cluster["claims"])
        assert {"id", "text", "status", "outlet", "claimant", "article"} <= set(cluster["claims"][0])


def test_the_cluster_list_costs_the_same_queries_for_one_cluster_or_many(clustered, api):
    counts = []
    for page_size in (1, 50):
        with CaptureQueriesContext(connection) as queries:
            assert api.get(f"/api/v1/clusters/?page_size={page_size}").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 5


def test_a_cluster_detail_has_an_etag_that_changes_when_its_members_change(clustered, api):
    cluster = Cluster.objects.filter(claims__isnull=False).first()
    first = api.get(f"/api/v1/clusters/{cluster.pk}/")
    assert first.status_code == 200 and first["ETag"]
    from claims.matching import find_conflicts

    find_conflicts(cluster.pk)
    assert api.get(f"/api/v1/clusters/{cluster.pk}/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_claims_carry_their_cluster_and_can_be_filtered_by_it(clustered, api):
    claim = Claim.objects.exclude(cluster=None).first()
    rows = api.get(f"/api/v1/claims/?cluster={claim.cluster_id}").json()["results"]
    assert {row["cluster"] for row in rows} == {claim.cluster_id} and len(rows) >= 2
    conflicting = api.get("/api/v1/claims/?has_conflict=true").json()["results"]
    assert conflicting and all(row["has_conflict"] for row in conflicting)
    assert api.get("/api/v1/claims/?has_conflict=false").json()["results"][0]["has_conflict"] is False


@pytest.mark.parametrize("query", ["state=merged", "has_conflict=maybe", "cluster=abc", "clusterr=1"])
def test_bad_cluster_filters_are_a_400(clustered, api, query):
    endpoint = "/api/v1/claims/" if query.startswith("cluster") else "/api/v1/clusters/"
    response = api.get(f"{endpoint}?{query}")
    assert response.status_code == 400 and response.json()["detail"]


def test_an_explained_conflict_no_longer_marks_the_cluster(clustered, api):
    conflict = Conflict.objects.get(kind="quantity", key="troops")
    Conflict.objects.filter(cluster=conflict.cluster).update(explained=True, note="different things counted")
    ids = {c["id"] for c in api.get("/api/v1/clusters/?has_conflict=true").json()["results"]}
    assert conflict.cluster_id not in ids


def test_a_large_cluster_shows_its_first_claims_and_counts_all_of_them(db, api):
    """A story told by many outlets is one big cluster: lists show a few claims, the detail more, the
    counts cover all, and claims_url pages through every one."""
    from claims.api.serializers import ClusterSerializer
    from tests.factories import ArticleFactory, SourceFactory, make_claims

    cluster = Cluster.objects.create()
    outlets = [SourceFactory() for _ in range(3)]
    claims = [make_claims(ArticleFactory(outlet=outlets[i % 3]), text=f"Claim {i} about 40 ships.")[0]
              for i in range(ClusterSerializer.CLAIMS_IN_LIST + 3)]
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(cluster=cluster)
    Claim.objects.filter(pk=claims[0].pk).update(present=False)  # retired claims are not counted
    listed = api.get("/api/v1/clusters/").json()["results"][0]
    assert [c["id"] for c in listed["claims"]] == [c.pk for c in claims[1:ClusterSerializer.CLAIMS_IN_LIST + 1]]
    assert (listed["claim_count"], listed["article_count"], listed["outlet_count"]) == (len(claims) - 1,) * 2 + (3,)
    assert listed["status_summary"] == {"verified": 0, "unverified": len(claims) - 1, "contradicted": 0}
    detail = api.get(f"/api/v1/clusters/{cluster.pk}/").json()
    assert [c["id"] for c in detail["claims"]] == [c.pk for c in claims[1:]]
    every = api.get(detail["claims_url"] + "&present=true").json()["results"]
    assert [c["id"] for c in every] == [c.pk for c in claims[1:]]


def test_the_direct_cluster_representation_is_what_the_declared_fields_give(clustered):
    from rest_framework import serializers as drf
    from rest_framework.request import Request
    from rest_framework.test import APIRequestFactory

    from claims.api.serializers import ClusterSerializer, ConflictSerializer
    from claims.selectors import cluster_queryset

    context = {"request": Request(APIRequestFactory().get("/api/v1/clusters/", HTTP_HOST="localhost"))}
    clusters = list(cluster_queryset())
    assert clusters and Conflict.objects.exists()
    for cluster in clusters:
        serializer = ClusterSerializer(cluster, context=context)
        serializer.load([cluster])
        direct, declared = serializer.data, drf.ModelSerializer.to_representation(serializer, cluster)
        assert list(direct.items()) == list(declared.items())
    for conflict in Conflict.objects.all():
        serializer = ConflictSerializer(conflict)
        assert serializer.data == drf.ModelSerializer.to_representation(serializer, conflict)
