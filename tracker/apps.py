from django.contrib.admin.apps import AdminConfig


class TrackerAdminConfig(AdminConfig):
    """django.contrib.admin whose site (admin.site) is the review desk: tracker.admin_site.TrackerAdminSite."""

    default_site = "tracker.admin_site.TrackerAdminSite"
