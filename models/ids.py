"""A saved record's id as a plain ``int``.

SQLModel declares every primary key ``int | None`` because a new record has no id
until the database assigns one on flush. Code that works with saved records (queries,
Qt signals, dictionaries keyed by id) needs an ``int``: ``id_of`` says so in one
place and fails with a clear message for a record that was never saved, instead of
letting ``None`` travel on into a query.
"""

from __future__ import annotations

from typing import Protocol


class HasId(Protocol):
    """A table row or one of the readers' plain records."""

    # A read-only property, so that NamedTuple records with ``id: int`` match too.
    @property
    def id(self) -> int | None: ...


class UnsavedRecordError(ValueError):
    """A record's id was asked for before the database gave it one (a programming error)."""


def id_of(record: HasId) -> int:
    """The database id of a saved ``record``."""
    record_id = record.id
    if record_id is None:
        raise UnsavedRecordError(f"{type(record).__name__} has no id yet: it was never saved")
    return record_id
