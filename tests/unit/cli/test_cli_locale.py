"""The command line speaks the language of --lang: argparse's own texts, our help, its
errors with the user's value in the language's quotes, and the import summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.commands import language_from_argv
from app.db.engine import Database
from tests.support import factories as f
from tests.unit.cli.test_cli import run_process

# A system language that is none of ours, so that only --lang decides.
ENV = {"LANGUAGE": "fr", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LC_MESSAGES": ""}


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--lang", "ja", "--help"], "ja"),
        (["list", "trips", "--lang=de"], "de"),
        (["--lang", "de", "export", "itinerary", "x", "--lang", "ja"], "ja"),
        (["--lang", "de+ja", "export", "itinerary", "x"], None),
        (["--lang", "fr"], None),
        (["--lang", "de+en+ja"], None),
        (["--", "--lang", "ja"], None),
        (["--lang"], None),
    ],
)
def test_language_is_read_before_the_parser(argv: list[str], lang: str | None) -> None:
    assert language_from_argv(argv) == lang


def test_help_in_japanese() -> None:
    result = run_process("--lang", "ja", "--help", env=ENV)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("使用法：delegation-planner")
    for text in ("位置引数", "オプション", "このヘルプの表示・終了", "出力言語：de、en又はja"):
        assert text in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out


def test_help_in_german() -> None:
    result = run_process("--lang", "de", "export", "itinerary", "--help", env=ENV)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Aufruf: delegation-planner export itinerary")
    for text in ("Argumente:", "Optionen:", "diese Hilfe anzeigen und beenden", "Ausgabe"):
        assert text in out, text
    assert "usage:" not in out and "show this help" not in out


def test_help_in_english_is_argparse_own() -> None:
    result = run_process("--lang", "en", "--help", env=ENV)
    assert result.stdout.startswith("usage: delegation-planner")
    assert "show this help message and exit" in result.stdout


def test_missing_argument_in_japanese_and_german() -> None:
    ja = run_process("--lang", "ja", "check", env=ENV)
    assert ja.returncode == 2 and ja.stdout == ""
    assert ja.stderr.startswith("エラー：次の引数を指定してください：TRIP")
    assert "--helpを参照してください" in ja.stderr
    de = run_process("--lang", "de", "check", env=ENV)
    assert de.returncode == 2
    assert de.stderr.startswith("Fehler: folgende Argumente sind erforderlich: TRIP")
    assert "required" not in de.stderr and "Traceback" not in de.stderr


def test_invalid_choice_quotes_the_value_in_each_language() -> None:
    ja = run_process("--lang", "ja", "list", "bogus", env=ENV)
    assert ja.returncode == 2
    assert "無効な選択肢です：「bogus」" in ja.stderr and "'bogus'" not in ja.stderr
    de = run_process("--lang", "de", "list", "bogus", env=ENV)
    assert "ungültige Auswahl: „bogus“" in de.stderr and "invalid choice" not in de.stderr
    en = run_process("--lang", "en", "list", "bogus", env=ENV)
    assert "invalid choice: 'bogus'" in en.stderr


def test_messages_and_import_summary_in_each_language(db: Database, db_path: Path) -> None:
    region = f.region(db)
    trip = f.trip(db, region.id, slug="visit-2026")
    f.item(db, trip.id, trip.start_date, "10:00", "11:00")
    out = db_path.with_name("plan.ics")
    result = run_process(
        *("--db", str(db_path), "--lang", "de", "export", "ics", "visit-2026", "-o", str(out)),
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Gespeichert: „{out}“"
    result = run_process(
        *("--db", str(db_path), "--lang", "ja", "import", "ics", str(out), "--trip", "visit-2026"),
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    # The summary first (issue #14), then the details.
    assert (
        result.stdout.splitlines()[0]
        == "取り込みました（新規0件、更新0件、中止0件、変更なし1件）。"
    )
    empty = db_path.with_name("empty.ics")
    empty.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n")
    result = run_process(
        *("--db", str(db_path), "--lang", "ja", "import", "ics", str(empty), "--trip", "x"),
        env=ENV,
    )
    assert result.returncode == 2 and result.stderr.startswith("エラー：")
