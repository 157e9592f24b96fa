"""Admin building blocks shared by the apps."""

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property
from django.utils.html import format_html

from tracker.db import in_order


class ReadOnlyMixin:
    """For records nobody edits in the admin: history, merges, import runs."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(ReadOnlyMixin, admin.ModelAdmin):
    pass


class EstimatedCountPaginator(Paginator):
    """Counts an unfiltered list of a large PostgreSQL table from the planner's statistics.

    An exact count(*) of a million claims costs ~50 ms on PostgreSQL on every page of the list; the
    page links need only its size. Filtered lists, small tables and SQLite (whose count of a whole
    table is a few milliseconds) are counted exactly.
    """

    EXACT_BELOW = 100_000

    @cached_property
    def count(self) -> int:
        query = getattr(self.object_list, "query", None)
        if query is not None and not query.where:
            connection = connections[self.object_list.db]
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                                   [query.model._meta.db_table])
                    row = cursor.fetchone()
                if row and row[0] >= self.EXACT_BELOW:
                    return row[0]
        return super().count


class KnownCountPaginator(Paginator):
    """A paginator told its count (one the database keeps) instead of counting the rows."""

    def __init__(self, object_list, per_page, *, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.__dict__["count"] = count  # Paginator.count is a cached_property


class CappedCountPaginator(Paginator):
    """Counts at most CAP rows: a search for a common word matches half a million claims, and counting
    them all cost more than the page (0.2 s on SQLite, 0.6 s on PostgreSQL). `capped` says there are more."""

    CAP = 10_000

    @cached_property
    def count(self) -> int:
        counted = self.object_list[:self.CAP + 1].count()
        self.capped = counted > self.CAP
        return min(counted, self.CAP)


class PageFirstChangeList(ChangeList):
    """Reads a page's ids from the filtered, ordered table alone, then the page's rows with their joins.

    With the joins of list_select_related in the page query, SQLite started a million-claim list from the
    articles and sorted every claim (seconds); the ids alone come straight off the ordering's index.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(self.paginator, "capped", False):
            self.title = f"The newest {self.paginator.count:,} of more matches: narrow the search or add a filter"

    def get_results(self, request):
        super().get_results(request)
        ids = list(self.result_list.values_list("pk", flat=True))
        self.result_list = in_order(self.apply_select_related(self.root_queryset), ids)


class OutletFilter(admin.SimpleListFilter):
    """Outlets that published something (from their kept article count), not a scan of every row."""

    title = "outlet"
    parameter_name = "outlet"
    field = "outlet_id"

    def lookups(self, request, model_admin):
        from sources.models import Source

        return list(Source.objects.filter(article_count__gt=0).order_by("name").values_list("id", "name"))

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        # An id a database can hold (ASCII digits: "²".isdigit() is true), else nothing matches.
        if value.isascii() and value.isdigit() and int(value) < 2**63:
            return queryset.filter(**{self.field: int(value)})
        return queryset.none()


class ClaimantFilter(OutletFilter):
    """The most quoted claimants (from their kept claim counts); any source id works in the URL."""

    title = "claimant"
    parameter_name = "claimant"
    field = "claimant_id"
    SHOWN = 30

    def lookups(self, request, model_admin):
        from sources.models import Source

        return list(Source.objects.filter(claim_count__gt=0).order_by("-claim_count", "id")
                    .values_list("id", "name")[:self.SHOWN])


def safe_link(url: str, text: str) -> str:
    """A link when `url` is http or https; anything else (javascript:, data:, relative) as plain text."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return format_html('<a href="{}" rel="noopener noreferrer nofollow">{}</a>', url, text)
    return format_html("{}", text)
