"""Fact checks: verdicts published for readers, one page per claim (or per cluster, when the verdict was given
to a cluster), with every publication, correction and withdrawal kept."""

from django.db import models
from django.db.models import Q

from claims.models import Claim, Cluster, Status, VerificationStatus

PUBLISHABLE = [Status.VERIFIED, Status.CONTRADICTED]


class FactCheck(models.Model):
    """The published verdict. The page stays once published: a withdrawal or a changed rating is shown on it
    as a correction (Correction rows), and first_published_at never moves (a trigger refuses it)."""

    claim = models.OneToOneField(Claim, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="own_fact_check")
    cluster = models.OneToOneField(Cluster, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="fact_check")
    verdict = models.ForeignKey(VerificationStatus, on_delete=models.PROTECT, related_name="+",
                                help_text="The verdict published (for a cluster: that of its first claim).")
    status = models.CharField("rating", max_length=20, choices=[(s.value, s.label) for s in PUBLISHABLE])
    claim_text = models.TextField("claim as said")
    rationale = models.TextField()
    evidence = models.JSONField(default=list, blank=True)
    first_published_at = models.DateTimeField("first published")
    modified_at = models.DateTimeField("modified")
    withdrawn_at = models.DateTimeField("withdrawn", null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "fact check"
        constraints = [
            models.CheckConstraint(condition=Q(claim__isnull=True) ^ Q(cluster__isnull=True),
                                   name="publishing_factcheck_one_subject"),
            models.CheckConstraint(condition=Q(status__in=[s.value for s in PUBLISHABLE]),
                                   name="publishing_factcheck_status_valid"),
            models.CheckConstraint(condition=Q(modified_at__gte=models.F("first_published_at")),
                                   name="publishing_factcheck_modified_after_published"),
            models.CheckConstraint(condition=~Q(rationale=""), name="publishing_factcheck_has_rationale"),
        ]
        indexes = [
            # The public index and the feed: newest first, live ones only.
            models.Index(fields=["-first_published_at", "-id"], condition=Q(withdrawn_at__isnull=True),
                         name="publishing_live_idx"),
            models.Index(fields=["status", "-first_published_at", "-id"], condition=Q(withdrawn_at__isnull=True),
                         name="publishing_live_rating_idx"),
            # The feed of changes and the sitemap's lastmod.
            models.Index(fields=["-modified_at", "-id"], name="publishing_modified_idx"),
        ]

    def __str__(self) -> str:
        return f"Fact check #{self.pk}: {self.get_status_display()}"

    @property
    def live(self) -> bool:
        return self.withdrawn_at is None


class Correction(models.Model):
    """One publication event of a fact check, shown on its page. Append-only (triggers)."""

    class Kind(models.TextChoices):
        PUBLISHED = "published", "Published"
        UPDATED = "updated", "Updated"
        CORRECTED = "corrected", "Rating corrected"
        WITHDRAWN = "withdrawn", "Withdrawn"
        REPUBLISHED = "republished", "Republished"

    fact_check = models.ForeignKey(FactCheck, on_delete=models.PROTECT, related_name="corrections")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    note = models.TextField(blank=True)
    actor_name = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField("at")

    class Meta:
        ordering = ["fact_check_id", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["published", "updated", "corrected", "withdrawn",
                                                         "republished"]),
                                   name="publishing_correction_kind_valid"),
        ]
        indexes = [models.Index(fields=["fact_check", "id"], name="publishing_correction_fc_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.created_at:%Y-%m-%d}"


class CoveredClaim(models.Model):
    """A claim a fact check is about: the claim itself, or each claim of the cluster that had the published
    verdict. A claim's ClaimReview in the API is its covering fact check's."""

    claim = models.OneToOneField(Claim, primary_key=True, on_delete=models.PROTECT, related_name="coverage")
    fact_check = models.ForeignKey(FactCheck, on_delete=models.PROTECT, related_name="covered")

    class Meta:
        indexes = [models.Index(fields=["fact_check", "claim"], name="publishing_covered_fc_idx")]

    def __str__(self) -> str:
        return f"claim #{self.claim_id} in fact check #{self.fact_check_id}"
