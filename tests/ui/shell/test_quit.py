"""Quitting after edits: the real program (``main.py`` in its own process, offscreen)
opens a demo database, the user edits through the menus — with something to undo
and something to redo — and quits with File → Quit. Nothing may be printed, the exit
status is 0, and the log holds no traceback either."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.engine import Database

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[3]

#: Runs main.py's main() with MainWindow.start wrapped: once the window is up, the
#: edits are made through the window's own actions, then File → Quit is triggered.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
import main
from ui.shell.action_ids import ActionId
from ui.shell.main_window import MainWindow

start = MainWindow.start

def edit_then_quit(window):
    tab = window.trip_view.programme_tab
    items = [int(view.item.id) for view in window.trip_view.programme.items][:3]
    for item_id in items:
        tab.select_item(item_id)
        window.action(ActionId.CANCEL_ITEM).trigger()
    window.action(ActionId.UNDO).trigger()
    sys.stdout.write(f"EDITS {window.undo_stack.count()} INDEX {window.undo_stack.index()}\\n")
    window.action(ActionId.QUIT).trigger()

def start_and_edit(window):
    start(window)
    QTimer.singleShot(0, lambda: edit_then_quit(window))

MainWindow.start = start_and_edit
sys.exit(main.main(sys.argv[1:]))
"""


def test_quitting_after_edits_prints_nothing_and_exits_0(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    demo_db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "--db", str(db_path), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert done.stdout == "EDITS 3 INDEX 2\n"  # three edits made, one undone
    assert done.stderr == ""
    assert done.returncode == 0
    log = (tmp_path / "home/.local/share/delegation-planner/planner.log").read_text("utf-8")
    assert "Window started" in log and "Window closed" in log
    assert "Traceback" not in log and "Unhandled error" not in log
