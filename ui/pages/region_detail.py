"""One partner region: names in three scripts, country, time zone with the current
local time, relationship status and history, agreements, contacts, trips and open
follow-ups. The dossier of the region is exported from here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale.formatting import (
    babel_locale,
    format_date_medium,
    format_date_range,
    format_time,
    tz_long_name,
)
from app.locale.i18n import _, current_language
from app.locale.labels import label
from app.locale.names import format_name
from app.locale.zones import zone_word
from app.services.followups import OPEN_STATUSES, list_follow_ups
from app.services.people import list_people
from app.services.regions import list_agreements, status_history
from app.services.trips import list_trips
from models.ids import id_of
from models.tables import Region
from models.text import localized
from ui.editing.store import Store
from ui.models.simple_table_model import Row, SimpleTableModel
from ui.pages.page import language_changed
from ui.widgets.layout import fit_rows, share_columns

#: The column of each list that takes the remaining width (its main text).
STRETCH = {
    "history": (2,),
    "agreements": (1, 2, 3),
    "contacts": (0, 1, 2),
    "trips": (1, 2),
    "follow_ups": (1, 2),
}


def small_table(parent: QWidget, model: SimpleTableModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


class RegionDetail(QWidget):
    export_dossier = Signal(int)
    open_trip = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.region: Region | None = None
        self.name = QLabel(self)
        self.name.setObjectName("region_name")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.names = QLabel(self)
        self.names.setObjectName("region_names")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_dossier")
        self.export_button.clicked.connect(
            lambda: self.region is not None and self.export_dossier.emit(self.region.id)
        )
        self.facts = QGroupBox(self)
        facts_layout = QVBoxLayout(self.facts)
        form = QFormLayout()
        facts_layout.addLayout(form)
        facts_layout.addStretch(1)
        self.fact_labels = [QLabel(self.facts) for _n in range(3)]
        self.country, self.zone, self.status = (QLabel(self.facts) for _n in range(3))
        for lab, value in zip(
            self.fact_labels, (self.country, self.zone, self.status), strict=True
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(lab, value)
        self.models = {
            "history": SimpleTableModel(lambda: [_("Since"), _("Status"), _("Note")], self),
            "agreements": SimpleTableModel(
                lambda: [_("Signed on"), _("Agreement"), _("Place"), _("Signatories")], self
            ),
            "contacts": SimpleTableModel(
                lambda: [_("Name"), _("Function"), _("Organisation")], self
            ),
            "trips": SimpleTableModel(
                lambda: [_("Dates"), _("Trip"), _("Direction"), _("Status")], self
            ),
            "follow_ups": SimpleTableModel(
                lambda: [_("Due"), _("Follow-up action"), _("Owner")], self
            ),
        }
        self.boxes: dict[str, QGroupBox] = {}
        self.tables: dict[str, QTableView] = {}
        for key, model in self.models.items():
            box = QGroupBox(self)
            box_layout = QVBoxLayout(box)
            table = small_table(box, model, f"region_{key}")
            box_layout.addWidget(table)
            box_layout.addStretch(1)
            self.boxes[key] = box
            self.tables[key] = table
        self.tables["trips"].doubleClicked.connect(
            lambda index: self.open_trip.emit(self.models["trips"].row(index.row()).key)
        )
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.names)
        head.addLayout(titles, 1)
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        grid.addWidget(self.facts, 0, 0)
        grid.addWidget(self.boxes["history"], 0, 1)
        grid.addWidget(self.boxes["agreements"], 1, 0, 1, 2)
        grid.addWidget(self.boxes["trips"], 2, 0)
        grid.addWidget(self.boxes["contacts"], 2, 1)
        grid.addWidget(self.boxes["follow_ups"], 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid, 1)
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self._update_clock)
        self.clock.start()
        self.retranslate()

    def set_region(self, region: Region | None) -> None:
        self.region = region
        self.reload()

    def reload(self) -> None:
        region = self.region
        lang = current_language()
        self.export_button.setEnabled(region is not None)
        if region is None:
            self.name.setText(_("No partner region selected"))
            self.names.clear()
            for model in self.models.values():
                model.set_rows([])
            return
        self.name.setText(localized(region, "name", lang))
        self.names.setText(
            # each spelling once ("Hokkaido" is the same in German and English)
            " · ".join(
                dict.fromkeys(n for n in (region.name_de, region.name_en, region.name_ja) if n)
            )
        )
        country = babel_locale(lang).territories.get(region.country, region.country)
        self.country.setText(f"{country} ({region.country})")
        self.status.setText(label(region.status, lang))
        self._update_clock()
        self.models["history"].set_rows(
            [
                Row(
                    [
                        format_date_medium(c.since, lang),
                        label(c.status, lang),
                        localized(c, "note", lang),
                    ]
                )
                for c in status_history(self.store.db, id_of(region))
            ]
        )
        self.models["agreements"].set_rows(
            [
                Row(
                    [
                        format_date_medium(a.signed_on, lang),
                        localized(a, "title", lang) or label(a.kind, lang),
                        localized(a, "place", lang),
                        localized(a, "signatories", lang).replace("\n", "; "),
                    ],
                    tooltip=localized(a, "signatories", lang),
                )
                for a in list_agreements(self.store.db, id_of(region))
            ]
        )
        self.models["contacts"].set_rows(
            [
                Row(
                    [
                        format_name(p, lang),
                        localized(p, "function", lang),
                        localized(p, "organisation", lang),
                    ],
                    key=p.id,
                )
                for p in list_people(self.store.db, region_id=region.id)
            ]
        )
        self.models["trips"].set_rows(
            [
                Row(
                    [
                        format_date_range(t.trip.start_date, t.trip.end_date, lang),
                        localized(t.trip, "title", lang),
                        label(t.trip.direction, lang),
                        label(t.trip.status, lang),
                    ],
                    key=t.trip.id,
                )
                for t in list_trips(self.store.db, region_id=region.id)
            ]
        )
        self.models["follow_ups"].set_rows(
            [
                Row(
                    [
                        format_date_medium(f.follow_up.due, lang) if f.follow_up.due else "—",
                        localized(f.follow_up, "title", lang),
                        localized(f.follow_up, "owner", lang),
                    ],
                    key=f.follow_up.id,
                )
                for f in list_follow_ups(self.store.db, region_id=region.id, statuses=OPEN_STATUSES)
            ]
        )
        self._fit_tables()

    def _fit_tables(self) -> None:
        for key, table in self.tables.items():
            share_columns(table, STRETCH[key])
            fit_rows(table, max_rows=6)

    def _update_clock(self) -> None:
        if self.region is None:
            return
        lang = current_language()
        now = datetime.now(UTC)
        tz = self.region.timezone
        self.zone.setText(
            _("{zone} — now {time} {abbreviation} ({name})").format(
                zone=tz,
                time=format_time(now, lang, tz),
                abbreviation=zone_word(tz, now, lang),
                name=tz_long_name(tz, now, lang),
            )
        )

    def retranslate(self) -> None:
        self.export_button.setText(_("Export dossier…"))
        for lab, text in zip(
            self.fact_labels, (_("Country"), _("Time zone"), _("Relationship")), strict=True
        ):
            lab.setText(text)
        self.facts.setTitle(_("Profile"))
        titles = {
            "history": _("Relationship history"),
            "agreements": _("Agreements"),
            "contacts": _("Contacts on the partner side"),
            "trips": _("Trips"),
            "follow_ups": _("Open follow-up actions"),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
            self.models[key].retranslate()
        self.reload()

    def changeEvent(self, event: Any) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)
