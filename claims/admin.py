"""Admin for reviewers and editors. Every change goes through claims.services."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from claims.models import (
    REVIEW_ORDER,
    Claim,
    ClaimEvent,
    Cluster,
    Conflict,
    Origin,
    Status,
    VerificationStatus,
)
from claims.selectors import claim_search, cluster_claims, next_in_queue, status_count
from claims.services import (
    Actor,
    VersionConflict,
    can_set_status,
    claim_dismiss,
    claim_set_status,
    claim_update,
    cluster_confirm,
    cluster_merge,
    cluster_move_claim,
    cluster_remove_claim,
    cluster_set_status,
    conflict_explain,
    validate_verdict,
)
from publishing.claimreview import page_url
from publishing.selectors import covering
from publishing.services import fact_check_publish, fact_check_withdraw
from tracker.admin import (
    CappedCountPaginator,
    ClaimantFilter,
    EstimatedCountPaginator,
    KnownCountPaginator,
    OutletFilter,
    PageFirstChangeList,
    ReadOnlyAdmin,
    ReadOnlyMixin,
    safe_link,
)

CONTEXT_CHARS = 300


def status_badge_html(status: str) -> str:
    """A claim status as the coloured badge every admin page shows (claims/static/claims/admin.css)."""
    return format_html('<span class="claim-status claim-status-{}">{}</span>', status, Status(status).label)


def _actor(request) -> Actor:
    return Actor.for_request(request, Origin.ADMIN)


def _action_form(model_admin, request, form_class, *, title, action, claims, selected):
    """The page an admin action asks its questions on: (the valid form, None) once applied, else (None, page)."""
    form = form_class(request.POST if "apply" in request.POST else None)
    if "apply" in request.POST and form.is_valid():
        return form, None
    return None, TemplateResponse(request, "admin/claims/claim/set_status.html", {
        **model_admin.admin_site.each_context(request), "title": title, "form": form, "claims": claims,
        "selected": [obj.pk for obj in selected], "opts": model_admin.model._meta, "action": action,
    })


def _evidence_from_lines(text: str) -> list[dict]:
    """One item per line: "URL" or "URL note ..." ."""
    items = []
    for line in text.splitlines():
        if line.strip():
            url, _, note = line.strip().partition(" ")
            items.append({"url": url, "note": note.strip()})
    return items


class VerdictForm(forms.Form):
    status = forms.ChoiceField(choices=Status.choices)
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False,
                           help_text="Rationale: at least 10 characters for verified or contradicted.")
    evidence = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                               help_text="One URL per line, optionally followed by a note.")

    def clean(self):
        data = super().clean()
        try:
            data["evidence"] = validate_verdict(status=data.get("status", ""), note=data.get("note", ""),
                                                evidence=_evidence_from_lines(data.get("evidence", "")))
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                self.add_error(field if field in self.fields else None, errors)
        return data


class PublishForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2000,
                           help_text="Optional; shown on the page (what a correction changed).")


class DismissForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=250,
                           help_text="Optional: why it is not worth checking (kept in the history and the "
                                     "training data).")


class WithdrawForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000,
                           help_text="Why it is withdrawn; shown on the page.")


class MoveForm(forms.Form):
    cluster = forms.ModelChoiceField(queryset=Cluster.objects.order_by("-id"), widget=forms.NumberInput,
                                     help_text="The id of the cluster the claims belong to.")


class ClaimAdminForm(forms.ModelForm):
    """Claim fields for editors, plus the verdict fields that only reviewers are shown."""

    new_status = forms.ChoiceField(choices=[("", "— keep —"), *Status.choices], required=False,
                                   label="Set status")
    note = VerdictForm.base_fields["note"]
    evidence = VerdictForm.base_fields["evidence"]
    apply_to_cluster = forms.BooleanField(
        required=False, label="Give the whole cluster this verdict",
        help_text="Every claim of its cluster gets the same status, note and evidence, each in its own history.")
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["text", "claimant"]

    def clean(self):
        data = super().clean()
        if data.get("new_status"):
            verdict = VerdictForm(data={"status": data["new_status"], "note": data.get("note", ""),
                                        "evidence": data.get("evidence", "")})
            if not verdict.is_valid():
                for field, errors in verdict.errors.items():
                    self.add_error("new_status" if field in ("status", "__all__") else field, errors)
            else:
                data["evidence_items"] = verdict.cleaned_data["evidence"]
        return data


class VerdictInline(ReadOnlyMixin, admin.TabularInline):
    model = VerificationStatus
    extra = 0
    ordering = ["-id"]
    fields = ["created_at", "status", "reviewer_name", "origin", "note", "evidence_links", "entry_hash"]
    readonly_fields = fields
    verbose_name_plural = "verdicts (newest first)"

    @admin.display(description="evidence")
    def evidence_links(self, verdict):
        return evidence_html(verdict.evidence)


class EventInline(ReadOnlyMixin, admin.TabularInline):
    model = ClaimEvent
    fk_name = "claim"
    extra = 0
    ordering = ["-id"]
    fields = ["created_at", "action", "actor_name", "origin", "from_status", "to_status", "changes_display",
              "note", "reason", "request_id"]
    readonly_fields = fields
    verbose_name_plural = "history: every change (newest first)"

    @admin.display(description="before → after")
    def changes_display(self, event):
        return format_html_join(mark_safe("<br>"), "{}: {} → {}",
                                ((name, old, new) for name, (old, new) in event.changes.items())) or "—"


def evidence_html(evidence: list) -> str:
    """Evidence items as links (http and https only; anything else stays text), each with its note."""
    items = [format_html("<li>{} {}</li>", safe_link(item.get("url", ""), item.get("url", "")), item.get("note", ""))
             for item in evidence if isinstance(item, dict)]
    return format_html("<ul class=\"claim-evidence\">{}</ul>", mark_safe("".join(items))) if items else "—"


class ClaimOutletFilter(OutletFilter):
    field = "article__outlet_id"


class CheckworthinessBand(admin.SimpleListFilter):
    """High, medium or low check-worthiness: ranges of the indexed score."""

    title = "check-worthiness"
    parameter_name = "worth"
    BANDS = {"high": (0.7, None), "medium": (0.4, 0.7), "low": (None, 0.4)}

    def lookups(self, request, model_admin):
        return [("high", "high (0.7 and up)"), ("medium", "medium (0.4 to 0.7)"), ("low", "low (under 0.4)")]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        if self.value() not in self.BANDS:
            return queryset.none()
        low, high = self.BANDS[self.value()]
        if low is not None:
            queryset = queryset.filter(checkworthiness__gte=low)
        return queryset.filter(checkworthiness__lt=high) if high is not None else queryset


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimAdminForm
    # The review queue: the claim in full, its status at a glance, who said it where, how often it is
    # repeated, whether its figures conflict, and how check-worthy it is (most check-worthy first).
    list_display = ["claim_text", "status_badge", "claimant", "outlet", "article_title", "cluster_size",
                    "conflict", "worth"]
    list_display_links = ["claim_text"]
    # Only orders an index serves: by claimant, outlet, status or cluster size a million claims are
    # sorted whole (0.4-5 s); filter by those instead.
    sortable_by = ["worth"]
    list_filter = ["status", ClaimOutletFilter, ClaimantFilter, "has_conflict", "needs_review", "present", "cluster__state",
                   CheckworthinessBand]
    # Unreviewed first, most check-worthy first: served by the claims_claim_review_idx index.
    ordering = list(REVIEW_ORDER)
    search_fields = ["text", "claimant__name", "article__title"]  # shown as the search box; see below
    list_select_related = ["claimant", "article__outlet", "cluster"]
    paginator = EstimatedCountPaginator
    list_per_page = 50  # a screenful or two of claims; rendering the rows is most of a page's time
    show_full_result_count = False  # a second count of every claim on each page
    show_facets = admin.ShowFacets.NEVER  # a count per filter choice is a scan of a million claims each
    autocomplete_fields = ["claimant"]
    readonly_fields = ["in_context", "cluster_panel", "conflict_panel", "status_badge", "status_changed_at", "version",
                       "publication", "article", "start", "end",
                       "checkworthiness", "reasons", "figures", "present", "cluster", "cluster_score",
                       "cluster_reasons", "cluster_locked", "has_conflict", "needs_review", "suggested_status",
                       "created_at", "updated_at"]
    inlines = [EventInline, VerdictInline]
    actions = ["set_status_action", "publish_action", "withdraw_action", "dismiss_action",
               "remove_from_cluster_action", "move_to_cluster_action"]

    def get_ordering(self, request):
        if request.GET.get("q", "").strip():
            # Search results newest first: a common word matches half the archive, and putting half a
            # million matches in queue order took most of a second.
            return ["-id"]
        if request.GET.get("status__exact"):
            # One status: the same order without the "unreviewed first" key, which only the whole queue's
            # index serves (SQLite walked 800,000 unverified claims to reach the contradicted ones).
            return ["-checkworthiness", "-id"]
        return super().get_ordering(request)

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        status = request.GET.get("status__exact")
        if status in Status.values and set(request.GET) <= {"status__exact", "o", "p", "_changelist_filters"}:
            # The dashboard's "awaiting review": 800,000 unverified claims are counted by the database already.
            return KnownCountPaginator(queryset, per_page, count=status_count(status), orphans=orphans,
                                       allow_empty_first_page=allow_empty_first_page)
        if request.GET.get("q", "").strip():
            return CappedCountPaginator(queryset, per_page, orphans=orphans,
                                        allow_empty_first_page=allow_empty_first_page)
        return super().get_paginator(request, queryset, per_page, orphans, allow_empty_first_page)

    def get_changelist(self, request, **kwargs):
        return PageFirstChangeList

    def get_search_results(self, request, queryset, search_term):
        """The API's search: the claim's stored full-text document, not a LIKE scan of three columns."""
        return claim_search(queryset, search_term), False

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (None, {"fields": ["in_context", "text", "claimant", "article"]}),
            ("Status", {"fields": ["status_badge", "status_changed_at", "version", "publication"]}),
            ("The same assertion in other articles", {"fields": ["cluster_panel", "conflict_panel"]}),
        ]
        if obj is not None and can_set_status(request.user):
            verdict = ["new_status", "note", "evidence", "expected_version"]
            if obj.cluster_id:
                verdict.insert(3, "apply_to_cluster")
            fieldsets.append(("New verdict", {"fields": verdict,
                                              "description": "Keys: v verified, u unverified, c contradicted, "
                                                             "Ctrl+Enter save, n next unreviewed claim."}))
        fieldsets.append(("Matching", {"classes": ["collapse"], "fields": [
            "cluster", "cluster_score", "cluster_reasons", "cluster_locked", "has_conflict", "needs_review",
            "suggested_status"]}))
        fieldsets.append(("Extraction", {"classes": ["collapse"], "fields": [
            "start", "end", "checkworthiness", "reasons", "figures", "present", "created_at", "updated_at"]}))
        return fieldsets

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None:
            form.base_fields["expected_version"].initial = obj.version
        return form

    def has_add_permission(self, request):
        return False  # claims come from the importer

    def has_delete_permission(self, request, obj=None):
        return False  # verdict history is append-only; a claim is retired, never deleted

    def has_change_permission(self, request, obj=None):
        # Reviewers submit the claim page to set a status; get_readonly_fields keeps them off the text.
        return super().has_change_permission(request, obj) or can_set_status(request.user)

    def has_set_status_permission(self, request):
        return can_set_status(request.user)

    def has_edit_permission(self, request):
        """Editing claims and their clusters: the model's change permission (editors), never the reviewers'
        right to submit the claim page for a verdict."""
        return super().has_change_permission(request)

    def get_readonly_fields(self, request, obj=None):
        if self.has_edit_permission(request):
            return self.readonly_fields
        return [*self.readonly_fields, "text", "claimant"]

    class Media:
        css = {"all": ["claims/admin.css"]}
        js = ["claims/review.js"]

    def get_urls(self):
        return [path("<int:object_id>/next/", self.admin_site.admin_view(self.next_view),
                     name="claims_claim_next"), *super().get_urls()]

    def next_view(self, request, object_id):
        """The unreviewed claim after this one in the queue's order."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        following = next_in_queue(get_object_or_404(Claim.objects.only("id", "checkworthiness"), pk=object_id))
        if following is None:
            self.message_user(request, "No unreviewed claim after this one: the queue is done.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:claims_claim_changelist") + "?status__exact=unverified")
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[following]))

    def response_change(self, request, obj):
        if "_savenext" in request.POST:
            return self.next_view(request, obj.pk)
        if "_uncluster" in request.POST:
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body")  # no list shows the article text

    @admin.display(description="claim")
    def claim_text(self, claim):
        return claim.text

    @admin.display(description="status", ordering="status")
    def status_badge(self, claim):
        return status_badge_html(claim.status)

    @admin.display(description="conflict", boolean=True, ordering="has_conflict")
    def conflict(self, claim):
        return claim.has_conflict

    @admin.display(description="worth", ordering="checkworthiness")
    def worth(self, claim):
        return f"{claim.checkworthiness:.2f}"

    @admin.display(description="article")
    def article_title(self, claim):
        title = claim.article.title
        return title if len(title) <= 60 else title[:57] + "…"

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, claim):
        return claim.article.outlet

    @admin.display(description="repeats")
    def cluster_size(self, claim):
        return f"{claim.cluster.claim_count} claims" if claim.cluster_id else "—"

    @admin.display(description="in the article")
    def in_context(self, claim):
        body = claim.article.body
        before = body[max(0, claim.start - CONTEXT_CHARS):claim.start]
        after = body[claim.end:claim.end + CONTEXT_CHARS]
        return format_html('<div class="claim-context">…{}<mark>{}</mark>{}…</div>', before,
                           body[claim.start:claim.end], after)

    @admin.display(description="in other articles")
    def cluster_panel(self, claim):
        if not claim.cluster_id:
            return "Not matched with claims of other articles."
        others = [row for row in cluster_claims([claim.cluster_id], 50)[claim.cluster_id] if row["id"] != claim.pk]
        rows = format_html_join("", '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>', (
            (reverse("admin:claims_claim_change", args=[row["id"]]), row["text"], row["article__outlet__name"],
             row["claimant__name"] or "—", status_badge_html(row["status"])) for row in others))
        more = claim.cluster.claim_count - 1 - len(others)
        return format_html(
            '<table class="claim-cluster"><caption>{} · <a href="{}">cluster #{}</a> ({})</caption>'
            '<thead><tr><th scope="col">Claim</th><th scope="col">Outlet</th><th scope="col">Claimant</th>'
            '<th scope="col">Status</th></tr></thead><tbody>{}</tbody></table>{}',
            f"{claim.cluster.claim_count} claims in {claim.cluster.outlet_count} outlets",
            reverse("admin:claims_cluster_change", args=[claim.cluster_id]), claim.cluster_id,
            claim.cluster.get_state_display(), rows,
            format_html("<p>…and {} more on the cluster's page.</p>", more) if more > 0 else "")

    @admin.display(description="conflicts")
    def conflict_panel(self, claim):
        if not claim.cluster_id:
            return "—"
        panels = []
        for conflict in Conflict.objects.filter(cluster_id=claim.cluster_id).order_by("id"):
            cells = format_html_join("", '<td{}><strong>{}</strong><br>{}<br><a href="{}">{}</a></td>', (
                (mark_safe(' class="claim-conflict-own"') if value.get("claim") == claim.pk else "",
                 value.get("value"), value.get("outlet") or "", reverse("admin:claims_claim_change",
                                                                         args=[value.get("claim")]),
                 value.get("text", "")) for value in conflict.values if isinstance(value.get("claim"), int)))
            state = (format_html("explained: {}", conflict.note) if conflict.explained else
                     format_html('<a href="{}">not explained</a>',
                                 reverse("admin:claims_conflict_change", args=[conflict.pk])))
            panels.append(format_html('<table class="claim-conflict"><caption>{}: {} ({})</caption><tr>{}</tr></table>',
                                      conflict.get_kind_display(), conflict.key, state, cells))
        return mark_safe("".join(panels)) if panels else "No conflict in its cluster."

    @admin.display(description="published")
    def publication(self, obj):
        fact_check = covering([obj.pk]).get(obj.pk)
        if fact_check is None:
            return "Not published (the list's action \"Publish the verdicts…\" publishes it)."
        state = (f"{fact_check.get_status_display()}, since {fact_check.first_published_at:%Y-%m-%d}" if fact_check.live
                 else f"Withdrawn on {fact_check.withdrawn_at:%Y-%m-%d}")
        return format_html('<a href="{}">Fact check #{}</a>: {}', page_url(fact_check.pk), fact_check.pk, state)

    def save_model(self, request, obj, form, change):
        actor = _actor(request)
        expected = form.cleaned_data.get("expected_version")
        try:
            editable = () if "text" in self.get_readonly_fields(request, obj) else ("text", "claimant")
            edits = {name: form.cleaned_data[name] for name in form.changed_data if name in editable}
            if edits:
                claim_update(claim_id=obj.pk, actor=actor, reason="edited in the admin", expected_version=expected,
                             **edits)
                expected = None
            if form.cleaned_data.get("new_status") and form.cleaned_data.get("apply_to_cluster") and obj.cluster_id:
                changes = cluster_set_status(cluster_id=obj.cluster_id, status=form.cleaned_data["new_status"],
                                             note=form.cleaned_data.get("note", ""),
                                             evidence=form.cleaned_data.get("evidence_items", []), actor=actor)
                self.message_user(request, f"Status set to {form.cleaned_data['new_status']} on "
                                  f"{sum(c.changed for c in changes)} claims of cluster #{obj.cluster_id}.",
                                  messages.SUCCESS)
            elif form.cleaned_data.get("new_status"):
                result = claim_set_status(claim_id=obj.pk, status=form.cleaned_data["new_status"],
                                          note=form.cleaned_data.get("note", ""),
                                          evidence=form.cleaned_data.get("evidence_items", []), actor=actor,
                                          expected_version=expected)
                self.message_user(request, result.message, messages.SUCCESS if result.changed else messages.INFO)
            if "_uncluster" in request.POST and obj.cluster_id and self.has_edit_permission(request):
                cluster_remove_claim(claim_id=obj.pk, actor=actor, reason="taken out on its page in the admin")
                self.message_user(request, f"Taken out of cluster #{obj.cluster_id}; matching leaves it out.",
                                  messages.SUCCESS)
        except VersionConflict as exc:
            self.message_user(request, f"Not saved: someone else changed this claim meanwhile ({exc}). "
                              "Reload and try again.", messages.ERROR)
        except PermissionDenied as exc:
            self.message_user(request, str(exc), messages.ERROR)
        obj.refresh_from_db()

    @admin.action(description="Set status of selected claims…", permissions=["set_status"])
    def set_status_action(self, request, queryset):
        form, page = _action_form(self, request, VerdictForm, title="Set status", action="set_status_action",
                                  claims=queryset, selected=queryset)
        if form is None:
            return page
        ids = list(queryset.values_list("id", flat=True))  # a status filter no longer matches them afterwards
        changed = sum(claim_set_status(claim_id=claim_id, status=form.cleaned_data["status"],
                                       note=form.cleaned_data["note"], evidence=form.cleaned_data["evidence"],
                                       actor=_actor(request)).changed for claim_id in ids)
        self.message_user(request, f"Status set on {changed} of {len(ids)} claims.", messages.SUCCESS)
        return None

    @admin.action(description="Publish the verdicts of selected claims as fact checks…", permissions=["set_status"])
    def publish_action(self, request, queryset):
        return self._each_claim(request, queryset, PublishForm, "Publish verdicts", "publish_action",
                                fact_check_publish)

    @admin.action(description="Dismiss selected claims as not check-worthy…", permissions=["set_status"])
    def dismiss_action(self, request, queryset):
        return self._each_claim(request, queryset, DismissForm, "Dismiss as not check-worthy", "dismiss_action",
                                claim_dismiss)

    @admin.action(description="Withdraw the published fact checks of selected claims…", permissions=["set_status"])
    def withdraw_action(self, request, queryset):
        return self._each_claim(request, queryset, WithdrawForm, "Withdraw fact checks", "withdraw_action",
                                fact_check_withdraw)

    def _each_claim(self, request, queryset, form_class, title, action, service):
        """Ask for the note, then each claim on its own: one refused (an unverified claim, publishing off, a
        checked claim to dismiss) does not stop the rest."""
        form, page = _action_form(self, request, form_class, title=title, action=action, claims=queryset,
                                  selected=queryset)
        if form is None:
            return page
        done, refused = [], []
        for claim_id in queryset.values_list("id", flat=True):
            try:
                result = service(claim_id=claim_id, actor=_actor(request), note=form.cleaned_data["note"])
            except (ValidationError, PermissionDenied) as exc:
                refused.append(f"#{claim_id}: {' '.join(getattr(exc, 'messages', [str(exc)]))}")
            else:
                done.append(getattr(result, "message", f"Claim #{claim_id} done."))
        if done:
            self.message_user(request, " ".join(done), messages.SUCCESS)
        if refused:
            self.message_user(request, "Not done: " + "; ".join(refused), messages.ERROR)
        return None

    @admin.action(description="Move selected claims to another cluster…", permissions=["edit"])
    def move_to_cluster_action(self, request, queryset):
        form, page = _action_form(self, request, MoveForm, title="Move to another cluster",
                                  action="move_to_cluster_action", claims=queryset, selected=queryset)
        if form is None:
            return page
        target = form.cleaned_data["cluster"]
        ids = list(queryset.values_list("id", flat=True))
        for claim_id in ids:
            cluster_move_claim(claim_id=claim_id, cluster_id=target.pk, actor=_actor(request))
        self.message_user(request, f"{len(ids)} claims moved to cluster #{target.pk}.", messages.SUCCESS)
        return None

    @admin.action(description="Take selected claims out of their cluster (kept out on re-match)",
                  permissions=["edit"])
    def remove_from_cluster_action(self, request, queryset):
        claims = list(queryset.exclude(cluster=None).values_list("id", flat=True))
        for claim_id in claims:
            cluster_remove_claim(claim_id=claim_id, actor=_actor(request))
        self.message_user(request, f"{len(claims)} claims taken out of their cluster.", messages.SUCCESS)


