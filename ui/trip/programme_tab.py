"""The programme tab: the day-grouped list beside the timeline of the selected day.
Selecting an item in one selects it in the other."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.locale.formatting import format_date_long
from app.locale.i18n import _, current_language
from app.readers.programme_view import TripProgramme
from ui.models.programme_model import DayRole, ItemIdRole, ProgrammeModel
from ui.pages.page import language_changed
from ui.trip.timeline_widget import TimelineWidget


class ProgrammeTab(QWidget):
    current_item_changed = Signal(object)  # int | None
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme: TripProgramme | None = None
        self.model = ProgrammeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.tree = QTreeView(self)
        self.tree.setObjectName("programme_list")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProgrammeModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.tree.selectionModel().currentRowChanged.connect(self._row_changed)
        self.tree.doubleClicked.connect(self._double_clicked)

        self.day_label = QLabel(self)
        self.day_label.setObjectName("timeline_day")
        self.prev_day = QToolButton(self)
        self.prev_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_day = QToolButton(self)
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.prev_day.clicked.connect(lambda: self._step_day(-1))
        self.next_day.clicked.connect(lambda: self._step_day(1))
        self.timeline = TimelineWidget(self)
        self.timeline.setObjectName("timeline")
        self.timeline.item_clicked.connect(self.select_item)
        self.timeline.item_activated.connect(self.item_activated)
        scroll = QScrollArea(self)
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_day)
        nav.addWidget(self.day_label, 1)
        nav.addWidget(self.next_day)
        right_layout.addLayout(nav)
        self._nav = nav
        right_layout.addWidget(scroll, 1)

        # The timeline below the list gets the full width: an hour needs room for a title.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("programme_splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        # Extra height goes to the list; the timeline keeps the height of its lanes.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self._user_split = False
        self.splitter.splitterMoved.connect(lambda *_a: setattr(self, "_user_split", True))
        self._nav_height = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.day: date | None = None
        self.retranslate()

    # --- data ------------------------------------------------------------------

    def set_programme(self, programme: TripProgramme | None) -> None:
        keep = self.current_item_id()
        self.programme = programme
        self.model.set_programme(programme)
        self.tree.expandAll()
        self._fit_columns()
        days = self.model.days()
        if keep is not None and self.model.item_view(keep) is not None:
            self.select_item(keep)
        elif self.day not in days:
            self.day = days[0] if days else None
        self._show_day(self.day)

    def _fit_columns(self) -> None:
        limits = {
            ProgrammeModel.COL_TIME: 470,  # both zones in words: "… 日本時間 (… ドイツ時間（夏時間）)"
            ProgrammeModel.COL_VENUE: 300,
            ProgrammeModel.COL_INTERPRETING: 220,
            ProgrammeModel.COL_STATUS: 160,
        }
        for column, limit in limits.items():
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column) + 8, limit))

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _fit_split(self) -> None:
        """Give the timeline the height of its lanes (at most about half), until the
        user drags the splitter."""
        total = self.splitter.height()
        if self._user_split or total <= 0:
            return
        wanted = self.timeline.sizeHint().height() + self._nav.sizeHint().height() + 8
        timeline = min(wanted, int(total * 0.55))
        self.splitter.setSizes([total - timeline, timeline])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_split()

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.prev_day.setToolTip(_("Previous day"))
        self.next_day.setToolTip(_("Next day"))
        self.model.retranslate()
        self._fit_columns()
        self._show_day(self.day)

    # --- selection -------------------------------------------------------------

    def current_item_id(self) -> int | None:
        index = self.tree.currentIndex()
        value = index.data(ItemIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def select_item(self, item_id: int) -> None:
        source = self.model.index_for_item(item_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = current.data(DayRole) if current.isValid() else None
        item_id = current.data(ItemIdRole) if current.isValid() else None
        if day is not None and day != self.day:
            self.day = day
            self._show_day(day)
        self.timeline.set_selected(int(item_id) if item_id is not None else None)
        self.current_item_changed.emit(int(item_id) if item_id is not None else None)

    def _double_clicked(self, index: QModelIndex) -> None:
        item_id = index.data(ItemIdRole)
        if item_id is not None:
            self.item_activated.emit(int(item_id))

    def _step_day(self, step: int) -> None:
        days = self.model.days()
        if not days:
            return
        pos = days.index(self.day) + step if self.day in days else 0
        self.day = days[max(0, min(len(days) - 1, pos))]
        self._show_day(self.day)
        index = self.proxy.mapFromSource(self.model.index_for_day(self.day))
        if index.isValid():
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _show_day(self, day: date | None) -> None:
        days = self.model.days()
        self.prev_day.setEnabled(bool(days) and day != days[0])
        self.next_day.setEnabled(bool(days) and day != days[-1])
        if day is None:
            self.day_label.setText(_("Timeline"))
            self.timeline.set_day(None, [], [])
            return
        self.day_label.setText(
            _("Timeline, {day}").format(day=format_date_long(day, current_language()))
        )
        members = self.programme.members if self.programme else []
        self.timeline.set_day(day, self.model.items_on(day), members)
        self.timeline.set_selected(self.current_item_id())
        self._fit_split()
