"""A subprocess for the crash and load tests: saves in a loop, acknowledging each commit.

python -m tests.support.save_loop crash DB_URL TRIP_ID RUN
    creates follow-up actions ack-RUN-0, ack-RUN-1, … and prints each slug after its commit.
python -m tests.support.save_loop edits DB_URL SEED COUNT ITEM_ID…
    random edits of the given items with the version check; prints one JSON line per
    attempt: {"item": id, "ok": bool, "version": new version, "title": written title}.
"""

from __future__ import annotations

import json
import random
import sys

from app.db.opening import open_database
from app.errors import ConflictError
from app.services.followups import create_follow_up
from app.services.programme import get_item, update_item
from app.services.trips import get_trip


def crash_loop(url: str, trip_ref: str, run: str) -> None:
    db = open_database(url)
    trip = get_trip(db, trip_ref)
    n = 0
    while True:
        slug = f"ack-{run}-{n}"
        create_follow_up(
            db,
            slug=slug,
            region_id=trip.region_id,
            trip_id=trip.id,
            title_en=f"Saved {n}",
            title_ja=f"保存 {n}" * 20,
            notes="x" * 2000,
        )
        sys.stdout.write(slug + "\n")
        sys.stdout.flush()
        n += 1


def edit_loop(url: str, seed: int, count: int, item_ids: list[int]) -> None:
    db = open_database(url)
    rng = random.Random(seed)
    for n in range(count):
        item_id = rng.choice(item_ids)
        current = get_item(db, item_id)
        title = f"p{seed}-e{n}"
        try:
            saved = update_item(db, item_id, current.version, title_en=title)
            record = {"item": item_id, "ok": True, "version": saved.version, "title": title}
        except ConflictError:
            record = {"item": item_id, "ok": False, "version": None, "title": title}
        sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    mode, url = sys.argv[1], sys.argv[2]
    if mode == "crash":
        crash_loop(url, sys.argv[3], sys.argv[4])
    else:
        edit_loop(url, int(sys.argv[3]), int(sys.argv[4]), [int(a) for a in sys.argv[5:]])
