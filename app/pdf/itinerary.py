"""The itinerary PDF of a trip or of one person, in one language or two (de+ja).

Two editions (models.enums.Edition). The partner edition (the default) can be handed
to the other side: every text in the reader's language (a text missing in it shows
the fallback language's with a mark naming that language, app.locale.fallback), no
internal notes, no sensitive personal data, no internal status words (direction,
status), neutral side headings ("Hokkaido side" / "RVR side"). The internal edition
adds the trip's direction and status, the items' internal notes (labelled) and, on
request, the delegation's personal notes; every page's footer says it is internal.

Cover (title, region, dates, delegation in protocol order, interpreters),
then the programme day by day — one table per day whose heading row repeats when a
day runs onto the next page, one row per item (venue time with zone, home time
beside it; title, description, venue, hosts, attendees, interpreter, notes) — then
the receiving side's contacts (outbound: the partner region's people; inbound: our
own office's) and, in the internal edition on request, the personal notes.
Bilingual documents put the two languages side by side in the programme and stack
them elsewhere, so both delegations can read the same paper.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer
from reportlab.platypus.doctemplate import LayoutError

from app.db.engine import Database
from app.errors import ExportError
from app.locale.fallback import localized_marked
from app.locale.formatting import format_date_range, format_list
from app.locale.i18n import N_, _, current_language, ngettext_in, translate_in
from app.locale.labels import label
from app.locale.names import format_name
from app.locale.zones import zone_place
from app.pdf.common import (
    check_home_zone,
    check_langs,
    item_times,
    keep_native_together,
    language_pair,
)
from app.pdf.fonts import load_fonts
from app.pdf.itinerary_days import OWN_SIDE, ProgrammeDays
from app.pdf.styles import (
    BODY_WIDTH,
    PageInfo,
    Typesetter,
    render,
)
from app.readers.programme_records import load_programme_records
from app.readers.programme_view import TripProgramme
from app.timeutil import HOME_TIMEZONE, home_timezone
from models.enums import Direction, Edition
from models.ids import id_of
from models.tables import Person
from models.text import localized

__all__ = ["beside_zone", "build_itinerary_pdf"]

ITINERARY = N_("Itinerary")
ITINERARY_FOR = N_("Itinerary for {name}")
DATES = N_("Dates")
DIRECTION = N_("Direction")
STATUS = N_("Status")
PARTNER_REGION = N_("Partner region")
TIMES = N_("Times")
TIMES_NOTE = N_("Times are local at the venue; the time in {zone} is shown beside them.")
TIMES_NOTE_LOCAL = N_("Times are local at the venue.")
DELEGATION = N_("Delegation")
NUMBER = N_("No.")
NAME = N_("Name")
ROLE = N_("Role")
FUNCTION = N_("Function")
ORGANISATION = N_("Organisation")
INTERPRETERS = N_("Interpreters")
LANGUAGES = N_("Languages")
PROGRAMME = N_("Programme")
NO_ITEMS = N_("No programme items.")
CONTACTS = N_("Contacts ({side} side)")
PERSONAL = N_("Personal notes (confidential)")
PRIVATE_PHONE = N_("Private phone")
DIETARY = N_("Dietary needs")
HEALTH = N_("Health notes")
CONFIDENTIAL = N_("Contains personal data – confidential, do not pass on.")
INTERNAL = N_("Internal – not for distribution")
INTERNAL_CONFIDENTIAL = N_(
    "Internal – not for distribution. Contains personal data – confidential, do not pass on."
)


def build_itinerary_pdf(
    db: Database,
    trip_id: int,
    *,
    person_id: int | None = None,
    langs: tuple[str, ...] = ("en",),
    home_tz: str | None = HOME_TIMEZONE,
    include_sensitive: bool = False,
    edition: Edition = Edition.PARTNER,
) -> bytes:
    """The itinerary as PDF bytes (A4). ``langs``: ("de",) or two, e.g. ("de", "ja");
    ``home_tz``: the zone printed beside the venue's times (None: none);
    ``edition``: partner (default) or internal; ``include_sensitive`` only with the
    internal edition (ExportError otherwise)."""
    edition = Edition(edition)
    if include_sensitive and edition is Edition.PARTNER:
        raise ExportError(
            _(
                "Sensitive personal data is printed only in the internal edition "
                "(--edition internal)."
            )
        )
    codes = check_langs(langs)
    home_tz = check_home_zone(home_tz)
    fonts = load_fonts(require_japanese="ja" in codes)
    prog = load_programme_records(db, trip_id, person_id=person_id, contacts=True)
    if not prog.person_in_trip:
        assert prog.person is not None  # person_in_trip is true without a person
        raise ExportError(
            _(
                "{person} is not in the trip {trip} (not a delegation member, attendee or "
                "interpreter); no itinerary was written."
            ).format(
                person=format_name(prog.person, current_language()),
                trip=prog.trip.slug,
            )
        )
    home_tz = beside_zone(prog, home_tz)
    ts = Typesetter(fonts, codes)
    doc = _Itinerary(ts, prog, home_tz, include_sensitive, edition)
    info = PageInfo(
        title=doc.title(codes[0]),
        titles=tuple((lang, doc.title(lang)) for lang in codes),
        subject=" · ".join(ts.each(lambda lang: localized(prog.region, "name", lang))),
        export_date=date.today(),
        confidential=doc.footer_mark(),
    )
    try:
        return render(doc.story(), ts, info)
    except LayoutError:
        # An item taller than a page (a very long description): let item rows split
        # across pages; normally each item stays in one piece.
        doc.split_in_row = 1
        return render(doc.story(), ts, info)


def beside_zone(prog: TripProgramme, home_tz: str | None) -> str | None:
    """The zone printed beside the venue's times.

    The visitors read their own time beside the local one: a delegation from the
    partner region visiting us (an inbound trip) sees its home time (Japan time for
    Hokkaido) rather than ours; an outbound trip shows our home zone. ``None`` (the
    caller asked for no second time) stays None; an explicit zone other than the
    default home zone is kept.
    """
    if home_tz is None or home_tz != home_timezone():
        return home_tz
    if prog.trip.direction == Direction.INBOUND.value and prog.region.timezone:
        return prog.region.timezone
    return home_tz


class _Itinerary(ProgrammeDays):
    def __init__(
        self,
        ts: Typesetter,
        prog: TripProgramme,
        home_tz: str | None,
        include_sensitive: bool,
        edition: Edition = Edition.PARTNER,
    ) -> None:
        self.ts = ts
        self.prog = prog
        self.home_tz = home_tz
        self.internal = edition is Edition.INTERNAL
        # Sensitive personal data never goes into a partner edition.
        self.include_sensitive = include_sensitive and self.internal
        self.member_ids = {mv.person.id for mv in prog.members}
        self.split_in_row = 0
        self._names: dict[tuple[int, str, bool, bool], str] = {}

    # --- texts -----------------------------------------------------------------

    def title(self, lang: str) -> str:
        trip_title = localized(self.prog.trip, "title", lang)
        if self.prog.person is None:
            return f"{translate_in(lang, ITINERARY)} – {trip_title}"
        name = format_name(self.prog.person, lang, honorific=lang == "ja")
        return f"{translate_in(lang, ITINERARY_FOR).format(name=name)} – {trip_title}"

    def name(
        self, person: Person, lang: str, *, honorific: bool = False, latin: bool = False
    ) -> str:
        key = (id(person), lang, honorific, latin)  # the same few people attend every item
        text = self._names.get(key)
        if text is None:
            text = self._names[key] = keep_native_together(
                format_name(person, lang, honorific=honorific, latin=latin), person
            )
        return text

    def shows_second_time(self) -> bool:
        """Whether any programme item prints a time in the home zone beside its own."""
        if self.home_tz is None:
            return False
        return any(
            not v.item.all_day and item_times(v.item, "en", self.home_tz)[1]
            for v in self.prog.items
        )

    def footer_mark(self) -> str:
        """The msgid every page's footer carries: internal, and personal data."""
        if not self.internal:
            return ""
        return INTERNAL_CONFIDENTIAL if self.sensitive_people() else INTERNAL

    def sensitive_people(self) -> list[Person]:
        if not self.include_sensitive:
            return []
        people = [mv.person for mv in self.prog.members]
        people += [p for p in self.prog.interpreters if p.id not in self.member_ids]
        if self.prog.person is not None:
            people = [p for p in people if p.id == self.prog.person.id] or [self.prog.person]
        return [p for p in people if p.phone_private or p.dietary_notes or p.health_notes]

    # --- story ----------------------------------------------------------------

    def story(self) -> list[Flowable]:
        out = self.cover()
        # The programme starts on a page of its own unless the cover leaves most of one.
        out += [CondPageBreak(150 * mm), self.ts.label(PROGRAMME, "h1")]
        days = self.day_groups()
        if not days:
            out.append(self.ts.label(NO_ITEMS, "body"))
        for day, views in days:
            out += [CondPageBreak(40 * mm), self.day_table(day, views), Spacer(1, 4 * mm)]
        out += self.contacts()
        out += self.personal_notes()
        return out

    def cover(self) -> list[Flowable]:
        ts, trip, region = self.ts, self.prog.trip, self.prog.region
        person = self.prog.person
        if person is None:
            kicker = ts.label(ITINERARY, "subtitle")
        else:
            kicker = ts.raw(
                ts.multi(
                    lambda lang: translate_in(lang, ITINERARY_FOR).format(
                        name=self.name(person, lang, honorific=lang == "ja")
                    ),
                    bold=True,
                ),
                "subtitle",
            )
        out: list[Flowable] = [kicker]
        if self.internal:
            out.append(ts.label(INTERNAL, "warn", bold=True))
        out += ts.stacked(lambda lang: localized_marked(trip, "title", lang), "title")
        out.append(Spacer(1, 3 * mm))
        # The promise of a second time only where one is printed.
        zone = self.home_tz if self.shows_second_time() else None
        facts: list[tuple[str, Callable[[str], str]]] = [
            (PARTNER_REGION, lambda lang: localized_marked(region, "name", lang)),
            (DATES, lambda lang: format_date_range(trip.start_date, trip.end_date, lang)),
            (
                TIMES,
                lambda lang: (
                    translate_in(lang, TIMES_NOTE).format(zone=zone_place(zone, lang))
                    if zone
                    else translate_in(lang, TIMES_NOTE_LOCAL)
                ),
            ),
        ]
        if self.internal:
            # Our own words for the trip: never on a partner copy.
            facts[2:2] = [
                (DIRECTION, lambda lang: label(trip.direction, lang)),
                (STATUS, lambda lang: label(trip.status, lang)),
            ]
        rows = [[ts.label(key, bold=True), ts.stacked(produce)] for key, produce in facts]
        out.append(ts.table(rows, [42 * mm, BODY_WIDTH - 42 * mm], header=False))
        out += self.delegation()
        out += self.interpreters()
        return out

    def delegation(self) -> list[Flowable]:
        ts = self.ts
        if not self.prog.members:
            return []
        n = len(self.prog.members)

        def title(lang: str) -> str:
            size = ngettext_in(lang, "{n} member", "{n} members", n).format(n=n)
            return translate_in(lang, DELEGATION) + (
                f"（{size}）" if lang == "ja" else f" ({size})"
            )

        heading = ts.raw(ts.multi(title, bold=True), "h1")
        rows: list[list[object]] = [
            [ts.label(h, bold=True) for h in (NUMBER, NAME, ROLE, FUNCTION)]
        ]
        for rank, mv in enumerate(self.prog.members, start=1):
            p = mv.person
            rows.append(
                [
                    ts.p(str(rank), "cell"),
                    ts.stacked(lambda lang, p=p: self.name(p, lang, latin=True), bold=True),
                    ts.stacked(lambda lang, m=mv.member: label(m.role, lang)),
                    ts.stacked(lambda lang, p=p: localized_marked(p, "function", lang))
                    + ts.stacked(
                        lambda lang, p=p: localized_marked(p, "organisation", lang), "small"
                    ),
                ]
            )
        widths = [12 * mm, 50 * mm, 34 * mm, BODY_WIDTH - 96 * mm]
        return [CondPageBreak(50 * mm), heading, ts.table(rows, widths)]

    def interpreters(self) -> list[Flowable]:
        ts = self.ts
        people = self.prog.interpreters
        if not people:
            return []
        pairs: dict[int, list[tuple[str, str]]] = {}
        for view in self.prog.items:
            for p, a in view.interpreters:
                pairs.setdefault(id_of(p), [])
                if (a.source, a.target) not in pairs[id_of(p)]:
                    pairs[id_of(p)].append((a.source, a.target))
        rows: list[list[object]] = [
            [ts.label(h, bold=True) for h in (NAME, LANGUAGES, ORGANISATION)]
        ]
        for p in people:
            rows.append(
                [
                    ts.stacked(lambda lang, p=p: self.name(p, lang), bold=True),
                    ts.stacked(
                        lambda lang, p=p: format_list(
                            [language_pair(s, t, lang) for s, t in pairs.get(p.id, [])], lang
                        )
                    ),
                    ts.stacked(lambda lang, p=p: localized_marked(p, "organisation", lang)) or "",
                ]
            )
        widths = [62 * mm, 60 * mm, BODY_WIDTH - 122 * mm]
        return [CondPageBreak(35 * mm), ts.label(INTERPRETERS, "h1"), ts.table(rows, widths)]

    # --- programme --------------------------------------------------------------

    # --- after the programme ------------------------------------------------------

    def contacts(self) -> list[Flowable]:
        ts = self.ts
        if not self.prog.contacts:
            return []
        rows: list[list[object]] = [[ts.label(h, bold=True) for h in (NAME, FUNCTION)]]
        for p in self.prog.contacts:
            reach = "  ·  ".join(x for x in (p.email, p.phone) if x)
            rows.append(
                [
                    ts.stacked(
                        lambda lang, p=p: self.name(p, lang, honorific=True, latin=True),
                        bold=True,
                    ),
                    ts.stacked(lambda lang, p=p: localized_marked(p, "function", lang))
                    + ts.stacked(
                        lambda lang, p=p: localized_marked(p, "organisation", lang), "small"
                    )
                    + ([ts.p(reach, "small")] if reach else []),
                ]
            )
        widths = [58 * mm, BODY_WIDTH - 58 * mm]
        heading = ts.raw(
            ts.multi(
                lambda lang: translate_in(lang, CONTACTS).format(side=self.receiving_side(lang)),
                bold=True,
            ),
            "h1",
        )
        return [CondPageBreak(50 * mm), heading, ts.table(rows, widths)]

    def receiving_side(self, lang: str) -> str:
        """Whose contacts the list shows: the partner region's for an outbound trip,
        our own office's for an inbound one."""
        if self.prog.trip.direction == Direction.INBOUND.value:
            return OWN_SIDE
        return self.side_name(lang)

    def personal_notes(self) -> list[Flowable]:
        ts = self.ts
        people = self.sensitive_people()
        if not people:
            return []
        rows: list[list[object]] = [
            [ts.label(h, bold=True) for h in (NAME, PRIVATE_PHONE, DIETARY, HEALTH)]
        ]
        for p in people:
            rows.append(
                [
                    ts.stacked(lambda lang, p=p: self.name(p, lang), bold=True),
                    ts.p(p.phone_private, "cell"),
                    ts.p(p.dietary_notes, "cell"),
                    ts.p(p.health_notes, "cell"),
                ]
            )
        widths = [44 * mm, 32 * mm, (BODY_WIDTH - 76 * mm) / 2, (BODY_WIDTH - 76 * mm) / 2]
        return [CondPageBreak(40 * mm), ts.label(PERSONAL, "h1"), ts.table(rows, widths)]
