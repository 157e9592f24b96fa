"""Content negotiation (its own module: DRF imports it while its views module is still loading)."""

from rest_framework import exceptions
from rest_framework.negotiation import DefaultContentNegotiation


class ContentNegotiation(DefaultContentNegotiation):
    """?format= naming no format this endpoint serves is 406 with the formats it does (DRF says 404)."""

    def filter_renderers(self, renderers, format):
        served = [renderer for renderer in renderers if renderer.format == format]
        if not served:
            raise exceptions.NotAcceptable(f"format={format!r} is not served here; use one of: "
                                           f"{', '.join(sorted({r.format for r in renderers}))}.")
        return served
