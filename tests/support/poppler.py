"""PDFs read back with poppler (pdftotext, pdffonts, pdfinfo), as a user's viewer would."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def _run(args: list[str], data: bytes, tmp: Path) -> str:
    path = tmp / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(
        [*args, str(path), *(["-"] if args[0] == "pdftotext" else [])],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def pdf_text(data: bytes, tmp: Path, *, layout: bool = False, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return _run(args, data, tmp)


def flat(text: str) -> str:
    """Text with all whitespace removed (pdftotext wraps lines where the PDF does)."""
    return re.sub(r"\s+", "", text)


def pdf_fonts(data: bytes, tmp: Path) -> list[dict[str, str]]:
    """pdffonts rows as dicts: name, type, emb, sub, uni."""
    lines = _run(["pdffonts"], data, tmp).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [type2] encoding emb sub uni num gen
        rows.append(
            {"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3], "line": line}
        )
    return rows


def page_count(data: bytes, tmp: Path) -> int:
    info = _run(["pdfinfo"], data, tmp)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def assert_all_fonts_embedded(data: bytes, tmp: Path) -> list[dict[str, str]]:
    rows = pdf_fonts(data, tmp)
    assert rows, "no fonts at all?"
    for row in rows:
        assert row["emb"] == "yes", row["line"]
        assert row["uni"] == "yes", row["line"]  # text can be extracted and searched
    return rows
