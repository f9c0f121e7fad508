"""The exports' reading of a programme: errors and a statement count that does not
grow with the number of items (the equality with the ORM reading is tested with
each export: test_ics_programme.py, test_pdf_programme.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from app.db.engine import Database
from app.errors import NotFoundError
from app.readers.programme_records import load_programme_records
from app.services import programme
from app.services.interpreting import assign_interpreter
from app.services.people import set_language_pairs
from tests.support import factories as f


def test_unknown_trip_or_person_is_not_found(db: Database) -> None:
    trip = f.trip(db, f.region(db).id)
    with pytest.raises(NotFoundError):
        load_programme_records(db, trip.id + 1000)
    with pytest.raises(NotFoundError):
        load_programme_records(db, trip.id, person_id=12345)


def test_statements_do_not_grow_with_the_number_of_items(db: Database) -> None:
    region = f.region(db)
    anna = f.person(db, "Schmidt", "Anna")
    interpreter = f.person(db, "Brandt", "Yuki")
    set_language_pairs(db, interpreter.id, [("de", "ja")])
    trips = []
    for n, count in enumerate((2, 30)):
        trip = f.trip(db, region.id, slug=f"trip-{n}")
        for i in range(count):
            item = f.item(
                db,
                trip.id,
                trip.start_date,
                f"{8 + i % 12:02d}:00",
                f"{8 + i % 12:02d}:30",
                title=f"Item {i}",
            )
            programme.set_attendance(db, item.id, [anna.id])
            assign_interpreter(db, item.id, interpreter.id, "de", "ja")
        trips.append(trip.id)
    statements: list[str] = []

    def before(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    counts = []
    event.listen(db.engine, "before_cursor_execute", before)
    try:
        for trip_id in trips:
            statements.clear()
            load_programme_records(db, trip_id, contacts=True)
            counts.append(len(statements))
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    assert counts[0] == counts[1] <= 8
