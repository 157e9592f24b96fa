from rest_framework import serializers

from claims.api.serializers import RefSerializer, iso_datetime
from sources.models import Article, ImportRun, Source
from sources.selectors import alias_names


class SourceListSerializer(serializers.ListSerializer):
    def to_representation(self, data):
        sources = list(data.all() if hasattr(data, "all") else data)
        self.child.aliases_of = alias_names([source.pk for source in sources])
        return [self.child.to_representation(source) for source in sources]


class SourceSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()
    article_count = serializers.IntegerField(read_only=True)
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Source
        fields = ["id", "name", "kind", "aliases", "homepage", "description", "article_count", "claim_count"]
        list_serializer_class = SourceListSerializer

    def get_aliases(self, source) -> list[str]:
        aliases_of = getattr(self, "aliases_of", None)
        names = aliases_of[source.pk] if aliases_of is not None else alias_names([source.pk])[source.pk]
        return [name for name in names if name != source.name]

    def to_representation(self, source):
        """The declared fields' output, written directly (tests compare the two)."""
        return {"id": source.pk, "name": source.name, "kind": source.kind, "aliases": self.get_aliases(source),
                "homepage": source.homepage, "description": source.description,
                "article_count": source.article_count, "claim_count": source.claim_count}


class ArticleSerializer(serializers.ModelSerializer):
    outlet = RefSerializer()
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = ["id", "title", "url", "outlet", "published_at", "language", "encoding", "external_id", "content_sha256",
                  "claim_count", "created_at", "updated_at"]

    def to_representation(self, article):
        """The declared fields' output, written directly (tests compare the two)."""
        outlet = article.outlet
        return {"id": article.pk, "title": article.title, "url": article.url,
                "outlet": {"id": outlet.pk, "name": outlet.name}, "published_at": iso_datetime(article.published_at),
                "language": article.language, "encoding": article.encoding, "external_id": article.external_id,
                "content_sha256": article.content_sha256, "claim_count": article.claim_count,
                "created_at": iso_datetime(article.created_at), "updated_at": iso_datetime(article.updated_at)}


class ArticleClaimSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    status = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    present = serializers.BooleanField()


class ArticleDetailSerializer(ArticleSerializer):
    claims = ArticleClaimSerializer(many=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]

    def to_representation(self, article):
        return {**super().to_representation(article), "body": article.body,
                "claims": ArticleClaimSerializer(article.claims.all(), many=True).data}


class ImportRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportRun
        fields = ["id", "started_at", "finished_at", "started_by", "state", "paths", "files_seen",
                  "articles_created", "articles_updated", "articles_unchanged", "articles_duplicate", "claims_created",
                  "claims_retired", "failures"]


class MonthScoreSerializer(serializers.Serializer):
    month = serializers.CharField(help_text="YYYY-MM")
    verified = serializers.IntegerField()
    unverified = serializers.IntegerField()
    contradicted = serializers.IntegerField()


class ScoreSerializer(serializers.Serializer):
    total = serializers.IntegerField(help_text="Claims still in their articles.")
    verified = serializers.IntegerField()
    unverified = serializers.IntegerField()
    contradicted = serializers.IntegerField()
    by_month = MonthScoreSerializer(many=True)


class ScorecardSerializer(serializers.Serializer):
    as_claimant = ScoreSerializer(help_text="Claims the source made.")
    as_outlet = ScoreSerializer(help_text="Claims in the articles it published.")
