"""SIGKILL at random moments: the SQLite file stays intact and every acknowledged save is there."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db.opening import open_database
from tests.support import factories as f
from tests.support.figures import record

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50

pytestmark = pytest.mark.slow


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.save_loop", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_during_saves_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "planner.db"
    db = open_database(str(path))
    trip = f.trip(db, f.region(db).id)
    db.close()
    rng = random.Random(20260413)
    acknowledged: set[str] = set()
    corrupt = lost = 0
    for run in range(KILLS):
        proc = start("crash", str(path), trip.slug, str(run))
        wanted = rng.randint(1, 15)
        assert proc.stdout is not None
        for _n in range(wanted):
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.add(line.strip())
        time.sleep(rng.uniform(0, 0.03))
        proc.send_signal(signal.SIGKILL)
        # Anything printed before the kill was committed before it was printed.
        rest, err = proc.communicate()
        assert "Error" not in err, err
        acknowledged.update(s for s in rest.split() if s.startswith("ack-"))
        conn = sqlite3.connect(path)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                corrupt += 1
            present = {row[0] for row in conn.execute("SELECT slug FROM follow_up")}
        finally:
            conn.close()
        lost += len(acknowledged - present)
    record("kills", KILLS)
    record("corrupt databases", corrupt)
    record("lost acknowledged saves", lost)
    assert len(acknowledged) > KILLS
    assert (corrupt, lost) == (0, 0)


def test_killed_export_leaves_no_truncated_file(tmp_path: Path) -> None:
    from app.demo_data.loader import load_demo

    path = tmp_path / "planner.db"
    db = open_database(str(path))
    load_demo(db)
    db.close()
    target = tmp_path / "itinerary.pdf"
    rng = random.Random(7)
    truncated = 0
    complete = 0
    for _ in range(10):
        proc = subprocess.Popen(
            [
                sys.executable,
                "main.py",
                "--db",
                str(path),
                "export",
                "itinerary",
                "hokkaido-2026",
                "--lang",
                "de+ja",
                "-o",
                str(target),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if target.exists():
            data = target.read_bytes()
            if data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"):
                complete += 1
            else:
                truncated += 1
    record("killed exports", 10)
    record("truncated export files", truncated)
    assert truncated == 0
    # leftovers of killed exports are removed by the next export once they are stale
    for part in tmp_path.glob(".itinerary.pdf.*.part"):
        os.utime(part, (0, 0))
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--db",
            str(path),
            "export",
            "itinerary",
            "hokkaido-2026",
            "-o",
            str(target),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".itinerary.pdf.*.part"))
