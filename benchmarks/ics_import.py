"""Figure 9: importing hostile 5 MB calendar files, against icalendar parsing a plain
file of the same size.

Each hostile file is imported by the real CLI (`main.py import ics`) in a fresh
process on a copy of the demo database; wall time and peak RSS (getrusage of a small
wrapper's child) are taken per file, and the worst is reported. The promise: any file
of at most 5 MB imports or is refused within 10 s and 500 MB.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Row, median, ms

T_IMPORT = "≤ 10 s, ≤ 500 MB"
_LIMIT = 5 * 2**20
_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\n"
_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter(); rc = subprocess.call(sys.argv[1:])\n"
    "print('RESULT', time.perf_counter() - t,"
    " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc, file=sys.stderr)\n"
)


def _event(n: int, tzid: str, day: str = "20260414") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:b{n}@x\r\nDTSTAMP:20260301T000000Z\r\n"
        f"DTSTART;TZID={tzid}:{day}T100000\r\nDTEND;TZID={tzid}:{day}T110000\r\n"
        f"SUMMARY:Meeting {n}\r\nEND:VEVENT\r\n"
    )


def _fill(text: str) -> bytes:
    """``text`` padded with a comment-like X- property to just under 5 MB."""
    data = text.encode()
    pad = _LIMIT - len(data) - len(_HEAD) - 40
    return data.replace(b"END:VCALENDAR", b"X-PAD:" + b"x" * max(pad, 0) + b"\r\nEND:VCALENDAR")


def rdate_zone() -> bytes:
    """A private zone with ~300,000 RDATEs, used by 2,000 events."""
    events = "".join(_event(n, "Many") for n in range(2_000))
    room = _LIMIT - len(events) - 400
    rdates = ",".join(f"{1900 + i % 120:04d}0101T000000" for i in range(room // 16))
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Many\r\nBEGIN:STANDARD\r\nDTSTART:19000101T000000\r\n"
        f"RDATE:{rdates}\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\n"
    )
    return (_HEAD + zone + events + "END:VCALENDAR\r\n").encode()


def many_zones() -> bytes:
    """2,000 private zones with yearly rules from year 1 (one with a COUNT), each used
    by one event in another year: the most rule-years a file can ask for."""
    zones, events = [], []
    for n in range(2_000):
        count = ";COUNT=9000" if n % 2 else ""
        zones.append(
            f"BEGIN:VTIMEZONE\r\nTZID:Z{n}\r\nBEGIN:STANDARD\r\nDTSTART:00011028T020000\r\n"
            f"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=SU{count}\r\n"
            "TZOFFSETFROM:+1000\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
            "DTSTART:00010325T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
            "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+1000\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        )
        events.append(_event(n, f"Z{n}", f"{2000 + n % 900:04d}0414"))
    return _fill(_HEAD + "".join(zones) + "".join(events) + "END:VCALENDAR\r\n")


def plain() -> bytes:
    """The floor's input: plain events with IANA zones, the same size."""
    return _fill(
        _HEAD + "".join(_event(n, "Asia/Tokyo") for n in range(2_000)) + "END:VCALENDAR\r\n"
    )


HOSTILE: dict[str, Callable[[], bytes]] = {"rdate-zone": rdate_zone, "many-zones": many_zones}


def _import(root: Path, env: dict[str, str], db: Path, path: Path) -> tuple[float, float, int]:
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, sys.executable, "main.py", "--db", str(db)]
        + ["import", "ics", str(path), "--trip", "hokkaido-2026"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("RESULT "))
    seconds, rss_kib, rc = line.split()[1:]
    return float(seconds), int(rss_kib) / 1024, int(rc)


def fig_ics_import(root: Path, workdir: Path, env: dict[str, str], repeat: int) -> list[Row]:
    from icalendar import Calendar

    demo = workdir / "ics-import-demo.db"
    subprocess.run(
        [sys.executable, "main.py", "--db", str(demo), "demo"],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    floor_data = plain()
    floors = []
    for _ in range(repeat):
        started = time.perf_counter()
        Calendar.from_ical(floor_data)
        floors.append(time.perf_counter() - started)
    worst: tuple[float, float, str, int] = (0.0, 0.0, "", 0)
    notes = []
    for name, make in HOSTILE.items():
        path = workdir / f"{name}.ics"
        data = make()
        path.write_bytes(data)
        runs = []
        for _ in range(repeat):
            db = workdir / f"ics-import-{name}.db"
            shutil.copy(demo, db)
            runs.append(_import(root, env, db, path))
        seconds = median([r[0] for r in runs])
        rss = max(r[1] for r in runs)
        rc = runs[-1][2]
        notes.append(
            f"{name} ({len(data) / 2**20:.2f} MB): {ms(seconds)}, {rss:.0f} MB, "
            f"{'imported' if rc == 0 else f'refused (exit {rc})'}"
        )
        if seconds > worst[0]:
            worst = (seconds, max(rss, worst[1]), name, rc)
        worst = (worst[0], max(worst[1], rss), worst[2], worst[3])
    floor = median(floors)
    row = Row(
        "9 ICS import, hostile 5 MB files (worst)",
        f"{ms(worst[0])}, {worst[1]:.0f} MB",
        ms(floor),
        worst[0] / floor,
        T_IMPORT,
        worst[0] <= 10 and worst[1] <= 500,
    )
    row.notes += notes
    row.notes.append(
        "ours: a whole CLI process (start, database, import or refusal); floor: "
        "icalendar's Calendar.from_ical of a plain 5 MB file in memory"
    )
    return [row]
