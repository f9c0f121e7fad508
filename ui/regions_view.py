"""Partner regions: the list on the left, the selected region in detail on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _, current_language
from app.labels import label
from app.services.regions import list_regions
from models.tables import Region
from models.text import localized
from ui import store as kinds
from ui.page import Page
from ui.region_detail import RegionDetail
from ui.simple_table_model import KeyRole, Row, SimpleTableModel
from ui.store import Store


class RegionsView(Page):
    export_dossier = Signal(int)
    open_trip = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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
        self.detail = RegionDetail(store, self)
        self.detail.export_dossier.connect(self.export_dossier)
        self.detail.open_trip.connect(self.open_trip)
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([200, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        store.changed.connect(self._changed)
        store.database_replaced.connect(self.reload)
        self.reload()

    def _changed(self, changed: frozenset[str]) -> None:
        if changed & {kinds.REGIONS, kinds.TRIPS, kinds.PEOPLE, kinds.FOLLOW_UPS}:
            self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        lang = current_language()
        regions = list_regions(self.store.db)
        self.regions = {int(r.id): r for r in regions}  # type: ignore[arg-type]
        self.model.set_rows(
            [
                Row([localized(r, "name", lang)], key=r.id, tooltip=label(r.status, lang))
                for r in regions
            ]
        )
        self.list.resizeColumnsToContents()
        if keep in self.regions:
            self.select(keep)  # type: ignore[arg-type]
        elif regions:
            self.select(int(regions[0].id))  # type: ignore[arg-type]
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

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        self.model.retranslate()
        self.reload()
