from django.contrib import admin
from django.urls import include, path

from publishing.compat import ClaimSearchView
from publishing.urls import sitemap_urls
from tracker.health import healthz, readyz
from tracker.observability import metrics

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("metrics", metrics, name="metrics"),
    path("admin/", admin.site.urls),
    path("api/v1/", include(("tracker.api_urls", "api"), namespace="api")),
    path("api/compat/factchecktools/v1alpha1/claims:search", ClaimSearchView.as_view(),
         name="factchecktools-claims-search"),
    path("fact-checks/", include("publishing.urls")),
    *sitemap_urls,
]

handler400 = "tracker.api.bad_request"
handler403 = "tracker.api.permission_denied"
handler404 = "tracker.api.not_found"
handler500 = "tracker.api.server_error"
