"""Text per language (de / en / ja) as tabs, with a marker on tabs still empty.

A tab holds one or more fields (a title line, a description box, hosts, notes …);
a language tab is marked ⚠ when a field written in another language is empty in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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

from app.locale.formatting import format_list
from app.locale.i18n import _, current_language
from app.locale.languages import LANGUAGE_NAMES, MISSING_TRANSLATION_MARK
from models.enums import LANGUAGES
from ui.dialogs.form_errors import FormErrors, error_label
from ui.widgets.colours import ERROR_COLOUR, ERROR_TINT

#: The style of a field that never leaves our side (internal notes).
INTERNAL_FIELD_STYLE = f"QPlainTextEdit {{ background: {ERROR_TINT}; }}"
INTERNAL_LABEL_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"


@dataclass(frozen=True)
class TabField:
    """One field on every language tab: ``name`` is the column stem (``hosts`` →
    ``hosts_de`` …), ``label`` its caption in the window's language."""

    name: str
    label: Callable[[], str]
    #: 0: a single line; n > 0: a text box n lines high; -1: a text box that stretches.
    lines: int = 0
    #: Internal (never in a partner copy): drawn apart in the error colour.
    internal: bool = False


Edit = QLineEdit | QPlainTextEdit


def _text(edit: Edit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


class LanguageTabs(QTabWidget):
    """One tab per language with a title line and, optionally, a description box and
    further fields (``extra``)."""

    edited = Signal()

    def __init__(
        self,
        title_field: str,
        text_field: str | None = None,
        parent: QWidget | None = None,
        *,
        title_label: Callable[[], str] | None = None,
        text_label: Callable[[], str] | None = None,
        extra: Sequence[TabField] = (),
    ) -> None:
        super().__init__(parent)
        self.title_field = title_field
        self.text_field = text_field
        self.fields: list[TabField] = [TabField(title_field, title_label or (lambda: _("Title")))]
        if text_field:
            self.fields.append(
                TabField(text_field, text_label or (lambda: _("Description")), lines=-1)
            )
        self.fields.extend(extra)
        #: field name → language → its edit
        self.edits: dict[str, dict[str, Edit]] = {f.name: {} for f in self.fields}
        self.titles: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self._captions: list[tuple[QLabel, TabField]] = []
        #: language → the error label under its fields
        self.errors: dict[str, QLabel] = {}
        for code in LANGUAGES:
            page = QWidget(self)
            form = QFormLayout(page)
            for spec in self.fields:
                edit = self._edit(page, spec, code)
                caption = QLabel(page)
                if spec.internal:
                    caption.setStyleSheet(INTERNAL_LABEL_STYLE)
                    edit.setStyleSheet(INTERNAL_FIELD_STYLE)
                self._captions.append((caption, spec))
                form.addRow(caption, edit)
                self.edits[spec.name][code] = edit
                if spec.name == title_field:
                    assert isinstance(edit, QLineEdit)
                    self.titles[code] = edit
                    self.errors[code] = error_label(page)
                    form.addRow("", self.errors[code])
                elif spec.name == text_field:
                    assert isinstance(edit, QPlainTextEdit)
                    self.texts[code] = edit
            self.addTab(page, LANGUAGE_NAMES[code])
        self.retranslate()

    def _edit(self, page: QWidget, spec: TabField, code: str) -> Edit:
        edit: Edit
        if spec.lines == 0:
            edit = QLineEdit(page)
            edit.textChanged.connect(self._update_marks)
        else:
            edit = QPlainTextEdit(page)
            edit.setTabChangesFocus(True)
            if spec.lines > 0:
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * spec.lines + 14)
            edit.textChanged.connect(self._update_marks)
        edit.setObjectName(f"{spec.name}_{code}")
        return edit

    def field(self, name: str, code: str) -> Edit:
        """The edit of field ``name`` on the tab of language ``code``."""
        return self.edits[name][code]

    def register_errors(self, errors: FormErrors) -> None:
        for code in LANGUAGES:
            errors.add(self.errors[code], *(f"{f.name}_{code}" for f in self.fields))
        errors.on_show(self.reveal_errors)

    def reveal_errors(self) -> None:
        """Show the first tab that has an error."""
        for n, code in enumerate(LANGUAGES):
            if self.errors[code].text():
                self.setCurrentIndex(n)
                return

    def retranslate(self) -> None:
        for caption, spec in self._captions:
            text = spec.label()
            caption.setText(text)
            # a long caption wraps rather than take the fields' room; a short one never
            # does (a wrapping label may be laid out narrower than its text)
            limit = caption.fontMetrics().averageCharWidth() * 22
            long = caption.fontMetrics().horizontalAdvance(text) > limit
            caption.setWordWrap(long)
            caption.setMaximumWidth(limit if long else 16_777_215)
        self._update_marks()

    def set_values(self, record: Any) -> None:
        for spec in self.fields:
            for code, edit in self.edits[spec.name].items():
                value = getattr(record, f"{spec.name}_{code}", "") or ""
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
        self._update_marks()

    def values(self) -> dict[str, str]:
        return {
            f"{spec.name}_{code}": _text(edit)
            for spec in self.fields
            for code, edit in self.edits[spec.name].items()
        }

    def missing(self) -> list[str]:
        return [code for code in LANGUAGES if self._is_missing(code)]

    def missing_fields(self, code: str) -> list[str]:
        """The fields written in another language but empty in ``code``."""
        out = []
        for spec in self.fields:
            edits = self.edits[spec.name]
            if not _text(edits[code]).strip() and any(_text(e).strip() for e in edits.values()):
                out.append(spec.name)
        return out

    def _is_missing(self, code: str) -> bool:
        # Missing means: written in another language but not in this one.
        return bool(self.missing_fields(code))

    def _update_marks(self) -> None:
        for n, code in enumerate(LANGUAGES):
            missing = self.missing_fields(code)
            name = LANGUAGE_NAMES[code]
            self.setTabText(n, f"{name} {MISSING_TRANSLATION_MARK}" if missing else name)
            tip = ""
            if missing:
                captions = {spec.name: spec.label() for spec in self.fields}
                names = [captions[m].rstrip(":") for m in missing]
                tip = _("Translation missing: {fields}").format(
                    fields=format_list(names, current_language())
                )
            self.setTabToolTip(n, tip)
        self.edited.emit()
