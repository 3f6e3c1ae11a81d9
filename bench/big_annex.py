"""Figures for a large register: a 10,000-row annex imported from Excel, stored, loaded and shown.

    .venv/bin/python bench/big_annex.py [--rows 10000]

Prints seconds per step and the peak memory (RSS) of the process. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl

from cchc_desktop.importers.annex import analyse, load_tables
from cchc_desktop.services.workspace import Workspace

HEADER = [
    "TT",
    "Mục tiêu",
    "Nhiệm vụ",
    "Hoạt động",
    "Kết quả/Sản phẩm",
    "Chủ trì",
    "Phối hợp",
    "Thời gian",
    "Kinh phí",
]
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


def write_big_annex(path: Path, rows: int) -> int:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["PHỤ LỤC"])
    sheet.append(["CHI TIẾT CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027"])
    sheet.append(HEADER)
    per_section = rows // len(SECTIONS)
    written = 0
    for code, title in zip(ROMAN, SECTIONS):
        sheet.append([code, title])
        for n in range(1, per_section + 1):
            extra = n % 3 == 0  # every third item has a second activity row
            sheet.append(
                [
                    n,
                    f"Mục tiêu số {n} về cải cách hành chính của xã, đạt trên 99% hồ sơ đúng hạn",
                    f"Nhiệm vụ {n}: rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực {title.lower()}",
                    "Xây dựng, ban hành kế hoạch và tổ chức thực hiện",
                    "Kế hoạch, báo cáo",
                    "Phòng Văn hóa – Xã hội",
                    "Văn phòng HĐND&UBND\nCác phòng chuyên môn",
                    "Quý III/2027",
                    "Ngân sách xã",
                ]
            )
            written += 1
            if extra:
                sheet.append(
                    [
                        None,
                        None,
                        None,
                        "Kiểm tra, đôn đốc",
                        "Biên bản kiểm tra",
                        "Phòng VHXH",
                        None,
                        "Quý IV/2027",
                        None,
                    ]
                )
                written += 1
    book.save(path)
    return written


def timed(label: str, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "phu-luc-lon.xlsx"
        written = write_big_annex(source, args.rows)
        print(f"annex rows written: {written} ({source.stat().st_size / 1024:.0f} KiB)")
        tables = timed("read xlsx (load_tables)", lambda: load_tables(source))
        preview = timed("analyse (mapping, tree, warnings)", lambda: analyse(tables))
        counts = preview.counts
        print(
            f"items {counts.tasks + counts.groups}, rows {preview.total_rows}, warnings {len(preview.warnings)}"
        )
        ws = Workspace.open(folder / "data")
        doc = preview.to_plan_document()
        applied = timed("insert_plan (one transaction)", lambda: ws.plans.create(doc))
        created = applied.edit.steps[0].doc
        loaded = timed("load_plan", lambda: ws.plans.document(created.id))
        timed("integrity_check", lambda: ws.db.conn.execute("PRAGMA integrity_check").fetchone())
        backup_info = timed("backup (verified)", lambda: ws.backups.create("manual"))
        print(
            f"database {ws.db.path.stat().st_size / 1024:.0f} KiB, backup {backup_info.size / 1024:.0f} KiB"
        )

        from PySide6.QtWidgets import QApplication

        from cchc_desktop.gui.app import create_application
        from cchc_desktop.gui.main_window import MainWindow

        app = timed("QApplication + fonts", create_application)
        window = timed("main window (plan list + annex tree)", lambda: MainWindow(ws))
        window.show()
        timed("show + first events", QApplication.processEvents)
        timed("paint (grab)", lambda: window.grab())
        timed("select the big plan", lambda: window.plans_page.select_plan(created.uuid))
        timed("paint again", lambda: window.grab())
        assert window.plans_page.annex_model.rowCount() == len(loaded.sections)
        window.close()
        ws.close()
        del app
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
