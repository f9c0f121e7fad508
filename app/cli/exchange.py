"""CLI sub-commands that move data in and out: exports and imports.

``export KIND REF [options] -o FILE``, one KIND per registered exporter
(:mod:`app.exports.registry`), today:

``export ics TRIP [--person P] [--lang L] [--edition partner|internal] -o FILE``
``export itinerary TRIP [--person P] [--lang L|de+ja] [--home-zone TZ]
[--edition partner|internal] -o FILE``

``--edition`` defaults to ``partner``: no internal notes, no sensitive personal data;
``--include-sensitive`` is accepted only with ``--edition internal``.
``export dossier REGION [--lang L] -o FILE``

and ``import ics FILE --trip TRIP``.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.atomic import write_atomic
from app.db.engine import Database
from app.errors import PlannerError
from app.exports import registry
from app.exports.registry import Exporter, ExportRequest, Option, Scope
from app.locale.i18n import _, check_language
from app.output_paths import check_output_path, database_files
from app.services.base import resolve
from app.timeutil import home_timezone
from models.enums import Edition
from models.ids import id_of
from models.tables import Person, Region, Trip

#: The records an export's reference names, by the exporter's scope.
SCOPE_TABLES: dict[Scope, type[Trip] | type[Region]] = {Scope.TRIP: Trip, Scope.REGION: Region}

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


def export_languages(export_id: str, value: str) -> tuple[str, ...]:
    """The language(s) of an export: 'de+ja' only where the export prints two side by
    side; elsewhere one checked code."""
    if registry.exporter(export_id).max_languages > 1:
        return language_list(value)
    return (check_language(value),)


def _person_id(db: Database, ref: str | None) -> int | None:
    if ref is None:
        return None
    with db.session() as session:
        return resolve(session, Person, ref).id


def _trip_id(db: Database, ref: str) -> int:
    with db.session() as session:
        return id_of(resolve(session, Trip, ref))


def _target_id(db: Database, scope: Scope, ref: str) -> int:
    with db.session() as session:
        return resolve(session, SCOPE_TABLES[scope], ref).id  # type: ignore[return-value]


def _home_zone(value: str) -> str | None:
    return None if value.lower() in ("", "none") else value


def _done(path: Path) -> int:
    print(_("Written: {path}").format(path=path))
    return EXIT_OK


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    exporter = registry.exporter(args.kind)
    # refused before any work: the database, a device, a link, a missing folder
    protected = database_files(db)
    check_output_path(args.output, protected=protected)
    langs = export_languages(exporter.id, getattr(args, "lang", None) or args.lang_code)
    request = ExportRequest(
        target_id=_target_id(db, exporter.scope, args.ref),
        langs=langs,
        person_id=_person_id(db, getattr(args, "person", None)),
        include_sensitive=getattr(args, "include_sensitive", False),
        home_tz=_home_zone(getattr(args, "home_zone", home_timezone())),
        edition=Edition(getattr(args, "edition", Edition.PARTNER.value)),
    )
    data = exporter.write(db, request)
    path = write_atomic(args.output, data, protected=protected, private=request.include_sensitive)
    logger.info(
        "Export written: %s (%s, %d bytes%s)",
        path,
        exporter.id,
        len(data),
        ", private notes included" if request.include_sensitive else "",
    )
    return _done(path)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    from app.ics.importer import import_ics
    from app.ics.reading import read_limited

    # Read with a bound, whatever the path is: a FIFO or /dev/zero has no size to check.
    data = read_limited(Path(args.file))
    report = import_ics(db, _trip_id(db, args.trip), data)
    for line in report.lines():  # the summary first, then the details
        print(line)
    return EXIT_OK


COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "export": cmd_export,
    "import": cmd_import,
}


def add_parsers(sub: Any, add_common: Callable[..., None]) -> None:
    """Register the export/import sub-commands on the main parser."""
    export = sub.add_parser("export", help=_("write an iCalendar file or a PDF"))
    kinds = export.add_subparsers(dest="kind", required=True, parser_class=type(export))
    for exporter in registry.EXPORTERS:
        _add_export_parser(kinds, exporter, add_common)
    add_common(export, suppress=True)

    importer = sub.add_parser("import", help=_("import a programme from an iCalendar file"))
    formats = importer.add_subparsers(dest="format", required=True, parser_class=type(importer))
    ics = formats.add_parser("ics", help=_("a programme sent as .ics"))
    ics.add_argument("file", metavar="FILE")
    ics.add_argument("--trip", required=True, metavar="TRIP")
    add_common(ics, suppress=True)
    add_common(importer, suppress=True)


def _add_export_parser(kinds: Any, exporter: Exporter, add_common: Callable[..., None]) -> None:
    """``export ID REF`` with the options the exporter offers."""
    p = kinds.add_parser(exporter.id, help=_(exporter.cli_help))
    p.add_argument("ref", metavar=exporter.scope.name)
    if Option.PERSON in exporter.options:
        p.add_argument("--person", metavar="PERSON", help=_("only the items this person attends"))
    if Option.SENSITIVE in exporter.options:
        p.add_argument(
            "--include-sensitive",
            action="store_true",
            help=_("include private phone numbers, dietary and health notes"),
        )
    if Option.HOME_ZONE in exporter.options:
        p.add_argument(
            "--home-zone",
            default=home_timezone(),
            metavar="TZ",
            help=_("show times in this zone too (default {zone}; 'none' to hide)").format(
                zone=home_timezone()
            ),
        )
    if Option.EDITION in exporter.options:
        p.add_argument(
            "--edition",
            choices=[e.value for e in Edition],
            default=Edition.PARTNER.value,
            help=_(
                "partner (default): for the partner side, without internal notes; "
                "internal: for our office, with internal notes, marked internal"
            ),
        )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the file to write"))
    add_common(p, suppress=True)
