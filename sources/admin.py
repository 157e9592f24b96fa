"""Admin for sources, articles and import runs."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from claims.admin import status_badge_html
from claims.models import Claim, Origin, Status
from claims.services import Actor, claim_promote
from sources.importer.cleaning import split_blocks
from sources.models import Article, ImportRun, Source, SourceAlias, SourceMerge
from sources.selectors import source_scorecard
from sources.services import alias_key, source_merge
from tracker.admin import EstimatedCountPaginator, OutletFilter, ReadOnlyAdmin


class AliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 1
    fields = ["name"]


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(queryset=Source.objects.none(), label="Keep this source")

    def __init__(self, *args, sources=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = sources


def _claims_link(text: str, **params) -> str:
    query = "&".join(f"{name}={value}" for name, value in params.items())
    return format_html('<a href="{}?{}">{}</a>', reverse("admin:claims_claim_changelist"), query, text)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "article_count", "claim_count", "homepage", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    inlines = [AliasInline]
    actions = ["merge_action"]
    readonly_fields = ["counts", "scorecard"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # "example.org" means https
    fields = ["name", "kind", "homepage", "description", "counts", "scorecard"]

    class Media:
        css = {"all": ["claims/admin.css"]}

    @admin.display(description="articles and claims")
    def counts(self, source):
        if source.pk is None:
            return "—"
        return format_html("{} articles as outlet ({}), {} claims as claimant ({})", source.article_count,
                           _claims_link("their claims", outlet=source.pk), source.claim_count,
                           _claims_link("its claims", claimant=source.pk))

    @admin.display(description="scorecard")
    def scorecard(self, source):
        """How its claims (as claimant) and its articles' claims (as outlet) were judged, by month."""
        if source.pk is None:
            return "—"
        card = source_scorecard(source)
        header = format_html_join("", '<th scope="col">{}</th>', ((label,) for label in Status.labels))
        tables = []
        for role, title, param in (("as_claimant", "Its claims (as claimant)", "claimant"),
                                   ("as_outlet", "Claims in its articles (as outlet)", "outlet")):
            part = card[role]
            rows = format_html_join("", "<tr><th scope=\"row\">{}</th>" + "<td>{}</td>" * len(Status.values) + "</tr>",
                                    ((month["month"], *(month[status] for status in Status.values))
                                     for month in reversed(part["by_month"])))
            totals = format_html_join("", "<td>{}</td>", ((_claims_link(part[status], **{param: source.pk},
                                                                        status__exact=status),)
                                                          for status in Status.values))
            tables.append(format_html(
                '<table class="source-scorecard"><caption>{}: {} claims</caption><thead><tr><th scope="col">Month'
                '</th>{}</tr></thead><tbody><tr class="source-scorecard-total"><th scope="row">All</th>{}</tr>{}'
                "</tbody></table>", title, part["total"], header, totals, rows))
        return mark_safe("".join(tables))

    def save_formset(self, request, form, formset, change):
        for alias in formset.save(commit=False):
            alias.key = alias_key(alias.name)
            alias.save()
        for alias in formset.deleted_objects:
            alias.delete()

    @admin.action(description="Merge selected sources…", permissions=["merge"])
    def merge_action(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select at least two sources to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, sources=queryset)
        if "apply" in request.POST and form.is_valid():
            into = form.cleaned_data["into"]
            actor = Actor.for_request(request, Origin.ADMIN)
            for source in queryset.exclude(pk=into.pk):
                record = source_merge(source=source, into=into, actor=actor)
                self.message_user(request, f"Merged {record.merged_name!r} into {into.name!r}: "
                                  f"{record.claims_moved} claims, {record.articles_moved} articles moved.")
            return None
        return TemplateResponse(request, "admin/sources/source/merge.html", {
            **self.admin_site.each_context(request), "title": "Merge sources", "form": form, "sources": queryset,
            "opts": self.model._meta, "action": "merge_action",
        })

    def has_merge_permission(self, request):
        return request.user.has_perm("sources.merge_source")


