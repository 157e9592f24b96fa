"""POST /api/v1/extract/ and manage.py extract: what an import would make of a text, stored nowhere."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim
from sources.importer.preview import MAX_CHARS
from sources.models import Article

pytestmark = pytest.mark.django_db
SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
TEXT = ('Defence Minister Ana Costa said on Monday that 12,000 soldiers had crossed the border. "We are ready," '
        "she told reporters. Thank you for reading.")


def test_every_sentence_comes_back_scored_with_claimant_figures_and_dates(reviewer_api):
    response = reviewer_api.post("/api/v1/extract/", {"text": TEXT}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    first = body["sentences"][0]
    assert first["text"].startswith("Defence Minister Ana Costa said on Monday that 12,000 soldiers")
    assert first["claim"] is True and first["claimant"] == "Ana Costa" and 0 < first["checkworthiness"] < 1
    assert [f["value"] for f in first["figures"]] == [12000.0]
    assert [d.get("weekday") for d in first["dates"]] == ["Monday"] or first["dates"]
    assert "states a figure or a number word" in first["reasons"]
    assert body["claims"] == sum(s["claim"] for s in body["sentences"]) and body["model"]
    assert not Claim.objects.exists() and not Article.objects.exists()  # stores nothing


def test_the_command_prints_what_the_api_answers(reviewer_api):
    out = io.StringIO()
    call_command("extract", str(SEED), stdout=out)
    printed = json.loads(out.getvalue())
    answered = reviewer_api.post("/api/v1/extract/", {"text": SEED.read_text(encoding="utf-8")}, format="json")
    assert printed == answered.json() and printed["claims"] > 3


@pytest.mark.parametrize("body,status", [
    ({"text": "x" * (MAX_CHARS + 1)}, 400), ({"text": ""}, 400), ({"text": "   "}, 400), ({}, 400),
    ({"text": "Fine text.", "extra": 1}, 400), ({"text": ["a list"]}, 400), ({"text": "a\u0000b"}, 400),
])
def test_bad_texts_get_a_clear_400(reviewer_api, body, status):
    response = reviewer_api.post("/api/v1/extract/", body, format="json")
    assert response.status_code == status and response.json()["detail"]


def test_it_needs_a_sign_in_and_refuses_huge_bodies(api, reviewer_api):
    assert api.post("/api/v1/extract/", {"text": TEXT}, format="json").status_code == 401
    huge = json.dumps({"text": "word " * 300_000})
    assert reviewer_api.post("/api/v1/extract/", huge, content_type="application/json").status_code == 413


def test_the_command_refuses_what_is_not_text(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(CommandError, match="binary") as error:
        call_command("extract", str(binary))
    assert error.value.returncode == 2
    with pytest.raises(CommandError, match="no such file"):
        call_command("extract", str(tmp_path / "missing.txt"))


@pytest.mark.parametrize("name", ["voa_2018_zimbabwe_poll.txt", "ukgov_2023_exports_record.txt",
                                  "wikinews_2013_connel_crash.txt"])
def test_what_it_calls_a_claim_is_what_an_import_stores(reviewer_api, tmp_path, name):
    from sources.importer.pipeline import ArticleImporter

    source = Path(__file__).parent / "realnews" / name
    text = source.read_text(encoding="utf-8")
    preview = reviewer_api.post("/api/v1/extract/", {"text": text}, format="json").json()
    said = [s["text"] for s in preview["sentences"] if s["claim"]]
    assert 0 < len(said) < len(preview["sentences"])  # a real article: some sentences are claims, not all
    (tmp_path / name).write_text(text, encoding="utf-8")
    [result] = ArticleImporter(started_by="test").run([tmp_path / name])
    assert result.outcome == "created"
    assert list(Claim.objects.order_by("start").values_list("text", flat=True)) == said
