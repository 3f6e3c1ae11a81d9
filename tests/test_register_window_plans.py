"""Plans from the window: a new plan from the document form with the commune's defaults, the
form on an existing plan (one undo step), duplicating for the next period (old due dates pointed
out), the settings dialog, and the targets under the plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from register_fixtures import state
from register_window_helpers import rwin_fixture  # noqa: F401 - the rwin fixture

from cchc_desktop.domain import Period
from cchc_desktop.gui.dialogs.targets import SuggestionsDialog
from cchc_desktop.gui.models.target_tree import KEYS as TARGET_KEYS
from cchc_desktop.services.settings import CommuneDefaults


def _commune(ws) -> None:
    ws.settings.set_commune(
        CommuneDefaults(
            commune="Cửa Tùng",
            province="Quảng Trị",
            issuer="Ủy ban nhân dân xã Cửa Tùng",
            issuer_header="ỦY BAN NHÂN DÂN\nXÃ CỬA TÙNG",
            place="Cửa Tùng",
            signer_name="Võ Đức Diện",
            recipients="Sở Nội vụ;\nLưu: VT.",
        )
    )


def test_a_new_plan_takes_the_communes_defaults_and_is_one_undo_step(rwin):
    ws = rwin.ws
    _commune(ws)
    plans_before = [p.uuid for p in ws.plans.all()]
    dialog = rwin.plan_actions.new_plan_dialog()
    ui = dialog.ui
    assert ui.issuerEdit.text() == "Ủy ban nhân dân xã Cửa Tùng"
    assert ui.issuerHeaderEdit.toPlainText() == "ỦY BAN NHÂN DÂN\nXÃ CỬA TÙNG"
    assert ui.signerNameEdit.text() == "Võ Đức Diện" and ui.symbolEdit.text() == "KH-UBND"
    assert ui.yearSpin.value() == 2026  # drafted in October: next year's plan
    ui.titleEdit.setText("Kế hoạch cải cách hành chính năm 2026 của xã Cửa Tùng")
    ui.numberEdit.setText("12")
    ui.dateEdit.setText("20/12/2025")
    ui.numberingCombo.setCurrentIndex(ui.numberingCombo.findData("continuous"))
    dialog._add_body()
    ui.headingEdit.setText("I. MỤC ĐÍCH, YÊU CẦU")
    dialog._heading_typed("I. MỤC ĐÍCH, YÊU CẦU")
    ui.bodyText.setPlainText("- Phấn đấu 100% hồ sơ TTHC được giải quyết đúng hạn.")
    dialog._accept()
    assert dialog.result() == QDialog.Accepted
    created = rwin.current_summary
    assert created.uuid not in plans_before and created.reference == "12/KH-UBND"
    doc = ws.plans.document(created.id)
    assert doc.plan.issued_date == dt.date(2025, 12, 20) and doc.plan.numbering == "continuous"
    assert doc.plan.body[0].heading == "I. MỤC ĐÍCH, YÊU CẦU" and doc.plan.place == "Cửa Tùng"
    assert rwin.undo_stack.count() == 1
    rwin.undo_stack.undo()
    assert [p.uuid for p in ws.plans.all()] == plans_before
    rwin.undo_stack.redo()
    assert ws.plans.find(created.uuid).id == created.id


def test_a_refused_new_plan_leaves_nothing(rwin, monkeypatch):
    shown = []
    monkeypatch.setattr(rwin, "show_error", shown.append)
    before = [p.uuid for p in rwin.ws.plans.all()]
    dialog = rwin.plan_actions.new_plan_dialog()
    dialog.ui.titleEdit.setText("Kế hoạch thử")
    dialog.ui.dateEdit.setText("31/02/2026")
    dialog._accept()
    assert shown and shown[0].code == "plan.bad_date" and dialog.isVisible()
    assert [p.uuid for p in rwin.ws.plans.all()] == before and rwin.undo_stack.count() == 0
    dialog.reject()


def test_the_plan_form_edits_several_fields_as_one_step(rwin):
    ws, plan_id = rwin.ws, rwin.plan_id
    before = state(ws, plan_id)
    dialog = rwin.plan_actions.plan_form_dialog()
    ui = dialog.ui
    assert ui.titleEdit.text().startswith("Kế hoạch Cải cách hành chính nhà nước 06 tháng cuối")
    assert ui.periodCombo.currentIndex() == 2 and ui.yearSpin.value() == 2025
    ui.numberEdit.setText("86")
    ui.signerNameEdit.setText("Nguyễn Văn An")
    ui.recipientsEdit.setPlainText("Sở Nội vụ;\nThường trực Đảng ủy;\nLưu: VT.")
    ui.bodyList.setCurrentIndex(dialog._body_model.index(1))
    ui.bodyText.setPlainText("Nội dung mục đích đã sửa.")
    dialog._move_body(+1)
    dialog._accept()
    doc = ws.plans.document(plan_id)
    assert doc.plan.number == "86" and doc.plan.signer.name == "Nguyễn Văn An"
    assert doc.plan.recipients == ["Sở Nội vụ;", "Thường trực Đảng ủy;", "Lưu: VT."]
    assert (
        doc.plan.body[2].text == "Nội dung mục đích đã sửa."
        and doc.plan.body[2].heading == "I. MỤC ĐÍCH, YÊU CẦU"
    )
    assert rwin.undo_stack.count() == 1
    assert "Số: 86/KH-UBND" in rwin.plans_page.ui.planHeader.text()
    rwin.undo_stack.undo()
    assert state(ws, plan_id) == before


def test_duplicating_for_the_next_period_points_out_the_old_due_dates(rwin):
    ws = rwin.ws
    view = ws.register.view(rwin.plan_id)
    ws.register.set_progress(view.rows[0].uuid, "done", done_on=dt.date(2025, 7, 30))
    rwin.plan_actions.duplicate_plan()
    copy = rwin.current_summary
    assert copy.uuid != ws.plans.summary(rwin.plan_id).uuid
    assert copy.period == Period("half_year", year=2026, half=1)
    new_view = ws.register.view(copy.id)
    assert len(new_view.rows) == len(view.rows) and {r.status for r in new_view.rows} == {"not_started"}
    notice = rwin.plans_page.ui.planNotice
    assert notice.isVisible() and "thuộc kỳ trước" in notice.text()
    assert "Cột Thời gian vẫn ghi theo kỳ cũ" in rwin.statusBar().currentMessage()
    rwin.undo_stack.undo()
    assert len(ws.plans.all()) == 1


def test_settings_are_stored_and_the_language_applies_at_the_next_start(rwin, qtbot):
    dialog = rwin.plan_actions.settings_dialog()
    ui = dialog.ui
    ui.communeEdit.setText("Cửa Tùng")
    ui.provinceEdit.setText("Quảng Trị")
    ui.issuerHeaderEdit.setPlainText("ỦY BAN NHÂN DÂN\nXÃ CỬA TÙNG")
    ui.signerNameEdit.setText("Võ Đức Diện")
    ui.userEdit.setText("Nguyễn Thị Hoa – Phòng VHXH")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    assert "lần mở chương trình sau" in ui.languageNote.text()
    dialog._accept()
    commune = rwin.ws.settings.commune()
    assert (commune.commune, commune.province, commune.signer_name) == (
        "Cửa Tùng",
        "Quảng Trị",
        "Võ Đức Diện",
    )
    assert commune.issuer_header == "ỦY BAN NHÂN DÂN\nXÃ CỬA TÙNG"
    assert rwin.ws.settings.user_name == "Nguyễn Thị Hoa – Phòng VHXH"
    assert rwin.ws.settings.language() == "en"
    assert "lần mở chương trình sau" in rwin.statusBar().currentMessage()
    assert rwin.windowTitle().startswith("CCHC Desktop")  # still Vietnamese until restarted


def test_targets_are_suggested_edited_met_and_removed_under_the_plan(rwin):
    page = rwin.plans_page
    panel = page.targets
    ws, plan_id = rwin.ws, rwin.plan_id
    before = state(ws, plan_id)
    dialog = panel.suggest()
    assert isinstance(dialog, SuggestionsDialog) and dialog.model.rowCount() > 0
    dialog.model.setData(dialog.model.index(0, 0), Qt.Unchecked, Qt.CheckStateRole)
    wanted = len(dialog.picked())
    dialog.accept()
    assert len(ws.targets.all(plan_id)) == wanted and rwin.undo_stack.count() == 1
    assert page.ui.planTabs.tabText(1) == f"Chỉ tiêu ({wanted})"
    model = panel.model
    group = model.index(0, 0)
    target_index = model.index(0, TARGET_KEYS.index("reached"), group)
    target = model.target_at(target_index)
    assert model.setData(model.index(0, TARGET_KEYS.index("target"), group), "99", Qt.EditRole)
    assert (
        model.setData(model.index(0, TARGET_KEYS.index("comparator"), group), ">=", Qt.EditRole) is False
    )  # same
    assert model.setData(model.index(0, TARGET_KEYS.index("reached"), group), "99,5", Qt.EditRole)
    met = model.index(0, TARGET_KEYS.index("met"), model.index(0, 0))
    assert met.data() == "Đạt"
    assert model.index(0, TARGET_KEYS.index("reached"), model.index(0, 0)).data() == "99,5"
    assert model.setData(model.index(0, TARGET_KEYS.index("reached"), model.index(0, 0)), "90", Qt.EditRole)
    assert model.index(0, TARGET_KEYS.index("met"), model.index(0, 0)).data() == "Chưa đạt"
    assert "1 chưa đạt" in panel.ui.summaryLabel.text()
    panel.ui.targetTree.setCurrentIndex(model.index_of(target.uuid))
    panel.add()
    assert len(ws.targets.all(plan_id)) == wanted + 1
    panel.remove()  # the new one is selected
    assert len(ws.targets.all(plan_id)) == wanted
    while rwin.undo_stack.canUndo():
        rwin.undo_stack.undo()
    assert state(ws, plan_id) == before
