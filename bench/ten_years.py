"""Ten years of a commune's work in one database: every year its plans (annex rows), progress
recorded on every row through the year, and a self-assessment of a 300-sub-criteria set with an
appraisal round, all written through the use cases as a user would (every change undoable, in
the change log). Then the size of the database (goal: under 50 MB without evidence) and the
views a user opens in the tenth year, timed on that database.

    .venv/bin/python bench/ten_years.py [--years 10] [--plans 3] [--rows 400] [--updates 3]

One line per figure. The WAL checkpoint after each edit is left out while generating (it would
only make the generation slower; the file it leaves is the same); the views are timed with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from criteria_sets import big_set
from register import generate

from cchc_desktop.domain import Period, PlanInfo
from cchc_desktop.domain.register import RegisterFilter
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import session

STATUSES = ("in_progress", "in_progress", "done")


def timed(label: str, action: Callable[[], object], repeat: int) -> object:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    print(f"{label:<52} {statistics.median(times) * 1000:8.1f} ms (best {min(times) * 1000:.1f}, n={repeat})")
    return result


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob("cchc.sqlite3*")) / 1_048_576


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--plans", type=int, default=3, help="plans a year")
    parser.add_argument("--rows", type=int, default=400, help="annex rows of each plan")
    parser.add_argument("--updates", type=int, default=3, help="progress changes a row gets in its year")
    parser.add_argument("--criteria", default="10,5,6", help="areas,criteria,leaves of the set")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    shape = tuple(int(x) for x in args.criteria.split(","))
    now = [dt.datetime(2017, 1, 5, 8, 0)]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        ws = Workspace.open(data, clock=lambda: now[0])
        stored = ws.criteria.store(big_set(*shape), "bench")
        assert stored.record is not None
        leaves = [c for c in stored.criteria_set.leaves()]
        first_year = 2026 - args.years + 1
        started = time.perf_counter()
        real_checkpoint = session.checkpoint
        session.checkpoint = lambda conn, wait_ms=200: True  # type: ignore[assignment]
        edits = 0
        try:
            for year in range(first_year, 2027):
                now[0] = dt.datetime(year, 1, 5, 8, 0)
                plan_ids = []
                for number in range(args.plans):
                    doc = generate(args.rows, seed=year * 10 + number)
                    doc.plan = PlanInfo(
                        title=f"Kế hoạch CCHC năm {year} ({number + 1})", period=Period("year", year=year)
                    )
                    plan_ids.append(ws.plans.create(doc).edit.steps[0].doc.id)  # type: ignore[union-attr]
                for update in range(args.updates):
                    now[0] = dt.datetime(year, 3 + 3 * update, 20, 9, 0)
                    status = STATUSES[min(update, len(STATUSES) - 1)] if update < args.updates - 1 else "done"
                    for plan_id in plan_ids:
                        for row in ws.register.view(plan_id).rows:
                            note = f"Đã triển khai đợt {update + 1} năm {year}"
                            ws.register.set_progress(row.uuid, status, note=note)
                            edits += 1
                now[0] = dt.datetime(year, 11, 10, 9, 0)
                record = ws.scoring.create(
                    stored.record.id, year, body="UBND xã Mười Năm", plan_id=plan_ids[0]
                )
                for criterion in leaves:
                    kind = criterion.rule.kind
                    figure = {"free": None, "yes_no": "có", "choice": "đúng hạn", "rate": "118/120"}[kind]
                    values = {"self_score": "1"} if figure is None else {"figure": figure}
                    ws.scoring.update(record.id, criterion.code, explanation="Có văn bản kèm theo", **values)
                    edits += 1
                ws.scoring.finalise(record.id, force=True)
                now[0] = dt.datetime(year, 12, 10, 9, 0)
                for criterion in leaves[::3]:
                    ws.scoring.appraise(record.id, criterion.code, 1, score="0,5", comment="Thiếu tài liệu")
                    edits += 1
        finally:
            session.checkpoint = real_checkpoint  # type: ignore[assignment]
        seconds = time.perf_counter() - started
        plans = ws.plans.all()
        rows = args.years * args.plans * args.rows
        print(
            f"generated: {args.years} years, {len(plans)} plans, ~{rows} annex rows, {edits} edits, "
            f"{args.years} assessments of {len(leaves)} sub-criteria in {seconds:.0f} s"
        )
        ws.close()
        print(
            f"{f'database size, {args.years} years, no evidence':<52} {folder_mb(data):8.1f} MB   goal < 50 MB"
        )

        now[0] = dt.datetime(2026, 12, 2, 9, 0)
        ws = Workspace.open(data, clock=lambda: now[0])
        last_plan = max(ws.plans.all(), key=lambda p: p.id)
        view = timed("register view of this year's plan", lambda: ws.register.view(last_plan.id), args.repeat)
        timed(
            "search keystroke, re-filter",
            lambda: view.matching(RegisterFilter(search="dia chinh")),
            args.repeat,
        )
        timed("plans list", ws.plans.all, args.repeat)
        timed("dashboard roll-up", lambda: ws.register.dashboard_of(view), args.repeat)
        last = max(ws.scoring.all(), key=lambda r: r.year)
        timed("scoring: this year's assessment loaded", lambda: ws.scoring.load(last.id), args.repeat)
        row = view.rows[len(view.rows) // 2]
        texts = iter(f"Kết quả sửa lần {i}" for i in range(1000))
        timed(
            "edit committed (one cell, WAL checkpoint included)",
            lambda: ws.register.set_cell(row.uuid, "result", next(texts)),
            args.repeat,
        )
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
