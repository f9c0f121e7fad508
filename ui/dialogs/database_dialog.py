"""Asks for a PostgreSQL URL for shared office use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlannerError
from app.locale.i18n import _
from ui.dialogs.form_errors import error_label
from ui.widgets.layout import add_ok_cancel


class PostgresDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, *, connect: Callable[[str], None], url: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("postgres_dialog")
        self._connect = connect
        self.setWindowTitle(_("Connect to PostgreSQL"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "Several colleagues can plan together in one PostgreSQL database. "
                "Enter its address:"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.url = QLineEdit(url, self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("postgresql://user:password@server:5432/planner")
        self.url.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))
        layout.addWidget(self.url)
        self.error = error_label(self)
        layout.addWidget(self.error)
        hint = QLabel(_("The database is created and migrated on first use."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        add_ok_cancel(self, layout)

    def accept(self) -> None:
        url = self.url.text().strip()
        if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
            self.error.setText(_("Enter a URL that starts with postgresql://"))
            self.error.setVisible(True)
            return
        try:
            self._connect(url)
        except PlannerError as exc:
            self.error.setText(exc.message)
            self.error.setVisible(True)
            return
        super().accept()
