"""The scoring form (phiếu tự đánh giá, chấm điểm) as an Excel workbook: one row per area and
criterion, the rule beside each, the figures, self-scores, "không áp dụng", evidence, explanations
and the appraisal rounds; totals, index and grade below. ``importers.assessment_form`` reads a
filled copy back.

Areas and parents are bold rows carrying their sums as values (openpyxl cannot compute formulas
and a form opened elsewhere would show nothing until recalculated). Landscape A4, fit to width,
header repeated on each page, header frozen; the "Số liệu" column is text so that Excel does not
turn 118/120 into a date.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.assessment import Assessment
from ..domain.criteria import PENALTY, SCORE, CriteriaSet, Criterion
from ..errors import InvalidInputError
from ..scoring.rollup import AssessmentTotals, percent_display, rollup
from ..scoring.rules import figure_text, score_criterion
from .criteria_template import FONT_NAME, GROUP_FILL, fit_row_height, save_workbook, style_table, write_meta

__all__ = ["FORM_SHEET", "appraisal_header", "form_headers", "write_assessment_form"]

FORM_SHEET = "Tự đánh giá"
# (title, width); the reader finds columns by these names.
BASE_HEADERS: list[tuple[str, float]] = [
    ("Mã", 9),
    ("Tiêu chí", 46),
    ("Điểm tối đa", 8),
    ("Cách chấm", 30),
    ("Số liệu", 11),
    ("Điểm tự đánh giá", 10),
    ("Không áp dụng", 9),
    ("Tài liệu kiểm chứng", 30),
    ("Giải trình", 30),
    ("Lý do chấm khác cách chấm", 18),
]
HINT_COLOR = "808080"


def appraisal_header(round_number: int) -> str:
    return "Điểm thẩm định" if round_number == 1 else f"Điểm thẩm định lần {round_number}"


def form_headers(rounds: int) -> list[tuple[str, float]]:
    return BASE_HEADERS + [(appraisal_header(n), 10) for n in range(1, max(rounds, 1) + 1)]


def write_assessment_form(
    criteria_set: CriteriaSet,
    assessment: Assessment,
    path: Path | str,
    evidence_text: Mapping[str, str] | None = None,
) -> None:
    """The form for ``assessment`` against ``criteria_set``; ``evidence_text`` maps a criterion
    code to its evidence documents as text (the evidence itself is stored elsewhere)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = FORM_SHEET
    totals = rollup(criteria_set, assessment)
    rounds = max(1, assessment.appraisal_rounds())
    headers = form_headers(rounds)
    state = "đã chốt" if assessment.finalised else "đang chấm"
    header_row = write_meta(
        sheet,
        [
            (f"PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {assessment.year}", ""),
            ("Cơ quan, đơn vị:", assessment.body),
            ("Năm:", assessment.year),
            ("Bộ tiêu chí:", criteria_set.name),
            ("Lần chấm:", f"{assessment.revision} ({state})"),
        ],
    )
    writer = _FormRows(sheet, criteria_set, assessment, totals, evidence_text or {}, headers)
    last = writer.write(header_row + 1)
    style_table(sheet, header_row, headers, last)
    writer.restyle()
    _guidance(sheet, header_row, last)
    save_workbook(workbook, path)


