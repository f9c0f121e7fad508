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


def test_a_new_results_table_keeps_the_performance_history(tmp_path: Path) -> None:
    """The measurements behind the code's shape live in RESULTS.md's history, which a
    run rewriting the table above it must keep."""
    from benchmarks.common import HISTORY_HEADING, Row
    from benchmarks.run import RESULTS, Context, write_results

    assert HISTORY_HEADING in RESULTS.read_text(encoding="utf-8")
    path = tmp_path / "RESULTS.md"
    history = f"{HISTORY_HEADING}\n\n- 2 s and 100 MB → 0.4 s and 40 MB\n"
    path.write_text(f"# Benchmark results\n\nold table\n\n{history}", encoding="utf-8")
    ctx = Context(
        quick=True,
        repeat=1,
        scale=0.05,
        workdir=tmp_path,
        db_path=tmp_path / "scale.db",
        trips={},
        region_id=0,
        postgres=False,
        log=print,
    )
    write_results(path, [Row("2 ICS export", "9 ms", "8 ms", 1.1, "≤ 1.3×", True)], ctx, 1.0)
    text = path.read_text(encoding="utf-8")
    assert "old table" not in text and "| 2 ICS export | 9 ms | 8 ms |" in text
    assert text.endswith("\n\n" + history)

    fresh = tmp_path / "fresh.md"
    write_results(fresh, [], ctx, 1.0)
    assert HISTORY_HEADING not in fresh.read_text(encoding="utf-8")
