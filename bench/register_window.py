"""The window's share of the register's speed targets, offscreen, on a generated 10,000-row annex
(the same generator as bench/register.py): the annex tree opened to its first paint, the Nhiệm vụ
table opened, a keystroke in the search box and a filter change to updated rows on screen, an edit
committed and shown (a cell typed into the tree; progress saved from the page), memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/register_window.py [--rows 10000] [--repeat 5]

Prints one line per figure (median of the repeats, milliseconds; the core's share beside it
where the window waits on it). Every figure ends with a synchronous repaint of what changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from register import generate

from cchc_desktop.services.workspace import Workspace


def measure(
    label: str, action: Callable[[], object], repeat: int, before: Callable[[], object] | None = None
):
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    print(f"{label:<62} {median:8.1f} ms (best {min(times) * 1000:.1f}, n={repeat})", flush=True)
    return median


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    repeat = args.repeat
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "data", clock=lambda: dt.datetime(2027, 10, 15, 9, 0))
        plan_id = ws.plans.create(generate(args.rows)).edit.steps[0].doc.id  # type: ignore[union-attr]
        summary = ws.plans.summary(plan_id)

        from PySide6.QtWidgets import QApplication

        from cchc_desktop.gui.app import create_application
        from cchc_desktop.gui.main_window import MainWindow
        from cchc_desktop.gui.pages.tasks import TasksPage

        create_application()
        window = MainWindow(ws)
        window.resize(1366, 728)
        window.show()
        QApplication.processEvents()
        page = window.plans_page
        tree = page.ui.annexTree
        print(f"{'rows in the annex':<62} {args.rows:8d}")
        print(f"{'memory after start (RSS)':<62} {rss_mb():8.0f} MB")

        # --- the annex tree: opened to its first paint ------------------------------------------
        def close_plan() -> None:
            page._open(None)
            QApplication.processEvents()

        def open_annex() -> None:
            page._open(summary)
            tree.viewport().repaint()

        measure("core: register view loaded (ws.register.view)", lambda: ws.register.view(plan_id), repeat)
        total = measure(
            "annex tree: plan opened to first paint (core included)", open_annex, repeat, close_plan
        )
        view = ws.register.view(plan_id)

        def window_share() -> None:
            page.annex_model.set_view(view)
            tree.viewport().repaint()

        def clear() -> None:
            page.annex_model.set_view(None)
            QApplication.processEvents()

        share = measure(
            "  window's share (tree built, first area laid out, painted)", window_share, repeat, clear
        )

        def all_rows() -> None:
            page.annex_model.set_view(view)
            tree.viewport().repaint()
            QApplication.processEvents()  # the other areas laid out just after the first paint
            tree.viewport().repaint()

        measure("  window's share until every row is laid out", all_rows, repeat, clear)
        measure("  a repaint (a screen of wrapped rows)", lambda: tree.viewport().repaint(), repeat)
        open_annex()
        print(f"{'memory with the annex open (RSS)':<62} {rss_mb():8.0f} MB")

        # --- an edit committed and shown ----------------------------------------------------------
        model = page.annex_model
        texts = iter(f"Nội dung sửa lần {n}" for n in range(100_000))
        middle = model.index(3, 0)
        cell = model.index(model.rowCount(middle) // 2, 4, middle)
        tree.scrollTo(cell)

        def edit_cell() -> None:
            assert model.setData(cell, next(texts))
            tree.viewport().repaint()

        measure("edit committed and shown (a cell typed into the tree)", edit_cell, repeat)

        # --- the Nhiệm vụ page ---------------------------------------------------------------------
        tasks = window.page(TasksPage)
        assert isinstance(tasks, TasksPage)
        window.nav.setCurrentRow(window.pages.index(tasks))
        QApplication.processEvents()
        table = tasks.ui.registerTable

        def open_tasks() -> None:
            tasks.open_plan(plan_id)
            table.viewport().repaint()

        measure("register table opened to first paint (view shared)", open_tasks, repeat)
        tasks.view.prepare_search()  # as the page does just after its first paint
        typed = "dia chinh"
        keystrokes = []
        for n in range(len(typed)):
            start = time.perf_counter()
            tasks.ui.searchEdit.setText(typed[: n + 1])
            table.viewport().repaint()
            keystrokes.append(time.perf_counter() - start)
        print(
            f"{'search keystroke to updated rows (median / worst of 9)':<62} "
            f"{statistics.median(keystrokes) * 1000:8.1f} ms (worst {max(keystrokes) * 1000:.1f}; "
            f"«{typed}»: {tasks.model.rowCount()} rows)"
        )
        tasks.ui.searchEdit.clear()
        statuses = iter([1, 2, 3, 0] * repeat)

        def status_filter() -> None:
            tasks.ui.statusCombo.setCurrentIndex(next(statuses))
            table.viewport().repaint()

        measure("filter change to updated rows (status)", status_filter, repeat)
        sections = iter([3, 0] * repeat)

        def section_filter() -> None:
            tasks.ui.sectionCombo.setCurrentIndex(next(sections))
            table.viewport().repaint()

        measure("filter change to updated rows (reform area)", section_filter, repeat)
        tasks.clear_filters()
        table.selectRow(5)
        states = iter(["in_progress", "not_started"] * repeat)

        def save_progress() -> None:
            combo = tasks.ui.progressStatus
            combo.setCurrentIndex(combo.findData(next(states)))
            tasks.panel.save_progress()
            table.viewport().repaint()

        measure("progress saved and shown (Nhiệm vụ page)", save_progress, repeat)
        print(f"{'memory with both pages open (RSS)':<62} {rss_mb():8.0f} MB")
        print(f"{'  window share of the annex open vs the whole':<62} {share:8.1f} / {total:.1f} ms")
        window.close()
        ws.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS of the process':<62} {peak:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
