"""File → Open database / Connect to PostgreSQL, and the first-start offer to load
the demo data into an empty database."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from app.db.opening import open_database
from app.errors import PlannerError
from app.locale.i18n import _
from ui.dialogs.database_dialog import PostgresDialog
from ui.dialogs.messages import ask_yes_no, show_error, show_info
from ui.editing.store import Store
from ui.shell import settings


class DatabaseController(QObject):
    def __init__(self, window: QWidget, store: Store, stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.stack = stack

    def switch_to(self, url: str) -> None:
        """Open ``url``; PlannerError (with a clear message) if it cannot be opened."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = open_database(url)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.stack.clear()
        self.store.replace_database(db)
        settings.remember_database(url)
        settings.write(settings.KEY_LAST_TRIP, None)
        self.offer_demo()

    def open_file(self) -> None:
        path, _selected = QFileDialog.getOpenFileName(
            self.window,
            _("Open database"),
            "",
            _("Delegation Planner databases (*.db *.sqlite);;All files (*)"),
        )
        if not path:
            return
        try:
            self.switch_to(path)
        except PlannerError as exc:
            show_error(self.window, exc.message)

    def connect_postgres(self) -> None:
        current = self.store.db.url if not self.store.db.is_sqlite else ""
        PostgresDialog(self.window, connect=self.connect_with_password, url=current).exec()

    def connect_with_password(self, url: str, password: str, keep: bool) -> None:
        """Connect to ``url`` with ``password`` (typed in the masked field) for this
        session; with ``keep``, and only once it worked, the password goes to
        ~/.pgpass. The settings get the URL without it either way."""
        from app.db.location import resolve_url
        from app.db.pgpass import remember_password, with_password

        full = with_password(resolve_url(url), password) if password else url
        self.switch_to(full)
        if not (password and keep):
            return
        try:
            remember_password(full, password)
        except OSError as exc:
            show_error(
                self.window,
                _(
                    "The password could not be kept ({reason}); it is used until the "
                    "program is closed."
                ).format(reason=exc.strerror or exc.__class__.__name__),
            )

    def offer_demo(self) -> bool:
        from app.demo_data.loader import is_empty

        if not is_empty(self.store.db):
            return False
        question = _(
            "This database is empty. Load the demo data (Hokkaido and Greater Manchester "
            "with their trips) to try the program?"
        )
        if not ask_yes_no(self.window, question):
            return False
        return self.load_demo()

    def load_demo(self) -> bool:
        from app.demo_data.loader import load_demo

        try:
            report = load_demo(self.store.db)
        except PlannerError as exc:
            show_error(self.window, exc.message)
            return False
        self.stack.clear()
        self.store.notify_all()
        if not report.created:
            show_info(self.window, _("The demo data is already there."))
        return bool(report.created)
