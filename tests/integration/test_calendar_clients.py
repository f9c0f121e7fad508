"""Real calendar software reads the export: khal (a CLI client) and Radicale (a CalDAV server).

khal runs as a subprocess with its own config, HOME and TZ=Europe/Berlin in tmp_path.
Radicale runs as a subprocess on 127.0.0.1 with a free port and a storage folder in
tmp_path; the caldav client talks to it over HTTP and the fixture stops the server
even when the test fails.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.db.engine import Database
from app.ics.export import export_ics, item_uid
from app.services.programme import list_items
from models.tables import ProgrammeItem, Trip
from tests.support import factories as f

pytestmark = pytest.mark.integration

APRIL_14 = date(2026, 4, 14)
BERLIN = ZoneInfo("Europe/Berlin")
KHAL = Path(sys.executable).with_name("khal")
LONDON_TITLE = "Video call with Greater Manchester"


def _hokkaido(db: Database) -> tuple[int, ProgrammeItem]:
    """The demo trip, plus a Europe/London item at 14:00 BST on 14 April."""
    with db.session() as s:
        trip_id = s.scalars(select(Trip.id).where(Trip.slug == "hokkaido-2026")).one()
    london = f.item(
        db,
        trip_id,
        APRIL_14,
        "14:00",
        "15:00",
        tz="Europe/London",
        title=LONDON_TITLE,
        status="confirmed",
    )
    return trip_id, london


def _sapporo_ten(db: Database, trip_id: int) -> ProgrammeItem:
    tokyo = ZoneInfo("Asia/Tokyo")
    return next(
        i
        for i in list_items(db, trip_id)
        if i.timezone == "Asia/Tokyo"
        and not i.all_day
        and i.starts_at.astimezone(tokyo) == datetime.combine(APRIL_14, dtime(10), tokyo)
    )


# --- khal ------------------------------------------------------------------------


def _khal(conf: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(KHAL), "-c", str(conf), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(not KHAL.exists(), reason="khal is not installed in this environment")
def test_khal_lists_sapporo_and_london_items_in_berlin_time(
    demo_db: Database, tmp_path: Path
) -> None:
    trip_id, london = _hokkaido(demo_db)
    sapporo = _sapporo_ten(demo_db, trip_id)
    ics = tmp_path / "hokkaido.ics"
    ics.write_bytes(export_ics(demo_db, trip_id, lang="en"))
    (tmp_path / "vdir").mkdir()
    conf = tmp_path / "khal.conf"
    conf.write_text(
        "[calendars]\n[[planner]]\n"
        f"path = {tmp_path / 'vdir'}\ntype = calendar\n\n"
        "[locale]\nlocal_timezone = Europe/Berlin\ndefault_timezone = Europe/Berlin\n"
        "timeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n\n"
        f"[sqlite]\npath = {tmp_path / 'khal.db'}\n",
        encoding="utf-8",
    )
    home = tmp_path / "khal-home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TZ": "Europe/Berlin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONWARNINGS": "ignore",
    }
    _khal(conf, env, "import", "--batch", str(ics))
    out = _khal(
        conf, env, "list", "--format", "{start-time}-{end-time} {title}", "2026-04-14", "2026-04-14"
    )
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    assert f"03:00-03:45 {sapporo.title_en}" in lines, out
    assert f"15:00-16:00 {LONDON_TITLE}" in lines, out
    # Every timed item that touches 14 April in Berlin is listed, at its Berlin time.
    day_start = datetime.combine(APRIL_14, dtime(0), BERLIN)
    expected = {
        f"{i.starts_at.astimezone(BERLIN):%H:%M}-{i.ends_at.astimezone(BERLIN):%H:%M} "
        f"{i.title_en or i.title_de or i.title_ja}"
        for i in list_items(demo_db, trip_id)
        if not i.all_day
        and i.starts_at < day_start + timedelta(days=1)
        and i.ends_at > day_start
        and day_start <= i.starts_at
    }
    assert expected <= set(lines), (expected, out)
    assert london.id is not None


# --- Radicale ----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    if importlib.util.find_spec("radicale") is None:
        pytest.skip("Radicale is not installed in this environment")
    port = _free_port()
    log = (tmp_path / "radicale.log").open("wb")
    home = tmp_path / "radicale-home"
    env = dict(
        os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), PYTHONWARNINGS="ignore"
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(tmp_path / "collections"),
            "--auth-type",
            "none",
            "--rights-type",
            "owner_only",
            "--logging-level",
            "warning",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail("Radicale exited: " + (tmp_path / "radicale.log").read_text())
            try:
                with urllib.request.urlopen(url + ".web/", timeout=2) as response:
                    response.read()
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("Radicale did not answer within 30 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def _objects(data: bytes) -> list[tuple[str, str]]:
    """One calendar object per event, each with the VTIMEZONEs it uses: (uid, text)."""
    cal = Calendar.from_ical(data)
    zones = {str(tz["TZID"]): tz for tz in cal.walk("VTIMEZONE")}
    out = []
    for event in cal.walk("VEVENT"):
        obj = Calendar()
        for key in ("PRODID", "VERSION", "CALSCALE"):
            obj.add(key, cal[key])
        used = {
            str(event[k].params["TZID"]) for k in ("DTSTART", "DTEND") if "TZID" in event[k].params
        }
        for tzid in sorted(used):
            obj.add_component(zones[tzid])
        obj.add_component(event)
        out.append((str(event["UID"]), obj.to_ical().decode("utf-8")))
    return out


def test_radicale_returns_the_items_of_a_day(demo_db: Database, radicale: str) -> None:
    import caldav

    trip_id, _london = _hokkaido(demo_db)
    client = caldav.DAVClient(url=radicale, username="delegate", password="unused")
    principal = client.principal()
    calendar = principal.make_calendar(name="RVR Hokkaidō 2026", cal_id="hokkaido-2026")
    objects = _objects(export_ics(demo_db, trip_id, lang="ja"))
    for _uid, text in objects:
        calendar.save_event(text)
    assert len(calendar.events()) == len(objects)

    start = datetime(2026, 4, 14, tzinfo=UTC)
    end = start + timedelta(days=1)
    found = calendar.search(start=start, end=end, event=True, expand=False)
    got = sorted(str(r.icalendar_component["UID"]) for r in found)

    def overlaps(item: ProgrammeItem) -> bool:
        if item.all_day:  # DATE values: CalDAV compares them as days in UTC
            first = item.starts_at.astimezone(ZoneInfo(item.timezone)).date()
            last = item.ends_at.astimezone(ZoneInfo(item.timezone)).date()
            return first < end.date() and last > start.date()
        return item.starts_at < end and item.ends_at > start

    wanted = sorted(item_uid(i) for i in list_items(demo_db, trip_id) if overlaps(i))
    assert got == wanted and len(got) >= 2
    assert item_uid(_sapporo_ten(demo_db, trip_id)) in got
    assert item_uid(_london) in got
