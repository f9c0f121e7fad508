"""Assigns an interpreter to a programme item, choosing among the interpreters who
work in the needed language pair."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.errors import ValidationError
from app.locale.i18n import _, current_language
from app.locale.languages import LANGUAGE_NAMES
from app.locale.names import format_name
from app.services.interpreting import interpreters_for_pair
from ui.dialogs.form_errors import FormErrors, error_label
from ui.widgets.layout import add_ok_cancel

#: The language spoken on the partner side, by ISO country code.
COUNTRY_LANGUAGE = {"JP": "ja", "GB": "en", "DE": "de", "AT": "de", "CH": "de"}


def default_pair(country: str) -> tuple[str, str]:
    partner = COUNTRY_LANGUAGE.get(country.upper(), "en")
    return ("de", partner) if partner != "de" else ("de", "en")


class AssignDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        *,
        item_title: str,
        pair: tuple[str, str],
        submit: Callable[[dict[str, Any]], bool],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assign_dialog")
        self.db = db
        self._submit = submit
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        layout = QVBoxLayout(self)
        self.item_label = QLabel(self)
        # The title is the user's text: shown as typed, never read as HTML (a title
        # "<b>X</b>" is five characters and a tag, not a bold X).
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        self.item_label.setText(item_title)
        self.item_label.setWordWrap(True)
        font = self.item_label.font()
        font.setBold(True)
        self.item_label.setFont(font)
        layout.addWidget(self.item_label)
        form = QFormLayout()
        self.source = QComboBox(self)
        self.target = QComboBox(self)
        for combo, value in ((self.source, pair[0]), (self.target, pair[1])):
            for code, name in LANGUAGE_NAMES.items():
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(self._fill)
        pair_row = QHBoxLayout()
        pair_row.addWidget(self.source, 1)
        pair_row.addWidget(QLabel("↔", self))
        pair_row.addWidget(self.target, 1)
        self.pair_label = QLabel(self)
        form.addRow(self.pair_label, pair_row)
        form.addRow("", self.errors.add(error_label(self), "source", "target"))
        layout.addLayout(form)
        self.list_label = QLabel(self)
        layout.addWidget(self.list_label)
        self.interpreters = QListWidget(self)
        self.interpreters.setObjectName("interpreters")
        self.interpreters.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.interpreters, 1)
        layout.addWidget(self.errors.add(error_label(self), "person_id"))
        layout.addWidget(self.general_error)
        add_ok_cancel(self, layout)
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Assign interpreter"))
        self.pair_label.setText(_("Language pair"))
        self.list_label.setText(_("Interpreters for this language pair"))

    def _fill(self) -> None:
        self.interpreters.clear()
        lang = current_language()
        source, target = self.source.currentData(), self.target.currentData()
        people = interpreters_for_pair(self.db, source, target) if source != target else []
        for person in people:
            entry = QListWidgetItem(format_name(person, lang), self.interpreters)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
        if people:
            self.interpreters.setCurrentRow(0)
        else:
            entry = QListWidgetItem(_("No interpreter works in this language pair."))
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.interpreters.addItem(entry)

    def select_person(self, person_id: int) -> None:
        for n in range(self.interpreters.count()):
            if self.interpreters.item(n).data(Qt.ItemDataRole.UserRole) == person_id:
                self.interpreters.setCurrentRow(n)

    def values(self) -> dict[str, Any]:
        current = self.interpreters.currentItem()
        person_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        return {
            "person_id": person_id,
            "source": self.source.currentData(),
            "target": self.target.currentData(),
        }

    def accept(self) -> None:
        values = self.values()
        try:
            if values["person_id"] is None:
                raise ValidationError({"person_id": _("Choose an interpreter from the list.")})
            if not self._submit(values):
                return
        except ValidationError as exc:
            self.errors.show(exc.fields)
            return
        super().accept()
