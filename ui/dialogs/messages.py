"""Small message boxes shared by views (tests patch QMessageBox, not these)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.locale.i18n import _


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, _("Delegation Planner"), message)


def show_info(parent: QWidget | None, message: str) -> None:
    QMessageBox.information(parent, _("Delegation Planner"), message)


def ask_yes_no(parent: QWidget | None, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _("Delegation Planner"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
