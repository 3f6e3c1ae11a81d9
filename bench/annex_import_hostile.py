"""Cell bombs against the annex importer: how fast and how flat the refusal is, what openpyxl
costs at the bound, and what the check adds to an ordinary import.

    .venv/bin/python bench/annex_import_hostile.py            # ~20 s
    .venv/bin/python bench/annex_import_hostile.py --before   # also the cost without the bound (~1 min)

Figures are printed, one line each; docs quote them.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from annex_fixtures import commune_table, write_empty_cells_docx, write_empty_cells_xlsx, write_xlsx

from cchc_desktop.errors import CchcError
from cchc_desktop.importers.annex import containers, load_tables


def load_once(path: Path, limit: int | None) -> dict:
    """One load_tables call in this process: outcome, seconds, growth of the peak RSS (MiB)."""
    if limit is not None:
        containers.MAX_CELLS = limit
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        tables = load_tables(path)
        outcome = f"read, {sum(len(t.rows) for t in tables)} rows"
    except CchcError as error:
        outcome = f"refused ({error.code})"
    elapsed = time.perf_counter() - started
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    return {"outcome": outcome, "seconds": elapsed, "rss_mib": grown}


def measure(label: str, path: Path, limit: int | None = None) -> None:
    """load_once in a fresh process, so that each peak RSS is its own."""
    command = [sys.executable, __file__, "--one", str(path)] + (["--limit", str(limit)] if limit else [])
    result = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    size = path.stat().st_size / 2**20
    print(
        f"{label}: {size:.1f} MB file, {result['outcome']}, {result['seconds']:.2f} s, "
        f"peak RSS +{result['rss_mib']:.0f} MiB",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", action="store_true", help="also load the bombs without the cell bound")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(load_once(args.one, args.limit)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bomb = write_empty_cells_xlsx(folder / "12m.xlsx", 20_000, 600)
        measure("xlsx, 12 million empty cells", bomb)
        bomb = write_empty_cells_xlsx(folder / "1m5.xlsx", 2_500, 600)
        measure("xlsx, 1.5 million empty cells", bomb)
        word = write_empty_cells_docx(folder / "1m5.docx", 50_000, 30)
        measure("docx, 1.5 million empty cells", word)
        at_bound = write_empty_cells_xlsx(folder / "bound.xlsx", containers.MAX_CELLS // 601 - 1, 600)
        measure(f"xlsx just under the bound ({containers.MAX_CELLS:,} cells and rows)", at_bound)
        ordinary = write_xlsx(folder / "commune.xlsx", commune_table())
        measure("commune annex (48 rows), with the bound", ordinary)
        measure("commune annex (48 rows), bound off", ordinary, limit=10**12)
        if args.before:
            measure("xlsx, 1.5 million empty cells, bound off", bomb, limit=10**12)
            measure("docx, 1.5 million empty cells, bound off", word, limit=10**12)


if __name__ == "__main__":
    main()
