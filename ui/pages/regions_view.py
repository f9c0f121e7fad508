"""Partner regions: the list on the left, the selected region in detail on the right;
new and edit (Ctrl+N, F2, double-click) through the region dialog, undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _, current_language
from app.locale.labels import label
from app.services.regions import get_region, list_regions
from models.ids import id_of
from models.tables import Region
from models.text import localized
from ui.dialogs.region_dialog import RegionDialog
from ui.editing.kinds import Change
from ui.editing.record_ops import REGION
from ui.editing.saving import save_edit, save_new
from ui.editing.store import Store
from ui.models.simple_table_model import KeyRole, Row, SimpleTableModel
from ui.pages.page import Page
from ui.pages.region_detail import RegionDetail


def open_region_dialog(
    parent: QWidget, store: Store, stack: QUndoStack, region_id: int | None
) -> int | None:
    """Create or edit a partner region; its id, or None when cancelled."""
    record = get_region(store.db, region_id) if region_id is not None else None
    result: list[int] = []

    def submit(values: dict[str, Any]) -> bool:
        if record is None:
            result.append(save_new(store, stack, REGION, values, _("New partner region")))
            return True
        before = REGION.snapshot(store.db, record)
        copy = {**values, "slug": f"{values['slug']}-copy"}
        text = _("Edit partner region")
        done = save_edit(dialog, store, stack, REGION, record, before, values, text, copy)
        if done:
            result.append(id_of(record))
        return done

    dialog = RegionDialog(parent, submit=submit, record=record)
    dialog.exec()
    return result[0] if result else None


class RegionsView(Page):
    export_dossier = Signal(int)
    open_trip = Signal(int)

    def __init__(self, store: Store, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack
        self.regions: dict[int, Region] = {}
        self.model = SimpleTableModel(lambda: [_("Partner region")], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.list = QTableView(self)
        self.list.setObjectName("region_list")
        self.list.setModel(self.proxy)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.list.doubleClicked.connect(lambda _i: self.edit_current())
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_region")
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_region")
        self.edit_button.clicked.connect(self.edit_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        self.detail = RegionDetail(store, self)
        self.detail.export_dossier.connect(self.export_dossier)
        self.detail.open_trip.connect(self.open_trip)
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([200, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        store.changed.connect(self._changed)
        store.database_replaced.connect(self.reload)
        self.retranslate()  # texts, then the list

    def _changed(self, changed: frozenset[Change]) -> None:
        if changed & {Change.REGIONS, Change.TRIPS, Change.PEOPLE, Change.FOLLOW_UPS}:
            self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        lang = current_language()
        regions = list_regions(self.store.db)
        self.regions = {id_of(r): r for r in regions}
        self.model.set_rows(
            [
                Row([localized(r, "name", lang)], key=r.id, tooltip=label(r.status, lang))
                for r in regions
            ]
        )
        self.list.resizeColumnsToContents()
        if keep in self.regions:
            self.select(keep)
        elif regions:
            self.select(id_of(regions[0]))
        else:
            self.detail.set_region(None)

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def select(self, region_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KeyRole) == region_id:
                self.list.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.detail.set_region(self.regions.get(region_id))
                return

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        region_id = current.data(KeyRole) if current.isValid() else None
        self.detail.set_region(self.regions.get(region_id) if region_id is not None else None)

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def new_record(self) -> None:
        region_id = open_region_dialog(self, self.store, self.stack, None)
        if region_id is not None:
            self.select(region_id)

    def edit_current(self) -> None:
        region_id = self.current_id()
        if region_id is not None:
            open_region_dialog(self, self.store, self.stack, region_id)

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        self.new_button.setText(_("New…"))
        self.new_button.setToolTip(_("New partner region (Ctrl+N)"))
        self.edit_button.setText(_("Edit…"))
        self.edit_button.setToolTip(_("Edit the selected partner region (F2)"))
        self.model.retranslate()
        self.reload()
