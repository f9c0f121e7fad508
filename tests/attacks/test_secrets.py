"""Database passwords stay secret: never in the settings file, an error line, the log,
the window's status bar or title, nor in clear text in the connect dialog. Each
URL form the outside run used goes through the real program: ``main.py`` in its own
process, the window on the real PostgreSQL server (here with a role that must give
its password, which libpq then finds in the test's own ~/.pgpass)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.support.pg_password import ROLE_PASSWORD as SECRET
from tests.support.pg_password import PasswordRole, password_role
from tests.support.pg_server import PostgresServer
from tests.ui.conftest import MessageBoxes, answer_dialog, click_ok, make_window, raise_failures
from ui.dialogs.database_dialog import PostgresDialog
from ui.shell import settings
from ui.shell.action_ids import ActionId

ROOT = Path(__file__).resolve().parents[2]
#: Every piece of the secret that a wrong split could print on its own.
FRAGMENTS = ("hunter2", "ss:hunter", "p@ss")


def leaked(text: str) -> list[str]:
    return [piece for piece in FRAGMENTS if piece in text]


def settings_text() -> str:
    path = Path(settings.open_settings().fileName())
    return path.read_text(encoding="utf-8") if path.exists() else ""


def ok_and_connected(qtbot: Any, dialog: PostgresDialog) -> None:
    """OK, and the dialog closed (it stays open with the reason when the connection
    failed: then it is closed here and the test fails with that reason)."""
    click_ok(qtbot, dialog)
    if dialog.isVisible():
        reason = dialog.error.text()
        dialog.reject()
        raise AssertionError(f"not connected: {reason}")


def log_text(home: Path) -> str:
    path = home / ".local" / "share" / "delegation-planner" / "planner.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture
def role(pg_server: PostgresServer) -> Iterator[PasswordRole]:
    with password_role(pg_server) as made:
        yield made


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Message boxes answered without showing them (as in tests/ui)."""
    recorded = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "question", recorded.question)
    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorded.recorder(kind))
    return recorded


@pytest.fixture
def empty_window(qtbot: Any, db: Any, boxes: MessageBoxes) -> Any:
    return make_window(qtbot, db)


# --- the CLI: every form against a server that is not there ------------------------

CLI_FORMS = {
    "raw @ in the password": f"postgresql://planner:{SECRET}@127.0.0.1:9/planner",
    "empty user name": f"postgresql://:{SECRET}@127.0.0.1:9/planner",
    "raw @ in password= query": f"postgresql://planner@127.0.0.1:9/planner?password={SECRET}",
}


@pytest.mark.parametrize("url", CLI_FORMS.values(), ids=CLI_FORMS.keys())
def test_the_cli_error_line_and_the_log_hide_the_password(url: str, tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--verbose", "--db", url, "list", "trips"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=dict(os.environ),
    )
    assert run.returncode == 2
    assert "127.0.0.1" in run.stderr and "cannot be reached" in run.stderr
    assert leaked(run.stdout + run.stderr) == []
    log = log_text(tmp_path / "home")
    assert "not opened" in log and leaked(log) == []


# --- the window: connect with a password, on a server that asks for it ---------------

WINDOW_FORMS = {
    "raw @ in the password": "postgresql://{user}:{secret}@127.0.0.1:{port}/{db}",
    "empty user name": "postgresql://:{secret}@127.0.0.1:{port}/{db}",
    "password= query": "postgresql://{user}@127.0.0.1:{port}/{db}?password={secret}",
}


@pytest.mark.gui
@pytest.mark.integration
@pytest.mark.parametrize("form", WINDOW_FORMS.values(), ids=WINDOW_FORMS.keys())
def test_connecting_with_a_password_shows_and_saves_it_nowhere(
    form: str,
    empty_window: Any,
    qtbot: Any,
    role: PasswordRole,
    boxes: MessageBoxes,
    tmp_path: Path,
) -> None:
    """The URL pasted with its password, as the outside run did: it connects, and the
    status bar, the title, the settings (the database to reopen), the log and the
    dialog opened again show the server, never the password."""
    window = empty_window
    url = role.url(form, SECRET)
    boxes.answer = QMessageBox.StandardButton.No  # no demo data

    def paste(dialog: PostgresDialog) -> None:
        dialog.url.setText(url)
        ok_and_connected(qtbot, dialog)

    seen = answer_dialog(qtbot, paste, PostgresDialog)
    window.action(ActionId.CONNECT_PG).trigger()
    raise_failures(seen)
    try:
        assert window.store.db.engine.dialect.name == "postgresql"  # it really connected
        shown = window.db_label.text() + window.windowTitle() + window.db_label.toolTip()
        assert f"127.0.0.1:{role.port}" in window.db_label.text()
        assert leaked(shown) == []
        saved = settings.read(settings.KEY_LAST_DATABASE)
        assert f"127.0.0.1:{role.port}/{role.database}" in saved
        assert leaked(settings_text()) == [] and "password" not in saved
        assert leaked(log_text(tmp_path / "home")) == []

        def look(dialog: PostgresDialog) -> None:
            assert leaked(dialog.url.text()) == []
            assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
            dialog.reject()

        again = answer_dialog(qtbot, look, PostgresDialog)
        window.action(ActionId.CONNECT_PG).trigger()
        raise_failures(again)
    finally:
        window.store.db.close()


