"""Invariants enforced by the database, not only by forms."""

import pytest
from django.db import IntegrityError, transaction

from claims.models import Claim
from sources.models import Article, Source
from tests.factories import ArticleFactory, make_claim

pytestmark = pytest.mark.django_db


def fails(**update):
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(**update)


def test_it_rejects_an_unknown_status():
    fails(status="probably")


def test_it_rejects_an_empty_span():
    fails(start=10, end=10)


def test_it_rejects_a_negative_start():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim().__class__.objects.update(start=-1)


def test_it_rejects_checkworthiness_above_one():
    fails(checkworthiness=1.5)


def test_it_rejects_a_second_article_with_the_same_text():
    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(body=article.body, content_sha256=article.content_sha256)


def test_it_rejects_a_source_name_differing_only_in_case():
    Source.objects.create(name="Kyiv Post", kind="outlet")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(name="KYIV POST", kind="outlet")


def test_it_rejects_an_unknown_source_kind():
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(name="Somebody", kind="alien")


def test_it_rejects_a_malformed_content_hash():
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(content_sha256="abc")
    assert not Article.objects.filter(content_sha256="abc").exists()
