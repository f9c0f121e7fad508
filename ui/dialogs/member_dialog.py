"""Adds an existing person to the delegation (or creates one first), or changes a
member's role."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.locale.i18n import _
from app.locale.labels import label
from models.enums import MemberRole
from ui.dialogs.form_errors import FormErrors, error_label
from ui.widgets.layout import add_ok_cancel


class MemberDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        submit: Callable[[dict[str, Any]], bool],
        people: Sequence[tuple[int, str]],
        create_person: Callable[[], tuple[int, str] | None] | None = None,
        person_id: int | None = None,
        role: str = MemberRole.MEMBER.value,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("member_dialog")
        self._submit = submit
        self._create_person = create_person
        self.editing = person_id is not None
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, name in people:
            self.person.addItem(name, pid)
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
            self.person.setEnabled(False)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person, 1)
        self.new_person = QPushButton(self)
        self.new_person.setVisible(create_person is not None and not self.editing)
        self.new_person.clicked.connect(self._new_person)
        person_row.addWidget(self.new_person)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for value in MemberRole:
            self.role.addItem(label(value.value), value.value)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.person_label, self.role_label = QLabel(self), QLabel(self)
        form.addRow(self.person_label, person_row)
        form.addRow("", self.errors.add(error_label(self), "person_id"))
        form.addRow(self.role_label, self.role)
        form.addRow("", self.errors.add(error_label(self), "role", "precedence"))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        add_ok_cancel(self, layout)
        self.retranslate()
        self.setMinimumWidth(self.sizeHint().width() + 120)

    def retranslate(self) -> None:
        self.setWindowTitle(_("Change role") if self.editing else _("Add to the delegation"))
        self.person_label.setText(_("Person"))
        self.role_label.setText(_("Role"))
        self.new_person.setText(_("New person…"))

    def _new_person(self) -> None:
        if self._create_person is None:
            return
        created = self._create_person()
        if created is not None:
            self.person.addItem(created[1], created[0])
            self.person.setCurrentIndex(self.person.count() - 1)

    def values(self) -> dict[str, Any]:
        index = self.person.findText(self.person.currentText())
        person_id = self.person.itemData(index) if index >= 0 else None
        return {"person_id": person_id, "role": self.role.currentData()}

    def accept(self) -> None:
        values = self.values()
        try:
            if values["person_id"] is None:
                raise ValidationError({"person_id": _("Choose a person from the list.")})
            if not self._submit(values):
                return
        except ValidationError as exc:
            self.errors.show(exc.fields)
            return
        super().accept()
