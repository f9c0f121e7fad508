"""The batch command line: ``python main.py [--db URL] [--lang L] COMMAND …``.

Every failure is one translated line on stderr and exit status 2; no traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from app.cli import argparse_texts
from app.db.location import redact_url
from app.errors import PlannerError
from app.locale.i18n import _, check_language, ngettext, set_language, system_language
from app.logs import configure_logging
from models.enums import LANGUAGES

if TYPE_CHECKING:
    from app.db.engine import Database

EXIT_OK = 0
EXIT_ERROR = 2

logger = logging.getLogger(__name__)


class CliError(PlannerError):
    """A usage error of the command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliError(_("{message} (see --help)").format(message=message))


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        default=default,
        metavar="URL",
        help=_("database: a file path, sqlite:///… or postgresql+psycopg://…"),
    )
    parser.add_argument(
        "--lang", default=default, metavar="LANG", help=_("language of the output: de, en or ja")
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=_("write debug details to the log file"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="delegation-planner", description=_("Plans delegation trips with partner regions.")
    )
    _add_common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help=_("load the demo data (safe to run twice)"))
    _add_common(demo, suppress=True)

    lister = sub.add_parser("list", help=_("list regions, trips, people or follow-ups"))
    lister.add_argument("what", choices=["regions", "trips", "people", "followups"])
    lister.add_argument("--json", action="store_true", help=_("print a JSON array"))
    lister.add_argument(
        "--include-sensitive",
        action="store_true",
        help=_("include private phone numbers, dietary and health notes"),
    )
    _add_common(lister, suppress=True)

    check = sub.add_parser(
        "check", help=_("list the schedule problems and missing translations of a trip")
    )
    check.add_argument("trip", metavar="TRIP")
    check.add_argument("--json", action="store_true", help=_("print a JSON array"))
    _add_common(check, suppress=True)

    from app.cli import exchange as cli_exchange

    cli_exchange.add_parsers(sub, _add_common)
    return parser


def language_from_argv(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` names in ``argv`` (the last one wins, as in argparse), read
    before the parser is built so that its help and errors speak that language; None
    where there is none or it is not one of ours (the command then says so)."""
    found = None
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    code = (found or "").strip().lower()
    # A bilingual value (de+ja) is checked against the export after parsing, and
    # refused there in the system's language, as is anything else not ours.
    return code if code in LANGUAGES else None


def _language(args: argparse.Namespace) -> str:
    """The language of messages; a bilingual export (de+ja) speaks its first one."""
    lang = getattr(args, "lang", None)
    if not lang:
        return system_language()
    if "+" in lang and args.command == "export":
        from app.cli.exchange import export_languages

        return export_languages(args.kind, lang)[0]
    return check_language(lang)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from app.demo_data.loader import load_demo

    report = load_demo(db)
    print(
        ngettext(
            "Demo data loaded: {created} new record, {skipped} already present.",
            "Demo data loaded: {created} new records, {skipped} already present.",
            report.created,
        ).format(created=report.created, skipped=report.skipped)
    )
    return EXIT_OK


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    from app.cli.lists import LISTS

    rows, headers, table_rows = LISTS[args.what](db, args.lang_code, args.include_sensitive)
    if args.json:
        _print_json(rows)
    else:
        from app.cli.table_text import render_table

        print(render_table(headers, table_rows) if table_rows else _("(none)"))
    return EXIT_OK


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    from app.checks.find import find_problems
    from app.checks.problem import schedule_problems
    from app.readers.programme_view import load_trip_programme
    from app.services.base import resolve
    from models.ids import id_of
    from models.tables import Trip

    with db.session() as session:
        trip = resolve(session, Trip, args.trip)
    # With the partner-side contacts: their names and functions are printed too, so
    # their missing translations count.
    programme = load_trip_programme(db, id_of(trip))
    problems = find_problems(programme, args.lang_code)
    if args.json:
        _print_json([p.as_json() for p in problems])
        return EXIT_OK
    for problem in problems:
        print(f"⚠ {problem.message}")
    schedule = len(schedule_problems(problems))
    print(ngettext("{n} schedule problem", "{n} schedule problems", schedule).format(n=schedule))
    if missing := len(problems) - schedule:  # warnings: a partner copy can still be printed
        print(
            ngettext("{n} missing translation", "{n} missing translations", missing).format(
                n=missing
            )
        )
    return EXIT_OK


COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "check": cmd_check,
}


def fail(message: str) -> int:
    sys.stderr.write(_("error: {message}").format(message=message).replace("\n", " ") + "\n")
    return EXIT_ERROR


def _tolerant_console() -> None:
    """A console that cannot show a character (a Windows cp1252 console and a Japanese
    message, a ⚠) gets it as an escape like \\u26a0 rather than a failure that loses
    the whole message."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def run(argv: Sequence[str] | None = None, *, window: Callable[[argparse.Namespace], int]) -> int:
    """Parse and run; without a sub-command ``window`` opens the desktop window."""
    _tolerant_console()
    argv = sys.argv[1:] if argv is None else list(argv)
    set_language(language_from_argv(argv) or system_language())
    argparse_texts.install()
    # Before anything logs: without a handler, Python prints warnings to stderr.
    configure_logging()
    command = "?"
    try:
        args = build_parser().parse_args(argv)
        if args.verbose:
            configure_logging(debug=True)
        args.lang_code = _language(args)
        set_language(args.lang_code)
        if args.command is None:
            return window(args)  # it logs after its first paint, not before
        from app.cli import exchange as cli_exchange
        from app.db.opening import open_database  # not before: the window starts without it

        command = args.command
        logger.info("Command started: %s", command)
        handler = COMMANDS.get(args.command) or cli_exchange.COMMANDS[args.command]
        db = open_database(args.db)
        try:
            return handler(db, args)
        finally:
            db.close()
    except PlannerError as exc:
        logger.warning("Command %s failed: %s", command, exc.message)
        return fail(exc.message)
    except KeyboardInterrupt:
        logger.info("Command %s interrupted", command)
        return fail(_("interrupted"))
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the CLI promises no traceback (the log has it)
        logger.exception("Unexpected failure in command %s", command)
        detail = redact_url(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return fail(_("unexpected failure: {detail}").format(detail=detail))
