"""API v1 routes (mounted at /api/v1/ under the "api" namespace)."""

from csp.decorators import csp_update
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from claims.api.views import ClaimViewSet, ClusterViewSet, obtain_auth_token
from sources.api.views import ArticleViewSet, ExtractView, ImportRunViewSet, SourceViewSet
from tracker.api import api_root
from webhooks.api import SubscriptionViewSet

router = SimpleRouter()
router.register("sources", SourceViewSet, basename="source")
router.register("articles", ArticleViewSet, basename="article")
router.register("claims", ClaimViewSet, basename="claim")
router.register("clusters", ClusterViewSet, basename="cluster")
router.register("imports", ImportRunViewSet, basename="importrun")
router.register("webhooks", SubscriptionViewSet, basename="webhook")

urlpatterns = [
    path("", api_root, name="root"),
    path("auth/token/", obtain_auth_token, name="auth-token"),
    path("extract/", ExtractView.as_view(), name="extract"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI's page carries one <style> block; its script comes from a URL (the split view), so the
    # policy still allows no inline script.
    path("docs/", csp_update({"style-src": ["'unsafe-inline'"]})(SpectacularSwaggerSplitView.as_view(
        url_name="api:schema")), name="docs"),
    path("claims/export.csv", ClaimViewSet.as_view({"get": "export"}), name="claim-export-csv"),
    path("claims/claimreview.jsonl", ClaimViewSet.as_view({"get": "claimreview_export"}),
         name="claimreview-export"),
    *router.urls,
]
