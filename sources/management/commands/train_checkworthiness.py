"""python manage.py train_checkworthiness: train the check-worthiness model and write it with its card."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.commands import USAGE_ERROR


class Command(BaseCommand):
    help = (
        "Train the check-worthiness model on the training data in sources/checkworthiness/data (never on a "
        "CheckThat! test set), choosing C by leave-one-debate-out cross-validation, and write model.json and "
        "MODEL_CARD.md (data, licences, hashes, cross-validation figures); --extra adds the newsroom's own "
        "judgements (export_training_data). Needs the train extra: "
        "pip install -e '.[train]'. Exit status: 0 done, 2 the extra is missing or bad arguments."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")
        parser.add_argument("--out", type=Path, default=None, help="Where to write model.json (default: the "
                                                                   "shipped model's place).")
        parser.add_argument("--extra", type=Path, action="append", default=[], metavar="FILE",
                            help="Also train on this file of export_training_data (repeatable).")
        parser.add_argument("--dry-run", action="store_true", help="Cross-validate only; write nothing.")

    def handle(self, *args, **options):
        try:
            import sklearn  # noqa: F401
        except ImportError:
            raise CommandError("scikit-learn is missing: pip install -e '.[train]'", returncode=USAGE_ERROR) from None
        from sources.checkworthiness import training

        say = self.stderr.write if options["verbosity"] else (lambda *_: None)
        for path in options["extra"]:
            if not path.is_file():
                raise CommandError(f"--extra {path}: no such file", returncode=USAGE_ERROR)
        try:
            debates = training.read_debates(extra=tuple(options["extra"]))
        except (ValueError, UnicodeDecodeError) as exc:
            raise CommandError(str(exc), returncode=USAGE_ERROR) from None
        if options["dry_run"]:
            for c in training.C_VALUES:
                say(f"C={c}: leave-one-debate-out MAP {training.cross_validate(debates, c, options['seed']).map:.4f}")
            return
        report = training.train(seed=options["seed"], out=options["out"] or training.MODEL_PATH,
                                extra=tuple(options["extra"]), progress=say)
        self.stdout.write(f"model {report['version']}: C={report['C']}, cross-validated MAP "
                          f"{report['cv_map'][str(report['C'])]}, {report['terms']:,} terms")
