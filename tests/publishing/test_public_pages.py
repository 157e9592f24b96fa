"""The public side: index, Atom feed, sitemap, DataFeed, caching headers, the schema.org vocabulary, and the
whole path a newsroom takes: publish in the admin, read the page, find it by search, receive the webhook."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Origin
from claims.services import Actor
from publishing.models import FactCheck
from publishing.services import fact_check_publish, fact_check_withdraw
from tests.factories import ArticleFactory, make_claim, make_claims
from tests.publishing.conftest import give_verdict

pytestmark = pytest.mark.django_db
VOCABULARY = json.loads((Path(__file__).parent / "data/schemaorg-30.0-subset.json").read_text())
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def published_claims(reviewer, count: int, status: str = "contradicted"):
    actor = Actor(origin=Origin.ADMIN, user=reviewer)
    claims = []
    for i in range(count):
        claim = make_claims(article=ArticleFactory(url=f"https://news.example.com/{i}"),
                            text=f"Claim number {i}: 1,{i}00 soldiers were sent.")[0]
        give_verdict(claim, reviewer, **({"status": "verified", "evidence": []} if status == "verified" else {}))
        fact_check_publish(claim_id=claim.pk, actor=actor)
        claims.append(claim)
    return claims


def is_a(kind: str, expected: str) -> bool:
    """Whether schema.org type `kind` is `expected` or one of its subclasses (or a datatype's)."""
    parents = {**VOCABULARY["classes"], **VOCABULARY["datatypes"]}
    todo = [kind]
    while todo:
        current = todo.pop()
        if current == expected:
            return True
        todo += parents.get(current, [])
    return False


def check_vocabulary(node: dict, problems: list[str], where: str = "") -> None:
    """Every property is a schema.org property of the node's type (or a supertype), and every value fits
    its range: nested things by @type, literals by datatype."""
    kind = node["@type"]
    assert kind in VOCABULARY["classes"], kind
    for name, value in node.items():
        if name.startswith("@"):
            continue
        prop = VOCABULARY["properties"].get(name)
        if prop is None:
            problems.append(f"{where}{kind}.{name}: not in the vocabulary subset")
            continue
        if not any(is_a(kind, domain) for domain in prop["domainIncludes"]):
            problems.append(f"{where}{kind}.{name}: not a property of {kind}")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if not any(is_a(item["@type"], r) for r in prop["rangeIncludes"]):
                    problems.append(f"{where}{kind}.{name}: {item['@type']} not in {prop['rangeIncludes']}")
                check_vocabulary(item, problems, f"{where}{kind}.{name}/")
            else:
                literal = "Number" if isinstance(item, int | float) else "Text"
                if not any(is_a(r, literal) or is_a(literal, r) for r in prop["rangeIncludes"]) and not (
                        literal == "Text" and {"URL", "Date", "DateTime", "Language"} & set(prop["rangeIncludes"])):
                    problems.append(f"{where}{kind}.{name}: a {literal} where {prop['rangeIncludes']} is expected")


def test_every_claimreview_property_is_in_the_schema_org_vocabulary(publishing, reviewer, api):
    [claim] = published_claims(reviewer, 1)
    claim.claimant_id = None
    feed = json.loads(b"".join(api.get("/fact-checks/datafeed.json").streaming_content))
    problems: list[str] = []
    check_vocabulary(feed, problems)
    review = feed["dataFeedElement"][0]["item"]
    assert review["@type"] == "ClaimReview" and review["citation"]
    assert not problems, problems
    assert VOCABULARY["version"] == "30.0"


def test_the_index_lists_live_fact_checks_newest_first_with_filters_and_pages(publishing, reviewer, api,
                                                                             django_assert_max_num_queries):
    contradicted = published_claims(reviewer, 55)
    verified = published_claims(reviewer, 2, status="verified")
    fact_check_withdraw(claim_id=contradicted[0].pk, actor=Actor(origin=Origin.ADMIN, user=reviewer),
                        note="The evidence was retracted.")
    with django_assert_max_num_queries(3):
        first = api.get("/fact-checks/").content.decode()
    links = re.findall(r'href="/fact-checks/(\d+)/"', first)
    assert len(links) == 50 and links == sorted(links, key=int, reverse=True)
    following = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    rest = re.findall(r'href="/fact-checks/(\d+)/"', api.get("/fact-checks/" + following).content.decode())
    assert len(rest) == 6 and not set(rest) & set(links)  # 57 published, one withdrawn
    only = api.get("/fact-checks/", {"rating": "verified"}).content.decode()
    assert len(re.findall(r'href="/fact-checks/(\d+)/"', only)) == 2
    found = api.get("/fact-checks/", {"q": "Claim number 54:"}).content.decode()
    assert len(re.findall(r'href="/fact-checks/(\d+)/"', found)) == 1
    for hostile in ({"before": "garbage"}, {"rating": "<script>"}, {"q": "<script>alert(1)</script>"}):
        response = api.get("/fact-checks/", hostile)
        assert response.status_code == 200 and "<script>alert" not in response.content.decode()
    assert verified


def test_the_atom_feed_and_the_sitemap_list_the_pages(publishing, reviewer, api):
    claims = published_claims(reviewer, 3)
    fact_check_withdraw(claim_id=claims[0].pk, actor=Actor(origin=Origin.ADMIN, user=reviewer),
                        note="The evidence was retracted.")
    feed = ET.fromstring(api.get("/fact-checks/feed/").content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3 and entries[0].find(f"{ATOM}title").text.startswith("Withdrawn: ")
    assert entries[0].find(f"{ATOM}link").get("href").startswith("https://factcheck.example.org/fact-checks/")
    index = ET.fromstring(api.get("/sitemap.xml").content)
    [section] = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert section == "https://factcheck.example.org/sitemap-fact-checks.xml"
    urls = ET.fromstring(b"".join(api.get("/sitemap-fact-checks.xml").streaming_content))
    for bad in ("/sitemap-fact-checks.xml?p=0", "/sitemap-fact-checks.xml?p=x", "/sitemap-other.xml"):
        assert api.get(bad).status_code == 404, bad
    pages = {u.find(f"{SITEMAP}loc").text: u.find(f"{SITEMAP}lastmod").text for u in urls.iter(f"{SITEMAP}url")}
    assert set(pages) == {f"https://factcheck.example.org/fact-checks/{fc.pk}/" for fc in FactCheck.objects.all()}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", lastmod) for lastmod in pages.values()), pages


def test_pages_are_cacheable_answer_304_and_refuse_writes(publishing, reviewer, api):
    [claim] = published_claims(reviewer, 1)
    path = f"/fact-checks/{FactCheck.objects.get().pk}/"
    page = api.get(path)
    assert "max-age=" in page["Cache-Control"] and "public" in page["Cache-Control"]
    assert api.get(path, HTTP_IF_NONE_MATCH=page["ETag"]).status_code == 304
    claim.claimant = None
    from sources.models import Source

    outlet = Source.objects.get(pk=claim.article.outlet_id)
    outlet.name = "Renamed Outlet"
    outlet.save()
    assert api.get(path, HTTP_IF_NONE_MATCH=page["ETag"]).status_code == 200  # the body changed, so the tag
    assert api.post(path).status_code == 405 and api.get("/fact-checks/999999/").status_code == 404


def test_a_reviewer_publishes_in_the_admin_and_the_world_sees_it(publishing, settings, reviewer, client, api):
    """The issue's acceptance: admin action, page with valid ClaimReview, claims:search, a signed webhook."""
    from tests.webhooks.test_delivery import Receiver, readme_verify
    from webhooks.models import Subscription

    settings.CLAIMTRACK_WEBHOOKS_ALLOW_PRIVATE = True
    receiver = Receiver()
    try:
        hook = Subscription.objects.create(url=receiver.url, events=["verdict.published"])
        claim = make_claim(text="The minister said exports of grain fell by 12% in March.")
        give_verdict(claim, reviewer)
        client.force_login(reviewer)
        response = client.post(reverse("admin:claims_claim_changelist"),
                               {"action": "publish_action", "_selected_action": [claim.pk], "apply": "1",
                                "note": ""}, follow=True)
        assert "Published: fact check" in response.content.decode()
        fact_check = FactCheck.objects.get()
        html = api.get(f"/fact-checks/{fact_check.pk}/").content.decode()
        [review] = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html,
                                                     re.S)]
        assert review["url"] == f"https://factcheck.example.org/fact-checks/{fact_check.pk}/"
        problems: list[str] = []
        check_vocabulary(review, problems)
        assert not problems
        found = api.get("/api/compat/factchecktools/v1alpha1/claims:search", {"query": "grain exports"}).json()
        assert [c["claimReview"][0]["url"] for c in found["claims"]] == [review["url"]]
        call_command("deliver_webhooks", "--once", verbosity=0)
        [(_, headers, body)] = receiver.received
        assert readme_verify()(hook.secret, headers, body)
        assert json.loads(body)["data"]["fact_check"] == fact_check.pk
    finally:
        receiver.close()
