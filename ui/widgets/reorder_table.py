"""A table whose rows the user reorders by dragging them (one row at a time).

The view does not move anything itself: it reports which row was dropped where,
and the owner runs the undoable command that writes the new order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


class ReorderTable(QTableView):
    #: (row dragged, row it now takes)
    row_moved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def target_row(self, source: int, event: QDropEvent) -> int:
        """The row the dragged row takes when dropped at the event's position."""
        rows = self.model().rowCount() if self.model() is not None else 0
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return rows - 1  # below the last row
        row = index.row()
        rect = self.visualRect(index)
        below = event.position().y() > rect.center().y()
        if row > source and not below:
            row -= 1  # above a row further down: just before it
        elif row < source and below:
            row += 1  # below a row further up: just after it
        return max(0, min(row, rows - 1))

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        # InternalMove: Qt lets only drags that started in this view get here.
        source = self.currentIndex().row()
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the model is not changed here
        event.accept()
        if source < 0:
            return
        target = self.target_row(source, event)
        if target != source:
            self.row_moved.emit(source, target)
