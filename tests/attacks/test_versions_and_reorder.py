"""Calendar versions that go backwards, and delegation orders overwritten unseen.

An item's SEQUENCE (its version minus one) must never fall for the same UID: a
calendar that holds the higher number ignores every later change. Each case here
drives the undo history the window uses (Store + QUndoStack, real SQLite file or
PostgreSQL) or the importer, and compares the exported SEQUENCE per UID.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtGui import QUndoStack

from app.db.engine import Database
from app.db.opening import open_database
from app.errors import ConflictError
from app.ics.export import export_ics
from app.ics.importer import import_ics
from app.services import delegation, interpreting, people, programme, trips
from models.ids import id_of
from tests.support import factories as f
from ui.editing.kinds import RecordKind
from ui.editing.record_ops import ASSIGNMENT, ITEM, item_snapshot
from ui.editing.store import Store
from ui.editing.trip_commands import DeleteTrip
from ui.editing.undo_commands import (
    CreateRecord,
    DeleteRecord,
    DuplicateItem,
    EditRecord,
    ReorderMembers,
    run,
)

DAY = date(2026, 4, 14)


def sequences(db: Database, trip_id: int) -> dict[str, int]:
    cal = Calendar.from_ical(export_ics(db, trip_id, lang="en"))
    return {str(e["UID"]): int(e.get("SEQUENCE", 0)) for e in cal.walk("VEVENT")}


class History:
    """The window's undo machinery without the window; fails on any refused step."""

    def __init__(self, db: Database) -> None:
        self.store = Store(db)
        self.stack = QUndoStack()
        self.failures: list[str] = []
        self.store.failed.connect(self.failures.append)

    def run(self, command: Any) -> Any:
        run(self.stack, command)
        return command

    def edit_title(self, item_id: int, title: str) -> None:
        item = programme.get_item(self.store.db, item_id)
        before = {"title_en": item.title_en}
        text = "edit"
        self.run(
            EditRecord(self.store, ITEM, item_id, item.version, before, {"title_en": title}, text)
        )


def _trip_with_item(db: Database, edits: int) -> tuple[int, int, History]:
    trip = f.trip(db, f.region(db).id)
    item = f.item(db, id_of(trip), DAY, "10:00", "11:00", title="Courtesy call")
    history = History(db)
    for n in range(edits):
        history.edit_title(id_of(item), f"Courtesy call {n}")
    return id_of(trip), id_of(item), history


def _trip_delete_undo(db: Database) -> None:
    trip_id, _item, h = _trip_with_item(db, 4)
    seen = sequences(db, trip_id)
    assert max(seen.values()) == 4
    trip = trips.get_trip(db, trip_id)
    h.run(DeleteTrip(h.store, trip_id, int(trip.version), "delete trip"))
    for step in (h.stack.undo, h.stack.redo, h.stack.undo):
        step()
        if step == h.stack.undo:
            now = sequences(db, h.store.current_id(RecordKind.TRIP, trip_id))
            assert now.keys() == seen.keys()  # the same UIDs …
            assert all(now[uid] > seen[uid] for uid in seen)  # … never an older SEQUENCE
            seen = now
    assert h.failures == []


def _item_delete_undo(db: Database) -> None:
    trip_id, item_id, h = _trip_with_item(db, 4)
    seen = sequences(db, trip_id)
    item = programme.get_item(db, item_id)
    h.run(DeleteRecord(h.store, ITEM, item, item_snapshot(db, item), "delete item"))
    for step in (h.stack.undo, h.stack.redo, h.stack.undo):
        step()
        if step == h.stack.undo:
            now = sequences(db, trip_id)
            assert now.keys() == seen.keys()
            assert all(now[uid] > seen[uid] for uid in seen)
            seen = now
    h.stack.undo()  # the edits before the delete still undo, on the restored item
    assert h.failures == []


def _duplicate_redo(db: Database) -> None:
    trip_id, item_id, h = _trip_with_item(db, 0)
    dup = h.run(DuplicateItem(h.store, item_id, timedelta(days=1), "duplicate"))
    h.edit_title(dup.record_id, "Copy")
    h.stack.undo()  # the edit: the copy's version rises again
    seen = sequences(db, trip_id)
    h.stack.undo()  # the duplicate
    h.stack.redo()  # on SQLite the copy may get its old id, so its derived UID, back
    now = sequences(db, trip_id)
    assert now.keys() == seen.keys()
    assert all(now[uid] >= seen[uid] for uid in seen)
    assert h.failures == []


