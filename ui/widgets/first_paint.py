"""Runs callbacks right after a widget's first paint, then stops listening."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.done = False
        self._waiting: list[Callable[[], None]] = []
        widget.installEventFilter(self)

    def then(self, callback: Callable[[], None]) -> None:
        if self.done:
            QTimer.singleShot(0, callback)
        else:
            self._waiting.append(callback)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.widget and event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            self.widget.removeEventFilter(self)  # no Python call per event from now on
            waiting, self._waiting = self._waiting, []
            for callback in waiting:
                QTimer.singleShot(0, callback)  # after this paint pass has reached the screen
        return False