class ClusterClaimInline(ReadOnlyMixin, admin.TabularInline):
    model = Claim
    fields = ["text", "status", "article", "claimant", "cluster_score", "cluster_reasons", "has_conflict"]
    readonly_fields = fields
    show_change_link = True
    extra = 0


class ConflictInline(ReadOnlyMixin, admin.TabularInline):
    model = Conflict
    fields = ["kind", "summary", "explained", "note", "explained_by"]
    readonly_fields = ["summary"]
    show_change_link = True
    extra = 0


@admin.register(Cluster)
class ClusterAdmin(admin.ModelAdmin):
    """Editors confirm clusters and merge them; every decision goes to the claims' histories."""

    list_display = ["id", "state", "verdict", "claim_count", "outlet_count", "unverified_count", "has_conflict",
                    "updated_at"]
    list_filter = ["state", "verdict"]
    readonly_fields = ["state", "verdict", "version", "created_at", "updated_at"]
    fields = readonly_fields
    inlines = [ClusterClaimInline, ConflictInline]
    actions = ["confirm_action", "merge_action", "set_status_action"]

    def has_set_status_permission(self, request):
        return can_set_status(request.user)

    @admin.action(description="Give every claim of the selected clusters one verdict…", permissions=["set_status"])
    def set_status_action(self, request, queryset):
        form, page = _action_form(self, request, VerdictForm, title="Verdict for whole clusters",
                                  action="set_status_action", selected=queryset,
                                  claims=Claim.objects.filter(cluster__in=queryset, present=True))
        if form is None:
            return page
        changed = 0
        for cluster_id in queryset.values_list("id", flat=True):
            changed += sum(c.changed for c in cluster_set_status(
                cluster_id=cluster_id, status=form.cleaned_data["status"], note=form.cleaned_data["note"],
                evidence=form.cleaned_data["evidence"], actor=_actor(request)))
        self.message_user(request, f"Verdict given to {changed} claims.", messages.SUCCESS)
        return None

    def get_queryset(self, request):
        from django.db.models import Exists, OuterRef

        # claim_count is kept by the database (claims.cluster_counts): no count of the claims per page.
        return super().get_queryset(request).defer("figures").annotate(
            unexplained=Exists(Conflict.objects.filter(cluster=OuterRef("pk"), explained=False)))

    @admin.display(description="unexplained conflict", boolean=True)
    def has_conflict(self, cluster):
        return cluster.unexplained

    def has_add_permission(self, request):
        return False  # clusters come from matching

    def has_delete_permission(self, request, obj=None):
        return False  # take claims out instead, so the decision is in their history

    @admin.action(description="Confirm selected clusters", permissions=["change"])
    def confirm_action(self, request, queryset):
        ids = list(queryset.values_list("id", flat=True))
        for cluster_id in ids:
            cluster_confirm(cluster_id=cluster_id, actor=_actor(request))
        self.message_user(request, f"{len(ids)} clusters confirmed.", messages.SUCCESS)

    @admin.action(description="Merge selected clusters into the oldest of them", permissions=["change"])
    def merge_action(self, request, queryset):
        ids = sorted(queryset.values_list("id", flat=True))
        if len(ids) < 2:
            self.message_user(request, "Select at least two clusters to merge.", messages.ERROR)
            return
        for cluster_id in ids[1:]:
            cluster_merge(cluster_id=cluster_id, into_id=ids[0], actor=_actor(request))
        self.message_user(request, f"{len(ids) - 1} clusters merged into cluster #{ids[0]}.", messages.SUCCESS)


class ConflictAdminForm(forms.ModelForm):
    class Meta:
        model = Conflict
        fields = ["note"]


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    """Editors explain a conflict with a note (through claims.services.conflict_explain)."""

    form = ConflictAdminForm
    list_display = ["summary", "kind", "cluster", "explained", "explained_by"]
    list_filter = ["kind", "explained"]
    readonly_fields = ["cluster", "kind", "key", "summary", "explained", "explained_by", "explained_at"]
    fields = [*readonly_fields, "note"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        try:
            conflict_explain(conflict_id=obj.pk, note=form.cleaned_data["note"], actor=_actor(request))
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)


@admin.register(VerificationStatus)
class VerificationStatusAdmin(ReadOnlyAdmin):
    list_display = ["claim", "status", "reviewer_name", "origin", "created_at"]
    list_filter = ["status", "origin"]
    search_fields = ["claim__text", "reviewer_name", "note"]
    list_select_related = ["claim"]


@admin.register(ClaimEvent)
class ClaimEventAdmin(ReadOnlyAdmin):
    list_display = ["claim", "action", "actor_name", "origin", "created_at"]
    list_filter = ["action", "origin"]
    search_fields = ["claim__text", "actor_name", "request_id"]
    list_select_related = ["claim"]
