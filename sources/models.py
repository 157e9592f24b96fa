"""Who publishes and who makes claims (Source), what was published (Article), and import runs."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Length, Lower
from django.db.models.lookups import Exact


class KeepsCounters(models.Model):
    """A model with counter columns that database triggers keep (sources.counters).

    save() never writes them back: an instance read before a concurrent import would otherwise put a
    stale count over the one the triggers just updated.
    """

    counters: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [field.name for field in self._meta.concrete_fields
                                       if not field.primary_key and field.name not in self.counters]
        super().save(*args, **kwargs)


class SourceKind(models.TextChoices):
    OUTLET = "outlet", "Outlet"
    ORGANIZATION = "organization", "Organization"
    AGENCY = "agency", "Agency"
    PERSON = "person", "Person"
    OTHER = "other", "Other"


class SourceManager(models.Manager):
    def get_by_natural_key(self, name):
        return self.get(name__iexact=name)


class Source(KeepsCounters):
    """An outlet, organisation, agency or person that publishes or makes claims."""

    counters = ("article_count", "claim_count")

    name = models.CharField("name", max_length=200, help_text="Canonical name, unique regardless of case.")
    kind = models.CharField("kind", max_length=20, choices=SourceKind.choices, default=SourceKind.OTHER)
    homepage = models.URLField("homepage", blank=True)
    description = models.TextField("description", blank=True)
    # Kept by database triggers (sources.counters), never written by Python code.
    article_count = models.PositiveIntegerField("articles", default=0, editable=False,
                                                help_text="Articles it published (as outlet).")
    claim_count = models.PositiveIntegerField("claims", default=0, editable=False,
                                              help_text="Claims it made (as claimant).")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceManager()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_source", "Can merge two sources")]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="%(app_label)s_%(class)s_name_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(kind__in=SourceKind.values), name="%(app_label)s_%(class)s_kind_valid"
            ),
            models.CheckConstraint(condition=~models.Q(name=""), name="%(app_label)s_%(class)s_name_not_empty"),
        ]
        indexes = [
            # /api/v1/sources/?kind=
            models.Index(fields=["kind"], name="sources_source_kind_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.name,)

    @property
    def alias_names(self) -> list[str]:
        return [alias.name for alias in self.aliases.all()]


class SourceAliasManager(models.Manager):
    def get_by_natural_key(self, key):
        return self.get(key=key)


class SourceAlias(models.Model):
    """Another name under which a source appears in text (Zelenskyy, ISW, HUR ...)."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField("alias", max_length=200)
    key = models.CharField(
        "match key",
        max_length=200,
        unique=True,
        help_text="Normalised form used to resolve names in article text to one source.",
    )
    learned = models.BooleanField(
        "learned by the importer",
        default=False,
        help_text="Recorded automatically from article text; false for aliases an editor added.",
    )

    objects = SourceAliasManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "source aliases"
        constraints = [
            models.CheckConstraint(condition=~models.Q(key=""), name="%(app_label)s_%(class)s_key_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.key,)


class SourceMerge(models.Model):
    """Record of an editor folding one source into another (the merged source row is gone)."""

    into = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="merges_received")
    merged_source_id = models.BigIntegerField()
    merged_name = models.CharField(max_length=200)
    merged_aliases = models.JSONField(default=list)
    claims_moved = models.PositiveIntegerField(default=0)
    articles_moved = models.PositiveIntegerField(default=0)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.merged_name} merged into {self.into_id}"


class Article(KeepsCounters):
    """One imported news article: its original text (for display) and where it came from."""

    counters = ("claim_count",)

    outlet = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField("title", max_length=500)
    body = models.TextField("body", help_text="The article text as imported (newlines normalised).")
    url = models.URLField("URL", max_length=1000, blank=True)
    published_at = models.DateTimeField("published at", null=True, blank=True)
    language = models.CharField("language", max_length=16, default="en")
    class Encoding(models.TextChoices):
        UTF8 = "utf-8", "UTF-8"
        WINDOWS_1252 = "windows-1252", "Windows-1252"
        LATIN_1 = "latin-1", "Latin-1"

    encoding = models.CharField(
        "file encoding", max_length=20, choices=Encoding.choices, default=Encoding.UTF8,
        help_text="How the imported file was decoded: utf-8, or windows-1252 / latin-1 when it was not UTF-8.",
    )
    external_id = models.CharField(
        "external id",
        max_length=300,
        help_text="Stable identity of the article in its import source, e.g. the file name.",
    )
    content_sha256 = models.CharField("content SHA-256", max_length=64, unique=True)
    claim_count = models.PositiveIntegerField("claims", default=0, editable=False,
                                              help_text="Claims still in its text; kept by database triggers.")
    import_run = models.ForeignKey(
        "ImportRun", on_delete=models.SET_NULL, null=True, blank=True, related_name="articles", editable=False,
        verbose_name="import run", help_text="The import run that last created or changed it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # Re-imports find the article by the file it came from.
            models.UniqueConstraint(fields=["external_id"], name="%(app_label)s_%(class)s_external_id_unique"),
            models.CheckConstraint(
                condition=Exact(Length("content_sha256"), 64), name="%(app_label)s_%(class)s_sha256_length"
            ),
            models.CheckConstraint(
                condition=models.Q(encoding__in=["utf-8", "windows-1252", "latin-1"]),
                name="%(app_label)s_%(class)s_encoding_valid",
            ),
        ]
        indexes = [
            # /api/v1/articles/?outlet= and ?published_after=
            models.Index(fields=["outlet", "published_at"], name="sources_article_outlet_idx"),
            models.Index(fields=["published_at"], name="sources_article_published_idx"),
            models.Index(fields=["created_at", "id"], name="sources_article_created_idx"),
        ]

    def __str__(self) -> str:
        return self.title


class ImportRun(models.Model):
    """One run of the importer: what it saw, what it changed, what failed."""

    class State(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        PARTIAL = "partial", "Some files failed"
        FAILED = "failed", "Failed"
        DRY_RUN = "dry_run", "Dry run"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    started_by = models.CharField(max_length=200, help_text="User, host or service that started the run.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.RUNNING)
    paths = models.JSONField(default=list)
    files_seen = models.PositiveIntegerField(default=0)
    articles_created = models.PositiveIntegerField(default=0)
    articles_updated = models.PositiveIntegerField(default=0)
    articles_unchanged = models.PositiveIntegerField(default=0)
    articles_duplicate = models.PositiveIntegerField(
        default=0, help_text="Files whose text was already imported under another file name (skipped)."
    )
    claims_created = models.PositiveIntegerField(default=0)
    claims_retired = models.PositiveIntegerField(default=0)
    failures = models.JSONField(default=list, help_text="[{file, reason}] for every file that was skipped.")

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__in=["running", "succeeded", "partial", "failed", "dry_run"]),
                name="%(app_label)s_%(class)s_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.get_state_display()})"
