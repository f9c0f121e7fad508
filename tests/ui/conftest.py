"""Fixtures for driving the window: a window on a demo or empty database, message
boxes and file dialogs patched, helpers to answer modal dialogs like a user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from app.db.engine import Database
from app.services.trips import get_trip
from ui.shell.fonts import ensure_japanese_font


class MessageBoxes:
    """Records every QMessageBox shown; ``answer`` is what question() returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.No

    def question(self, _parent: Any, _title: str, text: str, *args: Any, **kw: Any) -> Any:
        self.shown.append(("question", text))
        return self.answer

    def recorder(self, kind: str) -> Callable[..., Any]:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kw: Any) -> Any:
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    recorded = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "question", recorded.question)
    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorded.recorder(kind))
    return recorded


def make_window(qtbot: Any, db: Database) -> Any:
    from ui.shell.main_window import MainWindow
    from ui.shell.window_parts import attach

    ensure_japanese_font()
    window = MainWindow()
    attach(window, db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: Any, demo_db: Database, boxes: MessageBoxes) -> Iterator[Any]:
    """The window on the demo data, showing the 2026 Hokkaido trip."""
    win = make_window(qtbot, demo_db)
    win.start()
    win.open_trip(int(get_trip(demo_db, "hokkaido-2026").id))
    yield win
    win.undo_stack.clear()


@pytest.fixture
def empty_window(qtbot: Any, db: Database, boxes: MessageBoxes) -> Any:
    return make_window(qtbot, db)


def answer_dialog(
    qtbot: Any, handler: Callable[[Any], None], kind: type[QWidget] = QDialog, timeout: int = 5000
) -> list[Any]:
    """Run ``handler`` on the next modal dialog of ``kind`` once it is shown.

    A failing handler closes the dialog so the test fails instead of hanging. The
    returned list receives the dialog (to assert on it afterwards) or an exception.
    """
    seen: list[Any] = []
    waited = [0]

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            try:
                handler(widget)
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                seen.append(exc)
                if isinstance(widget, QDialog):
                    widget.reject()
            return
        waited[0] += 20
        if waited[0] < timeout:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    return seen


def press(qtbot: Any, widget: QWidget, key: Any, modifiers: Any = None) -> None:
    """A key press as the user makes it: into the active window (a closed modal
    dialog does not hand activation back on the offscreen platform)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    if modifiers is None:
        qtbot.keyClick(widget, key)
    else:
        qtbot.keyClick(widget, key, modifiers)


def double_click(qtbot: Any, widget: QWidget, pos: Any) -> None:
    """A real double-click: QTest.mouseDClick alone sends only the DblClick event,
    without the press and release a mouse sends first."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def raise_failures(seen: list[Any]) -> None:
    assert seen, "the expected dialog was not shown"
    for entry in seen:
        if isinstance(entry, BaseException):
            raise entry


def click_ok(qtbot: Any, dialog: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
