"""Hostile calendar files against `main.py import ics`: each imports or is refused with
one line (exit 2, nothing changed) within time and memory bounded by the file's size.

Each case runs the real CLI in a subprocess with a timeout on a real SQLite file, so a
hang of the old code is a clean failure. Bounds: the promise is ≤ 10 s and ≤ 500 MB
for any file ≤ 5 MB; the test allows 30 s (two shared cores, a cold start) and 500 MB
peak RSS, measured by a small wrapper process with getrusage(RUSAGE_CHILDREN).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 30
MAX_RSS_MB = 500
#: Runs main.py as its child and prints the child's peak RSS (KiB on Linux) on stderr
#: last, so the runner's own size (inherited across fork) is not counted; it kills the
#: child itself on timeout, so that a hanging import leaves no process behind.
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "try:\n"
    "    rc = child.wait(timeout=float(sys.argv[1]))\n"
    "except subprocess.TimeoutExpired:\n"
    "    child.kill(); child.wait(); rc = 124\n"
    "print('MAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)

_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Attack//EN\r\n"


def _event(n: int, tzid: str = "Asia/Tokyo") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:a{n}@x\r\nDTSTAMP:20260301T000000Z\r\n"
        f"DTSTART;TZID={tzid}:20260414T100000\r\nDTEND;TZID={tzid}:20260414T110000\r\n"
        f"SUMMARY:Meeting {n}\r\nEND:VEVENT\r\n"
    )


def per_minute_zone(_tmp: Path) -> bytes:
    """A 700-byte file: a private zone whose rule changes the clocks every minute."""
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Minutely\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "RRULE:FREQ=MINUTELY\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:19700101T000030\r\nRRULE:FREQ=MINUTELY\r\n"
        "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+1000\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )
    return (_HEAD + zone + _event(1, "Minutely") + "END:VCALENDAR\r\n").encode()


def many_rdates(_tmp: Path) -> bytes:
    """0.7 MB: a zone with 20,000 RDATEs used by 2,000 events (it is Tokyo time)."""
    rdates = ",".join(f"{1950 + i // 365:04d}0101T{i % 24:02d}0000" for i in range(20_000))
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Many\r\nBEGIN:STANDARD\r\nDTSTART:19500101T000000\r\n"
        f"RDATE:{rdates}\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\n"
    )
    events = "".join(_event(n, "Many") for n in range(2_000))
    return (_HEAD + zone + events + "END:VCALENDAR\r\n").encode()


def folded_begin(_tmp: Path) -> bytes:
    """30,000 events whose BEGIN:VEVENT is folded across two lines."""
    event = "BEGIN:VEV\r\n ENT\r\nDTSTART:20260414T010000Z\r\nSUMMARY:m\r\nEND:VEVENT\r\n"
    return (_HEAD + event * 30_000 + "END:VCALENDAR\r\n").encode()


def just_over_limit(_tmp: Path) -> bytes:
    data = (_HEAD + _event(1) + "END:VCALENDAR\r\n").encode()
    return data + b" " * (5 * 2**20 + 1 - len(data))


def _fifo(tmp: Path) -> str:
    """A FIFO fed without end by a writer thread (stopped when the reader closes it)."""
    path = tmp / "endless.ics"
    os.mkfifo(path)

    def feed() -> None:
        try:
            with open(path, "wb") as pipe:
                pipe.write(_HEAD.encode())
                while True:
                    pipe.write(b"X-PAD:" + b"x" * 65_536 + b"\r\n")
        except (BrokenPipeError, OSError):
            pass

    threading.Thread(target=feed, daemon=True).start()
    return str(path)


FileMaker = Callable[[Path], "bytes | str"]
CASES: list[tuple[str, FileMaker, str | None]] = [
    # (name, the file (bytes to write, or a path), expected refusal or None: imports)
    ("per-minute-zone-rule", per_minute_zone, "does not repeat yearly"),
    ("20000-rdates-2000-events", many_rdates, None),
    ("folded-begin-vevent", folded_begin, "30000 events; a programme can import at most 2000"),
    ("dev-zero", lambda _tmp: "/dev/zero", "too large"),
    ("endless-fifo", _fifo, "too large"),
    ("5-mb-plus-one-byte", just_over_limit, "too large"),
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ics-bounds") / "demo.db"
    subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "demo"],
        cwd=ROOT,
        env=_env(path.parent),
        check=True,
        capture_output=True,
        timeout=120,
    )
    return path


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATION_PLANNER_DB"}
    env.update(LANGUAGE="en", LC_ALL="C.UTF-8", HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    return env


def _items(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT * FROM programme_item ORDER BY id").fetchall()


@pytest.mark.parametrize(
    "make, refusal", [(m, r) for _n, m, r in CASES], ids=[n for n, _m, _r in CASES]
)
def test_hostile_calendar_is_imported_or_refused_within_bounds(
    demo_db: Path, tmp_path: Path, make: FileMaker, refusal: str | None
) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(demo_db, db)
    made = make(tmp_path)
    if isinstance(made, bytes):
        source = tmp_path / "input.ics"
        source.write_bytes(made)
        made = str(source)
    before = _items(db)
    command = [sys.executable, "main.py", "--db", str(db), "import", "ics", made]
    command += ["--trip", "hokkaido-2026"]
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(TIMEOUT_S), *command],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S + 30,
    )
    assert done.returncode != 124, f"the import did not end within {TIMEOUT_S} s"
    *errors, rss_line = done.stderr.strip().splitlines()
    rss_mb = int(rss_line.split()[1]) / 1024
    assert rss_mb <= MAX_RSS_MB, f"peak RSS {rss_mb:.0f} MB"
    if refusal is None:
        assert done.returncode == 0, done.stderr
        assert len(_items(db)) > len(before)
    else:
        assert done.returncode == 2, done.stderr
        assert len(errors) == 1 and refusal in errors[0], errors
        assert "Traceback" not in done.stderr
        assert _items(db) == before
