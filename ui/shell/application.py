"""QApplication setup: language, fonts, database, first-start demo data.

The window appears before the database layer has loaded: :func:`run_window` shows
the frame with the trip list read from a snapshot of the SQLite file
(``app.readers.navigation``), and opens the database — SQLAlchemy, migrations, the views —
right after that first paint. A database the snapshot cannot read (a server, a new
or old file) simply shows its lists a moment later.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.db.location import ENV_VAR, resolve_url, sqlite_file
from app.errors import PlannerError
from app.locale.i18n import (
    UnknownLanguageError,
    _,
    check_language,
    current_language,
    system_language,
)
from app.logs import configure_logging, current_log_file
from app.readers.navigation import NavigationData, read_snapshot
from ui.shell import settings
from ui.shell.diagnostics import Diagnostics
from ui.shell.fonts import ensure_japanese_font
from ui.shell.language import LanguageSwitcher

if TYPE_CHECKING:
    from app.db.engine import Database

APPLICATION_NAME = "Delegation Planner"

logger = logging.getLogger(__name__)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationDisplayName(APPLICATION_NAME)
    ensure_japanese_font()
    return app


def startup_language(requested: str | None) -> str:
    """--lang, else the language chosen last time, else the operating system's."""
    for candidate in (requested, settings.read(settings.KEY_LANGUAGE)):
        if candidate:
            try:
                return check_language(str(candidate))
            except UnknownLanguageError:
                continue
    return system_language()


def startup_database(db: str | None) -> tuple[str | None, bool]:
    """What to open: --db, else $DELEGATION_PLANNER_DB, else the database used last
    time, else the default file; and whether that is the remembered one (which may
    have gone missing and then gives way to the default)."""
    last = settings.last_database()
    if db is None and last and not os.environ.get(ENV_VAR):
        return str(last), True
    return db, False


def navigation_snapshot(db: str | None) -> NavigationData | None:
    """The trip list of ``db`` read without the database layer, when it is an SQLite
    file at the current schema (None otherwise: the lists follow with the database)."""
    try:
        path = sqlite_file(resolve_url(db))
    except PlannerError:
        return None
    return read_snapshot(path, current_language()) if path is not None else None


def open_startup_database(db: str | None, remembered: bool, parent: QWidget) -> Database | None:
    """The database to start with; every failure is a message box (None: give up)."""
    from app.db.opening import open_database

    try:
        try:
            return open_database(db)
        except PlannerError as exc:
            if not remembered:
                raise
            QMessageBox.warning(parent, _("Delegation Planner"), exc.message)
            return open_database(None)
    except PlannerError as exc:
        QMessageBox.critical(parent, _("Delegation Planner"), exc.message)
        return None


def run_window(db: str | None, lang: str | None) -> int:
    log_file = current_log_file() or configure_logging()  # main.py's --verbose stays
    diagnostics = Diagnostics(log_file)
    diagnostics.install()
    try:
        return _run(db, lang, diagnostics)
    finally:
        diagnostics.uninstall()


def _run(db: str | None, lang: str | None, diagnostics: Diagnostics) -> int:
    app = create_application()
    switcher = LanguageSwitcher()
    switcher.apply(startup_language(lang))
    target, remembered = startup_database(db)
    from ui.shell.main_window import MainWindow

    window = MainWindow(language=switcher, navigation=navigation_snapshot(target))
    window.restore_geometry()
    diagnostics.window = window
    failed: list[bool] = []

    def open_and_start() -> None:
        # The first record opens the log file: not before the first paint.
        logger.info("Window started (language %s)", current_language())
        diagnostics.release_qt_messages()
        database = open_startup_database(target, remembered, window)
        if database is None:
            failed.append(True)
            window.close()  # the last window: the event loop ends
            return
        from ui.shell.window_parts import attach  # the database layer and the views

        attach(window, database)
        window.start()

    window.after_first_paint(open_and_start)
    window.show()
    code = app.exec()
    diagnostics.window = None  # the window goes when this returns, its errors to the log
    if window.context is not None:
        window.store.db.close()  # the one open now (the user may have switched)
    logger.info("Window closed")
    return 2 if failed else code
