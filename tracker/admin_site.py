"""The admin site: Django's, with the review desk's dashboard as its index page."""

from django.contrib import admin


class TrackerAdminSite(admin.AdminSite):
    site_header = "claimtrack review desk"
    site_title = "claimtrack"
    index_title = "Review desk"
    # The queue needs the width: the model list is one click away on the dashboard.
    enable_nav_sidebar = False

    def login(self, request, extra_context=None):
        """Django's login, refused with 429 once an address or a username has tried too often."""
        from django.template.response import TemplateResponse

        from tracker.throttling import login_wait

        if request.method == "POST":
            wait = login_wait(request)
            if wait is not None:
                response = TemplateResponse(request, "admin/login_throttled.html",
                                            {**self.each_context(request), "title": "Too many attempts",
                                             "wait": int(wait) + 1}, status=429)
                response["Retry-After"] = str(int(wait) + 1)
                return response
        return super().login(request, extra_context)

    def index(self, request, extra_context=None):
        from claims.selectors import review_dashboard

        context = dict(extra_context or {})
        if request.user.has_perm("claims.view_claim"):
            context["dashboard"] = review_dashboard()
        return super().index(request, context)
