"""Starting the program as ``main.py`` does: the window is painted with its trip list
before the database layer loads, then the database opens and the last (or the next
upcoming) trip appears; a database that cannot be opened is one message and exit
status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.db.engine import Database
from app.services.navigation import navigation_data
from tests.ui.conftest import MessageBoxes
from ui.shell import settings, window_parts
from ui.shell.application import run_window
from ui.shell.main_window import MainWindow
from ui.shell.sidebar import Section
from ui.shell.window_context import WindowContext

ROOT = Path(__file__).resolve().parents[3]


def assert_event_loops_still_run() -> None:
    """No stray quit request is left behind for the next event loop (a dialog)."""
    dialog = QDialog()
    QTimer.singleShot(50, dialog.accept)
    assert dialog.exec() == QDialog.DialogCode.Accepted


class Recorder:
    """What the window looked like when the database was attached, and after start."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.at_attach: dict[str, Any] = {}
        self.after_start: dict[str, Any] = {}
        attach, start = window_parts.attach, MainWindow.start

        def recording_attach(window: MainWindow, db: Database) -> WindowContext:
            self.at_attach = {
                "visible": window.isVisible(),
                "painted": window.painted,
                "trips": [
                    window.sidebar.model.item(1).child(r).text()
                    for r in range(window.sidebar.model.item(1).rowCount())
                ],
                "page": window.stack.currentWidget().objectName(),
            }
            return attach(window, db)

        def recording_start(window: MainWindow) -> None:
            start(window)
            trip = window.sidebar.model.item(1).child(0)
            self.after_start = {
                "trip_id": window.current_trip_id(),
                "title": window.windowTitle(),
                "tooltip": trip.toolTip() if trip is not None else None,
            }
            QTimer.singleShot(0, window.close)  # the user quits

        monkeypatch.setattr(window_parts, "attach", recording_attach)
        monkeypatch.setattr(MainWindow, "start", recording_start)


def test_trip_list_is_painted_before_the_database_opens(
    qtbot: Any,
    demo_db: Database,
    db_path: Path,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder = Recorder(monkeypatch)
    expected = [t.title for t in navigation_data(demo_db, "en").trips]
    demo_db.close()

    assert run_window(str(db_path), "en") == 0

    assert recorder.at_attach == {
        "visible": True,
        "painted": True,
        "trips": expected,
        "page": "loading_page",
    }
    assert recorder.after_start["trip_id"] is not None  # the next upcoming trip
    assert recorder.after_start["title"].startswith("Delegation Planner — ")
    assert recorder.after_start["tooltip"]  # dates, once the database layer is there
    assert settings.read_int(settings.KEY_LAST_TRIP) == recorder.after_start["trip_id"]
    assert boxes.shown == []
    assert_event_loops_still_run()


def test_a_new_database_file_starts_with_empty_lists_then_offers_the_demo(
    qtbot: Any, tmp_path: Path, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(monkeypatch)
    assert run_window(str(tmp_path / "new.db"), "de") == 0
    assert recorder.at_attach["trips"] == []
    assert any("Demodaten" in text for text in boxes.texts("question"))
    assert (tmp_path / "new.db").stat().st_mode & 0o777 == 0o600


def test_an_unopenable_database_is_one_message_and_status_2(
    qtbot: Any, tmp_path: Path, boxes: MessageBoxes
) -> None:
    assert run_window(str(tmp_path), "en") == 2  # a folder, not a database file
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    assert len(boxes.texts("critical")) == 1
    assert "directory" in boxes.texts("critical")[0]
    assert_event_loops_still_run()


def test_an_unopenable_last_database_gives_way_to_the_default(
    qtbot: Any, tmp_path: Path, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DELEGATION_PLANNER_DB", raising=False)
    recorder = Recorder(monkeypatch)
    settings.write(settings.KEY_LAST_DATABASE, str(tmp_path))  # now a folder, not a file
    assert run_window(None, "en") == 0
    assert len(boxes.texts("warning")) == 1
    assert str(tmp_path) in boxes.texts("warning")[0]
    assert recorder.after_start  # the window went on with the default database


def test_the_window_frame_loads_without_the_database_layer() -> None:
    """What runs before the first paint must not import SQLAlchemy, SQLModel, Alembic
    or Babel (together about half a second); the exporter registry the Export menu
    is built from included."""
    code = (
        "import json, sys\n"
        "import app.cli.commands, ui.shell.application, ui.shell.main_window, app.readers.navigation\n"
        "import app.exports.registry\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules}"
        " & {'sqlalchemy', 'sqlmodel', 'alembic', 'babel', 'reportlab', 'icalendar'})\n"
        "print(json.dumps(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert json.loads(out.stdout) == []


def test_a_click_in_the_sidebar_while_the_database_opens_is_followed(
    qtbot: Any,
    demo_db: Database,
    db_path: Path,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The user clicks "People" before the database is open: the window goes there
    instead of to the last trip."""
    shown: list[Any] = []
    attach, start = window_parts.attach, MainWindow.start

    def click_then_attach(window: MainWindow, db: Database) -> WindowContext:
        window.sidebar.select(Section.PEOPLE)  # the click, while the window still shows "opening"
        return attach(window, db)

    def start_and_look(window: MainWindow) -> None:
        start(window)
        shown.append(window.current_page())
        QTimer.singleShot(0, window.close)

    monkeypatch.setattr(window_parts, "attach", click_then_attach)
    monkeypatch.setattr(MainWindow, "start", start_and_look)
    demo_db.close()
    assert run_window(str(db_path), "en") == 0
    assert len(shown) == 1
    assert type(shown[0]).__name__ == "PeopleView" and not shown[0].interpreters


#: main.py with two looks: at the first paint (before the window's own callback) it
#: prints whether ``logging.handlers`` is imported and the log file exists; once the
#: window has started it closes.
FIRST_PAINT_PROBE = """
import json, os, sys
from PySide6.QtCore import QTimer
import main
from ui.shell.main_window import MainWindow

after_first_paint, start = MainWindow.after_first_paint, MainWindow.start
log = sys.argv.pop(1)

def look_first(window, then):
    def look():
        print(json.dumps(["logging.handlers" in sys.modules, os.path.exists(log)]))
        then()
    after_first_paint(window, look)

def start_then_quit(window):
    start(window)
    QTimer.singleShot(0, window.close)

MainWindow.after_first_paint = look_first
MainWindow.start = start_then_quit
sys.exit(main.main(sys.argv[1:]))
"""


def test_the_log_file_waits_until_after_the_first_paint(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    """The log costs start-up nothing: at the first paint ``logging.handlers`` is not
    imported and the file not opened (Qt's start-up warnings are held until then);
    right after, the window logs that it started."""
    demo_db.close()
    log = tmp_path / "home" / ".local" / "share" / "delegation-planner" / "planner.log"
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(log), "--db", str(db_path), "--lang", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [False, False]
    assert "Window started" in log.read_text(encoding="utf-8")
