"""The scoring page as a commune officer sees it mid-way: the sample criteria set partly scored,
with figures, explanations, a criterion not applicable, evidence attached, the register's offers.

Run under a real X server at the common office screen size:
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_scoring.py docs/screenshots/scoring.png
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_scoring.py --language en docs/screenshots/en/scoring.png
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cchc_desktop.gui.app import create_application, open_main_window
from cchc_desktop.gui.pages.scoring import ScoringPage

# (code, changes) as a commune officer would enter them: figures where the rule computes the score.
ENTRIES: list[tuple[str, dict]] = [
    ("I.1.2", {"explanation": "7 nhiệm vụ chuyển sang năm sau do chờ hướng dẫn của tỉnh."}),
    ("I.1.3", {"self_score": "1"}),
    ("I.2.1", {"figure": "4"}),
    ("I.2.2", {"not_applicable": True, "na_reason": "Trong năm cấp trên không yêu cầu báo cáo đột xuất."}),
    ("I.3.1", {"figure": "có"}),
    ("I.3.3", {"figure": "5/6"}),
    ("I.4.1", {"figure": "có"}),
    ("I.4.2", {"figure": "5"}),
    ("I.5.2", {"figure": "12/12"}),
    ("II.1.1", {"self_score": "1,5"}),
    ("II.1.2", {"figure": "9/10", "explanation": "Nghị quyết về phí chợ ban hành chậm 5 ngày."}),
    ("II.2.1", {"figure": "có"}),
    ("II.2.2", {"figure": "xử lý một phần"}),
    ("II.3", {"self_score": "1,5"}),
    ("III.1.1", {"figure": "có"}),
    ("III.1.2", {"figure": "đầy đủ"}),
    ("III.2.1", {"figure": "1.182/1.190"}),
    ("III.2.2", {"figure": "8/8"}),
    ("III.2.3", {"figure": "702/1.190"}),
    ("III.3.1", {"figure": "14/14"}),
]


def yearly_plan(ws) -> int:
    """The demo annex as the commune's 2026 plan, issued 20/12/2025, most of it done, some rows
    tagged as inspections, dialogues and communication: what computed criteria read."""
    from cchc_desktop import paths
    from cchc_desktop.domain import Period, RowProgress
    from cchc_desktop.interchange.plan_json import read_plan_file
    from cchc_desktop.services.plans import fresh_identities

    doc = fresh_identities(read_plan_file(paths.demo_plan_path()))
    doc.plan.title = "Kế hoạch cải cách hành chính năm 2026 của xã Cửa Tùng"
    doc.plan.period = Period("year", year=2026)
    doc.plan.number, doc.plan.issued_date = "215", dt.date(2025, 12, 20)
    tags = {
        3: "kiem-tra",
        4: "kiem-tra",
        9: "tuyen-truyen",
        11: "tuyen-truyen",
        15: "doi-thoai",
        16: "doi-thoai",
    }
    for index, (_section, _item, row) in enumerate(doc.all_rows()):
        if index % 7 != 6:
            row.progress = RowProgress("done", dt.date(2026, 11, 20))
        if index in tags:
            row.tags = [tags[index]]
    return ws.plans.create(doc).edit.steps[0].doc.id


def fill(ws) -> int:
    plan_id = yearly_plan(ws)
    record = ws.scoring.create(ws.criteria.all()[0].id, 2026, body="UBND xã Cửa Tùng", plan_id=plan_id)
    for code in ("I.1.2", "I.3.2", "I.5.1"):
        ws.scoring.use_register_figure(record.id, code)
    for code, changes in ENTRIES:
        ws.scoring.update(record.id, code, **changes)
    folder = Path(tempfile.mkdtemp())
    for code, name, number, title in (
        ("I.1.1", "ke-hoach-cchc-2026.pdf", "215/KH-UBND", "Kế hoạch CCHC năm 2026"),
        ("I.3.1", "ke-hoach-kiem-tra.pdf", "32/KH-UBND", "Kế hoạch kiểm tra công tác CCHC năm 2026"),
        ("III.2.1", "bao-cao-tthc.pdf", "118/BC-UBND", "Báo cáo kết quả giải quyết TTHC năm 2026"),
    ):
        path = folder / name
        path.write_bytes(f"%PDF-1.4 {name}".encode())
        stored = ws.scoring.store_evidence_file(path, ws.data_dir)
        ws.scoring.attach_evidence(
            record.id, code, stored, number=number, title=title, issued_on=dt.date(2026, 1, 5)
        )
    return record.id


def _settle(app: QApplication, msecs: int = 500) -> None:
    QTimer.singleShot(msecs, app.quit)
    app.exec()


def main() -> int:
    from screenshot import language_option

    _language, target = language_option(sys.argv[1:], "scoring.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        window = open_main_window(Path(tmp) / "data", demo=True)
        window.resize(1366, 728)  # the screen less a task bar
        window.show()
        page = window.page(ScoringPage)
        assert isinstance(page, ScoringPage)
        assessment_id = fill(window.ws)
        window.nav.setCurrentRow(window.pages.index(page))
        page.reload(assessment_id)
        _settle(app)
        page.select_code("I.1.2")
        _settle(app)
        window.grab().save(str(target))
        print(f"saved {target}")
        window.close()
        window.ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