def _create_redo(db: Database) -> None:
    trip = f.trip(db, f.region(db).id)
    h = History(db)
    item = f.item(db, id_of(trip), DAY, "09:00", "09:30", title="Breakfast")
    values = {"trip_id": id_of(trip), **item_snapshot(db, item)}
    values.pop("external_uid")
    values["title_en"] = "Lunch"
    created = h.run(CreateRecord(h.store, ITEM, values, "new item"))
    h.edit_title(created.record_id, "Lunch at the prefecture")
    h.stack.undo()
    seen = sequences(db, id_of(trip))
    h.stack.undo()  # the creation
    h.stack.redo()
    now = sequences(db, id_of(trip))
    assert now.keys() == seen.keys()
    assert all(now[uid] >= seen[uid] for uid in seen)
    assert h.failures == []


def _reimport_after_delete(db: Database) -> None:
    trip_id, item_id, _h = _trip_with_item(db, 4)
    exported = export_ics(db, trip_id, lang="en")
    seen = sequences(db, trip_id)
    item = programme.get_item(db, item_id)
    programme.delete_item(db, item_id, item.version)
    import_ics(db, trip_id, exported)
    now = sequences(db, trip_id)
    assert now.keys() == seen.keys()
    assert all(now[uid] >= seen[uid] for uid in seen)


CASES: dict[str, Callable[[Database], None]] = {
    "trip delete, undo, redo, undo keeps UIDs with a rising SEQUENCE": _trip_delete_undo,
    "item delete, undo, redo, undo keeps its UID with a rising SEQUENCE": _item_delete_undo,
    "redo of an undone duplicate does not restart its UID at SEQUENCE 0": _duplicate_redo,
    "redo of an undone new item does not restart its UID at SEQUENCE 0": _create_redo,
    "re-importing an exported event of a deleted item keeps its SEQUENCE": _reimport_after_delete,
}


@pytest.mark.parametrize("case", CASES)
def test_sequence_never_goes_back_for_a_uid(any_db: Database, qtbot: Any, case: str) -> None:
    CASES[case](any_db)


def test_interpreters_relink_after_undoing_an_item_delete(any_db: Database, qtbot: Any) -> None:
    """Assign, delete the item, undo, undo: the assignment undo finds the restored one."""
    trip_id, item_id, h = _trip_with_item(any_db, 0)
    yuki = f.person(any_db, "Tanaka", "Yuki")
    people.set_language_pairs(any_db, id_of(yuki), [("de", "ja")])
    values = {"item_id": item_id, "person_id": id_of(yuki), "source": "de", "target": "ja"}
    h.run(CreateRecord(h.store, ASSIGNMENT, values, "assign"))
    item = programme.get_item(any_db, item_id)
    h.run(DeleteRecord(h.store, ITEM, item, item_snapshot(any_db, item), "delete item"))
    # meanwhile a colleague assigns Yuki elsewhere (on SQLite that row may take the
    # deleted assignment's id)
    other = f.item(any_db, trip_id, DAY, "14:00", "15:00", title="Factory tour")
    theirs = interpreting.assign_interpreter(any_db, id_of(other), id_of(yuki), "de", "ja")
    h.stack.undo()
    h.stack.undo()
    assert h.failures == []
    assert [
        id_of(r.assignment)
        for rows in interpreting.assignments_for_trip(any_db, trip_id).values()
        for r in rows
    ] == [id_of(theirs)]
    h.stack.redo()  # assigned again, to the restored item
    assert (
        len(
            interpreting.assignments_for_trip(any_db, trip_id)[
                h.store.current_id(RecordKind.ITEM, item_id)
            ]
        )
        == 1
    )
    h.stack.redo()  # and deleted with it
    assert h.failures == []
    assert [i.title_en for i in programme.list_items(any_db, trip_id)] == ["Factory tour"]


