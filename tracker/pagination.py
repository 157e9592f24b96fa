"""Pagination that never skips or repeats a row while rows are added during a walk."""

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination


class StablePagination(CursorPagination):
    """Cursor pagination over the view's ordering, which always ends in a unique "id" tiebreaker.

    Offsets shift when rows are inserted; a cursor holds the position of the
    last row seen, so a client following `next` sees each row exactly once.
    """

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-id"

    def decode_cursor(self, request):
        """A cursor that is not one this API made is the client's error (400), not a missing page."""
        try:
            return super().decode_cursor(request)
        except NotFound:
            raise ValidationError({self.cursor_query_param: "Not a cursor from this list's next or previous "
                                   "link."}) from None

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isdigit() or int(raw) < 1:
            raise ValidationError({"page_size": f"{raw!r} is not a whole number from 1 to {self.max_page_size}."})
        return min(int(raw), self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, default=self.page_size)
                parameter["description"] = f"Rows per page, 1 to {self.max_page_size} (larger values are capped)."
        return parameters

    def get_ordering(self, request, queryset, view):
        ordering_filter = getattr(view, "ordering_from_request", None)
        if ordering_filter is not None:
            return ordering_filter(request)
        return super().get_ordering(request, queryset, view)
