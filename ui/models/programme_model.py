"""A trip's programme as a two-level tree: days (venue-local dates), then items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.locale.formatting import format_day_heading
from app.locale.i18n import _, current_language, ngettext
from app.locale.labels import label
from app.locale.languages import MISSING_TRANSLATION_MARK
from app.locale.names import format_name
from app.locale.zones import time_range_with_home
from app.readers.programme_view import ItemView, TripProgramme
from app.timeutil import home_timezone, local_date
from models.enums import LANGUAGES, ItemStatus
from models.ids import id_of
from models.text import localized, localized_with_source, missing_languages
from ui.widgets.colours import ERROR_COLOUR

Index = QModelIndex | QPersistentModelIndex
ItemIdRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2


@dataclass
class Day:
    day: date
    items: list[ItemView]


def group_by_day(items: list[ItemView]) -> list[Day]:
    days: dict[date, list[ItemView]] = {}
    for view in items:
        days.setdefault(local_date(view.item.starts_at, view.item.timezone), []).append(view)
    return [Day(d, days[d]) for d in sorted(days)]


class ProgrammeModel(QAbstractItemModel):
    COL_TIME, COL_TITLE, COL_VENUE, COL_INTERPRETING, COL_STATUS = range(5)
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days: list[Day] = []
        self._where: dict[int, tuple[int, int]] = {}
        #: The zone shown beside the venue's (None: only the venue's).
        self.home_tz: str | None = home_timezone()

    # --- loading ---------------------------------------------------------------

    def set_programme(self, programme: TripProgramme | None) -> None:
        self.beginResetModel()
        self._days = group_by_day(programme.items) if programme else []
        self._where = {
            id_of(view.item): (d, n)
            for d, day in enumerate(self._days)
            for n, view in enumerate(day.items)
        }
        self.endResetModel()

    def retranslate(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    # --- lookups for views -------------------------------------------------------

    def days(self) -> list[date]:
        return [d.day for d in self._days]

    def items_on(self, day: date) -> list[ItemView]:
        return next((d.items for d in self._days if d.day == day), [])

    def item_view(self, item_id: int) -> ItemView | None:
        where = self._where.get(item_id)
        return self._days[where[0]].items[where[1]] if where else None

    def index_for_item(self, item_id: int) -> QModelIndex:
        where = self._where.get(item_id)
        if where is None:
            return QModelIndex()
        return self.createIndex(where[1], 0, where[0] + 1)

    def index_for_day(self, day: date) -> QModelIndex:
        for n, d in enumerate(self._days):
            if d.day == day:
                return self.createIndex(n, 0, 0)
        return QModelIndex()

    # --- structure -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    # Qt overloads parent() (QObject's, without arguments); this is the item model's one.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._days[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [_("Time"), _("Title"), _("Venue"), _("Interpreting"), _("Status")][section]

    # --- data ------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._day_data(self._days[index.row()], index.column(), role)
        view = self._days[int(index.internalId()) - 1].items[index.row()]
        return self._item_data(view, index.column(), role)

    def _day_data(self, day: Day, column: int, role: int) -> Any:
        if role == DayRole:
            return day.day
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            count = len(day.items)
            return "{day} · {items}".format(
                day=format_day_heading(day.day, current_language()),
                items=ngettext("{n} item", "{n} items", count).format(n=count),
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        return None

    def _item_data(self, view: ItemView, column: int, role: int) -> Any:
        item = view.item
        cancelled = item.status == ItemStatus.CANCELLED.value
        if role == ItemIdRole:
            return item.id
        if role == DayRole:
            return local_date(item.starts_at, item.timezone)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        if role == Qt.ItemDataRole.FontRole and (cancelled or column == self.COL_TITLE):
            font = QFont()
            font.setStrikeOut(cancelled)
            title, source = localized_with_source(item, "title", current_language())
            font.setItalic(column == self.COL_TITLE and source != current_language())
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if cancelled:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if (
                column == self.COL_INTERPRETING
                and item.interpreting_needed
                and not view.interpreters
            ):
                return QBrush(QColor(ERROR_COLOUR))
        return None

    def _text(self, view: ItemView, column: int) -> str:
        item = view.item
        lang = current_language()
        if column == self.COL_TIME:
            if item.all_day:
                return _("all day")
            return time_range_with_home(
                item.starts_at, item.ends_at, lang, item.timezone, self.home_tz
            )
        if column == self.COL_TITLE:
            title, _source = localized_with_source(item, "title", lang)
            missing = missing_languages(item, "title")
            if missing:
                return f"{title}  {MISSING_TRANSLATION_MARK} {' '.join(c.upper() for c in missing)}"
            return title
        if column == self.COL_VENUE:
            return localized(view.venue, "name", lang) if view.venue is not None else ""
        if column == self.COL_INTERPRETING:
            if view.interpreters:
                return ", ".join(format_name(p, lang) for p, _a in view.interpreters)
            return _("needed, nobody assigned") if item.interpreting_needed else ""
        if column == self.COL_STATUS:
            return label(item.status)
        return ""

    def _tooltip(self, view: ItemView, column: int) -> str | None:
        item = view.item
        lang = current_language()
        if column == self.COL_TITLE:
            lines = []
            missing = missing_languages(item, "title")
            if missing:
                lines.append(
                    _("Title missing in: {languages}").format(
                        languages=", ".join(c for c in LANGUAGES if c in missing)
                    )
                )
            if view.attendees:
                names = ", ".join(format_name(p, lang) for p in view.attendees)
                lines.append(_("Attending: {names}").format(names=names))
            return "\n".join(lines) or None
        if column == self.COL_VENUE and view.venue is not None:
            return localized(view.venue, "address", lang) or None
        return None
