"""Claims extracted from articles, their verdicts and their audit history.

Claim.status is a cache of the newest VerificationStatus row; only
claims.services.claim_set_status writes it. VerificationStatus and ClaimEvent
are append-only: database triggers (migration 0002) refuse UPDATE and DELETE,
and each row carries a SHA-256 hash chained to the previous row of its claim.
"""

from django.conf import settings
from django.db import models

from claims.history import chain_hash, sealed_within_millisecond, to_millisecond
from sources.models import KeepsCounters


class Status(models.TextChoices):
    VERIFIED = "verified", "Verified"
    UNVERIFIED = "unverified", "Unverified"
    CONTRADICTED = "contradicted", "Contradicted"


class Origin(models.TextChoices):
    ADMIN = "admin", "Admin"
    API = "api", "API"
    IMPORT = "import", "Import"
    SYSTEM = "system", "System"


class Cluster(KeepsCounters):
    """Claims from different articles about the same real-world assertion or the same measured fact.

    Made by claims.matching when claims are imported; "suggested" until an editor confirms it. Its counts
    of present claims, statuses, articles and outlets are kept by database triggers (claims.cluster_counts).
    """

    counters = ("claim_count", "verified_count", "unverified_count", "contradicted_count", "article_count",
                "outlet_count")

    class State(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        CONFIRMED = "confirmed", "Confirmed"

    state = models.CharField("state", max_length=20, choices=State.choices, default=State.SUGGESTED)
    version = models.PositiveIntegerField("version", default=1, help_text="Bumped on every change; the API's ETag.")
    verdict = models.CharField(
        "verdict for the cluster", max_length=20, choices=Status.choices, blank=True,
        help_text="The last status a reviewer gave the whole cluster; suggested to claims that join later.",
    )
    figures = models.JSONField(
        "figures by counted thing", default=dict, blank=True, editable=False,
        help_text="{'quantity|troops': [{claim, article, outlet, value, text}], 'date|date': [...]}: the ledger "
                  "that conflicts are read from, kept up to date as claims join (a bounded sample per value).",
    )
    claim_count = models.PositiveIntegerField("claims", default=0, editable=False, help_text="Present claims.")
    verified_count = models.PositiveIntegerField("verified", default=0, editable=False)
    unverified_count = models.PositiveIntegerField("unverified", default=0, editable=False)
    contradicted_count = models.PositiveIntegerField("contradicted", default=0, editable=False)
    article_count = models.PositiveIntegerField("articles", default=0, editable=False,
                                                help_text="Distinct articles of its present claims.")
    outlet_count = models.PositiveIntegerField("outlets", default=0, editable=False,
                                               help_text="Distinct outlets of its present claims.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__in=["suggested", "confirmed"]), name="%(app_label)s_%(class)s_state_valid"
            ),
            models.CheckConstraint(condition=models.Q(version__gte=1), name="%(app_label)s_%(class)s_version_pos"),
            models.CheckConstraint(condition=models.Q(verdict__in=["", *Status.values]),
                                   name="%(app_label)s_%(class)s_verdict_valid"),
        ]
        indexes = [
            # /api/v1/clusters/?state=
            models.Index(fields=["state", "id"], name="claims_cluster_state_idx"),
            # The dashboard's stories repeated by the most outlets.
            models.Index(fields=["outlet_count", "id"], name="claims_cluster_outlets_idx"),
        ]

    def __str__(self) -> str:
        return f"Cluster #{self.pk} ({self.get_state_display()})"


# The review queue's order: claims awaiting a verdict first, the most check-worthy of them first.
# An index on the same expressions (claims_claim_review_idx) serves it on both databases.
# The status is written into the SQL as a literal: SQLite matches an expression index only to the same
# expression with the same constant, never to a bound parameter.
REVIEW_ORDER = (
    models.Func(models.F("status"), template="(%(expressions)s = 'unverified')",
                output_field=models.BooleanField()).desc(),
    models.F("checkworthiness").desc(),
    models.F("id").desc(),
)


