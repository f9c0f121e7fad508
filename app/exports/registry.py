"""Every export the program writes, described once: the CLI's ``export`` sub-commands,
the window's Export menu and its export controller are built by looping over
:data:`EXPORTERS`.

The window builds its Export menu from this module before its first paint, so the
module holds descriptions only — ids, label msgids, file suffixes, scope, options —
and each writer imports its export (ReportLab, icalendar, the database layer) only
when it runs.

A new format is its own module (a function that returns the file's bytes) plus one
:class:`Exporter` entry here with a writer that calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from app.locale.i18n import N_
from models.enums import Edition

if TYPE_CHECKING:
    from app.db.engine import Database

#: One language at a time.
SINGLE_LANGUAGES: tuple[tuple[str, ...], ...] = (("de",), ("en",), ("ja",))

#: One language, or two side by side.
ONE_OR_TWO_LANGUAGES: tuple[tuple[str, ...], ...] = (
    *SINGLE_LANGUAGES,
    ("de", "ja"),
    ("de", "en"),
    ("en", "ja"),
)


class Scope(StrEnum):
    """What an export's reference names (TRIP or REGION on the command line)."""

    TRIP = "trip"
    REGION = "region"


class Option(StrEnum):
    """What an export can be asked for beyond its scope and language."""

    #: Only one person's programme (``--person``; "… for one person…" in the menu).
    PERSON = "person"
    #: Private phone numbers, dietary and health notes (``--include-sensitive``).
    SENSITIVE = "sensitive"
    #: Times in the home zone beside the venue's (``--home-zone``).
    HOME_ZONE = "home_zone"
    #: For the partner side (the default) or our own office (``--edition``).
    EDITION = "edition"


def _home_timezone() -> str:
    # Imported when a request is made, not with the menu before the first paint.
    from app.timeutil import home_timezone

    return home_timezone()


@dataclass(frozen=True)
class ExportRequest:
    """What to write: the trip or region (as the exporter's scope says), the
    language(s) and the options."""

    target_id: int
    langs: tuple[str, ...]
    person_id: int | None = None
    include_sensitive: bool = False
    #: Times are also shown in this zone; None: only the venue's. Default: the home zone.
    home_tz: str | None = field(default_factory=_home_timezone)
    #: Partner edition (the default): no internal notes, no sensitive personal data.
    #: Internal edition: internal notes too, every page marked internal.
    edition: Edition = Edition.PARTNER

    def __post_init__(self) -> None:
        # Sensitive personal data is our office's own: a partner copy never carries
        # it, so asking for both is refused rather than silently half-done.
        if self.include_sensitive and Edition(self.edition) is Edition.PARTNER:
            from app.errors import ExportError
            from app.locale.i18n import _

            raise ExportError(
                _(
                    "Sensitive personal data is printed only in the internal edition "
                    "(--edition internal)."
                )
            )


Writer = Callable[["Database", ExportRequest], bytes]


@dataclass(frozen=True)
class Exporter:
    """One kind of export. The label texts are msgids, translated where shown."""

    #: The CLI sub-command (``export ID …``) and the prefix of its menu actions.
    id: str
    scope: Scope
    #: The file name suffix, with its dot.
    suffix: str
    #: The Export menu's submenu (one entry per language choice).
    menu_label: str
    #: The CLI sub-command's help.
    cli_help: str
    #: The file type filter of the save dialog.
    file_filter: str
    #: Builds the file's bytes; imports the export's module when called.
    write: Writer
    languages: tuple[tuple[str, ...], ...] = SINGLE_LANGUAGES
    options: frozenset[Option] = field(default_factory=frozenset)
    #: The menu entry and the dialog title of the export for one person (Option.PERSON).
    person_label: str = ""
    person_title: str = ""
    #: What the file name says after the trip's or region's short name.
    name_part: str = ""

    @property
    def max_languages(self) -> int:
        return max(len(langs) for langs in self.languages)

    def file_name(self, slug: str, langs: Sequence[str], person_id: int | None = None) -> str:
        """The suggested file name, e.g. ``hokkaido-2026-itinerary-12-de-ja.pdf``."""
        parts = [slug + self.name_part]
        if person_id is not None:
            parts.append(str(person_id))
        parts.extend(langs)
        return "-".join(parts) + self.suffix


def _write_ics(db: Database, request: ExportRequest) -> bytes:
    from app.ics.export import export_ics

    return export_ics(
        db,
        request.target_id,
        person_id=request.person_id,
        lang=request.langs[0],
        include_sensitive=request.include_sensitive,
        edition=request.edition,
    )


def _write_itinerary(db: Database, request: ExportRequest) -> bytes:
    from app.pdf.itinerary import build_itinerary_pdf

    return build_itinerary_pdf(
        db,
        request.target_id,
        person_id=request.person_id,
        langs=request.langs,
        home_tz=request.home_tz,
        include_sensitive=request.include_sensitive,
        edition=request.edition,
    )


def _write_dossier(db: Database, request: ExportRequest) -> bytes:
    from app.pdf.dossier import build_dossier_pdf

    return build_dossier_pdf(db, request.target_id, lang=request.langs[0])


ITINERARY = Exporter(
    id="itinerary",
    scope=Scope.TRIP,
    suffix=".pdf",
    menu_label=N_("Itinerary PDF"),
    cli_help=N_("itinerary PDF of a trip or of one person"),
    file_filter=N_("PDF documents (*.pdf)"),
    write=_write_itinerary,
    languages=ONE_OR_TWO_LANGUAGES,
    options=frozenset({Option.PERSON, Option.SENSITIVE, Option.HOME_ZONE, Option.EDITION}),
    person_label=N_("Itinerary for one person…"),
    person_title=N_("Itinerary for one person"),
    name_part="-itinerary",
)

CALENDAR = Exporter(
    id="ics",
    scope=Scope.TRIP,
    suffix=".ics",
    menu_label=N_("Calendar file (.ics) for the trip"),
    cli_help=N_("iCalendar file of a trip or of one person's programme"),
    file_filter=N_("iCalendar files (*.ics)"),
    write=_write_ics,
    options=frozenset({Option.PERSON, Option.SENSITIVE, Option.EDITION}),
    person_label=N_("Calendar file for one person…"),
    person_title=N_("Calendar file for one person"),
)

DOSSIER = Exporter(
    id="dossier",
    scope=Scope.REGION,
    suffix=".pdf",
    menu_label=N_("Partnership dossier PDF"),
    cli_help=N_("partnership dossier PDF of a partner region"),
    file_filter=N_("PDF documents (*.pdf)"),
    write=_write_dossier,
    name_part="-dossier",
)

#: Every export, in the order of the Export menu. The CLI's sub-commands appear in
#: this order too; their names are the exporters' ids, which users' scripts rely on.
EXPORTERS: tuple[Exporter, ...] = (ITINERARY, CALENDAR, DOSSIER)


def exporter(export_id: str) -> Exporter:
    """The registered exporter with this id (ids come from the registry itself, so an
    unknown one is a programming error: KeyError)."""
    for candidate in EXPORTERS:
        if candidate.id == export_id:
            return candidate
    raise KeyError(export_id)
