"""The venue directory: every place items are held, with its name in the window's
language, address, time zone and how many items use it; new, edit and delete through
the venue dialog, each one undo step. A venue still in use is not deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.locale.formatting import format_number
from app.locale.i18n import _, current_language, ngettext
from app.services.venues import get_venue, list_venues, venue_use_counts
from models.ids import id_of
from models.tables import Venue
from models.text import localized
from ui.dialogs.messages import show_error
from ui.dialogs.venue_dialog import VenueDialog
from ui.editing.kinds import Change
from ui.editing.record_ops import VENUE
from ui.editing.saving import run_or_report, save_edit, save_new
from ui.editing.store import Store
from ui.editing.undo_commands import DeleteRecord
from ui.models.simple_table_model import Row
from ui.pages.list_page import ListPage
from ui.widgets.layout import share_columns


def venue_name(venue: Venue, lang: str) -> str:
    """The venue's name in ``lang`` (another language's where that one is empty)."""
    return localized(venue, "name", lang) or venue.slug


def open_venue_dialog(
    parent: QWidget,
    store: Store,
    stack: QUndoStack,
    venue_id: int | None,
    *,
    zone: str | None = None,
) -> Venue | None:
    """Create or edit a venue (one undo step); the venue saved, None when cancelled.
    ``zone`` is a new venue's first time zone (the trip's region's, say)."""
    record = get_venue(store.db, venue_id) if venue_id is not None else None
    result: list[int] = []

    def submit(values: dict[str, Any]) -> bool:
        lang = current_language()
        if record is None:
            name = localized(_Names(values), "name", lang)
            text = _("New venue “{name}”").format(name=name)
            result.append(save_new(store, stack, VENUE, values, text))
            return True
        before = VENUE.snapshot(store.db, record)
        text = _("Edit venue “{name}”").format(name=venue_name(record, lang))
        copy = {**values, "slug": ""}
        done = save_edit(dialog, store, stack, VENUE, record, before, values, text, copy)
        if done:
            result.append(id_of(record))
        return done

    dialog = VenueDialog(parent, submit=submit, record=record, zone=zone)
    dialog.exec()
    return get_venue(store.db, result[0]) if result else None


class _Names:
    def __init__(self, values: dict[str, Any]) -> None:
        for code in ("de", "en", "ja"):
            setattr(self, f"name_{code}", values.get(f"name_{code}", ""))


class VenuesView(ListPage):
    reload_on = frozenset({Change.VENUES, Change.ITEMS, Change.TRIPS})

    def __init__(self, store: Store, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uses: dict[int, int] = {}
        self.build_list(
            store,
            stack,
            lambda: [_("Venue"), _("Address"), _("Time zone"), _("Programme items")],
            "venue_table",
        )
        self.retranslate()

    def reload(self) -> None:
        if self.defer_while_hidden():
            return
        keep = self.current_id()
        lang = current_language()
        self._uses = venue_use_counts(self.store.db)
        rows = []
        for venue in list_venues(self.store.db):
            uses = self._uses.get(id_of(venue), 0)
            address = localized(venue, "address", lang)
            cells = [
                venue_name(venue, lang),
                " · ".join(line.strip() for line in address.splitlines() if line.strip()),
                venue.timezone,
                format_number(uses, lang) if uses else "—",
            ]
            rows.append(Row(cells, key=venue.id, tooltip=address))
        self.model.set_rows(rows)
        share_columns(self.table, (0, 1))
        shown = len(rows)
        self.count.setText(ngettext("{n} venue", "{n} venues", shown).format(n=shown))
        if keep is not None:
            self.select(keep)

    def new_record(self) -> None:
        venue = open_venue_dialog(self, self.store, self.stack, None)
        if venue is not None:
            self.select(id_of(venue))

    def edit_current(self) -> None:
        venue_id = self.current_id()
        if venue_id is not None:
            open_venue_dialog(self, self.store, self.stack, venue_id)

    def delete_current(self) -> None:
        venue_id = self.current_id()
        if venue_id is None:
            return
        record = get_venue(self.store.db, venue_id)
        name = venue_name(record, current_language())
        uses = venue_use_counts(self.store.db).get(venue_id, 0)
        if uses:
            show_error(
                self,
                ngettext(
                    "“{name}” is the venue of {n} programme item, so it cannot be deleted. "
                    "Choose another venue for that item first.",
                    "“{name}” is the venue of {n} programme items, so it cannot be deleted. "
                    "Choose another venue for those items first.",
                    uses,
                ).format(name=name, n=uses),
            )
            return
        text = _("Delete venue “{name}”").format(name=name)
        command = DeleteRecord(
            self.store, VENUE, record, VENUE.snapshot(self.store.db, record), text
        )
        run_or_report(self, self.store, self.stack, command)

    def retranslate(self) -> None:
        self.retranslate_list(_("Venues"), _("New venue…"))
