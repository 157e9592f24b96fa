"""Public pages: a page per fact check with its ClaimReview, the index, the Atom feed, the sitemap and a
schema.org DataFeed. Server-rendered, escaped by the templates, a fixed number of queries per page; nothing
is public unless CLAIMTRACK_PUBLISHING is on."""

import json
from datetime import datetime
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
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
    """Atom: the 50 most recently published, corrected or withdrawn fact checks (served through public())."""

    feed_type = Atom1Feed
    description_template = None

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


fact_check_feed = public(FactCheckFeed())


SITEMAP_SIZE = 50_000  # URLs per sitemap file, the protocol's limit
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@public
def sitemap_index(request):
    """A sitemap index naming one file per 50,000 fact-check pages, on CLAIMTRACK_SITE_URL."""
    files = max(1, -(-FactCheck.objects.count() // SITEMAP_SIZE))
    location = escape(site_url(reverse("sitemap-section", kwargs={"section": "fact-checks"})))
    entries = "".join(f"<sitemap><loc>{location}{'' if page == 1 else f'?p={page}'}</loc></sitemap>"
                      for page in range(1, files + 1))
    return HttpResponse(f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">{entries}'
                        "</sitemapindex>\n", content_type="application/xml")


@public
def sitemap_section(request, section: str):
    """Every fact-check page (withdrawn ones stay, saying so) with lastmod, streamed from one index range:
    a file of 50,000 pages is one query and no per-row URL reversing."""
    page = request.GET.get("p", "1")
    if section != "fact-checks" or not page.isascii() or not page.isdigit() or int(page) < 1:
        raise Http404("No such sitemap.")
    start = (int(page) - 1) * SITEMAP_SIZE
    rows = FactCheck.objects.order_by("id").values_list("id", "modified_at")[start:start + SITEMAP_SIZE]
    head, _, tail = escape(page_url(987654321)).partition("987654321")

    def lines():
        yield f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n'
        for pk, modified in rows.iterator(chunk_size=5000):
            yield f"<url><loc>{head}{pk}{tail}</loc><lastmod>{modified.isoformat()}</lastmod></url>\n"
        yield "</urlset>\n"

    return StreamingHttpResponse(lines(), content_type="application/xml")


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
