"""Asks for a PostgreSQL URL for shared office use, and the password apart from it in a
masked field: the URL is shown and saved without the password, which is used for the
session or, if the user ticks it, kept in ~/.pgpass where libpq finds it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db.location import without_password
from app.errors import PlannerError
from app.locale.i18n import _
from ui.dialogs.form_errors import error_label
from ui.widgets.layout import add_ok_cancel


class PostgresDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        connect: Callable[[str, str, bool], None],
        url: str = "",
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
        self.url = QLineEdit(without_password(url), self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("postgresql://user@server:5432/planner")
        self.url.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))
        layout.addWidget(self.url)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_("Password (if the server asks for one)"))
        layout.addWidget(self.password)
        self.keep = QCheckBox(_("Keep the password in ~/.pgpass, readable only by you"), self)
        self.keep.setObjectName("keep_password")
        layout.addWidget(self.keep)
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
        from app.db.location import resolve_url
        from app.db.pgpass import password_of

        # A password pasted into the URL is taken out of it, like one typed below.
        try:
            password = self.password.text() or password_of(resolve_url(url)) or ""
        except PlannerError:
            password = self.password.text()
        try:
            self._connect(without_password(url), password, self.keep.isChecked())
        except PlannerError as exc:
            self.error.setText(exc.message)
            self.error.setVisible(True)
            return
        super().accept()
