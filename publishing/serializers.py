"""API shapes for publishing: the request to publish or withdraw, and the fact check it leaves."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.serializers import StrictSerializer, iso_datetime
from publishing.claimreview import CLAIM_REVIEW_SCHEMA, claim_reviews, page_url
from publishing.models import PUBLISHABLE
from publishing.services import Publication


class PublishSerializer(StrictSerializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000,
                                 help_text="Shown on the page with the publication, e.g. what a correction changed.")


class WithdrawSerializer(StrictSerializer):
    note = serializers.CharField(max_length=2000, help_text="Why it is withdrawn; shown on the page.")


class PublicationSerializer(serializers.Serializer):
    """The fact check after a publish or withdraw request."""

    fact_check = serializers.IntegerField()
    page = serializers.URLField(help_text="The public page.")
    status = serializers.ChoiceField(choices=[(s.value, s.label) for s in PUBLISHABLE], help_text="The rating.")
    live = serializers.BooleanField(help_text="false once withdrawn.")
    first_published_at = serializers.DateTimeField(help_text="Never moves.")
    modified_at = serializers.DateTimeField()
    withdrawn_at = serializers.DateTimeField(allow_null=True)
    version = serializers.IntegerField()
    changed = serializers.BooleanField()
    message = serializers.CharField()
    claim_review = serializers.SerializerMethodField()

    @extend_schema_field({"oneOf": [CLAIM_REVIEW_SCHEMA, {"type": "null"}],
                          "description": "The published ClaimReview; null once withdrawn."})
    def get_claim_review(self, result) -> dict | None:
        fact_check = result.fact_check
        return claim_reviews([fact_check])[fact_check.pk] if fact_check.live else None

    def to_representation(self, result: Publication):
        fact_check = result.fact_check
        return {"fact_check": fact_check.pk, "page": page_url(fact_check.pk), "status": fact_check.status,
                "live": fact_check.live, "first_published_at": iso_datetime(fact_check.first_published_at),
                "modified_at": iso_datetime(fact_check.modified_at),
                "withdrawn_at": iso_datetime(fact_check.withdrawn_at), "version": fact_check.version,
                "changed": result.changed, "message": result.message,
                "claim_review": self.get_claim_review(result)}

