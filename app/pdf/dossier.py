"""The partnership dossier of a partner region as PDF, in one language.

Profile (names in three scripts, country, time zone, relationship status and since
when), the history of the relationship, agreements, all visits in both directions
with delegation sizes, the most recent programme in brief, the open follow-up
actions with the overdue ones highlighted, and two small charts (visits per year,
follow-up actions by status). Officials attach it to council papers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from app.db.engine import Database
from app.locale.fallback import localized_marked
from app.locale.formatting import (
    babel_locale,
    format_date_long,
    format_date_medium,
    format_date_range,
    format_day_heading,
    tz_abbreviation,
    tz_long_name,
    tz_utc_offset,
)
from app.locale.i18n import N_, ngettext_in, translate_in
from app.locale.labels import label
from app.locale.zones import zone_word
from app.pdf.charts import follow_ups_by_status, visits_per_year
from app.pdf.common import item_days, item_times, language_name
from app.pdf.fonts import load_fonts
from app.pdf.styles import BODY_WIDTH, WARN_SHADE, PageInfo, Typesetter, render
from app.readers.programme_view import load_trip_programme
from app.services.base import get_or_raise
from app.services.followups import OPEN_STATUSES, FollowUpRow, list_follow_ups
from app.services.regions import list_agreements, status_history
from app.services.trips import TripRow, list_trips
from models.enums import LANGUAGES as ALL_LANGUAGES
from models.enums import ItemStatus, TripStatus
from models.ids import id_of
from models.tables import Region

__all__ = ["build_dossier_pdf"]

DOSSIER = N_("Partnership dossier")
AS_OF = N_("As of {date}")
PROFILE = N_("Profile")
NAMES = N_("Names")
COUNTRY = N_("Country")
TIME_ZONE = N_("Time zone")
RELATIONSHIP = N_("Relationship")
SINCE = N_("since {date}")
HISTORY = N_("History of the relationship")
DATE = N_("Date")
STATUS = N_("Status")
NOTE = N_("Note")
AGREEMENTS = N_("Agreements")
KIND = N_("Kind")
TITLE = N_("Title")
PLACE = N_("Place")
SIGNATORIES = N_("Signatories")
NONE_RECORDED = N_("None recorded.")
OVERVIEW = N_("At a glance")
VISITS = N_("Visits")
DATES = N_("Dates")
DIRECTION = N_("Direction")
TRIP = N_("Trip")
DELEGATION = N_("Delegation")
RECENT = N_("Most recent programme")
TIME = N_("Time")
FOLLOW_UPS = N_("Open follow-up actions")
DUE = N_("Due")
ACTION = N_("Action")
OWNER = N_("Owner")
OVERDUE = N_("overdue")


def build_dossier_pdf(
    db: Database, region_id: int, *, lang: str = "en", today: date | None = None
) -> bytes:
    """The dossier as PDF bytes (A4). ``today`` decides which actions are overdue."""
    ts = Typesetter(load_fonts(require_japanese=True), (lang,))
    today = today or date.today()
    with db.session() as session:
        region = get_or_raise(session, Region, region_id)
    dossier = _Dossier(db, ts, region, today)
    name = localized_marked(region, "name", ts.lang)
    info = PageInfo(
        title=f"{translate_in(ts.lang, DOSSIER)} – {name}", subject=name, export_date=today
    )
    return render(dossier.story(), ts, info)


class _Dossier:
    def __init__(self, db: Database, ts: Typesetter, region: Region, today: date) -> None:
        self.db, self.ts, self.region, self.today = db, ts, region, today
        self.lang = ts.lang
        self.trips: list[TripRow] = sorted(
            list_trips(db, region_id=region.id), key=lambda row: (row.trip.start_date, row.trip.id)
        )
        self.follow_ups: list[FollowUpRow] = list_follow_ups(db, region_id=region.id)

    def t(self, msgid: str) -> str:
        return translate_in(self.lang, msgid)

    def heading(self, msgid: str) -> list[Flowable]:
        """A section heading, never alone at the foot of a page."""
        return [CondPageBreak(45 * mm), self.ts.label(msgid, "h1")]

    def story(self) -> list[Flowable]:
        ts, lang = self.ts, self.lang
        out: list[Flowable] = [
            ts.label(DOSSIER, "subtitle"),
            ts.p(localized_marked(self.region, "name", lang), "title"),
            ts.p(self.t(AS_OF).format(date=format_date_long(self.today, lang)), "small"),
            Spacer(1, 3 * mm),
        ]
        out += self.profile()
        out += self.overview()
        out += self.history()
        out += self.agreements()
        out += self.visits()
        out += self.recent_programme()
        out += self.open_follow_ups()
        return out

    def _table(
        self,
        header: tuple[str, ...],
        rows: list[list[object]],
        widths: list[float],
        extra: list[tuple[Any, ...]] | None = None,
    ) -> list[Flowable]:
        if not rows:
            return [self.ts.label(NONE_RECORDED, "body")]
        head = [self.ts.label(h, bold=True) for h in header]
        return [self.ts.table([head, *rows], widths, extra=extra or [])]

    # --- sections -------------------------------------------------------------

    def profile(self) -> list[Flowable]:
        ts, lang, region = self.ts, self.lang, self.region
        colon = "：" if lang == "ja" else ": "
        names = [
            ts.raw(
                ts.m(language_name(code, lang) + colon, bold=True)
                + ts.m(getattr(region, f"name_{code}"), code),
                "cell",
                lang,
            )
            for code in ALL_LANGUAGES
            if getattr(region, f"name_{code}")
        ]
        at = datetime.combine(self.today, time(12), tzinfo=UTC)
        zone = _zone_text(region.timezone, at, lang)
        since = self.status_since()
        status = label(region.status, lang)
        if since is not None:
            # format_date_range of one day: the date without weekday, in words
            status += ("" if lang == "ja" else " ") + self.t(SINCE).format(
                date=format_date_range(since, since, lang)
            )
        country = babel_locale(lang).territories.get(region.country, region.country)
        rows: list[list[object]] = [
            [ts.label(NAMES, bold=True), names],
            [ts.label(COUNTRY, bold=True), ts.p(country, "cell")],
            [ts.label(TIME_ZONE, bold=True), ts.p(zone, "cell")],
            [ts.label(RELATIONSHIP, bold=True), ts.p(status, "cell")],
        ]
        out: list[Flowable] = [ts.table(rows, [40 * mm, BODY_WIDTH - 40 * mm], header=False)]
        text = localized_marked(region, "profile", lang)
        if text:
            out += [Spacer(1, 3 * mm), ts.p(text, "body")]
        return out

    def status_since(self) -> date | None:
        """When the current relationship status began (from the status history)."""
        history = status_history(self.db, id_of(self.region))
        current = [c for c in history if c.status == self.region.status]
        if current:
            return current[-1].since
        return history[-1].since if history else None

    def overview(self) -> list[Flowable]:
        fonts, lang = self.ts.fonts, self.lang
        visits = [
            (row.trip.start_date.year, row.trip.direction)
            for row in self.trips
            if row.trip.status != TripStatus.CANCELLED.value
        ]
        charts = Table(
            [
                [
                    visits_per_year(visits, fonts, lang, until=self.today.year),
                    follow_ups_by_status(
                        [r.follow_up.status for r in self.follow_ups], fonts, lang
                    ),
                ]
            ],
            colWidths=[BODY_WIDTH / 2, BODY_WIDTH / 2],
            hAlign="LEFT",
        )
        charts.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.latin, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [CondPageBreak(80 * mm), *self.heading(OVERVIEW), charts]

    def history(self) -> list[Flowable]:
        ts, lang = self.ts, self.lang
        rows: list[list[object]] = [
            [
                ts.p(format_date_medium(c.since, lang), "cell"),
                ts.p(label(c.status, lang), "cell"),
                ts.p(localized_marked(c, "note", lang), "small"),
            ]
            for c in status_history(self.db, id_of(self.region))
        ]
        return [
            *self.heading(HISTORY),
            *self._table((DATE, STATUS, NOTE), rows, [26 * mm, 40 * mm, BODY_WIDTH - 66 * mm]),
        ]

    def agreements(self) -> list[Flowable]:
        ts, lang = self.ts, self.lang
        rows: list[list[object]] = []
        for a in list_agreements(self.db, id_of(self.region)):
            rows.append(
                [
                    ts.p(format_date_medium(a.signed_on, lang), "cell"),
                    [
                        ts.p(label(a.kind, lang), "cell", bold=True),
                        ts.p(localized_marked(a, "title", lang), "cell"),
                    ],
                    [
                        ts.p(localized_marked(a, "place", lang), "cell"),
                        ts.p(localized_marked(a, "signatories", lang), "small"),
                    ],
                ]
            )
        return [
            *self.heading(AGREEMENTS),
            *self._table((DATE, TITLE, PLACE), rows, [26 * mm, 88 * mm, BODY_WIDTH - 114 * mm]),
        ]

    def visits(self) -> list[Flowable]:
        ts, lang = self.ts, self.lang
        rows: list[list[object]] = []
        for row in self.trips:
            trip = row.trip
            size = ngettext_in(lang, "{n} member", "{n} members", row.members).format(n=row.members)
            rows.append(
                [
                    ts.p(format_date_range(trip.start_date, trip.end_date, lang), "cell"),
                    ts.p(label(trip.direction, lang), "cell"),
                    ts.p(localized_marked(trip, "title", lang), "cell"),
                    ts.p(label(trip.status, lang), "cell"),
                    ts.p(size, "cell"),
                ]
            )
        widths = [32 * mm, 32 * mm, BODY_WIDTH - 118 * mm, 28 * mm, 26 * mm]
        return [
            *self.heading(VISITS),
            *self._table((DATES, DIRECTION, TRIP, STATUS, DELEGATION), rows, widths),
        ]

    def recent_programme(self) -> list[Flowable]:
        ts, lang = self.ts, self.lang
        candidates = [r for r in self.trips if r.trip.status != TripStatus.CANCELLED.value]
        past = [r for r in candidates if r.trip.start_date <= self.today]
        chosen = (past or candidates)[-1:] if candidates else []
        if not chosen:
            return []
        prog = load_trip_programme(self.db, id_of(chosen[0].trip))
        trip = prog.trip
        title = (
            f"{localized_marked(trip, 'title', lang)} "
            f"({format_date_range(trip.start_date, trip.end_date, lang)})"
        )
        rows: list[list[object]] = []
        for view in prog.items:
            item = view.item
            cancelled = item.status == ItemStatus.CANCELLED.value
            here, _home = item_times(item, lang, None)
            title_cell: list[Flowable] = [
                ts.p(localized_marked(item, "title", lang), "cell", strike=cancelled)
            ]
            if cancelled:
                title_cell.append(ts.p(label("cancelled", lang), "warn"))
            rows.append(
                [
                    ts.p(format_day_heading(item_days(item)[0], lang), "cell"),
                    ts.p(here, "cell"),
                    title_cell,
                ]
            )
        return [
            *self.heading(RECENT),
            ts.p(title, "h2"),
            *self._table((DATE, TIME, TITLE), rows, [30 * mm, 34 * mm, BODY_WIDTH - 64 * mm]),
        ]

    def open_follow_ups(self) -> list[Flowable]:
        ts, lang = self.ts, self.lang
        open_rows = [r for r in self.follow_ups if r.follow_up.status in OPEN_STATUSES]
        overdue = sum(r.is_overdue(self.today) for r in open_rows)
        summary = ("、" if lang == "ja" else ", ").join(
            (
                ngettext_in(lang, "{n} open action", "{n} open actions", len(open_rows)).format(
                    n=len(open_rows)
                ),
                ngettext_in(lang, "{n} of them overdue", "{n} of them overdue", overdue).format(
                    n=overdue
                ),
            )
        )
        rows: list[list[object]] = []
        extra: list[tuple[Any, ...]] = []
        for n, r in enumerate(open_rows, start=1):
            f = r.follow_up
            late = r.is_overdue(self.today)
            due: list[Flowable] = [
                ts.p(
                    format_date_medium(f.due, lang) if f.due else "–",
                    "warn" if late else "cell",
                    bold=late,
                )
            ]
            if late:
                due.append(ts.p(self.t(OVERDUE).upper(), "warn", bold=True))
                extra.append(("BACKGROUND", (0, n), (-1, n), WARN_SHADE))
            action: list[Flowable] = [ts.p(localized_marked(f, "title", lang), "cell", bold=late)]
            if r.trip is not None:
                action.append(ts.p(localized_marked(r.trip, "title", lang), "small"))
            if notes := localized_marked(f, "notes", lang):
                action.append(ts.p(notes, "small"))
            rows.append(
                [
                    due,
                    action,
                    ts.p(localized_marked(f, "owner", lang), "small"),
                    ts.p(label(f.status, lang), "cell"),
                ]
            )
        widths = [28 * mm, BODY_WIDTH - 104 * mm, 48 * mm, 28 * mm]
        return [
            *self.heading(FOLLOW_UPS),
            ts.p(summary, "body"),
            *self._table((DUE, ACTION, OWNER, STATUS), rows, widths, extra),
        ]


def _zone_text(tz: str, at: datetime, lang: str) -> str:
    """The region's zone in words, never its IANA id: "Japan Standard Time (JST, UTC+9)",
    "Japanische Zeit (UTC+9)", "日本時間（UTC+9）"."""
    offset = tz_utc_offset(tz, at)
    if lang == "en":
        extra = list(dict.fromkeys((tz_abbreviation(tz, at, lang), offset)))
        return f"{tz_long_name(tz, at, lang)} ({', '.join(extra)})"
    word = zone_word(tz, at, lang)
    if word == offset:
        return word
    if lang == "ja":
        return f"{word}（{offset}）"
    return f"{word[:1].upper()}{word[1:]} ({offset})"
