"""The main window, offscreen: it opens on the demo plan and its plan actions work and undo."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from cchc_desktop import paths
from cchc_desktop.gui.annex_model import AnnexTreeModel
from cchc_desktop.gui.app import open_main_window
from cchc_desktop.gui.main_window import AREA_BACKUP, AREA_PLANS
from cchc_desktop.gui.plan_list_model import PlanListModel


def _walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def _row_texts(model, index):
    return [model.index(index.row(), c, index.parent()).data() for c in range(model.columnCount())]


def test_first_run_shows_the_demo_annex(window):
    assert window.plan_model.rowCount() == 1
    model = window.annex_model
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == [
        "TT", "Mục tiêu", "Nhiệm vụ", "Hoạt động", "Kết quả/Sản phẩm", "Chủ trì", "Phối hợp",
        "Thời gian", "Kinh phí"]
    sections = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sections[0] == "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"
    assert sections[-1] == "VII. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ"
    # 7 sections + 43 items + 5 further rows of items with several activities
    assert len(list(_walk(model))) == 7 + 43 + 5
    first_item = model.index(0, 0, model.index(0, 0))
    assert _row_texts(model, first_item) == [
        "1", "Xây dựng Kế hoạch CCHC, các nhiệm vụ trọng tâm về CCHC trong 6 tháng cuối năm năm 2025",
        "Xác định nhiệm vụ cụ thể; Tổ chức triển khai kịp thời các nhiệm vụ CCHC",
        "Xây dựng, ban hành Kế hoạch CCHC của tỉnh", "Kế hoạch của UBND", "Phòng VHXH",
        "Phòng chuyên môn", "Trước ngày 31/7/2025", "Thường xuyên"]
    assert window.annex_tree.isFirstColumnSpanned(0, QModelIndex())
    assert window.annex_tree.isExpanded(model.index(1, 0))
    assert "Cửa Tùng" in window.plan_header.text()
    assert str(window.store.path) in window.db_label.text()


def test_navigation_switches_work_areas(window):
    window.nav.setCurrentRow(AREA_BACKUP)
    assert window.pages.currentIndex() == AREA_BACKUP
    backup_text = window.pages.currentWidget().findChild(QLabel, "backupInfo").text()
    assert str(window.store.path) in backup_text
    window.nav.setCurrentRow(AREA_PLANS)
    assert window.pages.currentWidget().objectName() == "pagePlans"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Kế hoạch", "Nhiệm vụ", "Chấm điểm", "Báo cáo & gói nộp", "Sao lưu"]


def test_models_pass_qt_model_tester(qtmodeltester, demo_doc, store):
    tree = AnnexTreeModel()
    tree.set_document(demo_doc)
    qtmodeltester.check(tree, force_py=True)
    store.insert_plan(demo_doc)
    plans = PlanListModel()
    plans.set_plans(store.list_plans())
    qtmodeltester.check(plans, force_py=True)


def test_import_json_in_background_then_undo_and_redo(window, qtbot, tmp_path):
    source = paths.demo_plan_path()
    window.import_json(source)
    qtbot.waitUntil(lambda: window.plan_model.rowCount() == 2, timeout=10000)
    assert window.store.plan_count() == 2
    assert window.current_plan.id == 2
    window.undo_stack.undo()
    assert window.store.plan_count() == 1 and window.plan_model.rowCount() == 1
    window.undo_stack.redo()
    assert window.store.plan_count() == 2 and window.plan_model.rowCount() == 2


def test_import_of_a_broken_file_reports_and_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    broken = tmp_path / "hong.json"
    broken.write_text('{"format": "cchc-plan", "version": 1', encoding="utf-8")
    window.import_json(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "không phải JSON hợp lệ" in shown[0]
    assert window.store.plan_count() == 1
    assert window.undo_stack.count() == 0


def test_export_json_writes_the_selected_plan(window, qtbot, tmp_path):
    target = tmp_path / "xuat.json"
    window.export_json(target)
    qtbot.waitUntil(target.exists, timeout=10000)
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(
        paths.demo_plan_path().read_text(encoding="utf-8"))


def test_delete_plan_is_undoable_and_demo_does_not_come_back(window, data_dir, qtbot):
    window.delete_current_plan()
    assert window.store.plan_count() == 0
    assert window.annex_model.rowCount() == 0
    assert "Chưa có kế hoạch nào" in window.plan_header.text()
    window.undo_stack.undo()
    assert window.store.plan_count() == 1 and window.annex_model.rowCount() == 7
    window.undo_stack.redo()
    assert window.store.plan_count() == 0
    window.store.close()
    reopened = open_main_window(data_dir)
    qtbot.addWidget(reopened)
    try:
        assert reopened.store.plan_count() == 0, "the demo is offered on the first run only"
    finally:
        reopened.store.close()
        window.store = reopened.store  # the fixture closes this one again harmlessly


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
