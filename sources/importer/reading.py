"""Step 1 of the import pipeline: find article files and read them safely."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


class ArticleFileError(Exception):
    """A file that cannot be imported; the message is the one-line reason shown to staff."""


@dataclass(frozen=True)
class ArticleText:
    external_id: str
    text: str
    sha256: str


def find_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named on the command line, and *.txt in named folders (sorted, not recursive into hidden ones)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_article(data: bytes) -> str:
    """UTF-8 (with or without BOM), newlines normalised to \\n."""
    if b"\x00" in data[:65536]:
        raise ArticleFileError("binary file (contains NUL bytes), not plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleFileError("empty file (no text)")
    return text


def read_article(path: Path, *, max_bytes: int) -> ArticleText:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleFileError("no such file") from None
    except OSError as exc:
        raise ArticleFileError(f"cannot read: {exc.strerror}") from None
    if size == 0:
        raise ArticleFileError("empty file (0 bytes)")
    if size > max_bytes:
        raise ArticleFileError(
            f"file too large: {size / 1_000_000:.1f} MB, the limit is {max_bytes / 1_000_000:.1f} MB (IMPORT_MAX_BYTES)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleFileError(f"cannot read: {exc.strerror}") from None
    text = decode_article(data)
    return ArticleText(external_id=path.name, text=text, sha256=content_sha256(text))
