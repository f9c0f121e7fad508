"""Delegation Planner: no sub-command opens the desktop window, sub-commands run in batch."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _window(args: argparse.Namespace) -> int:
    from ui.shell.application import run_window

    return run_window(db=args.db, lang=getattr(args, "lang", None))


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli.commands import run

    return run(argv, window=_window)


if __name__ == "__main__":
    sys.exit(main())
