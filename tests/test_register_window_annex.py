"""The annex edited in the window: the editable tree model (qtmodeltester), typing into cells,
each structural action as one undo step, drag and drop and keyboard moves, copy and paste through
the clipboard, the unit picker, the row form, due times flagged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from register_fixtures import numbers, state
from register_window_helpers import (  # noqa: F401 - the rwin fixture
    item_index,
    press,
    rwin_fixture,
    section_index,
    select,
    tree_texts,
    type_text,
    undo_redo_exact,
)

from cchc_desktop.gui.dialogs.unit_picker import UnitPicker
from cchc_desktop.gui.models.annex_tree import AnnexTreeModel
from cchc_desktop.gui.models.cell_editors import CellLineEdit, CellTextEdit

TASK, ACTIVITY, LEAD, DUE = 2, 3, 5, 7


def _editor():
    return QApplication.focusWidget()


def test_the_editable_tree_passes_the_model_tester(qtmodeltester, rwin, demo_doc):
    model = rwin.plans_page.annex_model
    assert model.editable and model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)
    preview = AnnexTreeModel()
    preview.set_document(demo_doc)
    assert not preview.editable
    qtmodeltester.check(preview, force_py=True)


def test_typing_into_a_cell_is_one_undo_step_and_repaints_only_that_line(rwin, qtbot):
    page = rwin.plans_page
    model, tree = page.annex_model, page.ui.annexTree
    before = state(rwin.ws, rwin.plan_id)
    index = item_index(rwin, 0, 0, TASK)
    resets, removals, changes = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsRemoved.connect(lambda *a: removals.append(a))
    model.dataChanged.connect(lambda first, last, roles: changes.append(first.row()))
    select(rwin, index)
    tree.edit(index)
    editor = _editor()
    assert isinstance(editor, CellTextEdit)
    editor.selectAll()
    type_text(editor, "Rà soát thủ tục hành chính lĩnh vực Địa chính")
    press(editor, Qt.Key_Return)
    assert (
        model.index(0, TASK, section_index(rwin, 0)).data() == "Rà soát thủ tục hành chính lĩnh vực Địa chính"
    )
    assert rwin.undo_stack.count() == 1 and not resets and not removals and changes
    assert rwin.ws.register.view(rwin.plan_id).rows[0].task.endswith("Địa chính")
    undo_redo_exact(rwin, before)
    rwin.undo_stack.undo()
    assert item_index(rwin, 0, 0, TASK).data().startswith("Xác định nhiệm vụ cụ thể")


def test_a_key_typed_on_a_selected_cell_replaces_its_text(rwin, qtbot):
    page = rwin.plans_page
    index = item_index(rwin, 0, 1, DUE)
    select(rwin, index)
    qtbot.keyClick(page.ui.annexTree, "Q")
    editor = _editor()
    assert isinstance(editor, CellLineEdit)
    type_text(editor, "uý IV/2025")
    press(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: rwin.undo_stack.count() == 1, timeout=2000)  # the view commits queued
    row = page.annex_model.node(item_index(rwin, 0, 1)).row
    assert row.due_text == "Quý IV/2025" and row.due.kind == "range"
    assert str(row.due.end) == "2025-12-31"


@pytest.mark.parametrize(
    "action, where",
    [
        ("add_section", (2, 0)),
        ("add_item", (2, 0)),
        ("add_sub_item", (2, 1)),
        ("add_row", (0, 0)),
        ("delete", (1, 2)),
        ("delete_row", (0, 0)),
        ("move_up", (2, 3)),
        ("move_down", (2, 0)),
        ("indent", (2, 1)),
        ("outdent", None),
        ("continuous", (0, 0)),
    ],
)
def test_each_annex_action_is_one_undo_step(rwin, action, where, monkeypatch):
    errors = []
    monkeypatch.setattr(rwin, "show_error", errors.append)
    page = rwin.plans_page
    ws, plan_id = rwin.ws, rwin.plan_id
    if action == "outdent":  # a sub-item to bring out first
        select(rwin, item_index(rwin, 2, 1))
        page.actions.indent.trigger()
        where = None
    before = state(ws, plan_id)
    count = rwin.undo_stack.count()
    if where is not None:
        select(rwin, item_index(rwin, *where))
    else:
        select(rwin, _sub_item(page, section_index(rwin, 2)))
    if action == "delete_row":  # the item's second row
        select(rwin, page.annex_model.index(0, 0, _with_rows(page)))
        action = "delete"
    getattr(page.actions, action).trigger()
    assert rwin.undo_stack.count() == count + 1, action
    after = undo_redo_exact(rwin, before)
    assert after != before and not errors
    # The tree shows what the database holds, after undo and redo alike.
    view = ws.register.view(plan_id)
    assert [s.title for s in view.sections] == [
        page.annex_model.node(section_index(rwin, n)).section.title for n in range(len(view.sections))
    ]


def _with_rows(page) -> QModelIndex:
    """The first item with further rows (another activity or date of the same task)."""
    model = page.annex_model
    for s in range(model.rowCount()):
        section = model.index(s, 0)
        for r in range(model.rowCount(section)):
            if model.node(model.index(r, 0, section)).extra_rows():
                return model.index(r, 0, section)
    raise AssertionError("no item with several rows")


def _sub_item(page, section: QModelIndex) -> QModelIndex:
    model = page.annex_model
    for row in range(model.rowCount(section)):
        item = model.index(row, 0, section)
        for child in range(model.rowCount(item)):
            index = model.index(child, 0, item)
            if model.node(index).kind == "item":
                return index
    raise AssertionError("no sub-item")


def test_numbering_restarts_per_section_or_runs_on(rwin):
    page = rwin.plans_page
    select(rwin, item_index(rwin, 0, 0))
    page.actions.continuous.trigger()
    tops = [n for code, n in numbers(rwin.ws, rwin.plan_id) if "." not in n]
    assert tops == [str(i) for i in range(1, len(tops) + 1)]
    assert tree_texts(rwin, section_index(rwin, 1), 0)[0] == "7"  # section I has six items
    assert "đánh số liên tục" in page.ui.planHeader.text()
    page.actions.per_section.trigger()
    assert tree_texts(rwin, section_index(rwin, 1), 0)[0] == "1"


def test_drag_and_drop_moves_a_line_and_renumbers(rwin):
    page = rwin.plans_page
    model = page.annex_model
    section = section_index(rwin, 2)
    moved = model.node(item_index(rwin, 2, 2)).uuid
    before = state(rwin.ws, rwin.plan_id)
    data = model.mimeData([item_index(rwin, 2, 2)])
    assert model.canDropMimeData(data, Qt.MoveAction, 0, 0, section)
    assert not model.canDropMimeData(data, Qt.MoveAction, 0, 0, QModelIndex())  # no item outside a section
    assert model.dropMimeData(data, Qt.MoveAction, 0, 0, section)
    assert model.node(item_index(rwin, 2, 0)).uuid == moved
    assert tree_texts(rwin, section, 0)[:3] == ["1", "2", "3"]
    assert rwin.undo_stack.count() == 1
    undo_redo_exact(rwin, before)
    # A row dropped on another item becomes that item's last row.
    source = model.node(item_index(rwin, 0, 0))
    row_index = model.index(0, 0, _with_rows(page))
    row_uuid = model.node(row_index).uuid
    data = model.mimeData([row_index])
    assert model.dropMimeData(data, Qt.MoveAction, -1, 0, item_index(rwin, 0, 0))
    rows = rwin.ws.register.view(rwin.plan_id).rows_of_item(source.uuid)
    assert rows[-1].uuid == row_uuid


def test_keys_move_indent_and_outdent(rwin, qtbot):
    page = rwin.plans_page
    tree = page.ui.annexTree
    rwin.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is rwin, timeout=3000)
    second = page.annex_model.node(item_index(rwin, 2, 1)).uuid
    select(rwin, item_index(rwin, 2, 1))
    qtbot.keyClick(tree, Qt.Key_Up, Qt.AltModifier)
    assert page.annex_model.node(item_index(rwin, 2, 0)).uuid == second
    qtbot.keyClick(tree, Qt.Key_Down, Qt.AltModifier)
    assert page.annex_model.node(item_index(rwin, 2, 1)).uuid == second
    qtbot.keyClick(tree, Qt.Key_Right, Qt.AltModifier)  # under the first item: 1.1
    node = page.annex_model.node(tree.currentIndex())
    assert node.uuid == second and node.item.number == "1.1"
    qtbot.keyClick(tree, Qt.Key_Left, Qt.AltModifier)
    assert page.annex_model.node(tree.currentIndex()).item.number == "2"
    assert rwin.undo_stack.count() == 4
    for action in (page.actions.move_up, page.actions.indent, page.actions.add_item, page.actions.add_row):
        assert action.shortcuts() and action.toolTip().endswith(")")  # the key is shown


def test_copy_rows_as_excel_text_and_paste_them_back(rwin):
    page = rwin.plans_page
    model = page.annex_model
    select(rwin, item_index(rwin, 0, 0))
    page.actions.copy.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    text = mime.text()
    assert text.startswith("TT\tMục tiêu/Chỉ tiêu\tNhiệm vụ\t") and text.endswith("\r\n")
    assert "Xác định nhiệm vụ cụ thể" in text and "<table" in mime.html()
    before = state(rwin.ws, rwin.plan_id)
    select(rwin, item_index(rwin, 0, 2))
    items_before = model.rowCount(section_index(rwin, 0))
    page.actions.paste.trigger()
    assert model.rowCount(section_index(rwin, 0)) == items_before + 1
    pasted = model.node(item_index(rwin, 0, 3))
    assert pasted.row.task.startswith("Xác định nhiệm vụ cụ thể") and pasted.item.number == "4"
    assert rwin.undo_stack.count() == 1
    undo_redo_exact(rwin, before)
    # Rows typed in Excel (no header, no TT) become more rows of the chosen row's item.
    # TT, objective and task empty: another activity of the chosen task.
    QGuiApplication.clipboard().setText("\t\t\tTổ chức hội nghị\tBáo cáo\tPhòng VHXH\t\tTháng 11/2025\r\n")
    select(rwin, item_index(rwin, 0, 1))
    page.actions.paste.trigger()
    item = model.node(item_index(rwin, 0, 1)).item
    rows = rwin.ws.register.view(rwin.plan_id).rows_of_item(item.uuid)
    assert rows[-1].activity == "Tổ chức hội nghị" and rows[-1].due.kind == "range"


def test_the_unit_picker_filters_picks_several_and_adds_a_new_name(rwin, qtbot):
    picker = UnitPicker(rwin.ws.register.unit_choices)
    qtbot.addWidget(picker)
    picker.set_names(["Phòng VHXH"])
    assert picker.names() == ["Phòng VHXH"]
    type_text(picker.filter_edit, "kinh te")
    assert picker.model.data(picker.model.index(0)) == "Phòng Kinh tế"
    press(picker.filter_edit, Qt.Key_Return)
    type_text(picker.filter_edit, "Tổ công nghệ số cộng đồng")
    assert "Thêm «Tổ công nghệ số cộng đồng»" in picker.model.data(picker.model.index(0))
    press(picker.filter_edit, Qt.Key_Return)
    assert picker.names() == ["Phòng VHXH", "Phòng Kinh tế", "Tổ công nghệ số cộng đồng"]
    picker.model.refilter("")
    picker._toggle(0)  # a click on the first chosen line takes it off
    assert picker.names() == ["Phòng Kinh tế", "Tổ công nghệ số cộng đồng"]
    with qtbot.waitSignal(picker.finished, timeout=1000):
        press(picker.filter_edit, Qt.Key_Return)


def test_units_picked_in_a_cell_are_saved_and_a_new_name_joins_the_directory(rwin):
    page = rwin.plans_page
    tree = page.ui.annexTree
    index = item_index(rwin, 0, 0, LEAD)
    select(rwin, index)
    tree.edit(index)
    picker = _editor().parentWidget()
    assert isinstance(picker, UnitPicker) and picker.names() == ["Phòng VHXH"]
    type_text(picker.filter_edit, "Ban Chỉ đạo chuyển đổi số")
    press(picker.filter_edit, Qt.Key_Return)
    press(picker.filter_edit, Qt.Key_Return)  # empty filter: done
    row = page.annex_model.node(item_index(rwin, 0, 0)).row
    assert row.lead == ("Phòng VHXH", "Ban Chỉ đạo chuyển đổi số")
    assert "Ban Chỉ đạo chuyển đổi số" in {u.name for u in rwin.ws.units.all()}
    assert rwin.undo_stack.count() == 1


def test_the_row_form_shows_the_due_reading_live_and_saves_as_one_step(rwin):
    page = rwin.plans_page
    select(rwin, item_index(rwin, 2, 0))
    before = state(rwin.ws, rwin.plan_id)
    dialog = page.actions.do_row_form()
    ui = dialog.ui
    assert ui.taskEdit.toPlainText() == page.annex_model.node(item_index(rwin, 2, 0)).row.task
    ui.dueEdit.setText("Trước ngày 15/11/2025")
    assert "hạn 15/11/2025" in ui.dueParsed.text()
    ui.dueEdit.setText("Theo KH được phê duyệt")
    assert "Chưa rõ thời hạn" in ui.dueParsed.text()
    ui.dueEdit.setText("Quý IV")
    ui.objectiveEdit.setPlainText("Niêm yết đầy đủ TTHC")
    ui.activityEdit.setPlainText("Niêm yết tại Trung tâm PVHCC và trên trang thông tin điện tử")
    ui.budgetEdit.setText("Ngân sách xã")
    ui.tagsEdit.setText("kiểm tra, công khai")
    dialog.partners.set_names(["Phòng Kinh tế", "Phòng VHXH"])
    dialog.save_and_close()
    assert rwin.undo_stack.count() == 1
    row = page.annex_model.node(item_index(rwin, 2, 0)).row
    assert (row.due_text, row.budget, row.partners) == (
        "Quý IV",
        "Ngân sách xã",
        ("Phòng Kinh tế", "Phòng VHXH"),
    )
    assert row.tags == ("cong-khai", "kiem-tra") and row.objective == "Niêm yết đầy đủ TTHC"
    undo_redo_exact(rwin, before)


def test_a_refused_row_form_changes_nothing(rwin, monkeypatch):
    shown = []
    monkeypatch.setattr(rwin, "show_error", shown.append)
    page = rwin.plans_page
    select(rwin, item_index(rwin, 0, 0))
    before = state(rwin.ws, rwin.plan_id)
    dialog = page.actions.do_row_form()
    dialog.ui.taskEdit.setPlainText("Nhiệm vụ mới")
    dialog.ui.numberEdit.setText("1" * 60)  # too long: refused after the task was saved
    dialog.ui.budgetEdit.setText("Ngân sách tỉnh")
    assert not dialog.save()
    assert shown and shown[0].code == "register.text_too_long"
    assert state(rwin.ws, rwin.plan_id) == before and rwin.undo_stack.count() == 0
    dialog.reject()


def test_due_times_are_read_and_unknown_or_earlier_ones_flagged(rwin):
    page = rwin.plans_page
    model = page.annex_model
    index = item_index(rwin, 0, 0, DUE)
    assert "hạn 31/07/2025" in model.data(index, Qt.ToolTipRole)
    assert model.data(index, Qt.DecorationRole) is None
    page.edit_cell(model.node(index).row.uuid, "due_text", "Trước ngày 31/12/2024")
    index = item_index(rwin, 0, 0, DUE)
    assert model.data(index, Qt.DecorationRole) is not None
    assert "trước khi kỳ kế hoạch bắt đầu" in model.data(index, Qt.ToolTipRole)
    assert page.ui.planNotice.isVisible() and "thuộc kỳ trước" in page.ui.planNotice.text()
    page.edit_cell(model.node(index).row.uuid, "due_text", "Sau khi hệ thống được nâng cấp")
    assert "Chưa rõ thời hạn" in model.data(item_index(rwin, 0, 0, DUE), Qt.ToolTipRole)
