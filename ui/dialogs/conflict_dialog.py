"""Asks what to do when someone else saved the same record first. Never overwrites."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.locale.i18n import _

RELOAD = "reload"
KEEP_COPY = "copy"


class ConflictDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, message: str, *, can_copy: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(_("Changed by someone else"))
        self.setText(_("Someone else changed this record while you were editing it."))
        self.setInformativeText(message)
        self.reload_button = self.addButton(_("Reload"), QMessageBox.ButtonRole.AcceptRole)
        self.reload_button.setObjectName("reload")
        self.reload_button.setToolTip(_("Discard your changes and show the saved version."))
        self.copy_button = None
        if can_copy:
            self.copy_button = self.addButton(
                _("Keep mine as a copy"), QMessageBox.ButtonRole.ActionRole
            )
            self.copy_button.setObjectName("keep_copy")
            self.copy_button.setToolTip(
                _("Keep the saved version and save your values as a new record next to it.")
            )
        self.setDefaultButton(self.reload_button)
        self.setEscapeButton(self.reload_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        return KEEP_COPY if clicked is not None and clicked is self.copy_button else RELOAD


def ask_conflict(parent: QWidget | None, message: str, *, can_copy: bool = True) -> str:
    """RELOAD or KEEP_COPY."""
    dialog = ConflictDialog(parent, message, can_copy=can_copy)
    dialog.exec()
    return dialog.choice()
