"""Deleting a whole trip as one undoable step."""

from __future__ import annotations

from app.services.trip_removal import (
    TripContents,
    delete_trip_keeping_contents,
    restore_trip,
    restored_version,
)
from ui.editing.kinds import Change, RecordKind
from ui.editing.store import Store
from ui.editing.undo_commands import ServiceCommand


class DeleteTrip(ServiceCommand):
    """The trip with its programme, delegation and interpreting; undo writes it all
    back (new ids, the same calendar UIDs) and re-links its follow-up actions."""

    notify = (Change.TRIPS, Change.ITEMS, Change.MEMBERS, Change.ASSIGNMENTS, Change.FOLLOW_UPS)

    def __init__(self, store: Store, trip_id: int, version: int, text: str) -> None:
        super().__init__(store, text)
        self.original_id = trip_id
        self.version = version
        self.contents: TripContents | None = None

    def _redo(self) -> None:
        trip_id = self.store.current_id(RecordKind.TRIP, self.original_id)
        real = (
            self.version
            if self._first
            else self.store.expect(RecordKind.TRIP, trip_id, self.version)
        )
        self.contents = delete_trip_keeping_contents(self.db, trip_id, real)
        self.store.forget(RecordKind.TRIP, trip_id)

    def _undo(self) -> None:
        contents = self.contents
        assert contents is not None
        restored = restore_trip(self.db, contents)
        old, new = restored.trip
        self.store.remap(RecordKind.TRIP, old, new)
        # the state this step deleted, now one version higher
        self.store.wrote(RecordKind.TRIP, new, restored_version(contents.trip), self.version)
        for kind, saved, ids in (
            (RecordKind.ITEM, contents.items, restored.items),
            (RecordKind.MEMBER, contents.members, restored.members),
            (RecordKind.ASSIGNMENT, contents.assignments, restored.assignments),
        ):
            for record in saved:
                new_version = restored_version(record)
                self.store.recreated(kind, record.id, ids[record.id], record.version, new_version)
