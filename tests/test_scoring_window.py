"""The "Chấm điểm" page, offscreen: open an assessment, score in place with totals updated, refusals
shown, undo and redo, the panel (register figure, evidence, texts, appraisal, history), the
checklist, finalise and revise, the Excel form, the report, lost points into next year's plan."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from conftest import add_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from cchc_desktop.domain import Period
from cchc_desktop.gui.dialogs.new_assessment import NewAssessmentDialog
from cchc_desktop.gui.models.criteria_form import KEYS, CriteriaFormModel
from cchc_desktop.gui.pages.scoring import ScoringPage


@pytest.fixture
def page(window):
    found = window.page(ScoringPage)
    assert isinstance(found, ScoringPage)
    window.nav.setCurrentRow(window.pages.index(found))
    return found


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered Yes, their texts kept."""
    shown: list[str] = []

    def record(kind):
        def box(*args, **kwargs):
            shown.append(f"{kind}: {args[2] if len(args) > 2 else ''}")
            return QMessageBox.Yes

        return box

    for kind in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def _open(page, window):
    sample = window.ws.criteria.all()[0]
    record = window.ws.scoring.create(sample.id, 2026, body="UBND xã Cửa Tùng")
    page.reload(record.id)
    return record.id


def _cell(page, code: str, key: str):
    return page.model.index_of_code(code, KEYS.index(key))


def _wait(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=20000)


def test_the_page_opens_an_assessment_from_the_dialog(window, page, monkeypatch):
    assert window.nav.item(window.pages.index(page)).text() == "Chấm điểm"
    assert "Chưa có bản chấm điểm" in page.ui.setInfo.text()
    assert not page.ui.finaliseButton.isEnabled()
    seen = {}

    def accept_once(dialog):
        seen["sets"] = [dialog.ui.setCombo.itemText(i) for i in range(dialog.ui.setCombo.count())]
        seen["warning"] = dialog.ui.sampleWarning.text()
        dialog.ui.yearSpin.setValue(2026)
        return QDialog.Accepted

    monkeypatch.setattr(NewAssessmentDialog, "exec", accept_once)
    page.actions.new_assessment()
    assert (
        seen["sets"][0].startswith("[MẪU – không chính thức]")
        and "không phải bộ tiêu chí chính thức" in seen["warning"]
    )
    assert page.state is not None and page.state.record.year == 2026
    assert "BỘ MẪU, KHÔNG CHÍNH THỨC" in page.ui.setInfo.text()
    assert (
        page.ui.assessmentCombo.count() == 1 and "lần 1 (đang chấm)" in page.ui.assessmentCombo.currentText()
    )
    tree = page.ui.formTree
    assert tree.isExpanded(page.model.index(0, 0)) and page.model.rowCount() == 10
    assert page.totals_model.columnCount() == 8 + 3  # eight areas, bonus, penalty, total


def test_the_form_model_is_a_proper_model(window, page, qtmodeltester):
    _open(page, window)
    qtmodeltester.check(page.model)
    assert [page.model.headerData(c, Qt.Horizontal) for c in range(4)] == [
        "Mã",
        "Tiêu chí",
        "Tối đa",
        "Cách chấm",
    ]
    assert isinstance(page.model, CriteriaFormModel)


