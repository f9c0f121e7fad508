"""Shows ValidationError.fields next to the fields of a dialog (red text under each)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from ui.widgets.colours import ERROR_TEXT_STYLE


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    # Messages quote what the user typed; plain text, so markup in it shows as typed.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_TEXT_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class FormErrors:
    """Field name → error label; ``show`` returns messages for fields without a label."""

    def __init__(self, general: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        self._general = general
        self._revealers: list[Callable[[], None]] = []

    def on_show(self, reveal: Callable[[], None]) -> None:
        """``reveal`` runs after errors are shown (e.g. to switch to a tab with one)."""
        self._revealers.append(reveal)

    def add(self, label: QLabel, *fields: str) -> QLabel:
        for name in fields:
            self._labels[name] = label
        return label

    def clear(self) -> None:
        for label in {*self._labels.values(), self._general}:
            label.clear()
            label.setVisible(False)

    def show(self, fields: dict[str, str]) -> list[str]:
        self.clear()
        texts: dict[int, list[str]] = {}
        labels: dict[int, QLabel] = {}
        unplaced: list[str] = []
        for name, message in fields.items():
            label = self._labels.get(name)
            if label is None:
                unplaced.append(message)
                continue
            texts.setdefault(id(label), []).append(message)
            labels[id(label)] = label
        for key, label in labels.items():
            label.setText("\n".join(dict.fromkeys(texts[key])))
            label.setVisible(True)
        if unplaced:
            self._general.setText("\n".join(unplaced))
            self._general.setVisible(True)
        for reveal in self._revealers:
            reveal()
        return unplaced

    def first_visible(self) -> QLabel | None:
        for label in self._labels.values():
            if label.isVisible():
                return label
        return None


def submit_values(
    submit: Callable[[dict[str, Any]], object], values: dict[str, Any], errors: FormErrors
) -> bool:
    """Hand a dialog's values to ``submit``; a ValidationError is shown beside its fields
    (the dialog stays open with what the user typed). True when the dialog may close."""
    from app.errors import ValidationError

    try:
        return bool(submit(values))
    except ValidationError as exc:
        errors.show(exc.fields)
        return False


def add_field_rows(
    form: QFormLayout,
    errors: FormErrors,
    parent: QWidget,
    rows: Iterable[tuple[QLabel, QWidget | QLayout, str]],
) -> None:
    """Each (label, input, field name) as a form row, with the label for that field's
    errors right under it."""
    for label, widget, field in rows:
        form.addRow(label, widget)
        form.addRow("", errors.add(error_label(parent), field))
