"""Options of an export for one person: whose programme, which language(s), and
whether sensitive notes may be included."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _
from app.locale.languages import languages_label
from ui.widgets.layout import add_ok_cancel


@dataclass(frozen=True)
class ExportChoice:
    person_id: int | None
    langs: tuple[str, ...]
    include_sensitive: bool


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        people: Sequence[tuple[int, str]],
        language_choices: Sequence[tuple[str, ...]],
        lang: str,
        person_required: bool = True,
        sensitive_option: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = QComboBox(self)
        if not person_required:
            self.person.addItem(_("Whole delegation"), None)
        for person_id, name in people:
            self.person.addItem(name, person_id)
        self.language = QComboBox(self)
        for langs in language_choices:
            self.language.addItem(languages_label(langs), "-".join(langs))
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.sensitive = QCheckBox(
            _("Include dietary and health notes and private phone numbers"), self
        )
        self.sensitive.setVisible(sensitive_option)
        form.addRow(QLabel(_("Person"), self), self.person)
        form.addRow(QLabel(_("Language"), self), self.language)
        layout.addLayout(form)
        layout.addWidget(self.sensitive)
        add_ok_cancel(self, layout)

    def choice(self) -> ExportChoice:
        return ExportChoice(
            person_id=self.person.currentData(),
            langs=tuple(str(self.language.currentData()).split("-")),
            include_sensitive=self.sensitive.isChecked(),
        )
