"""Figures for the annex written as Excel (.xlsx) and Word (.docx): 100, 500 and 10,000 rows.

    .venv/bin/python bench/office_export.py [--rows 100 500 10000] [--keep DIR]

One line per file: seconds for the first export in a fresh process (imports included) and for a
second one, the file's size, and the process's peak RSS (each size and kind runs in its own
process, so the peak belongs to that export alone).
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
sys.path.insert(0, str(ROOT))

from cchc_desktop.domain import AnnexItem, AnnexRow, AnnexSection, Period, PlanDocument, PlanInfo

SECTIONS = [
    "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    "CẢI CÁCH THỂ CHẾ",
    "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    "CẢI CÁCH TỔ CHỨC BỘ MÁY",
    "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    "CẢI CÁCH TÀI CHÍNH CÔNG",
    "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def big_plan(rows: int) -> PlanDocument:
    """``rows`` annex rows over 7 sections; every third item has a second activity row."""
    sections = [AnnexSection(code, title) for code, title in zip(ROMAN, SECTIONS)]
    made, number = 0, 0
    while made < rows:
        section = sections[(made * len(sections)) // rows]
        number = len(section.items) + 1
        item = AnnexItem(
            str(number),
            objective=f"Mục tiêu số {number}: tỷ lệ hồ sơ giải quyết "
            "đúng hạn đạt trên 99%, không có hồ sơ trễ hạn",
        )
        item.rows.append(
            AnnexRow(
                task=f"Nhiệm vụ {number}: rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực "
                f"{section.title.lower()}",
                activity="Xây dựng, ban hành kế hoạch và tổ chức thực hiện",
                result="Kế hoạch, báo cáo",
                lead=["Phòng Văn hóa – Xã hội"],
                partners=["Văn phòng HĐND&UBND", "Các phòng chuyên môn"],
                due_text="Quý III/2027",
                budget="Ngân sách xã",
            )
        )
        made += 1
        if number % 3 == 0 and made < rows:
            item.rows.append(
                AnnexRow(
                    activity="Kiểm tra, đôn đốc",
                    result="Biên bản kiểm tra",
                    lead=["Phòng VHXH"],
                    due_text="Quý IV/2027",
                )
            )
            made += 1
        section.items.append(item)
    info = PlanInfo(
        title="Kế hoạch cải cách hành chính năm 2027 của xã Cửa Tùng",
        period=Period("year", year=2027),
        issuer="Ủy ban nhân dân xã Cửa Tùng",
        issuer_header=["ỦY BAN NHÂN DÂN", "XÃ CỬA TÙNG"],
        symbol="KH-UBND",
        place="Cửa Tùng",
    )
    return PlanDocument(plan=info, sections=sections)


def _one(kind: str, rows: int, out: Path) -> dict:
    """Runs in the child process: build the plan, write the file twice (the first time pays for
    importing openpyxl or python-docx and reading the font metrics), report."""
    import resource

    from cchc_desktop.exporters.docx_plan import write_annex_docx
    from cchc_desktop.exporters.xlsx_annex import write_annex_xlsx

    doc = big_plan(rows)
    write = write_annex_xlsx if kind == "xlsx" else write_annex_docx
    started = time.perf_counter()
    write(doc, out)
    first = time.perf_counter() - started
    started = time.perf_counter()
    write(doc, out)
    again = time.perf_counter() - started
    return {
        "first": first,
        "again": again,
        "bytes": out.stat().st_size,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100, 500, 10_000])
    parser.add_argument("--keep", type=Path, help="write the files here instead of a temporary folder")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, rows, out = args.child
        print(json.dumps(_one(kind, int(rows), Path(out))))
        return
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        for rows in args.rows:
            for kind in ("xlsx", "docx"):
                out = folder / f"annex-{rows}.{kind}"
                done = subprocess.run(
                    [sys.executable, __file__, "--child", kind, str(rows), str(out)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                figures = json.loads(done.stdout)
                print(
                    f"{rows:>6} rows → {kind}: {figures['first']:.2f} s first in the process, "
                    f"{figures['again']:.2f} s again, {figures['bytes'] / 1024:,.0f} KiB, "
                    f"peak RSS {figures['rss_mb']:.0f} MB"
                )


if __name__ == "__main__":
    main()
