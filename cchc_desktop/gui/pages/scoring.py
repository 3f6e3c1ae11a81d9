"""The "Chấm điểm" work area: choose or open an assessment, score the criteria in a tree edited in
place (every change undoable, totals per area and the index always in view), the criterion's
evidence, register figure, appraisal, history beside it; the checklist, finalising and revisions,
the Excel form, the report, and lost points sent to next year's plan.

The page itself holds the assessment on screen and the form; the panel beside the form
(``scoring_panel``) and the file and life-cycle actions (``scoring_actions``) are apart."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from ...domain.edits import Changed
from ...errors import CchcError
from ...i18n import fmt
from ...services.scoring import ScoringState, percent_display, points_text
from ..forms.ui_scoring_page import Ui_ScoringPage
from ..models.cached_wrapping_delegate import CachedWrappingDelegate
from ..models.criteria_form import COLUMN_WIDTHS, KEYS, CriteriaFormModel
from ..models.score_totals import AreaTotalsModel
from .base import Page
from .scoring_actions import ScoringActions
from .scoring_panel import ScoringPanel

if TYPE_CHECKING:
    from ..main_window import MainWindow

_REGISTER_KINDS = {"plans", "annex", "progress", "criteria"}


def _changed_codes(changed: Changed | None, assessment_uuid: str) -> list[str] | None:
    """The criteria of this assessment a change touched, or None when it may have touched more
    (a change without field details, or to the assessment itself)."""
    if changed is None or not changed.fields:
        return None
    codes = []
    for entity, uuid, _field in changed.fields:
        if entity != "score":
            return None
        owner, _colon, code = uuid.partition(":")
        if owner != assessment_uuid:
            return None
        codes.append(code.split(":", 1)[0])
    return list(dict.fromkeys(codes))


class ScoringPage(Page):
    KINDS = frozenset({"scores", "criteria", "evidence", "plans", "annex", "progress", "settings"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_ScoringPage()
        self.ui.setupUi(self)
        self.state: ScoringState | None = None
        self._stale = True

        self.model = CriteriaFormModel(self)
        self.model.editor = self.edit
        tree = self.ui.formTree
        tree.setModel(self.model)
        self.delegate = CachedWrappingDelegate(tree)
        tree.setItemDelegate(self.delegate)
        tree.setIndentation(10)
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(KEYS.index("text"), QHeaderView.Stretch)
        tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())
        tree.setColumnHidden(KEYS.index("rule"), True)  # the rule is in the panel and the tooltip
        tree.setSelectionMode(QAbstractItemView.SingleSelection)
        tree.selectionModel().currentChanged.connect(lambda current, _previous: self._selected(current))
        self.model.modelAboutToBeReset.connect(self.delegate.forget)
        self.model.modelReset.connect(tree.expandAll)

        self.totals_model = AreaTotalsModel(self)
        strip = self.ui.areaTotals
        strip.setModel(self.totals_model)
        strip.verticalHeader().setVisible(False)
        strip.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        strip.horizontalHeader().setMinimumSectionSize(54)

        self.ui.mainSplitter.setSizes([760, 400])
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.panel = ScoringPanel(self)
        self.actions = ScoringActions(self)
        self.ui.assessmentCombo.activated.connect(self._combo_chosen)
        self._assessments: list[Any] = []
        # Read when first shown: the window's start-up does not pay for a page not looked at.
        self._show_totals()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Chấm điểm")

    # --- which assessment ----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """The list of assessments, then the chosen one (or the one on screen, or the newest)."""
        keep = select_id if select_id is not None else (self.state.record.id if self.state else None)
        self._assessments = self.ws.scoring.all()
        combo = self.ui.assessmentCombo
        combo.blockSignals(True)
        combo.clear()
        for record in self._assessments:
            state = self.tr("đã chốt") if record.finalised else self.tr("đang chấm")
            sample = self.tr(" – bộ MẪU") if record.set_is_sample else ""
            combo.addItem(
                fmt(
                    self.tr("{year} · {body} · lần {revision} ({state}){sample}"),
                    year=record.year,
                    body=record.body,
                    revision=record.revision,
                    state=state,
                    sample=sample,
                )
            )
        ids = [r.id for r in self._assessments]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        combo.setCurrentIndex(row)
        combo.blockSignals(False)
        self.open(ids[row] if row >= 0 else None)

    def _combo_chosen(self, row: int) -> None:
        if 0 <= row < len(self._assessments):
            self.open(self._assessments[row].id)

    def open(self, assessment_id: int | None) -> None:
        try:
            self.state = self.ws.scoring.load(assessment_id) if assessment_id is not None else None
            register = self.ws.scoring.register_figures(assessment_id, self.state) if self.state else {}
            counts = self.ws.scoring.evidence_counts(assessment_id) if self.state else {}
        except CchcError as error:
            self.window_.show_error(error)
            self.state, register, counts = None, {}, {}
        self.model.set_state(self.state, register, counts)
        self._stale = False
        self._show_totals()
        self.panel.assessment_changed()
        self._update_buttons()

    def refresh(self, changed: Changed | None = None) -> None:
        """The assessment on screen read again; the form keeps its shape, selection and scroll."""
        if self.state is None:
            self.reload()
            return
        kinds = changed.kinds if changed is not None else frozenset(_REGISTER_KINDS | {"evidence"})
        assessment_id = self.state.record.id
        try:
            codes = _changed_codes(changed, self.state.record.uuid)
            if codes is not None:  # a few criteria of this assessment: only they are read again
                self.state = self.ws.scoring.reload_entries(self.state, codes)
            else:
                self.state = self.ws.scoring.load(assessment_id)
            register = (
                self.ws.scoring.register_figures(assessment_id, self.state)
                if kinds & _REGISTER_KINDS
                else None
            )
            counts = (
                self.ws.scoring.evidence_counts(assessment_id)
                if "evidence" in kinds
                else self.model.evidence_counts
            )
        except CchcError:
            self.reload()
            return
        self.model.set_state(self.state, register, counts)
        self._stale = False
        self._show_totals()
        self.panel.refresh()
        self._update_buttons()

    # --- editing in place ----------------------------------------------------------------------

    def edit(self, code: str, key: str, value: Any) -> bool:
        """A cell typed into: the services check it against the rule; refused, the reason shows."""
        if self.state is None:
            return False
        assessment_id = self.state.record.id
        scoring = self.ws.scoring
        try:
            if key == "figure":
                applied = scoring.update(assessment_id, code, figure=value)
            elif key == "self_score":
                applied = scoring.update(assessment_id, code, self_score=value)
            elif key == "not_applicable":
                applied = scoring.update(assessment_id, code, not_applicable=bool(value))
            elif key == "explanation":
                entry = self.state.assessment.entry(code)
                field = "na_reason" if entry.not_applicable else "explanation"
                applied = scoring.update(assessment_id, code, **{field: value})
            elif key == "appraisal":
                rounds = len(self.state.assessment.entry(code).appraisal)
                applied = scoring.appraise(assessment_id, code, max(rounds, 1), score=value)
            else:
                return False
        except CchcError as error:
            self.window_.show_error(error)
            return False
        if applied.edit.steps:
            self.record(applied)
        return True

    def record(self, applied) -> None:
        self.window_.record(applied)

    # --- what is shown -------------------------------------------------------------------------

    def _selected(self, index) -> None:
        self.panel.show_criterion(self.model.code_at(index))

    def current_code(self) -> str | None:
        return self.model.code_at(self.ui.formTree.currentIndex())

    def select_code(self, code: str) -> None:
        index = self.model.index_of_code(code, KEYS.index("self_score"))
        if index.isValid():
            self.ui.formTree.setCurrentIndex(index)
            self.ui.formTree.selectionModel().select(index, QItemSelectionModel.ClearAndSelect)
            self.ui.formTree.scrollTo(index)

    def _show_totals(self) -> None:
        self.totals_model.set_state(self.state)
        strip = self.ui.areaTotals
        height = strip.horizontalHeader().sizeHint().height() + strip.verticalHeader().defaultSectionSize()
        strip.setFixedHeight(height + 2 * strip.frameWidth())
        if self.state is None:
            self.ui.setInfo.setText(
                self.tr(
                    "Chưa có bản chấm điểm nào. Bấm «Tạo bản chấm điểm…» (có sẵn bộ tiêu chí mẫu để làm quen), "
                    "hoặc «Nhập bộ tiêu chí…» khi có tệp Excel bộ tiêu chí của tỉnh."
                )
            )
            self.ui.indexBox.setText("")
            return
        record, totals = self.state.record, self.state.totals
        criteria = self.state.criteria_set
        leaves = sum(n.leaves for n in totals.nodes.values() if n.depth == 0)
        scored = sum(n.scored for n in totals.nodes.values() if n.depth == 0)
        facts = [
            fmt(self.tr("Bộ tiêu chí: {name}"), name=html.escape(criteria.name)),
            fmt(self.tr("lần chấm {revision}"), revision=record.revision),
            fmt(self.tr("đã chấm {scored}/{leaves} tiêu chí"), scored=scored, leaves=leaves),
        ]
        if record.finalised:
            when = dt.datetime.fromisoformat(record.finalised_at or "").strftime("%d/%m/%Y")
            facts.append("<b>" + fmt(self.tr("ĐÃ CHỐT ngày {date} (chỉ đọc)"), date=when) + "</b>")
        text = " · ".join(facts)
        if criteria.is_sample:
            text = (
                "<span style='background:#fff3cd;color:#6b4500'>&nbsp;"
                + self.tr("BỘ MẪU, KHÔNG CHÍNH THỨC")
                + "&nbsp;</span> "
                + text
            )
        self.ui.setInfo.setText(text)
        grade = totals.grade.label if totals.grade else "—"
        lines = [
            "<span style='font-size:13pt'><b>"
            + fmt(self.tr("Chỉ số: {index}"), index=percent_display(totals.index_percent) or "—")
            + "</b></span>",
            fmt(self.tr("Xếp loại: <b>{grade}</b>"), grade=html.escape(grade)),
        ]
        if totals.province_pending:
            lines.append(
                fmt(
                    self.tr("<small>chờ điểm tỉnh: {codes}</small>"), codes=", ".join(totals.province_pending)
                )
            )
        if totals.appraisal_total is not None:
            lines.append(
                fmt(
                    self.tr("<small>thẩm định: {points} ({percent})</small>"),
                    points=points_text(totals.appraisal_total),
                    percent=percent_display(totals.appraisal_percent),
                )
            )
        self.ui.indexBox.setText("<br>".join(lines))

    def _update_buttons(self) -> None:
        has = self.state is not None
        writable = not self.ws.read_only
        open_ = has and writable and not self.state.record.finalised
        ui = self.ui
        ui.newAssessmentButton.setEnabled(writable)
        ui.importCriteriaButton.setEnabled(writable)
        for button in (ui.exportFormButton, ui.reportButton):
            button.setEnabled(has)
        ui.fillFormButton.setEnabled(has and writable)
        ui.finaliseButton.setEnabled(open_)
        ui.reviseButton.setEnabled(
            has and writable and self.state.record.finalised and self.state.record.latest
        )
        self.panel.update_buttons()

    # --- changes elsewhere ---------------------------------------------------------------------

    def on_changed(self, changed: Changed) -> None:
        if not self.isVisible():
            self._stale = True
            return
        if "criteria" in changed.kinds or "settings" in changed.kinds:
            self.reload()
        else:
            self.refresh(changed)

    def on_shown(self) -> None:
        if self._stale:
            self.reload()
