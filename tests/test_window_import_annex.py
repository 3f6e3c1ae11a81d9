"""Importing an annex from the window: the preview dialog, changing a column, mapping a new unit
name onto an existing unit, confirming into a new or an existing plan (one undoable action),
cancelling (nothing written), bad files."""

from __future__ import annotations

import pytest
from annex_fixtures import commune_table, province_table, write_docx, write_xlsx
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from cchc_desktop.gui.dialogs.import_annex import ImportAnnexDialog
from cchc_desktop.services.imports import analyse_tables, read_tables
from cchc_desktop.storage.units import UnitResolver


@pytest.fixture
def commune_xlsx(tmp_path):
    return write_xlsx(tmp_path / "phu-luc-cua-tung.xlsx", commune_table())


def _dialog(window, path):
    tables = read_tables(path)
    units = window.ws.units.all()
    preview = analyse_tables(tables, units)
    return ImportAnnexDialog(tables, preview, window.ws.plans.all(), units, path.name, None, window)


def _plan_count(window) -> int:
    return len(window.ws.plans.all())


def test_preview_shows_mapping_tree_counts_and_units_and_fits_the_screen(window, commune_xlsx, qtbot):
    from PySide6.QtGui import QGuiApplication

    dialog = _dialog(window, commune_xlsx)
    qtbot.addWidget(dialog)
    dialog.show()
    area = QGuiApplication.primaryScreen().availableGeometry()
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert dialog.frameGeometry().height() <= area.height() and dialog.width() <= area.width()
    assert ok.mapTo(dialog, ok.rect().bottomRight()).y() <= dialog.height(), "the buttons are reachable"
    assert dialog.mapping_combos["lead"].currentText() == "Cột 6: Chủ trì"
    assert dialog.mapping_combos["budget"].currentText() == "Cột 9: Kinh phí"
    assert dialog.tree_model.rowCount() == 7
    assert dialog.ui.countsList.item(0).text() == "I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 6 nhiệm vụ, 6 dòng"
    assert "43 nhiệm vụ, 48 dòng" in dialog.ui.summaryLabel.text()
    units = [dialog.ui.unitsList.item(i).text() for i in range(dialog.ui.unitsList.count())]
    assert "✓ Phòng VHXH → Phòng Văn hóa – Xã hội" in units, "matched against the directory"
    assert ok.isEnabled()


def test_changing_a_column_recomputes_the_preview(window, commune_xlsx, qtbot):
    dialog = _dialog(window, commune_xlsx)
    qtbot.addWidget(dialog)
    combo = dialog.mapping_combos["budget"]
    combo.setCurrentIndex(combo.findData(None))
    assert dialog.preview.mapping.column_of("budget") is None
    assert dialog.preview.sections[0].items[0].rows[0].budget == ""
    assert any(w.params.get("column", "") and "Kinh phí" in str(w) for w in dialog.preview.warnings) or any(
        "Kinh phí" in str(w) for w in dialog.preview.warnings
    ), "the column no longer imported is reported"
    # giving the TT column to another field leaves no numbering: a clear message, no confirm
    number = dialog.mapping_combos["number"]
    number.setCurrentIndex(number.findData(None))
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    assert "TT" in dialog.ui.summaryLabel.text()


def test_a_new_unit_name_can_be_mapped_onto_an_existing_unit(window, qtbot):
    from cchc_desktop.services.imports import read_pasted

    text = (
        "TT\tNhiệm vụ\tKết quả/Sản phẩm\tChủ trì\tThời gian\n"
        "I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\t\t\t\n"
        "1\tRà soát thủ tục\tBáo cáo\tPhòng VH và XH xã\tQuý I\n"
        "2\tTuyên truyền\tBài viết\tPhòng VH và XH xã\tQuý II\n"
    )
    tables = read_pasted(text, "dán")
    units = window.ws.units.all()
    dialog = ImportAnnexDialog(
        tables, analyse_tables(tables, units), window.ws.plans.all(), units, "dán", None, window
    )
    qtbot.addWidget(dialog)
    assert dialog.preview.new_units == ["Phòng VH và XH xã"]
    target = next(u for u in units if u.name == "Phòng Văn hóa – Xã hội")
    dialog.ui.unitsList.setCurrentRow(0)
    assert dialog.ui.mapUnitButton.isEnabled()
    dialog.map_unit("Phòng VH và XH xã", target)
    assert dialog.preview.new_units == []
    named = {name for s in dialog.preview.sections for i in s.all_items() for r in i.rows for name in r.lead}
    assert named == {target.name}
    assert "0 đơn vị mới" in dialog.ui.summaryLabel.text()