@admin.register(SourceAlias)
class SourceAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "source", "key", "learned"]
    search_fields = ["name", "key", "source__name"]
    list_filter = [("source__kind", admin.ChoicesFieldListFilter), "learned"]
    autocomplete_fields = ["source"]
    list_select_related = ["source"]
    readonly_fields = ["key", "learned"]

    def save_model(self, request, obj, form, change):
        obj.key = alias_key(obj.name)
        obj.learned = False  # an editor's alias: a repair never removes its source
        super().save_model(request, obj, form, change)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "claim_count", "published_at", "external_id", "created_at"]
    list_filter = ["language", "encoding", OutletFilter]
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    search_fields = ["title", "external_id", "url"]
    autocomplete_fields = ["outlet"]
    list_select_related = ["outlet"]
    readonly_fields = ["highlighted_body", "left_out", "import_run_link", "external_id", "content_sha256", "encoding",
                       "created_at", "updated_at"]
    fields = ["title", "outlet", "url", "published_at", "language", "highlighted_body", "left_out", "import_run_link",
              "external_id", "content_sha256", "encoding", "created_at", "updated_at"]

    class Media:
        css = {"all": ["claims/admin.css"]}

    @admin.display(description="import run")
    def import_run_link(self, article):
        if article.import_run_id is None:
            return "—"
        return format_html('<a href="{}">{}</a>', reverse("admin:sources_importrun_change", args=[article.import_run_id]),
                           article.import_run)

    @admin.display(description="text, with its claims")
    def highlighted_body(self, article):
        """The body with every present claim marked in its status colour; a click opens the claim."""
        body = article.body or ""
        parts, position = [], 0
        claims = Claim.objects.filter(article=article, present=True).order_by("start", "id").values_list(
            "id", "start", "end", "status")
        for claim_id, start, end, status in claims:
            if start < position or end > len(body):
                continue  # overlaps the claim before it: that one is marked
            label = Status(status).label
            parts.append(format_html('{}<a class="claim-mark claim-mark-{}" href="{}" title="{}">{}</a>',
                                     body[position:start], status,
                                     reverse("admin:claims_claim_change", args=[claim_id]), label, body[start:end]))
            position = end
        parts.append(format_html("{}", body[position:]))
        legend = mark_safe(" ".join(status_badge_html(value) for value in Status.values))
        return format_html('<p class="claim-legend">{}</p><div class="article-body">{}</div>', legend,
                           mark_safe("".join(parts)))

    @admin.display(description="sentences that are not claims")
    def left_out(self, article):
        """Each sentence the extractor left out, with its learned check-worthiness; reviewers may make it a
        claim (the button posts to promote_view)."""
        # Imported here, as in sources.importer.preview: every manage.py command loads the admin.
        from sources.importer.extraction import extract_claims

        body = article.body or ""
        taken = list(Claim.objects.filter(article=article).values_list("start", "end"))
        rows = []
        for sentence in extract_claims(body, split_blocks(body), every_sentence=True):
            if any(start < sentence.end and end > sentence.start for start, end in taken):
                continue
            rows.append(format_html(
                '<li><span class="claim-score">{}</span> {} <button type="submit" name="_promote" value="{}:{}" '
                'formaction="promote/" class="button">Make it a claim</button></li>',
                f"{sentence.checkworthiness:.2f}", sentence.text, sentence.start, sentence.end))
        if not rows:
            return "Every sentence is a claim."
        return format_html('<ul class="left-out">{}</ul>', mark_safe("".join(rows)))

    def get_urls(self):
        return [path("<path:object_id>/promote/", self.admin_site.admin_view(self.promote_view),
                     name="sources_article_promote"), *super().get_urls()]

    def promote_view(self, request, object_id):
        """A reviewer makes a left-out sentence a claim (claims.services.claim_promote)."""
        article = get_object_or_404(Article, pk=object_id) if str(object_id).isdigit() else None
        if article is None or request.method != "POST":
            raise Http404("No such article.")
        start, _, end = request.POST.get("_promote", "").partition(":")
        try:
            claim = claim_promote(article=article, start=int(start), end=int(end),
                                  actor=Actor.for_request(request, Origin.ADMIN))
        except (ValueError, ValidationError, PermissionDenied) as exc:
            self.message_user(request, f"Not made a claim: {' '.join(getattr(exc, 'messages', [str(exc)]))}",
                              messages.ERROR)
        else:
            self.message_user(request, format_html('Claim <a href="{}">#{}</a> made of the sentence.',
                                                   reverse("admin:claims_claim_change", args=[claim.pk]), claim.pk),
                              messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:sources_article_change", args=[article.pk]))

    def has_delete_permission(self, request, obj=None):
        return False  # claims and their history hang off articles


@admin.register(SourceMerge)
class SourceMergeAdmin(ReadOnlyAdmin):
    list_display = ["merged_name", "into", "claims_moved", "articles_moved", "actor_name", "created_at"]
    search_fields = ["merged_name", "into__name"]


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = ["id", "started_at", "finished_at", "started_by", "state", "files_seen", "articles_created",
                    "articles_updated", "articles_unchanged", "articles_duplicate", "claims_created"]
    list_filter = ["state"]
    search_fields = ["started_by"]