def test_scoring_in_place_updates_every_total_and_undoes(window, page, answers):
    _open(page, window)
    model = page.model
    assert model.setData(_cell(page, "III.2.1", "figure"), "118/120")
    assert _cell(page, "III.2.1", "self_score").data() == "4"
    assert _cell(page, "III.2", "self_score").data() == "4" and _cell(page, "III", "self_score").data() == "4"
    strip = page.totals_model
    columns = {
        strip.headerData(c, Qt.Horizontal): strip.index(0, c).data() for c in range(strip.columnCount())
    }
    assert columns["III"] == "4/20" and columns["Tổng"] == "4/90"
    assert "4,44 %" in page.ui.indexBox.text()  # 4 of the 90 counted on: the province's 10 not in yet
    assert model.setData(_cell(page, "I.1.3", "self_score"), "0,75")
    assert model.setData(_cell(page, "I.2.2", "not_applicable"), Qt.Checked, Qt.CheckStateRole)
    assert _cell(page, "I.2.2", "self_score").data() == "KAD"
    assert _cell(page, "I", "maximum").data() == "14" and strip.index(0, 0).data() == "0,75/13"
    # A value off the rule: refused, the reason shown, nothing written.
    assert not model.setData(_cell(page, "I.1.3", "self_score"), "0,8")
    assert answers and "bước 0,25" in answers[-1]
    assert _cell(page, "I.1.3", "self_score").data() == "0,75"
    window.undo_stack.undo()  # the "không áp dụng" mark
    assert _cell(page, "I.2.2", "self_score").data() == "" and strip.index(0, 0).data() == "0,75/14"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _cell(page, "III", "self_score").data() == "0" and page.totals_model.index(0, 2).data() == "0/20"
    window.undo_stack.redo()
    assert _cell(page, "III.2.1", "self_score").data() == "4"
    assert window.undo_stack.undoText().startswith("Chấm điểm tiêu chí III.2.1")


def test_the_panel_register_evidence_texts_appraisal_history(
    window, page, answers, tmp_path, qtbot, demo_doc
):
    doc = copy.deepcopy(demo_doc)
    doc.plan.period = Period("year", year=2026)
    add_plan(window.ws, doc)
    _open(page, window)
    page.select_code("I.1.2")
    panel = page.panel
    assert "I.1.2" in page.ui.criterionInfo.text() and "Tỷ lệ" in page.ui.criterionInfo.text()
    assert page.ui.registerBox.isVisibleTo(page) and "0/48" in page.ui.registerNote.text()
    assert _cell(page, "I.1.2", "figure").data() == "sổ: 0/48"  # offered, greyed, not a value
    page.ui.useRegisterButton.click()
    assert (
        _cell(page, "I.1.2", "figure").data() == "0/48" and _cell(page, "I.1.2", "self_score").data() == "0"
    )
    page.ui.explanationEdit.setPlainText("Kế hoạch mới ban hành, chưa đến kỳ thực hiện.")
    page.ui.saveTextsButton.click()
    assert _cell(page, "I.1.2", "explanation").data().startswith("Kế hoạch mới ban hành")
    source = tmp_path / "bao-cao.pdf"
    source.write_bytes(b"%PDF-1.4 bao cao")
    panel.attach(source)
    _wait(qtbot, window)
    assert _cell(page, "I.1.2", "evidence").data() == "1"
    assert panel.evidence_model.rowCount() == 1 and "bao-cao.pdf" in panel.evidence_model.index(0, 0).data()
    page.ui.evidenceList.setCurrentIndex(panel.evidence_model.index(0, 0))
    page.ui.detachButton.click()
    assert _cell(page, "I.1.2", "evidence").data() == ""
    page.ui.roundSpin.setValue(1)
    page.ui.appraisalScoreEdit.setText("0")
    page.ui.commentEdit.setPlainText("Chưa có báo cáo")
    page.ui.saveAppraisalButton.click()
    assert _cell(page, "I.1.2", "appraisal").data() == "0"
    fields = [panel.history_model.index(r, 2).data() for r in range(panel.history_model.rowCount())]
    assert "Số liệu" in fields and "Giải trình" in fields and "Điểm thẩm định lần 1" in fields
    assert not [a for a in answers if a.startswith("warning")]


def test_checklist_finalise_and_revise(window, page, answers):
    _open(page, window)
    page.model.setData(_cell(page, "I.1.3", "self_score"), "1")
    page.ui.detailTabs.setCurrentWidget(page.ui.checklistTab)
    checklist = page.panel.checklist_model
    codes = [checklist.item_at(r).code for r in range(checklist.rowCount())]
    assert "I.1.3" in codes and "I.1.1" in codes and "việc cần xem" in page.ui.checklistInfo.text()
    page.ui.finaliseButton.click()
    assert answers and "Còn" in answers[-1]
    assert page.state.record.finalised and "ĐÃ CHỐT" in page.ui.setInfo.text()
    assert not page.model.flags(_cell(page, "I.1.3", "self_score")) & Qt.ItemIsEditable
    assert page.model.flags(_cell(page, "I.1.3", "appraisal")) & Qt.ItemIsEditable
    assert page.ui.reviseButton.isEnabled() and not page.ui.finaliseButton.isEnabled()
    page.ui.reviseButton.click()
    assert page.state.record.revision == 2 and not page.state.record.finalised
    assert _cell(page, "I.1.3", "self_score").data() == "1"  # the entries came along
    assert page.ui.assessmentCombo.count() == 2
    window.undo_stack.undo()  # the finalising of revision 1 (the revision itself is not undone)
    assert not window.ws.scoring.record(1).finalised


