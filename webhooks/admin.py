"""Webhook subscriptions (staff) and deliveries: what was sent, what failed and the last answer."""

from django import forms
from django.contrib import admin, messages
from django.utils import timezone

from tracker.admin import ReadOnlyMixin
from webhooks.delivery import UnsafeURL, check_url
from webhooks.models import Delivery, EventType, Subscription


class SubscriptionForm(forms.ModelForm):
    url = forms.URLField(label="URL", max_length=2000, assume_scheme="https",
                         help_text="http(s); receives a signed JSON POST per event.")
    events = forms.MultipleChoiceField(choices=EventType.choices, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Subscription
        fields = ["url", "events", "description", "active"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            check_url(url)
        except UnsafeURL as exc:
            raise forms.ValidationError(str(exc)) from None
        return url


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    form = SubscriptionForm
    list_display = ["url", "description", "event_types", "active", "created_at"]
    list_filter = ["active"]
    readonly_fields = ["secret", "created_by", "created_at"]

    @admin.display(description="events")
    def event_types(self, obj) -> str:
        return ", ".join(obj.events)

    def get_readonly_fields(self, request, obj=None):
        # The secret is shown once the subscription exists, to staff who may change it.
        return self.readonly_fields if obj is not None else ["created_by", "created_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["id", "kind", "subscription", "state", "attempts", "last_status", "last_error_short",
                    "next_attempt_at", "delivered_at"]
    list_filter = ["state", "event__kind"]
    list_select_related = ["event", "subscription"]
    readonly_fields = ["event", "subscription", "state", "attempts", "next_attempt_at", "last_attempt_at",
                       "last_status", "last_response", "last_error", "delivered_at", "payload"]
    actions = ["retry_action"]
    show_full_result_count = False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_staff

    @admin.display(description="event", ordering="event__kind")
    def kind(self, obj) -> str:
        return obj.event.kind

    @admin.display(description="last error")
    def last_error_short(self, obj) -> str:
        return obj.last_error[:80]

    @admin.display(description="payload")
    def payload(self, obj):
        return obj.event.payload

    @admin.action(description="Retry selected deliveries now", permissions=["retry"])
    def retry_action(self, request, queryset):
        count = queryset.exclude(state=Delivery.State.DELIVERED).update(
            state=Delivery.State.PENDING, next_attempt_at=timezone.now())
        self.message_user(request, f"{count} deliveries will be retried.", messages.SUCCESS)

    def has_retry_permission(self, request) -> bool:
        return request.user.has_perm("webhooks.change_delivery")