def _members(db: Database) -> tuple[int, list[tuple[int, int]]]:
    trip = f.trip(db, f.region(db).id)
    for name in ("Arndt", "Berg", "Claus", "Dahl"):
        delegation.add_member(db, id_of(trip), id_of(f.person(db, name)))
    shown = [
        (id_of(r.member), int(r.member.version)) for r in delegation.list_members(db, id_of(trip))
    ]
    return id_of(trip), shown


# --- reordering the delegation --------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return str(request.getfixturevalue("pg_url"))


def _order(db: Database, trip_id: int) -> list[int]:
    return [id_of(r.member) for r in delegation.list_members(db, trip_id)]


def _reorder(url: str, trip_id: int, swap: int, wait: Any, done: Any, results: Any) -> None:
    """One user's window: load the delegation, wait for ``wait``, then swap two places
    as seen at load time; ``done`` is set once the attempt is over."""
    db = open_database(url)
    try:
        shown = [
            (id_of(r.member), int(r.member.version)) for r in delegation.list_members(db, trip_id)
        ]
        wait()
        order = [m for m, _v in shown]
        order[swap], order[swap + 1] = order[swap + 1], order[swap]
        try:
            delegation.reorder_members(db, trip_id, order, shown)
            results.put((swap, "saved", order))
        except ConflictError:
            results.put((swap, "conflict", order))
    finally:
        done.set()
        db.close()


def _two_users(url: str, trip_id: int, *, together: bool) -> list[tuple[int, str, list[int]]]:
    """Two processes reorder from what each loaded: together (a barrier) or one after
    the other, the second from the view it loaded before the first saved."""
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    loaded, first_done, second_done = ctx.Barrier(2), ctx.Event(), ctx.Event()
    if together:
        waits = [loaded.wait, loaded.wait]
    else:
        waits = [_Then(loaded), _Then(loaded, first_done)]
    procs = [
        ctx.Process(target=_reorder, args=(url, trip_id, swap, wait, done, results))
        for swap, wait, done in zip((0, 2), waits, (first_done, second_done), strict=True)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    return sorted(results.get(timeout=5) for _ in procs)


class _Then:
    """Wait until both users loaded the delegation, then (optionally) for an event."""

    def __init__(self, loaded: Any, after: Any = None) -> None:
        self.loaded, self.after = loaded, after

    def __call__(self) -> None:
        self.loaded.wait(timeout=60)
        if self.after is not None:
            assert self.after.wait(timeout=60)


@pytest.mark.parametrize("together", [False, True], ids=["stale view", "same moment"])
def test_a_colleagues_reorder_is_never_silently_overwritten(url: str, together: bool) -> None:
    db = open_database(url)
    trip_id, shown = _members(db)
    outcome = _two_users(url, trip_id, together=together)
    assert [status for _s, status, _o in outcome].count("saved") == 1
    assert [status for _s, status, _o in outcome].count("conflict") == 1
    if not together:  # the first to save is the first process
        assert outcome[0][1] == "saved"
    winner = next(order for _s, status, order in outcome if status == "saved")
    assert _order(db, trip_id) == winner  # the winner's order, untouched by the loser
    assert winner != [m for m, _v in shown]
    db.close()


def test_undoing_a_reorder_does_not_revert_a_colleagues_one(any_db: Database, qtbot: Any) -> None:
    trip_id, shown = _members(any_db)
    h = History(any_db)
    order = [m for m, _v in shown]
    h.run(ReorderMembers(h.store, trip_id, shown, [order[1], order[0], *order[2:]], "move"))
    theirs = [
        (id_of(r.member), int(r.member.version)) for r in delegation.list_members(any_db, trip_id)
    ]
    colleague = [m for m, _v in theirs][::-1]
    delegation.reorder_members(any_db, trip_id, colleague, theirs)  # another window
    h.stack.undo()
    assert h.failures and "someone else" in h.failures[0]
    assert _order(any_db, trip_id) == colleague
    # and a move from the view shown before the colleague's reorder is refused too
    with pytest.raises(ConflictError):
        h.run(ReorderMembers(h.store, trip_id, shown, order[::-1], "move"))
    assert _order(any_db, trip_id) == colleague
