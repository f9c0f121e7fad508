"""ICS import, order of changes and scheduling methods (issue #14, items 3, 4 and 12):
an older file never undoes newer changes, Outlook's cancel/request/reply messages do what
they say, and the summary comes first with titles quoted as the language quotes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.errors import ImportFileError
from app.ics.export import export_ics, item_uid
from app.ics.importer import import_ics
from app.locale.i18n import set_language
from app.services import programme
from models.tables import ProgrammeItem, Trip
from tests.support import factories as f

FIXTURES = Path(__file__).with_name("fixtures")
APRIL_14 = date(2026, 4, 14)
UNFOLD = re.compile(rb"\r\n[ \t]")


def _fixture(name: str, uid: str, sequence: int) -> bytes:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    text = text.replace("{uid}", uid).replace("{sequence}", str(sequence))
    return text.replace("\n", "\r\n").encode("utf-8")


def _unfolded(data: bytes) -> list[bytes]:
    return UNFOLD.sub(b"", data).split(b"\r\n")


def _blocks(data: bytes) -> tuple[list[bytes], list[list[bytes]], list[bytes]]:
    """The calendar's head, its VEVENTs (lines) and its tail."""
    head: list[bytes] = []
    events: list[list[bytes]] = []
    tail: list[bytes] = []
    current: list[bytes] | None = None
    for line in _unfolded(data):
        if line == b"BEGIN:VEVENT":
            current = [line]
        elif line == b"END:VEVENT" and current is not None:
            events.append([*current, line])
            current = None
        elif current is not None:
            current.append(line)
        elif events:
            tail.append(line)
        else:
            head.append(line)
    return head, events, tail


def _join(head: list[bytes], events: list[list[bytes]], tail: list[bytes]) -> bytes:
    return b"\r\n".join([*head, *(line for e in events for line in e), *tail])


def _edited(data: bytes, edits: dict[str, dict[bytes, bytes]]) -> bytes:
    """The export with some events edited (by UID) and their SEQUENCE raised by one."""
    head, events, tail = _blocks(data)
    for event in events:
        uid = next(line[4:].decode() for line in event if line.startswith(b"UID:"))
        if uid not in edits:
            continue
        for number, line in enumerate(event):
            if line.startswith(b"SEQUENCE:"):
                event[number] = b"SEQUENCE:%d" % (int(line[9:]) + 1)
            for old, new in edits[uid].items():
                if line.startswith(old):
                    event[number] = new
    return _join(head, events, tail)


def _demo_trip(db: Database) -> Trip:
    with db.session() as s:
        return s.scalars(select(Trip).where(Trip.slug == "hokkaido-2026")).one()


def _by_title(db: Database, trip_id: int, title: str) -> ProgrammeItem:
    [item] = [i for i in programme.list_items(db, trip_id) if i.title_en == title]
    return item


def test_an_older_file_does_not_undo_newer_changes(demo_db: Database) -> None:
    """Issue #14, 3: edit by a file with SEQUENCE 1, then import the original (SEQUENCE 0)."""
    trip = _demo_trip(demo_db)
    signing = _by_title(demo_db, trip.id, "Signing of the partnership certificate")
    press = _by_title(demo_db, trip.id, "Joint press statement")
    original = export_ics(demo_db, trip.id, lang="en")
    start = next(
        line
        for e in _blocks(original)[1]
        if f"UID:{item_uid(signing)}".encode() in e
        for line in e
        if line.startswith(b"DTSTART")
    )
    later = start[:-6] + b"143000"  # 14:00 → 14:30 in the event's own zone
    edited = _edited(
        original,
        {
            item_uid(signing): {b"DTSTART": later},
            item_uid(press): {b"STATUS:": b"STATUS:CANCELLED"},
        },
    )
    first = import_ics(demo_db, trip.id, edited)
    assert (first.created, first.updated, first.cancelled) == (0, 1, 1)
    moved = programme.get_item(demo_db, signing.id)
    assert moved.starts_at != signing.starts_at
    assert programme.get_item(demo_db, press.id).status == "cancelled"
    before = {
        i.id: (i.version, i.starts_at, i.status) for i in programme.list_items(demo_db, trip.id)
    }

    again = import_ics(demo_db, trip.id, original)

    after = {
        i.id: (i.version, i.starts_at, i.status) for i in programme.list_items(demo_db, trip.id)
    }
    assert after == before
    assert (again.created, again.updated, again.cancelled) == (0, 0, 0)
    assert again.unchanged == len(before) - 2
    assert again.messages == [
        "2 events are older than the programme and were not applied: "
        "“Signing of the partnership certificate” and “Joint press statement”"
    ]


def test_equal_sequence_with_an_older_last_modified_is_not_applied(
    db: Database,
) -> None:
    trip = f.trip(db, f.region(db).id)
    item = f.item(db, trip.id, APRIL_14, "10:00", "11:00", title="Courtesy call")
    exported = export_ics(db, trip.id)
    head, events, tail = _blocks(exported)
    for number, line in enumerate(events[0]):
        if line.startswith(b"SUMMARY"):
            events[0][number] = b"SUMMARY;LANGUAGE=en:Courtesy call (old)"
        if line.startswith(b"LAST-MODIFIED:"):
            events[0][number] = b"LAST-MODIFIED:20260101T000000Z"
    report = import_ics(db, trip.id, _join(head, events, tail))
    assert report.updated == 0 and len(report.older) == 1
    assert programme.get_item(db, item.id).title_en == "Courtesy call"
    # The same edit stamped at the item's own last change is applied (an edit by hand).
    report = import_ics(
        db, trip.id, exported.replace(b"SUMMARY;LANGUAGE=en:Courtesy call", b"SUMMARY:Renamed")
    )
    assert report.updated == 1 and report.older == []
    assert programme.get_item(db, item.id).title_en == "Renamed"


