"""Start-up, whole process, as the user waits for it: the window from the command to its first
paint (offscreen), on an existing database and on a first run that loads the demo plan, and
``cchc --version``; from the source tree, or from a bundle built by pyinstaller.spec.

    .venv/bin/python bench/startup.py [--repeat 5] [--bundle dist/cchc-desktop]

The window quits right after it has shown (CCHC_EXIT_AFTER_START, read by gui/app.py). Bytecode is
cached (PYTHONDONTWRITEBYTECODE is lifted for the children: a shell with it set would compile
every module of the program on every start) and a warm-up run goes first, as on an installed copy. One line per
figure: the median of ``--repeat`` runs, the fastest and slowest beside it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120


def child_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)  # the checkout's and the libraries' own __pycache__
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "CCHC_EXIT_AFTER_START": "1",
            "XDG_CONFIG_HOME": str(work / "config"),  # window geometry: not the user's own
            "CCHC_DATA_DIR": str(work / "unused"),
        }
    )
    env.pop("CCHC_CONSOLE", None)
    return env


def commands(bundle: Path | None) -> tuple[list[str], list[str]]:
    """(the window, the command line) as a user starts them."""
    if bundle is None:
        return [sys.executable, "-m", "cchc_desktop"], [sys.executable, "-m", "cchc_desktop.cli"]
    suffix = ".exe" if sys.platform == "win32" else ""
    return [str(bundle / f"CCHC Desktop{suffix}")], [str(bundle / f"cchc{suffix}")]


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows: wall time only
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (CPU: the figure to trust on a busy machine)."""
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")
    return seconds, _children_cpu() - cpu


def line(label: str, runs: list[tuple[float, float]]) -> str:
    walls = [wall for wall, _cpu in runs]
    cpu = statistics.median(c for _wall, c in runs)
    return (
        f"start-up: {label:<44} {statistics.median(walls):6.3f} s median "
        f"(min {min(walls):.3f}, max {max(walls):.3f}, cpu {cpu:.3f} s, n={len(runs)})"
    )


def measure(repeat: int, bundle: Path | None, work: Path, smoke: bool = False) -> list[str]:
    """``smoke``: one run of each, no warm-up (the first-run folder is then the existing one)."""
    env = child_env(work)
    window, cli = commands(bundle)
    where = "bundle" if bundle is not None else "source"
    existing = work / "existing"
    first = [timed([*window, "--data-dir", str(existing)], env)] if smoke else []
    if not smoke:
        timed([*window, "--data-dir", str(existing)], env)  # first run: the demo plan; bytecode cached
        timed([*window, "--data-dir", str(existing)], env)  # and a warm start, not counted
    runs = [timed([*window, "--data-dir", str(existing)], env) for _ in range(repeat)]
    for number in range(0 if smoke else repeat):
        folder = work / f"first-{number}"
        first.append(timed([*window, "--data-dir", str(folder)], env))
        shutil.rmtree(folder, ignore_errors=True)
    lines = [
        line(f"window, existing database ({where})", runs),
        line(f"window, first run with the demo plan ({where})", first),
    ]
    if not smoke:
        timed([*cli, "--version"], env)
    lines.append(line(f"cchc --version ({where})", [timed([*cli, "--version"], env) for _ in range(repeat)]))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--bundle", type=Path, help="the bundle's folder (dist/cchc-desktop) instead of the source"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="no warm-up runs: the code runs, figures mean little"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cchc-bench-start-") as folder:
        for text in measure(max(1, args.repeat), args.bundle, Path(folder), args.smoke):
            print(text, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
