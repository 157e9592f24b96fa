"""The optional JSON manifest: per-file metadata the text itself does not carry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

ALLOWED_KEYS = {"url", "title", "outlet", "published_at", "language"}


class ManifestError(Exception):
    """The manifest cannot be used; nothing is imported."""


@dataclass(frozen=True)
class ManifestEntry:
    url: str = ""
    title: str = ""
    outlet: str = ""
    published_at: datetime | None = None
    language: str = "en"


def _published_at(value: str, where: str) -> datetime:
    parsed = parse_datetime(value)
    if parsed is None:
        day = parse_date(value)
        if day is None:
            raise ManifestError(f"{where}: published_at {value!r} is not an ISO 8601 date or datetime")
        parsed = datetime.combine(day, time())
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, UTC)
    return parsed


def parse_manifest(data: object, source: str) -> dict[str, ManifestEntry]:
    if not isinstance(data, dict):
        raise ManifestError(f"{source}: expected a JSON object mapping file names to metadata")
    entries: dict[str, ManifestEntry] = {}
    url_validator = URLValidator(schemes=["http", "https"])
    for name, meta in data.items():
        where = f"{source}: {name!r}"
        if not name or name in {".", ".."} or any(c in name for c in "/\\\x00"):
            raise ManifestError(f"{where}: not a file name (entries name files in the import folder, "
                                "never paths)")
        if not isinstance(meta, dict):
            raise ManifestError(f"{where}: expected an object")
        unknown = set(meta) - ALLOWED_KEYS
        if unknown:
            raise ManifestError(f"{where}: unknown keys {', '.join(sorted(unknown))} (allowed: "
                                f"{', '.join(sorted(ALLOWED_KEYS))})")
        for key, value in meta.items():
            if value is not None and not isinstance(value, str):
                raise ManifestError(f"{where}: {key} must be a string")
        url = meta.get("url") or ""
        if url:
            try:
                url_validator(url)
            except ValidationError:
                raise ManifestError(f"{where}: url {url!r} is not an http(s) URL") from None
        language = meta.get("language") or "en"
        if len(language) > 16:
            raise ManifestError(f"{where}: language {language!r} is too long")
        entries[name] = ManifestEntry(
            url=url,
            title=(meta.get("title") or "").strip()[:500],
            outlet=(meta.get("outlet") or "").strip(),
            published_at=_published_at(meta["published_at"], where) if meta.get("published_at") else None,
            language=language,
        )
    return entries


def load_manifest(path: Path) -> dict[str, ManifestEntry]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ManifestError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read ({exc})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{path}: bad JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    return parse_manifest(data, str(path))
