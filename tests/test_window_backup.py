"""The Sao lưu area, recovery from a damaged database at start-up, and one window per folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from cchc_desktop import backup, datadir, paths
from cchc_desktop.gui.app import create_application, open_main_window
from cchc_desktop.gui.single_instance import LOCK_FILE, SingleInstance
from cchc_desktop.store import Store


@pytest.fixture(autouse=True)
def _quiet_information_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)


def test_back_up_now_lists_the_verified_copy(window, qtbot):
    panel = window.backup_panel
    window.nav.setCurrentRow(4)  # Sao lưu
    assert panel.empty_hint.isVisible() and "Chưa có bản sao lưu" in panel.empty_hint.text()
    panel.back_up_now()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    info = panel.model.backup_at(0)
    assert info.ok and info.kind == "manual" and info.plans == 1 and info.rows == 48
    assert panel.model.index(0, 3).data() == "1 kế hoạch, 48 dòng nhiệm vụ, 0 bản chấm điểm"
    assert not panel.empty_hint.isVisible()


def test_back_up_to_another_folder(window, qtbot, tmp_path):
    usb = tmp_path / "usb"
    window.backup_panel.back_up_now(usb)
    qtbot.waitUntil(lambda: usb.exists() and any(usb.glob("cchc-*-manual.sqlite3")), timeout=10000)
    assert backup.list_backups(usb)[0].plans == 1


def test_automatic_backup_only_after_a_change(window, qtbot):
    panel = window.backup_panel
    panel._changes_at_last_backup = window.store.conn.total_changes
    panel.auto_backup_if_changed()
    window.background.wait()
    assert panel.model.rowCount() == 0
    window.import_json(paths.demo_plan_path())
    qtbot.waitUntil(lambda: window.store.plan_count() == 2, timeout=10000)
    panel.auto_backup_if_changed()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.backup_at(0).kind == "auto" and panel.model.backup_at(0).plans == 2


def test_closing_after_a_change_leaves_a_backup(window, data_dir):
    window.delete_current_plan()
    window.close()
    made = backup.list_backups(datadir.backup_dir(data_dir))
    assert [(b.kind, b.plans) for b in made] == [("auto", 0)]


def test_restore_brings_back_the_plans_and_keeps_a_safety_copy(window, qtbot):
    panel = window.backup_panel
    panel.back_up_now()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    saved = panel.model.backup_at(0).path
    window.delete_current_plan()
    assert window.store.plan_count() == 0 and window.undo_stack.count() == 1
    safety = panel.restore(saved)
    assert window.store.plan_count() == 1 and window.annex_model.rowCount() == 7
    assert window.undo_stack.count() == 0
    assert backup.inspect_backup(safety).plans == 0
    assert {b.kind for b in backup.list_backups(panel.folder)} == {"manual", "pre-restore"}


def test_damaged_database_at_start_offers_the_newest_backup(qtbot, data_dir, demo_doc, monkeypatch):
    with Store.open(data_dir) as store:
        store.insert_plan(demo_doc)
        backup.create_backup(store.conn, datadir.backup_dir(data_dir), "auto")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_file = datadir.database_path(data_dir)
    db_file.write_bytes(b"\x00" * 100 + db_file.read_bytes()[100:])
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda self: next(b for b in self.buttons() if "Khôi phục" in b.text()))
    create_application()
    win = open_main_window(data_dir)
    qtbot.addWidget(win)
    assert "bị hỏng" in shown[0] and "có thể khôi phục" in shown[0]
    assert win.store.plan_count() == 1
    assert list(data_dir.glob("cchc-hong-*.sqlite3")), "the damaged file is kept aside"


def test_damaged_database_without_backup_starts_empty_without_demo(qtbot, data_dir, monkeypatch):
    datadir.database_path(data_dir).write_bytes(b"rac" * 5000)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    create_application()
    win = open_main_window(data_dir)
    qtbot.addWidget(win)
    assert win.store.plan_count() == 0


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
