"""factory-boy factories. Claims are created through claims.services, so each has its first verdict and history."""

import hashlib

import factory

from claims.models import Origin
from claims.services import Actor, ClaimDraft, claims_create
from sources.importer.cleaning import fingerprint
from sources.models import Article, Source, SourceKind


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Outlet {n}")
    kind = SourceKind.OUTLET


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    outlet = factory.SubFactory(SourceFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(lambda n: f"Officials said on Monday that {n} troops were deployed near the border.")
    external_id = factory.Sequence(lambda n: f"article-{n}.txt")
    content_sha256 = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())


def make_claims(article: Article | None = None, count: int = 1, claimant: Source | None = None, **draft):
    """Create `count` claims on one article through the service (as the importer does)."""
    article = article or ArticleFactory()
    text = draft.pop("text", article.body)
    drafts = [
        ClaimDraft(text=text, start=0, end=len(text), fingerprint=fingerprint(f"{text} {i}"),
                   claimant_id=claimant.pk if claimant else None, checkworthiness=draft.get("checkworthiness", 0.8))
        for i in range(count)
    ]
    return claims_create(article=article, drafts=drafts, actor=Actor(origin=Origin.IMPORT, name="tests"))


def make_claim(**kwargs):
    return make_claims(count=1, **kwargs)[0]
