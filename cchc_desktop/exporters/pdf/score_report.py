"""The scoring report (báo cáo kết quả tự đánh giá, chấm điểm Chỉ số CCHC) in the national format:
letterhead and title, the result in a sentence, a summary table per reform area (maximum,
applicable maximum, self-score, appraisal, percentage) with bonus, penalty, total, index and
grade, a chart of points by area, the signature; then on landscape pages the scoring table in
full: every criterion with its figure, self-score, evidence, explanation and appraisal.

A sample criteria set is said to be one, on the first page: it is never an official result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from ...domain.assessment import Assessment
from ...domain.criteria import PENALTY, SCORE, CriteriaSet, Criterion
from ...scoring.rollup import AssessmentTotals, NodeTotals, percent, percent_display, rollup
from ...scoring.rules import figure_text, points_text
from .blocks import (
    BarChart,
    Block,
    Column,
    Document,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    RowKind,
    SignatureBlock,
    Table,
    TableRow,
    Title,
)

KIND = "BÁO CÁO"


@dataclass
class ReportParts:
    """What the report needs besides the scores: the issuing body's header lines, place and
    signer (from the commune settings), and per criterion code its evidence as text."""

    issuer_lines: list[str]
    place: str = ""
    signature: SignatureBlock | None = None
    evidence: Mapping[str, str] = field(default_factory=dict)
    reference: str = "/BC-UBND"


def _nbsp(text: str) -> str:
    """ "33,43 %" kept on one line."""
    return text.replace(" %", "\u00a0%")


def _points(value: Decimal | None) -> str:
    return "" if value is None else points_text(value)


def score_report_document(criteria_set: CriteriaSet, assessment: Assessment, parts: ReportParts) -> Document:
    totals = rollup(criteria_set, assessment)
    year = assessment.year
    blocks: list[Block] = [*_opening(criteria_set, assessment, totals)]
    blocks.append(Heading("I. TỔNG HỢP KẾT QUẢ THEO LĨNH VỰC", level=1))
    blocks.append(_summary_table(criteria_set, totals))
    blocks.append(
        BarChart(
            "Điểm tự đánh giá theo lĩnh vực (trên điểm tối đa được tính)",
            [
                (f"{area.code}. {area.text}", node.whole_points, node.whole_maximum or node.maximum)
                for area in criteria_set.areas
                if (node := totals.nodes[area.code]).effect == SCORE
            ],
        )
    )
    blocks.extend(_closing(totals))
    if parts.signature is not None:
        blocks.append(parts.signature)
    blocks.append(PageBreak("landscape"))
    blocks.append(
        Title(
            ["PHỤ LỤC", f"BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}"],
            subtitle=f"(Kèm theo Báo cáo kết quả tự đánh giá của {assessment.body})",
            subtitle_italic=True,
            rule=False,
        )
    )
    blocks.append(_detail_table(criteria_set, assessment, totals, parts.evidence))
    return Document(
        letterhead=Letterhead(parts.issuer_lines, parts.reference, parts.place, None, year),
        title=Title([KIND], subtitle=f"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year}"),
        blocks=blocks,
        orientation="portrait",
        title_text=f"Báo cáo kết quả tự đánh giá Chỉ số CCHC năm {year} – {assessment.body}",
        subject=criteria_set.name,
    )


def _opening(criteria_set: CriteriaSet, assessment: Assessment, totals: AssessmentTotals) -> list[Block]:
    state = "đã chốt" if assessment.finalised else "đang chấm, chưa chốt"
    text = (
        f"{assessment.body} tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {assessment.year} "
        f"theo {criteria_set.name} (lần chấm {assessment.revision}, {state}). Kết quả như sau:"
    )
    blocks: list[Block] = [Paragraph(text)]
    if criteria_set.is_sample:
        blocks.append(
            Paragraph(
                "Lưu ý: chấm theo bộ tiêu chí mẫu để làm quen, không phải bộ tiêu chí chính thức của tỉnh; "
                "kết quả chỉ để tham khảo.",
                italic=True,
            )
        )
    grade = totals.grade.label if totals.grade else "chưa xếp loại"
    blocks.append(
        Paragraph(
            f"Tổng điểm tự đánh giá: {points_text(totals.whole_points)}/{points_text(totals.whole_maximum)} điểm "
            f"được tính; Chỉ số CCHC: {_nbsp(percent_display(totals.index_percent)) or '—'}; xếp loại: {grade}.",
            bold=True,
        )
    )
    return blocks


def _closing(totals: AssessmentTotals) -> list[Block]:
    blocks: list[Block] = [Heading("II. GHI CHÚ", level=1)]
    notes = [
        f"Điểm tối đa của bộ tiêu chí: {points_text(totals.maximum)}; các tiêu chí không áp dụng được trừ khỏi "
        f"điểm tối đa (còn {points_text(totals.applicable_maximum)}).",
        f"Điểm thưởng: {points_text(totals.bonus)}; điểm trừ: {points_text(totals.penalty)}.",
    ]
    if totals.province_pending:
        notes.append(
            "Các tiêu chí do tỉnh chấm chưa có điểm ("
            + ", ".join(totals.province_pending)
            + ") chưa được tính vào điểm và điểm tối đa."
        )
    if totals.appraisal_total is not None:
        notes.append(
            f"Điểm thẩm định: {points_text(totals.appraisal_total)}/{points_text(totals.appraisal_maximum)}"
            f" ({percent_display(totals.appraisal_percent)})."
        )
    if totals.problems:
        notes.append(f"Còn {len(totals.problems)} tiêu chí có điểm không đúng cách chấm, chưa được tính.")
    blocks.extend(Paragraph(f"- {note}") for note in notes)
    return blocks


def _summary_table(criteria_set: CriteriaSet, totals: AssessmentTotals) -> Table:
    columns = [
        Column("TT", 0.7, "center"),
        Column("Lĩnh vực", 3.6),
        Column("Điểm tối đa", 0.9, "center"),
        Column("Điểm tối đa được tính", 1.1, "center"),
        Column("Điểm tự đánh giá", 1.0, "center"),
        Column("Điểm thẩm định", 1.0, "center"),
        Column("Tỷ lệ (%)", 1.0, "center"),
    ]
    rows: list[TableRow] = []
    for area in criteria_set.areas:
        node = totals.nodes[area.code]
        if node.effect != SCORE:
            continue
        rows.append(
            TableRow(
                [
                    area.code,
                    area.text,
                    points_text(node.maximum),
                    points_text(node.whole_maximum),
                    points_text(node.whole_points),
                    _points(node.appraisal),
                    percent_display(percent(node.whole_points, node.whole_maximum)),
                ]
            )
        )
    grade = totals.grade.label if totals.grade else ""
    appraisal_grade = totals.appraisal_grade.label if totals.appraisal_grade else ""
    lines = [
        ("Điểm thưởng", "", "", points_text(totals.bonus), points_text(totals.appraisal_bonus), ""),
        ("Điểm trừ", "", "", points_text(totals.penalty), points_text(totals.appraisal_penalty), ""),
        (
            "Tổng cộng",
            points_text(totals.maximum),
            points_text(totals.whole_maximum),
            points_text(totals.whole_points),
            _points(totals.appraisal_total),
            percent_display(totals.index_percent),
        ),
        ("Xếp loại", "", "", grade, appraisal_grade, ""),
    ]
    for label, *values in lines:
        rows.append(TableRow(["", label, *values], kind="total"))
    return Table(columns=columns, rows=rows, font_size=12.0)


def _detail_table(
    criteria_set: CriteriaSet, assessment: Assessment, totals: AssessmentTotals, evidence: Mapping[str, str]
) -> Table:
    columns = [
        Column("Mã", 0.8, "center"),
        Column("Tiêu chí", 4.2),
        Column("Điểm tối đa", 0.9, "center"),
        Column("Số liệu", 1.2, "center"),
        Column("Điểm tự đánh giá", 1.0, "center"),
        Column("Tài liệu kiểm chứng", 3.2),
        Column("Giải trình", 2.6),
        Column("Điểm thẩm định", 1.0, "center"),
    ]
    rows = []
    for placed in criteria_set.placed():
        criterion = placed.criterion
        node = totals.nodes[criterion.code]
        if criterion.is_leaf:
            rows.append(TableRow(_leaf_cells(criterion, assessment, node, evidence)))
        else:
            kind: RowKind = "total" if placed.depth == 0 else "group"
            label = criterion.text
            if node.effect != SCORE:
                label += " (điểm trừ)" if node.effect == PENALTY else " (điểm thưởng)"
            rows.append(
                TableRow(
                    [
                        criterion.code,
                        label,
                        points_text(node.maximum),
                        "",
                        points_text(node.whole_points),
                        "",
                        "",
                        _points(node.appraisal),
                    ],
                    kind=kind,
                )
            )
    return Table(columns=columns, rows=rows, number_row=True, landscape=True, font_size=10.5)


def _leaf_cells(
    criterion: Criterion, assessment: Assessment, node: NodeTotals, evidence: Mapping[str, str]
) -> list[str]:
    entry = assessment.entry(criterion.code)
    if entry.not_applicable:
        score, explanation = "Không áp dụng", entry.na_reason
    elif criterion.province_scored:
        score, explanation = "Tỉnh chấm", entry.explanation
    else:
        score = "" if node.problem is not None or not node.scored else points_text(node.self_score)
        explanation = entry.explanation
    if entry.override_reason:
        explanation = f"{explanation}\nLý do điều chỉnh: {entry.override_reason}".strip()
    return [
        criterion.code,
        criterion.text,
        points_text(criterion.max_points),
        figure_text(criterion.rule, entry),  # type: ignore[arg-type]
        score,
        evidence.get(criterion.code, ""),
        explanation,
        _points(node.appraisal),
    ]
