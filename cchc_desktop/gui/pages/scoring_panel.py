"""The panel beside the scoring form: the selected criterion (its rule, the evidence asked for,
the register's figure to apply, the evidence attached, explanation and override reason), its
appraisal rounds and the commune's answers, its change history; the checklist before
finalising; the lost points and sending them to next year's plan."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox

from ...errors import CchcError
from ...i18n import fmt
from ...services.scoring import StoredFile, figure_hint, points_text
from ..models.scoring_lists import ChecklistModel, EvidenceListModel, HistoryModel, LostPointsModel

if TYPE_CHECKING:
    from .scoring import ScoringPage


class ScoringPanel:
    @staticmethod
    def tr(text: str) -> str:
        # Not a QObject: its texts live under its own name in the translation file.
        return QCoreApplication.translate("ScoringPanel", text)

    def __init__(self, page: ScoringPage):
        self.page, self.ui, self.ws = page, page.ui, page.ws
        self.code: str | None = None
        self.evidence_model = EvidenceListModel(page)
        self.ui.evidenceList.setModel(self.evidence_model)
        self.history_model = HistoryModel(page)
        self.checklist_model = ChecklistModel(page)
        self.lost_model = LostPointsModel(page)
        for table, model, widths in (
            (self.ui.historyTable, self.history_model, (118, 80, 110, 60)),
            (self.ui.checklistTable, self.checklist_model, (58,)),
            (self.ui.lostTable, self.lost_model, (64, 150, 50, 54)),
        ):
            table.setModel(model)
            table.verticalHeader().setVisible(False)
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.ui.checklistTable.doubleClicked.connect(
            lambda index: self._go_to(self.checklist_model.item_at(index.row()))
        )
        self.ui.lostTable.doubleClicked.connect(
            lambda index: self._go_to(self.lost_model.item_at(index.row()))
        )
        self.ui.useRegisterButton.clicked.connect(self.use_register)
        self.ui.attachButton.clicked.connect(lambda: self.attach_dialog(0))
        self.ui.supplementButton.clicked.connect(lambda: self.attach_dialog(self.ui.roundSpin.value()))
        self.ui.detachButton.clicked.connect(self.detach)
        self.ui.saveTextsButton.clicked.connect(self.save_texts)
        self.ui.saveAppraisalButton.clicked.connect(self.save_appraisal)
        self.ui.roundSpin.valueChanged.connect(lambda _value: self._show_round())
        self.ui.toPlanButton.clicked.connect(self.to_plan)
        self.ui.detailTabs.currentChanged.connect(lambda _index: self.refresh_lists())

    # --- what is shown -------------------------------------------------------------------------

    def assessment_changed(self) -> None:
        self.code = None
        self.show_criterion(None)
        plans = self.ws.plans.all()
        self._plans = plans
        combo = self.ui.planCombo
        combo.clear()
        for plan in plans:
            combo.addItem(f"{plan.title} – {plan.period.label()}")
        state = self.page.state
        if state is not None:  # next year's plan, when there is one
            wanted = [i for i, p in enumerate(plans) if p.period.first_year == state.record.year + 1]
            if wanted:
                combo.setCurrentIndex(wanted[0])
        self.refresh_lists()

    def refresh(self) -> None:
        self.show_criterion(self.code)
        self.refresh_lists()

    def refresh_lists(self) -> None:
        state = self.page.state
        tab = self.ui.detailTabs.currentWidget()
        if state is None:
            for model in (self.checklist_model, self.lost_model):
                model.set_items([])
            return
        if tab is self.ui.checklistTab:
            items = self.ws.scoring.checklist(state.record.id, state)
            self.checklist_model.set_items(items)
            self.ui.checklistInfo.setText(
                fmt(
                    self.tr("{count} việc cần xem trước khi chốt (bấm đúp để đến tiêu chí)."),
                    count=len(items),
                )
                if items
                else self.tr("Không còn việc nào cần xem: có thể chốt bản tự đánh giá.")
            )
        elif tab is self.ui.lostTab:
            self.lost_model.set_items(self.ws.scoring.lost_points(state.record.id))

    def show_criterion(self, code: str | None) -> None:
        self.code = code
        state = self.page.state
        criterion = state.criteria_set.index().get(code) if state is not None and code else None
        ui = self.ui
        if criterion is None:
            ui.criterionInfo.setText(self.tr("Chọn một tiêu chí trong phiếu."))
            ui.registerBox.setVisible(False)
            self.evidence_model.set_items([])
            self.history_model.set_items([])
            for edit in (ui.explanationEdit, ui.commentEdit, ui.responseEdit):
                edit.setPlainText("")
            ui.overrideEdit.setText("")
            self.update_buttons()
            return
        assert state is not None
        entry = state.assessment.entry(criterion.code)
        parts = [f"<b>{html.escape(criterion.code)}. {html.escape(criterion.text)}</b>"]
        parts.append(fmt(self.tr("Điểm tối đa: {points}"), points=points_text(criterion.max_points)))
        if criterion.is_leaf:
            rule = self.tr("Do tỉnh chấm") if criterion.province_scored else criterion.rule.describe()
            parts.append(fmt(self.tr("Cách chấm: {rule}"), rule=html.escape(rule)))
            hint = str(figure_hint(criterion.rule))
            if hint and not criterion.province_scored:
                parts.append(fmt(self.tr("Số liệu ghi: {hint}"), hint=html.escape(hint)))
        if criterion.evidence_hint:
            parts.append(fmt(self.tr("Tài liệu cần có: {hint}"), hint=html.escape(criterion.evidence_hint)))
        problem = state.totals.nodes[criterion.code].problem
        if problem is not None:
            parts.append(f"<span style='color:#b00020'>{html.escape(str(problem))}</span>")
        ui.criterionInfo.setText("<br>".join(parts))
        figure = self.page.model.register.get(criterion.code)
        ui.registerBox.setVisible(figure is not None)
        if figure is not None:
            score = (
                fmt(self.tr(" → {points} điểm"), points=points_text(figure.score))
                if figure.score is not None
                else ""
            )
            ui.registerNote.setText(f"{figure.note}{score}")
        self.evidence_model.set_items(
            self.ws.scoring.evidence_items(state, criterion.code) if criterion.is_leaf else []
        )
        ui.explanationEdit.setPlainText(entry.na_reason if entry.not_applicable else entry.explanation)
        ui.overrideEdit.setText(entry.override_reason)
        self.history_model.set_items(self.ws.scoring.history(state.record.id, criterion.code))
        ui.roundSpin.setValue(max(len(entry.appraisal), 1))
        self._show_round()
        self.update_buttons()

    def _show_round(self) -> None:
        state, code = self.page.state, self.code
        if state is None or code is None:
            return
        rounds = state.assessment.entry(code).appraisal
        number = self.ui.roundSpin.value()
        current = rounds[number - 1] if number <= len(rounds) else None
        self.ui.appraisalScoreEdit.setText(
            points_text(current.score) if current and current.score is not None else ""
        )
        self.ui.commentEdit.setPlainText(current.comment if current else "")
        self.ui.explanationRequestedCheck.setChecked(bool(current and current.explanation_requested))
        self.ui.responseEdit.setPlainText(current.response if current else "")

    def update_buttons(self) -> None:
        state = self.page.state
        criterion = state.criteria_set.index().get(self.code) if state is not None and self.code else None
        leaf = criterion is not None and criterion.is_leaf
        writable = not self.ws.read_only
        open_ = leaf and writable and state is not None and not state.record.finalised
        figure = self.page.model.register.get(self.code or "")
        ui = self.ui
        ui.useRegisterButton.setEnabled(bool(open_ and figure is not None and figure.available))
        ui.attachButton.setEnabled(bool(open_))
        ui.detachButton.setEnabled(bool(open_ and self.evidence_model.rowCount()))
        ui.saveTextsButton.setEnabled(bool(open_))
        ui.saveAppraisalButton.setEnabled(bool(leaf and writable))
        ui.supplementButton.setEnabled(bool(leaf and writable))
        ui.toPlanButton.setEnabled(writable and bool(self._plans_or_empty()))

    def _plans_or_empty(self) -> list:
        return getattr(self, "_plans", [])

    def _go_to(self, item) -> None:
        if item is not None:
            self.page.select_code(item.code)

    # --- actions -------------------------------------------------------------------------------

    def _run(self, call) -> bool:
        try:
            applied = call()
        except CchcError as error:
            self.page.window_.show_error(error)
            return False
        if applied.edit.steps:
            self.page.record(applied)
        return True

    def use_register(self) -> None:
        state, code = self.page.state, self.code
        if state is not None and code:
            self._run(lambda: self.ws.scoring.use_register_figure(state.record.id, code))

    def save_texts(self) -> None:
        state, code = self.page.state, self.code
        if state is None or not code:
            return
        entry = state.assessment.entry(code)
        text = self.ui.explanationEdit.toPlainText()
        field = "na_reason" if entry.not_applicable else "explanation"
        override = self.ui.overrideEdit.text()
        self._run(
            lambda: self.ws.scoring.update(state.record.id, code, override_reason=override, **{field: text})
        )

    def save_appraisal(self) -> None:
        state, code = self.page.state, self.code
        if state is None or not code:
            return
        self._run(
            lambda: self.ws.scoring.appraise(
                state.record.id,
                code,
                self.ui.roundSpin.value(),
                score=self.ui.appraisalScoreEdit.text(),
                comment=self.ui.commentEdit.toPlainText().strip(),
                explanation_requested=self.ui.explanationRequestedCheck.isChecked(),
                response=self.ui.responseEdit.toPlainText().strip(),
            )
        )

    def attach_dialog(self, round_: int) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Chọn tài liệu kiểm chứng"),
            str(Path.home()),
            self.tr("Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png);;Mọi tệp (*)"),
        )
        if path:
            self.attach(Path(path), round_)

    def attach(self, path: Path, round_: int = 0) -> None:
        """Copy the file into the evidence store in the background, then link it (undoable)."""
        state, code = self.page.state, self.code
        if state is None or not code:
            return
        data_dir = self.ws.data_dir
        assessment_id = state.record.id

        def link(stored: StoredFile) -> None:
            self._run(lambda: self.ws.scoring.attach_evidence(assessment_id, code, stored, round_))

        self.page.window_.tasks.run(
            fmt(self.tr("Đang chép {name} vào kho tài liệu…"), name=path.name),
            lambda job: self.ws.scoring.store_evidence_file(path, data_dir, job),
            link,
            self.page.window_.show_error,
            cancellable=True,
        )

    def detach(self) -> None:
        state, code = self.page.state, self.code
        item = self.evidence_model.item_at(self.ui.evidenceList.currentIndex().row())
        if state is None or not code or item is None:
            return
        if item.kind == "row":
            rows = [u for u in state.assessment.entry(code).register_rows if u != item.uuid]
            self._run(lambda: self.ws.scoring.update(state.record.id, code, register_rows=rows))
        else:
            self._run(lambda: self.ws.scoring.detach_evidence(state.record.id, code, item.uuid, item.round))

    def to_plan(self) -> None:
        state = self.page.state
        plans = self._plans_or_empty()
        row = self.ui.planCombo.currentIndex()
        codes = self.lost_model.chosen()
        if state is None or not 0 <= row < len(plans):
            return
        if not codes:
            self.page.window_.show_error(self.tr("Hãy đánh dấu các tiêu chí cần đưa vào kế hoạch."))
            return
        answer = QMessageBox.question(
            self.page,
            self.tr("Đưa vào kế hoạch"),
            fmt(
                self.tr("Thêm {count} nhiệm vụ khắc phục vào kế hoạch «{title}»? (Hoàn tác bằng Ctrl+Z.)"),
                count=len(codes),
                title=plans[row].title,
            ),
        )
        if answer == QMessageBox.Yes and self._run(
            lambda: self.ws.scoring.losses_to_plan(state.record.id, codes, plans[row].id)
        ):
            self.page.window_.status(
                fmt(
                    self.tr("Đã thêm {count} nhiệm vụ vào «{title}»."),
                    count=len(codes),
                    title=plans[row].title,
                )
            )
