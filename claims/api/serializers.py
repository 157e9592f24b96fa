"""Claim serializers: output shapes for lists and details, input for status changes."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Claim, ClaimEvent, Cluster, Conflict, Status
from claims.selectors import claim_row, cluster_claims, with_references
from claims.services import MAX_EVIDENCE_ITEMS, MIN_NOTE_LENGTH
from tracker.permissions import may_see_people


class RefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField()


ZERO = timedelta(0)


def iso_datetime(value) -> str | None:
    """A datetime as DRF writes it (ISO 8601 in the current time zone, UTC as Z)."""
    if value is None:
        return None
    if value.utcoffset() != ZERO or settings.TIME_ZONE != "UTC":  # both databases give UTC: skip the lookup
        value = timezone.localtime(value)
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class DetailURL:
    """The absolute URL of a detail route for any pk, reversed once per response instead of once per row."""

    SENTINEL = 987654321

    def __init__(self, view_name: str, request) -> None:
        url = reverse(view_name, kwargs={"pk": self.SENTINEL})
        url = request.build_absolute_uri(url) if request is not None else url
        self.head, _, self.tail = url.partition(str(self.SENTINEL))

    def __call__(self, pk: int) -> str:
        return f"{self.head}{pk}{self.tail}"


class ClaimListSerializer(serializers.ListSerializer):
    def to_representation(self, data):
        rows = list(data.all() if hasattr(data, "all") else data)
        if rows and isinstance(rows[0], dict) and "article__title" not in rows[0]:
            with_references(rows)
        return [self.child.to_representation(row) for row in rows]


class FigureSerializer(serializers.Serializer):
    """A figure or date the extractor read in the claim (sources.importer.extraction); which keys are there
    depends on the kind."""

    kind = serializers.ChoiceField(choices=["quantity", "percent", "date"])
    text = serializers.CharField(help_text="As written in the claim.")
    value = serializers.FloatField(required=False, allow_null=True,
                                   help_text="quantity, percent: the number (null for \"dozens\", \"hundreds\").")
    unit = serializers.CharField(required=False, help_text="quantity, percent: what is counted.")
    qualifier = serializers.CharField(required=False, help_text='quantity: "about", "more than"...')
    month = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=12)
    day = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=31)
    year = serializers.IntegerField(required=False, allow_null=True)
    weekday = serializers.CharField(required=False)

    def to_representation(self, figure):
        return dict(figure)  # as stored: only the keys its kind has


class ClaimSerializer(serializers.ModelSerializer):
    """The fields below describe the output (and the OpenAPI schema); to_representation writes the same
    output directly, since lists serialise up to 200 claims a request (tests compare the two)."""

    article = ArticleRefSerializer()
    outlet = RefSerializer(source="article.outlet")
    claimant = RefSerializer(allow_null=True)
    url = serializers.HyperlinkedIdentityField(view_name="api:claim-detail")
    reasons = serializers.ListField(child=serializers.CharField(), help_text="Why the extractor kept it.")
    figures = FigureSerializer(many=True, help_text="Structured quantities and dates it states.")
    suggested_status = serializers.ChoiceField(choices=[("", "none"), *Status.choices],
                                               help_text="The cluster's verdict, for a claim that joined it later.")

    class Meta:
        model = Claim
        fields = ["id", "url", "text", "status", "status_changed_at", "version", "article", "outlet", "claimant",
                  "start", "end", "checkworthiness", "reasons", "figures", "present", "cluster", "has_conflict",
                  "needs_review", "suggested_status", "created_at", "updated_at"]
        list_serializer_class = ClaimListSerializer

    def to_representation(self, claim):
        """From a row of claim_rows() (lists) or a Claim of claim_queryset() (single claims)."""
        if not hasattr(self, "_detail_url"):
            self._detail_url = DetailURL("api:claim-detail", self.context.get("request"))
        row = claim if isinstance(claim, dict) else claim_row(claim)
        claimant_id = row["claimant_id"]
        return {
            "id": row["id"], "url": self._detail_url(row["id"]), "text": row["text"], "status": row["status"],
            "status_changed_at": iso_datetime(row["status_changed_at"]), "version": row["version"],
            "article": {"id": row["article_id"], "title": row["article__title"], "url": row["article__url"]},
            "outlet": {"id": row["article__outlet_id"], "name": row["article__outlet__name"]},
            "claimant": {"id": claimant_id, "name": row["claimant__name"]} if claimant_id is not None else None,
            "start": row["start"], "end": row["end"], "checkworthiness": row["checkworthiness"],
            "reasons": row["reasons"], "figures": row["figures"], "present": row["present"],
            "cluster": row["cluster_id"], "has_conflict": row["has_conflict"], "needs_review": row["needs_review"],
            "suggested_status": row["suggested_status"], "created_at": iso_datetime(row["created_at"]),
            "updated_at": iso_datetime(row["updated_at"]),
        }


class HistoryEntrySerializer(serializers.ModelSerializer):
    at = serializers.DateTimeField(source="created_at")
    actor = serializers.SerializerMethodField()
    from_status = serializers.ChoiceField(choices=[("", "none"), *Status.choices],
                                          help_text="Blank unless the entry changed the status.")
    to_status = serializers.ChoiceField(choices=[("", "none"), *Status.choices])
    changes = serializers.DictField(child=serializers.ListField(min_length=2, max_length=2),
                                    help_text="{field: [old, new]}")
    evidence = serializers.SerializerMethodField()

    @extend_schema_field({"type": "array", "items": {
        "type": "object", "required": ["note"], "additionalProperties": False, "properties": {
            "url": {"type": "string", "format": "uri"}, "note": {"type": "string"},
            "claim": {"type": "integer", "description": "A claim of this tracker."},
            "article": {"type": "integer", "description": "An article of this tracker."}}}})
    def get_evidence(self, event) -> list:
        return event.evidence

    class Meta:
        model = ClaimEvent
        fields = ["id", "at", "actor", "actor_name", "origin", "request_id", "action", "from_status", "to_status",
                  "changes", "note", "evidence", "reason", "prev_hash", "entry_hash"]

    def get_actor(self, event) -> str | None:
        return event.actor.get_username() if event.actor_id else None

    def to_representation(self, event):
        """The declared fields' output, written directly (tests compare the two). Without may_see_people
        (CLAIMTRACK_SHOW_PEOPLE=staff), who it was is left out; what was done, when and how stay."""
        shown = may_see_people(self.context.get("request"))
        return {"id": event.pk, "at": iso_datetime(event.created_at), "actor": self.get_actor(event) if shown else None,
                "actor_name": event.actor_name if shown else "", "origin": event.origin, "request_id": event.request_id,
                "action": event.action, "from_status": event.from_status, "to_status": event.to_status,
                "changes": event.changes, "note": event.note, "evidence": event.evidence, "reason": event.reason,
                "prev_hash": event.prev_hash, "entry_hash": event.entry_hash}


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know instead of silently dropping them."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = set(data) - set(self.fields)
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in sorted(unknown)})
        return super().to_internal_value(data)


class DismissSerializer(StrictSerializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=250,
                                 help_text="Why it is not worth checking (kept in the history).")


class PromoteSerializer(StrictSerializer):
    start = serializers.IntegerField(min_value=0, help_text="Offset of the sentence in the article's body.")
    end = serializers.IntegerField(min_value=1, help_text="Offset just after it.")


class EvidenceItemSerializer(StrictSerializer):
    url = serializers.URLField(required=False, max_length=2000)
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    claim = serializers.IntegerField(required=False, min_value=1)
    article = serializers.IntegerField(required=False, min_value=1)

    def validate(self, attrs):
        if not {"url", "claim", "article"} & set(attrs):
            raise serializers.ValidationError("Give a url, a claim id or an article id.")
        return attrs


class StatusChangeSerializer(StrictSerializer):
    """A verdict. verified and contradicted need a rationale (note); contradicted needs at least one evidence
    item; unknown fields are refused (400)."""

    status = serializers.ChoiceField(choices=Status.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=10000, default="",
                                 help_text=f"The rationale: at least {MIN_NOTE_LENGTH} characters for verified or "
                                           "contradicted.")
    evidence = EvidenceItemSerializer(many=True, required=False, default=list, max_length=MAX_EVIDENCE_ITEMS,
                                      help_text="Sources for the verdict; at least one for contradicted.")


class StatusChangeResultSerializer(ClaimSerializer):
    changed = serializers.BooleanField()
    message = serializers.CharField()
    history_entry = HistoryEntrySerializer(allow_null=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "changed", "message", "history_entry"]

    def to_representation(self, claim):
        entry = claim.history_entry
        return {**super().to_representation(claim), "changed": claim.changed, "message": claim.message,
                "history_entry": HistoryEntrySerializer(entry, context=self.context).data if entry is not None else None}


class ClusterClaimSerializer(serializers.ModelSerializer):
    article = ArticleRefSerializer()
    outlet = RefSerializer(source="article.outlet")
    claimant = RefSerializer(allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "text", "status", "article", "outlet", "claimant", "cluster_score", "cluster_reasons",
                  "has_conflict"]

    def to_representation(self, claim):
        """From a row of cluster_claims() or a Claim; the declared fields' output (tests compare the two)."""
        row = claim if isinstance(claim, dict) else {**claim_row(claim), "cluster_score": claim.cluster_score,
                                                     "cluster_reasons": claim.cluster_reasons}
        claimant_id = row["claimant_id"]
        return {
            "id": row["id"], "text": row["text"], "status": row["status"],
            "article": {"id": row["article_id"], "title": row["article__title"], "url": row["article__url"]},
            "outlet": {"id": row["article__outlet_id"], "name": row["article__outlet__name"]},
            "claimant": {"id": claimant_id, "name": row["claimant__name"]} if claimant_id is not None else None,
            "cluster_score": row["cluster_score"], "cluster_reasons": row["cluster_reasons"],
            "has_conflict": row["has_conflict"],
        }


