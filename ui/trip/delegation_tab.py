"""The delegation of a trip in protocol order: add, remove, change role, move up/down
or drag a member to another place."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _, current_language
from app.locale.labels import label
from app.locale.names import format_name, format_name_native
from app.readers.programme_view import MemberView, TripProgramme
from app.services.people import get_person, list_people
from models.ids import id_of
from models.text import localized
from ui.dialogs.member_dialog import MemberDialog
from ui.editing.record_ops import MEMBER
from ui.editing.saving import run_or_report, save_edit, save_new
from ui.editing.store import Store
from ui.editing.undo_commands import DeleteRecord, ReorderMembers
from ui.models.simple_table_model import KeyRole, Row, SimpleTableModel
from ui.pages.page import language_changed
from ui.pages.people_view import open_person_dialog
from ui.widgets.layout import share_columns
from ui.widgets.reorder_table import ReorderTable


class DelegationTab(QWidget):
    def __init__(self, store: Store, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack
        self.programme: TripProgramme | None = None
        self.model = SimpleTableModel(
            lambda: ["#", _("Name"), _("Role"), _("Function"), _("Organisation")], self
        )
        self.model.rows_movable = True
        self.table = ReorderTable(self)
        self.table.setObjectName("member_table")
        self.table.setModel(self.model)
        self.table.row_moved.connect(self.move_row)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self.buttons: dict[str, QPushButton] = {}
        bar = QVBoxLayout()
        for name, slot in (
            ("add", self.add_member),
            ("role", self.change_role),
            ("remove", self.remove_member),
            ("up", lambda: self.move_selected(-1)),
            ("down", lambda: self.move_selected(1)),
        ):
            button = QPushButton(self)
            button.setObjectName(f"member_{name}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.retranslate()

    def set_programme(self, programme: TripProgramme | None) -> None:
        keep = self.current_member_id()
        self.programme = programme
        lang = current_language()
        rows = []
        for mv in programme.members if programme else []:
            p = mv.person
            name = format_name(p, lang)
            cells = [
                str(mv.member.precedence),
                name,
                label(mv.member.role, lang),
                localized(p, "function", lang),
                localized(p, "organisation", lang),
            ]
            rows.append(Row(cells, key=mv.member.id, tooltip=format_name_native(p)))
        self.model.set_rows(rows)
        share_columns(self.table, (3, 4))
        if keep is not None:
            self.select(keep)

    def current_member_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def _current(self) -> MemberView | None:
        member_id = self.current_member_id()
        if self.programme is None or member_id is None:
            return None
        return next((mv for mv in self.programme.members if mv.member.id == member_id), None)

    def select(self, member_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row(row).key == member_id:
                self.table.selectRow(row)
                return

    # --- actions ---------------------------------------------------------------

    def add_member(self) -> None:
        if self.programme is None:
            return
        tp = self.programme
        lang = current_language()
        members = {mv.person.id for mv in tp.members}
        people = [
            (id_of(p), format_name(p, lang))
            for p in list_people(self.store.db)
            if p.id not in members
        ]

        def create() -> tuple[int, str] | None:
            person_id = open_person_dialog(self, self.store, self.stack, None)
            return None if person_id is None else (person_id, self._name(person_id))

        def submit(values: dict[str, Any]) -> bool:
            text = _("Add to the delegation")
            save_new(self.store, self.stack, MEMBER, {"trip_id": tp.trip.id, **values}, text)
            return True

        dialog = MemberDialog(self, submit=submit, people=people, create_person=create)
        dialog.exec()

    def _name(self, person_id: int) -> str:
        return format_name(get_person(self.store.db, person_id), current_language())

    def change_role(self) -> None:
        mv = self._current()
        if mv is None:
            return
        name = format_name(mv.person, current_language())

        def submit(values: dict[str, Any]) -> bool:
            before = {"role": mv.member.role, "precedence": mv.member.precedence}
            after = {"role": values["role"], "precedence": mv.member.precedence}
            text = _("Change role of {name}").format(name=name)
            return save_edit(dialog, self.store, self.stack, MEMBER, mv.member, before, after, text)

        dialog = MemberDialog(
            self,
            submit=submit,
            people=[(id_of(mv.person), name)],
            person_id=mv.person.id,
            role=mv.member.role,
        )
        dialog.exec()

    def remove_member(self) -> None:
        mv = self._current()
        if mv is None:
            return
        text = _("Remove {name} from the delegation").format(
            name=format_name(mv.person, current_language())
        )
        snapshot = MEMBER.snapshot(self.store.db, mv.member)
        run_or_report(
            self,
            self.store,
            self.stack,
            DeleteRecord(self.store, MEMBER, mv.member, snapshot, text),
        )

    def move_selected(self, step: int) -> None:
        """Move the selected member ``step`` places (negative: up). Not named ``move``,
        which would override QWidget.move."""
        mv = self._current()
        if mv is None or self.programme is None:
            return
        pos = [m.member.id for m in self.programme.members].index(mv.member.id)
        self.move_row(pos, pos + step)

    def move_row(self, pos: int, target: int) -> None:
        """Give the member in row ``pos`` the place ``target`` (one undoable step)."""
        if self.programme is None:
            return
        # the order as displayed, with each membership's version: a colleague's
        # reorder since then is a conflict, not silently overwritten
        seen = [(id_of(m.member), int(m.member.version)) for m in self.programme.members]
        if not (0 <= pos < len(seen) and 0 <= target < len(seen)) or pos == target:
            return
        mv = self.programme.members[pos]
        new = [member_id for member_id, _version in seen]
        new.insert(target, new.pop(pos))
        text = _("Move {name} up") if target < pos else _("Move {name} down")
        command = ReorderMembers(
            self.store,
            id_of(self.programme.trip),
            seen,
            new,
            text.format(name=format_name(mv.person, current_language())),
        )
        if run_or_report(self, self.store, self.stack, command):
            self.select(id_of(mv.member))

    def retranslate(self) -> None:
        texts = {
            "add": _("Add person…"),
            "role": _("Change role…"),
            "remove": _("Remove"),
            "up": _("Move up"),
            "down": _("Move down"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.model.retranslate()
        self.set_programme(self.programme)

    def changeEvent(self, event: Any) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)
