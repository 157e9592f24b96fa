"""What the importer would make of a text, stored nowhere: every sentence with its check-worthiness and
reasons, whether it would become a claim, its claimant, figures and dates (the extraction API and
`manage.py extract`)."""

from __future__ import annotations

from sources.checkworthiness import model
from sources.importer.cleaning import split_blocks
from sources.importer.reading import ArticleFileError

MAX_CHARS = 100_000  # about 15,000 words: longer texts are refused, not truncated


def preview(text: str) -> dict:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ArticleFileError("the text contains NUL characters")
    if len(text) > MAX_CHARS:
        raise ArticleFileError(f"the text has {len(text):,} characters; at most {MAX_CHARS:,} are read at once")
    if not text.strip():
        raise ArticleFileError("the text is empty")
    # Imported here, not at the top: the extractor's patterns and word lists take half a second to load, and
    # the URL configuration that imports this module is loaded by every manage.py command's system checks.
    # tracker.wsgi loads it when a web process starts, so no request pays for it.
    from sources.importer.extraction import extract_claims

    blocks = split_blocks(text)
    sentences = extract_claims(text, blocks, every_sentence=True)
    current = model()
    rows = []
    for i, sentence in enumerate(sentences):
        before = sentences[i - 1].text if i else ""
        after = sentences[i + 1].text if i + 1 < len(sentences) else ""
        rows.append({
            "text": sentence.text, "start": sentence.start, "end": sentence.end,
            "checkworthiness": sentence.checkworthiness,
            "reasons": current.reasons(sentence.text, before, after),
            "claim": sentence.kept,
            "claimant": sentence.claimant,
            "figures": [f for f in sentence.figures if f["kind"] != "date"],
            "dates": [f for f in sentence.figures if f["kind"] == "date"],
        })
    return {"model": current.version, "claims": sum(row["claim"] for row in rows), "sentences": rows}
