from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class TrackerConfig(AppConfig):
    """Project-wide database behaviour (tracker.db); tracker holds no models."""

    name = "tracker"

    def ready(self):
        from django.db.models import BooleanField

        from tracker.db import IndexedBooleanExact

        BooleanField.register_lookup(IndexedBooleanExact)


class TrackerAdminConfig(AdminConfig):
    """django.contrib.admin whose site (admin.site) is the review desk: tracker.admin_site.TrackerAdminSite."""

    default_site = "tracker.admin_site.TrackerAdminSite"
