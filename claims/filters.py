"""Query filters for /api/v1/claims/. Each is backed by an index (see claims.models.Claim.Meta.indexes)."""

import django_filters
from django.db import connection
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
        field_name="updated_at", method="changed_since",
        help_text="ISO 8601; for clients polling for changes (ordering=updated_at walks them in order).",
    )
    created_after = UtcDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = UtcDateTimeFilter(field_name="created_at", lookup_expr="lt")

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

    def changed_since(self, queryset, name, value):
        if connection.vendor == "sqlite":
            # SQLite cannot tell how many claims a time range holds, and for the default id order it walked
            # every claim to find the few changed in the last hour (230 ms at 1M claims); reading the
            # range from the updated_at index first keeps a poll proportional to what changed.
            return queryset.filter(id__in=Claim.objects.filter(updated_at__gte=value).values("id"))
        return queryset.filter(updated_at__gte=value)


class ClusterFilter(FilterSet):
    state = django_filters.ChoiceFilter(choices=Cluster.State.choices)
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
