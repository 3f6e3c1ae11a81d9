"""The checklist before finalising an assessment: what a province appraiser would send back.

- a score that breaks its rule (typed before the rule changed, or a form filled elsewhere);
- criteria not scored yet (bonus and penalty items aside: nothing there means nothing to add);
- scored criteria with neither evidence (documents or register rows) nor an explanation;
- criteria marked not applicable without a reason;
- figures that differ from the task register's without a reason."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.assessment import Assessment
from ..domain.criteria import PENALTY, SCORE, CriteriaSet
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..scoring.rollup import AssessmentTotals
from .scoring_register import RegisterFigure

define_messages(
    {
        "check.problem": QT_TRANSLATE_NOOP("Messages", "{reason}"),
        "check.unscored": QT_TRANSLATE_NOOP("Messages", "{code} chưa chấm điểm."),
        "check.no_evidence": QT_TRANSLATE_NOOP(
            "Messages", "{code} có điểm {points} nhưng chưa có tài liệu kiểm chứng hay giải trình."
        ),
        "check.na_no_reason": QT_TRANSLATE_NOOP(
            "Messages", "{code} đánh dấu không áp dụng nhưng chưa ghi lý do."
        ),
        "check.register_differs": QT_TRANSLATE_NOOP(
            "Messages", "{code}: số liệu khác sổ nhiệm vụ ({register}) mà chưa ghi lý do điều chỉnh."
        ),
    }
)

KINDS = ("problem", "unscored", "no_evidence", "na_no_reason", "register_differs")


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text: str  # the criterion's text
    kind: str  # one of KINDS
    message: Message

    def __str__(self) -> str:
        return str(self.message)


def checklist(
    criteria_set: CriteriaSet,
    assessment: Assessment,
    totals: AssessmentTotals,
    register: dict[str, RegisterFigure],
) -> list[ChecklistItem]:
    """In document order; each criterion once, with its most serious item."""
    from ..scoring.rules import points_text

    items: list[ChecklistItem] = []
    for placed in criteria_set.placed():
        criterion = placed.criterion
        if not criterion.is_leaf:
            continue
        code, text = criterion.code, criterion.text
        node = totals.nodes[code]
        entry = assessment.entry(code)
        if node.problem is not None:
            items.append(ChecklistItem(code, text, "problem", Message("check.problem", reason=node.problem)))
        elif entry.not_applicable:
            if not entry.na_reason.strip():
                items.append(
                    ChecklistItem(code, text, "na_no_reason", Message("check.na_no_reason", code=code))
                )
        elif criterion.province_scored:
            continue
        elif not node.scored and not entry.has_figure() and entry.self_score is None:
            if placed.effect == SCORE:
                items.append(ChecklistItem(code, text, "unscored", Message("check.unscored", code=code)))
        elif (
            not entry.has_evidence()
            and not entry.explanation.strip()
            and node.self_score > 0
            and placed.effect != PENALTY
        ):
            items.append(
                ChecklistItem(
                    code,
                    text,
                    "no_evidence",
                    Message("check.no_evidence", code=code, points=points_text(node.self_score)),
                )
            )
        figure = register.get(code)
        if (
            figure is not None
            and figure.differs_from(entry)
            and not entry.override_reason.strip()
            and not entry.not_applicable
        ):
            items.append(
                ChecklistItem(
                    code,
                    text,
                    "register_differs",
                    Message("check.register_differs", code=code, register=figure.note),
                )
            )
    return items
