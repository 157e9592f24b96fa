"""Imports started at once, each in its own thread and connection (advisory locks on PostgreSQL,
IMMEDIATE transactions on SQLite)."""

import threading

from django.db import connection

from claims.models import Claim
from sources.importer.pipeline import ArticleImporter
from sources.models import Article, Source


def test_two_imports_at_once_neither_duplicate_nor_corrupt(live_db, tmp_path):
    for i in range(12):
        (tmp_path / f"a{i}.txt").write_text(
            f"Officials in Odesa said on Monday that {100 + i} ships were waiting.\n"
            f"The port authority reported that {i + 3} vessels left on Tuesday, according to Minister Ivan Halas.\n")
    errors = []

    def run():
        try:
            list(ArticleImporter(started_by="thread").run([tmp_path]))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Article.objects.count() == 12
    assert Source.objects.filter(name__iexact="Ivan Halas").count() == 1
    assert Claim.objects.count() == 24
    assert Claim.objects.values("article", "fingerprint").distinct().count() == 24
