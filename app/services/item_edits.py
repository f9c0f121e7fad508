"""A programme item with who attends and who interprets, saved as one unit of work.

The item dialog, undo and redo change an item's fields, its attendance and its
interpreter assignments together; each function here commits all of that or,
on any error, nothing. A refused save therefore leaves no half-written item
behind that the undo history does not know about and that would make the
user's next attempt collide with their own first one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.db.engine import Database
from app.services.base import versioned_update
from app.services.interpreting import replace_assignments
from app.services.programme import change_item, insert_item, write_attendance
from models.ids import id_of
from models.tables import ProgrammeItem

#: An interpreter assignment as dialogs and undo snapshots hold it.
Interpreting = tuple[int, str, str]  # (person id, source language, target language)


def add_item(
    db: Database,
    trip_id: int,
    values: dict[str, Any],
    *,
    attendees: Iterable[int] = (),
    interpreters: Iterable[Interpreting] = (),
    version: int = 1,
) -> ProgrammeItem:
    """A new item of the trip with its attendees and interpreters (``version``: see
    :func:`~app.services.programme.insert_item`)."""
    with db.session() as session:
        item = insert_item(session, trip_id, values, version=version)
        item_id = id_of(item)
        write_attendance(session, item_id, attendees)
        replace_assignments(session, item_id, interpreters)
        return item


def save_item(
    db: Database,
    item_id: int,
    expected_version: int,
    values: dict[str, Any],
    *,
    attendees: Iterable[int] | None = None,
    interpreters: Iterable[Interpreting] | None = None,
) -> ProgrammeItem:
    """Change the item's fields (``values``: only those that change), and replace its
    attendees and interpreters where given (None: keep them). The version check
    covers all of it and the version rises by one, so a calendar sees one change."""
    with db.session() as session:
        if values:
            item = change_item(session, item_id, expected_version, values)
        else:
            item = versioned_update(session, ProgrammeItem, item_id, expected_version, {})
        if attendees is not None:
            write_attendance(session, item_id, attendees)
        if interpreters is not None:
            replace_assignments(session, item_id, interpreters)
        return item
