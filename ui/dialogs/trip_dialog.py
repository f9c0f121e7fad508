"""Dialog for a trip: partner region, title per language, dates, direction, status."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _
from app.locale.labels import label
from app.services.base import slugify
from models.enums import Direction, TripStatus
from ui.dialogs.form_errors import add_field_rows
from ui.dialogs.language_tabs import LanguageTabs
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.layout import add_ok_cancel, fit_dialog


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class TripDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        submit: Callable[[dict[str, Any]], bool],
        regions: Sequence[tuple[int, str]],
        record: Any = None,
    ) -> None:
        super().__init__(parent, "trip_dialog", submit, record)
        self._slug_edited = not self.is_new
        layout = QVBoxLayout(self)
        self.texts = LanguageTabs("title", None, self)
        self.texts.register_errors(self.errors)
        layout.addWidget(self.texts)
        form = QFormLayout()
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        for region_id, name in regions:
            self.region.addItem(name, region_id)
        self.direction = QComboBox(self)
        for value in Direction:
            self.direction.addItem(label(value.value), value.value)
        self.status = QComboBox(self)
        for status in TripStatus:
            self.status.addItem(label(status.value), status.value)
        start = date.today() + timedelta(days=60)
        self.start = QDateEdit(_qdate(start), self)
        self.end = QDateEdit(_qdate(start + timedelta(days=6)), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.dateChanged.connect(self._keep_order)
        self.slug = QLineEdit(self)
        self.slug.setObjectName("slug")
        self.slug.textEdited.connect(lambda _t: setattr(self, "_slug_edited", True))
        self.texts.edited.connect(self._suggest_slug)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.labels = [QLabel(self) for _n in range(7)]
        add_field_rows(
            form,
            self.errors,
            self,
            zip(
                self.labels,
                (
                    self.region,
                    self.direction,
                    self.status,
                    self.start,
                    self.end,
                    self.slug,
                    self.notes,
                ),
                ("region_id", "direction", "status", "start_date", "end_date", "slug", "notes"),
                strict=True,
            ),
        )
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        add_ok_cancel(self, layout)
        if record is not None:
            self._load(record)
        self.retranslate()
        fit_dialog(self, 90, self.texts)

    def retranslate(self) -> None:
        self.setWindowTitle(_("New trip") if self.is_new else _("Edit trip"))
        for lab, text in zip(
            self.labels,
            (
                _("Partner region"),
                _("Direction"),
                _("Status"),
                _("First day"),
                _("Last day"),
                _("Short name"),
                _("Notes"),
            ),
            strict=True,
        ):
            lab.setText(text)
        self.slug.setToolTip(_("Used in file names and on the command line."))
        self.texts.retranslate()

    def _load(self, record: Any) -> None:
        self.texts.set_values(record)
        self.region.setCurrentIndex(max(0, self.region.findData(record.region_id)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(record.direction)))
        self.status.setCurrentIndex(max(0, self.status.findData(record.status)))
        self.start.setDate(_qdate(record.start_date))
        self.end.setDate(_qdate(record.end_date))
        self.slug.setText(record.slug)
        self.notes.setPlainText(record.notes)

    def _keep_order(self, new_start: QDate) -> None:
        if self.end.date() < new_start:
            self.end.setDate(new_start)

    def _suggest_slug(self) -> None:
        if self._slug_edited:
            return
        values = self.texts.values()
        title = values["title_en"] or values["title_de"] or values["title_ja"]
        year = self.start.date().year()
        self.slug.setText(f"{slugify(title, fallback='trip')}-{year}" if title else "")

    def values(self) -> dict[str, Any]:
        return {
            **self.texts.values(),
            "region_id": self.region.currentData(),
            "direction": self.direction.currentData(),
            "status": self.status.currentData(),
            "start_date": self.start.date().toPython(),
            "end_date": self.end.date().toPython(),
            "slug": self.slug.text().strip(),
            "notes": self.notes.toPlainText(),
        }
