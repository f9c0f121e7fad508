"""argparse's own texts ("usage:", "options", its error messages) in our catalogue.

argparse looks its texts up through the module-level names ``_`` and ``ngettext`` that
it imported from :mod:`gettext`. :func:`install` points those names at our catalogue,
so ``--help`` and the parser's errors speak the language chosen with ``--lang``; it
must run before the parser is built (the help option and the group titles are
translated when the parser is made). The msgids below are argparse's, exactly as
Python 3.11 writes them; they are listed here so that extraction keeps them.

argparse puts values into its texts with ``%r`` (``'regions'``). A translation may
quote a value itself („…“ in German, 「…」 in Japanese): :func:`install` then prints
the value without Python's quotes.
"""

from __future__ import annotations

import argparse
import re

from app.locale.i18n import N_, current_language
from app.locale.i18n import _ as _translate
from app.locale.i18n import ngettext as _ngettext

MESSAGES = (
    # Translators: argparse's usage line starts with this prefix; keep the space at the end.
    N_("usage: "),
    # Translators: heading of the help's list of positional arguments (argparse).
    N_("positional arguments"),
    # Translators: heading of the help's list of options (argparse).
    N_("options"),
    # Translators: help of -h/--help (argparse).
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    # Translators: %s is a list of argument names such as "TRIP, -o/--output".
    N_("the following arguments are required: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    # Translators: %(value)r is what the user typed; quote it („…“, 「…」), the program
    # then leaves out Python's own quotes. %(choices)s lists the allowed values.
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    # Translators: %(type)s is a Python type name (int, …); %(value)r what the user typed.
    N_("invalid %(type)s value: %(value)r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
    N_("unexpected option string: %s"),
)

_QUOTED_REPR = re.compile(r"([„「])(%(?:\([a-z_]+\))?)r([“」])")


def _quoted(translated: str, message: str) -> str:
    """A translation that quotes ``%r`` itself gets ``%s`` there instead."""
    if translated == message:
        return message
    return _QUOTED_REPR.sub(r"\1\2s\3", translated)


def argparse_gettext(message: str) -> str:
    if not message:  # argparse asks for _(None) where a group has no description
        return message
    return _quoted(_translate(message), message)


def argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _ngettext(singular, plural, n)


def install() -> str:
    """Route argparse's texts through our catalogue; returns the active language."""
    vars(argparse)["_"] = argparse_gettext
    vars(argparse)["ngettext"] = argparse_ngettext
    return current_language()
