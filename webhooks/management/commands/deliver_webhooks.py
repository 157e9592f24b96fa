"""python manage.py deliver_webhooks: send the webhook outbox (a service in docker-compose, or cron with --once)."""

import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone

from tracker.commands import USAGE_ERROR, unreachable_database
from webhooks.delivery import claim_due, deliver
from webhooks.models import Delivery


class Command(BaseCommand):
    help = (
        "Deliver pending webhook events: signed JSON POSTs, retried with exponential back-off for up to "
        "CLAIMTRACK_WEBHOOKS_RETRY_WINDOW seconds (a day), then marked failed (see them in the admin). Runs until "
        "stopped (SIGTERM/SIGINT finish the current delivery first); --once stops when nothing is due. Several "
        "workers may run at once: none sends a delivery another holds. Exit status: 0 done, 1 the database failed, "
        "2 bad arguments."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true",
                            help="Try each delivery due now once, then exit (for cron).")
        parser.add_argument("--batch", type=int, default=20, help="Deliveries taken at a time (default 20).")
        parser.add_argument("--interval", type=float, default=2.0,
                            help="Seconds to wait when nothing is due (default 2).")
        parser.add_argument("--dry-run", action="store_true", help="List what is due; send nothing.")

    def handle(self, *args, **options):
        if options["batch"] < 1 or options["interval"] <= 0:
            raise CommandError("--batch must be at least 1 and --interval above 0.", returncode=USAGE_ERROR)
        try:
            if options["dry_run"]:
                due = Delivery.objects.filter(state=Delivery.State.PENDING, next_attempt_at__lte=timezone.now())
                for delivery in due.select_related("event", "subscription").order_by("next_attempt_at", "id"):
                    self.stdout.write(f"{delivery.pk}\t{delivery.event.kind}\t{delivery.subscription.url}\t"
                                      f"attempt {delivery.attempts + 1}")
                return
            self._run(options)
        except DatabaseError as exc:
            raise unreachable_database(exc) from None

    def _run(self, options) -> None:
        stopping = []
        previous = {signum: signal.signal(signum, lambda *_: stopping.append(True))
                    for signum in (signal.SIGTERM, signal.SIGINT)}
        try:
            self._deliver(options, stopping)
        finally:
            # Put the process's own handlers back: a caller's SIGTERM (or a forked child's) must stop it again.
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _deliver(self, options, stopping: list) -> None:
        sent = failed = 0
        # --once: what is due when it starts, each tried once (a failure's retry is due later).
        due_by = timezone.now() if options["once"] else None
        while not stopping:
            if not connection.in_atomic_block:  # a long-running worker: drop connections the server closed
                close_old_connections()
            taken = claim_due(options["batch"], due_by=due_by)
            for delivery in taken:
                delivery = deliver(delivery)
                sent += delivery.state == Delivery.State.DELIVERED
                failed += delivery.state != Delivery.State.DELIVERED
                if options["verbosity"] > 1:
                    self.stderr.write(f"{delivery.pk} {delivery.event.kind} -> {delivery.subscription.url}: "
                                      f"{delivery.state} ({delivery.last_status or delivery.last_error})")
                if stopping:
                    break
            if not taken:
                if options["once"]:
                    break
                time.sleep(options["interval"])
        if options["verbosity"]:
            self.stderr.write(f"{sent} delivered, {failed} not (yet).")
