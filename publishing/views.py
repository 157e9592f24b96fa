"""Public pages: a page per fact check with its ClaimReview, the index, the Atom feed, the sitemap and a
schema.org DataFeed. Server-rendered, escaped by the templates, a fixed number of queries per page; nothing
is public unless CLAIMTRACK_PUBLISHING is on."""

import json
from datetime import datetime
from functools import wraps
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.syndication.views import Feed
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import conditional_page, require_safe

from claims.models import Status
from publishing.claimreview import (
    RATINGS,
    appearances,
    claim_review,
    claim_reviews,
    page_url,
    publisher,
    site_url,
)
from publishing.models import FactCheck
from publishing.selectors import PAGE_SIZE, corrections, fact_check_page
from tracker.db import batched

JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict) -> str:
    """JSON-LD safe inside <script>: no "</script>" or "<!--" can close or confuse the block."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=1).translate(JSON_SCRIPT_ESCAPES))


def public(view):
    """Only while publishing is on; GET and HEAD only; cacheable for CLAIMTRACK_PAGE_CACHE_SECONDS."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not settings.CLAIMTRACK_PUBLISHING:
            raise Http404("Publishing is off.")
        return view(request, *args, **kwargs)

    # ETags from the body (conditional_page): a renamed claimant or outlet changes the page too.
    cached = cache_control(public=True, max_age=settings.CLAIMTRACK_PAGE_CACHE_SECONDS)(conditional_page(wrapper))
    return require_safe(cached)


@public
def fact_check_detail(request, pk: int):
    fact_check = get_object_or_404(FactCheck, pk=pk)
    seen = appearances([fact_check.pk]).get(fact_check.pk, [])
    history = corrections(fact_check)
    return render(request, "publishing/fact_check.html", {
        "fact_check": fact_check,
        "rating": RATINGS[fact_check.status][1],
        "appearances": seen,
        "claimants": sorted({a.claimant for a in seen if a.claimant}),
        "corrections": [c for c in history if c.kind != c.Kind.PUBLISHED],
        "json_ld": json_ld(claim_review(fact_check, seen)) if fact_check.live else None,
        "canonical": page_url(fact_check.pk),
        "publisher": publisher(),
    })


def _cursor(value: str) -> tuple | None:
    at, _, pk = value.partition("_")
    try:
        return datetime.fromisoformat(at), int(pk)
    except ValueError:
        return None


@public
def fact_check_index(request):
    rating = request.GET.get("rating", "")
    if rating not in RATINGS:
        rating = ""
    text = request.GET.get("q", "").strip()[:200]
    before = _cursor(request.GET.get("before", ""))
    checks = fact_check_page(rating=rating, text=text, before=before)
    more = len(checks) > PAGE_SIZE
    checks = checks[:PAGE_SIZE]
    next_url = None
    if more:
        last = checks[-1]
        query = {k: v for k, v in {"rating": rating, "q": text}.items() if v}
        query["before"] = f"{last.first_published_at.isoformat()}_{last.pk}"
        next_url = "?" + urlencode(query)
    return render(request, "publishing/index.html", {
        "fact_checks": [(fc, RATINGS[fc.status][1]) for fc in checks],
        "ratings": [(status.value, RATINGS[status][1]) for status in (Status.VERIFIED, Status.CONTRADICTED)],
        "rating": rating, "q": text, "next_url": next_url, "publisher": publisher(),
    })


class FactCheckFeed(Feed):
    """Atom: the 50 most recently published, corrected or withdrawn fact checks."""

    feed_type = Atom1Feed
    description_template = None

    def __call__(self, request, *args, **kwargs):
        if not settings.CLAIMTRACK_PUBLISHING:
            raise Http404("Publishing is off.")
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"Fact checks by {settings.CLAIMTRACK_ORGANIZATION_NAME}"

    def link(self):
        return site_url(reverse("publishing:index"))

    def subtitle(self):
        return "Verdicts on claims made in the news, with corrections and withdrawals."

    def feed_url(self):
        return site_url(reverse("publishing:feed"))

    def items(self):
        return FactCheck.objects.order_by("-modified_at", "-id")[:50]

    def item_title(self, item):
        prefix = "Withdrawn: " if not item.live else f"{RATINGS[item.status][1]}: "
        return prefix + item.claim_text[:200]

    def item_description(self, item):
        return item.rationale

    def item_link(self, item):
        return page_url(item.pk)

    def item_guid(self, item):
        return page_url(item.pk)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.modified_at


class FactCheckSitemap(Sitemap):
    """Every fact-check page (withdrawn ones stay, saying so), with lastmod; Django splits it into files of
    50,000 under a sitemap index."""

    changefreq = "weekly"

    def items(self):
        return FactCheck.objects.only("id", "modified_at").order_by("id")

    def location(self, item):
        return reverse("publishing:fact-check", args=[item.pk])

    def lastmod(self, item):
        return item.modified_at

    def get_protocol(self, protocol=None):
        return urlsplit(settings.CLAIMTRACK_SITE_URL).scheme or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return urlsplit(settings.CLAIMTRACK_SITE_URL).netloc or super().get_domain(site)


SITEMAPS = {"fact-checks": FactCheckSitemap}


@public
def sitemap_index(request):
    """The sitemap index, naming its files on CLAIMTRACK_SITE_URL (Django's names them on the request's host)."""
    items = []
    for section, sitemap in SITEMAPS.items():
        location = site_url(reverse("sitemap-section", kwargs={"section": section}))
        items += [SitemapIndexItem(location if page == 1 else f"{location}?p={page}", sitemap().get_latest_lastmod())
                  for page in range(1, sitemap().paginator.num_pages + 1)]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")


@public
def sitemap_section(request, section: str):
    return sitemap_views.sitemap(request, SITEMAPS, section=section)


@public
def data_feed(request):
    """Every live fact check as a schema.org DataFeed of ClaimReview items, streamed in constant memory."""

    def chunks():
        head = {"@context": "https://schema.org", "@type": "DataFeed",
                "name": f"Fact checks by {settings.CLAIMTRACK_ORGANIZATION_NAME}", "url": site_url(request.path),
                "provider": publisher(), "inLanguage": settings.CLAIMTRACK_LANGUAGE}
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "dataFeedElement": ['
        first = True
        ids = FactCheck.objects.filter(withdrawn_at__isnull=True).order_by("id").values_list("id", flat=True)
        for batch in batched(ids.iterator(chunk_size=2000), 500):
            checks = FactCheck.objects.filter(pk__in=batch).order_by("id")
            reviews = claim_reviews(checks)
            for fc in checks:
                item = {"@type": "DataFeedItem", "dateCreated": fc.first_published_at.isoformat(),
                        "dateModified": fc.modified_at.isoformat(), "item": reviews[fc.pk]}
                yield ("" if first else ",") + json.dumps(item, ensure_ascii=False)
                first = False
        yield "]}"

    return StreamingHttpResponse(chunks(), content_type="application/ld+json; charset=utf-8")
