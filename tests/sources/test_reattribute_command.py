"""manage.py reattribute_claims: the repair that re-runs attribution over stored claims."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, ClaimEvent, Origin
from claims.services import Actor, claim_update
from sources.importer.pipeline import ArticleImporter
from sources.models import Source, SourceAlias

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Minister Ruth Alvarez said on Monday that 300 schools would close in May.\n\n"
    "The government plan covers 14 regions and costs 2 billion euros, officials said.\n\n"
    'Opposition leader Tom Brennan told the broadcaster on Tuesday that 40 schools had already shut.\n'
)
OLD_IMPORTER = Actor(origin=Origin.IMPORT, name="import")


@pytest.fixture
def imported(tmp_path):
    (tmp_path / "schools.txt").write_text(ARTICLE, encoding="utf-8")
    list(ArticleImporter(started_by="test").run([tmp_path]))
    return {c.text[:20]: c for c in Claim.objects.select_related("claimant")}


def junk(name: str) -> Source:
    source = Source.objects.create(name=name, kind="other")
    SourceAlias.objects.create(source=source, name=name, key=name.lower(), learned=True)
    return source


def run(*args) -> str:
    out = io.StringIO()
    call_command("reattribute_claims", *args, stdout=out)
    return out.getvalue()


def test_it_corrects_what_an_older_importer_attributed_and_records_it(imported):
    plan = imported["The government plan "]
    assert plan.claimant is None
    claim_update(claim_id=plan.pk, actor=OLD_IMPORTER, claimant=junk("Scottish"))
    out = run("-v", "2")
    assert f"claim {plan.pk} (schools.txt): Scottish -> (none)" in out
    assert Claim.objects.get(pk=plan.pk).claimant is None
    event = ClaimEvent.objects.filter(claim=plan).latest("id")
    assert event.origin == Origin.SYSTEM and event.changes["claimant"][1] is None
    assert event.reason.startswith("re-attribution")


def test_a_junk_source_left_without_claims_is_removed_but_an_editors_source_is_kept(imported):
    plan = imported["The government plan "]
    claim_update(claim_id=plan.pk, actor=OLD_IMPORTER, claimant=junk("Having"))
    described = Source.objects.create(name="Schools Inspectorate", kind="agency", description="National inspectorate.")
    aliased = Source.objects.create(name="Brennan Trust", kind="organization")
    SourceAlias.objects.create(source=aliased, name="The Trust", key="trust", learned=False)
    out = run()
    assert "removed 1 sources" in out
    assert not Source.objects.filter(name="Having").exists()
    assert Source.objects.filter(pk__in=[described.pk, aliased.pk]).count() == 2


def test_a_claimant_an_editor_chose_is_kept(imported, editor):
    shut = imported["Opposition leader To"]
    chosen = Source.objects.create(name="Brennan Campaign", kind="organization")
    claim_update(claim_id=shut.pk, actor=Actor(origin=Origin.ADMIN, user=editor), claimant=chosen)
    out = run()
    assert "kept 1 set by editors" in out
    assert Claim.objects.get(pk=shut.pk).claimant == chosen


def test_a_dry_run_reports_and_writes_nothing(imported):
    plan = imported["The government plan "]
    claim_update(claim_id=plan.pk, actor=OLD_IMPORTER, claimant=junk("Almost"))
    events = ClaimEvent.objects.count()
    report = json.loads(run("--dry-run", "--format", "json"))
    assert report["claimants_changed"] == 1 and report["sources_removed"] == []
    assert report["changes"][0]["old"] == "Almost" and report["changes"][0]["new"] is None
    assert ClaimEvent.objects.count() == events
    assert Claim.objects.get(pk=plan.pk).claimant.name == "Almost"


def test_a_second_run_changes_nothing(imported):
    run()
    assert "changed 0 claimants" in run()


def test_a_bad_article_id_is_a_usage_error(db):
    with pytest.raises(CommandError, match="positive article id"):
        run("--article", "0")
