"""/api/v1/webhooks/: staff subscribe partner systems to events."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.permissions import DjangoModelPermissions

from tracker.parsers import StrictJSONParser
from tracker.permissions import IsStaff
from webhooks.delivery import UnsafeURL, check_url
from webhooks.models import EventType, Subscription


class SubscriptionSerializer(serializers.ModelSerializer):
    events = serializers.ListField(child=serializers.ChoiceField(choices=EventType.choices), min_length=1,
                                   max_length=len(EventType.choices), help_text="Event types to receive.")
    secret = serializers.SerializerMethodField(
        help_text="Signs every delivery (see the README); given only in the answer to the creation.")

    class Meta:
        model = Subscription
        fields = ["id", "url", "events", "description", "active", "secret", "created_at"]
        read_only_fields = ["id", "created_at"]

    def get_secret(self, obj) -> str | None:
        return obj.secret if self.context.get("show_secret") else None

    def validate_url(self, url: str) -> str:
        try:
            check_url(url)
        except UnsafeURL as exc:
            raise serializers.ValidationError(str(exc)) from None
        return url

    def validate_events(self, events: list[str]) -> list[str]:
        return sorted(set(events))


@extend_schema_view(list=extend_schema(summary="List webhook subscriptions (staff)"),
                    create=extend_schema(summary="Subscribe a URL to events (staff); the answer holds the secret"),
                    retrieve=extend_schema(summary="One subscription (staff)"),
                    update=extend_schema(summary="Change a subscription (staff)"),
                    partial_update=extend_schema(summary="Change part of a subscription (staff)"),
                    destroy=extend_schema(summary="Remove a subscription and its pending deliveries (staff)"))
class SubscriptionViewSet(viewsets.ModelViewSet):
    serializer_class = SubscriptionSerializer
    permission_classes = [IsStaff, DjangoModelPermissions]  # staff with the webhooks rights; superusers
    parser_classes = [StrictJSONParser]
    queryset = Subscription.objects.order_by("id")
    filterset_class = None
    filter_backends: list = []

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "show_secret": self.action == "create"}

    def perform_create(self, serializer):
        serializer.save(created_by=self.request.user)
