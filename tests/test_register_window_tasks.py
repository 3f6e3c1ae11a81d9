"""The Nhiệm vụ page: the register as a flat table, its filters and the search that ignores accents,
progress recorded for one row or several, evidence attached in the background, opened and
detached, the dashboard's figures against a fixed clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from register_fixtures import state
from register_window_helpers import rwin_fixture, type_text  # noqa: F401 - the rwin fixture

from cchc_desktop.domain.register import RegisterFilter
from cchc_desktop.gui.models.dashboard_models import AREA_KEYS, AreaFiguresModel, DueListModel
from cchc_desktop.gui.models.evidence_docs import KEYS as DOC_KEYS
from cchc_desktop.gui.models.register_table import KEYS, RegisterTableModel
from cchc_desktop.gui.pages.tasks import TasksPage


def _page(window) -> TasksPage:
    page = window.page(TasksPage)
    assert isinstance(page, TasksPage)
    window.nav.setCurrentRow(window.pages.index(page))
    return page


def _select(page: TasksPage, *lines: int) -> None:
    table = page.ui.registerTable
    table.clearSelection()
    for n, line in enumerate(lines):
        flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
        if n == 0:
            table.selectionModel().setCurrentIndex(page.model.index(line, 0), flags)
        else:
            table.selectionModel().select(page.model.index(line, 0), flags)


def _uuids(page: TasksPage) -> list[str]:
    return [page.model.row_at(line).uuid for line in range(page.model.rowCount())]


def test_the_register_table_passes_the_model_tester(qtmodeltester, rwin):
    page = _page(rwin)
    assert page.model.rowCount() == len(rwin.ws.register.view(rwin.plan_id).rows)
    qtmodeltester.check(page.model, force_py=True)
    empty = RegisterTableModel()
    qtmodeltester.check(empty, force_py=True)
    figures = AreaFiguresModel()
    figures.set_dashboard(rwin.ws.register.dashboard(rwin.plan_id))
    qtmodeltester.check(figures, force_py=True)
    due = DueListModel(True)
    due.set_rows(rwin.ws.register.dashboard(rwin.plan_id).overdue, dt.date(2025, 10, 15))
    qtmodeltester.check(due, force_py=True)


def test_rows_have_a_fixed_height_and_the_table_is_never_laid_out_row_by_row(rwin):
    page = _page(rwin)
    table = page.ui.registerTable
    heights = {table.rowHeight(line) for line in range(page.model.rowCount())}
    assert len(heights) == 1 and table.verticalHeader().sectionResizeMode(0).name == "Fixed"


def test_search_ignores_accents_d_and_case_and_updates_as_you_type(rwin):
    page = _page(rwin)
    view = rwin.ws.register.view(rwin.plan_id)
    target = view.rows[5]
    page.ui.registerTable.setFocus()
    rwin.plans_page.edit_cell(target.uuid, "activity", "Số hóa hồ sơ Địa chính – Xây dựng")
    shown = []
    for typed in ("d", "di", "dia", "dia c", "dia ch", "dia chinh"):
        page.ui.searchEdit.setText(typed)
        shown.append(page.model.rowCount())
    assert shown == sorted(shown, reverse=True) and shown[-1] == 1
    assert _uuids(page) == [target.uuid]
    assert "1 / 48" in page.ui.countLabel.text()
    page.ui.searchEdit.setText("ĐỊA CHÍNH")
    assert _uuids(page) == [target.uuid]
    page.ui.searchEdit.clear()
    assert page.model.rowCount() == 48


@pytest.mark.parametrize(
    "setup, wanted",
    [
        (lambda ui: ui.sectionCombo.setCurrentIndex(3), RegisterFilter(section="III")),
        (
            lambda ui: ui.unitCombo.setCurrentIndex(ui.unitCombo.findText("Trung tâm PVHCC")),
            RegisterFilter(unit="Trung tâm PVHCC"),
        ),
        (
            lambda ui: ui.statusCombo.setCurrentIndex(1),
            RegisterFilter(statuses=frozenset({"not_started", "in_progress"})),
        ),
        (lambda ui: ui.kindCombo.setCurrentIndex(5), RegisterFilter(due_kinds=frozenset({"unknown"}))),
        (lambda ui: ui.kindCombo.setCurrentIndex(3), RegisterFilter(due_kinds=frozenset({"recurring"}))),
        (lambda ui: ui.overdueCheck.setChecked(True), RegisterFilter(overdue=True)),
        (lambda ui: (ui.daysSpin.setValue(45), ui.soonCheck.setChecked(True)), RegisterFilter(due_within=45)),
    ],
)
def test_each_filter_shows_what_the_core_filter_lets_through(rwin, setup, wanted):
    page = _page(rwin)
    first = rwin.ws.register.view(rwin.plan_id).rows[0]
    rwin.record(rwin.ws.register.set_progress(first.uuid, "done", done_on=dt.date(2025, 7, 20)))
    setup(page.ui)
    view = rwin.ws.register.view(rwin.plan_id)
    expected = [row.uuid for row in view.filtered(wanted, dt.date(2025, 10, 15))]
    assert expected and _uuids(page) == expected
    assert len(expected) < 48
    page.ui.clearButton.click()
    assert page.model.rowCount() == 48


def test_progress_for_one_row_with_date_and_note_then_done_late_shown(rwin):
    page = _page(rwin)
    before = state(rwin.ws, rwin.plan_id)
    _select(page, 0)
    ui = page.ui
    assert "Xác định nhiệm vụ cụ thể" in ui.rowTitle.text()
    ui.progressStatus.setCurrentIndex(ui.progressStatus.findData("done"))
    assert ui.doneDate.isEnabled() and ui.doneDate.maximumDate() == QDate(2025, 10, 15)
    ui.doneDate.setDate(QDate(2025, 8, 20))
    ui.noteEdit.setPlainText("Đã ban hành Kế hoạch số 86/KH-UBND")
    ui.saveProgressButton.click()
    row = page.model.row_at(0)
    assert (row.status, row.done_on, row.note) == (
        "done",
        dt.date(2025, 8, 20),
        "Đã ban hành Kế hoạch số 86/KH-UBND",
    )
    assert row.done_late  # due 31/07/2025
    assert page.model.index(0, KEYS.index("status")).data() == "Hoàn thành (trễ hạn)"
    assert rwin.undo_stack.count() == 1
    rwin.undo_stack.undo()
    assert state(rwin.ws, rwin.plan_id) == before
    assert page.model.row_at(0).status == "not_started"


def test_progress_for_several_rows_is_one_undo_step_and_a_cancelled_row_needs_a_reason(rwin, monkeypatch):
    page = _page(rwin)
    shown = []
    monkeypatch.setattr(rwin, "show_error", shown.append)
    before = state(rwin.ws, rwin.plan_id)
    _select(page, 1, 2, 3)
    assert len(page.selected_rows()) == 3 and "3 dòng" in page.ui.rowTitle.text()
    ui = page.ui
    ui.progressStatus.setCurrentIndex(ui.progressStatus.findData("in_progress"))
    ui.saveProgressButton.click()
    assert [page.model.row_at(n).status for n in (1, 2, 3)] == ["in_progress"] * 3
    assert rwin.undo_stack.count() == 1
    ui.progressStatus.setCurrentIndex(ui.progressStatus.findData("cancelled"))
    ui.reasonEdit.clear()
    ui.saveProgressButton.click()
    assert shown and shown[0].code == "progress.reason_required"
    assert [page.model.row_at(n).status for n in (1, 2, 3)] == ["in_progress"] * 3  # nothing half done
    ui.reasonEdit.setText("Chờ hướng dẫn của tỉnh")
    ui.saveProgressButton.click()
    assert page.model.row_at(2).reason == "Chờ hướng dẫn của tỉnh" and rwin.undo_stack.count() == 2
    rwin.undo_stack.undo()
    rwin.undo_stack.undo()
    assert state(rwin.ws, rwin.plan_id) == before


def test_evidence_is_copied_in_the_background_listed_edited_and_detached(rwin, qtbot, tmp_path):
    page = _page(rwin)
    _select(page, 0)
    first, second = tmp_path / "ke-hoach-86.pdf", tmp_path / "quyet-dinh.pdf"
    first.write_bytes(b"%PDF-1.4 ke hoach")
    second.write_bytes(b"%PDF-1.4 quyet dinh")
    before = state(rwin.ws, rwin.plan_id)
    page.panel.attach_files([first, second])
    qtbot.waitUntil(lambda: page.panel.documents.rowCount() == 2, timeout=10000)
    assert rwin.undo_stack.count() == 1  # both files: one action
    assert page.model.index(0, KEYS.index("evidence")).data() == "2"
    docs = page.panel.documents
    assert page.ui.evidenceTable.currentIndex().column() == DOC_KEYS.index("number")
    assert docs.setData(docs.index(0, DOC_KEYS.index("number")), "86/KH-UBND", Qt.EditRole)
    assert docs.setData(docs.index(0, DOC_KEYS.index("issued_on")), "10/7/2025", Qt.EditRole)
    assert docs.setData(docs.index(0, DOC_KEYS.index("issuer")), "UBND xã Cửa Tùng", Qt.EditRole)
    document = rwin.ws.evidence.documents(page.model.row_at(0).uuid)[0]
    assert (document.number, document.issued_on, document.issuer) == (
        "86/KH-UBND",
        dt.date(2025, 7, 10),
        "UBND xã Cửa Tùng",
    )
    assert docs.index(0, DOC_KEYS.index("issued_on")).data() == "10/07/2025"
    stored = rwin.ws.evidence.path_of(document.uuid)
    assert stored.read_bytes() == b"%PDF-1.4 ke hoach" and stored.name == document.sha256
    page.ui.evidenceTable.setCurrentIndex(docs.index(1, 0))
    page.ui.detachButton.click()
    assert docs.rowCount() == 1 and page.model.index(0, KEYS.index("evidence")).data() == "1"
    for _ in range(5):
        rwin.undo_stack.undo()
    assert state(rwin.ws, rwin.plan_id) == before and docs.rowCount() == 0


def test_a_document_is_copied_out_under_its_own_name(rwin, qtbot, tmp_path, monkeypatch):
    page = _page(rwin)
    _select(page, 0)
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(b"PK bao cao")
    page.panel.attach_files([source])
    qtbot.waitUntil(lambda: page.panel.documents.rowCount() == 1, timeout=10000)
    page.ui.evidenceTable.setCurrentIndex(page.panel.documents.index(0, 0))
    opened = []
    monkeypatch.setattr(
        "cchc_desktop.gui.pages.task_panel.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    page.panel.open_document()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    path = opened[0].toLocalFile()
    assert path.endswith("bao-cao.docx") and Path(path).read_bytes() == b"PK bao cao"


def test_the_dashboard_figures_match_the_core_against_a_fixed_clock(rwin, qtbot):
    page = _page(rwin)
    view = rwin.ws.register.view(rwin.plan_id)
    rwin.ws.register.set_progress(view.rows[0].uuid, "done", done_on=dt.date(2025, 8, 1))
    rwin.ws.register.set_progress(view.rows[1].uuid, "in_progress")
    page.views.reload(rwin.plan_id)  # changed behind the window's back: read again
    page.ui.tabs.setCurrentWidget(page.ui.dashboardTab)
    board = page.dashboard
    board.ui.withinSpin.setValue(45)
    expected = rwin.ws.register.dashboard(rwin.plan_id, dt.date(2025, 10, 15), 45)
    figures = board.figures
    assert figures.as_of == dt.date(2025, 10, 15) and figures.total == expected.total
    areas = board.areas
    total_line = areas.rowCount() - 1
    assert areas.index(total_line, 0).data() == "Toàn kế hoạch"
    assert areas.index(total_line, AREA_KEYS.index("rows")).data() == "48"
    assert areas.index(total_line, AREA_KEYS.index("done")).data() == "1"
    assert areas.index(0, AREA_KEYS.index("completion")).data() == "16,7 %"  # 1 of section I's 6 rows
    assert [r.uuid for r in board.overdue.rows] == [r.uuid for r in expected.overdue]
    assert [r.uuid for r in board.soon.rows] == [r.uuid for r in expected.due_soon] and board.soon.rows
    assert "quá hạn" in board.ui.summaryLabel.text()
    late = board.overdue.rows[0]
    board.ui.overdueTable.doubleClicked.emit(board.overdue.index(0, 1))
    assert page.ui.tabs.currentWidget() is page.ui.listTab
    assert page.selected_rows()[0].uuid == late.uuid


def test_the_dashboard_follows_edits_and_the_as_of_date(rwin):
    page = _page(rwin)
    page.ui.tabs.setCurrentWidget(page.ui.dashboardTab)
    board = page.dashboard
    done_before = board.figures.total.done
    page.ui.tabs.setCurrentWidget(page.ui.listTab)
    _select(page, 4)
    page.ui.progressStatus.setCurrentIndex(page.ui.progressStatus.findData("done"))
    page.ui.saveProgressButton.click()
    page.ui.tabs.setCurrentWidget(page.ui.dashboardTab)
    assert board.figures.total.done == done_before + 1
    board.ui.asOfDate.setDate(QDate(2025, 12, 31))
    assert board.figures.as_of == dt.date(2025, 12, 31)
    assert board.figures.total.overdue >= rwin.ws.register.dashboard(rwin.plan_id).total.overdue
