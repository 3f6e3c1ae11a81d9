"""The main window, offscreen: it opens on the demo plan, its pages and plan actions work and undo."""

from __future__ import annotations

import json

from conftest import add_plan
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence

from cchc_desktop import paths
from cchc_desktop.gui.app import open_main_window
from cchc_desktop.gui.models.annex_tree import AnnexTreeModel
from cchc_desktop.gui.models.plan_list import PlanListModel, TrashListModel
from cchc_desktop.gui.pages.backups import BackupPage
from cchc_desktop.gui.pages.trash import TrashPage
from cchc_desktop.gui.pages.units import UnitsPage


def _walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def _row_texts(model, index):
    return [model.index(index.row(), c, index.parent()).data() for c in range(model.columnCount())]


def _plan_count(window) -> int:
    return len(window.ws.plans.all())


def test_first_run_shows_the_demo_annex(window):
    page = window.plans_page
    assert page.plan_model.rowCount() == 1
    model = page.annex_model
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == [
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
    sections = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sections[0] == "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"
    assert sections[-1] == "VII. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ"
    # 7 sections + 43 items + 5 further rows of items with several activities
    assert len(list(_walk(model))) == 7 + 43 + 5
    first_item = model.index(0, 0, model.index(0, 0))
    assert _row_texts(model, first_item)[:3] == [
        "1",
        "Xây dựng Kế hoạch CCHC, các nhiệm vụ trọng tâm về CCHC trong 6 tháng cuối năm năm 2025",
        "Xác định nhiệm vụ cụ thể; Tổ chức triển khai kịp thời các nhiệm vụ CCHC",
    ]
    assert page.ui.annexTree.isFirstColumnSpanned(0, QModelIndex())
    assert page.ui.annexTree.isExpanded(model.index(1, 0))
    assert "Cửa Tùng" in page.ui.planHeader.text() and "43 nhiệm vụ" in page.ui.planHeader.text()


def test_navigation_lists_every_work_area(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "Kế hoạch" and titles[-3:] == ["Đơn vị", "Thùng rác", "Sao lưu"]
    backup_page = window.page(BackupPage)
    window.nav.setCurrentRow(window.pages.index(backup_page))
    assert window.stack.currentWidget() is backup_page
    assert str(window.ws.db.path) in backup_page.ui.backupInfo.text()


def test_window_fits_an_office_screen(window):
    from PySide6.QtGui import QGuiApplication

    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_redo_answers_ctrl_y_and_ctrl_shift_z(window):
    shortcuts = {s.toString() for s in window.action_redo.shortcuts()}
    assert {QKeySequence("Ctrl+Y").toString(), QKeySequence("Ctrl+Shift+Z").toString()} <= shortcuts


def test_models_pass_qt_model_tester(qtmodeltester, demo_doc, ws):
    tree = AnnexTreeModel()
    tree.set_document(demo_doc)
    qtmodeltester.check(tree, force_py=True)
    add_plan(ws, demo_doc)
    plans = PlanListModel()
    plans.set_items(ws.plans.all())
    qtmodeltester.check(plans, force_py=True)
    trash = TrashListModel()
    trash.set_items(ws.plans.all())
    qtmodeltester.check(trash, force_py=True)


def test_import_json_in_background_then_undo_and_redo(window, qtbot, tmp_path):
    exported = tmp_path / "ban-sao.json"
    window.ws.plans.export_json(window.current_plan.id, exported)
    window.files.import_json(exported, as_copy=True)
    qtbot.waitUntil(lambda: window.plans_page.plan_model.rowCount() == 2, timeout=10000)
    assert _plan_count(window) == 2
    imported = window.current_plan
    window.undo_stack.undo()
    assert _plan_count(window) == 1 and window.plans_page.plan_model.rowCount() == 1
    window.undo_stack.redo()
    assert _plan_count(window) == 2 and window.plans_page.plan_model.rowCount() == 2
    assert window.ws.plans.find(imported.uuid).id, "redo brings back the same plan (same id)"


def test_import_of_a_broken_file_reports_and_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    broken = tmp_path / "hong.json"
    broken.write_text('{"format": "cchc-plan", "version": 1', encoding="utf-8")
    window.files.import_json(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].code == "json.syntax"
    assert _plan_count(window) == 1
    assert window.undo_stack.count() == 0


def test_export_json_writes_the_selected_plan(window, qtbot, tmp_path):
    target = tmp_path / "xuat.json"
    window.files.export_json(target)
    qtbot.waitUntil(target.exists, timeout=10000)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["plan"]["uuid"] == window.current_plan.uuid
    assert (
        data["plan"]["title"]
        == json.loads(paths.demo_plan_path().read_text(encoding="utf-8"))["plan"]["title"]
    )


def test_delete_goes_to_the_trash_undo_keeps_ids_and_demo_does_not_come_back(window, data_dir, qtbot):
    doc = window.current_plan
    window.files.delete_current_plan()
    assert _plan_count(window) == 0
    assert window.plans_page.annex_model.rowCount() == 0
    assert "Chưa có kế hoạch nào" in window.plans_page.ui.planHeader.text()
    trash = window.page(TrashPage)
    assert trash.model.rowCount() == 1
    window.undo_stack.undo()
    assert _plan_count(window) == 1 and window.plans_page.annex_model.rowCount() == 7
    restored = window.ws.plans.document(doc.id)
    assert [r.uuid for _s, _i, r in restored.all_rows()] == [r.uuid for _s, _i, r in doc.all_rows()]
    window.undo_stack.redo()
    assert _plan_count(window) == 0
    trash.ui.trashTable.selectRow(0)
    trash.restore_selected()
    assert _plan_count(window) == 1 and window.ws.plans.all()[0].uuid == doc.uuid
    window.files.delete_current_plan()
    window.ws.close()
    reopened = open_main_window(data_dir)
    qtbot.addWidget(reopened)
    try:
        assert reopened.ws.plans.all() == [], "the demo is offered on the first run only"
    finally:
        reopened.ws.close()


def test_units_page_renames_and_merges_with_undo(window, qtbot):
    page = window.page(UnitsPage)
    assert page.model.rowCount() == len(window.ws.units.all())
    usage = {u.unit.name: u for u in window.ws.units.usage()}
    assert usage["Phòng Văn hóa – Xã hội"].rows > 0
    before = window.ws.plans.document(window.current_plan.id)
    added, _changed = window.ws.units.add("Văn phòng HĐND và UBND")
    duplicate, _changed = window.ws.units.add("VP HĐND-UBND")
    window.record(window.ws.units.merge(duplicate.uuid, added.uuid))
    assert "VP HĐND-UBND" not in {u.name for u in window.ws.units.all()}
    window.undo_stack.undo()
    assert "VP HĐND-UBND" in {u.name for u in window.ws.units.all()}
    window.record(
        window.ws.units.rename(usage["Phòng Văn hóa – Xã hội"].unit.uuid, "Phòng Văn hóa, Thông tin")
    )
    after = window.ws.plans.document(window.current_plan.id)
    renamed = [r for _s, _i, r in after.all_rows() if "Phòng Văn hóa, Thông tin" in r.lead]
    assert renamed, "rows that named the unit by its full name follow the rename"
    window.undo_stack.undo()
    assert window.ws.plans.document(window.current_plan.id) == before


def test_qt_own_buttons_speak_vietnamese(window):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QMessageBox(QMessageBox.Question, "x", "y", QMessageBox.Yes | QMessageBox.No, window)
    assert box.button(QMessageBox.Yes).text() == "&Có"
    assert box.button(QMessageBox.No).text() == "&Không"
    buttons = QDialogButtonBox(QDialogButtonBox.Close | QDialogButtonBox.Cancel)
    assert buttons.button(QDialogButtonBox.Close).text() == "Đóng"
    assert buttons.button(QDialogButtonBox.Cancel).text() == "Hủy"


def test_compiled_qt_translations_match_their_source():
    """resources/translations/qtbase_vi.qm must be rebuilt whenever the .ts changes."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    folder = paths.resource("translations")
    translator = QTranslator()
    assert translator.load(str(folder / "qtbase_vi.qm"))
    for context in ET.parse(folder / "qtbase_vi.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            assert translator.translate(name, message.findtext("source")) == message.findtext("translation")


def test_file_dialog_labels_speak_vietnamese(window):
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(window, "x")
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Tìm trong:" and labels["fileTypeLabel"] == "&Loại tệp:"
    assert labels["fileNameLabel"] == "&Tên tệp:"
    dialog.deleteLater()


def test_geometry_and_column_widths_are_remembered(window, data_dir, qtbot):
    page = window.plans_page
    page.ui.annexTree.setColumnWidth(2, 333)
    window.resize(1100, 650)
    window.close()
    window.ws.close()
    reopened = open_main_window(data_dir)
    qtbot.addWidget(reopened)
    try:
        assert reopened.plans_page.ui.annexTree.columnWidth(2) == 333
        assert (reopened.width(), reopened.height()) == (1100, 650)
    finally:
        reopened.ws.close()
