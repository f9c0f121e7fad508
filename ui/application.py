"""QApplication setup: language, fonts, database, first-start demo data."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import ENV_VAR, open_database
from app.errors import PlannerError
from app.i18n import UnknownLanguageError, _, check_language, system_language
from ui import settings
from ui.fonts import ensure_japanese_font
from ui.language import LanguageSwitcher

APPLICATION_NAME = "Delegation Planner"


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


def run_window(db: str | None, lang: str | None) -> int:
    app = create_application()
    switcher = LanguageSwitcher()
    switcher.apply(startup_language(lang))
    last = settings.read(settings.KEY_LAST_DATABASE) or None
    try:
        if db is None and last and not os.environ.get(ENV_VAR):
            try:
                database = open_database(str(last))
            except PlannerError as exc:
                QMessageBox.warning(None, _("Delegation Planner"), exc.message)
                database = open_database(None)
        else:
            database = open_database(db)
    except PlannerError as exc:
        QMessageBox.critical(None, _("Delegation Planner"), exc.message)
        return 2
    from ui.main_window import MainWindow

    window = MainWindow(database, language=switcher)
    window.show()
    window.start()
    code = app.exec()
    database.close()
    return code