def test_the_excel_form_the_report_and_lost_points(window, page, answers, tmp_path, qtbot, demo_doc):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    aid = _open(page, window)
    page.model.setData(_cell(page, "III.2.1", "figure"), "118/120")
    form = tmp_path / "phieu.xlsx"
    page.actions.export_form(form)
    _wait(qtbot, window)
    book = load_workbook(form)
    sheet = book["Tự đánh giá"]
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Mã")
    rows = {sheet.cell(r, 1).value: r for r in range(header + 1, sheet.max_row + 1)}
    sheet.cell(rows["III.2.1"], len([c for c in sheet[header] if c.value]), 2)  # the appraisal column
    sheet.cell(rows["I.3.1"], 5, "có")
    book.save(form)
    page.actions.fill_form(form)
    _wait(qtbot, window)
    assert "có 2 thay đổi" in answers[-1]
    assert (
        _cell(page, "I.3.1", "self_score").data() == "1" and _cell(page, "III.2.1", "appraisal").data() == "2"
    )
    report = tmp_path / "bao-cao.pdf"
    page.actions.report(report)
    _wait(qtbot, window)
    assert "BÁO CÁO" in (PdfReader(report).pages[0].extract_text() or "")
    next_year = copy.deepcopy(demo_doc)
    next_year.plan.period = Period("year", year=2027)
    plan_id = add_plan(window.ws, next_year)
    page.reload(aid)
    page.ui.detailTabs.setCurrentWidget(page.ui.lostTab)
    lost = page.panel.lost_model
    assert [lost.item_at(r).code for r in range(lost.rowCount())] == ["III", "III.2", "III.2.1"]
    assert page.ui.planCombo.currentText().startswith(next_year.plan.title)  # next year's, chosen for you
    assert lost.setData(lost.index(2, 0), Qt.Checked, Qt.CheckStateRole)
    assert not lost.setData(lost.index(0, 0), Qt.Checked, Qt.CheckStateRole)  # a whole area: no
    before = window.ws.plans.document(plan_id).counts().tasks
    page.ui.toPlanButton.click()
    assert window.ws.plans.document(plan_id).counts().tasks == before + 1
    window.undo_stack.undo()
    assert window.ws.plans.document(plan_id).counts().tasks == before
    assert window.ws.scoring.summary(aid).appraisal_total == Decimal(2)


def test_importing_a_criteria_set_lists_it_first_in_the_dialog(window, page, tmp_path, qtbot, monkeypatch):
    from cchc_desktop.exporters.criteria_template import write_criteria_workbook

    province = copy.deepcopy(window.ws.criteria.get(window.ws.criteria.all()[0].id))
    province.name, province.issuer, province.is_sample = (
        "Bộ tiêu chí cấp xã tỉnh Thử năm 2026",
        "UBND tỉnh Thử",
        False,
    )
    path = tmp_path / "bo-tinh.xlsx"
    write_criteria_workbook(province, path)
    page.actions.import_criteria(path)
    _wait(qtbot, window)
    sets = window.ws.criteria.all()
    assert len(sets) == 2
    seen = []
    monkeypatch.setattr(
        NewAssessmentDialog,
        "exec",
        lambda dialog: seen.append(dialog.ui.setCombo.itemText(0)) or QDialog.Rejected,
    )
    page.actions.new_assessment()
    assert seen[0].startswith(
        "Bộ tiêu chí cấp xã tỉnh Thử năm 2026 (2026, UBND tỉnh Thử)"
    )  # the province's first
