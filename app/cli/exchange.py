"""CLI sub-commands that move data in and out: exports and imports.

``export ics TRIP [--person P] [--lang L] -o FILE``
``export itinerary TRIP [--person P] [--lang L|de+ja] [--home-zone TZ] -o FILE``
``export dossier REGION [--lang L] -o FILE``
``import ics FILE --trip TRIP``
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.atomic import write_atomic
from app.db.engine import Database
from app.errors import ImportFileError, PlannerError
from app.locale.i18n import _, check_language
from app.services.base import resolve
from models.tables import Person, Region, Trip

EXIT_OK = 0

logger = logging.getLogger(__name__)


def language_list(value: str) -> tuple[str, ...]:
    """'de', 'ja' or 'de+ja' (bilingual) → checked language codes."""
    parts = [p for p in (value or "").split("+") if p]
    if not parts or len(parts) > 2:
        raise PlannerError(
            _("Unknown language '{lang}'. Choose one of: {choices}.").format(
                lang=value, choices="de, en, ja, de+ja"
            )
        )
    return tuple(dict.fromkeys(check_language(p) for p in parts))


def _person_id(db: Database, ref: str | None) -> int | None:
    if ref is None:
        return None
    with db.session() as session:
        return resolve(session, Person, ref).id


def _trip_id(db: Database, ref: str) -> int:
    with db.session() as session:
        return resolve(session, Trip, ref).id  # type: ignore[return-value]


def _done(path: Path) -> int:
    print(_("Written: {path}").format(path=path))
    return EXIT_OK


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    if args.kind == "ics":
        from app.ics.export import export_ics

        data = export_ics(
            db,
            _trip_id(db, args.ref),
            person_id=_person_id(db, args.person),
            lang=check_language(args.lang_code),
            include_sensitive=args.include_sensitive,
        )
    elif args.kind == "itinerary":
        from app.pdf.itinerary import build_itinerary_pdf

        langs = language_list(getattr(args, "lang", None) or args.lang_code)
        data = build_itinerary_pdf(
            db,
            _trip_id(db, args.ref),
            person_id=_person_id(db, args.person),
            langs=langs,
            home_tz=None if args.home_zone.lower() in ("", "none") else args.home_zone,
            include_sensitive=args.include_sensitive,
        )
    else:
        with db.session() as session:
            region_id = resolve(session, Region, args.ref).id
        from app.pdf.dossier import build_dossier_pdf

        data = build_dossier_pdf(db, region_id, lang=check_language(args.lang_code))
    path = write_atomic(args.output, data)
    logger.info(
        "Export written: %s (%s, %d bytes%s)",
        path,
        args.kind,
        len(data),
        ", private notes included" if getattr(args, "include_sensitive", False) else "",
    )
    return _done(path)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    from app.ics.importer import MAX_IMPORT_BYTES, import_ics

    path = Path(args.file)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(
                _("'{path}' is too large for a programme ({size} MB; at most {limit} MB).").format(
                    path=path, size=f"{size / 2**20:.1f}", limit=MAX_IMPORT_BYTES // 2**20
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            _("Cannot read '{path}': {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    report = import_ics(db, _trip_id(db, args.trip), data)
    for line in report.messages:
        print(line)
    print(
        _("Imported: {created} new, {updated} updated, {cancelled} cancelled.").format(
            created=report.created, updated=report.updated, cancelled=report.cancelled
        )
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "export": cmd_export,
    "import": cmd_import,
}


def add_parsers(sub: Any, add_common: Callable[..., None]) -> None:
    """Register the export/import sub-commands on the main parser."""
    export = sub.add_parser("export", help=_("write an iCalendar file or a PDF"))
    kinds = export.add_subparsers(dest="kind", required=True, parser_class=type(export))
    for kind, ref_name, helptext in (
        ("ics", "TRIP", _("iCalendar file of a trip or of one person's programme")),
        ("itinerary", "TRIP", _("itinerary PDF of a trip or of one person")),
        ("dossier", "REGION", _("partnership dossier PDF of a partner region")),
    ):
        p = kinds.add_parser(kind, help=helptext)
        p.add_argument("ref", metavar=ref_name)
        if kind != "dossier":
            p.add_argument(
                "--person", metavar="PERSON", help=_("only the items this person attends")
            )
            p.add_argument(
                "--include-sensitive",
                action="store_true",
                help=_("include private phone numbers, dietary and health notes"),
            )
        if kind == "itinerary":
            p.add_argument(
                "--home-zone",
                default="Europe/Berlin",
                metavar="TZ",
                help=_("show times in this zone too (default Europe/Berlin; 'none' to hide)"),
            )
        p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the file to write"))
        add_common(p, suppress=True)
    add_common(export, suppress=True)

    importer = sub.add_parser("import", help=_("import a programme from an iCalendar file"))
    formats = importer.add_subparsers(dest="format", required=True, parser_class=type(importer))
    ics = formats.add_parser("ics", help=_("a programme sent as .ics"))
    ics.add_argument("file", metavar="FILE")
    ics.add_argument("--trip", required=True, metavar="TRIP")
    add_common(ics, suppress=True)
    add_common(importer, suppress=True)
