"""The exports' reading of a programme (app.readers.programme_records) with partner contacts,
as the itinerary uses it: the same programme and the same PDF as through the ORM."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from sqlalchemy import select

import app.pdf.itinerary as itinerary
from app.db.engine import Database
from app.demo_data.loader import load_demo
from app.readers.programme_records import (
    AssignmentRecord,
    ItemRecord,
    MemberRecord,
    PersonRecord,
    RegionRecord,
    TripRecord,
    load_programme_records,
)
from app.readers.programme_view import TripProgramme, load_trip_programme
from app.services import programme
from app.services.interpreting import assign_interpreter
from app.services.people import set_language_pairs
from models.enums import Edition
from models.tables import ProgrammeItem, Trip
from tests.support import factories as f


def _same(record: object, orm: object) -> None:
    """Every field of the record reads as the ORM object's attribute of that name."""
    for name in record._fields:  # type: ignore[attr-defined]
        assert getattr(record, name) == getattr(orm, name), name


def _assert_same_programme(ours: TripProgramme, theirs: TripProgramme) -> None:
    _same(ours.trip, theirs.trip)
    _same(ours.region, theirs.region)
    assert (ours.person is None) == (theirs.person is None)
    if ours.person is not None:
        _same(ours.person, theirs.person)
    assert len(ours.members) == len(theirs.members)
    for a, b in zip(ours.members, theirs.members, strict=True):
        _same(a.member, b.member)
        _same(a.person, b.person)
    assert [v.item.id for v in ours.items] == [v.item.id for v in theirs.items]
    for a, b in zip(ours.items, theirs.items, strict=True):
        _same(a.item, b.item)
        assert [p.id for p in a.attendees] == [p.id for p in b.attendees]
        for p, q in zip(a.attendees, b.attendees, strict=True):
            _same(p, q)
        assert len(a.interpreters) == len(b.interpreters)
        for (p, x), (q, y) in zip(a.interpreters, b.interpreters, strict=True):
            _same(p, q)
            _same(x, y)
    assert [p.id for p in ours.contacts] == [p.id for p in theirs.contacts]
    for p, q in zip(ours.contacts, theirs.contacts, strict=True):
        _same(p, q)
    assert [p.id for p in ours.interpreters] == [p.id for p in theirs.interpreters]


def test_records_are_plain_tuples() -> None:
    for record in (
        PersonRecord,
        ItemRecord,
        TripRecord,
        RegionRecord,
        MemberRecord,
        AssignmentRecord,
    ):
        assert issubclass(record, tuple) and record._fields


def test_the_itinerary_reads_the_same_programme_as_the_other_exports(any_db: Database) -> None:
    db = any_db
    load_demo(db)
    with db.session() as s:
        trips = list(s.execute(select(Trip.id, Trip.region_id).order_by(Trip.id)))
        first_items = list(
            s.scalars(
                select(ProgrammeItem.id)
                .where(ProgrammeItem.trip_id == trips[0][0])
                .order_by(ProgrammeItem.starts_at)
            )
        )
    # A guest outside the delegation, an item with two interpreters, and a contact on
    # the partner side who also attends.
    guest = f.person(db, "Guest", "Greta", health_notes="Allergie")
    second = f.person(db, "Brandt", "Yuki", native_name="ブラント 由紀")
    host = f.person(
        db,
        "Kitagawa",
        "Masaki",
        native_name="北川 正樹",
        family_name_first=True,
        region_id=trips[0][1],
        function_en="Director",
        email="k@example.jp",
    )
    set_language_pairs(db, second.id, [("ja", "de")])
    programme.set_attendance(db, first_items[0], [guest.id, host.id])
    assign_interpreter(db, first_items[1], second.id, "ja", "de")
    compared = 0
    for trip_id, _region_id in trips:
        for person_id in (None, *f.people_on_trip(db, trip_id)):
            _assert_same_programme(
                load_programme_records(db, trip_id, person_id=person_id, contacts=True),
                load_trip_programme(db, trip_id, person_id=person_id),
            )
            compared += 1
    assert compared > 10


@pytest.mark.parametrize("langs", [("en",), ("de", "ja")])
def test_the_pdf_is_the_same_from_either_reading(
    demo_db: Database, langs: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids
    with demo_db.session() as s:
        trip_id = s.scalars(select(Trip.id).where(Trip.slug == "hokkaido-2026")).one()
    person_id = f.people_on_trip(demo_db, trip_id)[0]
    cases = [
        {},
        {"person_id": person_id, "include_sensitive": True, "edition": Edition.INTERNAL},
    ]
    ours = [itinerary.build_itinerary_pdf(demo_db, trip_id, langs=langs, **kw) for kw in cases]
    monkeypatch.setattr(itinerary, "load_programme_records", load_trip_programme)
    theirs = [itinerary.build_itinerary_pdf(demo_db, trip_id, langs=langs, **kw) for kw in cases]
    assert ours == theirs
