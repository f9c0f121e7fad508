"""Dialog for one programme item: times in the venue's zone, the venue from the
directory, texts per language (title, description, hosts, dress code, meeting point,
notes for the partner and internal notes), interpreting, status and who attends."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.locale.i18n import _, current_language
from app.locale.labels import TOPICS, label, topic_label, topic_value
from app.locale.zones import time_range_in_zone
from app.timeutil import home_timezone, local_day_bounds, local_to_utc, to_local
from models.enums import ItemStatus
from ui.dialogs.form_errors import FormErrors, add_field_rows, error_label
from ui.dialogs.language_tabs import LanguageTabs, TabField
from ui.widgets.layout import add_ok_cancel, fit_dialog

#: Offered after the item's own zone: today's partners' zones, then home and UTC.
PARTNER_ZONES = ("Asia/Tokyo", "Europe/London")
PersonId = int
Submit = Callable[[dict[str, Any]], bool]


@dataclass(frozen=True)
class VenueChoice:
    """A venue of the directory as the item dialog offers it."""

    id: int
    name: str
    timezone: str


#: Opens the venue dialog; the venue created (None: cancelled).
NewVenue = Callable[[], VenueChoice | None]


def item_text_fields() -> tuple[TabField, ...]:
    """The item's texts per language after title and description: what the partner may
    read, then the internal notes (never in a partner copy)."""
    return (
        TabField("hosts", lambda: _("Hosts"), lines=2),
        TabField("dress_code", lambda: _("Dress code")),
        TabField("meeting_point", lambda: _("Meeting point"), lines=2),
        TabField("notes", lambda: _("Notes (shared with the partner)"), lines=3),
        TabField(
            "internal_notes",
            lambda: _("Internal notes (never in a partner copy)"),
            lines=3,
            internal=True,
        ),
    )


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
        venues: Sequence[VenueChoice] = (),
        new_venue: NewVenue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("item_dialog")
        self._submit = submit
        self._new_venue = new_venue
        self.is_new = item is None
        #: The user chose the zone themselves: choosing a venue leaves it alone.
        self.zone_by_hand = False
        self._setting_zone = False
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._when_box(zone, day))
        left.addWidget(self._where_box(venues))
        left.addWidget(self._who_box(people), 1)
        columns.addLayout(left, 2)
        self.texts = LanguageTabs("title", "description", self, extra=item_text_fields())
        self.texts.register_errors(self.errors)
        columns.addWidget(self.texts, 3)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        self.buttons = add_ok_cancel(self, layout)
        if item is not None:
            self._load(item, attendees)
        self.retranslate()
        self._update_preview()
        fit_dialog(self, 190, self.texts)
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
        self.zone_combo.currentTextChanged.connect(self._zone_edited)
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

    def _where_box(self, venues: Sequence[VenueChoice]) -> QGroupBox:
        self.where_box = QGroupBox(self)
        form = QFormLayout(self.where_box)
        self.venue = QComboBox(self.where_box)
        self.venue.setObjectName("venue")
        self.venue.setEditable(True)
        self.venue.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # long venue names must not widen the dialog: the texts need the room
        self.venue.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.venue.setMinimumContentsLength(24)
        self.venue.addItem("", None)
        for choice in sorted(venues, key=lambda v: v.name.casefold()):
            self.venue.addItem(choice.name, choice)
        completer = self.venue.completer()
        if completer is not None:  # search anywhere in the name, not only its start
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.venue.currentIndexChanged.connect(self._venue_chosen)
        self.new_venue_button = QPushButton(self.where_box)
        self.new_venue_button.setObjectName("new_venue")
        self.new_venue_button.clicked.connect(self.create_venue)
        self.new_venue_button.setEnabled(self._new_venue is not None)
        venue_row = QHBoxLayout()
        venue_row.addWidget(self.venue, 1)
        venue_row.addWidget(self.new_venue_button)
        # The topics as words of the window's language; any other text is kept as typed.
        self.topic = QComboBox(self.where_box)
        self.topic.setObjectName("topic")
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value in TOPICS:
            self.topic.addItem(topic_label(value), value)
        self.detail_labels = [QLabel(self.where_box) for _n in range(2)]
        add_field_rows(
            form,
            self.errors,
            self.where_box,
            zip(
                self.detail_labels,
                (venue_row, self.topic),
                ("venue_id", "topic"),
                strict=True,
            ),
        )
        return self.where_box

    def _who_box(self, people: Sequence[tuple[PersonId, str]]) -> QGroupBox:
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
        return self.who_box

    # --- venue and zone ------------------------------------------------------------

    def _zone_edited(self, _text: str) -> None:
        if not self._setting_zone:
            self.zone_by_hand = True

    def _set_zone(self, zone: str) -> None:
        self._setting_zone = True
        try:
            self.zone_combo.setCurrentText(zone)
        finally:
            self._setting_zone = False

    def _venue_chosen(self, index: int) -> None:
        choice = self.venue.itemData(index)
        if isinstance(choice, VenueChoice) and not self.zone_by_hand:
            self._set_zone(choice.timezone)

    def venue_choice(self) -> VenueChoice | None:
        """The venue chosen; ValidationError when the text names none of the list."""
        text = self.venue.currentText().strip()
        if not text:
            return None
        index = self.venue.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise ValidationError(
                {"venue_id": _("Choose a venue from the list, or add it with “New venue…”.")}
            )
        if index != self.venue.currentIndex():
            self.venue.setCurrentIndex(index)
        choice = self.venue.itemData(index)
        return choice if isinstance(choice, VenueChoice) else None

    def select_venue(self, venue_id: int | None) -> None:
        for n in range(self.venue.count()):
            choice = self.venue.itemData(n)
            if (choice.id if isinstance(choice, VenueChoice) else None) == venue_id:
                self.venue.setCurrentIndex(n)
                return

    def create_venue(self) -> None:
        """The venue dialog; the new venue is added to the list and chosen."""
        if self._new_venue is None:
            return
        choice = self._new_venue()
        if choice is None:
            return
        self.venue.addItem(choice.name, choice)
        self.venue.setCurrentIndex(self.venue.count() - 1)

    def retranslate(self) -> None:
        self.setWindowTitle(_("New programme item") if self.is_new else _("Edit programme item"))
        self.when_box.setTitle(_("When (venue time)"))
        self.date_label.setText(_("Date"))
        self.time_label.setText(_("Time"))
        self.all_day.setText(_("All day"))
        self.zone_label.setText(_("Time zone"))
        self.home_label.setText(_("Home time"))
        self.where_box.setTitle(_("Where and what"))
        for lab, text in zip(self.detail_labels, (_("Venue"), _("Topic")), strict=True):
            lab.setText(text)
        self.venue.setItemText(0, _("— no venue —"))
        line = self.venue.lineEdit()
        if line is not None:
            line.setPlaceholderText(_("Type to search the venues"))
        self.new_venue_button.setText(_("New venue…"))
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
        self._set_zone(item.timezone)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.all_day.setChecked(bool(item.all_day))
        self.texts.set_values(item)
        self.select_venue(item.venue_id)
        choice = self.venue.currentData()
        # a zone other than the venue's was chosen by hand: a new venue leaves it alone
        self.zone_by_hand = isinstance(choice, VenueChoice) and choice.timezone != item.timezone
        self._set_zone(item.timezone)
        self.topic.setEditText(topic_label(item.topic))
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
        venue = self.venue_choice()
        starts_at, ends_at = self._instants()
        return {
            "starts_at": starts_at,
            "ends_at": ends_at,
            "timezone": self.zone_combo.currentText().strip(),
            "all_day": self.all_day.isChecked(),
            **self.texts.values(),
            "venue_id": venue.id if venue is not None else None,
            "topic": topic_value(self.topic.currentText().strip()),
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
            self.preview.setText(time_range_in_zone(start, end, current_language(), home))

    def accept(self) -> None:
        try:
            values = self.values()
            if not self._submit(values):
                return
        except ValidationError as exc:
            self.errors.show(exc.fields)
            return
        super().accept()
