"""import_articles: idempotent runs, re-import keeping history, bad input reported and skipped."""

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, ClaimEvent, Origin, Status, VerificationStatus
from claims.services import Actor, claim_set_status
from sources.models import Article, ImportRun, Source
from tests.conftest import MANIFEST, ROOT, SEEDS

pytestmark = pytest.mark.django_db

GOOD = ("Ministry says 40 ships are waiting\n"
        "The transport ministry said on Tuesday that 40 ships were waiting near Odesa.\n"
        "Port officials reported that 12 more vessels arrived on Wednesday.\n")


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    except CommandError as exc:
        code, err = exc.returncode, io.StringIO(str(exc))
    return code, out.getvalue(), err.getvalue()


def counts():
    return (Article.objects.count(), Claim.objects.count(), VerificationStatus.objects.count(),
            ClaimEvent.objects.count(), Source.objects.count())


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_it_imports_the_seeds_with_their_outlets(known_sources):
    code, out, _ = run(SEEDS, "--manifest", MANIFEST)
    assert code == 0
    assert "5 created" in out
    outlets = dict(Article.objects.values_list("external_id", "outlet__name"))
    assert outlets["002_1e9fe2f190240926.txt"] == "Kyiv Post"
    assert outlets["004_a5ed0e014a386052.txt"] == "Euronews"
    assert outlets["001_eaa5afa68aacf312.txt"] == "Espreso TV"
    assert outlets["000_3e8631c4515eb72f.txt"] == "Unknown outlet"


def test_every_new_claim_starts_unverified_with_an_import_verdict(known_sources):
    run(SEEDS)
    assert Claim.objects.exclude(status=Status.UNVERIFIED).count() == 0
    assert VerificationStatus.objects.filter(origin=Origin.IMPORT).count() == Claim.objects.count()
    assert ClaimEvent.objects.filter(action="created").count() == Claim.objects.count()


def test_a_second_run_changes_nothing_and_says_so(known_sources):
    run(SEEDS, "--manifest", MANIFEST)
    before = counts()
    code, out, _ = run(SEEDS, "--manifest", MANIFEST)
    assert code == 0
    assert counts() == before
    assert "5 unchanged" in out and "Nothing changed" in out


def test_a_changed_file_keeps_unchanged_claims_and_their_history(folder, known_sources):
    run(folder)
    kept = Claim.objects.get(text__startswith="The transport ministry")
    dropped = Claim.objects.get(text__startswith="Port officials")
    claim_set_status(claim_id=kept.pk, status=Status.VERIFIED, note="Confirmed by the port authority.",
                     actor=Actor(origin=Origin.SYSTEM, name="test"))
    (folder / "good.txt").write_text(GOOD.replace("Port officials reported that 12 more vessels arrived on Wednesday.",
                                                  "Port officials reported that 15 grain carriers left on Friday."))
    code, out, _ = run(folder, "-v", "2")
    assert code == 0 and "1 updated" in out
    kept.refresh_from_db()
    dropped.refresh_from_db()
    assert kept.status == Status.VERIFIED and kept.present
    assert not dropped.present
    assert dropped.events.filter(action="retired").exists()
    assert Claim.objects.filter(text__contains="15 grain carriers", present=True).exists()
    assert Claim.objects.count() == 3


def test_a_claim_that_comes_back_is_restored_not_duplicated(folder, known_sources):
    run(folder)
    (folder / "good.txt").write_text(GOOD.replace("Port officials reported that 12 more vessels arrived on Wednesday.\n", ""))
    run(folder)
    (folder / "good.txt").write_text(GOOD)
    run(folder)
    claim = Claim.objects.get(text__startswith="Port officials")
    assert claim.present
    assert list(claim.events.values_list("action", flat=True)) == ["created", "retired", "restored"]


def test_dry_run_writes_nothing(folder, known_sources):
    before = counts()
    code, out, _ = run(folder, "--dry-run")
    assert code == 0 and "Dry run" in out and "1 created" in out
    assert counts() == before
    assert ImportRun.objects.count() == 0


def test_json_format_prints_a_machine_readable_summary(folder, known_sources):
    code, out, _ = run(folder, "--format", "json")
    summary = json.loads(out)
    assert summary["articles_created"] == 1 and summary["claims_created"] == 2 and summary["failed"] == 0