class ConflictSerializer(serializers.ModelSerializer):
    summary = serializers.CharField(read_only=True)

    class Meta:
        model = Conflict
        fields = ["id", "kind", "key", "summary", "values", "explained", "note", "explained_by", "explained_at"]

    def to_representation(self, conflict):
        """The declared fields' output, written directly (tests compare the two)."""
        return {"id": conflict.pk, "kind": conflict.kind, "key": conflict.key, "summary": conflict.summary,
                "values": conflict.values, "explained": conflict.explained, "note": conflict.note,
                "explained_by": conflict.explained_by if may_see_people(self.context.get("request")) else "",
                "explained_at": iso_datetime(conflict.explained_at)}


class ClusterListSerializer(serializers.ListSerializer):
    def to_representation(self, data):
        clusters = list(data.all() if hasattr(data, "all") else data)
        self.child.load(clusters)
        return [self.child.to_representation(cluster) for cluster in clusters]


class ClusterSerializer(serializers.ModelSerializer):
    """A cluster with its first claims (CLAIMS_IN_LIST in lists, CLAIMS_IN_DETAIL alone; all of them are at
    claims_url) and its counts over all its present claims (kept by the database). Five queries a page:
    clusters, conflicts, claims, their articles, their claimants."""

    CLAIMS_IN_LIST = 5
    CLAIMS_IN_DETAIL = 50

    url = serializers.HyperlinkedIdentityField(view_name="api:cluster-detail")
    claims = serializers.SerializerMethodField(help_text="The first present claims, oldest first; see claim_count.")
    claims_url = serializers.SerializerMethodField(help_text="Every claim of the cluster: /claims/?cluster=ID.")
    status_summary = serializers.SerializerMethodField()
    has_conflict = serializers.SerializerMethodField()
    conflicts = ConflictSerializer(many=True)

    class Meta:
        model = Cluster
        fields = ["id", "url", "state", "version", "verdict", "claims", "claims_url", "claim_count", "article_count",
                  "outlet_count", "status_summary", "has_conflict", "conflicts", "created_at", "updated_at"]
        list_serializer_class = ClusterListSerializer

    def load(self, clusters: list[Cluster]) -> None:
        """Read the claims and counts of these clusters (called once per page, or for one cluster)."""
        ids = [cluster.pk for cluster in clusters]
        per_cluster = self.CLAIMS_IN_LIST if self.parent is not None else self.CLAIMS_IN_DETAIL
        self._claims = cluster_claims(ids, per_cluster)

    def to_representation(self, cluster):
        """The declared fields' output, written directly (tests compare the two)."""
        if cluster.pk not in getattr(self, "_claims", {}):
            self.load([cluster])
        if not hasattr(self, "_detail_url"):
            self._detail_url = DetailURL("api:cluster-detail", self.context.get("request"))
        conflict = ConflictSerializer(context=self.context)
        conflicts = list(cluster.conflicts.all())
        return {
            "id": cluster.pk, "url": self._detail_url(cluster.pk), "state": cluster.state,
            "version": cluster.version, "verdict": cluster.verdict, "claims": self.get_claims(cluster),
            "claims_url": self.get_claims_url(cluster), "claim_count": cluster.claim_count,
            "article_count": cluster.article_count, "outlet_count": cluster.outlet_count,
            "status_summary": self.get_status_summary(cluster), "has_conflict": self.get_has_conflict(cluster),
            "conflicts": [conflict.to_representation(c) for c in conflicts],
            "created_at": iso_datetime(cluster.created_at), "updated_at": iso_datetime(cluster.updated_at),
        }

    @extend_schema_field(ClusterClaimSerializer(many=True))
    def get_claims(self, cluster) -> list:
        claim = ClusterClaimSerializer()
        return [claim.to_representation(row) for row in self._claims[cluster.pk]]

    def get_claims_url(self, cluster) -> str:
        if not hasattr(self, "_claims_url"):
            request, url = self.context.get("request"), reverse("api:claim-list")
            self._claims_url = request.build_absolute_uri(url) if request is not None else url
        return f"{self._claims_url}?cluster={cluster.pk}"

    def get_status_summary(self, cluster) -> dict[str, int]:
        return {status: getattr(cluster, f"{status}_count") for status in Status.values}

    def get_has_conflict(self, cluster) -> bool:
        return any(not conflict.explained for conflict in cluster.conflicts.all())


class ClusterStatusResultSerializer(ClusterSerializer):
    changed = serializers.IntegerField(help_text="How many claims got a new verdict.")
    message = serializers.CharField()

    class Meta(ClusterSerializer.Meta):
        fields = [*ClusterSerializer.Meta.fields, "changed", "message"]
