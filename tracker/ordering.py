"""?ordering= for list endpoints: validated (400 on an unknown field), always ending in the id tiebreaker."""

from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError

COMMON_PARAMS = {"ordering", "page_size", "cursor", "format"}
# Free-text parameters where an empty value simply means "none".
MAY_BE_EMPTY = {"q", "cursor"}


class OrderingMixin:
    """Validated ?ordering=, and a 400 for query parameters the endpoint does not know (a typo'd
    filter must not be silently ignored)."""

    ordering_fields: tuple[str, ...] = ("id",)
    default_ordering = "id"

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        filterset_class = getattr(self, "filterset_class", None)
        if self.action in ("list", "claimreview_list", "export", "claimreview_export") and filterset_class is not None:
            known = COMMON_PARAMS | set(filterset_class.base_filters)
        elif self.action in ("list",):
            known = COMMON_PARAMS
        else:
            known = {"format"}
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError({name: "Unknown query parameter; known: " + ", ".join(sorted(known))
                                   for name in unknown})
        empty = sorted(name for name, values in request.query_params.lists()
                       if name not in MAY_BE_EMPTY and any(not value.strip() for value in values))
        if empty:
            raise ValidationError({name: "Empty value; give a value or leave the parameter out." for name in empty})

    def get_default_ordering(self, request) -> str:
        return self.default_ordering

    def ordering_from_request(self, request) -> tuple[str, ...]:
        raw = request.query_params.get("ordering", self.get_default_ordering(request)).strip()
        field = raw.removeprefix("-")
        if field not in self.ordering_fields:
            raise ValidationError({"ordering": f"{raw!r} is not one of: "
                                   + ", ".join(f"{f}, -{f}" for f in self.ordering_fields)})
        if field == "id":
            return (raw,)
        return (raw, "-id" if raw.startswith("-") else "id")


def ordering_parameter(fields: tuple[str, ...], default: str) -> OpenApiParameter:
    """The ?ordering= parameter for the OpenAPI schema: an enum, so clients see every choice."""
    return OpenApiParameter("ordering", str, enum=[f"{p}{f}" for f in fields for p in ("", "-")],
                            description=f"Sort order; a unique id tiebreaker is always added. Default: {default}.")
