"""The "Báo cáo & gói nộp" page: export through the task runner, print preview of the PDF,
prepare and check a package, the outbox with its reminder, "Đánh dấu đã gửi…" (undoable) and
"Mở thư mục"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QInputDialog, QMessageBox
from test_pdf_support import reader

from cchc_desktop.gui.pages.reports import ReportsPage
from cchc_desktop.gui.print_preview import PdfPages


@pytest.fixture
def page(window) -> ReportsPage:
    found = window.page(ReportsPage)
    assert isinstance(found, ReportsPage)
    window.nav.setCurrentRow(window.pages.index(found))
    return found


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def wait_for(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)


def test_formats_follow_the_document_and_only_its_options_are_enabled(page):
    ui = page.ui
    assert page.title() == "Báo cáo & gói nộp" and ui.planCombo.count() == 1
    choose(ui.kindCombo, "plan")
    assert [ui.formatCombo.itemData(i) for i in range(ui.formatCombo.count())] == ["pdf", "docx"]
    assert not ui.periodCombo.isEnabled() and not ui.unitCombo.isEnabled()
    choose(ui.kindCombo, "tasks")
    assert ui.unitCombo.isEnabled() and ui.unitCombo.count() > 3 and ui.sectionCombo.count() == 8
    choose(ui.kindCombo, "progress")
    assert ui.periodCombo.isEnabled() and [ui.formatCombo.itemData(i) for i in range(2)] == ["pdf", "xlsx"]


def test_export_runs_in_the_task_runner_and_writes_the_file(page, window, qtbot, tmp_path):
    ui = page.ui
    choose(ui.kindCombo, "tasks")
    choose(ui.unitCombo, "Phòng VHXH")
    choose(ui.formatCombo, "xlsx")
    prepared = page.prepare("xlsx")
    assert prepared is not None and prepared.kind == "tasks"
    target = tmp_path / "bang.xlsx"
    page.export(prepared, target)
    wait_for(qtbot, window)
    assert target.stat().st_size > 0
    assert "Đã xuất" in window.statusBar().currentMessage()


def test_print_preview_shows_the_pdf_pages(page, window, qtbot):
    choose(page.ui.kindCombo, "annex")
    page.print_document(preview=True)
    wait_for(qtbot, window)
    dialog = page.last_preview
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


def test_pages_paint_onto_a_printer_like_the_pdf(page, tmp_path):
    choose(page.ui.kindCombo, "plan")
    data = page.prepare("pdf").pdf_bytes()
    pages = PdfPages(data)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    printer.setResolution(150)
    assert pages.paint(printer) == len(pages) == len(reader(data).pages)
    printed = reader((tmp_path / "in.pdf").read_bytes())
    assert len(printed.pages) == len(pages)
    # A plan (portrait) with its annex (landscape) goes on portrait paper, annex turned.
    assert all(float(p.mediabox.width) < float(p.mediabox.height) for p in printed.pages)
    pages.close()


def test_prepare_package_fills_the_outbox_and_the_reminder(page, window, qtbot, tmp_path):
    panel = page.outbox
    assert panel.model.rowCount() == 0 and not panel.reminder.isVisible()
    target = tmp_path / "goi.zip"
    panel.create_package(target)
    wait_for(qtbot, window)
    assert target.is_file() and panel.model.rowCount() == 1
    assert panel.reminder.isVisible() and panel.reminder.text() == "1 gói nộp chưa gửi"
    assert panel.selected() is not None and panel.selected().path == str(target.resolve())

    panel.verify_selected()
    wait_for(qtbot, window)
    assert panel.last_check.icon() == QMessageBox.Information
    assert "đầy đủ và nguyên vẹn" in panel.last_check.text()
    panel.last_check.close()


def test_mark_sent_is_undoable_and_open_folder_shows_the_file(page, window, qtbot, tmp_path, monkeypatch):
    panel = page.outbox
    panel.create_package(tmp_path / "goi.zip")
    wait_for(qtbot, window)
    panel.ui.outboxTable.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nộp qua phần mềm", True))
    panel.mark_sent_dialog()
    entry = panel.model.item_at(0)
    assert entry.sent and entry.note == "Nộp qua phần mềm" and not panel.reminder.isVisible()
    assert panel.ui.markSentButton.text() == "Đánh dấu &chưa gửi"
    window.undo_stack.undo()
    assert not panel.model.item_at(0).sent and panel.reminder.isVisible()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.ui.outboxTable.selectRow(0)
    panel.open_folder()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path]


def test_a_damaged_package_is_reported_with_the_file_named(page, window, qtbot, tmp_path):
    panel = page.outbox
    panel.create_package(tmp_path / "goi.zip")
    wait_for(qtbot, window)
    raw = bytearray((tmp_path / "goi.zip").read_bytes())
    raw[200] ^= 0xFF  # inside the first file (the plan's PDF)
    damaged = tmp_path / "hong.zip"
    damaged.write_bytes(bytes(raw))
    panel.verify(damaged)
    wait_for(qtbot, window)
    assert panel.last_check.icon() == QMessageBox.Warning
    assert "KHÔNG còn nguyên vẹn" in panel.last_check.text()
    assert "Kế hoạch và phụ lục.pdf" in panel.last_check.detailedText()
    panel.last_check.close()


def test_the_reminder_shows_at_start_when_packages_wait(qtbot, data_dir, tmp_path):
    from cchc_desktop.gui.app import create_application, open_main_window
    from cchc_desktop.services.workspace import Workspace

    with Workspace.open(data_dir, demo="if-empty") as ws:
        ws.packages.create(ws.plans.all()[0].id, tmp_path / "goi.zip")
    create_application()
    window = open_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    try:
        panel = window.page(ReportsPage).outbox
        assert panel.reminder.isVisible() and panel.reminder.text() == "1 gói nộp chưa gửi"
        panel.reminder.click()
        assert window.stack.currentWidget() is window.page(ReportsPage)
    finally:
        window.tasks.wait()
        window.ws.close()


def test_the_scoring_report_comes_out_of_the_window(page, window, qtbot, tmp_path):
    ws = window.ws
    set_id = ws.criteria.import_sample().record.id
    record = ws.scoring.create(set_id, 2025, "UBND xã Cửa Tùng", ws.plans.all()[0].id)
    page.reload_choices()
    assert page.assessment_id() == record.id  # the newest assessment is chosen
    choose(page.ui.kindCombo, "score")
    assert not page.ui.planCombo.isEnabled()
    for fmt in ("pdf", "xlsx"):
        prepared = page.prepare(fmt)
        assert prepared is not None and prepared.kind == "score"
        page.export(prepared, tmp_path / f"bao-cao.{fmt}")
        wait_for(qtbot, window)
        assert (tmp_path / f"bao-cao.{fmt}").stat().st_size > 0
    assert "Kết quả tự đánh giá" in " ".join(
        p.extract_text() for p in reader((tmp_path / "bao-cao.pdf").read_bytes()).pages
    )
