"""Run-time language switching: gettext for our texts, QTranslator for Qt's own
(standard buttons, context menus, file dialogs) from PySide6's qtbase catalogues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.locale.i18n import LOCALE_IDS, check_language, set_language


class LanguageSwitcher:
    def __init__(self) -> None:
        self._translator: QTranslator | None = None

    def apply(self, lang: str) -> str:
        """Switch every text to ``lang`` and tell all open windows to retranslate."""
        code = check_language(lang)
        set_language(code)
        QLocale.setDefault(QLocale(LOCALE_IDS[code]))
        app = QCoreApplication.instance()
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if translator.load(f"qtbase_{code}", folder):
                QCoreApplication.installTranslator(translator)
                self._translator = translator
        if isinstance(app, QApplication):
            for widget in QApplication.topLevelWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        return code

    @property
    def translator(self) -> QTranslator | None:
        return self._translator
