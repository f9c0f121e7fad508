"""What the running window does with errors nobody caught, and with Qt's own messages.

An exception that escapes a slot would otherwise be printed to a terminal the user
never sees while the window carries on as if nothing happened. Here it is written to
the log with its traceback, and the user gets one message box that says where the
log is — one per burst: a slot that fails on every repaint must not bury the window
in boxes. Qt's warnings go to the log as well, under the logger ``qt``; those that
come before the window's first paint are held until then, so that start-up does not
wait for the log file (see :mod:`app.logs`).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from app.locale.i18n import _

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")

#: Errors within this many seconds after the message box was closed are only logged.
QUIET_SECONDS = 5.0

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadHook = Callable[[threading.ExceptHookArgs], Any]


class Diagnostics(QObject):
    """Installed by :func:`ui.shell.application.run_window` from before the
    QApplication exists until its event loop has ended; :meth:`uninstall` puts back
    the hooks that were there before."""

    #: An error was logged (from any thread); the box is shown in the GUI thread.
    _arrived = Signal()

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        #: The parent of the message box, once there is a window.
        self.window: QWidget | None = None
        self.log_file = log_file
        self._showing = False
        self._quiet_until = 0.0
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: ThreadHook | None = None
        self._previous_qt_handler: Any = None
        self._held_qt_messages: list[tuple[int, str]] | None = []
        self._installed = False
        # Queued even within the GUI thread: the box waits until the failing slot has
        # returned, and the errors of one burst arrive while it is already pending.
        self._arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._installed:
            return
        self._previous_hook, sys.excepthook = sys.excepthook, self._excepthook
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self._thread_excepthook
        self._previous_qt_handler = qInstallMessageHandler(self._qt_message)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        if sys.excepthook == self._excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)
        self.release_qt_messages()
        self._installed = False

    def release_qt_messages(self) -> None:
        """Log Qt's messages held since start-up; from now on each goes in at once."""
        held, self._held_qt_messages = self._held_qt_messages, None
        for level, message in held or ():
            qt_logger.log(level, "%s (at start-up)", message)

    # --- the hooks (any thread) ------------------------------------------------------

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C, SystemExit: not a failure to report
            if self._previous_hook is not None:
                self._previous_hook(kind, error, tb)
            return
        logger.critical("Unhandled error", exc_info=(kind, error, tb))
        self._report()

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or not issubclass(args.exc_type, Exception):
            return
        name = args.thread.name if args.thread is not None else "?"
        logger.critical(
            "Unhandled error in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._report()

    def _qt_message(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if self._held_qt_messages is not None and kind != QtMsgType.QtFatalMsg:
            self._held_qt_messages.append((level, message))
        else:
            qt_logger.log(level, "%s", message)

    def _report(self) -> None:
        try:
            self._arrived.emit()
        except RuntimeError:  # this object is gone already; the log has the error
            pass

    # --- the message box (GUI thread) ----------------------------------------------

    def _show(self) -> None:
        if self._showing or time.monotonic() < self._quiet_until:
            return
        self._showing = True
        try:
            QMessageBox.critical(
                self.window,
                _("Delegation Planner"),
                _(
                    "Something went wrong that the program did not expect. Everything "
                    "saved before is kept; the last action may not have been completed.\n\n"
                    "The details were written to the log file:\n{path}"
                ).format(path=self.log_file),
            )
        finally:
            self._showing = False
            self._quiet_until = time.monotonic() + QUIET_SECONDS
