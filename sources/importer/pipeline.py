"""The import pipeline: read, clean, segment and extract, resolve sources, save.

New files are written up to WRITE_BATCH to a transaction; when the database
refuses such a batch, each of its files is written again in a transaction of
its own, so a bad file is reported and skipped and never half-written, and
costs only itself. Unchanged files are recognised by their content hash
before any parsing, which is what makes periodic re-runs cheap.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, connections, transaction
from django.utils import timezone

from claims.matching import match_claims
from claims.models import Claim, Origin
from claims.services import Actor, ClaimDraft, claim_update, claims_create, claims_create_many
from sources.importer.cleaning import derive_title, fingerprint, split_blocks
from sources.importer.extraction import ExtractedClaim, extract_claims
from sources.importer.manifest import ManifestEntry
from sources.importer.reading import ArticleFileError, ArticleText, find_article_files, read_article
from sources.models import Article, ImportRun, SourceKind
from sources.services import UNKNOWN_OUTLET, SourceResolver
from tracker.db import batched, bulk_insert
from tracker.observability import import_finished

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ParsedArticle:
    external_id: str
    body: str
    sha256: str
    title: str
    claims: list[ExtractedClaim]
    encoding: str = "utf-8"


@dataclass(frozen=True)
class PreparedArticle:
    """A file, parsed and with its sources resolved, ready to be written: with other new files
    (_write_new), or over the article it changes (_update)."""

    path: Path
    parsed: ParsedArticle
    meta: ManifestEntry
    outlet_id: int
    drafts: list[ClaimDraft]


@dataclass
class FileResult:
    path: str
    outcome: str  # created, updated, unchanged, duplicate, failed
    claims_created: int = 0
    claims_retired: int = 0
    reason: str = ""
    article_id: int | None = None


@dataclass
class RunTotals:
    files_seen: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    claims_created: int = 0
    claims_retired: int = 0
    failures: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        self.files_seen += 1
        setattr(self, result.outcome, getattr(self, result.outcome) + 1)
        self.claims_created += result.claims_created
        self.claims_retired += result.claims_retired
        if result.outcome == "failed":
            self.failures.append({"file": result.path, "reason": result.reason})
        elif result.outcome == "duplicate":
            self.duplicates.append({"file": result.path, "reason": result.reason})


def parse_article(article: ArticleText, *, title: str = "") -> ParsedArticle:
    """Clean, segment and extract: pure computation, no database."""
    blocks = split_blocks(article.text)
    claims = extract_claims(article.text, blocks)
    if not any(block.kind == "content" for block in blocks):
        raise ArticleFileError("no sentences found (only headings or page furniture)")
    return ParsedArticle(
        external_id=article.external_id,
        body=article.text,
        sha256=article.sha256,
        title=title or derive_title(article.text, blocks),
        claims=claims,
        encoding=article.encoding,
    )


def _lock_article(external_id: str) -> None:
    """Serialise two imports of the same file (PostgreSQL); SQLite's IMMEDIATE transactions already do."""
    if connection.vendor == "postgresql":
        key = int.from_bytes(hashlib.sha256(external_id.encode()).digest()[:8], "big", signed=True)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


class DuplicateText(Exception):
    """The file's text is already imported under another file name."""

    def __init__(self, original: str) -> None:
        super().__init__(original)
        self.original = original