class Claim(models.Model):
    """A check-worthy statement in an article, located by its character span in the article body."""

    # db_index=False: the composite indexes below start with these columns and serve the same lookups.
    article = models.ForeignKey("sources.Article", on_delete=models.PROTECT, related_name="claims", db_index=False)
    text = models.TextField("text", help_text="The claim as it stands in the article.")
    start = models.PositiveIntegerField("start offset", help_text="Offset of the first character in the body.")
    end = models.PositiveIntegerField("end offset", help_text="Offset just past the last character.")
    claimant = models.ForeignKey(
        "sources.Source",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
        db_index=False,
        help_text="Who made the claim, when the text names them.",
    )
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.UNVERIFIED, editable=False
    )
    status_changed_at = models.DateTimeField("status changed at", editable=False)
    version = models.PositiveIntegerField(
        "version", default=1, editable=False, help_text="Bumped on every change; the API's ETag."
    )
    checkworthiness = models.FloatField("check-worthiness", default=0.0, help_text="0 (not worth it) to 1.")
    reasons = models.JSONField("reasons", default=list, blank=True, help_text="Why the extractor kept it.")
    figures = models.JSONField(
        "figures and dates", default=list, blank=True, help_text="Structured quantities and dates it states."
    )
    fingerprint = models.CharField(
        "fingerprint",
        max_length=64,
        help_text="SHA-256 of the normalised text; re-imports match claims by it.",
    )
    present = models.BooleanField(
        "present", default=True, help_text="False once a re-import no longer finds it in the article."
    )
    cluster = models.ForeignKey(
        Cluster, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims", db_index=False,
        help_text="The same assertion or measured fact in other articles.",
    )
    cluster_score = models.FloatField("match score", null=True, blank=True,
                                      help_text="Similarity to the claim it was matched with, 0 to 1.")
    cluster_reasons = models.JSONField("match reasons", default=list, blank=True,
                                       help_text="The signals behind the match, shown to editors.")
    cluster_locked = models.BooleanField(
        "cluster set by an editor", default=False,
        help_text="An editor placed or removed this claim; matching never changes its cluster.",
    )
    has_conflict = models.BooleanField(
        "has conflict", default=False, help_text="In an unexplained conflict of figures or dates in its cluster."
    )
    needs_review = models.BooleanField(
        "needs review", default=False,
        help_text="Joined a cluster that already has a verdict: a reviewer should decide, the verdict is suggested.",
    )
    suggested_status = models.CharField(
        "suggested status", max_length=20, choices=Status.choices, blank=True,
        help_text="The verdict of the cluster it joined.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        permissions = [("set_claim_status", "Can set a claim's verification status")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values), name="%(app_label)s_%(class)s_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(start__gte=0, end__gt=models.F("start")),
                name="%(app_label)s_%(class)s_span_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(checkworthiness__gte=0, checkworthiness__lte=1),
                name="%(app_label)s_%(class)s_checkworthiness_range",
            ),
            models.CheckConstraint(condition=models.Q(version__gte=1), name="%(app_label)s_%(class)s_version_pos"),
            models.CheckConstraint(condition=models.Q(suggested_status__in=["", *Status.values]),
                                   name="%(app_label)s_%(class)s_suggested_valid"),
        ]
        indexes = [
            # ?status= (dashboards list contradicted claims), ordered by recency.
            models.Index(fields=["status", "updated_at"], name="claims_claim_status_idx"),
            # ?claimant=
            models.Index(fields=["claimant", "id"], name="claims_claim_claimant_idx"),
            # ?article= and re-import matching (article, fingerprint).
            models.Index(fields=["article", "fingerprint"], name="claims_claim_article_idx"),
            # ?updated_since= polling and ordering=updated_at with the id tiebreaker.
            models.Index(fields=["updated_at", "id"], name="claims_claim_updated_idx"),
            models.Index(fields=["created_at", "id"], name="claims_claim_created_idx"),
            models.Index(fields=["status_changed_at", "id"], name="claims_claim_statuschg_idx"),
            models.Index(fields=["checkworthiness", "id"], name="claims_claim_checkworthy_idx"),
            # ?cluster= and a cluster's members.
            models.Index(fields=["cluster", "id"], name="claims_claim_cluster_idx"),
            # ?has_conflict=true
            models.Index(fields=["has_conflict", "id"], name="claims_claim_conflict_idx"),
            # ?needs_review=true: the review queue of late joiners
            models.Index(fields=["needs_review", "id"], name="claims_claim_needsreview_idx"),
            # The admin's review queue: unreviewed first, then the most check-worthy (REVIEW_ORDER); and the
            # same for the few flagged claims (?needs_review), which no statistics of a yes/no column tell
            # a planner are few.
            models.Index(*(e.copy() for e in REVIEW_ORDER), name="claims_claim_review_idx"),
            models.Index(*(e.copy() for e in REVIEW_ORDER), condition=models.Q(needs_review=True),
                         name="claims_claim_flagged_idx"),
            models.Index(*(e.copy() for e in REVIEW_ORDER), condition=models.Q(has_conflict=True),
                         name="claims_claim_conflicted_idx"),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:77] + "..."


