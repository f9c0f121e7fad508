"""Dialog for one programme item: times in the venue's zone, text per language,
venue, hosts, interpreting, status and who attends."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.locale.formatting import format_time_range_with_zone
from app.locale.i18n import _, current_language
from app.locale.labels import label
from app.timeutil import home_timezone, local_day_bounds, local_to_utc, to_local
from models.enums import ItemStatus
from ui.dialogs.form_errors import FormErrors, add_field_rows, error_label
from ui.dialogs.language_tabs import LanguageTabs
from ui.widgets.layout import add_ok_cancel, fit_dialog

#: Offered after the item's own zone: today's partners' zones, then home and UTC.
PARTNER_ZONES = ("Asia/Tokyo", "Europe/London")
PersonId = int
Submit = Callable[[dict[str, Any]], bool]


def short_text(parent: QWidget, name: str, lines: int = 2) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class ItemDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        submit: Submit,
        people: Sequence[tuple[PersonId, str]],
        zone: str,
        day: date,
        item: Any = None,
        attendees: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("item_dialog")
        self._submit = submit
        self.is_new = item is None
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self._when_box(zone, day))
        self.texts = LanguageTabs("title", "description", self)
        self.texts.register_errors(self.errors)
        layout.addWidget(self.texts, 1)
        layout.addLayout(self._details(people))
        layout.addWidget(self.general_error)
        self.buttons = add_ok_cancel(self, layout)
        if item is not None:
            self._load(item, attendees)
        self.retranslate()
        self._update_preview()
        fit_dialog(self, 110, self.texts)
        self.texts.titles[current_language()].setFocus()

    # --- building --------------------------------------------------------------

    def _when_box(self, zone: str, day: date) -> QGroupBox:
        self.when_box = QGroupBox(self)
        form = QFormLayout(self.when_box)
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day), self.when_box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = QTimeEdit(QTime(10, 0), self.when_box)
        self.end_edit = QTimeEdit(QTime(11, 0), self.when_box)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.all_day = QCheckBox(self.when_box)
        times = QHBoxLayout()
        self.to_label = QLabel("–", self.when_box)
        times.addWidget(self.start_edit)
        times.addWidget(self.to_label)
        times.addWidget(self.end_edit)
        times.addWidget(self.all_day)
        times.addStretch(1)
        self.zone_combo = QComboBox(self.when_box)
        self.zone_combo.setEditable(True)
        for name in dict.fromkeys((zone, *PARTNER_ZONES, home_timezone(), "UTC")):
            self.zone_combo.addItem(name)
        self.zone_combo.setCurrentText(zone)
        self.preview = QLabel(self.when_box)
        self.preview.setObjectName("home_preview")
        self.date_label, self.time_label, self.zone_label, self.home_label = (
            QLabel(self.when_box) for _n in range(4)
        )
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.time_label, times)
        self.time_error = self.errors.add(
            error_label(self.when_box), "starts_at", "ends_at", "start", "end"
        )
        form.addRow("", self.time_error)
        form.addRow(self.zone_label, self.zone_combo)
        self.zone_error = self.errors.add(error_label(self.when_box), "timezone")
        form.addRow("", self.zone_error)
        form.addRow(self.home_label, self.preview)
        for signal in (
            self.date_edit.dateChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.zone_combo.currentTextChanged,
            self.all_day.toggled,
        ):
            signal.connect(self._update_preview)
        return self.when_box

    def _details(self, people: Sequence[tuple[PersonId, str]]) -> QGridLayout:
        grid = QGridLayout()
        self.where_box = QGroupBox(self)
        form = QFormLayout(self.where_box)
        self.venue = QLineEdit(self.where_box)
        self.venue.setObjectName("venue_name")
        self.address = short_text(self.where_box, "venue_address", 3)
        self.topic = QLineEdit(self.where_box)
        self.hosts = short_text(self.where_box, "hosts", 3)
        self.notes = short_text(self.where_box, "notes", 3)
        self.detail_labels = [QLabel(self.where_box) for _n in range(5)]
        add_field_rows(
            form,
            self.errors,
            self.where_box,
            zip(
                self.detail_labels,
                (self.venue, self.address, self.topic, self.hosts, self.notes),
                ("venue_name", "venue_address", "topic", "hosts", "notes"),
                strict=True,
            ),
        )
        grid.addWidget(self.where_box, 0, 0)

        self.who_box = QGroupBox(self)
        box = QVBoxLayout(self.who_box)
        row = QHBoxLayout()
        self.status_label = QLabel(self.who_box)
        self.status = QComboBox(self.who_box)
        for value in ItemStatus:
            self.status.addItem(label(value.value), value.value)
        row.addWidget(self.status_label)
        row.addWidget(self.status, 1)
        box.addLayout(row)
        box.addWidget(self.errors.add(error_label(self.who_box), "status"))
        self.interpreting = QCheckBox(self.who_box)
        self.interpreting.setObjectName("interpreting_needed")
        box.addWidget(self.interpreting)
        self.attendees_label = QLabel(self.who_box)
        box.addWidget(self.attendees_label)
        self.attendees = QListWidget(self.who_box)
        self.attendees.setObjectName("attendees")
        for person_id, name in people:
            entry = QListWidgetItem(name, self.attendees)
            entry.setData(Qt.ItemDataRole.UserRole, person_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        box.addWidget(self.attendees, 1)
        box.addWidget(self.errors.add(error_label(self.who_box), "attendees"))
        grid.addWidget(self.who_box, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return grid

    def retranslate(self) -> None:
        self.setWindowTitle(_("New programme item") if self.is_new else _("Edit programme item"))
        self.when_box.setTitle(_("When (venue time)"))
        self.date_label.setText(_("Date"))
        self.time_label.setText(_("Time"))
        self.all_day.setText(_("All day"))
        self.zone_label.setText(_("Time zone"))
        self.home_label.setText(_("Home time"))
        self.where_box.setTitle(_("Where and what"))
        for lab, text in zip(
            self.detail_labels,
            (_("Venue"), _("Address"), _("Topic"), _("Hosts"), _("Notes")),
            strict=True,
        ):
            lab.setText(text)
        self.who_box.setTitle(_("Who"))
        self.status_label.setText(_("Status"))
        for n in range(self.status.count()):
            self.status.setItemText(n, label(self.status.itemData(n)))
        self.interpreting.setText(_("Interpreting needed"))
        self.attendees_label.setText(_("Attending members"))
        self.texts.retranslate()
        self._update_preview()

    # --- values ------------------------------------------------------------------

    def _load(self, item: Any, attendees: Sequence[int]) -> None:
        start = to_local(item.starts_at, item.timezone)
        end = to_local(item.ends_at, item.timezone)
        self.zone_combo.setCurrentText(item.timezone)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.all_day.setChecked(bool(item.all_day))
        self.texts.set_values(item)
        self.venue.setText(item.venue_name)
        self.address.setPlainText(item.venue_address)
        self.topic.setText(item.topic)
        self.hosts.setPlainText(item.hosts)
        self.notes.setPlainText(item.notes)
        self.interpreting.setChecked(bool(item.interpreting_needed))
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        wanted = set(attendees)
        for n in range(self.attendees.count()):
            entry = self.attendees.item(n)
            if entry.data(Qt.ItemDataRole.UserRole) in wanted:
                entry.setCheckState(Qt.CheckState.Checked)

    def set_attendees(self, person_ids: Sequence[int]) -> None:
        wanted = set(person_ids)
        for n in range(self.attendees.count()):
            entry = self.attendees.item(n)
            checked = entry.data(Qt.ItemDataRole.UserRole) in wanted
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_attendees(self) -> list[int]:
        return [
            int(self.attendees.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.attendees.count())
            if self.attendees.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _instants(self) -> tuple[datetime, datetime]:
        """Start and end as UTC instants; ValidationError for impossible local times."""
        day = cast(date, self.date_edit.date().toPython())  # PySide's types say object
        zone = self.zone_combo.currentText().strip()
        try:
            if self.all_day.isChecked():
                return local_day_bounds(day, day, zone)
            start = time(self.start_edit.time().hour(), self.start_edit.time().minute())
            end = time(self.end_edit.time().hour(), self.end_edit.time().minute())
            return (
                local_to_utc(day, start, zone, field="starts_at"),
                local_to_utc(day, end, zone, field="ends_at"),
            )
        except (KeyError, ValueError) as exc:
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError(
                {
                    "timezone": _(
                        "Unknown time zone '{zone}': use an IANA name such as Asia/Tokyo or "
                        "Europe/London."
                    ).format(zone=zone)
                }
            ) from exc

    def values(self) -> dict[str, Any]:
        starts_at, ends_at = self._instants()
        return {
            "starts_at": starts_at,
            "ends_at": ends_at,
            "timezone": self.zone_combo.currentText().strip(),
            "all_day": self.all_day.isChecked(),
            **self.texts.values(),
            "venue_name": self.venue.text(),
            "venue_address": self.address.toPlainText(),
            "topic": self.topic.text(),
            "hosts": self.hosts.toPlainText(),
            "notes": self.notes.toPlainText(),
            "interpreting_needed": self.interpreting.isChecked(),
            "status": self.status.currentData(),
            "attendees": sorted(self.checked_attendees()),
        }

    def _update_preview(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(not self.all_day.isChecked())
        try:
            start, end = self._instants()
        except ValidationError as exc:
            self.preview.setText(next(iter(exc.fields.values())))
            return
        if self.all_day.isChecked() or end <= start:
            self.preview.setText("—")
            return
        zone = self.zone_combo.currentText().strip()
        home = home_timezone()
        if to_local(start, home).utcoffset() == to_local(start, zone).utcoffset():
            self.preview.setText(_("same as venue time"))
        else:
            self.preview.setText(format_time_range_with_zone(start, end, current_language(), home))

    def accept(self) -> None:
        try:
            values = self.values()
            if not self._submit(values):
                return
        except ValidationError as exc:
            self.errors.show(exc.fields)
            return
        super().accept()
