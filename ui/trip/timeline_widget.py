"""One day of the programme as a picture: an hour axis, a lane per attending member
and one for the interpreters, items as blocks. Overlaps in a person's lane are
drawn side by side in red, so gaps and double bookings show at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.locale.i18n import _, current_language
from app.locale.names import format_name
from app.readers.programme_view import ItemView, MemberView
from app.timeutil import to_local
from models.enums import ItemStatus
from models.ids import id_of
from models.text import localized
from ui.trip.timeline_geometry import Span, axis_range, block_rect, overlapping, span_of, stack_rows
from ui.widgets.colours import ERROR_COLOUR

BLOCK = QColor("#8fb8de")
BLOCK_CONFIRMED = QColor("#5b9bd5")
BLOCK_CANCELLED = QColor("#d0d0d0")
CONFLICT = QColor(ERROR_COLOUR)
SELECTED = QColor("#1f3b5a")


@dataclass
class Lane:
    label: str
    spans: list[Span]
    person: bool = True
    warn: set[int] = field(default_factory=set)


class TimelineWidget(QWidget):
    item_clicked = Signal(int)
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(320)
        self.day: date | None = None
        self.lanes: list[Lane] = []
        self.axis = (8, 20)
        self.selected: int | None = None
        self._views: dict[int, ItemView] = {}
        self._order: list[int] = []

    # --- data --------------------------------------------------------------------

    def set_day(self, day: date | None, items: list[ItemView], members: list[MemberView]) -> None:
        self.day = day
        self._views = {id_of(v.item): v for v in items}
        self._order = [id_of(v.item) for v in items if not v.item.all_day]
        self.lanes = self._build_lanes(day, items, members) if day else []
        self.axis = axis_range(s for lane in self.lanes for s in lane.spans)
        self.updateGeometry()
        self.update()

    def _build_lanes(
        self, day: date, items: list[ItemView], members: list[MemberView]
    ) -> list[Lane]:
        lang = current_language()
        spans = {
            id_of(v.item): span_of(
                id_of(v.item),
                to_local(v.item.starts_at, v.item.timezone),
                to_local(v.item.ends_at, v.item.timezone),
                day,
            )
            for v in items
            if not v.item.all_day
        }
        active = [v for v in items if v.item.id in spans]
        live = [v for v in active if v.item.status != ItemStatus.CANCELLED.value]
        lanes = [Lane(_("Programme"), [spans[id_of(v.item)] for v in active], person=False)]
        order = [mv.person for mv in members]
        known = {p.id for p in order}
        for v in live:
            order += [p for p in v.attendees if p.id not in known]
            known |= {p.id for p in v.attendees}
        for person in order:
            mine = [
                spans[id_of(v.item)] for v in live if any(p.id == person.id for p in v.attendees)
            ]
            if mine:
                lanes.append(
                    Lane(format_name(person, lang, with_title=False), mine, warn=overlapping(mine))
                )
        interp = [
            spans[id_of(v.item)] for v in live if v.interpreters or v.item.interpreting_needed
        ]
        if interp:
            missing = {
                id_of(v.item) for v in live if v.item.interpreting_needed and not v.interpreters
            }
            lanes.append(Lane(_("Interpreters"), interp, person=False, warn=missing))
        return lanes

    def set_selected(self, item_id: int | None) -> None:
        if item_id != self.selected:
            self.selected = item_id
            self.update()

    # --- geometry ------------------------------------------------------------------

    def _metrics(self) -> tuple[float, float, float]:
        fm = QFontMetrics(self.font())
        label_width = min(
            220.0, max([fm.horizontalAdvance(lane.label) for lane in self.lanes] + [80]) + 16.0
        )
        row_height = fm.height() + 9.0
        header = fm.height() + 10.0
        return label_width, row_height, header

    def _layout(self) -> list[tuple[Lane, QRectF, list[tuple[QRectF, int]]]]:
        label_width, row_height, header = self._metrics()
        left, width = label_width, max(10.0, self.width() - label_width - 12.0)
        out = []
        top = header
        for lane in self.lanes:
            rows, count = stack_rows(lane.spans)
            lane_rect = QRectF(0, top, self.width(), count * row_height + 6)
            blocks = []
            for span in lane.spans:
                r = block_rect(
                    span,
                    self.axis,
                    left,
                    width,
                    top + 3 + rows[span.item_id] * row_height,
                    row_height - 2,
                )
                blocks.append((QRectF(r.x, r.y, r.width, r.height), span.item_id))
            out.append((lane, lane_rect, blocks))
            top += lane_rect.height()
        return out

    def sizeHint(self) -> QSize:
        _label, row_height, header = self._metrics()
        rows = sum(stack_rows(lane.spans)[1] for lane in self.lanes) or 3
        return QSize(640, int(header + rows * row_height + 6 * max(1, len(self.lanes)) + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        label_width, _row, header = self._metrics()
        width = max(10.0, self.width() - label_width - 12.0)
        first, last = self.axis
        if not self.lanes:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _("No items on this day."))
            return
        fm = QFontMetrics(self.font())
        step = 1 if width / (last - first) >= fm.horizontalAdvance("00") * 1.6 else 2
        grid = QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine)
        for hour in range(first, last + 1):
            x = label_width + (hour - first) * width / (last - first)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, header - 2), QPointF(x, self.height()))
            if (hour - first) % step == 0:
                painter.setPen(palette.text().color())
                painter.drawText(
                    QRectF(x - 20, 2, 40, header - 4), Qt.AlignmentFlag.AlignCenter, f"{hour:02d}"
                )
        for n, (lane, lane_rect, blocks) in enumerate(self._layout()):
            if n % 2:
                painter.fillRect(lane_rect, palette.alternateBase())
            painter.setPen(palette.text().color())
            font = QFont(self.font())
            font.setBold(not lane.person)
            painter.setFont(font)
            text = QFontMetrics(font).elidedText(
                lane.label, Qt.TextElideMode.ElideRight, int(label_width - 12)
            )
            painter.drawText(
                QRectF(6, lane_rect.top(), label_width - 12, lane_rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.setFont(self.font())
            for rect, item_id in blocks:
                self._draw_block(painter, lane, rect, item_id)
        if self.hasFocus() and self.selected is None:
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _draw_block(self, painter: QPainter, lane: Lane, rect: QRectF, item_id: int) -> None:
        view = self._views[item_id]
        status = view.item.status
        color = {
            ItemStatus.CONFIRMED.value: BLOCK_CONFIRMED,
            ItemStatus.CANCELLED.value: BLOCK_CANCELLED,
        }.get(status, BLOCK)
        painter.setBrush(color)
        if item_id == self.selected:
            pen = QPen(SELECTED, 3)
        elif item_id in lane.warn:
            pen = QPen(
                CONFLICT, 2, Qt.PenStyle.DashLine if not lane.person else Qt.PenStyle.SolidLine
            )
        else:
            pen = QPen(color.darker(140), 1)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 3, 3)
        title = localized(view.item, "title", current_language())
        font = QFont(self.font())
        font.setStrikeOut(status == ItemStatus.CANCELLED.value)
        painter.setFont(font)
        painter.setPen(QColor("#0b1a2a"))
        inner = rect.adjusted(4, 0, -3, 0)
        text = QFontMetrics(font).elidedText(
            title, Qt.TextElideMode.ElideRight, int(max(0, inner.width()))
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.setFont(self.font())

    # --- interaction ---------------------------------------------------------------

    def item_at(self, pos: QPointF) -> int | None:
        hits = [(r, i) for _l, _lr, blocks in self._layout() for r, i in blocks]
        for rect, item_id in reversed(hits):
            if rect.contains(pos):
                return item_id
        return None

    def block_center(self, item_id: int) -> QPointF | None:
        for _lane, _lr, blocks in self._layout():
            for rect, found in blocks:
                if found == item_id:
                    return rect.center()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item_id = self.item_at(event.position())
        if item_id is not None:
            self.set_selected(item_id)
            self.item_clicked.emit(item_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item_id = self.item_at(event.position())
        if item_id is not None:
            self.item_activated.emit(item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self._order
        ):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            pos = self._order.index(self.selected) + step if self.selected in self._order else 0
            self.set_selected(self._order[max(0, min(len(self._order) - 1, pos))])
            self.item_clicked.emit(self.selected)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.item_activated.emit(self.selected)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # A tooltip request is a QHelpEvent, which has the positions.
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            item_id = self.item_at(QPointF(pos))
            if item_id is not None:
                from PySide6.QtWidgets import QToolTip

                QToolTip.showText(
                    event.globalPos(),
                    localized(self._views[item_id].item, "title", current_language()),
                    self,
                )
            return True
        return super().event(event)
