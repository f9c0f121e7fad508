"""What every main view offers the window: filtering, new/edit/delete, retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.locale.i18n import _, current_language


def language_changed(widget: QWidget, event: QEvent) -> bool:
    """True once per language switch for ``widget`` (Qt may send LanguageChange twice)."""
    if event.type() != QEvent.Type.LanguageChange:
        return False
    lang = current_language()
    if widget.property("ui_language") == lang:
        return False
    widget.setProperty("ui_language", lang)
    return True


class Page(QWidget):
    """Base of the views in the window's stack; each overrides what it supports.

    A hidden page with a large list may defer its reload until it is shown
    (:meth:`defer_while_hidden`): the window then starts without reading thousands of
    rows for views nobody looks at yet.
    """

    _stale = False

    def defer_while_hidden(self) -> bool:
        """True (and remembered) when a reload can wait until the page is shown."""
        if self.isVisible():
            return False
        self._stale = True
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def set_filter(self, text: str) -> None:
        """Filter the current list as the user types in the search field."""

    def new_record(self) -> None:
        """Ctrl+N."""

    def edit_current(self) -> None:
        """F2 and double-click."""

    def delete_current(self) -> None:
        """Delete."""

    def reload(self) -> None:
        """Read again from the services."""

    def retranslate(self) -> None:
        """Texts in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)


class LoadingPage(Page):
    """What the right-hand side shows while the database opens (a moment at start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loading_page")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        self.label.setText(_("Opening the database…"))