def _press_item(db: Database) -> tuple[Trip, ProgrammeItem]:
    trip = f.trip(db, f.region(db).id)
    item = f.item(
        db,
        trip.id,
        APRIL_14,
        "10:00",
        "11:00",
        title="Press coordination",
        title_de="Abstimmung Pressetermin",
        description_en="Agree the joint statement.",
        description_de="Gemeinsame Erklärung abstimmen.",
        venue_name="Hotel Okura Sapporo",
        venue_address="Kita 1 Nishi 5, Sapporo",
    )
    return trip, item


_KEPT = (
    "title_en",
    "title_de",
    "title_ja",
    "description_en",
    "description_de",
    "venue_id",
    "starts_at",
    "ends_at",
    "timezone",
    "topic",
)


def test_outlook_cancel_cancels_the_item_and_changes_nothing_else(db: Database) -> None:
    """Issue #14, 4: "Abgesagt: Abstimmung Pressetermin", STATUS:CANCELLED, no LOCATION."""
    trip, item = _press_item(db)
    report = import_ics(db, trip.id, _fixture("outlook_cancel.ics", item_uid(item), 1))
    assert (report.created, report.updated, report.cancelled) == (0, 0, 1)
    loaded = programme.get_item(db, item.id)
    assert loaded.status == "cancelled"
    assert [getattr(loaded, n) for n in _KEPT] == [getattr(item, n) for n in _KEPT]
    # The same message again: nothing left to do.
    again = import_ics(db, trip.id, _fixture("outlook_cancel.ics", item_uid(item), 1))
    assert (again.cancelled, again.unchanged) == (0, 1)


def test_a_cancel_of_an_unknown_event_creates_nothing_and_says_so(db: Database) -> None:
    trip, item = _press_item(db)
    report = import_ics(
        db, trip.id, _fixture("outlook_cancel.ics", "040000008200E00074C5B7101A82E008", 0)
    )
    assert (report.created, report.updated, report.cancelled) == (0, 0, 0)
    assert report.messages == [
        "1 cancelled event is not in the programme; nothing was changed for it: "
        "“Abgesagt: Abstimmung Pressetermin”"
    ]
    assert [i.id for i in programme.list_items(db, trip.id)] == [item.id]
    assert programme.get_item(db, item.id).status != "cancelled"


def test_outlook_request_is_an_update(db: Database) -> None:
    trip, item = _press_item(db)
    report = import_ics(db, trip.id, _fixture("outlook_request.ics", item_uid(item), 1))
    assert (report.created, report.updated, report.cancelled) == (0, 1, 0)
    loaded = programme.get_item(db, item.id)
    assert loaded.title_en == "Press coordination (moved)"
    assert loaded.title_de == "Abstimmung Pressetermin"


def test_outlook_reply_changes_nothing_and_says_it_was_a_reply(db: Database) -> None:
    trip, item = _press_item(db)
    report = import_ics(db, trip.id, _fixture("outlook_reply.ics", item_uid(item), 0))
    assert (report.created, report.updated, report.cancelled, report.unchanged) == (0, 0, 0, 0)
    assert len(report.messages) == 1 and "METHOD:REPLY" in report.messages[0]
    loaded = programme.get_item(db, item.id)
    assert (loaded.version, loaded.status, loaded.title_de) == (
        item.version,
        item.status,
        item.title_de,
    )


@pytest.mark.parametrize("method", ["COUNTER", "DECLINECOUNTER", "REFRESH", "ADD", "X-BOGUS"])
def test_other_methods_are_refused_with_a_clear_message(db: Database, method: str) -> None:
    trip, item = _press_item(db)
    data = _fixture("outlook_request.ics", item_uid(item), 1).replace(
        b"METHOD:REQUEST", b"METHOD:" + method.encode()
    )
    with pytest.raises(ImportFileError) as caught:
        import_ics(db, trip.id, data)
    assert f"METHOD:{method}" in caught.value.message
    assert "PUBLISH" in caught.value.message and "CANCEL" in caught.value.message
    assert programme.get_item(db, item.id).title_en == "Press coordination"


@pytest.mark.parametrize(
    "lang, summary, quoted",
    [
        ("en", "Imported: 0 new, 0 updated, 0 cancelled, 0 unchanged.", "“Abgesagt: "),
        ("de", "Importiert: 0 neu, 0 aktualisiert, 0 abgesagt, 0 unverändert.", "„Abgesagt: "),
        ("ja", "取り込みました（新規0件、更新0件、中止0件、変更なし0件）。", "「Abgesagt: "),
    ],
)
def test_summary_first_then_details_quoted_as_the_language_quotes(
    db: Database, lang: str, summary: str, quoted: str
) -> None:
    """Issue #14, 12."""
    trip, _item = _press_item(db)
    set_language(lang)
    report = import_ics(db, trip.id, _fixture("outlook_cancel.ics", "unknown-uid@example", 0))
    lines = report.lines()
    assert lines[0] == summary
    assert len(lines) == 2 and quoted in lines[1]
    closing = {"en": "”", "de": "“", "ja": "」"}[lang]
    assert lines[1].endswith("Abstimmung Pressetermin" + closing)
