"""Copy every row of the tracker to a new, empty database: the embedded SQLite to PostgreSQL, or back.

Rows keep their ids and their times to the microsecond, so every audit chain verifies in the new
database. What the database derives from the rows (the counters, claims by status and the cluster
roll-ups) is not copied but recomputed there, the way `manage.py recount` does. Sessions are not
moved: people sign in again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction

from claims.audit import AuditProblem, verify_claims
from sources.services import counters_recount
from tracker.commands import first_line

TARGET = "move_target"

# Rebuilt from the copied rows (claims.cluster_counts, sources.counters), or not worth moving.
NOT_COPIED = {"claims.StatusCount", "claims.ClusterArticle", "claims.ClusterOutlet", "sessions.Session"}


# Rows migrate writes into every new database (content types, permissions, the Reviewers and Editors
# groups); the copied rows replace them, with the source's ids that other rows refer to.
MADE_BY_MIGRATE = [Group, Permission, ContentType]


class MoveError(Exception):
    """The move cannot start or did not finish; the message says why. Nothing was committed to the target."""


@dataclass
class MoveReport:
    rows: dict[str, int] = field(default_factory=dict)  # model label -> rows copied
    counters_set: int = 0
    problems: list[AuditProblem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def moved_models() -> list[type[models.Model]]:
    """Every table Django manages (with many-to-many tables), parents before the models pointing at them
    where the app order gives it; foreign keys are checked at commit on both databases anyway."""
    return [model for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy and model._meta.label not in NOT_COPIED]


def open_target(config: dict) -> None:
    connections.settings[TARGET] = connections.configure_settings(
        {DEFAULT_DB_ALIAS: settings.DATABASES[DEFAULT_DB_ALIAS], TARGET: config})[TARGET]


def _where(config: dict) -> tuple:
    return config["ENGINE"], str(config.get("NAME")), config.get("HOST") or "", str(config.get("PORT") or "")


def check_target(config: dict) -> None:
    """Refuse the database the tracker runs on, and any target holding tracker rows already."""
    if _where(config) == _where(settings.DATABASES[DEFAULT_DB_ALIAS]):
        raise MoveError("the target is the database the tracker uses now (DATABASE_URL); name a new one")
    target = connections[TARGET]
    try:
        tables = set(target.introspection.table_names())
    except Exception as exc:  # the driver's own error types: a wrong host, a missing database, no access
        raise MoveError(f"cannot reach the target: {first_line(exc)}") from None
    for model in moved_models():
        if model in MADE_BY_MIGRATE or model._meta.db_table not in tables:
            continue
        if model.objects.using(TARGET).exists():
            raise MoveError(f"the target is not empty ({model._meta.db_table} has rows); create a new database")


def _batches(model: type[models.Model], size: int) -> Iterator[list[models.Model]]:
    """The source's rows in primary-key order, `size` at a time (memory stays flat at any size)."""
    queryset = model._base_manager.using(DEFAULT_DB_ALIAS).order_by("pk")
    last = None
    while True:
        page = list((queryset if last is None else queryset.filter(pk__gt=last))[:size])
        if not page:
            return
        yield page
        last = page[-1].pk


def _copy(model: type[models.Model], batch_size: int, progress: Callable[[str, int], None]) -> int:
    copied = 0
    try:
        for page in _batches(model, batch_size):
            model._base_manager.using(TARGET).bulk_create(page)
            copied += len(page)
            progress(model._meta.label, len(page))
    except DatabaseError as exc:
        raise MoveError(f"copying {model._meta.label} failed after {copied} rows: {first_line(exc)}; "
                        "nothing was committed") from exc
    return copied


def _snapshot(alias: str) -> None:
    """One consistent view of the source for the whole copy (SQLite's transaction already is one)."""
    if connections[alias].vendor == "postgresql":
        with connections[alias].cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


def move_database(config: dict, *, batch_size: int = 2000, dry_run: bool = False,
                  progress: Callable[[str, int], None] = lambda label, rows: None) -> MoveReport:
    """Migrate the empty target, copy every row in one transaction, recount, and verify the audit there.

    Stop imports and the web service first: rows written to the source meanwhile are not copied.
    """
    open_target(config)
    check_target(config)
    report = MoveReport()
    with transaction.atomic(using=DEFAULT_DB_ALIAS):
        _snapshot(DEFAULT_DB_ALIAS)
        if dry_run:
            report.rows = {m._meta.label: m._base_manager.using(DEFAULT_DB_ALIAS).count() for m in moved_models()}
            return report
        call_command("migrate", database=TARGET, interactive=False, verbosity=0)
        with transaction.atomic(using=TARGET):
            for model in MADE_BY_MIGRATE:
                model.objects.using(TARGET).all().delete()
            for model in moved_models():
                report.rows[model._meta.label] = _copy(model, batch_size, progress)
            target = connections[TARGET]
            with target.cursor() as cursor:
                for statement in target.ops.sequence_reset_sql(no_style(), moved_models()):
                    cursor.execute(statement)
                if target.vendor == "postgresql":
                    # Check the foreign keys and run the counters kept at commit now, before the recount.
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            report.counters_set = sum(counters_recount(using=TARGET).values())
            report.problems = list(verify_claims(using=TARGET))
            if report.problems:
                raise MoveError(f"the audit does not verify in the target ({len(report.problems)} problems, "
                                f"first: {report.problems[0]}); nothing was committed")
            for model in moved_models():
                there = model._base_manager.using(TARGET).count()
                if there != report.rows[model._meta.label]:
                    raise MoveError(f"{model._meta.label}: {report.rows[model._meta.label]} rows copied but "
                                    f"{there} in the target; nothing was committed")
    ContentType.objects.clear_cache()
    return report
