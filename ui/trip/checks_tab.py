"""The schedule problems of a trip (from app.checks.find), then its missing translations
(per language and kind of text); double-click or Enter jumps to the (first) item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.checks.problem import Problem, ProblemKind, schedule_problems
from app.locale.i18n import _, ngettext
from ui.models.simple_table_model import Row, SimpleTableModel
from ui.pages.page import language_changed


def kind_label(kind: ProblemKind) -> str:
    return {
        ProblemKind.PERSON_OVERLAP: _("Double booking"),
        ProblemKind.INTERPRETER_DOUBLE_BOOKED: _("Interpreter double-booked"),
        ProblemKind.INTERPRETER_MISSING: _("No interpreter"),
        ProblemKind.OUTSIDE_TRIP_DATES: _("Outside the trip dates"),
        ProblemKind.NO_TRANSFER_GAP: _("No time for the transfer"),
        ProblemKind.MISSING_TRANSLATION: _("Missing translation"),
    }.get(kind, str(kind))


class ProblemTable(QTableView):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ChecksTab(QWidget):
    jump_to_item = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.summary = QLabel(self)
        self.model = SimpleTableModel(lambda: [_("Problem"), _("Details")], self)
        self.table = ProblemTable(self)
        self.table.setObjectName("problem_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Rows follow the width of the message column: fitted once while the tab was
        # hidden (and narrow), they stayed several lines too tall.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda index: self._jump(index.row()))
        self.table.activated_row.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        self.model.set_rows(
            [
                Row([kind_label(p.kind), p.message], key=p.item_ids, tooltip=p.message)
                for p in problems
            ]
        )
        self.table.resizeColumnToContents(0)
        n = len(schedule_problems(self.problems))
        missing = len(self.problems) - n
        if not self.problems:
            self.summary.setText(_("No schedule problems."))
            return
        parts = [
            ngettext("{n} schedule problem", "{n} schedule problems", n).format(n=n)
            if n
            else _("No schedule problems")
        ]
        if missing:
            parts.append(
                ngettext(
                    "{n} missing translation (a partner copy can still be printed)",
                    "{n} missing translations (a partner copy can still be printed)",
                    missing,
                ).format(n=missing)
            )
        parts.append(_("Double-click a problem (or press Enter) to show its item."))
        self.summary.setText(" · ".join(parts))

    def _jump(self, row: int) -> None:
        item_ids = self.model.row(row).key if 0 <= row < self.model.rowCount() else None
        if item_ids:
            self.jump_to_item.emit(int(item_ids[0]))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.set_problems(self.problems)

    def changeEvent(self, event: Any) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)
