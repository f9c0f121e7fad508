"""Which items need interpreting and who is assigned; assign from the interpreters
with the right language pair."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale.formatting import format_day_heading, format_time_range
from app.locale.i18n import _, current_language
from app.locale.names import format_name
from app.readers.programme_view import TripProgramme
from app.timeutil import local_date
from models.enums import ItemStatus
from models.text import localized
from ui.dialogs.assign_dialog import AssignDialog, default_pair
from ui.editing.record_ops import ASSIGNMENT
from ui.editing.saving import run_or_report, save_new
from ui.editing.store import Store
from ui.editing.undo_commands import DeleteRecord
from ui.models.simple_table_model import KeyRole, Row, SimpleTableModel
from ui.pages.page import language_changed
from ui.widgets.colours import ERROR_COLOUR
from ui.widgets.layout import share_columns

MISSING = QBrush(QColor(ERROR_COLOUR))


class InterpretingTab(QWidget):
    def __init__(self, store: Store, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack
        self.programme: TripProgramme | None = None
        self.model = SimpleTableModel(
            lambda: [_("When"), _("Programme item"), _("Venue"), _("Interpreter"), _("Languages")],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("interpreting_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.assign())
        self.assign_button = QPushButton(self)
        self.assign_button.setObjectName("assign_interpreter")
        self.assign_button.clicked.connect(self.assign)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.unassign)
        bar = QVBoxLayout()
        bar.addWidget(self.assign_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.retranslate()

    def set_programme(self, programme: TripProgramme | None) -> None:
        keep = self.current_key()
        self.programme = programme
        lang = current_language()
        rows = []
        for view in programme.items if programme else []:
            item = view.item
            if not (item.interpreting_needed or view.interpreters):
                continue
            day = local_date(item.starts_at, item.timezone)
            when = f"{format_day_heading(day, lang)} {format_time_range(item.starts_at, item.ends_at, lang, item.timezone)}"
            title = localized(item, "title", lang)
            cancelled = item.status == ItemStatus.CANCELLED.value
            venue = localized(view.venue, "name", lang) if view.venue is not None else ""
            if not view.interpreters:
                rows.append(
                    Row(
                        [when, title, venue, _("nobody assigned"), ""],
                        key=(item.id, None),
                        foreground=None if cancelled else MISSING,
                        strike=cancelled,
                    )
                )
            for person, assignment in view.interpreters:
                pair = f"{assignment.source} ↔ {assignment.target}"
                rows.append(
                    Row(
                        [when, title, venue, format_name(person, lang), pair],
                        key=(item.id, assignment),
                        strike=cancelled,
                    )
                )
        self.model.set_rows(rows)
        share_columns(self.table, (1, 2))
        if keep is not None:
            self.select_item(keep[0])

    def current_key(self) -> tuple[int, Any] | None:
        index = self.table.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row(row).key[0] == item_id:
                self.table.selectRow(row)
                return

    def assign(self) -> None:
        key = self.current_key()
        if key is None or self.programme is None:
            return
        self.assign_to(key[0])

    def assign_to(self, item_id: int) -> AssignDialog | None:
        tp = self.programme
        if tp is None:
            return None
        view = next((v for v in tp.items if v.item.id == item_id), None)
        if view is None:
            return None
        title = localized(view.item, "title", current_language())

        def submit(values: dict[str, Any]) -> bool:
            text = _("Assign interpreter to “{title}”").format(title=title)
            save_new(self.store, self.stack, ASSIGNMENT, {"item_id": item_id, **values}, text)
            return True

        dialog = AssignDialog(
            self,
            self.store.db,
            item_title=title,
            pair=default_pair(tp.region.country),
            submit=submit,
        )
        self.last_dialog = dialog
        dialog.exec()
        return dialog

    def unassign(self) -> None:
        key = self.current_key()
        if key is None or key[1] is None:
            return
        assignment = key[1]
        snapshot = ASSIGNMENT.snapshot(self.store.db, assignment)
        command = DeleteRecord(
            self.store, ASSIGNMENT, assignment, snapshot, _("Remove interpreter")
        )
        run_or_report(self, self.store, self.stack, command)

    def retranslate(self) -> None:
        self.assign_button.setText(_("Assign interpreter…"))
        self.remove_button.setText(_("Remove interpreter"))
        self.model.retranslate()
        self.set_programme(self.programme)

    def changeEvent(self, event: Any) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)
