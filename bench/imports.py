"""Importing an annex from Excel and Word: the time to the preview (read the file, find the table,
map the columns, build the tree) and to store it (one undoable edit), 500 rows by default.

    .venv/bin/python bench/imports.py [--rows 500] [--repeat 3]

The files are the dense annex of bench/pdf_export.py (long cells, as a real commune annex),
written by the program's own exporters, so that they are tables a user would import. Each format
runs in its own process: the first preview pays for importing openpyxl or python-docx, as the
first import of a working session does; the best of ``--repeat`` follows. One line per format.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from pdf_export import make_plan


def _child(kind: str, rows: int, repeat: int, folder: Path) -> dict:
    from cchc_desktop.exporters.docx_plan import write_annex_docx
    from cchc_desktop.exporters.xlsx_annex import write_annex_xlsx
    from cchc_desktop.services.workspace import Workspace

    source = folder / f"phu-luc-{rows}.{kind}"
    (write_annex_xlsx if kind == "xlsx" else write_annex_docx)(make_plan(rows), source)
    ws = Workspace.open(folder / f"data-{kind}")
    previews = []
    preview = None
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        _tables, preview = ws.imports.preview(source)
        previews.append(time.perf_counter() - started)
    assert preview is not None
    started = time.perf_counter()
    result = ws.imports.apply(preview)
    stored = time.perf_counter() - started
    ws.close()
    return {
        "first": previews[0],
        "best": min(previews),
        "stored": stored,
        "rows": preview.total_rows,
        "tasks": result.counts.tasks,
        "kib": source.stat().st_size // 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, folder = args.child
        print(json.dumps(_child(kind, args.rows, args.repeat, Path(folder))))
        return 0
    with tempfile.TemporaryDirectory(prefix="cchc-bench-import-") as folder:
        for kind in ("xlsx", "docx"):
            done = subprocess.run(
                [sys.executable, __file__, "--rows", str(args.rows), "--repeat", str(args.repeat),
                 "--child", kind, folder],
                capture_output=True, text=True, check=True, timeout=600,
            )  # fmt: skip
            found = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"import {kind:<4} rows={args.rows:>6}: preview {found['first']:.2f} s first in the process "
                f"(best {found['best']:.2f} s), stored {found['stored']:.2f} s; "
                f"{found['rows']} rows, {found['tasks']} tasks read from {found['kib']} KiB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
