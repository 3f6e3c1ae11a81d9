"""Importing an annex from the window: the preview dialog, changing a column, confirming into a
new or an existing plan (one undoable action), cancelling (nothing written), bad files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from annex_fixtures import commune_table, province_table, write_docx, write_xlsx
from cchc_desktop.annex_import import analyse, load_tables
from cchc_desktop.gui.import_annex_dialog import ImportAnnexDialog


@pytest.fixture
def commune_xlsx(tmp_path):
    return write_xlsx(tmp_path / "phu-luc-cua-tung.xlsx", commune_table())


def _dialog(window, path):
    tables = load_tables(path)
    preview = analyse(tables, unit_directory=window.store.list_units())
    return ImportAnnexDialog(tables, preview, window.store.list_plans(), window.store.list_units(),
                             path.name, None, window)


def test_preview_shows_mapping_tree_counts_and_units(window, commune_xlsx, qtbot):
    dialog = _dialog(window, commune_xlsx)
    qtbot.addWidget(dialog)
    assert dialog.mapping_combos["lead"].currentText() == "Cột 6: Chủ trì"
    assert dialog.mapping_combos["budget"].currentText() == "Cột 9: Kinh phí"
    assert dialog.tree_model.rowCount() == 7
    assert dialog.counts_list.item(0).text() == "I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 6 nhiệm vụ, 6 dòng"
    assert "43 nhiệm vụ, 48 dòng" in dialog.summary_label.text()
    units = [dialog.units_list.item(i).text() for i in range(dialog.units_list.count())]
    assert "✓ Phòng VHXH → Phòng Văn hóa – Xã hội" in units, "matched against the directory"
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()


def test_changing_a_column_recomputes_the_preview(window, commune_xlsx, qtbot):
    dialog = _dialog(window, commune_xlsx)
    qtbot.addWidget(dialog)
    combo = dialog.mapping_combos["budget"]
    combo.setCurrentIndex(combo.findData(None))
    assert dialog.preview.mapping.column_of("budget") is None
    assert dialog.preview.sections[0].items[0].rows[0].budget == ""
    warnings = [dialog.warnings_list.item(i).text() for i in range(dialog.warnings_list.count())]
    assert any("Kinh phí" in w for w in warnings), "the column no longer imported is reported"
    # giving the TT column to another field leaves no numbering: a clear message, no confirm
    number = dialog.mapping_combos["number"]
    number.setCurrentIndex(number.findData(None))
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    assert "TT" in dialog.summary_label.text()


def test_confirm_into_a_new_plan_then_undo(window, commune_xlsx, qtbot, monkeypatch):
    monkeypatch.setattr(ImportAnnexDialog, "exec", lambda self: QDialog.Accepted)
    before = window.store.plan_count()
    window.import_annex(commune_xlsx)
    qtbot.waitUntil(lambda: window.store.plan_count() == before + 1, timeout=10000)
    new_plan = window.current_plan
    assert new_plan.counts().items == 43 and new_plan.counts().rows == 48
    assert "6 THÁNG CUỐI NĂM 2025" in new_plan.plan.title.upper()
    assert new_plan.plan.period.label() == "6 tháng cuối năm 2025"
    window.undo_stack.undo()
    assert window.store.plan_count() == before


def test_confirm_into_the_existing_plan_appends_and_undo_takes_exactly_it_back(
        window, tmp_path, qtbot, monkeypatch):
    province = write_docx(tmp_path / "ha-tinh.docx", province_table())
    demo_id = window.current_plan.id
    before = window.store.load_plan(demo_id)

    def accept_into_existing(dialog):
        dialog.existing_plan_radio.setChecked(True)
        dialog.existing_plan_combo.setCurrentIndex(dialog.existing_plan_combo.findData(demo_id))
        return QDialog.Accepted

    monkeypatch.setattr(ImportAnnexDialog, "exec", accept_into_existing)
    window.import_annex(province)
    qtbot.waitUntil(lambda: window.current_plan.counts().items > before.counts().items, timeout=10000)
    assert window.store.plan_count() == 1
    assert window.annex_model.rowCount() >= 7
    window.undo_stack.undo()
    assert window.store.load_plan(demo_id) == before
    assert window.current_plan.counts() == before.counts()
    window.undo_stack.redo()
    assert window.store.load_plan(demo_id).counts().items > before.counts().items
    entries = window.store.change_log(demo_id)
    assert [e.action for e in entries[:3]] == ["append", "remove-appended", "append"]


def test_cancel_writes_nothing(window, commune_xlsx, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(ImportAnnexDialog, "exec", lambda self: opened.append(self) or QDialog.Rejected)
    before = window.store.conn.total_changes
    window.import_annex(commune_xlsx)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert window.store.conn.total_changes == before
    assert window.undo_stack.count() == 0


def test_a_file_that_is_not_an_annex_is_reported(window, tmp_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    fake = tmp_path / "bang.xlsx"
    fake.write_text("đây không phải Excel", encoding="utf-8")
    before = window.store.conn.total_changes
    window.import_annex(fake)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "không phải Excel" in shown[0] or "xlsx" in shown[0]
    assert window.store.conn.total_changes == before


def test_paste_from_clipboard(window, qtbot, monkeypatch):
    text = ("TT\tNhiệm vụ\tKết quả/Sản phẩm\tChủ trì\tThời gian\n"
            "I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\t\t\t\n"
            "1\t\"Xây dựng kế hoạch\nnăm 2027\"\tKế hoạch\tPhòng VHXH\tQuý I\n")
    QApplication.clipboard().setText(text)
    monkeypatch.setattr(ImportAnnexDialog, "exec", lambda self: QDialog.Accepted)
    window.paste_annex()
    qtbot.waitUntil(lambda: window.store.plan_count() == 2, timeout=10000)
    task = window.current_plan.sections[0].items[0].rows[0].task
    assert task == "Xây dựng kế hoạch\nnăm 2027"


def test_empty_clipboard_is_a_message(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    QApplication.clipboard().setText("")
    window.paste_annex()
    assert "Bộ nhớ tạm không có bảng" in shown[0]


def test_disk_full_while_writing_keeps_the_preview_to_retry(window, commune_xlsx, qtbot, monkeypatch):
    import sqlite3

    from cchc_desktop.store import _UnitResolver

    shown, opened = [], []

    def full_disk(self, label):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13
        raise error

    def exec_twice(dialog):
        opened.append(dialog)
        if len(opened) == 2:
            monkeypatch.undo()  # the user freed some space: the retry goes through
            monkeypatch.setattr(window, "show_error", shown.append)
        return QDialog.Accepted

    monkeypatch.setattr(window, "show_error", shown.append)
    monkeypatch.setattr(_UnitResolver, "resolve", full_disk)
    monkeypatch.setattr(ImportAnnexDialog, "exec", exec_twice)
    before = window.store.plan_count()
    window.import_annex(commune_xlsx)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert "ổ đĩa đã đầy" in shown[0] and "Dữ liệu giữ nguyên" in shown[0]
    assert opened[0] is opened[1], "the same preview, with the user's choices, comes back"
    assert window.store.plan_count() == before + 1
