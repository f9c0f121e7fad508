"""Base of the dialogs that create or edit one record through a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from ui.dialogs.form_errors import FormErrors, error_label, submit_values


class RecordDialog(QDialog):
    """OK hands :meth:`values` to ``submit`` (a save through an undo command); a
    validation error or conflict appears beside its field and the dialog stays open
    with what the user typed."""

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        submit: Callable[[dict[str, Any]], bool],
        record: Any,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._submit = submit
        self.is_new = record is None
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        if submit_values(self._submit, self.values(), self.errors):
            super().accept()
