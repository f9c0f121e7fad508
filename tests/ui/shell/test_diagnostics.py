"""Errors nobody caught: written to the log with their traceback, one readable message
box with the log's path per burst, from the GUI thread and from worker threads; Qt's
own warnings go to the log; the hooks are put back when the window's loop ends."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.engine import Database
from app.logs import configure_logging, current_log_file
from tests.support.logs import log_text
from tests.ui.conftest import MessageBoxes
from ui.shell import diagnostics as diagnostics_module
from ui.shell.application import run_window
from ui.shell.diagnostics import Diagnostics
from ui.shell.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


@pytest.fixture
def installed(qtbot: Any, boxes: MessageBoxes) -> Iterator[Diagnostics]:
    parent = QWidget()
    qtbot.addWidget(parent)
    hooks = Diagnostics(configure_logging())
    hooks.window = parent
    hooks.install()
    hooks.release_qt_messages()
    yield hooks
    hooks.uninstall()


def fail_in_a_slot(message: str) -> None:
    def slot() -> None:
        raise ZeroDivisionError(message)

    QTimer.singleShot(0, slot)


def test_an_error_in_a_slot_is_logged_and_shown_once_with_the_log_path(
    installed: Diagnostics, qtbot: Any, boxes: MessageBoxes
) -> None:
    fail_in_a_slot("first failure")
    qtbot.waitUntil(lambda: len(boxes.texts("critical")) == 1, timeout=5000)

    (text,) = boxes.texts("critical")
    assert str(installed.log_file) in text
    assert "did not expect" in text and "Traceback" not in text  # readable, not technical
    log = log_text()
    assert "CRITICAL ui.shell.diagnostics" in log and "Unhandled error" in log
    assert "Traceback (most recent call last)" in log
    assert "ZeroDivisionError: first failure" in log


def test_a_burst_of_errors_gives_one_box_and_every_traceback(
    installed: Diagnostics, qtbot: Any, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        fail_in_a_slot(f"repeated failure {n}")
    qtbot.waitUntil(lambda: log_text().count("repeated failure") == 3, timeout=5000)
    qtbot.wait(100)  # the boxes the burst could have queued have had their chance
    assert len(boxes.texts("critical")) == 1

    monkeypatch.setattr(diagnostics_module, "QUIET_SECONDS", 0.0)
    installed._quiet_until = 0.0  # the quiet time after the box has passed
    fail_in_a_slot("a later failure")
    qtbot.waitUntil(lambda: len(boxes.texts("critical")) == 2, timeout=5000)


def test_an_error_in_a_worker_thread_is_shown_from_the_gui_thread(
    installed: Diagnostics, qtbot: Any, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_in: list[threading.Thread] = []
    record = boxes.recorder("critical")

    def critical(*args: Any) -> Any:
        shown_in.append(threading.current_thread())
        return record(*args)

    monkeypatch.setattr(QMessageBox, "critical", critical)

    def work() -> None:
        raise OSError("the export disk went away")

    worker = threading.Thread(target=work, name="export-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(boxes.texts("critical")) == 1, timeout=5000)
    assert shown_in == [threading.main_thread()]
    log = log_text()
    assert "Unhandled error in thread export-worker" in log
    assert "OSError: the export disk went away" in log


def test_qt_warnings_go_to_the_log_those_before_the_first_paint_afterwards(
    qtbot: Any,
) -> None:
    hooks = Diagnostics(configure_logging())
    hooks.install()
    try:
        qWarning("a warning while starting")
        assert "a warning while starting" not in log_text()  # no log file before the paint
        hooks.release_qt_messages()
        qWarning("a warning later on")
    finally:
        hooks.uninstall()
    log = log_text()
    assert "WARNING qt" in log
    assert "a warning while starting (at start-up)" in log
    assert "a warning later on" in log


def test_uninstall_puts_the_previous_hooks_back(qtbot: Any) -> None:
    before = (sys.excepthook, threading.excepthook)
    hooks = Diagnostics(configure_logging())
    hooks.install()
    assert (sys.excepthook, threading.excepthook) != before
    hooks.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_running_window_reports_an_error_and_restores_the_hooks(
    qtbot: Any,
    demo_db: Database,
    db_path: Path,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through ``run_window`` as ``main.py`` starts it: a failing slot after start."""
    start = MainWindow.start

    def start_then_fail(window: MainWindow) -> None:
        start(window)
        fail_in_a_slot("a slot of the running window")
        QTimer.singleShot(300, window.close)

    monkeypatch.setattr(MainWindow, "start", start_then_fail)
    before = sys.excepthook
    demo_db.close()

    assert run_window(str(db_path), "en") == 0

    assert sys.excepthook is before
    (text,) = boxes.texts("critical")
    log = log_text()
    assert str(current_log_file()) in text and text.rstrip().endswith("planner.log")
    assert "Window started" in log and "Window closed" in log
    assert "ZeroDivisionError: a slot of the running window" in log
