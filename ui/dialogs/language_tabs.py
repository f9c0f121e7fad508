"""Text per language (de / en / ja) as tabs, with a marker on tabs still empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from app.locale.i18n import _
from app.locale.languages import LANGUAGE_NAMES, MISSING_TRANSLATION_MARK
from models.enums import LANGUAGES
from ui.dialogs.form_errors import FormErrors, error_label


class LanguageTabs(QTabWidget):
    """One tab per language with a title line and, optionally, a description box."""

    edited = Signal()

    def __init__(
        self,
        title_field: str,
        text_field: str | None = None,
        parent: QWidget | None = None,
        *,
        title_label: Callable[[], str] | None = None,
        text_label: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._title_text = title_label or (lambda: _("Title"))
        self._text_text = text_label or (lambda: _("Description"))
        self.title_field = title_field
        self.text_field = text_field
        self.titles: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self._title_labels: list[QLabel] = []
        self._text_labels: list[QLabel] = []
        self.errors: dict[str, QLabel] = {}
        for code in LANGUAGES:
            page = QWidget(self)
            form = QFormLayout(page)
            title = QLineEdit(page)
            title.setObjectName(f"{title_field}_{code}")
            title.textChanged.connect(self._update_marks)
            title_caption = QLabel(page)
            self._title_labels.append(title_caption)
            form.addRow(title_caption, title)
            self.titles[code] = title
            self.errors[code] = error_label(page)
            form.addRow("", self.errors[code])
            if text_field:
                text = QPlainTextEdit(page)
                text.setObjectName(f"{text_field}_{code}")
                text.setTabChangesFocus(True)
                text.textChanged.connect(self._update_marks)
                text_caption = QLabel(page)
                self._text_labels.append(text_caption)
                form.addRow(text_caption, text)
                self.texts[code] = text
            self.addTab(page, LANGUAGE_NAMES[code])
        self.retranslate()

    def register_errors(self, errors: FormErrors) -> None:
        for code in LANGUAGES:
            fields = [f"{self.title_field}_{code}"]
            if self.text_field:
                fields.append(f"{self.text_field}_{code}")
            errors.add(self.errors[code], *fields)
        errors.on_show(self.reveal_errors)

    def reveal_errors(self) -> None:
        """Show the first tab that has an error."""
        for n, code in enumerate(LANGUAGES):
            if self.errors[code].text():
                self.setCurrentIndex(n)
                return

    def retranslate(self) -> None:
        for label in self._title_labels:
            label.setText(self._title_text())
        for label in self._text_labels:
            label.setText(self._text_text())
        self._update_marks()

    def set_values(self, record: Any) -> None:
        for code in LANGUAGES:
            self.titles[code].setText(getattr(record, f"{self.title_field}_{code}", "") or "")
            if self.text_field:
                self.texts[code].setPlainText(
                    getattr(record, f"{self.text_field}_{code}", "") or ""
                )
        self._update_marks()

    def values(self) -> dict[str, str]:
        out = {f"{self.title_field}_{c}": self.titles[c].text() for c in LANGUAGES}
        if self.text_field:
            out |= {f"{self.text_field}_{c}": self.texts[c].toPlainText() for c in LANGUAGES}
        return out

    def missing(self) -> list[str]:
        return [code for code in LANGUAGES if self._is_missing(code)]

    def _is_missing(self, code: str) -> bool:
        # Missing means: written in another language but not in this one.
        if not self.titles[code].text().strip():
            return any(t.text().strip() for t in self.titles.values())
        if self.text_field:
            has_any = any(t.toPlainText().strip() for t in self.texts.values())
            return has_any and not self.texts[code].toPlainText().strip()
        return False

    def _update_marks(self) -> None:
        for n, code in enumerate(LANGUAGES):
            missing = self._is_missing(code)
            name = LANGUAGE_NAMES[code]
            self.setTabText(n, f"{name} {MISSING_TRANSLATION_MARK}" if missing else name)
            self.setTabToolTip(n, _("Translation missing") if missing else "")
        self.edited.emit()
