"""Documents out, side by side with LibreOffice, and upload packages with flat memory.

    .venv/bin/python bench/documents.py [--rows 500,10000] [--repeat 3] [--evidence-mb 200] [--keep DIR]

Every figure is a WHOLE command in its own process, as a user runs it (``cchc export annex …``,
``cchc package create …``): start-up, opening the data folder, loading, rendering, writing.
Bytecode is cached in the bench's folder and one warm-up run goes first, as on an installed
copy. Wall seconds are the best of ``--repeat``; CPU seconds (user + system of the child) are
given too, the figure to trust on a machine shared with other work.

- the annex PDF, two annexes per size: "dense", the PDF bench's rows (long cells, ~4 rows a
  page, as the real commune annex has about 5) and "light" (short cells, ~9 rows a page);
- the annex workbook (.xlsx), the same dense annex;
- LibreOffice (``soffice --headless --convert-to pdf``) converting that same workbook, after a
  warm-up conversion with its own profile folder; the ratio is LibreOffice's time over ours;
- a package of ``--evidence-mb`` MB of evidence (and of a tenth of it, to show memory does not
  grow with it): seconds and peak RSS of the ``cchc package create`` process, then ``verify``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from office_export import big_plan
from pdf_export import make_plan

from cchc_desktop.services.plans import fresh_identities
from cchc_desktop.services.workspace import Workspace

# A child's own peak RSS: run the command in-process and report it. On Linux the high-water
# mark of the process's memory (VmHWM) is read, since getrusage's ru_maxrss carries the parent's
# peak over fork and exec (the bench itself grows to ~100 MB building 10,000-row plans).
_CHILD = """
import json, resource, sys, time
started = time.perf_counter()
from cchc_desktop.cli import main
code = main(sys.argv[1:])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    pass
print(json.dumps({"code": code, "rss_mb": peak, "inner_s": time.perf_counter() - started}))
"""


SMOKE = False  # --smoke (bench/run_all.py --smoke): every path runs once, nothing is warmed up


def child_env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONPATH"] = str(ROOT)
    return env


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr}")
    return wall, cpu, done


def best(command: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    runs = [timed(command, env)[:2] for _ in range(repeat)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def cchc(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "cchc_desktop.cli", "--data-dir", str(data), *args]


def make_folder(folder: Path, doc) -> Path:
    with Workspace.open(folder) as ws:
        ws.plans.create(fresh_identities(doc))
    return folder


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def bench_annex(rows: int, repeat: int, work: Path, env: dict[str, str]) -> dict:
    out: dict = {"rows": rows}
    dense = make_folder(work / f"dense-{rows}", make_plan(rows))
    light = make_folder(work / f"light-{rows}", big_plan(rows))
    runs = repeat if rows <= 1000 else 1
    for name, folder in (("dense", dense), ("light", light)):
        target = work / f"annex-{name}-{rows}.pdf"
        command = cchc(folder, "export", "annex", "1", "--format", "pdf", "-o", str(target))
        if not SMOKE:
            timed(command, env)  # warm-up: bytecode cached, files in the page cache
        wall, cpu = best(command, env, runs)
        out[f"pdf_{name}"] = {"wall_s": wall, "cpu_s": cpu, "pages": pages(target)}
        print(
            f"pdf  {name:<5} rows={rows:>6} pages={pages(target):>5} whole command {wall:.2f} s (cpu {cpu:.2f} s)",
            flush=True,
        )
    workbook = work / f"annex-dense-{rows}.xlsx"
    command = cchc(dense, "export", "annex", "1", "--format", "xlsx", "-o", str(workbook))
    if not SMOKE:
        timed(command, env)
    wall, cpu = best(command, env, runs)
    out["xlsx"] = {"wall_s": wall, "cpu_s": cpu, "kib": workbook.stat().st_size // 1024}
    print(
        f"xlsx dense rows={rows:>6} whole command {wall:.2f} s (cpu {cpu:.2f} s), {workbook.stat().st_size // 1024} KiB",
        flush=True,
    )
    out["soffice"] = None if SMOKE else libreoffice(workbook, work, runs)
    if out["soffice"]:
        ratio = out["soffice"]["wall_s"] / out["pdf_dense"]["wall_s"]
        out["ratio"] = ratio
        print(
            f"soffice    rows={rows:>6} pages={out['soffice']['pages']:>5} convert {out['soffice']['wall_s']:.2f} s "
            f"→ LibreOffice / ours (dense PDF) = {ratio:.1f}×",
            flush=True,
        )
    return out


def libreoffice(workbook: Path, work: Path, repeat: int) -> dict | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice skipped: LibreOffice is not installed", flush=True)
        return None
    profile = (work / "lo-profile").as_uri()
    target = work / "lo"
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(target),
        str(workbook),
    ]
    if not (work / "lo-profile").exists():
        timed(
            command, dict(os.environ)
        )  # its profile is made on the first start, as on a user's machine once
    wall, cpu = best(command, dict(os.environ), repeat)
    return {"wall_s": wall, "cpu_s": cpu, "pages": pages(target / workbook.with_suffix(".pdf").name)}


def evidence_folder(work: Path, megabytes: int) -> Path:
    """The demo plan with ``megabytes`` of evidence: files of 25 MB attached to its rows."""
    from cchc_desktop import paths
    from cchc_desktop.interchange.plan_json import read_plan_file

    folder = make_folder(work / f"evidence-{megabytes}", read_plan_file(paths.demo_plan_path()))
    chunk = os.urandom(1 << 20)
    with Workspace.open(folder) as ws:
        rows = [row for _s, _i, row in ws.plans.document(1).all_rows()]
        left, index = megabytes, 0
        while left > 0:
            size = min(left, 25)
            source = work / f"scan-{megabytes}-{index}.pdf"
            with open(source, "wb") as handle:
                for block in range(size):
                    handle.write(bytes([index, block]) + chunk[2:])  # distinct files
            ws.evidence.attach_file(rows[index % len(rows)].uuid, source, number=f"{100 + index}/QĐ-UBND")
            source.unlink()
            left, index = left - size, index + 1
    return folder


def bench_package(megabytes: int, work: Path, env: dict[str, str]) -> dict:
    out = {}
    for size in (megabytes,) if SMOKE else (max(megabytes // 10, 1), megabytes):
        folder = evidence_folder(work, size)
        target = work / f"goi-{size}.zip"
        create = [
            sys.executable,
            "-c",
            _CHILD,
            "--data-dir",
            str(folder),
            "package",
            "create",
            "1",
            "-o",
            str(target),
        ]
        if not SMOKE:
            timed(create, env)  # warm-up: bytecode of the exporters cached, as on an installed copy
        wall, cpu, done = timed(create, env)
        rss = json.loads(done.stdout.strip().splitlines()[-1])["rss_mb"]
        vwall, vcpu, vdone = timed(
            [sys.executable, "-c", _CHILD, "--data-dir", str(folder), "package", "verify", str(target)], env
        )
        vrss = json.loads(vdone.stdout.strip().splitlines()[-1])["rss_mb"]
        out[size] = {
            "create_s": wall,
            "create_cpu_s": cpu,
            "create_rss_mb": rss,
            "verify_s": vwall,
            "verify_rss_mb": vrss,
            "zip_mb": target.stat().st_size / 1e6,
        }
        print(
            f"package evidence={size:>4} MB: create {wall:.2f} s (cpu {cpu:.2f} s), peak RSS {rss:.0f} MB; "
            f"verify {vwall:.2f} s, peak RSS {vrss:.0f} MB; zip {target.stat().st_size / 1e6:.0f} MB",
            flush=True,
        )
        target.unlink()
        shutil.rmtree(folder)
    return out


def start_up(work: Path, env: dict[str, str], repeat: int) -> None:
    version = [sys.executable, "-m", "cchc_desktop.cli", "--version"]
    if not SMOKE:
        timed(version, env)
    wall, cpu = best(version, env, repeat)
    print(f"start-up (cchc --version, whole process) {wall:.3f} s (cpu {cpu:.3f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="500,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--evidence-mb", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="work here instead of a temporary folder")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="no warm-up runs, one package, no LibreOffice: the code runs, the figures mean little",
    )
    args = parser.parse_args()
    global SMOKE
    SMOKE = args.smoke
    work = args.keep or Path(tempfile.mkdtemp(prefix="cchc-bench-docs-"))
    work.mkdir(parents=True, exist_ok=True)
    env = child_env(work / "pycache")
    if (
        SMOKE
    ):  # the libraries' own bytecode: not compiled again in a new folder for a run that measures nothing
        env.pop("PYTHONPYCACHEPREFIX", None)
    try:
        start_up(work, env, args.repeat)
        results = [bench_annex(int(n), args.repeat, work, env) for n in args.rows.split(",") if n]
        if args.evidence_mb:
            bench_package(args.evidence_mb, work, env)
        (work / "figures.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
