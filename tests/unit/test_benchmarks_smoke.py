"""The benchmarks run end to end (quick mode, as CI runs them); no timing is asserted."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_benchmark_prints_the_table(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATION_PLANNER_DB"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    output = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:6] == ["figure", "ours", "floor", "ratio", "target", "result"]
    figures = {int(m.group(1)) for line in lines if (m := re.match(r"([1-7])[a-z]? ", line))}
    assert figures == set(range(1, 8)), proc.stdout
    for line in lines:
        if re.match(r"[1-7][a-z]? ", line):
            # Every row ends in a verdict; "n/a" only where a module or server is missing.
            assert line.rstrip().endswith(("pass", "FAIL", "n/a")), line
    text = output.read_text(encoding="utf-8")
    assert "| figure | ours | floor | ratio | target | result |" in text
    assert "Machine:" in text and "Python" in text
