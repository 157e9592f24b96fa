"""python manage.py grant_app_role ROLE: least privilege for the application's PostgreSQL role."""

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, transaction

from tracker.commands import SOME_FAILED, USAGE_ERROR, first_line
from tracker.roles import RoleError, app_role_sql


class Command(BaseCommand):
    help = (
        "Give ROLE (the role the web service and importer log in as) what the application needs and no more: "
        "read and write its working tables, only read and add to history (verdicts, audit entries, checkpoints), "
        "never TRUNCATE, DROP or ALTER. Run it as the owner (the role that runs migrate), after every migrate. "
        "PostgreSQL only. Exit status: 0 granted (or shown, with --dry-run), 1 the database refused, 2 usage error."
    )

    def add_arguments(self, parser):
        parser.add_argument("role", help="The application's role, e.g. claimtrack_app.")
        parser.add_argument("--create", action="store_true", help="Create the role when it does not exist.")
        parser.add_argument("--password-env", metavar="VARIABLE",
                            help="Let the role log in, with the password in this environment variable.")
        parser.add_argument("--dry-run", action="store_true", help="Print the SQL; change nothing.")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("grant_app_role is for PostgreSQL (DATABASE_URL=postgres://...); SQLite has no roles",
                               returncode=USAGE_ERROR)
        password = None
        if options["password_env"]:
            password = os.environ.get(options["password_env"], "")
            if not password:
                raise CommandError(f"{options['password_env']} is not set or empty", returncode=USAGE_ERROR)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT current_database(), current_schema()")
                database, schema = cursor.fetchone()
            statements = app_role_sql(options["role"], database=database, schema=schema,
                                      quote=connection.ops.quote_name, password=password, create=options["create"])
        except RoleError as exc:
            raise CommandError(str(exc), returncode=USAGE_ERROR) from None
        except DatabaseError as exc:
            raise CommandError(f"Cannot reach the database: {first_line(exc)}", returncode=SOME_FAILED) from None
        if options["dry_run"]:
            for sql, params in statements:
                self.stdout.write((sql % tuple("'********'" for _ in params)) + ";")
            return
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                for sql, params in statements:
                    cursor.execute(sql, params)
        except DatabaseError as exc:
            raise CommandError(f"Not granted: {first_line(exc)}", returncode=SOME_FAILED) from None
        self.stdout.write(self.style.SUCCESS(
            f"{options['role']} may now use {database} with the application's privileges only."))
