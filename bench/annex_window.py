"""The window's share of the register's figures, on a generated annex (bench/register.py's rows):
the annex opened in the window (the plan selected on the Kế hoạch page: its annex tree — shown
again as the window kept it, then read anew after another process wrote to the database; the
plan opened on the Nhiệm vụ page: the register table), and a search keystroke typed into the
Nhiệm vụ page's search box (filter, model reset, repaint). bench/register.py has the core's share.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/annex_window.py [--rows 10000] [--repeat 5]

Wall-clock milliseconds, median of ``--repeat`` (the window is what the user waits for). A page
this version does not have is reported as skipped.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from register import generate

from cchc_desktop.services.workspace import Workspace


def median_ms(label: str, action: Callable[[], object], repeat: int) -> None:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    print(
        f"window: {label:<52} {statistics.median(times) * 1000:7.0f} ms median "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, n={repeat})",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.gui.app import create_application
    from cchc_desktop.gui.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="cchc-bench-window-") as folder:
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # window geometry: not the user's
        ws = Workspace.open(Path(folder) / "data")
        created = ws.plans.create(generate(args.rows)).edit.steps[0].doc  # type: ignore[union-attr]
        window = MainWindow(ws)
        window.resize(1366, 728)
        window.show()
        app.processEvents()
        rows = f"{args.rows:,} rows"

        plans = window.plans_page

        def select_on_plans_page() -> None:
            plans.select_plan("")  # nothing selected, then the big plan: the tree laid out again
            app.processEvents()
            plans.select_plan(created.uuid)
            app.processEvents()
            window.repaint()

        median_ms(f"annex tree shown, Kế hoạch page ({rows})", select_on_plans_page, args.repeat)

        # The same, when the plan must be read again: another process (the command line) wrote
        # to the database meanwhile, so the view the window set aside is no longer current.
        other = Workspace.open(Path(folder) / "data")
        written = iter(range(1, 10_000))

        def select_after_another_process_wrote() -> None:
            plans.select_plan("")
            app.processEvents()
            other.units.add(f"Đơn vị thêm từ dòng lệnh {next(written)}")
            plans.select_plan(created.uuid)
            app.processEvents()
            window.repaint()

        median_ms(
            f"annex read anew and shown, Kế hoạch page ({rows})",
            select_after_another_process_wrote,
            args.repeat,
        )
        other.close()

        from cchc_desktop.gui.pages import base

        tasks = next((p for p in window.pages if type(p).__name__ == "TasksPage"), None)
        if tasks is None or not hasattr(tasks, "open_plan") or isinstance(tasks, base.Page) is False:
            print("window: Nhiệm vụ page skipped: this version has none", flush=True)
        else:
            window.nav.setCurrentRow(window.pages.index(tasks))
            app.processEvents()

            def open_on_tasks_page() -> None:
                tasks.open_plan(None)
                app.processEvents()
                tasks.open_plan(created.id)
                app.processEvents()
                tasks.repaint()

            median_ms(f"register opened, Nhiệm vụ page ({rows})", open_on_tasks_page, args.repeat)
            QApplication.processEvents()  # the search texts folded after the first paint
            search = tasks.ui.searchEdit
            typed = "dia chinh"
            times = []
            for length in range(1, len(typed) + 1):
                started = time.perf_counter()
                search.setText(typed[:length])
                app.processEvents()
                tasks.ui.registerTable.viewport().repaint()
                times.append(time.perf_counter() - started)
            search.clear()
            print(
                f"window: {'search keystroke, Nhiệm vụ page (filter, reset, paint)':<52} "
                f"{statistics.median(times) * 1000:7.0f} ms median (max {max(times) * 1000:.0f}, "
                f"«{typed}» typed, n={len(times)})",
                flush=True,
            )
        window.tasks.wait()
        window.hide()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
