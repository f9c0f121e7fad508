"""Wall-clock times at a venue ↔ UTC instants, honest about clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.locale.i18n import _

#: The protocol office's own time zone (the RVR sits in Essen). Times at a venue
#: abroad are shown with the time here beside them: in the programme list, the item
#: dialog's preview, the itinerary PDF (and the CLI's --home-zone default); an
#: imported calendar's unnamed zones are tried against it too. This is the one place
#: to change it.
HOME_TIMEZONE: Final = "Europe/Berlin"


def home_timezone() -> str:
    """The office's home zone. Looked up at each use rather than copied at import, so
    that it can later come from a stored setting (and tests can change it) without
    touching the callers."""
    return HOME_TIMEZONE


def parse_hhmm(text: str, *, field: str = "start") -> time:
    try:
        return time.fromisoformat(text.strip())
    except (ValueError, AttributeError) as exc:
        raise ValidationError(
            {field: _("'{value}' is not a time (HH:MM).").format(value=text)}
        ) from exc


def local_to_utc(day: date, wall: time, tz: str, *, field: str = "start") -> datetime:
    """The instant at which the clocks in ``tz`` show ``day`` ``wall``.

    A wall time skipped by a clock change (e.g. 02:30 on the last Sunday of March in
    Berlin) does not exist; it is refused rather than silently shifted an hour.
    """
    zone = ZoneInfo(tz)
    local = datetime.combine(day, wall, tzinfo=zone)
    instant = local.astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValidationError(
            {
                field: _(
                    "{time} does not exist on {day} in {zone} (the clocks go forward)."
                ).format(time=wall.strftime("%H:%M"), day=day.isoformat(), zone=tz)
            }
        )
    return instant


def local_day_bounds(first: date, last: date, tz: str) -> tuple[datetime, datetime]:
    """All-day span: local midnight of ``first`` to local midnight after ``last``."""
    zone = ZoneInfo(tz)
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def to_local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def local_date(instant: datetime, tz: str) -> date:
    return to_local(instant, tz).date()
