"""What the management commands share."""

from django.core.management.base import CommandError

SOME_FAILED = 1  # exit status: the command ran but could not finish (a file failed, the database went away)
USAGE_ERROR = 2  # exit status: bad arguments or input files; nothing was done


def first_line(exc: Exception) -> str:
    """An exception's message in one line (database drivers add DETAIL and HINT lines)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def unreachable_database(exc: Exception) -> CommandError:
    """The one-line error, exit status 1, for a database that refused or went away."""
    return CommandError(f"Cannot reach the database: {first_line(exc)}", returncode=SOME_FAILED)
