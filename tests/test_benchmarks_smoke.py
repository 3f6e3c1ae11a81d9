"""bench/run_all.py in its smoke mode: every bench script runs at a tiny size (two at a time) and
every figure the summary reads from their output is found, so the scripts cannot rot unnoticed.
About 20 s on the 2-core machine (most of it starting windows offscreen); the figures themselves
mean nothing at these sizes: docs/benchmarks.md has the real ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import run_all  # noqa: E402


@pytest.mark.slow
def test_every_bench_runs_and_every_figure_is_found(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run_all.py"), "--smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    out = done.stdout
    summary = out.split("Figures (smoke set")[1]
    for bench in run_all.BENCHES:
        assert f"[{bench.name}]" in out, bench.name
    measured = [line for line in summary.splitlines() if line.startswith("  ") and "not measured" not in line]
    assert len(measured) >= len([f for f in run_all.FIGURES if not f.optional])
    assert "start-up, window, existing database" in summary and "scoring form open" in summary


def test_a_figure_missing_from_a_script_s_output_is_an_error():
    outcome = run_all.Outcome(run_all.BENCHES[0], ["start-up: something else entirely"], 1.0, 0)
    lines, missing = run_all.summary({"startup": outcome}, "quick")
    assert "start-up, window, existing database" in missing
    assert any("not measured" in line for line in lines)


def test_goals_are_judged_in_the_quick_set_only():
    outcome = run_all.Outcome(
        run_all.BENCHES[0],
        [
            "start-up: window, existing database (source)   0.412 s median (min 0.4, max 0.5, cpu 0.4 s, n=3)",
            "start-up: window, first run with the demo plan (source)  0.450 s median (min 0.4, n=3)",
            "start-up: cchc --version (source)   0.090 s median (min 0.08, n=3)",
        ],
        1.0,
        0,
    )
    quick, missing = run_all.summary({"startup": outcome}, "quick")
    assert not missing
    assert quick[0].endswith("NOT met") and quick[1].endswith("met") and not quick[1].endswith("NOT met")
    smoke, _ = run_all.summary({"startup": outcome}, "smoke")
    assert not any(line.endswith("met") for line in smoke)
