"""The open database plus the app-level signals every view listens to.

Undo commands write through app/ services and then announce what changed; views
reload from the services when a change they show arrives. Views never talk to
each other directly.

The store also remembers, per record, the version this window last wrote, and the
current id of records that undo/redo had to create again (a deleted and restored
item gets a new id; commands keep the id they were created with and ask here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.errors import ConflictError
from app.locale.i18n import _
from ui.editing.kinds import Change, RecordKind

if TYPE_CHECKING:
    from app.db.engine import Database


class Store(QObject):
    #: What one user action changed: a frozenset of :class:`Change` members.
    changed = Signal(object)
    database_replaced = Signal()
    #: A command failed during undo or redo; the message is already translated.
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._versions: dict[tuple[RecordKind, int], tuple[int, int | None]] = {}
        self._ids: dict[tuple[RecordKind, int], int] = {}

    def replace_database(self, db: Database) -> None:
        old = self.db
        self.db = db
        self._versions.clear()
        self._ids.clear()
        self.database_replaced.emit()
        if old is not db:
            old.close()

    def notify(self, *changes: Change) -> None:
        if changes:
            self.changed.emit(frozenset(changes))

    def notify_all(self) -> None:
        self.notify(*Change)

    # --- ids of records that undo/redo created again -----------------------------

    def current_id(self, kind: RecordKind, original_id: int) -> int:
        seen = set()
        record_id = original_id
        while (kind, record_id) in self._ids and record_id not in seen:
            seen.add(record_id)
            record_id = self._ids[(kind, record_id)]
        return record_id

    def remap(self, kind: RecordKind, original_id: int, new_id: int) -> None:
        if original_id != new_id:
            self._ids[(kind, original_id)] = new_id

    # --- versions -------------------------------------------------------------
    #
    # Per record: the real version in the database after this window's last write,
    # and the "logical" version that state stands for in the undo history. Undoing a
    # step is only allowed when the record is still in the state that step left
    # behind; otherwise someone else changed it in between and undo would silently
    # revert their change.

    def expect(self, kind: RecordKind, record_id: int, logical: int) -> int:
        """The version to send to the service for a step that expects ``logical``."""
        entry = self._versions.get((kind, record_id))
        if entry is None:
            return logical
        real, known = entry
        if known != logical:
            raise ConflictError(
                _(
                    "Someone else changed this record in the meantime; this step cannot be "
                    "undone or redone without overwriting their change. Nothing was changed."
                ),
                current_version=real,
            )
        return real

    def logical(self, kind: RecordKind, record_id: int, real: int) -> int | None:
        """The version the undo history calls the state shown at ``real`` (None: this
        window did not write that state, someone else changed the record since)."""
        entry = self._versions.get((kind, record_id))
        if entry is None:
            return real
        return entry[1] if entry[0] == real else None

    def wrote(
        self, kind: RecordKind, record_id: int, real: int, logical: int | None = None
    ) -> None:
        self._versions[(kind, record_id)] = (real, real if logical is None else logical)

    def bumped(self, kind: RecordKind, record_id: int, new_real: int) -> None:
        """A write of ours raised the record's version by one as a side effect."""
        entry = self._versions.get((kind, record_id))
        if entry is None:
            return
        real, known = entry
        self._versions[(kind, record_id)] = (new_real, known if new_real == real + 1 else None)

    def recreated(
        self, kind: RecordKind, old_id: int, new_id: int, old_real: int, new_real: int
    ) -> None:
        """A record deleted at version ``old_real`` exists again as ``new_id``: later
        steps find it there, and it stands for the same point in the history (unless
        someone else had changed it before it was deleted)."""
        entry = self._versions.pop((kind, old_id), None)
        logical = old_real if entry is None else entry[1] if entry[0] == old_real else None
        self.remap(kind, old_id, new_id)
        self._versions[(kind, new_id)] = (new_real, logical)

    def forget(self, kind: RecordKind, record_id: int) -> None:
        self._versions.pop((kind, record_id), None)
