"""Options of an export for one person: whose programme, which language(s), which
edition (for the partner, the default, or internal) and, in the internal edition only,
whether sensitive notes may be included."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _
from app.locale.languages import languages_label
from models.enums import Edition
from ui.widgets.layout import add_ok_cancel


@dataclass(frozen=True)
class ExportChoice:
    person_id: int | None
    langs: tuple[str, ...]
    include_sensitive: bool
    edition: Edition = Edition.PARTNER


def edition_label(edition: Edition) -> str:
    return {
        Edition.PARTNER: _("For the partner (no internal notes)"),
        Edition.INTERNAL: _("Internal (with internal notes)"),
    }[edition]


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
        form.addRow(QLabel(_("Person"), self), self.person)
        form.addRow(QLabel(_("Language"), self), self.language)
        layout.addLayout(form)
        self.edition_box = QGroupBox(_("Edition"), self)
        editions = QVBoxLayout(self.edition_box)
        self.editions = QButtonGroup(self)
        self.edition_buttons: dict[Edition, QRadioButton] = {}
        for n, edition in enumerate(Edition):
            button = QRadioButton(edition_label(edition), self.edition_box)
            button.setObjectName(f"edition_{edition.value}")
            self.editions.addButton(button, n)
            self.edition_buttons[edition] = button
            editions.addWidget(button)
        # sensitive personal data is our office's own: only the internal edition has it
        self.sensitive = QCheckBox(
            _("Include dietary and health notes and private phone numbers"), self.edition_box
        )
        self.sensitive.setVisible(sensitive_option)
        editions.addWidget(self.sensitive)
        layout.addWidget(self.edition_box)
        self.writes = QLabel(self)
        self.writes.setObjectName("edition_note")
        self.writes.setWordWrap(True)
        layout.addWidget(self.writes)
        add_ok_cancel(self, layout)
        self.edition_buttons[Edition.PARTNER].setChecked(True)  # the safe, easy path
        self.editions.idToggled.connect(lambda _id, _on: self._edition_changed())
        self._edition_changed()

    def edition(self) -> Edition:
        return next(e for e, b in self.edition_buttons.items() if b.isChecked())

    def _edition_changed(self) -> None:
        internal = self.edition() is Edition.INTERNAL
        self.sensitive.setEnabled(internal)
        if not internal:
            self.sensitive.setChecked(False)
        if internal:
            self.writes.setText(
                _(
                    "Writes the internal edition: with internal notes, every page marked "
                    "“Internal”. Not for the partner."
                )
            )
        else:
            self.writes.setText(
                _(
                    "Writes the partner edition: the texts the partner may read, without "
                    "internal notes or sensitive personal data."
                )
            )

    def choice(self) -> ExportChoice:
        return ExportChoice(
            person_id=self.person.currentData(),
            langs=tuple(str(self.language.currentData()).split("-")),
            include_sensitive=self.sensitive.isChecked() and self.edition() is Edition.INTERNAL,
            edition=self.edition(),
        )
