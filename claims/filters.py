"""Query filters for /api/v1/claims/. Each is backed by an index (see claims.models.Claim.Meta.indexes)."""

import django_filters
from django.db.models import Exists, OuterRef
from django.http import QueryDict

from claims.models import Claim, Cluster, Conflict, Status
from claims.selectors import claim_search
from tracker.filters import FilterSet, IdFilter, SearchFilter, StrictBooleanFilter, UtcDateTimeFilter


class ClaimFilter(FilterSet):
    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, distinct=False,  # a column of the claim itself: no join, no duplicates
        help_text="Repeatable or comma-separated: status=verified,contradicted"
    )
    article = IdFilter(field_name="article_id", help_text="Article id.")
    outlet = IdFilter(field_name="article__outlet_id", help_text="Outlet (source) id.")
    claimant = IdFilter(field_name="claimant_id", help_text="Claimant (source) id.")
    present = StrictBooleanFilter(help_text="false: claims no longer in their article's text.")
    cluster = IdFilter(field_name="cluster_id", help_text="Cluster id: the same assertion in other articles.")
    has_conflict = StrictBooleanFilter(help_text="true: claims in an unexplained conflict of figures or dates.")
    needs_review = StrictBooleanFilter(help_text="true: claims that joined a cluster after its verdict.")
    q = SearchFilter(method="search", max_length=200,
                                  help_text="Search claim text, claimant name and article title.")
    updated_since = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="gte",
        help_text="ISO 8601; for clients polling for changes, which then come in updated_at order by default.",
    )
    created_after = UtcDateTimeFilter(field_name="created_at", lookup_expr="gte",
                                      help_text="Claims created at or after this time (ISO 8601).")
    created_before = UtcDateTimeFilter(field_name="created_at", lookup_expr="lt",
                                       help_text="Claims created before this time (ISO 8601).")

    class Meta:
        model = Claim
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and "status" in data:
            data = data.copy() if isinstance(data, QueryDict) else QueryDict(mutable=True)
            values = [part.strip() for raw in data.getlist("status") for part in raw.split(",") if part.strip()]
            data.setlist("status", values)
        super().__init__(data, *args, **kwargs)

    def search(self, queryset, name, value):
        return claim_search(queryset, value)


class ClusterFilter(FilterSet):
    state = django_filters.ChoiceFilter(choices=Cluster.State.choices,
                                        help_text="suggested: found by matching; confirmed: an editor agreed.")
    has_conflict = StrictBooleanFilter(method="conflicting", help_text="true: clusters with an unexplained conflict.")
    q = SearchFilter(method="search", max_length=200, help_text="Search the text of the cluster's claims.")

    class Meta:
        model = Cluster
        fields = []

    def conflicting(self, queryset, name, value):
        unexplained = Exists(Conflict.objects.filter(cluster=OuterRef("pk"), explained=False))
        return queryset.filter(unexplained) if value else queryset.exclude(unexplained)

    def search(self, queryset, name, value):
        return queryset.filter(pk__in=claim_search(Claim.objects.exclude(cluster=None), value).values("cluster_id"))
