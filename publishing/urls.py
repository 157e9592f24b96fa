from django.urls import path

from publishing import views

app_name = "publishing"

urlpatterns = [
    path("", views.fact_check_index, name="index"),
    path("<int:pk>/", views.fact_check_detail, name="fact-check"),
    path("feed/", views.fact_check_feed, name="feed"),
    path("datafeed.json", views.data_feed, name="datafeed"),
]

sitemap_urls = [
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap-section"),
]
