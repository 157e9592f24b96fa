"""Step 1 of the import pipeline: find article files and read them safely."""

from __future__ import annotations

import hashlib
import re
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
    encoding: str = "utf-8"


def find_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named on the command line, and *.txt in named folders (sorted, not recursive into hidden ones)."""
    for path in paths:
        if path.is_dir():
            # rglob does not descend into linked folders; linked files are refused when read.
            yield from sorted(p for p in path.rglob("*.txt") if (p.is_file() or p.is_symlink())
                              and not p.name.startswith("."))
        else:
            yield path


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# C0 control characters other than tab, newline, form feed and carriage return: not in any text file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Bytes that Windows-1252 leaves undefined; Latin-1 reads them as C1 controls.
_C1 = re.compile(r"[\x80-\x9f]")


def decode_article(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (with or without BOM), else Windows-1252
    (the usual encoding of files saved on Windows: a £ sign as byte 0xA3), else Latin-1.
    Newlines are normalised to \\n. Only what is not text at all fails."""
    if b"\x00" in data[:65536]:
        raise ArticleFileError("binary file (contains NUL bytes), not plain text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        position = exc.start
        try:
            text, encoding = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        if len(_CONTROL.findall(text)) + len(_C1.findall(text)) > max(2, len(text) // 200):
            raise ArticleFileError(f"not text: neither UTF-8 (byte 0x{data[position]:02x} at offset {position}) "
                                   "nor Windows-1252 or Latin-1 text") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleFileError("empty file (no text)")
    return text, encoding


def _leaves_its_folder(path: Path) -> bool:
    """A symbolic link (or a path through one) to a file outside the folder the path names."""
    try:
        return not path.resolve(strict=True).is_relative_to(path.parent.resolve(strict=True))
    except (OSError, RuntimeError):  # a dangling link or a loop
        return True


def read_article(path: Path, *, max_bytes: int) -> ArticleText:
    if not path.exists() and not path.is_symlink():
        raise ArticleFileError("no such file")  # not "a link outside its folder": there is nothing there
    if _leaves_its_folder(path):
        raise ArticleFileError("refused: a link to a file outside its folder (copy the file in instead)")
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
    text, encoding = decode_article(data)
    return ArticleText(external_id=path.name, text=text, sha256=content_sha256(text), encoding=encoding)
