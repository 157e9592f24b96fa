"""Imports started at once, each in its own thread and connection (advisory locks on PostgreSQL,
IMMEDIATE transactions on SQLite)."""

import io
import threading

from django.core.management import call_command
from django.db import connection

from claims.models import Claim
from sources.importer.cleaning import split_blocks
from sources.importer.extraction import extract_claims
from sources.importer.pipeline import ArticleImporter
from sources.models import Article, Source
from tests.conftest import SEEDS


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


def test_two_worker_processes_import_what_one_process_would(live_db, known_sources):
    out = io.StringIO()
    call_command("import_articles", str(SEEDS), "--jobs", "2", stdout=out)
    assert "5 created" in out.getvalue()
    imported = set(Claim.objects.values_list("article__external_id", "start", "end"))
    expected = set()
    for path in sorted(SEEDS.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        expected |= {(path.name, c.start, c.end) for c in extract_claims(body, split_blocks(body))}
    assert imported == expected
    assert Source.objects.filter(name__iexact="Pavlo Lakiichuk").count() == 1


def test_the_same_text_imported_by_three_workers_at_once_is_one_article_and_duplicates(live_db, tmp_path):
    folders = []
    for worker in range(3):
        folder = tmp_path / f"w{worker}"
        folder.mkdir()
        (folder / f"copy{worker}.txt").write_text(
            "Minister Ivan Halas said on Monday that 140 ships were waiting near Odesa.\n", encoding="utf-8")
        folders.append(folder)
    outcomes, barrier = [], threading.Barrier(3)

    def run(folder):
        try:
            barrier.wait()
            outcomes.extend(ArticleImporter(started_by="thread").run([folder]))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(folder,)) for folder in folders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Article.objects.count() == 1
    assert sorted(r.outcome for r in outcomes) == ["created", "duplicate", "duplicate"]
    assert all("DETAIL" not in r.reason and "Key (" not in r.reason for r in outcomes)
