"""Two users saving the same record at the same moment: exactly one wins, nothing is lost.

Real processes against a real SQLite file and a real PostgreSQL server.
"""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Database
from app.db.opening import open_database
from app.errors import ConflictError
from app.services import followups, programme, trips
from tests.support import factories as f
from tests.support.figures import record

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return request.getfixturevalue("pg_url")


def _save(
    url: str, kind: str, record_id: int, version: int, value: str, barrier: Any, results: Any
) -> None:
    db = open_database(url)
    barrier.wait(timeout=60)
    try:
        if kind == "item":
            programme.update_item(db, record_id, version, title_en=value)
        elif kind == "trip":
            trips.update_trip(db, record_id, version, notes=value)
        elif kind == "follow_up":
            followups.update_follow_up(db, record_id, version, owner_en=value)
        else:
            programme.delete_item(db, record_id, version)
        results.put((value, "saved", None))
    except ConflictError as exc:
        results.put((value, "conflict", exc.attempted))
    finally:
        db.close()


def race(url: str, kind_a: str, kind_b: str, record_id: int, version: int) -> list[tuple]:
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [
        ctx.Process(
            target=_save, args=(url, kind, record_id, version, f"user-{n}", barrier, results)
        )
        for n, kind in enumerate((kind_a, kind_b))
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    return sorted(results.get(timeout=5) for _ in procs)


def setup_records(db: Database) -> tuple[Any, Any, Any]:
    region = f.region(db)
    trip = f.trip(db, region.id)
    item = f.item(db, trip.id, trip.start_date, "10:00", "11:00", title="original")
    follow_up = followups.create_follow_up(db, region_id=region.id, title_en="Report")
    return trip, item, follow_up


@pytest.mark.parametrize("kind", ["item", "trip", "follow_up"])
def test_exactly_one_of_two_simultaneous_saves_wins(url: str, kind: str) -> None:
    db = open_database(url)
    trip, item, follow_up = setup_records(db)
    target = {"item": item, "trip": trip, "follow_up": follow_up}[kind]
    outcome = race(url, kind, kind, target.id, target.version)
    statuses = Counter(status for _v, status, _a in outcome)
    assert statuses == {"saved": 1, "conflict": 1}
    winner = next(v for v, status, _a in outcome if status == "saved")
    loser = next((v, a) for v, status, a in outcome if status == "conflict")
    # the loser's input comes back with the conflict, to be offered to the user again
    assert winner != loser[0] and loser[0] in loser[1].values()
    stored = {
        "item": lambda: programme.get_item(db, item.id).title_en,
        "trip": lambda: trips.get_trip(db, trip.id).notes,
        "follow_up": lambda: followups.get_follow_up(db, follow_up.id).owner_en,
    }[kind]()
    assert stored == winner
    record("simultaneous saves", 2)
    record("silent overwrites", 0 if stored == winner else 1)
    db.close()


def test_delete_while_another_user_edits(url: str) -> None:
    db = open_database(url)
    _trip, item, _f = setup_records(db)
    outcome = race(url, "delete", "item", item.id, item.version)
    assert Counter(status for _v, status, _a in outcome) == {"saved": 1, "conflict": 1}
    db.close()


@pytest.mark.integration
@pytest.mark.slow
def test_four_processes_five_hundred_edits_each(pg_url: str) -> None:
    db = open_database(pg_url)
    region = f.region(db)
    trip = f.trip(db, region.id)
    items = [
        f.item(
            db, trip.id, trip.start_date, f"{8 + n:02d}:00", f"{8 + n:02d}:30", title=f"item {n}"
        )
        for n in range(8)
    ]
    ids = [str(i.id) for i in items]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.save_loop",
                "edits",
                pg_url,
                str(seed),
                "500",
                *ids,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(4)
    ]
    attempts = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        attempts += [json.loads(line) for line in out.splitlines()]
    saved = [a for a in attempts if a["ok"]]
    overwrites = 0
    for item in items:
        mine = sorted((a for a in saved if a["item"] == item.id), key=lambda a: a["version"])
        final = programme.get_item(db, item.id)
        # every acknowledged edit produced exactly one version step, none was skipped
        assert [a["version"] for a in mine] == list(range(2, final.version + 1))
        if mine and final.title_en != mine[-1]["title"]:
            overwrites += 1
    record("concurrent edits", len(attempts))
    record("acknowledged edits", len(saved))
    record("conflicts reported", len(attempts) - len(saved))
    record("silent overwrites", overwrites)
    print(
        f"\n4 processes × 500 edits on PostgreSQL: {len(saved)} saved, "
        f"{len(attempts) - len(saved)} conflicts, {overwrites} silent overwrites"
    )
    assert len(attempts) == 2000 and overwrites == 0
    db.close()
