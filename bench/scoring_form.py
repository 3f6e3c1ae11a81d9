"""Figures for the scoring page with a set of 300 sub-criteria: how long the form takes to open
(loading the assessment, rolling it up, the tree laid out and painted) and how long a typed
score takes to update every total (the service checks it and writes the undoable edit, the
page reads the assessment again, rolls it up, repaints the lines that changed). Targets: open
≤ 300 ms, a typed score ≤ 30 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/scoring_form.py

Wall-clock milliseconds, median of several runs (the page is what the user waits for).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from criteria_sets import big_set

from cchc_desktop.gui.app import create_application, open_main_window
from cchc_desktop.gui.models.criteria_form import KEYS
from cchc_desktop.gui.pages.scoring import ScoringPage


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.0f} ms (min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f})"


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="a set of 12 sub-criteria, one run of each: the code runs, nothing is measured",
    )
    args = parser.parse_args(argv)
    opens_n, typed_n, sizes = (1, 2, (2, 2, 3)) if args.smoke else (5, 24, (10, 5, 6))
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # window geometry: not the user's
        window = open_main_window(Path(tmp) / "data")
        window.resize(1366, 728)
        window.show()
        ws = window.ws
        stored = ws.criteria.store(big_set(*sizes), "bench")
        assert stored.record is not None
        leaves = [c.code for c in stored.criteria_set.leaves()]
        record = ws.scoring.create(stored.record.id, 2026, body="UBND xã Đo Tốc Độ")
        for code in leaves[::2]:  # half of it scored, as mid-way through the work
            criterion = stored.criteria_set.find(code)
            assert criterion is not None
            kind = criterion.rule.kind
            figure = {"free": None, "yes_no": "có", "choice": "trễ hạn", "rate": "118/120"}[kind]
            ws.scoring.update(
                record.id, code, **({"self_score": "0,75"} if figure is None else {"figure": figure})
            )
        page = window.page(ScoringPage)
        assert isinstance(page, ScoringPage)
        window.nav.setCurrentRow(window.pages.index(page))
        app.processEvents()

        opens = []
        for _ in range(opens_n):
            page.open(None)
            app.processEvents()
            start = time.perf_counter()
            page.open(record.id)
            page.ui.formTree.viewport().repaint()
            app.processEvents()
            opens.append(time.perf_counter() - start)

        free = [c for c in leaves if stored.criteria_set.find(c).rule.kind == "free"]  # type: ignore[union-attr]
        column = KEYS.index("self_score")
        typed = []
        for number, code in enumerate(free[:typed_n]):
            index = page.model.index_of_code(code, column)
            page.ui.formTree.scrollTo(index)
            app.processEvents()
            start = time.perf_counter()
            ok = page.model.setData(index, "0,5" if number % 2 else "1")
            app.processEvents()  # the changed lines, the totals strip and the index painted
            typed.append(time.perf_counter() - start)
            assert ok, code
        state = page.state
        assert state is not None
        rollups = []
        for _ in range(20):
            start = time.perf_counter()
            state.refresh_totals()
            rollups.append(time.perf_counter() - start)
        loads = []
        for _ in range(10):
            start = time.perf_counter()
            ws.scoring.load(record.id)
            loads.append(time.perf_counter() - start)

        print(f"criteria set: {len(leaves)} sub-criteria, {len(state.totals.nodes)} lines in the form")
        print(f"open the form (load, roll up, lay out, paint): {median_ms(opens)}   target ≤ 300 ms")
        print(f"a typed score, every total updated:          {median_ms(typed)}   target ≤ 30 ms")
        print(f"  of which: load the assessment              {median_ms(loads)}")
        print(f"  of which: roll up                          {median_ms(rollups)}")
        window.close()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