class _FormRows:
    def __init__(
        self,
        sheet: Any,
        criteria_set: CriteriaSet,
        assessment: Assessment,
        totals: AssessmentTotals,
        evidence: Mapping[str, str],
        headers: list[tuple[str, float]],
    ):
        self.sheet, self.set, self.assessment, self.totals = sheet, criteria_set, assessment, totals
        self.evidence, self.headers = evidence, headers
        self.widths = [w for _, w in headers]
        self.bold_rows: list[int] = []

    def write(self, first_row: int) -> int:
        r = first_row - 1
        for placed in self.set.placed():
            r += 1
            criterion = placed.criterion
            values = self._leaf_values(criterion) if criterion.is_leaf else self._parent_values(criterion)
            for c, value in enumerate(values, start=1):
                self.sheet.cell(r, c, value)
            self.sheet.cell(r, 5).number_format = "@"
            if not criterion.is_leaf:
                self.bold_rows.append(r)
            fit_row_height(self.sheet, r, values, self.widths)
        return self._totals(r + 1)

    def _appraisals(self, criterion: Criterion) -> list[Any]:
        rounds = len(self.headers) - len(BASE_HEADERS)
        entry = self.assessment.entries.get(criterion.code)
        scores = [r.score for r in entry.appraisal] if entry else []
        return [(scores[i] if i < len(scores) else None) for i in range(rounds)]

    def _leaf_values(self, criterion: Criterion) -> list[Any]:
        entry = self.assessment.entry(criterion.code)
        rule: Any = criterion.rule
        if criterion.province_scored:
            rule_text, score = "Do tỉnh chấm (ghi điểm của tỉnh vào cột Điểm thẩm định)", None
        else:
            rule_text, score = rule.describe(), _self_score(criterion, entry)
        evidence = self.evidence.get(criterion.code, "")
        if not evidence and criterion.evidence_hint:
            evidence = f"(cần: {criterion.evidence_hint})"  # a hint, greyed; the reader ignores the column
        explanation = entry.na_reason if entry.not_applicable else entry.explanation
        return [
            criterion.code,
            criterion.text,
            criterion.max_points,
            rule_text,
            figure_text(rule, entry),
            score,
            "x" if entry.not_applicable else "",
            evidence,
            explanation,
            entry.override_reason,
            *self._appraisals(criterion),
        ]

    def _parent_values(self, criterion: Criterion) -> list[Any]:
        node = self.totals.nodes[criterion.code]
        rule_text = {SCORE: "", PENALTY: "Khối điểm trừ (tối đa bằng điểm của dòng này)"}.get(
            node.effect, "Khối điểm thưởng (tối đa bằng điểm của dòng này)"
        )
        rounds = len(self.headers) - len(BASE_HEADERS)
        appraisal = [node.appraisal] + [None] * (rounds - 1)
        return [
            criterion.code,
            criterion.text,
            node.maximum,
            rule_text,
            "",
            node.whole_points,
            "",
            "",
            "",
            "",
            *appraisal,
        ]

    def _totals(self, r: int) -> int:
        t = self.totals
        grade = t.grade.label if t.grade else ""
        appraisal_grade = t.appraisal_grade.label if t.appraisal_grade else ""
        lines: list[tuple[str, Any, Any, Any]] = [
            ("Tổng điểm tối đa được tính", t.whole_maximum, None, t.appraisal_maximum),
            ("Điểm đạt (chưa kể thưởng, trừ)", None, t.self_score + t.province_points, t.appraisal_points),
            ("Điểm thưởng", None, t.bonus, t.appraisal_bonus),
            ("Điểm trừ", None, t.penalty, t.appraisal_penalty),
            ("Tổng điểm", None, t.whole_points, t.appraisal_total),
            ("Chỉ số CCHC (%)", None, percent_display(t.index_percent), percent_display(t.appraisal_percent)),
            ("Xếp loại", None, grade, appraisal_grade),
        ]
        if t.province_pending:
            lines.append((f"Chưa có điểm của tỉnh: {', '.join(t.province_pending)}", None, None, None))
        for label, maximum, own, appraisal in lines:
            self.sheet.cell(r, 2, label)
            self.sheet.cell(r, 3, maximum)
            self.sheet.cell(r, 6, own)
            self.sheet.cell(r, len(BASE_HEADERS) + 1, appraisal)
            self.bold_rows.append(r)
            r += 1
        return r - 1

    def restyle(self) -> None:
        from openpyxl.styles import Font, PatternFill

        fill, bold = PatternFill("solid", fgColor=GROUP_FILL), Font(name=FONT_NAME, bold=True)
        hint = Font(name=FONT_NAME, italic=True, color=HINT_COLOR)
        for r in self.bold_rows:
            for c in range(1, len(self.headers) + 1):
                cell = self.sheet.cell(r, c)
                cell.font, cell.fill = bold, fill
        for row in self.sheet.iter_rows(min_row=1, max_col=8, min_col=8):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("(cần: "):
                    cell.font = hint


def _self_score(criterion: Criterion, entry: Any) -> Decimal | None:
    """What the self-score cell shows: the score entered, else the one the rule computes."""
    if entry.self_score is not None or entry.not_applicable:
        return entry.self_score
    try:
        return score_criterion(criterion, entry)
    except InvalidInputError:
        return None  # shown empty; the roll-up reports the problem


def _guidance(sheet: Any, header_row: int, last_row: int) -> None:
    """Comments on the header cells the filler needs most, and a list for "Không áp dụng"."""
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation

    notes = {
        5: "Số liệu theo cách chấm: «có» / «không», lựa chọn (ví dụ «đúng hạn»), số đạt/tổng số "
        "(ví dụ 118/120) hoặc số lần (ví dụ 5). Điểm được tính từ số liệu.",
        6: "Điểm tự chấm, từ 0 đến điểm tối đa, theo bước điểm của bộ tiêu chí. Điểm trừ ghi số dương.",
        7: "Ghi «x» nếu tiêu chí không áp dụng với đơn vị (chỉ với tiêu chí cho phép).",
        10: "Chỉ ghi khi cố ý chấm khác điểm tính theo cách chấm.",
    }
    for column, text in notes.items():
        sheet.cell(header_row, column).comment = Comment(text, "CCHC Desktop", width=320, height=110)
    flags = DataValidation(type="list", formula1='"x"', allow_blank=True)
    sheet.add_data_validation(flags)
    flags.add(f"G{header_row + 1}:G{last_row}")
