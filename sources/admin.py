"""Admin for sources, articles and import runs."""

from django import forms
from django.contrib import admin, messages
from django.template.response import TemplateResponse

from claims.models import Origin
from claims.services import Actor
from sources.models import Article, ImportRun, Source, SourceAlias, SourceMerge
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


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "article_count", "claim_count", "homepage", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    inlines = [AliasInline]
    actions = ["merge_action"]

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
    search_fields = ["title", "external_id", "url"]
    autocomplete_fields = ["outlet"]
    list_select_related = ["outlet"]
    readonly_fields = ["body", "external_id", "content_sha256", "encoding", "created_at", "updated_at"]

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
