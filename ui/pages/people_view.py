"""People, or only the interpreters: a filterable table and the person dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.locale.i18n import _, current_language, ngettext
from app.locale.names import format_name, format_name_native
from app.services.people import get_person, language_pairs, list_interpreters, list_people
from app.services.regions import list_regions
from models.ids import id_of
from models.text import localized
from ui.dialogs.person_dialog import PersonDialog, describe_pairs
from ui.editing.kinds import Change
from ui.editing.record_ops import PERSON
from ui.editing.saving import run_or_report, save_edit, save_new
from ui.editing.store import Store
from ui.editing.undo_commands import DeleteRecord
from ui.models.simple_table_model import Row
from ui.pages.list_page import ListPage
from ui.widgets.layout import share_columns


def open_person_dialog(
    parent: QWidget,
    store: Store,
    stack: QUndoStack,
    person_id: int | None,
    *,
    interpreter: bool = False,
) -> int | None:
    """Create or edit a person; the id of the person created or edited (None: cancelled)."""
    lang = current_language()
    regions = [(id_of(r), localized(r, "name", lang)) for r in list_regions(store.db)]
    record = get_person(store.db, person_id) if person_id is not None else None
    pairs = language_pairs(store.db).get(person_id, []) if person_id is not None else []
    result: list[int] = []

    def submit(values: dict[str, Any]) -> bool:
        if record is None:
            result.append(save_new(store, stack, PERSON, values, _("New person")))
            return True
        before = PERSON.snapshot(store.db, record)
        text = _("Edit {name}").format(name=format_name(record, lang))
        copy = {**values, "slug": ""}
        done = save_edit(dialog, store, stack, PERSON, record, before, values, text, copy)
        if done:
            result.append(id_of(record))
        return done

    dialog = PersonDialog(
        parent, submit=submit, regions=regions, record=record, pairs=pairs, interpreter=interpreter
    )
    dialog.exec()
    return result[0] if result else None


class PeopleView(ListPage):
    reload_on = frozenset({Change.PEOPLE, Change.REGIONS})

    def __init__(
        self,
        store: Store,
        stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        interpreters: bool = False,
    ) -> None:
        super().__init__(parent)
        self.interpreters = interpreters
        table_name = "interpreter_table" if interpreters else "people_table"
        self.build_list(store, stack, self._headers, table_name)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.retranslate()

    def _headers(self) -> list[str]:
        lang = current_language()
        cached = getattr(self, "_header_cache", None)
        if cached is None or cached[0] != lang:
            cached = self._header_cache = (lang, self._translated_headers())
        return cached[1]

    def _translated_headers(self) -> list[str]:
        if self.interpreters:
            return [
                _("Name"),
                _("Interprets"),
                _("Name in native script"),
                _("Organisation"),
                _("E-mail"),
                _("Phone"),
            ]
        return [
            _("Name"),
            _("Name in native script"),
            _("Function"),
            _("Organisation"),
            _("Languages"),
            _("E-mail"),
        ]

    def reload(self) -> None:
        if self.defer_while_hidden():
            return
        keep = self.current_id()
        lang = current_language()
        pairs = language_pairs(self.store.db)
        rows = []
        people = (
            list_interpreters(self.store.db) if self.interpreters else list_people(self.store.db)
        )
        for p in people:
            if self.interpreters and p.id not in pairs:
                continue
            name = format_name(p, lang)
            native = format_name_native(p) if p.native_name else ""
            if self.interpreters:
                cells = [
                    name,
                    describe_pairs(pairs.get(id_of(p), [])),
                    native,
                    localized(p, "organisation", lang),
                    p.email,
                    p.phone,
                ]
            else:
                cells = [
                    name,
                    native,
                    localized(p, "function", lang),
                    localized(p, "organisation", lang),
                    p.languages.replace(",", ", "),
                    p.email,
                ]
            rows.append(Row(cells, key=p.id))
        self.model.set_rows(rows)
        share_columns(self.table, (3,) if self.interpreters else (2, 3))
        shown = len(rows)
        self.count.setText(
            ngettext("{n} interpreter", "{n} interpreters", shown).format(n=shown)
            if self.interpreters
            else ngettext("{n} person", "{n} people", shown).format(n=shown)
        )
        if keep is not None:
            self.select(keep)

    def new_record(self) -> None:
        person_id = open_person_dialog(
            self, self.store, self.stack, None, interpreter=self.interpreters
        )
        if person_id is not None:
            self.select(person_id)

    def edit_current(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            open_person_dialog(self, self.store, self.stack, person_id)

    def delete_current(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        record = get_person(self.store.db, person_id)
        text = _("Delete {name}").format(name=format_name(record, current_language()))
        command = DeleteRecord(
            self.store, PERSON, record, PERSON.snapshot(self.store.db, record), text
        )
        run_or_report(self, self.store, self.stack, command)

    def retranslate(self) -> None:
        self.retranslate_list(
            _("Interpreters") if self.interpreters else _("People"),
            _("New interpreter…") if self.interpreters else _("New person…"),
        )