@pytest.mark.gui
@pytest.mark.integration
def test_a_kept_password_goes_to_pgpass_and_the_saved_url_reopens_with_it(
    empty_window: Any,
    qtbot: Any,
    role: PasswordRole,
    boxes: MessageBoxes,
    tmp_path: Path,
) -> None:
    """Typed in the masked field with "keep" ticked: ~/.pgpass (0600) gets it, the
    settings get the bare URL, and that URL opens the server again in a new process,
    libpq reading the password from ~/.pgpass."""
    from app.db.opening import open_database

    window = empty_window
    bare = role.url("postgresql://{user}@127.0.0.1:{port}/{db}", "")
    boxes.answer = QMessageBox.StandardButton.No

    def type_password(dialog: PostgresDialog) -> None:
        dialog.url.setText(bare)
        dialog.password.setText(SECRET)
        dialog.keep.setChecked(True)
        ok_and_connected(qtbot, dialog)

    seen = answer_dialog(qtbot, type_password, PostgresDialog)
    window.action(ActionId.CONNECT_PG).trigger()
    raise_failures(seen)
    window.store.db.close()
    pgpass = tmp_path / "home" / ".pgpass"
    assert pgpass.stat().st_mode & 0o777 == 0o600
    assert "p@ss\\:hunter2" in pgpass.read_text(encoding="utf-8")  # ':' escaped for libpq
    saved = settings.read(settings.KEY_LAST_DATABASE)
    assert saved.split("://")[1] == bare.split("://")[1] and leaked(settings_text()) == []
    open_database(saved).close()  # libpq finds the password, the server asked for it
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", saved, "list", "trips"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=dict(os.environ),
    )
    assert run.returncode == 0, run.stderr


@pytest.mark.integration
def test_a_password_left_in_old_settings_moves_to_pgpass_on_start(
    role: PasswordRole,
) -> None:
    """Older versions wrote ``last_database=postgresql://user:password@…``; the start
    takes the password out of the settings file, keeps it in ~/.pgpass (0600), and the
    database still opens."""
    from app.db.opening import open_database
    from ui.shell.application import startup_database

    old = role.url("postgresql://{user}:{secret}@127.0.0.1:{port}/{db}", SECRET)
    settings.write(settings.KEY_LAST_DATABASE, old)
    assert "hunter2" in settings_text()  # the state an older version left
    target, remembered = startup_database(None)
    assert remembered and target is not None
    assert leaked(settings_text()) == [] and leaked(target) == []
    pgpass = Path(os.environ["HOME"]) / ".pgpass"
    assert pgpass.stat().st_mode & 0o777 == 0o600
    open_database(target).close()


def test_pgpass_keeps_other_lines_and_its_mode_when_a_password_changes(
    tmp_path: Path,
) -> None:
    """An existing ~/.pgpass: the matching line is replaced (placed before a wildcard
    line that would otherwise win), other lines stay, the mode is not widened."""
    from app.db.pgpass import remember_password

    pgpass = tmp_path / "home" / ".pgpass"
    pgpass.write_text(
        "# office servers\nother:5432:db:anna:keep-me\n*:*:*:*:wildcard\n"
        "db.example:5432:planner:anna:old-secret\n",
        encoding="utf-8",
    )
    pgpass.chmod(0o400)
    remember_password("postgresql+psycopg://anna@db.example/planner", SECRET)
    assert pgpass.stat().st_mode & 0o777 == 0o400
    assert pgpass.read_text(encoding="utf-8").splitlines() == [
        "# office servers",
        "other:5432:db:anna:keep-me",
        "db.example:5432:planner:anna:p@ss\\:hunter2",
        "*:*:*:*:wildcard",
    ]
