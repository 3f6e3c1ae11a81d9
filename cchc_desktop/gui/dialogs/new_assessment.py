"""Opening an assessment: the criteria set (a sample set is named as one, never as official),
the year, the body, and the plan whose register feeds the computed criteria."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ...domain import PlanSummary
from ...i18n import fmt
from ...services.criteria import CriteriaSetRecord
from ..forms.ui_new_assessment_dialog import Ui_NewAssessmentDialog


@dataclass(frozen=True)
class NewAssessment:
    set_id: int
    year: int
    body: str
    plan_id: int | None


def set_label(record: CriteriaSetRecord) -> str:
    """ "Bộ tiêu chí … (2026, UBND tỉnh …, lần 2)"; a sample says so first."""
    facts = [str(record.year)]
    if record.issuer and not record.is_sample:
        facts.append(record.issuer)
    if record.version > 1:
        facts.append(
            fmt(QCoreApplication.translate("NewAssessmentDialog", "lần {version}"), version=record.version)
        )
    label = f"{record.name} ({', '.join(facts)})"
    return (
        QCoreApplication.translate("NewAssessmentDialog", "[MẪU – không chính thức] ") + label
        if record.is_sample
        else label
    )


class NewAssessmentDialog(QDialog):
    def __init__(
        self,
        sets: list[CriteriaSetRecord],
        plans: list[PlanSummary],
        year: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_NewAssessmentDialog()
        self.ui.setupUi(self)
        self.sets, self.plans = sets, plans
        # The province's own sets first: the sample is there to practise on.
        ordered = sorted(range(len(sets)), key=lambda i: (sets[i].is_sample, -sets[i].year))
        self._order = ordered
        for i in ordered:
            self.ui.setCombo.addItem(set_label(sets[i]))
        self.ui.yearSpin.setValue(year)
        self.ui.planCombo.addItem(self.tr("(tự tìm kế hoạch năm của năm đánh giá)"))
        for plan in plans:
            self.ui.planCombo.addItem(f"{plan.title} – {plan.period.label()}")
        self.ui.setCombo.currentIndexChanged.connect(self._warn)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._warn()

    def _warn(self) -> None:
        record = self.chosen_set()
        sample = record is not None and record.is_sample
        self.ui.sampleWarning.setText(
            self.tr(
                "Đây là bộ tiêu chí MẪU để làm quen, không phải bộ tiêu chí chính thức của tỉnh. "
                "Khi có bộ tiêu chí của tỉnh, hãy nhập bộ đó và chấm theo bộ đó."
            )
            if sample
            else ""
        )
        self.ui.sampleWarning.setStyleSheet("color: #8a5300;" if sample else "")

    def chosen_set(self) -> CriteriaSetRecord | None:
        row = self.ui.setCombo.currentIndex()
        return self.sets[self._order[row]] if 0 <= row < len(self._order) else None

    def choice(self) -> NewAssessment | None:
        record = self.chosen_set()
        if record is None:
            return None
        plan_row = self.ui.planCombo.currentIndex() - 1
        plan_id = self.plans[plan_row].id if 0 <= plan_row < len(self.plans) else None
        return NewAssessment(record.id, self.ui.yearSpin.value(), self.ui.bodyEdit.text().strip(), plan_id)
