"""schema.org ClaimReview (JSON-LD) of published fact checks, as Google's fact-check markup, Data Commons and
the Fact Check Explorer read it: https://schema.org/ClaimReview, https://developers.google.com/search/docs/
appearance/structured-data/factcheck."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.urls import reverse

from claims.models import Status
from sources.models import SourceKind

# ratingValue on a 1 (false) .. 5 (true) scale, as Google's fact-check markup suggests.
RATINGS = {
    Status.CONTRADICTED: (1, "Contradicted"),
    Status.VERIFIED: (5, "Verified"),
}
REVIEWED_STATUSES = tuple(RATINGS)
BEST, WORST = 5, 1


def site_url(path: str) -> str:
    """An absolute URL on the public site (CLAIMTRACK_SITE_URL): ClaimReview, feeds, sitemaps and webhooks
    name pages without a request to build them from."""
    return settings.CLAIMTRACK_SITE_URL.rstrip("/") + path


def page_url(fact_check_id: int) -> str:
    return site_url(reverse("publishing:fact-check", args=[fact_check_id]))


def publisher() -> dict:
    return {"@type": "Organization", "name": settings.CLAIMTRACK_ORGANIZATION_NAME,
            "url": settings.CLAIMTRACK_ORGANIZATION_URL}


@dataclass(frozen=True)
class Appearance:
    """Where a claim of a fact check was said: one article."""

    claim_id: int
    text: str
    claimant: str | None
    claimant_kind: str | None
    headline: str
    url: str
    outlet: str
    published: datetime | None

    @property
    def sort_key(self):
        return (self.published is None, self.published or datetime.min, self.claim_id)


def appearances(fact_check_ids: Iterable[int]) -> dict[int, list[Appearance]]:
    """Each fact check's claims with their articles, earliest first: one query for any number of checks."""
    from publishing.models import CoveredClaim

    found: dict[int, list[Appearance]] = defaultdict(list)
    rows = (CoveredClaim.objects.filter(fact_check_id__in=list(fact_check_ids)).order_by()
            .values_list("fact_check_id", "claim_id", "claim__text", "claim__claimant__name", "claim__claimant__kind",
                         "claim__article__title", "claim__article__url", "claim__article__outlet__name",
                         "claim__article__published_at"))
    for fact_check_id, *values in rows:
        found[fact_check_id].append(Appearance(*values))
    for items in found.values():
        items.sort(key=Appearance.sort_key.fget)
    return found


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


def _creative_work(appearance: Appearance) -> dict:
    work = {"@type": "CreativeWork", "headline": appearance.headline}
    if appearance.url:
        work["url"] = appearance.url
    if appearance.outlet:
        work["publisher"] = {"@type": "Organization", "name": appearance.outlet}
    if appearance.published:
        work["datePublished"] = _day(appearance.published)
    return work


def claim_review(fact_check, seen: list[Appearance]) -> dict:
    """The ClaimReview of a fact check (live or not: callers decide whether to show a withdrawn one)."""
    rating, name = RATINGS[fact_check.status]
    first = seen[0] if seen else None
    item: dict = {"@type": "Claim"}
    if first is not None and first.claimant:
        item["author"] = {"@type": "Person" if first.claimant_kind == SourceKind.PERSON else "Organization",
                          "name": first.claimant}
    if first is not None:
        if first.published:
            item["datePublished"] = _day(first.published)
        item["firstAppearance"] = _creative_work(first)
        item["appearance"] = [_creative_work(a) for a in seen]
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url(fact_check.pk),
        "claimReviewed": fact_check.claim_text,
        "datePublished": fact_check.first_published_at.isoformat(),
        "dateModified": fact_check.modified_at.isoformat(),
        "inLanguage": settings.CLAIMTRACK_LANGUAGE,
        "author": publisher(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
            "name": name,
            "ratingExplanation": fact_check.rationale,
        },
        "reviewBody": fact_check.rationale,
        "itemReviewed": item,
    }
    citations = [{"@type": "CreativeWork", "url": e["url"], **({"name": e["note"]} if e.get("note") else {})}
                 for e in fact_check.evidence if e.get("url")]
    if citations:
        review["citation"] = citations
    return review


def claim_reviews(fact_checks) -> dict[int, dict]:
    """ClaimReview by fact check id, for a page or batch of fact checks, in two queries."""
    fact_checks = list(fact_checks)
    seen = appearances(fc.pk for fc in fact_checks)
    return {fc.pk: claim_review(fc, seen.get(fc.pk, [])) for fc in fact_checks}


_THING = {"type": "object", "required": ["@type", "name"], "properties": {
    "@type": {"type": "string", "enum": ["Person", "Organization"]}, "name": {"type": "string"},
    "url": {"type": "string", "format": "uri"}}}
_WORK = {"type": "object", "required": ["@type", "headline"], "properties": {
    "@type": {"type": "string", "enum": ["CreativeWork"]}, "headline": {"type": "string"},
    "url": {"type": "string", "format": "uri"}, "datePublished": {"type": "string", "format": "date"},
    "publisher": _THING}}

# The JSON Schema of claim_review()'s output, for the OpenAPI document (tracker.schema names it ClaimReview).
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "description": "schema.org ClaimReview (JSON-LD) of a published fact check.",
    "required": ["@context", "@type", "url", "claimReviewed", "datePublished", "dateModified", "inLanguage",
                 "author", "reviewRating", "reviewBody", "itemReviewed"],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "format": "uri", "description": "The fact check's public page."},
        "claimReviewed": {"type": "string", "description": "The claim as said."},
        "datePublished": {"type": "string", "format": "date-time",
                          "description": "First publication; never moves."},
        "dateModified": {"type": "string", "format": "date-time"},
        "inLanguage": {"type": "string", "description": "BCP 47 language of the review."},
        "author": _THING,
        "reviewRating": {"type": "object", "required": ["@type", "ratingValue", "bestRating", "worstRating",
                                                        "alternateName", "name", "ratingExplanation"],
                         "properties": {
            "@type": {"type": "string", "enum": ["Rating"]},
            "ratingValue": {"type": "integer", "enum": sorted({value for value, _ in RATINGS.values()})},
            "bestRating": {"type": "integer", "enum": [BEST]}, "worstRating": {"type": "integer", "enum": [WORST]},
            "alternateName": {"type": "string", "enum": sorted(name for _, name in RATINGS.values())},
            "name": {"type": "string", "enum": sorted(name for _, name in RATINGS.values())},
            "ratingExplanation": {"type": "string"}}},
        "reviewBody": {"type": "string", "description": "The reviewer's rationale."},
        "citation": {"type": "array", "items": {"type": "object", "required": ["@type", "url"], "properties": {
            "@type": {"type": "string", "enum": ["CreativeWork"]}, "url": {"type": "string", "format": "uri"},
            "name": {"type": "string"}}}},
        "itemReviewed": {"type": "object", "required": ["@type"], "properties": {
            "@type": {"type": "string", "enum": ["Claim"]},
            "author": _THING,
            "datePublished": {"type": "string", "format": "date"},
            "firstAppearance": _WORK,
            "appearance": {"type": "array", "items": _WORK}}},
    },
}
