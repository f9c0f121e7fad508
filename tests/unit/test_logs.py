"""The log file: where it is, who may read it, what level, rotation, and that neither
start-up nor a broken log folder costs the user anything."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.logs import LEVEL_ENV_VAR, configure_logging, current_log_file, stop_logging

ROOT = Path(__file__).resolve().parents[2]


def data_dir(tmp_path: Path) -> Path:
    """The user data directory the root conftest points XDG_DATA_HOME at."""
    return tmp_path / "home" / ".local" / "share" / "delegation-planner"


def test_the_file_is_made_on_the_first_record_readable_by_its_owner_only(
    tmp_path: Path,
) -> None:
    path = configure_logging()
    assert path == data_dir(tmp_path) / "planner.log"
    assert current_log_file() == path
    assert not path.parent.exists()  # nothing on disk until something is logged

    logging.getLogger("app.db.engine").info("Database opened: %s", "sqlite:///x.db")

    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    line = path.read_text(encoding="utf-8").strip()
    assert f"INFO app.db.engine [{os.getpid()}]: Database opened: sqlite:///x.db" in line


def test_an_existing_file_with_a_wider_mode_is_narrowed(tmp_path: Path) -> None:
    path = data_dir(tmp_path) / "planner.log"
    path.parent.mkdir(parents=True)
    path.write_text("older lines\n", encoding="utf-8")
    path.chmod(0o644)
    configure_logging()
    logging.getLogger("x").warning("new line")
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_text(encoding="utf-8").startswith("older lines\n")  # appended


def test_info_by_default_debug_when_asked_by_flag_or_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = logging.getLogger("app.test")
    path = configure_logging()
    log.debug("detail one")
    log.info("event one")
    configure_logging(debug=True)
    log.debug("detail two")
    monkeypatch.setenv(LEVEL_ENV_VAR, "debug")
    configure_logging()
    log.debug("detail three")
    monkeypatch.setenv(LEVEL_ENV_VAR, "WARNING")
    configure_logging()
    log.info("event two")
    monkeypatch.setenv(LEVEL_ENV_VAR, "nonsense")
    configure_logging()
    log.info("event three")

    text = path.read_text(encoding="utf-8")
    assert "detail one" not in text and "event one" in text
    assert "detail two" in text and "detail three" in text
    assert "event two" not in text and "event three" in text
    assert len(logging.getLogger().handlers) == len(set(logging.getLogger().handlers))
    assert text.count("event one") == 1  # one handler, however often configured


def test_sqlalchemy_stays_quiet_even_at_debug_level() -> None:
    """Its statement echo would write record contents (the parameters) into the log."""
    path = configure_logging(debug=True)
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT … ('Erdnussallergie',)")
    logging.getLogger("app.x").debug("ours")
    text = path.read_text(encoding="utf-8")
    assert "ours" in text and "Erdnussallergie" not in text


def test_the_file_rotates_at_its_size_keeping_a_few_old_ones(tmp_path: Path) -> None:
    path = configure_logging(max_bytes=2_000, backup_count=2)
    log = logging.getLogger("app.rotation")
    for n in range(200):
        log.info("record %03d %s", n, "x" * 60)

    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["planner.log", "planner.log.1", "planner.log.2"]
    for name in files:
        file = path.parent / name
        assert file.stat().st_size <= 2_000
        assert file.stat().st_mode & 0o777 == 0o600
    assert "record 199" in path.read_text(encoding="utf-8")  # the newest in the current file
    assert "record 000" not in "".join(
        (path.parent / name).read_text(encoding="utf-8") for name in files
    )


def test_a_new_data_directory_moves_the_log_and_closes_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = configure_logging()
    logging.getLogger("x").info("into the first")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    second = configure_logging()
    logging.getLogger("x").info("into the second")
    assert second == tmp_path / "elsewhere" / "delegation-planner" / "planner.log"
    assert "into the second" not in first.read_text(encoding="utf-8")
    assert "into the second" in second.read_text(encoding="utf-8")
    stop_logging()
    assert current_log_file() is None
    logging.getLogger("x").info("after stopping")
    assert "after stopping" not in second.read_text(encoding="utf-8")


def test_a_log_that_cannot_be_written_is_given_up_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI promises one line on stderr; a broken log folder must not add any."""
    folder = data_dir(tmp_path)
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the folder should be", encoding="utf-8")
    configure_logging()
    logging.getLogger("x").error("cannot be written")
    assert capsys.readouterr().err == ""


def test_starting_the_log_imports_and_opens_nothing_until_the_first_record(
    tmp_path: Path,
) -> None:
    """The window's start-up is measured: ``logging.handlers`` (9 ms of imports) and
    the file wait until the first record, which comes after the first paint."""
    code = (
        "import json, logging, sys\n"
        "from app.logs import configure_logging\n"
        "path = configure_logging()\n"
        "before = ['logging.handlers' in sys.modules, path.exists()]\n"
        "logging.getLogger('x').info('first')\n"
        "print(json.dumps([before, ['logging.handlers' in sys.modules, path.exists()]]))\n"
    )
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == [[False, False], [True, True]]
