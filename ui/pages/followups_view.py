"""Follow-up actions: a table with overdue rows highlighted, filtered by partner
region and status (and, inside a trip, by that trip)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _, current_language, ngettext
from app.locale.labels import label
from app.services.followups import get_follow_up, list_follow_up_summaries
from app.services.regions import list_regions
from models.enums import FollowUpStatus
from models.ids import id_of
from models.text import localized
from ui.editing.kinds import Change
from ui.editing.record_ops import FOLLOW_UP
from ui.editing.saving import run_or_report
from ui.editing.store import Store
from ui.editing.undo_commands import DeleteRecord
from ui.models.followup_model import FollowUpModel
from ui.pages.followup_filter import OPEN, FollowUpFilter
from ui.pages.page import Page
from ui.trip.programme_actions import open_follow_up_dialog


class FollowUpsView(Page):
    def __init__(
        self,
        store: Store,
        stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        in_trip: bool = False,
        model: FollowUpModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack
        self.in_trip = in_trip
        # A view given another view's model shares its rows (one query for both).
        self.owns_model = model is None
        self.model = model if model is not None else FollowUpModel(self)
        self.proxy = FollowUpFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_status(OPEN if not in_trip else None)

        self.table = QTableView(self)
        self.table.setObjectName("follow_up_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FollowUpModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(FollowUpModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())

        self.region_label = QLabel(self)
        self.region_filter = QComboBox(self)
        self.region_filter.setObjectName("region_filter")
        self.status_label = QLabel(self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_record)
        self.region_filter.currentIndexChanged.connect(
            lambda _n: self.proxy.set_region(self.region_filter.currentData())
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _n: self.proxy.set_status(self.status_filter.currentData())
        )
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._count_timer.start)

        bar = QHBoxLayout()
        bar.addWidget(self.region_label)
        bar.addWidget(self.region_filter)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        self.region_label.setVisible(not in_trip)
        self.region_filter.setVisible(not in_trip)
        layout = QVBoxLayout(self)
        if in_trip:
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        if self.owns_model:
            store.changed.connect(self._changed)
            store.database_replaced.connect(self.reload)
        self._fill_status_filter()
        self.retranslate()

    # --- data ------------------------------------------------------------------

    def _changed(self, changed: frozenset[Change]) -> None:
        if changed & {Change.FOLLOW_UPS, Change.REGIONS, Change.TRIPS}:
            self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        if self.owns_model:
            if self.in_trip:  # a trip's few rows, not all 50,000
                trip_id = self.proxy.trip_id
                rows = (
                    list_follow_up_summaries(self.store.db, trip_id=trip_id)
                    if trip_id is not None
                    else []
                )
            else:
                rows = list_follow_up_summaries(self.store.db)
            self.model.set_rows(rows)
            # Search texts are built while the user looks at the window, not on the
            # first keystroke in the search field.
            QTimer.singleShot(0, self.model.search_texts)
        self._fill_region_filter()
        self._resize_columns()
        if keep is not None:
            self.select(keep)

    def set_trip(self, trip_id: int | None) -> None:
        self.proxy.set_trip(trip_id)
        self._update_count()

    def set_filter(self, text: str) -> None:
        self.proxy.set_text(text)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return id_of(self.model.row_at(self.proxy.mapToSource(index).row()).follow_up)

    def select(self, follow_up_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            source = self.proxy.mapToSource(index)
            if self.model.row_at(source.row()).follow_up.id == follow_up_id:
                self.table.selectRow(row)
                return

    def _resize_columns(self) -> None:
        fm = self.fontMetrics()
        widths = {
            FollowUpModel.COL_STATUS: fm.horizontalAdvance("M" * 9),
            FollowUpModel.COL_OWNER: fm.horizontalAdvance("M" * 11),
            FollowUpModel.COL_DUE: fm.horizontalAdvance("0000-00-00") + 24,
            FollowUpModel.COL_REGION: fm.horizontalAdvance("M" * 10),
            FollowUpModel.COL_TRIP: fm.horizontalAdvance("M" * 14),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    def _fill_region_filter(self) -> None:
        current = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        self.region_filter.clear()
        self.region_filter.addItem(_("All regions"), None)
        for region in list_regions(self.store.db):
            self.region_filter.addItem(localized(region, "name", current_language()), region.id)
        self.region_filter.setCurrentIndex(max(0, self.region_filter.findData(current)))
        self.region_filter.blockSignals(False)

    def _fill_status_filter(self) -> None:
        current = (
            self.status_filter.currentData() if self.status_filter.count() else self.proxy.status
        )
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(_("All"), None)
        self.status_filter.addItem(_("Open and in progress"), OPEN)
        for value in FollowUpStatus:
            self.status_filter.addItem(label(value.value), value.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)

    def _update_count(self, *_args: Any) -> None:
        shown = self.proxy.rowCount()
        overdue = self.proxy.overdue_shown()
        text = ngettext("{n} follow-up action", "{n} follow-up actions", shown).format(n=shown)
        if overdue:
            text += " · " + ngettext("{n} overdue", "{n} overdue", overdue).format(n=overdue)
        self.count_label.setText(text)

    # --- actions ---------------------------------------------------------------

    def new_record(self) -> None:
        defaults: dict[str, Any] = {"region_id": self.region_filter.currentData()}
        if self.in_trip and self.proxy.trip_id is not None:
            defaults["trip_id"] = self.proxy.trip_id
        open_follow_up_dialog(self, self.store, self.stack, None, defaults)

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._edit(index)

    def _edit(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        open_follow_up_dialog(self, self.store, self.stack, self._record(row.follow_up))

    def _record(self, summary: Any) -> Any:
        """The stored record of a listed row (the list holds plain summaries). A record
        changed since the list was read keeps the version the user saw, so that the
        usual conflict check applies when it is saved or deleted."""
        record = get_follow_up(self.store.db, int(summary.id))
        if record.version != summary.version:
            record.version = summary.version
        return record

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self._record(self.model.row_at(self.proxy.mapToSource(index).row()).follow_up)
        text = _("Delete follow-up action “{title}”").format(
            title=localized(record, "title", current_language())
        )
        command = DeleteRecord(
            self.store, FOLLOW_UP, record, FOLLOW_UP.snapshot(self.store.db, record), text
        )
        run_or_report(self, self.store, self.stack, command)

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        self.region_label.setText(_("Partner region"))
        self.status_label.setText(_("Status"))
        self.new_button.setText(_("New follow-up action…"))
        self.model.retranslate()
        self._fill_status_filter()
        if self.region_filter.count():
            self.region_filter.setItemText(0, _("All regions"))
        self._update_count()
