"""What the programme's buttons and shortcuts do: new, edit, duplicate, cancel,
delete an item and create a follow-up from it, each as an undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.locale.i18n import _, current_language, translate_in
from app.locale.names import format_name
from app.readers.programme_view import TripProgramme
from app.services import programme as items
from app.services.regions import list_regions
from app.services.trips import list_trips
from app.services.venues import list_venues
from app.timeutil import local_date
from models.enums import LANGUAGES, ItemStatus
from models.ids import id_of
from models.text import localized
from ui.dialogs.followup_dialog import FollowUpDialog
from ui.dialogs.item_dialog import ItemDialog, VenueChoice
from ui.editing.record_ops import FOLLOW_UP, ITEM, item_snapshot
from ui.editing.saving import run_or_report, save_edit, save_new
from ui.editing.store import Store
from ui.editing.undo_commands import DeleteRecord, DuplicateItem, EditRecord
from ui.pages.venues_view import open_venue_dialog, venue_name


class ProgrammeActions:
    def __init__(
        self,
        parent: QWidget,
        store: Store,
        stack: QUndoStack,
        programme: Callable[[], TripProgramme | None],
    ) -> None:
        self.parent = parent
        self.store = store
        self.stack = stack
        self.programme = programme
        #: The last dialog opened, so tests and screenshots can reach it.
        self.last_dialog: QWidget | None = None

    def _people(self, tp: TripProgramme) -> list[tuple[int, str]]:
        lang = current_language()
        return [(id_of(mv.person), format_name(mv.person, lang)) for mv in tp.members]

    def _shown(self, item_id: int) -> Any:
        """The item as the user sees it (its version is what they decided on)."""
        tp = self.programme()
        view = next((v for v in tp.items if v.item.id == item_id), None) if tp else None
        return view.item if view is not None else items.get_item(self.store.db, item_id)

    def _venues(self) -> list[VenueChoice]:
        lang = current_language()
        return [
            VenueChoice(id_of(v), venue_name(v, lang), v.timezone)
            for v in list_venues(self.store.db)
        ]

    def _new_venue(self, zone: str) -> Callable[[], VenueChoice | None]:
        """Opens the venue dialog over the item dialog: its save is an undo step of its
        own, before the item's."""

        def create() -> VenueChoice | None:
            parent = self.last_dialog or self.parent
            venue = open_venue_dialog(parent, self.store, self.stack, None, zone=zone)
            if venue is None:
                return None
            return VenueChoice(id_of(venue), venue_name(venue, current_language()), venue.timezone)

        return create

    def _title(self, item: Any) -> str:
        return localized(item, "title", current_language()) or f"#{item.id}"

    def new_item(self, day: date | None = None) -> int | None:
        tp = self.programme()
        if tp is None:
            return None
        created: list[int] = []

        def submit(values: dict[str, Any]) -> bool:
            text = _("New item “{title}”").format(title=self._title(_Titles(values)))
            created.append(
                save_new(self.store, self.stack, ITEM, {"trip_id": tp.trip.id, **values}, text)
            )
            return True

        dialog = ItemDialog(
            self.parent,
            submit=submit,
            people=self._people(tp),
            zone=tp.region.timezone,
            day=day or tp.trip.start_date,
            venues=self._venues(),
            new_venue=self._new_venue(tp.region.timezone),
        )
        self.last_dialog = dialog
        dialog.exec()
        return created[0] if created else None

    def edit_item(self, item_id: int) -> None:
        tp = self.programme()
        if tp is None:
            return
        item = items.get_item(self.store.db, item_id)
        before = item_snapshot(self.store.db, item)

        def submit(values: dict[str, Any]) -> bool:
            text = _("Edit “{title}”").format(title=self._title(item))
            copy = {"trip_id": item.trip_id, **values}
            return save_edit(dialog, self.store, self.stack, ITEM, item, before, values, text, copy)

        dialog = ItemDialog(
            self.parent,
            submit=submit,
            people=self._people(tp),
            zone=item.timezone,
            day=local_date(item.starts_at, item.timezone),
            item=item,
            attendees=before["attendees"],
            venues=self._venues(),
            new_venue=self._new_venue(item.timezone),
        )
        self.last_dialog = dialog
        dialog.exec()

    def duplicate_item(self, item_id: int) -> None:
        tp = self.programme()
        if tp is None:
            return
        item = items.get_item(self.store.db, item_id)
        next_day = local_date(item.starts_at, item.timezone) + timedelta(days=1)
        shift = timedelta(days=1) if next_day <= tp.trip.end_date else timedelta(0)
        text = _("Duplicate “{title}”").format(title=self._title(item))
        run_or_report(
            self.parent, self.store, self.stack, DuplicateItem(self.store, item_id, shift, text)
        )

    def toggle_cancelled(self, item_id: int) -> None:
        item = self._shown(item_id)
        if item.status == ItemStatus.CANCELLED.value:
            after, text = ItemStatus.PLANNED.value, _("Reinstate “{title}”")
        else:
            after, text = ItemStatus.CANCELLED.value, _("Cancel “{title}”")
        command = EditRecord(
            self.store,
            ITEM,
            item_id,
            item.version,
            {"status": item.status},
            {"status": after},
            text.format(title=self._title(item)),
        )
        run_or_report(self.parent, self.store, self.stack, command)

    def delete_item(self, item_id: int) -> None:
        item = self._shown(item_id)
        snapshot = item_snapshot(self.store.db, item)
        text = _("Delete “{title}”").format(title=self._title(item))
        command = DeleteRecord(self.store, ITEM, item, snapshot, text)
        run_or_report(self.parent, self.store, self.stack, command)

    def follow_up_from_item(self, item_id: int) -> None:
        tp = self.programme()
        if tp is None:
            return
        item = items.get_item(self.store.db, item_id)
        defaults: dict[str, Any] = {
            "region_id": tp.region.id,
            "trip_id": tp.trip.id,
        }
        for code in LANGUAGES:
            title = getattr(item, f"title_{code}")
            if title:
                defaults[f"title_{code}"] = translate_in(code, "Follow-up: {title}").format(
                    title=title
                )
        open_follow_up_dialog(self.parent, self.store, self.stack, None, defaults, item_id=item_id)


def open_follow_up_dialog(
    parent: QWidget,
    store: Store,
    stack: QUndoStack,
    record: Any,
    defaults: dict[str, Any] | None = None,
    *,
    item_id: int | None = None,
) -> FollowUpDialog:
    lang = current_language()
    regions = [(id_of(r), localized(r, "name", lang)) for r in list_regions(store.db)]
    trips = [(id_of(t.trip), localized(t.trip, "title", lang)) for t in list_trips(store.db)]

    def submit(values: dict[str, Any]) -> bool:
        if record is None:
            text = _("New follow-up action")
            save_new(store, stack, FOLLOW_UP, {**values, "item_id": item_id}, text)
            return True
        before = FOLLOW_UP.snapshot(store.db, record)
        copy = {**before, **values, "slug": ""}
        text = _("Edit follow-up action")
        return save_edit(dialog, store, stack, FOLLOW_UP, record, before, values, text, copy)

    dialog = FollowUpDialog(
        parent, submit=submit, regions=regions, trips=trips, record=record, defaults=defaults
    )
    dialog.exec()
    return dialog


class _Titles:
    def __init__(self, values: dict[str, Any]) -> None:
        self.id = "…"
        for code in ("de", "en", "ja"):
            setattr(self, f"title_{code}", values.get(f"title_{code}", ""))
