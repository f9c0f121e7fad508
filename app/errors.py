"""Domain errors: each carries a message a user understands, already translated."""

from __future__ import annotations


class PlannerError(Exception):
    """Base of every error the program explains to its user instead of crashing."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(PlannerError):
    """One or more fields of a record are not acceptable.

    ``fields`` maps field names to messages so that a dialog can show each message
    next to its field; ``message`` joins them for the CLI.
    """

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(" ".join(fields.values()))
        self.fields = dict(fields)


class NotFoundError(PlannerError):
    """A trip, region, person, item … that does not exist (any more)."""


class ConflictError(PlannerError):
    """Another user saved the same record since it was loaded (optimistic version check)."""

    def __init__(
        self,
        message: str,
        *,
        current_version: int | None = None,
        attempted: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.current_version = current_version
        #: What the losing user tried to save, so that it can be offered back.
        self.attempted = dict(attempted or {})


class DatabaseOpenError(PlannerError):
    """The database cannot be opened: bad URL, unreachable server, unreadable file."""


class DatabaseUnavailableError(PlannerError):
    """A unit of work failed at the database (locked, read-only, server gone); nothing saved."""


class ExportError(PlannerError):
    """An export could not be written; nothing half-written was left behind."""


class ImportFileError(PlannerError):
    """An imported file is not acceptable; nothing was changed."""
