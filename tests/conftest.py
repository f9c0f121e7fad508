"""Root fixtures. Headless Qt and a fixed language are set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"
os.environ.pop("DELEGATION_PLANNER_DB", None)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.db.engine import Database
from app.db.opening import open_database  # noqa: E402
from app.locale.i18n import set_language  # noqa: E402
from app.logs import stop_logging  # noqa: E402

pytest_plugins = ["tests.support.pg_server"]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test touches the real user data directory or the real settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("DELEGATION_PLANNER_DB", raising=False)
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def _log_file_closed() -> Iterator[None]:
    """The program's log handler, if a test started it, is closed afterwards: the next
    test has another data directory, and an open file would leak."""
    yield
    stop_logging()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite file per test."""
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test against a SQLite file and a real PostgreSQL server."""
    if request.param == "sqlite":
        database = open_database(str(tmp_path / "planner.db"))
    else:
        database = open_database(request.getfixturevalue("pg_url"))
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from app.demo_data.loader import load_demo

    load_demo(db)
    return db


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Prints the reliability figures (kills, lost saves, overwrites …) when any were taken."""
    from tests.support.figures import FIGURES

    if FIGURES:
        terminalreporter.section("reliability figures")
        terminalreporter.write_line("; ".join(f"{name} {value}" for name, value in FIGURES.items()))
