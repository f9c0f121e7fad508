"""Undoable edits: each command calls app/ services and keeps ids and versions.

A command is executed once by :func:`run` before it goes on the stack, so that a
validation error or a conflict reaches the dialog that asked for it (the dialog
stays open, nothing is on the stack). Later redo/undo calls come from the stack; a
failure there (someone else changed the record meanwhile) is reported through
``Store.failed`` and the command is dropped from the history, never forced through.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.errors import ConflictError, PlannerError
from app.ics.uids import item_uid
from app.locale.i18n import _
from app.services import delegation, programme
from models.ids import id_of
from ui.editing.kinds import Change, RecordKind
from ui.editing.record_ops import ITEM, MEMBER, REFERENCES, RecordOps
from ui.editing.store import Store


def run(stack: QUndoStack, command: ServiceCommand) -> None:
    """Execute ``command`` now (errors reach the caller) and put it on the stack."""
    command.execute()
    stack.push(command)


class ServiceCommand(QUndoCommand):
    notify: tuple[Change, ...] = ()

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(text)
        self.store = store
        self._first = True
        self._executed = False

    @property
    def db(self) -> Any:
        return self.store.db

    def execute(self) -> None:
        try:
            self._redo()
        finally:
            self.store.notify(*self.notify)
        self._first = False
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # QUndoStack.push calls redo: already done by execute
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, step: Any) -> None:
        try:
            step()
        except PlannerError as exc:
            self.setObsolete(True)
            self.store.failed.emit(exc.message)
        finally:
            self.store.notify(*self.notify)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def resolve(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with references to re-created records replaced by their ids now."""
        out = dict(values)
        for key, kind in REFERENCES.items():
            if key not in out or out[key] is None:
                continue
            if isinstance(out[key], list | tuple):
                out[key] = [self.store.current_id(kind, v) for v in out[key]]
            else:
                out[key] = self.store.current_id(kind, out[key])
        if "interpreters" in out:
            out["interpreters"] = [
                (self.store.current_id(RecordKind.PERSON, p), s, t)
                for p, s, t in out["interpreters"]
            ]
        return out

    def after_write(self, ops: RecordOps, values: dict[str, Any]) -> None:
        """Follow version bumps that a write caused on other records."""
        for key, kind, getter in ops.bumps:
            ref = values.get(key)
            if ref is not None:
                record_id = self.store.current_id(kind, ref)
                self.store.bumped(kind, record_id, getter(self.db, record_id).version)


class CreateRecord(ServiceCommand):
    def __init__(self, store: Store, ops: RecordOps, values: dict[str, Any], text: str) -> None:
        super().__init__(store, text)
        self.ops = ops
        self.notify = ops.notify
        self.values = dict(values)
        self.original_id: int | None = None
        self.version = 0
        #: What the record created first keeps when redo creates it again (its UID).
        self.identity: dict[str, Any] = {}
        #: The real version undo deleted; redo writes the record back above it.
        self.deleted = 0

    @property
    def record_id(self) -> int | None:
        if self.original_id is None:
            return None
        return self.store.current_id(self.ops.kind, self.original_id)

    def _redo(self) -> None:
        values = self.resolve(self.values)
        if self.original_id is None or self.ops.restore is None:
            obj = self.ops.create(self.db, **values)
        else:
            values |= self.identity
            obj, _children = self.ops.restore(self.db, values, self.deleted + 1, [])
        if self.original_id is None:
            self.original_id, self.version = obj.id, obj.version
            self.identity = self.ops.identity(obj)
        else:
            self.store.remap(self.ops.kind, self.original_id, obj.id)
        self.store.wrote(self.ops.kind, obj.id, obj.version, self.version)
        self.after_write(self.ops, values)

    def _undo(self) -> None:
        record_id = self.record_id
        assert record_id is not None
        real = self.store.expect(self.ops.kind, record_id, self.version)
        self.ops.delete(self.db, record_id, real)
        self.deleted = real
        self.store.forget(self.ops.kind, record_id)
        self.after_write(self.ops, self.resolve(self.values))