def test_each_run_is_recorded(folder, known_sources):
    (folder / "empty.txt").write_bytes(b"")
    run(folder, "--started-by", "cron@desk")
    record = ImportRun.objects.get()
    assert record.started_by == "cron@desk"
    assert (record.files_seen, record.articles_created, record.claims_created) == (2, 1, 2)
    assert record.state == ImportRun.State.PARTIAL
    assert record.failures == [{"file": str(folder / "empty.txt"), "reason": "empty file (0 bytes)"}]
    assert record.finished_at is not None


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \r\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("garbage.txt", b"\x81\x8d\x8f\x90\x9d\x8f" * 40, "not text: neither UTF-8"),
    ("headings.txt", b"Breaking news\nMore soon\n", "no sentences found"),
])
def test_a_bad_file_is_reported_skipped_and_the_others_still_import(folder, known_sources, name, content, reason):
    (folder / name).write_bytes(content)
    code, _, err = run(folder)
    assert code == 1
    assert f"{folder / name}: {reason}" in err
    assert Article.objects.filter(external_id="good.txt").exists()
    assert not Article.objects.filter(external_id=name).exists()


def test_a_text_the_extractor_fails_on_is_reported_and_the_others_still_import(folder, known_sources, monkeypatch):
    """A fault in the extractor costs the one text it fails on, never the run."""
    from sources.importer import pipeline

    real = pipeline.parse_article

    def failing_on_one_text(text, **kwargs):
        if "citing" in text.text:
            raise IndexError("list index out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "parse_article", failing_on_one_text)
    (folder / "faulty.txt").write_text(GOOD.replace("on Tuesday", "on Tuesday, citing port data,"), encoding="utf-8")
    (folder / "later.txt").write_text(GOOD.replace("40 ships", "41 ships"), encoding="utf-8")
    code, _, err = run(folder)
    assert code == 1
    assert (f"{folder / 'faulty.txt'}: the claim extractor failed on this text (IndexError: list index out of "
            "range); nothing of it was imported: please report it with the file") in err
    assert set(Article.objects.values_list("external_id", flat=True)) == {"good.txt", "later.txt"}
    record = ImportRun.objects.get()
    assert record.state == ImportRun.State.PARTIAL and [f["file"] for f in record.failures] == [str(folder / "faulty.txt")]


def test_a_50_mb_file_is_refused_without_reading_it(folder, known_sources):
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _, err = run(folder)
    assert code == 1
    assert "huge.txt: file too large: 52.4 MB" in err


def test_a_bad_file_leaves_existing_data_unchanged(folder, known_sources):
    run(folder)
    before = counts()
    (folder / "good.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 30)
    code, _, err = run(folder)
    assert code == 1 and "not text" in err
    assert counts() == before
    assert Article.objects.get(external_id="good.txt").body == GOOD


def test_the_same_text_under_another_name_is_a_duplicate_not_a_failure(folder, known_sources):
    shutil.copy(folder / "good.txt", folder / "copy.txt")
    code, out, err = run(folder)
    assert code == 0 and err == ""
    assert "good.txt: duplicate, same text as the already imported 'copy.txt'" in out
    assert "1 duplicates, 0 failed" in out
    assert Article.objects.count() == 1
    record = ImportRun.objects.get()
    assert (record.articles_duplicate, record.state) == (1, ImportRun.State.SUCCEEDED)


def test_a_dry_run_reports_a_duplicate_text_too(folder, known_sources):
    run(folder)
    shutil.copy(folder / "good.txt", folder / "copy.txt")
    code, out, _ = run(folder, "--dry-run")
    assert code == 0
    assert "copy.txt: duplicate, same text as the already imported 'good.txt'" in out
    assert Article.objects.count() == 1


def test_a_changed_file_whose_new_text_is_another_file_is_a_duplicate(folder, known_sources):
    (folder / "other.txt").write_text("The mayor said on Monday that 300 homes lost power in the storm.\n",
                                      encoding="utf-8")
    run(folder)
    before = counts()
    shutil.copy(folder / "good.txt", folder / "other.txt")
    code, out, _ = run(folder)
    assert code == 0
    assert "other.txt: duplicate, same text as the already imported 'good.txt'" in out
    assert counts() == before
    assert "300 homes" in Article.objects.get(external_id="other.txt").body


def test_a_windows_1252_file_is_imported_with_its_encoding_recorded(folder, known_sources):
    text = "The minister said the bridge cost \u00a340 million and opened on 3 May 2021 in Leeds."
    (folder / "pounds.txt").write_bytes(text.encode("cp1252"))
    code, _, err = run(folder)
    assert code == 0, err
    article = Article.objects.get(external_id="pounds.txt")
    assert (article.encoding, article.body) == ("windows-1252", text)
    assert Article.objects.get(external_id="good.txt").encoding == "utf-8"


def test_a_missing_path_is_a_usage_error(tmp_path):
    code, _, err = run(tmp_path / "nope")
    assert code == 2 and "no such file or directory" in err


@pytest.mark.parametrize("manifest,message", [
    ("{not json", "bad JSON at line 1"),
    ('{"good.txt": {"author": "x"}}', "unknown keys author"),
    ('{"good.txt": {"published_at": "last tuesday"}}', "not an ISO 8601 date"),
    ('{"good.txt": {"url": "javascript:alert(1)"}}', "not an http(s) URL"),
    ('["good.txt"]', "expected a JSON object"),
])
def test_a_bad_manifest_is_a_usage_error_and_imports_nothing(folder, db, manifest, message):
    (folder / "manifest.json").write_text(manifest)
    code, _, err = run(folder, "--manifest", folder / "manifest.json")
    assert code == 2 and message in err
    assert Article.objects.count() == 0


def test_the_manifest_sets_metadata_and_a_later_change_updates_it(folder, known_sources):
    (folder / "m.json").write_text('{"good.txt": {"title": "Ships wait", "outlet": "Port Gazette", '
                                   '"url": "https://example.org/a", "published_at": "2024-10-14"}}')
    run(folder, "--manifest", folder / "m.json")
    article = Article.objects.get()
    assert (article.title, article.outlet.name, article.url) == ("Ships wait", "Port Gazette", "https://example.org/a")
    assert article.published_at.isoformat() == "2024-10-14T00:00:00+00:00"
    (folder / "m.json").write_text('{"good.txt": {"title": "Ships still wait"}}')
    code, out, _ = run(folder, "--manifest", folder / "m.json")
    assert "1 updated" in out
    assert Article.objects.get().title == "Ships still wait"


def test_help_documents_the_options():
    result = subprocess.run([sys.executable, "manage.py", "import_articles", "--help"], cwd=ROOT,
                            capture_output=True, text=True, env={**__import__("os").environ, "DEBUG": "1"})
    assert result.returncode == 0
    for option in ("--dry-run", "--manifest", "--format", "--verbosity"):
        assert option in result.stdout


def test_the_command_line_exits_2_on_a_missing_path(tmp_path):
    result = subprocess.run([sys.executable, "manage.py", "import_articles", str(tmp_path / "missing")], cwd=ROOT,
                            capture_output=True, text=True, env={**__import__("os").environ, "DEBUG": "1"})
    assert result.returncode == 2
    assert result.stderr.strip().endswith("missing: no such file or directory")


def seed_dir(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def test_verbosity_0_prints_only_errors(folder, known_sources):
    (folder / "empty.txt").write_bytes(b"")
    code, out, err = run(folder, "-v", "0")
    assert code == 1 and out == ""
    assert "empty.txt: empty file" in err


def test_verbosity_2_prints_a_line_per_file(folder, known_sources):
    code, out, _ = run(folder, "-v", "2")
    assert f"{folder / 'good.txt'}: created, 2 claims added" in out


@pytest.mark.parametrize("bound", ["WRITE_BATCH", "WRITE_BATCH_CHARACTERS"])
def test_an_interrupted_run_is_recorded_as_stopped_and_keeps_what_it_imported(folder, known_sources, monkeypatch,
                                                                              bound):
    """The first file is written before the second is read when batches hold one file, or when the first
    file alone has as much text as a batch may hold."""
    from sources.importer import pipeline

    (folder / "second.txt").write_text(GOOD.replace("40 ships", "41 ships"), encoding="utf-8")
    real = pipeline.ArticleImporter._import_file
    calls = []

    def import_then_interrupt(self, path, known):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, path, known)

    monkeypatch.setattr(pipeline.ArticleImporter, "_import_file", import_then_interrupt)
    monkeypatch.setattr(pipeline, bound, 1)
    code, _, err = run(folder)
    assert code == 1 and "Import stopped after 1 files: interrupted" in err
    record = ImportRun.objects.get()
    assert record.state == ImportRun.State.FAILED and record.finished_at is not None
    assert record.failures[-1]["reason"] == "run stopped: interrupted"
    assert Article.objects.count() == 1


def test_an_unreachable_database_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "manage.py", "import_articles", str(SEEDS)], cwd=ROOT,
                            capture_output=True, text=True,
                            env={**__import__("os").environ, "DEBUG": "1",
                                 "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("CommandError: Cannot reach the database")


@pytest.fixture
def outside(tmp_path_factory):
    """A folder next to the import folder, with an article nobody asked to import."""
    other = tmp_path_factory.mktemp("outside")
    (other / "secret.txt").write_text(GOOD.replace("40 ships", "41 ships"), encoding="utf-8")
    return other


def test_a_link_to_a_file_outside_the_folder_is_refused_and_nothing_of_it_is_written(folder, known_sources, outside):
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "dangling.txt").symlink_to(outside / "gone.txt")
    code, _, err = run(folder)
    assert code == 1
    assert f"{folder / 'link.txt'}: refused: a link to a file outside its folder" in err
    assert f"{folder / 'dangling.txt'}: refused: a link to a file outside its folder" in err
    assert set(Article.objects.values_list("external_id", flat=True)) == {"good.txt"}


def test_a_linked_folder_is_not_followed(folder, known_sources, outside):
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    code, out, err = run(folder, "-v", "2")
    assert code == 0 and "secret" not in out + err
    assert set(Article.objects.values_list("external_id", flat=True)) == {"good.txt"}


@pytest.mark.parametrize("name", ["../secret.txt", "/etc/passwd", "sub/good.txt", "..", "", "a\x00.txt",
                                  "..\\..\\secret.txt"])
def test_a_manifest_entry_that_names_a_path_is_a_usage_error(folder, db, name):
    (folder / "manifest.json").write_text(json.dumps({name: {"title": "x"}}))
    code, _, err = run(folder, "--manifest", folder / "manifest.json")
    assert code == 2 and "not a file name" in err
    assert Article.objects.count() == 0


@pytest.mark.parametrize("size,shown", [(1024**3, "1073.7 MB"), (10 * 1024**2, "10.5 MB")])
def test_a_sparse_gigabyte_and_a_10_mb_single_line_are_refused_before_reading(folder, known_sources, size, shown):
    big = folder / "big.txt"
    if size == 1024**3:
        with open(big, "wb") as handle:
            handle.truncate(size)  # sparse: no disk used
    else:
        big.write_bytes(b"word " * (size // 5))  # one line, no sentence end
    code, _, err = run(folder)
    assert code == 1 and f"big.txt: file too large: {shown}" in err
    assert set(Article.objects.values_list("external_id", flat=True)) == {"good.txt"}


def test_an_import_leaves_the_cycle_collector_as_it_found_it(folder, known_sources):
    """The import collects less often while it runs (pipeline._collect_less), and only then: a process
    that imports, such as a test run or a shell, gets its settings back, even when the import fails."""
    import gc

    from sources.importer.pipeline import import_files

    before = gc.get_threshold()
    seen = []
    for result in import_files([folder / "good.txt"]):
        seen.append((result.outcome, gc.get_threshold()[0], gc.get_freeze_count() > 0))
    assert seen == [("created", 50_000, True)]
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0

    files = import_files([folder / "good.txt", folder / "good.txt"])
    next(files)
    files.close()  # a caller that stops early
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_batch_the_database_refuses_is_written_file_by_file(folder, known_sources, monkeypatch):
    """Another run creates one of the files between this run's read and its write: the batch's insert
    fails on the unique file name, and each file is then written on its own: the others are created, and
    the contested one updates the article the other run made."""
    from sources.importer import pipeline

    (folder / "second.txt").write_text(GOOD.replace("40 ships", "41 ships"), encoding="utf-8")
    (folder / "third.txt").write_text(GOOD.replace("40 ships", "42 ships"), encoding="utf-8")
    real = pipeline.ArticleImporter._write_new
    outlet = Source.objects.get(name="Unknown outlet")

    def another_run_creates_second_meanwhile(self, batch):
        Article.objects.create(outlet=outlet, title="Other run", body="Other text.", external_id="second.txt",
                               content_sha256="0" * 64)
        return real(self, batch)

    monkeypatch.setattr(pipeline.ArticleImporter, "_write_new", another_run_creates_second_meanwhile)
    code, out, err = run(folder, "-v", "2")
    assert code == 0, err
    assert "2 created, 1 updated" in out
    articles = {a.external_id: a for a in Article.objects.all()}
    assert sorted(articles) == ["good.txt", "second.txt", "third.txt"]
    assert "41 ships" in articles["second.txt"].body
    assert {a.external_id: a.claims.count() for a in articles.values()} == {"good.txt": 2, "second.txt": 2,
                                                                             "third.txt": 2}
