"""The admin site: Django's, with the review desk's dashboard as its index page."""

from django.contrib import admin


class TrackerAdminSite(admin.AdminSite):
    site_header = "claimtrack review desk"
    site_title = "claimtrack"
    index_title = "Review desk"
    # The queue needs the width: the model list is one click away on the dashboard.
    enable_nav_sidebar = False

    def index(self, request, extra_context=None):
        from claims.selectors import review_dashboard

        context = dict(extra_context or {})
        if request.user.has_perm("claims.view_claim"):
            context["dashboard"] = review_dashboard()
        return super().index(request, context)
