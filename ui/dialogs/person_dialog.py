"""Dialog for a person: names in both scripts, salutation, academic title, protocol
precedence, function and organisation per language, contact,
interpreter language pairs, and the sensitive notes in a marked box of their own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.locale.i18n import _, pgettext
from models.enums import Salutation
from ui.dialogs.form_errors import add_field_rows
from ui.dialogs.language_tabs import LanguageTabs, TabField
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.colours import ERROR_COLOUR, ERROR_TINT
from ui.widgets.layout import add_ok_cancel, fit_dialog

SENSITIVE_STYLE = (
    f"QGroupBox#sensitive {{ border: 2px solid {ERROR_COLOUR}; border-radius: 4px;"
    f" margin-top: 1.4em; background: {ERROR_TINT}; }}"
    "QGroupBox#sensitive::title { subcontrol-origin: margin; left: 8px; padding: 0 4px;"
    f" color: {ERROR_COLOUR}; font-weight: bold; }}"
)


def parse_pairs(text: str) -> list[tuple[str, str]]:
    """'de-ja, en-ja' → [('de', 'ja'), ('en', 'ja')]; ValidationError on other text."""
    pairs = []
    for part in [p for p in re.split(r"[,;\s]+", text.strip()) if p]:
        match = re.fullmatch(r"([A-Za-z]{2,3})\s*[-–>/↔]+\s*([A-Za-z]{2,3})", part)
        if not match:
            raise ValidationError(
                {"pairs": _("Write language pairs as codes such as de-ja, en-ja.")}
            )
        pairs.append((match.group(1).lower(), match.group(2).lower()))
    return pairs


def salutation_label(value: str) -> str:
    """The salutation as the window's language says it (Frau / Ms …); "—" for none."""
    if value == Salutation.MS.value:
        return pgettext("salutation", "Ms")
    if value == Salutation.MR.value:
        return pgettext("salutation", "Mr")
    return "—"


def format_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f"{s}-{t}" for s, t in pairs)


def describe_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    """For lists: each pair once, in either direction: "de ↔ ja, en ↔ ja"."""
    seen = dict.fromkeys(tuple(sorted(p)) for p in pairs)
    return ", ".join(f"{a} ↔ {b}" for a, b in seen)


class PersonDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        submit: Callable[[dict[str, Any]], bool],
        regions: Sequence[tuple[int, str]],
        record: Any = None,
        pairs: Sequence[tuple[str, str]] = (),
        interpreter: bool = False,
    ) -> None:
        super().__init__(parent, "person_dialog", submit, record)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.name_box = QGroupBox(self)
        names = QFormLayout(self.name_box)
        self.family = QLineEdit(self.name_box)
        self.family.setObjectName("family_name")
        self.given = QLineEdit(self.name_box)
        self.given.setObjectName("given_name")
        self.native = QLineEdit(self.name_box)
        self.native.setObjectName("native_name")
        self.native.setPlaceholderText("北川 正樹")
        self.name_ja = QLineEdit(self.name_box)
        self.name_ja.setObjectName("name_ja")
        self.name_ja.setPlaceholderText("レナーテ・ケスターブリンク")
        self.family_first = QCheckBox(self.name_box)
        self.salutation = QComboBox(self.name_box)
        self.salutation.setObjectName("salutation")
        for value in Salutation:
            self.salutation.addItem(salutation_label(value), value.value)
        self.academic_title = QLineEdit(self.name_box)
        self.academic_title.setObjectName("academic_title")
        self.academic_title.setPlaceholderText("Dr., Prof.")
        self.precedence = QSpinBox(self.name_box)
        self.precedence.setObjectName("precedence")
        self.precedence.setRange(1, 10_000)
        self.precedence.setValue(100)
        self.name_labels = [QLabel(self.name_box) for _n in range(7)]
        add_field_rows(
            names,
            self.errors,
            self.name_box,
            zip(
                self.name_labels,
                (
                    self.family,
                    self.given,
                    self.native,
                    self.name_ja,
                    self.salutation,
                    self.academic_title,
                    self.precedence,
                ),
                (
                    "family_name",
                    "given_name",
                    "native_name",
                    "name_ja",
                    "salutation",
                    "academic_title",
                    "precedence",
                ),
                strict=True,
            ),
        )
        names.insertRow(4, "", self.family_first)
        self.function = LanguageTabs(
            "function",
            None,
            self.name_box,
            title_label=lambda: _("Function"),
            extra=(TabField("organisation", lambda: _("Organisation")),),
        )
        self.function.register_errors(self.errors)
        names.addRow(self.function)
        grid.addWidget(self.name_box, 0, 0)

        self.contact_box = QGroupBox(self)
        contact = QFormLayout(self.contact_box)
        self.languages = QLineEdit(self.contact_box)
        self.languages.setPlaceholderText("de, en, ja")
        self.email = QLineEdit(self.contact_box)
        self.email.setObjectName("email")
        self.phone = QLineEdit(self.contact_box)
        self.region = QComboBox(self.contact_box)
        self.region.addItem("—", None)
        for region_id, name in regions:
            self.region.addItem(name, region_id)
        self.pairs = QLineEdit(format_pairs(pairs), self.contact_box)
        self.pairs.setObjectName("pairs")
        self.pairs.setPlaceholderText("de-ja, en-ja")
        self.contact_labels = [QLabel(self.contact_box) for _n in range(5)]
        add_field_rows(
            contact,
            self.errors,
            self.contact_box,
            zip(
                self.contact_labels,
                (self.languages, self.email, self.phone, self.region, self.pairs),
                ("languages", "email", "phone", "region_id", "pairs"),
                strict=True,
            ),
        )
        grid.addWidget(self.contact_box, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.sensitive = QGroupBox(self)
        self.sensitive.setObjectName("sensitive")
        self.sensitive.setStyleSheet(SENSITIVE_STYLE)
        sensitive = QFormLayout(self.sensitive)
        self.sensitive_note = QLabel(self.sensitive)
        self.sensitive_note.setWordWrap(True)
        sensitive.addRow(self.sensitive_note)
        self.phone_private = QLineEdit(self.sensitive)
        self.dietary = QPlainTextEdit(self.sensitive)
        self.health = QPlainTextEdit(self.sensitive)
        for edit in (self.dietary, self.health):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 14)
        self.sensitive_labels = [QLabel(self.sensitive) for _n in range(3)]
        add_field_rows(
            sensitive,
            self.errors,
            self.sensitive,
            zip(
                self.sensitive_labels,
                (self.phone_private, self.dietary, self.health),
                ("phone_private", "dietary_notes", "health_notes"),
                strict=True,
            ),
        )
        layout.addWidget(self.sensitive)
        layout.addWidget(self.general_error)
        add_ok_cancel(self, layout)
        if record is not None:
            self._load(record)
        self.interpreter = interpreter or bool(pairs)
        self.retranslate()
        self.family.setFocus()
        fit_dialog(self, 120, self.function)

    def retranslate(self) -> None:
        if self.is_new:
            self.setWindowTitle(_("New interpreter") if self.interpreter else _("New person"))
        else:
            self.setWindowTitle(_("Edit person"))
        self.name_box.setTitle(_("Name"))
        for lab, text in zip(
            self.name_labels,
            (
                _("Family name"),
                _("Given name"),
                _("Name in native script"),
                _("Name in katakana"),
                _("Salutation"),
                _("Academic title"),
                _("Precedence"),
            ),
            strict=True,
        ):
            lab.setText(text)
        self.family_first.setText(_("Family name first (Japanese order)"))
        self.native.setToolTip(_("The name in its own script, e.g. 北川 正樹 (without 様)."))
        self.name_ja.setToolTip(
            _(
                "How Japanese documents write a non-Japanese name, in katakana, e.g. "
                "レナーテ・ケスターブリンク. Leave out 様: the program adds it."
            )
        )
        self.academic_title.setToolTip(_("Academic title such as Dr. or Prof."))
        self.precedence.setToolTip(_("Protocol rank on their side, 1 = first."))
        for n in range(self.salutation.count()):
            self.salutation.setItemText(n, salutation_label(self.salutation.itemData(n)))
        self.contact_box.setTitle(_("Contact"))
        for lab, text in zip(
            self.contact_labels,
            (
                _("Languages"),
                _("E-mail"),
                _("Phone"),
                _("Partner region"),
                _("Interprets"),
            ),
            strict=True,
        ):
            lab.setText(text)
        self.pairs.setToolTip(_("Language pairs this person interprets, e.g. de-ja, en-ja."))
        self.sensitive.setTitle(_("Sensitive"))
        self.sensitive_note.setText(
            _("Never printed or exported unless you explicitly include sensitive data.")
        )
        for lab, text in zip(
            self.sensitive_labels,
            (_("Private phone"), _("Dietary needs"), _("Health notes")),
            strict=True,
        ):
            lab.setText(text)
        self.function.retranslate()

    def _load(self, record: Any) -> None:
        self.family.setText(record.family_name)
        self.given.setText(record.given_name)
        self.native.setText(record.native_name or "")
        self.name_ja.setText(record.name_ja or "")
        self.family_first.setChecked(bool(record.family_name_first))
        self.salutation.setCurrentIndex(max(0, self.salutation.findData(record.salutation or "")))
        self.academic_title.setText(record.academic_title or "")
        self.precedence.setValue(int(record.precedence))
        self.function.set_values(record)
        self.languages.setText(record.languages)
        self.email.setText(record.email)
        self.phone.setText(record.phone)
        self.region.setCurrentIndex(max(0, self.region.findData(record.region_id)))
        self.phone_private.setText(record.phone_private)
        self.dietary.setPlainText(record.dietary_notes)
        self.health.setPlainText(record.health_notes)

    def values(self) -> dict[str, Any]:
        return {
            "family_name": self.family.text(),
            "given_name": self.given.text(),
            "native_name": self.native.text() or None,
            "name_ja": self.name_ja.text(),
            "family_name_first": self.family_first.isChecked(),
            "salutation": self.salutation.currentData() or "",
            "academic_title": self.academic_title.text() or None,
            "precedence": self.precedence.value(),
            **self.function.values(),
            "languages": self.languages.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "region_id": self.region.currentData(),
            "phone_private": self.phone_private.text(),
            "dietary_notes": self.dietary.toPlainText(),
            "health_notes": self.health.toPlainText(),
            "language_pairs": parse_pairs(self.pairs.text()),
        }
