from django.contrib import admin
from django.urls import include, path

from tracker.health import healthz, readyz
from tracker.observability import metrics

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("metrics", metrics, name="metrics"),
    path("admin/", admin.site.urls),
    path("api/v1/", include(("tracker.api_urls", "api"), namespace="api")),
]

handler400 = "tracker.api.bad_request"
handler403 = "tracker.api.permission_denied"
handler404 = "tracker.api.not_found"
handler500 = "tracker.api.server_error"
