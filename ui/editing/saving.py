"""Saving from a dialog: create or edit through an undo command; on a conflict ask
whether to reload or keep the user's values as a copy. Validation errors go back to
the dialog, which shows them beside the fields and stays open."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.errors import ConflictError, NotFoundError, PlannerError
from app.locale.i18n import _
from ui.dialogs.conflict_dialog import KEEP_COPY, ask_conflict
from ui.dialogs.messages import show_error
from ui.editing.record_ops import RecordOps
from ui.editing.store import Store
from ui.editing.undo_commands import CreateRecord, EditRecord, run


def save_new(
    store: Store, stack: QUndoStack, ops: RecordOps, values: dict[str, Any], text: str
) -> int:
    """Create (ValidationError reaches the dialog); the new record's id."""
    command = CreateRecord(store, ops, values, text)
    run(stack, command)
    assert command.record_id is not None
    return command.record_id


def save_edit(
    parent: QWidget | None,
    store: Store,
    stack: QUndoStack,
    ops: RecordOps,
    record: Any,
    before: dict[str, Any],
    after: dict[str, Any],
    text: str,
    copy_values: dict[str, Any] | None = None,
) -> bool:
    """Save changed fields; True when the dialog may close."""
    command = EditRecord(store, ops, int(record.id), int(record.version), before, after, text)
    if not command.changes_anything:
        return True
    try:
        run(stack, command)
    except (ConflictError, NotFoundError) as exc:
        choice = ask_conflict(parent, exc.message, can_copy=copy_values is not None)
        if choice == KEEP_COPY and copy_values is not None:
            try:
                save_new(store, stack, ops, copy_values, _("Keep my version as a copy"))
            except PlannerError as failure:
                show_error(parent, failure.message)
                return False
        store.notify(*ops.notify)
    return True


def run_or_report(parent: QWidget | None, store: Store, stack: QUndoStack, command: Any) -> bool:
    """Run a command that has no dialog (delete, cancel …); explain a failure."""
    try:
        run(stack, command)
    except (ConflictError, NotFoundError) as exc:
        ask_conflict(parent, exc.message, can_copy=False)
        store.notify(*command.notify)
        return False
    except PlannerError as exc:
        show_error(parent, exc.message)
        return False
    return True
