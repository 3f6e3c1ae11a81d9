"""The issue's "done when", in small, through the window's own actions: a new plan, its annex
rebuilt from nothing as the commune's seed plan has it (two reform areas, a task with two
activities, a group with a sub-task, units picked and a new one added inline, due times as
written), progress and evidence recorded on a row, that row found by a word typed without
accents, and every step undone until the data is as it was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from register_fixtures import state
from register_window_helpers import press, rwin_fixture, type_text  # noqa: F401 - the rwin fixture

from cchc_desktop.gui.dialogs.unit_picker import UnitPicker
from cchc_desktop.gui.models.cell_editors import CellLineEdit, CellTextEdit
from cchc_desktop.gui.pages.tasks import TasksPage

OBJECTIVE, TASK, ACTIVITY, RESULT, LEAD, PARTNERS, DUE, BUDGET = 1, 2, 3, 4, 5, 6, 7, 8


def _type_into(window, qtbot, index: QModelIndex, text: str | list[str]) -> None:
    """Edit a cell as a user does: open it, type, Enter; units through the picker."""
    tree = window.plans_page.ui.annexTree
    steps = window.undo_stack.count()
    tree.setCurrentIndex(index)
    if not isinstance(QApplication.focusWidget(), (CellTextEdit, CellLineEdit)):
        tree.edit(index)  # an action that added a line opens its cell already
    editor = QApplication.focusWidget()
    if isinstance(editor.parentWidget(), UnitPicker):
        for name in text:
            type_text(editor, name)
            press(editor, Qt.Key_Return)
        press(editor, Qt.Key_Return)
    else:
        assert isinstance(editor, (CellTextEdit, CellLineEdit)), editor
        type_text(editor, text)
        press(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.undo_stack.count() == steps + 1, timeout=3000)


def _current(window) -> QModelIndex:
    return window.plans_page.ui.annexTree.currentIndex()


def _cell(window, column: int) -> QModelIndex:
    index = _current(window)
    return index.sibling(index.row(), column)


def test_rebuild_an_annex_record_progress_and_evidence_find_it_and_undo_everything(rwin, qtbot, tmp_path):
    ws = rwin.ws
    plans_before = [(p.uuid, p.title) for p in ws.plans.all()]
    demo_before = state(ws, rwin.plan_id)
    page = rwin.plans_page
    actions = page.actions

    # A new plan from the document form.
    dialog = rwin.plan_actions.new_plan_dialog()
    dialog.ui.titleEdit.setText(
        "Kế hoạch Cải cách hành chính nhà nước 06 tháng cuối năm 2025 của xã Cửa Tùng"
    )
    dialog.ui.periodCombo.setCurrentIndex(2)
    dialog.ui.yearSpin.setValue(2025)
    dialog._accept()
    # The dialog gone, the window is active again (a cell opened before that would lose its focus).
    rwin.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is rwin, timeout=3000)
    page.ui.annexTree.setFocus()
    plan = rwin.current_summary
    assert plan.title.endswith("xã Cửa Tùng") and page.annex_model.rowCount() == 0

    # I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH, with task 1 (two activities) and group 2 with task 2.1.
    actions.add_section.trigger()  # opens its title for typing
    _type_into(rwin, qtbot, _current(rwin), "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH")
    actions.add_item.trigger()  # on the section: its first task, the task cell open
    _type_into(
        rwin, qtbot, _current(rwin), "Xác định nhiệm vụ cụ thể; Tổ chức triển khai kịp thời các nhiệm vụ CCHC"
    )
    _type_into(rwin, qtbot, _cell(rwin, OBJECTIVE), "Xây dựng Kế hoạch CCHC, các nhiệm vụ trọng tâm về CCHC")
    _type_into(rwin, qtbot, _cell(rwin, ACTIVITY), "Xây dựng, ban hành Kế hoạch CCHC")
    _type_into(rwin, qtbot, _cell(rwin, RESULT), "Kế hoạch của UBND")
    _type_into(rwin, qtbot, _cell(rwin, LEAD), ["vhxh"])
    _type_into(rwin, qtbot, _cell(rwin, PARTNERS), ["chuyen mon"])
    _type_into(rwin, qtbot, _cell(rwin, DUE), "Trước ngày 31/7/2025")
    _type_into(rwin, qtbot, _cell(rwin, BUDGET), "Thường xuyên")
    first_item = page.annex_model.node(_current(rwin)).item_uuid
    actions.add_row.trigger()  # another activity of the same task
    _type_into(rwin, qtbot, _current(rwin), "Tổ chức triển khai, đôn đốc thực hiện")
    _type_into(rwin, qtbot, _cell(rwin, DUE), "Quý III, IV")
    actions.add_item.trigger()
    _type_into(rwin, qtbot, _current(rwin), "Tuyên truyền công tác CCHC")
    actions.add_sub_item.trigger()
    _type_into(rwin, qtbot, _current(rwin), "Tuyên truyền trên hệ thống truyền thanh xã")
    _type_into(rwin, qtbot, _cell(rwin, DUE), "Hàng tháng")

    # III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH, its task led by a unit the directory lacks.
    actions.add_section.trigger()
    _type_into(rwin, qtbot, _current(rwin), "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    actions.add_item.trigger()
    _type_into(rwin, qtbot, _current(rwin), "Rà soát, đơn giản hóa TTHC lĩnh vực đất đai")
    _type_into(rwin, qtbot, _cell(rwin, LEAD), ["Công chức Địa chính - Xây dựng"])
    _type_into(rwin, qtbot, _cell(rwin, DUE), "Theo KH được phê duyệt")

    view = ws.register.view(plan.id)
    assert [f"{s.code}. {s.title}" for s in view.sections] == [
        "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH",
        "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    ]
    assert [i.number for i in view.items] == ["1", "2", "2.1", "1"]  # restarting in each area
    rows = view.rows
    assert [r.row_index for r in rows] == [0, 1, 0, 0, 0]
    assert rows[0].lead == ("Phòng VHXH",) and rows[0].partners == ("Phòng chuyên môn",)
    assert rows[0].due.kind == "deadline" and str(rows[0].due.end) == "2025-07-31"
    assert rows[1].item_uuid == first_item and rows[1].due.kind == "range"
    assert rows[3].due.kind == "recurring" and rows[4].due.kind == "unknown"
    assert "Công chức Địa chính - Xây dựng" in {u.name for u in ws.units.all()}
    assert page.ui.planNotice.isVisible()  # the unknown due time is pointed out

    # Progress and evidence on the land-records row, from the Nhiệm vụ page.
    tasks = rwin.page(TasksPage)
    rwin.nav.setCurrentRow(rwin.pages.index(tasks))
    assert tasks.plan_id == plan.id and tasks.model.rowCount() == 5
    tasks.ui.searchEdit.setText("dia chinh")
    assert tasks.model.rowCount() == 1
    tasks.ui.registerTable.selectRow(0)
    assert tasks.selected_rows()[0].task.startswith("Rà soát, đơn giản hóa TTHC")
    tasks.ui.progressStatus.setCurrentIndex(tasks.ui.progressStatus.findData("done"))
    tasks.ui.doneDate.setDate(QDate(2025, 10, 10))
    tasks.ui.noteEdit.setPlainText("Đã rà soát 12 thủ tục, đề xuất cắt giảm 3")
    tasks.ui.saveProgressButton.click()
    evidence = tmp_path / "bao-cao-ra-soat.pdf"
    evidence.write_bytes(b"%PDF-1.4 bao cao ra soat TTHC")
    tasks.panel.attach_files([evidence])
    qtbot.waitUntil(lambda: tasks.panel.documents.rowCount() == 1, timeout=10000)
    found = tasks.model.row_at(0)
    assert (found.status, found.done_on, found.evidence) == ("done", dt.date(2025, 10, 10), 1)
    tasks.ui.searchEdit.setText("DAT DAI")  # accents and case aside
    assert tasks.model.row_at(0).uuid == found.uuid

    # Every step undone: the data is as it was before the first.
    steps = rwin.undo_stack.count()
    assert steps >= 25
    while rwin.undo_stack.canUndo():
        rwin.undo_stack.undo()
    assert [(p.uuid, p.title) for p in ws.plans.all()] == plans_before
    assert state(ws, rwin.plan_id) == demo_before
    assert not ws.evidence.all()  # the record went with its link (the file stays in the store)
    # ... and every step redone gives the rebuilt annex back.
    while rwin.undo_stack.canRedo():
        rwin.undo_stack.redo()
    assert [r.task for r in ws.register.view(plan.id).rows] == [r.task for r in rows]
