"""The Sao lưu area, recovery from a damaged database at start-up, and one window per folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from conftest import add_plan
from PySide6.QtWidgets import QMessageBox

from cchc_desktop import datadir
from cchc_desktop.gui.app import create_application, open_main_window
from cchc_desktop.gui.single_instance import LOCK_FILE, SingleInstance
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage import backups


@pytest.fixture(autouse=True)
def _quiet_information_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)


def test_back_up_now_lists_the_verified_copy(window, qtbot):
    page = window.backup_page
    window.nav.setCurrentRow(window.pages.index(page))
    assert page.ui.emptyHint.isVisible() and "Chưa có bản sao lưu" in page.ui.emptyHint.text()
    assert not page.ui.restoreButton.isEnabled(), "nothing to restore yet"
    page.back_up_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    info = page.model.item_at(0)
    assert info.ok and info.kind == "manual" and info.plans == 1 and info.rows == 48 and info.checksum == "ok"
    assert page.model.index(0, 3).data() == "1 kế hoạch, 48 dòng nhiệm vụ, 0 bản chấm điểm"
    assert not page.ui.emptyHint.isVisible()
    assert not page.ui.restoreButton.isEnabled(), "still nothing selected"
    page.ui.backupTable.selectRow(0)
    assert page.ui.restoreButton.isEnabled()


def test_back_up_to_another_folder(window, qtbot, tmp_path):
    usb = tmp_path / "usb"
    window.backup_page.back_up_now(usb)
    qtbot.waitUntil(lambda: usb.exists() and any(usb.glob("cchc-*-manual.sqlite3")), timeout=10000)
    assert backups.list_backups(usb)[0].plans == 1


def test_automatic_backup_only_after_a_change(window, qtbot, tmp_path):
    page = window.backup_page
    window.ws.backups.mark_backed_up()
    page.auto_backup_if_changed()
    window.tasks.wait()
    assert page.model.rowCount() == 0
    exported = tmp_path / "x.json"
    window.ws.plans.export_json(window.current_plan.id, exported)
    window.files.import_json(exported, as_copy=True)
    qtbot.waitUntil(lambda: len(window.ws.plans.all()) == 2, timeout=10000)
    page.auto_backup_if_changed()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.item_at(0).kind == "auto" and page.model.item_at(0).plans == 2


def test_closing_after_a_change_leaves_a_backup(window, data_dir):
    window.files.delete_current_plan()
    window.close()
    made = backups.list_backups(datadir.backup_dir(data_dir))
    assert [(b.kind, b.plans) for b in made] == [("auto", 0)]


def test_restore_brings_back_the_plans_and_keeps_a_safety_copy(window, qtbot):
    page = window.backup_page
    page.back_up_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    saved = page.model.item_at(0).path
    window.files.delete_current_plan()
    assert window.ws.plans.all() == [] and window.undo_stack.count() == 1
    safety = page.restore(saved)
    assert len(window.ws.plans.all()) == 1 and window.plans_page.annex_model.rowCount() == 7
    assert window.undo_stack.count() == 0
    assert backups.inspect_backup(safety).plans == 0
    assert {b.kind for b in backups.list_backups(window.ws.backups.folder)} == {"manual", "pre-restore"}


def test_damaged_database_at_start_offers_the_newest_backup(qtbot, data_dir, demo_doc, monkeypatch):
    with Workspace.open(data_dir) as ws:
        add_plan(ws, demo_doc)
        ws.backups.create("auto")
    db_file = datadir.database_path(data_dir)
    db_file.write_bytes(b"\x00" * 100 + db_file.read_bytes()[100:])
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(
        QMessageBox, "clickedButton", lambda self: next(b for b in self.buttons() if "Khôi phục" in b.text())
    )
    create_application()
    win = open_main_window(data_dir)
    qtbot.addWidget(win)
    assert "bị hỏng" in shown[0] and "có thể khôi phục" in shown[0]
    assert len(win.ws.plans.all()) == 1
    assert list(data_dir.glob("cchc-hong-*.sqlite3")), "the damaged file is kept aside"
    win.ws.close()


def test_damaged_database_without_backup_can_start_empty_without_demo(qtbot, data_dir, monkeypatch):
    datadir.database_path(data_dir).write_bytes(b"rac" * 5000)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(
        QMessageBox, "clickedButton", lambda self: next(b for b in self.buttons() if "trống" in b.text())
    )
    create_application()
    win = open_main_window(data_dir)
    qtbot.addWidget(win)
    assert win.ws.plans.all() == []
    win.ws.close()


def test_damaged_database_and_the_user_quits(qtbot, data_dir, monkeypatch):
    datadir.database_path(data_dir).write_bytes(b"rac" * 5000)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(
        QMessageBox, "clickedButton", lambda self: next(b for b in self.buttons() if b.text() == "Thoát")
    )
    create_application()
    assert open_main_window(data_dir) is None
    assert list(data_dir.glob("cchc-hong-*.sqlite3")), "the damaged file is kept aside"


def test_second_instance_brings_the_first_forward(qtbot, data_dir):
    create_application()
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.ask_running_instance_to_show()
    finally:
        first.release()
    assert second.acquire(), "after the first window closes the folder is free"
    second.release()


def test_lock_left_by_a_crashed_process_does_not_block(qtbot, data_dir):
    crash = textwrap.dedent(f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(data_dir / LOCK_FILE)!r})
        assert lock.tryLock(0)
        os._exit(9)  # dies holding the lock, as after a power cut
    """)
    result = subprocess.run([sys.executable, "-c", crash], timeout=60)
    assert result.returncode == 9
    assert (data_dir / LOCK_FILE).exists()
    create_application()
    guard = SingleInstance(data_dir)
    try:
        assert guard.acquire()
    finally:
        guard.release()
