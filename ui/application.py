"""QApplication setup: language, fonts, database, first-start demo data."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import open_database
from app.errors import PlannerError
from app.i18n import _, set_language, system_language
from ui.fonts import ensure_japanese_font


def run_window(db: str | None, lang: str | None) -> int:
    set_language(lang or system_language())
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Delegation Planner")
    app.setOrganizationName("Delegation Planner")
    ensure_japanese_font()
    try:
        database = open_database(db)
    except PlannerError as exc:
        QMessageBox.critical(None, _("Delegation Planner"), exc.message)
        return 2
    from app.demo import is_empty, load_demo
    from ui.main_window import MainWindow

    if is_empty(database):
        load_demo(database)
    window = MainWindow(database)
    window.show()
    return app.exec()