class EditRecord(ServiceCommand):
    """Changes only the fields that differ between ``before`` and ``after``."""

    def __init__(
        self,
        store: Store,
        ops: RecordOps,
        record_id: int,
        version: int,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(store, text)
        self.ops = ops
        self.notify = ops.notify
        self.original_id = record_id
        changed = [k for k in after if before.get(k) != after[k]]
        self._changes = bool(changed)
        if ops.full_update:
            changed = list(after)
        self.before = {k: before.get(k) for k in changed}
        self.after = {k: after[k] for k in changed}
        self.v_before = version
        self.v_after = version

    @property
    def changes_anything(self) -> bool:
        return self._changes

    def _apply(self, values: dict[str, Any], expected: int, logical: int | None) -> int:
        record_id = self.store.current_id(self.ops.kind, self.original_id)
        real = expected if self._first else self.store.expect(self.ops.kind, record_id, expected)
        obj = self.ops.update(self.db, record_id, real, **self.resolve(values))
        self.store.wrote(self.ops.kind, record_id, obj.version, logical)
        return int(obj.version)

    def _redo(self) -> None:
        if self._first:
            self.v_after = self._apply(self.after, self.v_before, None)
        else:
            self._apply(self.after, self.v_before, self.v_after)

    def _undo(self) -> None:
        self._apply(self.before, self.v_after, self.v_before)


class DeleteRecord(ServiceCommand):
    def __init__(
        self, store: Store, ops: RecordOps, record: Any, snapshot: dict[str, Any], text: str
    ) -> None:
        super().__init__(store, text)
        self.ops = ops
        self.notify = ops.notify
        self.original_id = int(record.id)
        self.version = int(record.version)
        self.snapshot = dict(snapshot)
        self.deleted = self.version
        self.children = ops.children(store.db, record)

    def _redo(self) -> None:
        record_id = self.store.current_id(self.ops.kind, self.original_id)
        real = (
            self.version
            if self._first
            else self.store.expect(self.ops.kind, record_id, self.version)
        )
        self.ops.delete(self.db, record_id, real)
        self.deleted = real
        self.store.forget(self.ops.kind, record_id)
        self.after_write(self.ops, self.resolve(self.snapshot))

    def _undo(self) -> None:
        values = self.resolve(self.snapshot)
        if self.ops.restore is None:
            obj = self.ops.create(self.db, **values)
        else:
            # above the deleted version: a calendar holding that SEQUENCE takes the change
            obj, relinks = self.ops.restore(self.db, values, self.deleted + 1, self.children)
            self.children = [(new_id, new_v) for _k, _o, new_id, _ov, new_v in relinks]
            for kind, old_id, new_id, old_version, new_version in relinks:
                self.store.recreated(kind, old_id, new_id, old_version, new_version)
        self.store.remap(self.ops.kind, self.original_id, obj.id)
        self.store.wrote(self.ops.kind, obj.id, obj.version, self.version)
        self.after_write(self.ops, values)


class DuplicateItem(ServiceCommand):
    notify = ITEM.notify

    def __init__(self, store: Store, item_id: int, shift: timedelta, text: str) -> None:
        super().__init__(store, text)
        self.source_id = item_id
        self.shift = shift
        self.copy_id: int | None = None
        #: The copy's calendar UID and the version undo deleted it at: redo brings the
        #: same copy back above that version, never back to SEQUENCE 0.
        self.uid: str | None = None
        self.deleted = 0

    @property
    def record_id(self) -> int | None:
        return (
            None if self.copy_id is None else self.store.current_id(RecordKind.ITEM, self.copy_id)
        )

    def _redo(self) -> None:
        source = self.store.current_id(RecordKind.ITEM, self.source_id)
        copy = programme.duplicate_item(
            self.db, source, shift=self.shift, uid=self.uid, version=self.deleted + 1
        )
        if self.copy_id is None:
            self.copy_id = copy.id
            self.uid = item_uid(copy)
        else:
            self.store.remap(RecordKind.ITEM, self.copy_id, id_of(copy))
        self.store.wrote(RecordKind.ITEM, id_of(copy), copy.version, 1)

    def _undo(self) -> None:
        record_id = self.record_id
        assert record_id is not None
        self.deleted = self.store.expect(RecordKind.ITEM, record_id, 1)
        programme.delete_item(self.db, record_id, self.deleted)
        self.store.forget(RecordKind.ITEM, record_id)


class ReorderMembers(ServiceCommand):
    """A new protocol order. Redo and undo check the order they expect, as the first
    run checks the order the user saw: each membership's version, followed through
    the history like every other edit (``Store.expect``)."""

    notify = (Change.MEMBERS, Change.TRIPS)

    def __init__(
        self,
        store: Store,
        trip_id: int,
        seen: list[tuple[int, int]],
        new: list[int],
        text: str,
    ) -> None:
        super().__init__(store, text)
        self.trip_id = trip_id
        self.old = [member_id for member_id, _version in seen]
        self.new = list(new)
        #: member id → its version in the order before this step and after it.
        self.before = {m: store.logical(RecordKind.MEMBER, m, v) for m, v in seen}
        self.after: dict[int, int | None] = {}

    def _order(
        self, member_ids: list[int], expect: dict[int, int | None]
    ) -> tuple[dict[int, int], dict[int, int]]:
        """Write ``member_ids``' order if the delegation is as ``expect`` says; the
        members' versions before and after."""
        trip_id = self.store.current_id(RecordKind.TRIP, self.trip_id)
        before: dict[int, int] = {}
        for member_id, logical in expect.items():
            current = self.store.current_id(RecordKind.MEMBER, member_id)
            if logical is None:  # changed by someone else before this window saw it
                raise ConflictError(_("The delegation was changed by someone else; reload it."))
            before[member_id] = self.store.expect(RecordKind.MEMBER, current, logical)
        seen = [(self.store.current_id(RecordKind.MEMBER, m), v) for m, v in before.items()]
        ids = [self.store.current_id(RecordKind.MEMBER, m) for m in member_ids]
        rows = delegation.reorder_members(self.db, trip_id, ids, seen)
        versions = {id_of(r.member): int(r.member.version) for r in rows}
        # the trip's version rises with every change of its delegation
        self.after_write(MEMBER, {"trip_id": self.trip_id})
        return before, {m: versions[self.store.current_id(RecordKind.MEMBER, m)] for m in expect}

    def _remember(self, real: dict[int, int], logical: dict[int, int | None]) -> None:
        for member_id, version in real.items():
            current = self.store.current_id(RecordKind.MEMBER, member_id)
            self.store.wrote(RecordKind.MEMBER, current, version, logical[member_id])

    def _redo(self) -> None:
        before, real = self._order(self.new, self.before)
        if self._first:
            # a membership this step moved is in a new state; the others stay as they were
            self.after = {m: real[m] if real[m] != before[m] else self.before[m] for m in real}
        self._remember(real, self.after)

    def _undo(self) -> None:
        _before, real = self._order(self.old, self.after)
        self._remember(real, self.before)
