"""Pagination that never skips or repeats a row while rows are added during a walk.

The cursor holds the full sort key of the last row seen: the ordering field's value and the id that breaks
ties. The next page is the rows after that key, so rows inserted anywhere (inside a group of equal values
too: every claim of one import shares its status_changed_at) never shift what a client has not seen yet.
DRF's CursorPagination keeps only the first field and counts ties by offset, which rows inserted into the
tie group move.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime

from django.db.models import DateTimeField, F, Q
from django.utils.dateparse import parse_datetime
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.utils.urls import remove_query_param, replace_query_param

CURSOR_ERROR = "Not a cursor from this list's next or previous link."
CURSOR_DESCRIPTION = ("Opaque position from a response's next or previous link; it holds the ordering, so keep "
                      "the other parameters as they were.")


class StablePagination(CursorPagination):
    """Keyset ("seek") pagination over the view's ordering, which always ends in the id tiebreaker."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-id"

    def paginate_queryset(self, queryset, request, view=None):
        self.request, self.base_url = request, request.build_absolute_uri()
        self.page_size = self.get_page_size(request)
        self.ordering = self.get_ordering(request, queryset, view)
        self.field = self.ordering[0].removeprefix("-")
        self.descending = self.ordering[0].startswith("-")
        field = queryset.model._meta.get_field(self.field)
        self.nullable, self.is_time = field.null, isinstance(field, DateTimeField)
        position = self.decode(request)
        backwards = bool(position and position["r"])
        rows = queryset.order_by(*self._order(descending=self.descending != backwards))
        if position:
            rows = rows.filter(self._after(position["v"], position["i"], descending=self.descending != backwards))
        page = list(rows[:self.page_size + 1])
        more = len(page) > self.page_size
        page = page[:self.page_size]
        if backwards:
            page.reverse()
            self.has_previous, self.has_next = more, True
        else:
            self.has_previous, self.has_next = position is not None, more
        self.page = page
        if not page:
            self.has_next = self.has_previous = False
        return page

    def _order(self, *, descending: bool) -> list:
        tiebreak = "-id" if descending else "id"
        if self.field == "id":
            return [tiebreak]
        if not self.nullable:  # plain, so the (field, id) index serves the order both ways
            return [f"-{self.field}" if descending else self.field, tiebreak]
        value = F(self.field)
        return [value.desc(nulls_last=True) if descending else value.asc(nulls_last=True), tiebreak]

    def _after(self, value, pk: int, *, descending: bool) -> Q:
        """Rows after (value, pk) in the order: written so an index on (field, id) serves it as a range."""
        beyond = "lt" if descending else "gt"
        if self.field == "id":
            return Q(**{f"id__{beyond}": pk})
        if value is None:  # NULLs come last either way: only later NULLs remain
            return Q(**{f"{self.field}__isnull": True, f"id__{beyond}": pk})
        reach = "lte" if descending else "gte"
        after = Q(**{f"{self.field}__{reach}": value}) & (Q(**{f"{self.field}__{beyond}": value})
                                                          | Q(**{f"id__{beyond}": pk}))
        return after | Q(**{f"{self.field}__isnull": True}) if self.nullable else after

    # The cursor ------------------------------------------------------------------------------------------

    def _key(self, row) -> tuple:
        get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
        return get(self.field) if self.field != "id" else None, get("id")

    def encode(self, row, *, backwards: bool) -> str:
        value, pk = self._key(row)
        if isinstance(value, datetime):
            value = value.isoformat()
        raw = json.dumps({"o": ",".join(self.ordering), "v": value, "i": pk, "r": int(backwards)},
                         separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def decode(self, request) -> dict | None:
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None
        try:
            position = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            position = None
        if (not isinstance(position, dict) or position.get("o") != ",".join(self.ordering)
                or not isinstance(position.get("i"), int) or position.get("r") not in (0, 1)
                or not isinstance(position.get("v"), (str, int, float, type(None)))):
            raise ValidationError({self.cursor_query_param: CURSOR_ERROR})
        if isinstance(position["v"], str) and self.is_time:
            position["v"] = parse_datetime(position["v"])
            if position["v"] is None:
                raise ValidationError({self.cursor_query_param: CURSOR_ERROR})
        return position

    def get_next_link(self):
        if not self.has_next:
            return None
        return replace_query_param(self.base_url, self.cursor_query_param, self.encode(self.page[-1], backwards=False))

    def get_previous_link(self):
        if not self.has_previous:
            return None
        if not self.page:
            return remove_query_param(self.base_url, self.cursor_query_param)
        return replace_query_param(self.base_url, self.cursor_query_param, self.encode(self.page[0], backwards=True))

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
            raise ValidationError({"page_size": f"{raw!r} is not a whole number from 1 to {self.max_page_size}."})
        return min(int(raw), self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, default=self.page_size)
                parameter["description"] = f"Rows per page, 1 to {self.max_page_size} (larger values are capped)."
            elif parameter["name"] == self.cursor_query_param:
                parameter["description"] = CURSOR_DESCRIPTION
        return parameters

    def get_ordering(self, request, queryset, view):
        ordering_filter = getattr(view, "ordering_from_request", None)
        if ordering_filter is not None:
            return tuple(ordering_filter(request))
        return (self.ordering,) if isinstance(self.ordering, str) else tuple(self.ordering)


# For views that page by hand (the ClaimReview list), which the schema generator cannot see are paged.
PAGING_PARAMETERS = [
    OpenApiParameter("cursor", str, description=CURSOR_DESCRIPTION),
    OpenApiParameter("page_size", int, description=f"Rows per page, 1 to {StablePagination.max_page_size} "
                     "(larger values are capped). Default 50."),
]


def paginated(item_schema: dict) -> dict:
    """The JSON Schema of one page of items."""
    link = {"type": ["string", "null"], "format": "uri"}
    return {"type": "object", "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": {"type": "array", "items": item_schema}}}
