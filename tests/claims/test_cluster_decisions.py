"""Editors' cluster decisions: recorded in each claim's history, never undone by re-matching."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from claims.matching import match_unindexed, rebuild
from claims.models import Claim, ClaimEvent, Cluster, Conflict, Origin
from claims.services import (
    Actor,
    cluster_confirm,
    cluster_merge,
    cluster_move_claim,
    cluster_remove_claim,
    conflict_explain,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def clustered(seeded):
    match_unindexed()


@pytest.fixture
def eddie(editor):
    return Actor(origin=Origin.ADMIN, user=editor)


def last_event(claim_id: int) -> ClaimEvent:
    return ClaimEvent.objects.filter(claim_id=claim_id).latest("id")


def two_clusters():
    return list(Cluster.objects.filter(claims__isnull=False).distinct().order_by("id")[:2])


def test_confirming_a_cluster_is_in_every_member_history_and_survives_a_rebuild(clustered, eddie):
    cluster = two_clusters()[0]
    members = set(cluster.claims.values_list("id", flat=True))
    cluster_confirm(cluster_id=cluster.pk, actor=eddie)
    assert Cluster.objects.get(pk=cluster.pk).state == "confirmed"
    for claim_id in members:
        event = last_event(claim_id)
        assert event.action == "cluster_changed" and event.actor_name == "eddie" and "confirmed" in event.reason
    rebuild()
    assert set(Claim.objects.filter(cluster=cluster).values_list("id", flat=True)) >= members


def test_a_claim_taken_out_stays_out_after_a_rebuild_and_a_re_import(clustered, eddie):
    claim = Claim.objects.exclude(cluster=None).first()
    old = claim.cluster_id
    cluster_remove_claim(claim_id=claim.pk, actor=eddie)
    assert last_event(claim.pk).changes == {"cluster": [old, None]}
    rebuild()
    call_command("import_articles", "seeds", stdout=io.StringIO())
    match_unindexed()
    claim.refresh_from_db()
    assert claim.cluster_id is None and claim.cluster_locked


def test_a_moved_claim_stays_where_the_editor_put_it(clustered, eddie):
    first, second = two_clusters()
    claim = first.claims.first()
    cluster_move_claim(claim_id=claim.pk, cluster_id=second.pk, actor=eddie)
    rebuild()
    assert Claim.objects.get(pk=claim.pk).cluster_id == second.pk
    assert "moved from cluster" in last_event(claim.pk).reason


def test_merging_two_clusters_moves_every_claim_and_survives_a_rebuild(clustered, eddie):
    first, second = two_clusters()
    moved = set(second.claims.values_list("id", flat=True))
    cluster_merge(cluster_id=second.pk, into_id=first.pk, actor=eddie)
    assert not Cluster.objects.filter(pk=second.pk).exists()
    rebuild()
    assert set(Claim.objects.filter(cluster=first).values_list("id", flat=True)) >= moved
    with pytest.raises(ValidationError):
        cluster_merge(cluster_id=first.pk, into_id=first.pk, actor=eddie)


def test_an_explained_conflict_stays_explained_after_a_rebuild_and_clears_its_claims(clustered, eddie):
    conflict = Conflict.objects.get(kind="quantity", key="troops")
    conflict_explain(conflict_id=conflict.pk, actor=eddie,
                     note="3,000 in training camps and 8,000 in Kursk count different things")
    involved = {value["claim"] for value in conflict.values}
    assert not Claim.objects.filter(pk__in=involved, has_conflict=True).exists()
    assert "conflict explained" in last_event(min(involved)).reason
    rebuild()
    assert Conflict.objects.get(pk=conflict.pk).explained


def test_an_explanation_needs_a_real_note(clustered, eddie):
    conflict = Conflict.objects.first()
    with pytest.raises(ValidationError):
        conflict_explain(conflict_id=conflict.pk, note="  ok ", actor=eddie)
    assert not Conflict.objects.get(pk=conflict.pk).explained


def test_the_audit_chains_stay_intact_after_cluster_decisions(clustered, eddie):
    first, second = two_clusters()
    cluster_confirm(cluster_id=first.pk, actor=eddie)
    cluster_merge(cluster_id=second.pk, into_id=first.pk, actor=eddie)
    out = io.StringIO()
    call_command("verify_audit", stdout=out)
    assert "Audit OK" in out.getvalue()


def test_editors_confirm_clusters_and_explain_conflicts_in_the_admin(clustered, client, editor):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    cluster = two_clusters()[0]
    response = client.post("/admin/claims/cluster/", {"action": "confirm_action", "_selected_action": [cluster.pk]})
    assert response.status_code == 302 and Cluster.objects.get(pk=cluster.pk).state == "confirmed"
    conflict = Conflict.objects.first()
    response = client.post(f"/admin/claims/conflict/{conflict.pk}/change/",
                           {"note": "Two outlets counted different units of the same army."})
    assert response.status_code == 302 and Conflict.objects.get(pk=conflict.pk).explained


def test_editors_move_a_claim_to_another_cluster_in_the_admin(clustered, client, editor):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    first, second = two_clusters()
    claim = first.claims.first()
    form = client.post("/admin/claims/claim/", {"action": "move_to_cluster_action", "_selected_action": [claim.pk]})
    assert form.status_code == 200 and b"Move to another cluster" in form.content
    response = client.post("/admin/claims/claim/", {"action": "move_to_cluster_action", "_selected_action": [claim.pk],
                                                    "apply": "1", "cluster": second.pk})
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).cluster_id == second.pk
    assert last_event(claim.pk).actor_name == "eddie"
    bad = client.post("/admin/claims/claim/", {"action": "move_to_cluster_action", "_selected_action": [claim.pk],
                                               "apply": "1", "cluster": 999999})
    assert bad.status_code == 200 and Claim.objects.get(pk=claim.pk).cluster_id == second.pk
