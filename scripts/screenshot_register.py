"""The register's screens as a commune officer sees them in late October: the demo plan (6 tháng
cuối 2025) part done, some rows late or overdue, evidence attached with its numbers, targets
suggested from the plan's text with the values reached so far.

Run under a real X server at the common office screen size:
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_register.py docs/screenshots
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_register.py --language en docs/screenshots/en

Writes editor.png (the annex edited in place, the unit picker open on a cell), row-form.png,
tasks.png (the Nhiệm vụ page with a row's progress and evidence) and dashboard.png.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QApplication

from cchc_desktop.gui.app import create_application
from cchc_desktop.gui.main_window import MainWindow
from cchc_desktop.services.workspace import Workspace

TODAY = dt.datetime(2025, 10, 20, 9, 0)


def demo_plan(ws: Workspace) -> int:
    """The demo annex with progress as it stands on 20/10/2025."""
    from cchc_desktop import paths
    from cchc_desktop.domain import RowProgress
    from cchc_desktop.interchange.plan_json import read_plan_file
    from cchc_desktop.services.plans import fresh_identities

    doc = fresh_identities(read_plan_file(paths.demo_plan_path()))
    doc.plan.number, doc.plan.issued_date = "86", dt.date(2025, 7, 10)
    notes = ["Đã ban hành kế hoạch", "Đã tổ chức, có báo cáo kết quả", "Đã thực hiện theo kế hoạch"]
    for index, (_section, _item, row) in enumerate(doc.all_rows()):
        if index % 3 == 0:
            done = dt.date(2025, 8, 5) + dt.timedelta(days=index * 2)
            row.progress = RowProgress("done", min(done, TODAY.date()), notes[index % len(notes)])
        elif index % 5 == 1:
            row.progress = RowProgress("in_progress", None, "Đang triển khai ở các thôn")
        elif index == 22:
            row.progress = RowProgress("cancelled", None, "", "Chờ hướng dẫn của tỉnh")
    return ws.plans.create(doc).edit.steps[0].doc.id  # type: ignore[union-attr]


def evidence(ws: Workspace, plan_id: int, folder: Path) -> str:
    """Documents attached to the first rows; the uuid of the row that has two."""
    rows = ws.register.view(plan_id).rows
    done = [r for r in rows if r.status == "done"]
    attached = [
        (done[0], "ke-hoach-cchc-6-thang-cuoi.pdf", "86/KH-UBND", dt.date(2025, 7, 10), "UBND xã Cửa Tùng"),
        (done[0], "quyet-dinh-phan-cong.pdf", "112/QĐ-UBND", dt.date(2025, 7, 18), "UBND xã Cửa Tùng"),
        (done[1], "bao-cao-tuyen-truyen.docx", "45/BC-VHXH", dt.date(2025, 9, 30), "Phòng VHXH"),
        (done[2], "bien-ban-kiem-tra.pdf", "07/BB-ĐKT", dt.date(2025, 9, 12), "Đoàn kiểm tra CCHC"),
    ]
    for row, name, number, issued, issuer in attached:
        path = folder / name
        path.write_bytes(f"%PDF-1.4 {name}".encode())
        ws.evidence.attach(row.uuid, ws.evidence.store(path), number=number, issued_on=issued, issuer=issuer)
    return done[0].uuid


def targets(ws: Workspace, plan_id: int) -> None:
    suggested = ws.targets.suggest(plan_id)
    ws.targets.add_suggestions(plan_id, suggested[:8])
    for target, reached in zip(ws.targets.all(plan_id), ("100", "97,5", "100", None, "60")):
        if reached is not None:
            ws.targets.set_field(target.uuid, "reached", reached)


def _settle(app: QApplication, msecs: int = 500) -> None:
    QTimer.singleShot(msecs, app.quit)
    app.exec()


def _over_window(window: MainWindow, dialog, target: Path) -> None:
    """The window with the dialog where it stands over it (Xvfb has no compositor to grab)."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 40))
    painter.drawPixmap(dialog.geometry().topLeft() - window.geometry().topLeft(), dialog.grab())
    painter.end()
    picture.save(str(target))
    print(f"saved {target}")


def main() -> int:
    from screenshot import language_option

    _language, out = language_option(sys.argv[1:], "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()  # in the language chosen (CCHC_LANG)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "data", clock=lambda: TODAY)
        ws.settings.set_user_name("Nguyễn Thị Hoa – Phòng VHXH")
        plan_id = demo_plan(ws)
        row_uuid = evidence(ws, plan_id, Path(tmp))
        targets(ws, plan_id)
        window = MainWindow(ws)
        window.resize(1366, 728)  # the screen less a task bar
        window.show()
        _settle(app, 800)
        editor(window, app, out)
        row_form(window, app, out)
        tasks(window, app, out, row_uuid)
        window.close()
        ws.close()
    return 0


def editor(window: MainWindow, app: QApplication, out: Path) -> None:
    page = window.plans_page
    page.ui.plansSplitter.setSizes([90, 700])
    model, tree = page.annex_model, page.ui.annexTree
    section = model.index(2, 0)  # III. CẢI CÁCH TTHC
    item = model.index(1, 0, section)
    tree.scrollTo(section, QAbstractItemView.PositionAtTop)
    lead = model.index(item.row(), 5, section)
    tree.setCurrentIndex(lead)
    tree.edit(lead)
    _settle(app)
    window.grab().save(str(out / "editor.png"))
    print(f"saved {out / 'editor.png'}")
    tree.setCurrentIndex(item)  # closes the picker


def row_form(window: MainWindow, app: QApplication, out: Path) -> None:
    page = window.plans_page
    model, tree = page.annex_model, page.ui.annexTree
    view = model.view
    several = next(i for i in view.items if i.rows > 1)  # an item with several rows: "dòng 2/3"
    row = view.rows_of_item(several.uuid)[1]
    tree.setCurrentIndex(model.index_of(row.uuid))
    dialog = page.actions.do_row_form()
    _settle(app)
    if dialog is not None:
        _over_window(window, dialog, out / "row-form.png")
        dialog.reject()


def tasks(window: MainWindow, app: QApplication, out: Path, row_uuid: str) -> None:
    from cchc_desktop.gui.pages.tasks import TasksPage

    page = window.page(TasksPage)
    assert isinstance(page, TasksPage)
    window.nav.setCurrentRow(window.pages.index(page))
    _settle(app)
    page.go_to_row(row_uuid)
    _settle(app)
    window.grab().save(str(out / "tasks.png"))
    print(f"saved {out / 'tasks.png'}")
    page.ui.tabs.setCurrentWidget(page.ui.dashboardTab)
    page.dashboard.ui.withinSpin.setValue(45)
    _settle(app)
    window.grab().save(str(out / "dashboard.png"))
    print(f"saved {out / 'dashboard.png'}")


if __name__ == "__main__":
    sys.exit(main())
