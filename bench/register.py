"""The core share of the register's speed targets, on a generated 10,000-row annex: loading the
register view, a search keystroke (re-filter), a filter change, an edit committed (and the WAL
checkpoint's share of it), a structural edit, the dashboard roll-up, memory. No Qt: the window
adds its own share (model reset, first paint).

    .venv/bin/python bench/register.py [--rows 10000] [--repeat 7]

Prints one line per figure (median of the repeats, milliseconds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc_desktop.domain import AnnexItem, AnnexRow, AnnexSection, Period, PlanDocument, PlanInfo
from cchc_desktop.domain.register import RegisterFilter
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import session

SECTIONS = [
    "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH",
    "CẢI CÁCH THỂ CHẾ",
    "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    "CẢI CÁCH TỔ CHỨC BỘ MÁY",
    "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    "CẢI CÁCH TÀI CHÍNH CÔNG",
    "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
UNITS = [
    "Phòng Văn hóa - Xã hội",
    "Văn phòng HĐND&UBND",
    "Phòng Kinh tế",
    "Trung tâm Phục vụ hành chính công",
    "Công chức Địa chính - Xây dựng",
    "Công an xã",
    "Các phòng chuyên môn",
]
DUE = ["Trước ngày 31/7/2027", "Quý III, IV", "Quý IV/2027", "Tháng 12/2027", "Thường xuyên", "Hàng tháng",
       "Định kỳ hoặc đột xuất", "Theo KH được phê duyệt", "Hoàn thành trước 25/11 hàng năm"]  # fmt: skip
VERBS = ["Rà soát", "Xây dựng", "Tổ chức", "Kiểm tra", "Tuyên truyền", "Đánh giá", "Triển khai", "Cập nhật"]
THINGS = ["thủ tục hành chính", "văn bản quy phạm pháp luật", "hồ sơ địa chính", "dịch vụ công trực tuyến",
          "kế hoạch cải cách hành chính", "quy chế làm việc", "cơ sở dữ liệu dân cư", "bộ phận một cửa"]  # fmt: skip


def generate(rows: int, seed: int = 7) -> PlanDocument:
    """Seven sections; items of one to three rows; every tenth item a group with two sub-items."""
    rng = random.Random(seed)
    sections = [AnnexSection(code, title) for code, title in zip(ROMAN, SECTIONS)]
    made = 0
    n = 0
    while made < rows:
        n += 1
        section = sections[n % len(sections)]

        def row(k: int, n: int = n) -> AnnexRow:
            verb, thing = rng.choice(VERBS), rng.choice(THINGS)
            return AnnexRow(
                task=f"{verb} {thing} năm 2027, đợt {k}: {rng.choice(THINGS)} tại các thôn, tổ dân phố"
                if k == 0
                else "",
                activity=f"{rng.choice(VERBS)} và báo cáo kết quả {thing} cho UBND xã",
                result=f"Kế hoạch, báo cáo số {n}/{k}",
                lead=[rng.choice(UNITS)],
                partners=rng.sample(UNITS, 2),
                due_text=rng.choice(DUE),
                budget="Ngân sách xã",
            )

        count = rng.randint(1, 3)
        number = str(len(section.items) + 1)  # numbered as the annex numbers them: per section
        item = AnnexItem(number, f"Mục tiêu {n}: nâng cao chất lượng {rng.choice(THINGS)}")
        if n % 10 == 0:
            item.children = [
                AnnexItem(f"{number}.{c}", "", rows=[row(j) for j in range(count)]) for c in (1, 2)
            ]
            made += 2 * count
        else:
            item.rows = [row(j) for j in range(count)]
            made += count
        section.items.append(item)
    info = PlanInfo(title="Kế hoạch CCHC năm 2027 (bảng lớn)", period=Period("year", year=2027))
    return PlanDocument(plan=info, sections=sections)


def measure(label: str, action: Callable[[], object], repeat: int, unit: str = "ms") -> object:
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    print(f"{label:<58} {median:8.1f} {unit} (best {min(times) * 1000:.1f}, n={repeat})")
    return result


def _fresh_search(view) -> None:
    view._search = None  # what a fresh view has: measure the folding itself
    view.prepare_search()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    repeat = args.repeat
    with tempfile.TemporaryDirectory() as folder:
        clock = lambda: dt.datetime(2027, 10, 15, 9, 0)  # noqa: E731
        ws = Workspace.open(Path(folder) / "data", clock=clock)
        doc = generate(args.rows)
        start = time.perf_counter()
        plan_id = ws.plans.create(doc).edit.steps[0].doc.id  # type: ignore[union-attr]
        print(
            f"{'generated plan stored (one transaction)':<58} {(time.perf_counter() - start) * 1000:8.1f} ms"
        )

        view = measure("register view loaded (10,000 rows)", lambda: ws.register.view(plan_id), repeat)
        print(f"{'rows in the view':<58} {len(view):8d}")
        tracemalloc.start()
        held = ws.register.view(plan_id)
        size, _peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del held
        print(f"{'memory held by one view (tracemalloc)':<58} {size / 1_048_576:8.1f} MB")

        measure("search text folded (window: just after first paint)", lambda: _fresh_search(view), 3)
        typed = "dia chinh"
        keystrokes = [typed[: i + 1] for i in range(len(typed))]
        times = []
        for text in keystrokes:
            start = time.perf_counter()
            found = view.matching(RegisterFilter(search=text))
            times.append(time.perf_counter() - start)
        print(
            f"{'search keystroke, re-filter (median / worst of 9)':<58} {statistics.median(times) * 1000:8.1f} ms"
            f" (worst {max(times) * 1000:.1f}; «{typed}»: {len(found)} rows)"
        )
        filters = {
            "status": RegisterFilter(statuses=frozenset({"not_started"})),
            "unit": RegisterFilter(unit="Phòng VHXH"),
            "section": RegisterFilter(section="III"),
            "overdue": RegisterFilter(overdue=True),
            "due within 30 days": RegisterFilter(due_within=30),
            "unit + search + kind": RegisterFilter(
                unit="Công chức Địa chính - Xây dựng", search="ke hoach", due_kinds=frozenset({"recurring"})
            ),
        }
        for name, wanted in filters.items():
            measure(f"filter change: {name}", lambda w=wanted: view.matching(w), repeat)

        rows = view.rows
        picks = [rows[i].uuid for i in random.Random(1).sample(range(len(rows)), repeat * 2)]
        texts = iter(f"Nội dung sửa lần {i}" for i in range(10_000))
        applied = measure(
            "edit committed: set_cell (SetField through ws.edits.apply)",
            lambda: ws.register.set_cell(picks[0], "result", next(texts)),
            repeat,
        )
        measure(
            "  view refreshed for that edit (one row)",
            lambda: ws.register.refresh(view, applied.changed),
            repeat,
        )  # type: ignore[union-attr]
        real_checkpoint = session.checkpoint
        session.checkpoint = lambda conn, wait_ms=200: True  # type: ignore[assignment]
        try:
            measure(
                "  the same edit without the WAL checkpoint (its share)",
                lambda: ws.register.set_cell(picks[1], "result", next(texts)),
                repeat,
            )
        finally:
            session.checkpoint = real_checkpoint  # type: ignore[assignment]
        statuses = iter(["in_progress", "done"] * repeat)
        measure(
            "progress recorded (status + date, one edit)",
            lambda: ws.register.set_progress(picks[2], next(statuses)),
            repeat,
        )
        added = measure(
            "structural edit: add a row (renumbering included)", lambda: ws.register.add_row(picks[3]), repeat
        )
        measure(
            "  view refreshed after it (its section read again)",
            lambda: ws.register.refresh(view, added.changed),
            3,
        )  # type: ignore[union-attr]
        item_uuid = rows[len(rows) // 2].item_uuid
        moved = measure(
            "structural edit: move an item down (renumbered)",
            lambda: ws.register.move_down(item_uuid),
            repeat,
        )
        assert moved is not None
        measure("  view refreshed after it", lambda: ws.register.refresh(view, moved.changed), 3)  # type: ignore[union-attr]
        measure(
            "structural edit: delete a row",
            lambda: ws.register.remove([ws.register.add_row(picks[4]).changed.focus]),
            3,
        )  # type: ignore[list-item]
        measure("dashboard roll-up (of the loaded view)", lambda: ws.register.dashboard_of(view), repeat)
        ws.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS of the process':<58} {peak:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