class ArticleImporter:
    """Imports article files one transaction at a time; keeps only counters between files."""

    def __init__(self, *, manifest: dict[str, ManifestEntry] | None = None, started_by: str = "",
                 dry_run: bool = False, run_id: int | None = None) -> None:
        self.manifest = manifest or {}
        self.dry_run = dry_run
        self.run_id = run_id  # the ImportRun recorded on the articles it creates or changes
        self.actor = Actor(origin=Origin.IMPORT, name=started_by or "import")
        self.resolver = SourceResolver()
        self.max_bytes = settings.IMPORT_MAX_BYTES

    def run(self, paths: Iterable[Path]) -> Iterator[FileResult]:
        """Import the article files in these files and folders."""
        return self.import_files(find_article_files(paths))

    def import_files(self, files: Iterable[Path]) -> Iterator[FileResult]:
        for chunk in _chunks(files):
            yield from self.import_chunk(chunk)

    def import_chunk(self, paths: list[Path]) -> Iterator[FileResult]:
        """Import a few files, asking the database about all of them in one query first (on a periodic
        re-run most files are unchanged and then cost no further query), writing their new articles
        together (`_write_new`), then match the claims they brought with the stored ones in one pass,
        whose fixed costs the chunk's articles share."""
        known = {article.external_id: article for article in
                 Article.objects.filter(external_id__in=[p.name for p in paths]).defer("body")}
        self._committed: list[Claim] = []
        window: list[FileResult | PreparedArticle] = []
        characters = 0
        for path in paths:
            window.append(item := self._import_file(path, known))
            characters += len(item.parsed.body) if isinstance(item, PreparedArticle) else 0
            if len(window) == WRITE_BATCH or characters >= WRITE_BATCH_CHARACTERS:
                yield from self._write_window(window)
                window, characters = [], 0
        yield from self._write_window(window)
        self._match(self._committed)

    def _write_window(self, window: list[FileResult | PreparedArticle]) -> Iterator[FileResult]:
        """The window's new files written together, then every file's outcome in the window's order."""
        written = iter(self._write_new([item for item in window if isinstance(item, PreparedArticle)]))
        for item in window:
            yield next(written) if isinstance(item, PreparedArticle) else item

    def import_file(self, path: Path) -> FileResult:
        """Import one file and match its new claims."""
        [result] = self.import_chunk([path])
        return result

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """A transaction whose new claims are matched with the chunk's once it has committed."""
        self._uncommitted: list[Claim] = []
        with transaction.atomic():
            yield
        self._committed += self._uncommitted

    def _import_file(self, path: Path, known: dict[str, Article] | None) -> FileResult | PreparedArticle:
        return self._guarded(path, lambda: self._import(path, known))

    def _guarded(self, path: Path, step: Callable[[], FileResult | PreparedArticle]) -> FileResult | PreparedArticle:
        """A file's step, with what can go wrong with one file reported as its outcome."""
        try:
            return step()
        except ArticleFileError as exc:
            return FileResult(str(path), "failed", reason=str(exc))
        except DuplicateText as exc:
            return FileResult(str(path), "duplicate", reason=f"same text as the already imported {exc.original!r}")
        except IntegrityError:
            # Another worker imported the same text under another name between our check and our insert.
            original = self._duplicate_of(path)
            if original is not None:
                return FileResult(str(path), "duplicate", reason=f"same text as the already imported {original!r}")
            return FileResult(str(path), "failed", reason="conflicts with an article imported at the same time; "
                                                          "run the import again")

    def _duplicate_of(self, path: Path) -> str | None:
        try:
            text = read_article(path, max_bytes=self.max_bytes)
        except ArticleFileError:
            return None
        return _original_of(text.sha256, text.external_id)

    def _import(self, path: Path, known: dict[str, Article] | None) -> FileResult | PreparedArticle:
        """Read and parse a file; write it if it exists already, or return it to be written with others."""
        text = read_article(path, max_bytes=self.max_bytes)
        meta = self.manifest.get(path.name, ManifestEntry())
        if known is not None:  # import_chunk already asked about this file
            existing = known.get(text.external_id)
        else:
            existing = Article.objects.filter(external_id=text.external_id).defer("body").first()
        if existing is not None and existing.content_sha256 == text.sha256 and not self._metadata_changes(
            existing, meta
        ):
            return FileResult(str(path), "unchanged", article_id=existing.pk)
        # A new file's text is checked by the unique content hash as it is saved (one query fewer per
        # article; a duplicate is rare and then costs its extraction); the others are checked first.
        if existing is not None or self.dry_run:
            _refuse_duplicate(text.sha256, text.external_id)
        try:
            parsed = parse_article(text, title=meta.title)
        except ArticleFileError:
            raise  # "no sentences found": the text's fault, said as such
        except Exception as exc:  # a fault of the extractor on this one text: report it, import the rest
            logger.exception("extracting claims from %s failed", path)
            raise ArticleFileError(f"the claim extractor failed on this text ({type(exc).__name__}: {exc}); "
                                   "nothing of it was imported: please report it with the file") from exc
        if self.dry_run:
            outcome = "created" if existing is None else "updated"
            return FileResult(str(path), outcome, claims_created=len(parsed.claims))
        # Outlet and claimants are resolved before any write: sources commit on their own
        # (resolver.resolve), so a write that is rolled back, and tried again, never refers to a source
        # that was rolled back with it.
        prepared = PreparedArticle(path, parsed, meta, self._outlet_id(meta), self._drafts(parsed.claims))
        return prepared if existing is None else self._save_locked(prepared)

    def _write_new(self, batch: list[PreparedArticle]) -> list[FileResult]:
        """Write new files together: one transaction, one statement per table, whatever their number
        (per-statement and per-commit costs were a tenth of an import's). If that fails (a text imported
        under another name, a file another run created meanwhile, a value the database refuses), every
        file is written again in a transaction of its own, so a bad file costs only itself."""
        if len(batch) > 1:
            try:
                with self._transaction():
                    return self._create_many(batch)
            except DatabaseError as exc:
                logger.info("the database refused %d new files written together (%s); writing them one by one",
                            len(batch), str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return [self._guarded(new.path, lambda new=new: self._save_new(new)) for new in batch]

    def _save_new(self, new: PreparedArticle) -> FileResult:
        try:
            # The unique external_id guards against a concurrent import, no lock needed.
            with self._transaction():
                return self._create_many([new])[0]
        except IntegrityError:
            _refuse_duplicate(new.parsed.sha256, new.parsed.external_id)  # the same text under another name
        return self._save_locked(new)  # or another run created this file meanwhile

    def _save_locked(self, prepared: PreparedArticle) -> FileResult:
        """Create or update a file under its advisory lock: it exists, or another run created it meanwhile."""
        with self._transaction():
            _lock_article(prepared.parsed.external_id)
            existing = Article.objects.select_for_update().filter(external_id=prepared.parsed.external_id).first()
            if existing is None:
                return self._create_many([prepared])[0]
            return self._update(existing, prepared)

    def _outlet_id(self, meta: ManifestEntry) -> int:
        return self.resolver.resolve(meta.outlet or UNKNOWN_OUTLET,
                                     kind=SourceKind.OUTLET if meta.outlet else SourceKind.OTHER)

    def _metadata_changes(self, article: Article, meta: ManifestEntry) -> dict:
        wanted = {"url": meta.url, "language": meta.language, "published_at": meta.published_at}
        if meta.title:
            wanted["title"] = meta.title
        if meta.outlet:
            wanted["outlet_id"] = self._outlet_id(meta)
        return {name: value for name, value in wanted.items() if getattr(article, name) != value}

    def _match(self, claims: list[Claim]) -> None:
        """Cross-article matching of the new claims of a chunk, once their files have committed.

        Matching runs in a transaction of its own under the matching lock (claims.matching.lock_matching):
        concurrent importers match one at a time and each sees the claims the others committed. If it
        fails, the files stay imported with their claims unmatched, and `manage.py match_claims` matches
        them later.
        """
        if not settings.CLAIMTRACK_MATCH_ON_IMPORT or not claims:
            return
        try:
            match_claims(claims)
        except DatabaseError:
            logger.exception("matching the claims of %d imported articles failed; run manage.py match_claims",
                             len({claim.article_id for claim in claims}))

    def _claimant_id(self, claim: ExtractedClaim) -> int | None:
        return resolve_claimant(self.resolver, claim)

    def _drafts(self, claims: list[ExtractedClaim]) -> list[ClaimDraft]:
        return [
            ClaimDraft(
                text=claim.text,
                start=claim.start,
                end=claim.end,
                fingerprint=fingerprint(claim.text),
                claimant_id=self._claimant_id(claim),
                checkworthiness=claim.checkworthiness,
                reasons=claim.reasons,
                figures=claim.figures,
            )
            for claim in claims
        ]

    def _create_many(self, batch: list[PreparedArticle]) -> list[FileResult]:
        now = timezone.now()
        articles = bulk_insert(Article, [
            Article(
                outlet_id=new.outlet_id,
                title=new.parsed.title[:500],
                body=new.parsed.body,
                url=new.meta.url,
                published_at=new.meta.published_at,
                language=new.meta.language,
                external_id=new.parsed.external_id,
                content_sha256=new.parsed.sha256,
                encoding=new.parsed.encoding,
                import_run_id=self.run_id,
                created_at=now,
                updated_at=now,
            )
            for new in batch
        ])
        made = claims_create_many([(article, new.drafts) for article, new in zip(articles, batch, strict=True)],
                                  actor=self.actor)
        results = []
        for new, article, claims in zip(batch, articles, made, strict=True):
            self._uncommitted += claims
            results.append(FileResult(str(new.path), "created", claims_created=len(claims), article_id=article.pk))
        return results

    def _update(self, article: Article, prepared: PreparedArticle) -> FileResult:
        path, parsed, meta = prepared.path, prepared.parsed, prepared.meta
        for name, value in self._metadata_changes(article, meta).items():
            setattr(article, name, value)
        article.import_run_id = self.run_id or article.import_run_id
        if article.content_sha256 == parsed.sha256:
            article.save()
            return FileResult(str(path), "updated", article_id=article.pk)
        article.body = parsed.body
        article.content_sha256 = parsed.sha256
        article.encoding = parsed.encoding
        if not meta.title:
            article.title = parsed.title[:500]
        article.save()

        drafts = prepared.drafts
        # Claims are matched by their normalised text: an unchanged claim keeps its id, verdicts and history.
        existing: dict[str, list[Claim]] = {}
        for claim in Claim.objects.filter(article=article).order_by("id"):
            existing.setdefault(claim.fingerprint, []).append(claim)
        new_drafts: list[ClaimDraft] = []
        for draft in drafts:
            matches = existing.get(draft.fingerprint)
            if not matches:
                new_drafts.append(draft)
                continue
            claim = matches.pop(0)
            if (claim.start, claim.end, claim.present) != (draft.start, draft.end, True):
                claim_update(claim_id=claim.pk, actor=self.actor, reason="re-import: article text changed",
                             start=draft.start, end=draft.end, present=True)
        retired = 0
        for leftovers in existing.values():
            for claim in leftovers:
                if claim.present:
                    claim_update(claim_id=claim.pk, actor=self.actor,
                                 reason="re-import: no longer in the article text", present=False)
                    retired += 1
        created = claims_create(article=article, drafts=new_drafts, actor=self.actor)
        self._uncommitted += created
        return FileResult(str(path), "updated", claims_created=len(created), claims_retired=retired,
                          article_id=article.pk)


def _original_of(sha256: str, external_id: str) -> str | None:
    """The name of the file already imported with this text under another name, if any."""
    return (Article.objects.filter(content_sha256=sha256).exclude(external_id=external_id)
            .values_list("external_id", flat=True).first())


def _refuse_duplicate(sha256: str, external_id: str) -> None:
    original = _original_of(sha256, external_id)
    if original is not None:
        raise DuplicateText(original)


def resolve_claimant(resolver: SourceResolver, claim: ExtractedClaim) -> int | None:
    """The source of a claim's claimant, learning the acronyms the article introduced for it."""
    if not claim.claimant:
        return None
    source_id = resolver.resolve(claim.claimant, kind=claim.claimant_kind)
    for alias in claim.claimant_aliases:
        resolver.learn_alias(alias, source_id)
    return source_id


_worker_importer: ArticleImporter | None = None


def _worker_init(manifest, started_by: str, dry_run: bool, run_id: int | None) -> None:
    global _worker_importer
    _collect_less()  # for the life of the worker process
    _worker_importer = ArticleImporter(manifest=manifest, started_by=started_by, dry_run=dry_run, run_id=run_id)


def _worker_import(paths: list[Path]) -> list[FileResult]:
    return list(_worker_importer.import_chunk(paths))


CHUNK_SIZE = 100  # files asked about in one query, and matched together
WRITE_BATCH = 20  # new articles written in one transaction, at most
WRITE_BATCH_CHARACTERS = 2_000_000  # ... and about this much text (memory stays flat with large files)
GC_THRESHOLD = 50_000  # allocations between two young-generation collections (Python's default: 700)


def _collect_less() -> Callable[[], None]:
    """Run Python's cycle collector less often during an import; returns what undoes it.

    An import allocates many short-lived objects (model instances, tokens, rows) and makes almost no
    cycles, yet with the default thresholds the collector ran a thousand times per thousand articles,
    scanning everything that existed before the import each time: about 5 % of the import's CPU
    (docs/performance.md). gc.freeze() leaves the objects made before the import out of every scan, and
    a young generation of 50,000 objects is collected 70 times less often; memory stays flat.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])

    def restore() -> None:
        gc.set_threshold(*threshold)
        gc.unfreeze()

    return restore


def _chunks(files: Iterable[Path]) -> Iterator[list[Path]]:
    return batched(files, CHUNK_SIZE)


def import_files(files: Iterable[Path], *, jobs: int = 1, manifest: dict[str, ManifestEntry] | None = None,
                 started_by: str = "", dry_run: bool = False, run_id: int | None = None) -> Iterator[FileResult]:
    """Import files (see the module's docstring); with jobs > 1, in that many processes with their own
    connections.

    Results arrive in completion order. Safe because every file is written whole or not at all, guarded
    by unique constraints and a per-file advisory lock.
    """
    if jobs <= 1:
        importer = ArticleImporter(manifest=manifest, started_by=started_by, dry_run=dry_run, run_id=run_id)
        restore = _collect_less()
        try:
            yield from importer.import_files(files)
        finally:
            restore()
        return
    connections.close_all()  # each worker opens its own connection after the fork
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_worker_init, initargs=(manifest, started_by, dry_run, run_id)) as pool:
        for results in pool.imap_unordered(_worker_import, _chunks(files)):
            yield from results


def import_run_start(*, started_by: str, paths: list[str]) -> ImportRun:
    return ImportRun.objects.create(started_by=started_by, paths=paths)


def import_run_finish(run: ImportRun, totals: RunTotals, *, interrupted: str = "") -> ImportRun:
    """Record the outcome; `interrupted` says why a run stopped early (the counts are what it got to)."""
    run.finished_at = timezone.now()
    run.files_seen = totals.files_seen
    run.articles_created = totals.created
    run.articles_updated = totals.updated
    run.articles_unchanged = totals.unchanged
    run.articles_duplicate = totals.duplicate
    run.claims_created = totals.claims_created
    run.claims_retired = totals.claims_retired
    run.failures = totals.failures
    if interrupted:
        run.state = ImportRun.State.FAILED
        run.failures = [*totals.failures, {"file": "", "reason": f"run stopped: {interrupted}"}]
    else:
        run.state = ImportRun.State.PARTIAL if totals.failed else ImportRun.State.SUCCEEDED
    run.save()
    import_finished(run)
    return run
