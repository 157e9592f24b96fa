"""Fact checks in the admin: what is published, since when, corrections; changes go through the claim's
publish and withdraw actions (publishing.services)."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from publishing.claimreview import page_url
from publishing.models import Correction, FactCheck
from tracker.admin import ReadOnlyAdmin, ReadOnlyMixin


class CorrectionInline(ReadOnlyMixin, admin.TabularInline):
    model = Correction
    fields = ["created_at", "kind", "from_status", "to_status", "note", "actor_name"]
    readonly_fields = fields
    extra = 0


@admin.register(FactCheck)
class FactCheckAdmin(ReadOnlyAdmin):
    list_display = ["id", "status", "claim_text_short", "subject", "live", "first_published_at", "modified_at",
                    "page"]
    list_filter = ["status", ("withdrawn_at", admin.EmptyFieldListFilter)]
    search_fields = ["claim_text"]
    ordering = ["-first_published_at", "-id"]
    inlines = [CorrectionInline]
    show_full_result_count = False

    @admin.display(description="claim")
    def claim_text_short(self, obj) -> str:
        return obj.claim_text[:120]

    @admin.display(description="about")
    def subject(self, obj):
        if obj.cluster_id:
            return format_html('<a href="{}">cluster #{}</a>', reverse("admin:claims_cluster_change",
                                                                       args=[obj.cluster_id]), obj.cluster_id)
        return format_html('<a href="{}">claim #{}</a>', reverse("admin:claims_claim_change", args=[obj.claim_id]),
                           obj.claim_id)

    @admin.display(boolean=True)
    def live(self, obj) -> bool:
        return obj.live

    @admin.display(description="public page")
    def page(self, obj):
        return format_html('<a href="{}">{}</a>', page_url(obj.pk), "open")
