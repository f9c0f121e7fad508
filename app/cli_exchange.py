"""CLI sub-commands that move data in and out: exports and imports."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.db import Database

COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {}


def add_parsers(sub: Any, add_common: Callable[..., None]) -> None:
    """Register the export/import sub-commands on the main parser."""
