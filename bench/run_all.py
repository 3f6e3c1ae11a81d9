"""Every benchmark of the program in one run, then each figure against its goal.

    .venv/bin/python bench/run_all.py             # the quick set: under 2 minutes on 2 cores
    .venv/bin/python bench/run_all.py --smoke     # tiny sizes, two at a time: the scripts run (test)
    .venv/bin/python bench/run_all.py --only startup,pdf

Each bench script runs in its own process with the quick set's sizes (docs/benchmarks.md gives the
longer runs), its own lines printed as they come, prefixed by its name; then the summary, one
line per figure: the value, the goal where the issues set one, met or not. A goal in brackets is one for the
whole command of which the figure is a part (the PDF and workbook writers alone): shown, not judged. The figures are read
from the scripts' lines: a script whose output no longer carries a figure fails the run (and
tests/test_benchmarks_smoke.py with it), so the scripts cannot rot unnoticed.

Children run offscreen, with a temporary data folder and window settings: nothing of the user's
is touched. Exit code: 0 when every script ran and every figure was found (a goal not met is
reported, not an error).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TIMEOUT_S = 900


@dataclass(frozen=True)
class Bench:
    name: str
    script: str
    quick: tuple[str, ...]
    smoke: tuple[str, ...]


# The quick set: the sizes the issues name (exports of 100, 500 and 10,000 rows, imports of 500,
# a 10,000-row register), fewer repeats than the scripts' defaults.
BENCHES = [
    Bench("startup", "startup.py", ("--repeat", "3"), ("--repeat", "1", "--smoke")),
    Bench("register", "register.py", ("--rows", "10000", "--repeat", "3"), ("--rows", "60", "--repeat", "3")),
    Bench(
        "window", "annex_window.py", ("--rows", "10000", "--repeat", "3"), ("--rows", "60", "--repeat", "1")
    ),
    Bench("import", "imports.py", ("--rows", "500", "--repeat", "2"), ("--rows", "10", "--repeat", "1")),
    Bench(
        "pdf",
        "pdf_export.py",
        ("--rows", "100,500,10000", "--repeat", "1", "--no-libreoffice"),
        ("--rows", "10", "--repeat", "1", "--no-libreoffice"),
    ),
    Bench("office", "office_export.py", ("--rows", "100", "500", "10000"), ("--rows", "10")),
    Bench("scoring", "scoring_form.py", (), ("--smoke",)),
    Bench(
        "documents",
        "documents.py",
        ("--rows", "500", "--repeat", "1", "--evidence-mb", "20"),
        ("--rows", "10", "--repeat", "1", "--evidence-mb", "1", "--smoke"),
    ),
    # Ten years at a quarter of the full size here (one plan of 300 rows a year, one round of
    # progress): the full run (the script's defaults, ~75 s) is the one judged in docs/benchmarks.md.
    Bench(
        "ten-years",
        "ten_years.py",
        ("--plans", "1", "--rows", "300", "--updates", "1", "--repeat", "3"),
        (
            "--years",
            "2",
            "--plans",
            "1",
            "--rows",
            "20",
            "--updates",
            "1",
            "--criteria",
            "2,2,3",
            "--repeat",
            "1",
        ),
    ),
]


@dataclass(frozen=True)
class Figure:
    label: str
    bench: str
    pattern: str  # a regular expression; its first group is the value; {export}, {import_} sizes
    unit: str
    goal: str = ""
    met: Callable[[float], bool] | None = None
    optional: bool = False  # absent without an error (LibreOffice not installed, a page not yet there)
    last: bool = False  # the last matching line (the largest size a script prints)


def _at_most(limit: float) -> Callable[[float], bool]:
    return lambda value: value <= limit


EXPORT_SIZES = {"quick": ("100", "500", "10000"), "smoke": ("10", "10", "10")}
FIGURES = [
    Figure("start-up, window, existing database", "startup", r"^start-up: window, existing database.*?([\d.]+) s median", "s", "≤ 0.3 s", _at_most(0.3)),
    Figure("start-up, window, first run (demo plan)", "startup", r"^start-up: window, first run.*?([\d.]+) s median", "s", "≤ 0.5 s", _at_most(0.5)),
    Figure("start-up, cchc --version", "startup", r"^start-up: cchc --version.*?([\d.]+) s median", "s"),
    Figure("annex view open, core (register view)", "register", r"^register view loaded.*?([\d.]+) ms", "ms"),
    Figure("annex view open, Kế hoạch page (tree)", "window", r"^window: annex tree shown.*?(\d+) ms median", "ms", "≤ 300 ms", _at_most(300)),
    Figure("annex view open, Nhiệm vụ page (table)", "window", r"^window: register opened.*?(\d+) ms median", "ms", "≤ 300 ms", _at_most(300), optional=True),
    Figure("search keystroke, core (re-filter)", "register", r"^search keystroke, re-filter.*?([\d.]+) ms", "ms", "(≤ 50 ms)"),
    Figure("search keystroke, Nhiệm vụ page", "window", r"^window: search keystroke.*?(\d+) ms median", "ms", "≤ 50 ms", _at_most(50), optional=True),
    Figure("edit committed (one cell, undoable)", "register", r"^edit committed: set_cell.*?([\d.]+) ms", "ms", "≤ 30 ms", _at_most(30)),
    Figure("peak memory, 10,000-row register (core)", "register", r"^peak RSS of the process\s+([\d.]+) MB", "MB", "≤ 250 MB", _at_most(250)),
    Figure("progress recorded (one edit)", "register", r"^progress recorded.*?([\d.]+) ms", "ms"),
    Figure("import {import_}-row xlsx, to the preview", "import", r"^import xlsx rows=\s*{import_}: preview ([\d.]+) s", "s"),
    Figure("import {import_}-row docx, to the preview", "import", r"^import docx rows=\s*{import_}: preview ([\d.]+) s", "s"),
    Figure("PDF annex {e0} rows, render", "pdf", r"^pdf rows=\s*{e0} .*?render_s=([\d.]+)", "s"),
    Figure("PDF annex {e1} rows, render", "pdf", r"^pdf rows=\s*{e1} .*?render_s=([\d.]+)", "s", "(cmd ≤ 0.5 s)"),
    Figure("PDF annex {e2} rows, render", "pdf", r"^pdf rows=\s*{e2} .*?render_s=([\d.]+)", "s", "(cmd ≤ 8 s)"),
    Figure("xlsx annex {e0} rows", "office", r"^\s*{e0} rows → xlsx: ([\d.]+) s first", "s"),
    Figure("xlsx annex {e1} rows", "office", r"^\s*{e1} rows → xlsx: ([\d.]+) s first", "s"),
    Figure("xlsx annex {e2} rows", "office", r"^\s*{e2} rows → xlsx: ([\d.]+) s first", "s", "(cmd ≤ 2 s)"),
    Figure("docx annex {e0} rows", "office", r"^\s*{e0} rows → docx: ([\d.]+) s first", "s"),
    Figure("docx annex {e1} rows", "office", r"^\s*{e1} rows → docx: ([\d.]+) s first", "s"),
    Figure("docx annex {e2} rows", "office", r"^\s*{e2} rows → docx: ([\d.]+) s first", "s"),
    Figure("cchc export annex {import_} rows, PDF (whole command)", "documents", r"^pdf\s+dense rows=\s*{import_} .*?whole command ([\d.]+) s", "s", "≤ 0.5 s", _at_most(0.5)),
    Figure("scoring form open (300 sub-criteria)", "scoring", r"^open the form[^:]*:\s+(\d+) ms", "ms", "≤ 300 ms", _at_most(300)),
    Figure("scoring: a typed score, totals updated", "scoring", r"^a typed score[^:]*:\s+(\d+) ms", "ms", "≤ 30 ms", _at_most(30)),
    Figure("package create, 20 MB of evidence (command)", "documents", r"^package evidence=\s*\d+ MB: create ([\d.]+) s", "s", last=True),
    Figure("package verify, 20 MB of evidence (command)", "documents", r"^package evidence=.*?verify ([\d.]+) s", "s", last=True),
    Figure("ten years in the database (quarter size), no evidence", "ten-years", r"^database size, \d+ years.*?([\d.]+) MB", "MB", "(< 50 MB full)"),
    Figure("ten years: register view of this year's plan", "ten-years", r"^register view of this year's plan\s+([\d.]+) ms", "ms"),
    Figure("ten years: this year's assessment loaded", "ten-years", r"^scoring: this year's assessment loaded\s+([\d.]+) ms", "ms"),
    Figure("LibreOffice ÷ ours, same annex to PDF", "documents", r"^soffice .*?= ([\d.]+)×", "×", "> 1 (faster)", lambda v: v > 1, optional=True),
]  # fmt: skip


def child_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Bytecode as an installed copy has it: the checkout's and the libraries' own __pycache__
    # (a PYTHONPYCACHEPREFIX would compile every library again in each new folder).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(work / "config"),
            "CCHC_DATA_DIR": str(work / "data"),
            "PYTHONIOENCODING": "utf-8",
        }
    )
    return env


@dataclass
class Outcome:
    bench: Bench
    lines: list[str]
    seconds: float
    code: int


def run_bench(bench: Bench, mode: str, work: Path, echo: bool) -> Outcome:
    args = list(bench.smoke if mode == "smoke" else bench.quick)
    if bench.script == "pdf_export.py":
        args += ["--out", str(work / "pdf")]  # its files in our folder, removed with it
    command = [sys.executable, str(BENCH / bench.script), *args]
    started = time.perf_counter()
    lines: list[str] = []
    with subprocess.Popen(
        command,
        cwd=ROOT,
        env=child_env(work),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as process:
        assert process.stdout is not None
        for raw in process.stdout:
            line = raw.rstrip("\n")
            if "propagateSizeHints" in line:
                continue  # Qt's offscreen plugin says it at every window
            lines.append(line)
            if echo:
                print(f"[{bench.name}] {line}", flush=True)
        code = process.wait(timeout=TIMEOUT_S)
    return Outcome(bench, lines, time.perf_counter() - started, code)


def _format(template: str, mode: str) -> str:
    e0, e1, e2 = EXPORT_SIZES[mode]
    import_ = "10" if mode == "smoke" else "500"
    return template.replace("{e0}", e0).replace("{e1}", e1).replace("{e2}", e2).replace("{import_}", import_)


def _find(pattern: str, lines: list[str], last: bool = False) -> float | None:
    compiled = re.compile(pattern)
    for line in reversed(lines) if last else lines:
        match = compiled.search(line)
        if match:
            return float(match.group(1))
    return None


def summary(outcomes: dict[str, Outcome], mode: str) -> tuple[list[str], list[str]]:
    """The summary lines, and the figures missing from scripts that ran."""
    lines, missing = [], []
    for figure in FIGURES:
        outcome = outcomes.get(figure.bench)
        if outcome is None:
            continue
        label = _format(figure.label, mode)
        value = _find(_format(figure.pattern, mode), outcome.lines, figure.last)
        if value is None:
            if not figure.optional or outcome.code != 0:
                missing.append(label)
            lines.append(f"  {label:<52} {'—':>10}   {figure.goal or '':<14} not measured")
            continue
        shown = f"{value:g} {figure.unit}" if figure.unit != "×" else f"{value:.1f}×"
        verdict = ""
        if figure.met is not None and mode != "smoke":
            verdict = "met" if figure.met(value) else "NOT met"
        lines.append(f"  {label:<52} {shown:>10}   {figure.goal or '—':<14} {verdict}".rstrip())
    return lines, missing


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    soffice = "LibreOffice installed" if shutil.which("soffice") else "no LibreOffice"
    return (
        f"{dt.datetime.now():%Y-%m-%d %H:%M}, {platform.system()} {platform.release()}, {cpu}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {soffice}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--smoke", action="store_true", help="tiny sizes, two scripts at a time: they run, nothing more"
    )
    parser.add_argument("--only", help="comma-separated bench names: " + ", ".join(b.name for b in BENCHES))
    args = parser.parse_args(argv)
    mode = "smoke" if args.smoke else "quick"
    chosen = [b for b in BENCHES if not args.only or b.name in args.only.split(",")]
    print(f"bench/run_all ({mode}): {machine()}", flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cchc-bench-all-") as folder:
        work = Path(folder)
        if args.smoke:  # quick figures must not compete for the cores; smoke runs just need to run
            with ThreadPoolExecutor(max_workers=2) as pool:
                done = list(pool.map(lambda b: run_bench(b, mode, work, echo=False), chosen))
            for outcome in done:
                for line in outcome.lines:
                    print(f"[{outcome.bench.name}] {line}")
        else:
            done = [run_bench(b, mode, work, echo=True) for b in chosen]
    outcomes = {o.bench.name: o for o in done}
    failed = [o for o in done if o.code != 0]
    lines, missing = summary(outcomes, mode)
    print(f"\nFigures ({mode} set; value, goal, verdict):")
    print("\n".join(lines))
    for outcome in done:
        print(
            f"  [{outcome.bench.name}] {outcome.seconds:.1f} s"
            + (f", exit code {outcome.code}" if outcome.code else "")
        )
    print(f"bench/run_all: {len(done)} scripts in {time.perf_counter() - started:.0f} s", flush=True)
    if failed:
        print("failed: " + ", ".join(o.bench.name for o in failed), file=sys.stderr)
    if missing:
        print("figures not found in the scripts' output: " + "; ".join(missing), file=sys.stderr)
    return 1 if failed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
