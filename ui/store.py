"""The open database plus the app-level signals every view listens to.

Undo commands write through app/ services and then announce what changed; views
reload from the services when a kind they show has changed. Views never talk to
each other directly.

The store also remembers, per record, the version this window last wrote, and the
current id of records that undo/redo had to create again (a deleted and restored
item gets a new id; commands keep the id they were created with and ask here).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.db import Database

ITEMS = "items"
MEMBERS = "members"
ASSIGNMENTS = "assignments"
PEOPLE = "people"
TRIPS = "trips"
REGIONS = "regions"
FOLLOW_UPS = "follow_ups"
ALL_KINDS = (ITEMS, MEMBERS, ASSIGNMENTS, PEOPLE, TRIPS, REGIONS, FOLLOW_UPS)


class Store(QObject):
    changed = Signal(str)
    database_replaced = Signal()
    #: A command failed during undo or redo; the message is already translated.
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._versions: dict[tuple[str, int], int] = {}
        self._ids: dict[tuple[str, int], int] = {}

    def replace_database(self, db: Database) -> None:
        old = self.db
        self.db = db
        self._versions.clear()
        self._ids.clear()
        self.database_replaced.emit()
        if old is not db:
            old.close()

    def notify(self, *kinds: str) -> None:
        for kind in dict.fromkeys(kinds):
            self.changed.emit(kind)

    def notify_all(self) -> None:
        self.notify(*ALL_KINDS)

    # --- ids of records that undo/redo created again -----------------------------

    def current_id(self, kind: str, original_id: int) -> int:
        seen = set()
        record_id = original_id
        while (kind, record_id) in self._ids and record_id not in seen:
            seen.add(record_id)
            record_id = self._ids[(kind, record_id)]
        return record_id

    def remap(self, kind: str, original_id: int, new_id: int) -> None:
        if original_id != new_id:
            self._ids[(kind, original_id)] = new_id

    # --- versions this window wrote last --------------------------------------

    def version(self, kind: str, record_id: int, default: int) -> int:
        return self._versions.get((kind, record_id), default)

    def remember(self, kind: str, record_id: int, version: int) -> None:
        self._versions[(kind, record_id)] = version

    def forget(self, kind: str, record_id: int) -> None:
        self._versions.pop((kind, record_id), None)
