"""schema.org ClaimReview (JSON-LD) for claims with a verdict."""

from django.conf import settings

from claims.models import Claim, Status
from sources.models import SourceKind

RATINGS = {
    # ratingValue on a 1 (false) .. 5 (true) scale, as Google's fact-check markup suggests.
    Status.CONTRADICTED: (1, "Contradicted"),
    Status.VERIFIED: (5, "Verified"),
}
# Only a verdict can be published as a ClaimReview.
REVIEWED_STATUSES = tuple(RATINGS)


def claim_review(claim: Claim, *, url: str) -> dict:
    rating, name = RATINGS[claim.status]
    article = claim.article
    author = {"@type": "Organization", "name": settings.CLAIMTRACK_ORGANIZATION_NAME}
    if settings.CLAIMTRACK_ORGANIZATION_URL:
        author["url"] = settings.CLAIMTRACK_ORGANIZATION_URL
    item = {"@type": "Claim", "appearance": [{"@type": "CreativeWork", "headline": article.title,
                                               **({"url": article.url} if article.url else {})}]}
    if claim.claimant is not None:
        kind = "Person" if claim.claimant.kind == SourceKind.PERSON else "Organization"
        item["author"] = {"@type": kind, "name": claim.claimant.name}
    if article.published_at:
        item["datePublished"] = article.published_at.date().isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "datePublished": claim.status_changed_at.date().isoformat(),
        "url": url,
        "author": author,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
        },
        "itemReviewed": item,
    }


_THING = {"type": "object", "required": ["@type", "name"], "properties": {
    "@type": {"type": "string", "enum": ["Person", "Organization"]}, "name": {"type": "string"},
    "url": {"type": "string", "format": "uri"}}}

# The JSON Schema of claim_review()'s output, for the OpenAPI document (tracker.schema names it ClaimReview).
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "description": "schema.org ClaimReview (JSON-LD) of a claim with a verdict.",
    "required": ["@context", "@type", "claimReviewed", "datePublished", "url", "author", "reviewRating",
                 "itemReviewed"],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "claimReviewed": {"type": "string", "description": "The claim as said."},
        "datePublished": {"type": "string", "format": "date", "description": "The day of the verdict."},
        "url": {"type": "string", "format": "uri"},
        "author": _THING,
        "reviewRating": {"type": "object", "required": ["@type", "ratingValue", "bestRating", "worstRating",
                                                        "alternateName"], "properties": {
            "@type": {"type": "string", "enum": ["Rating"]},
            "ratingValue": {"type": "integer", "enum": sorted({value for value, _ in RATINGS.values()})},
            "bestRating": {"type": "integer", "enum": [5]}, "worstRating": {"type": "integer", "enum": [1]},
            "alternateName": {"type": "string", "enum": sorted(name for _, name in RATINGS.values())}}},
        "itemReviewed": {"type": "object", "required": ["@type", "appearance"], "properties": {
            "@type": {"type": "string", "enum": ["Claim"]},
            "author": _THING,
            "datePublished": {"type": "string", "format": "date"},
            "appearance": {"type": "array", "items": {"type": "object", "required": ["@type", "headline"],
                                                      "properties": {
                "@type": {"type": "string", "enum": ["CreativeWork"]}, "headline": {"type": "string"},
                "url": {"type": "string", "format": "uri"}}}}}},
    },
}
