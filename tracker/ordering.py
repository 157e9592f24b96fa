"""?ordering= for list endpoints: validated (400 on an unknown field), always ending in the id tiebreaker."""

from rest_framework.exceptions import ValidationError


class OrderingMixin:
    ordering_fields: tuple[str, ...] = ("id",)
    default_ordering = "id"

    def ordering_from_request(self, request) -> tuple[str, ...]:
        raw = request.query_params.get("ordering", self.default_ordering).strip()
        field = raw.removeprefix("-")
        if field not in self.ordering_fields:
            raise ValidationError({"ordering": f"{raw!r} is not one of: "
                                   + ", ".join(f"{f}, -{f}" for f in self.ordering_fields)})
        if field == "id":
            return (raw,)
        return (raw, "-id" if raw.startswith("-") else "id")