class HashChained(models.Model):
    """An append-only history row whose entry_hash covers its content and the previous row's hash."""

    prev_hash = models.CharField(max_length=64, blank=True)
    entry_hash = models.CharField(max_length=64)

    class Meta:
        abstract = True

    def hash_payload(self) -> dict:
        raise NotImplementedError

    def seal(self, prev_hash: str) -> None:
        self.created_at = to_millisecond(self.created_at)
        self.prev_hash = prev_hash
        self.entry_hash = chain_hash(prev_hash, self.hash_payload())

    def is_intact(self) -> bool:
        """Whether entry_hash still covers this entry's content.

        Entries sealed before times were cut to milliseconds hashed their microseconds; a dumpdata/loaddata
        copy keeps only the milliseconds. Such an entry is intact when one of the 1,000 times within its
        stored millisecond gives its hash: the copy lost precision, not content.
        """
        payload = self.hash_payload()
        return (chain_hash(self.prev_hash, payload) == self.entry_hash
                or sealed_within_millisecond(self.prev_hash, payload, "at", self.created_at, self.entry_hash))


class VerificationStatus(HashChained):
    """One verdict on a claim. Append-only: the newest row is the claim's status."""

    # Indexed by the (claim, prev_hash) unique constraint.
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="verdicts", db_index=False)
    status = models.CharField("status", max_length=20, choices=Status.choices)
    note = models.TextField("note", blank=True, help_text="The reviewer's rationale.")
    evidence = models.JSONField("evidence", default=list, blank=True, help_text="[{url, note}]")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="verdicts"
    )
    reviewer_name = models.CharField(
        "reviewer name", max_length=150, blank=True, help_text="Kept when the user account is deleted."
    )
    origin = models.CharField("origin", max_length=10, choices=Origin.choices)
    created_at = models.DateTimeField("at")

    class Meta:
        ordering = ["claim_id", "id"]
        verbose_name = "verdict"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values), name="%(app_label)s_%(class)s_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(origin__in=Origin.values), name="%(app_label)s_%(class)s_origin_valid"
            ),
            # One successor per entry: two concurrent writers cannot both extend the chain.
            models.UniqueConstraint(fields=["claim", "prev_hash"], name="%(app_label)s_%(class)s_chain_unique"),
        ]
        indexes = [
            # The dashboard's recent verdicts: people's, not the importer's first "unverified" of every claim.
            models.Index(fields=["id"], condition=~models.Q(origin="import"), name="claims_verdict_people_idx"),
            # Audit checkpoints fold history in time order (claims.checkpoints).
            models.Index(fields=["created_at", "id"], name="claims_verdict_time_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.created_at:%Y-%m-%d %H:%M})"

    def hash_payload(self) -> dict:
        return {
            "claim": self.claim_id,
            "status": self.status,
            "note": self.note,
            "evidence": self.evidence,
            "reviewer": self.reviewer_name,
            "origin": self.origin,
            "at": self.created_at.isoformat(),
        }


class ClaimEvent(HashChained):
    """One entry of a claim's audit history: who changed what, when, from where and why."""

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        STATUS_CHANGED = "status_changed", "Status changed"
        EDITED = "edited", "Edited"
        RETIRED = "retired", "No longer in article"
        RESTORED = "restored", "Back in article"
        CLAIMANT_MERGED = "claimant_merged", "Claimant merged"
        CLUSTER_CHANGED = "cluster_changed", "Cluster decision"

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="events", db_index=False)
    action = models.CharField(max_length=20, choices=Action.choices)
    origin = models.CharField(max_length=10, choices=Origin.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="claim_events"
    )
    actor_name = models.CharField(max_length=150, blank=True)
    request_id = models.CharField(max_length=64, blank=True)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    changes = models.JSONField(default=dict, blank=True, help_text="{field: [old, new]}")
    note = models.TextField(blank=True)
    evidence = models.JSONField(default=list, blank=True)
    reason = models.CharField(max_length=300, blank=True)
    verdict = models.OneToOneField(
        VerificationStatus, null=True, blank=True, on_delete=models.PROTECT, related_name="event"
    )
    created_at = models.DateTimeField("at")

    class Meta:
        ordering = ["claim_id", "id"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit entries"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(origin__in=Origin.values), name="%(app_label)s_%(class)s_origin_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(action__in=["created", "status_changed", "edited", "retired", "restored",
                                               "claimant_merged", "cluster_changed"]),
                name="%(app_label)s_%(class)s_action_valid",
            ),
            models.UniqueConstraint(fields=["claim", "prev_hash"], name="%(app_label)s_%(class)s_chain_unique"),
        ]
        indexes = [
            # Audit checkpoints fold history in time order (claims.checkpoints).
            models.Index(fields=["created_at", "id"], name="claims_event_time_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor_name or self.origin}"

    def hash_payload(self) -> dict:
        return {
            "claim": self.claim_id,
            "action": self.action,
            "origin": self.origin,
            "actor": self.actor_name,
            "request_id": self.request_id,
            "from": self.from_status,
            "to": self.to_status,
            "changes": self.changes,
            "note": self.note,
            "evidence": self.evidence,
            "reason": self.reason,
            "verdict": self.verdict_id,
            "at": self.created_at.isoformat(),
        }


class ClaimKey(models.Model):
    """The blocking index of matching: a claim's rare terms, names, figures and claimant as short keys.

    A new claim is compared only with the claims that share its keys, never with all claims.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+", db_index=False)
    key = models.CharField("key", max_length=80)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "key"], name="%(app_label)s_%(class)s_unique"),
        ]
        indexes = [
            # Candidate lookup: the newest claims that share one key.
            models.Index(fields=["key", "claim"], name="claims_claimkey_key_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.key} -> claim {self.claim_id}"


class Conflict(models.Model):
    """Claims of one cluster that give different numbers for the same counted thing, or different dates."""

    class Kind(models.TextChoices):
        QUANTITY = "quantity", "Different figures"
        DATE = "date", "Different dates"

    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="conflicts")
    kind = models.CharField("kind", max_length=20, choices=Kind.choices)
    key = models.CharField("what differs", max_length=100, help_text="The counted thing, or 'date'.")
    values = models.JSONField(
        "values", default=list, help_text="[{claim, article, outlet, value, text}] for every claim involved."
    )
    explained = models.BooleanField("explained", default=False)
    note = models.TextField("explanation", blank=True)
    explained_by = models.CharField(max_length=150, blank=True)
    explained_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["cluster_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["cluster", "kind", "key"], name="%(app_label)s_%(class)s_unique"),
            models.CheckConstraint(
                condition=models.Q(kind__in=["quantity", "date"]), name="%(app_label)s_%(class)s_kind_valid"
            ),
        ]
        indexes = [
            # The dashboard's open conflicts and the admin's ?explained= filter.
            models.Index(fields=["explained", "id"], name="claims_conflict_open_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.key} in cluster #{self.cluster_id}"

    @property
    def summary(self) -> str:
        """"troops: 8,000 (Kyiv Post) vs 10,000 (Euronews)"."""
        parts = [f"{v['value']} ({v.get('outlet') or 'article ' + str(v['article'])})" for v in self.values]
        return f"{self.key}: " + " vs ".join(parts)


class ClusterArticle(models.Model):
    """Roll-up kept by database triggers (claims.cluster_counts): present claims of an article in a cluster.

    Cluster.article_count counts these rows. Plain ids, no foreign keys: the triggers add and remove rows
    as claims move, and a row never outlives its last claim.
    """

    cluster_id = models.BigIntegerField()
    article_id = models.BigIntegerField()
    claims = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cluster_id", "article_id"], name="claims_clusterarticle_key")]

    def __str__(self) -> str:
        return f"cluster {self.cluster_id}: {self.claims} claims of article {self.article_id}"


class ClusterOutlet(models.Model):
    """Roll-up kept by database triggers (claims.cluster_counts): present claims of an outlet in a cluster."""

    cluster_id = models.BigIntegerField()
    outlet_id = models.BigIntegerField()
    claims = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cluster_id", "outlet_id"], name="claims_clusteroutlet_key")]

    def __str__(self) -> str:
        return f"cluster {self.cluster_id}: {self.claims} claims of outlet {self.outlet_id}"


class StatusCount(models.Model):
    """How many claims have each status: one row per status, kept by database triggers (claims.cluster_counts,
    STATUS_COUNTERS), so the dashboard never counts a million claims."""

    id = models.CharField("status", max_length=20, primary_key=True, choices=Status.choices)
    # Not "positive": on PostgreSQL a new claim is counted at commit, so a transaction that inserts a claim
    # and then gives it a verdict takes it off "unverified" before adding it there (-1 until the commit).
    claim_count = models.IntegerField("claims", default=0)

    class Meta:
        verbose_name = "claims with a status"

    def __str__(self) -> str:
        return f"{self.id}: {self.claim_count}"


class AuditCheckpoint(models.Model):
    """A signed record of all history up to a point, so that history rewritten or removed by someone with
    the database's keys is still found (claims.checkpoints; `manage.py audit_checkpoint`).

    Each checkpoint folds the entry hashes of the verdicts and audit entries made since the previous one
    (in time order) into running digests, and is signed (HMAC-SHA256) with AUDIT_CHECKPOINT_KEY together with the previous
    checkpoint's signature. Append-only by trigger, like the history; export them off the server.
    """

    created_at = models.DateTimeField("at")
    covers_before = models.DateTimeField(
        "covers history before", help_text="Every verdict and audit entry made before this time is covered.")
    verdict_count = models.BigIntegerField("verdicts covered")
    event_count = models.BigIntegerField("audit entries covered")
    verdicts_digest = models.CharField(max_length=64)
    events_digest = models.CharField(max_length=64)
    key_id = models.CharField("key id", max_length=16, help_text="Names the signing key without revealing it.")
    prev_signature = models.CharField(max_length=64, blank=True)
    signature = models.CharField(max_length=64)

    class Meta:
        ordering = ["id"]
        verbose_name = "audit checkpoint"
        constraints = [
            # One successor per checkpoint: the checkpoints are a chain, like each claim's history.
            models.UniqueConstraint(fields=["prev_signature"], name="%(app_label)s_%(class)s_chain_unique"),
            models.CheckConstraint(condition=models.Q(verdict_count__gte=0, event_count__gte=0),
                                   name="%(app_label)s_%(class)s_counts_valid"),
        ]

    def __str__(self) -> str:
        return f"checkpoint #{self.pk} ({self.created_at:%Y-%m-%d %H:%M})"

    def signed_content(self) -> dict:
        return {"at": self.created_at.isoformat(), "covers_before": self.covers_before.isoformat(),
                "verdict_count": self.verdict_count,
                "event_count": self.event_count, "verdicts_digest": self.verdicts_digest,
                "events_digest": self.events_digest, "key_id": self.key_id, "prev_signature": self.prev_signature}