def test_confirm_into_a_new_plan_then_undo(window, commune_xlsx, qtbot, monkeypatch):
    monkeypatch.setattr(ImportAnnexDialog, "exec", lambda self: QDialog.Accepted)
    before = _plan_count(window)
    window.files.import_annex(commune_xlsx)
    qtbot.waitUntil(lambda: _plan_count(window) == before + 1, timeout=10000)
    new_plan = window.current_plan
    assert new_plan.counts().tasks == 43 and new_plan.counts().rows == 48
    assert "6 THÁNG CUỐI NĂM 2025" in new_plan.plan.title.upper()
    assert new_plan.plan.period.label() == "6 tháng cuối năm 2025"
    window.undo_stack.undo()
    assert _plan_count(window) == before


def test_confirm_into_the_existing_plan_appends_and_undo_takes_exactly_it_back(
    window, tmp_path, qtbot, monkeypatch
):
    province = write_docx(tmp_path / "ha-tinh.docx", province_table())
    demo_id = window.current_plan.id
    before = window.ws.plans.document(demo_id)

    def accept_into_existing(dialog):
        dialog.ui.existingPlanRadio.setChecked(True)
        dialog.ui.existingPlanCombo.setCurrentIndex(dialog.ui.existingPlanCombo.findData(demo_id))
        return QDialog.Accepted

    monkeypatch.setattr(ImportAnnexDialog, "exec", accept_into_existing)
    window.files.import_annex(province)
    qtbot.waitUntil(lambda: window.current_plan.counts().rows > before.counts().rows, timeout=10000)
    assert _plan_count(window) == 1
    assert window.plans_page.annex_model.rowCount() >= 7
    grown = window.ws.plans.document(demo_id)
    window.undo_stack.undo()
    assert window.ws.plans.document(demo_id) == before
    assert window.current_plan.counts() == before.counts()
    window.undo_stack.redo()
    again = window.ws.plans.document(demo_id)
    assert again == grown
    assert [r.uuid for _s, _i, r in again.all_rows()] == [r.uuid for _s, _i, r in grown.all_rows()], (
        "redo brings back the same rows, same ids"
    )
    entries = window.ws.log.entries(demo_id)
    assert {"insert", "remove"} <= {e.action for e in entries}


def test_cancel_writes_nothing(window, commune_xlsx, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(ImportAnnexDialog, "exec", lambda self: opened.append(self) or QDialog.Rejected)
    before = window.ws.db.conn.total_changes
    window.files.import_annex(commune_xlsx)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert window.ws.db.conn.total_changes == before
    assert window.undo_stack.count() == 0


def test_a_file_that_is_not_an_annex_is_reported(window, tmp_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    fake = tmp_path / "bang.xlsx"
    fake.write_text("đây không phải Excel", encoding="utf-8")
    before = window.ws.db.conn.total_changes
    window.files.import_annex(fake)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].code.startswith("annex.")
    assert window.ws.db.conn.total_changes == before


def test_paste_from_clipboard(window, qtbot, monkeypatch):
    text = (
        "TT\tNhiệm vụ\tKết quả/Sản phẩm\tChủ trì\tThời gian\n"
        "I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\t\t\t\n"
        '1\t"Xây dựng kế hoạch\nnăm 2027"\tKế hoạch\tPhòng VHXH\tQuý I\n'
    )
    QApplication.clipboard().setText(text)
    monkeypatch.setattr(ImportAnnexDialog, "exec", lambda self: QDialog.Accepted)
    window.files.paste_annex()
    qtbot.waitUntil(lambda: _plan_count(window) == 2, timeout=10000)
    task = window.current_plan.sections[0].items[0].rows[0].task
    assert task == "Xây dựng kế hoạch\nnăm 2027"


def test_empty_clipboard_is_a_message(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    QApplication.clipboard().setText("")
    window.files.paste_annex()
    assert "Bộ nhớ tạm không có bảng" in str(shown[0])


def test_disk_full_while_writing_keeps_the_preview_to_retry(window, commune_xlsx, qtbot, monkeypatch):
    import sqlite3

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
    monkeypatch.setattr(UnitResolver, "resolve", full_disk)
    monkeypatch.setattr(ImportAnnexDialog, "exec", exec_twice)
    before = _plan_count(window)
    window.files.import_annex(commune_xlsx)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert shown[0].code == "db.write_failed" and "ổ đĩa đã đầy" in shown[0].message
    assert opened[0] is opened[1], "the same preview, with the user's choices, comes back"
    assert _plan_count(window) == before + 1
