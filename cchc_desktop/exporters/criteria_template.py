"""The criteria workbook: the empty template province or commune staff fill in, and a criteria
set written back in the same format (``read_criteria_workbook`` reads either).

Sheets: "Tiêu chí" (the set's name, year, issuer and step above the header row, then one row per
area / criterion), "Xếp loại" (grade tiers), "Hướng dẫn" (the columns and the ``Cách chấm`` syntax,
with an example of every kind). Values, never formulas: openpyxl cannot compute them and other
programs would show nothing until recalculated.

The layout helpers are public: the assessment form uses them too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.criteria import (
    BONUS,
    SCORE,
    CriteriaSet,
    Criterion,
    GradeTier,
    default_tiers,
    register_source_text,
)
from ..fileio import write_with_atomic
from ..scoring.rules import FreeRule, points_text

__all__ = [
    "CRITERIA_HEADERS",
    "GUIDE_SHEET",
    "rule_cell_text",
    "write_criteria_template",
    "write_criteria_workbook",
]

# The sheet names the reader (importers.criteria_workbook) looks for; the round-trip test holds
# the two sides together.
CRITERIA_SHEET = "Tiêu chí"
TIERS_SHEET = "Xếp loại"
GUIDE_SHEET = "Hướng dẫn"
# (title, width in characters)
CRITERIA_HEADERS: list[tuple[str, float]] = [
    ("Mã", 9),
    ("Tiêu chí", 58),
    ("Điểm tối đa", 10),
    ("Cách chấm", 42),
    ("Tài liệu kiểm chứng", 36),
    ("Không áp dụng được", 12),
    ("Tỉnh chấm", 9),
    ("Số liệu từ sổ nhiệm vụ", 24),
]
HEADER_FILL = "D9E2F3"
GROUP_FILL = "F2F2F2"
FONT_NAME = "Times New Roman"

GUIDE_ROWS: list[tuple[str, str]] = [
    (
        "Trang «Tiêu chí»",
        (
            "Phía trên dòng tiêu đề ghi: Tên bộ tiêu chí, Năm, Cơ quan ban hành, Bước điểm "
            "(mặc định 0,25). Dòng tiêu đề có thể nằm ở bất kỳ dòng nào trong 30 dòng đầu."
        ),
    ),
    (
        "Mã",
        (
            "Lĩnh vực ghi số La Mã (I, II...) và tiêu chí đánh số 1, 2 (bắt đầu lại trong mỗi lĩnh vực "
            "hoặc đánh tiếp), tiêu chí thành phần 1.1, 1.1.1; hoặc lĩnh vực 1, 2 với tiêu chí 1.1, 1.1.1. "
            "Nên định dạng cột Mã là Văn bản (Text) để Excel không đổi 1.10 thành 1.1."
        ),
    ),
    (
        "Tiêu chí",
        "Nội dung tiêu chí. Dòng không có mã, không có điểm là phần viết tiếp của tiêu chí ở dòng trên.",
    ),
    (
        "Điểm tối đa",
        (
            "Số dương, dấu phẩy thập phân (0,5). Dòng có tiêu chí con: để trống thì lấy tổng các "
            "tiêu chí con; nếu ghi thì phải bằng tổng đó (trừ khối điểm thưởng / điểm trừ: ghi mức tối đa của khối)."
        ),
    ),
    (
        "Cách chấm",
        (
            "Để trống: chấm từ 0 đến điểm tối đa theo bước điểm của bộ. Các cách khác xem bên dưới. "
            "Không phân biệt hoa thường, có dấu hay không dấu; dùng «→», «->», «=», «:» đều được."
        ),
    ),
    ("Tài liệu kiểm chứng", "Tài liệu cần có để chứng minh điểm (quyết định, báo cáo, số và ngày)."),
    (
        "Không áp dụng được",
        (
            "Ghi «có» nếu xã được đánh dấu «không áp dụng» cho tiêu chí này; điểm tối đa "
            "dùng để tính chỉ số giảm đi tương ứng."
        ),
    ),
    (
        "Tỉnh chấm",
        (
            "Ghi «có» cho tiêu chí do tỉnh chấm (ví dụ điều tra xã hội học): xã không tự chấm, "
            "điểm chỉ được tính khi tỉnh đã cho điểm. Không ghi đồng thời với «Không áp dụng được»."
        ),
    ),
    (
        "Số liệu từ sổ nhiệm vụ",
        (
            "Tùy chọn: «Kế hoạch ban hành đúng hạn» (cách chấm có/không hoặc lựa chọn), "
            "«Tỷ lệ nhiệm vụ hoàn thành» (cách chấm theo tỷ lệ), «Số nhiệm vụ có nhãn: kiểm tra» (theo số lần)."
        ),
    ),
    ("Trang «Xếp loại»", "Cột «Xếp loại» và «Từ (%)», xếp từ cao xuống thấp; mức thấp nhất từ 0."),
    ("CÁCH CHẤM", "VÍ DỤ"),
    ("Chấm trực tiếp", "Chấm từ 0 đến tối đa, bước 0,5  (hoặc để trống: bước điểm của bộ)"),
    ("Có / không", "Có/không  (có → điểm tối đa, không → 0)"),
    ("Theo lựa chọn (thời hạn...)", "Đúng hạn: 1; trễ hạn: 0,5; không thực hiện: 0"),
    (
        "Theo tỷ lệ (ghi số liệu dạng 118/120)",
        (
            "Tỷ lệ: trên 90% → 2; từ 70% đến 90% → 1; dưới 70% → 0   "
            "(«trên» là >, «từ» là ≥, «đến» là ≤, «dưới» là <; cũng viết được >90%, >=70%, 70-90%; mọi tỷ lệ "
            "từ 0% đến 100% phải thuộc đúng một mức)"
        ),
    ),
    (
        "Theo số lần",
        (
            "Mỗi lần: 0,25   hoặc   0,5 điểm/1 cuộc   (không vượt điểm tối đa; thêm «, tối đa 1» "
            "để giới hạn thấp hơn)"
        ),
    ),
    (
        "Điểm thưởng",
        (
            "Điểm thưởng   (dòng khối: điểm tối đa là mức thưởng tối đa của khối); cho từng mục: "
            "Điểm thưởng: mỗi sáng kiến 0,5 điểm"
        ),
    ),
    ("Điểm trừ", "Điểm trừ   hoặc   Trừ 0,5 mỗi lần, tối đa 2   (ghi số điểm bị trừ là số dương)"),
]


# --- layout helpers -------------------------------------------------------------------------------


def estimated_lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs: LibreOffice does not fit row heights of openpyxl files."""
    per_line = max(int(width * 1.15), 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n")) if text else 1


def fit_row_height(sheet: Any, row: int, values: Sequence[Any], widths: Sequence[float]) -> None:
    lines = max(
        (estimated_lines(str(v), w) for v, w in zip(values, widths) if v not in (None, "")), default=1
    )
    sheet.row_dimensions[row].height = min(409, 15.5 * lines + 2)


def style_table(sheet: Any, header_row: int, headers: Sequence[tuple[str, float]], last_row: int) -> None:
    """Bold filled header, widths, wrap and borders on every table cell, frozen header, print set-up:
    landscape A4, fit to width, header repeated on each page."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_font, header_fill = Font(name=FONT_NAME, bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c, (title, width) in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
        cell = sheet.cell(header_row, c, title)
        cell.font, cell.fill, cell.alignment, cell.border = header_font, header_fill, centred, border
    fit_row_height(sheet, header_row, [h for h, _ in headers], [w for _, w in headers])
    # One style object of each kind, shared: openpyxl hashes every assignment, building new ones is slow.
    wrapped = Alignment(vertical="top", wrap_text=True)
    plain, bold = Font(name=FONT_NAME), Font(name=FONT_NAME, bold=True)
    for r in range(header_row + 1, last_row + 1):
        for c in range(1, len(headers) + 1):
            cell = sheet.cell(r, c)
            cell.border, cell.alignment = border, wrapped
            if cell.font is None or cell.font.name != FONT_NAME:
                cell.font = bold if cell.font is not None and cell.font.bold else plain
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left, sheet.page_margins.right = 0.6, 0.4
    sheet.page_margins.top, sheet.page_margins.bottom = 0.6, 0.6


def write_meta(sheet: Any, rows: Sequence[tuple[str, Any]]) -> int:
    """Key–value rows at the top ("Năm:" | 2026), the value in the third column so that the key
    shows whole over the empty second one; returns the header row (one blank row after)."""
    from openpyxl.styles import Font

    for r, (key, value) in enumerate(rows, start=1):
        sheet.cell(r, 1, key).font = Font(name=FONT_NAME, bold=True, size=13 if r == 1 else 11)
        if value != "" or r > 1:
            cell = sheet.cell(r, 3, value)
            cell.font = Font(name=FONT_NAME, bold=r == 1, size=13 if r == 1 else 11)
            cell.number_format = "@" if isinstance(value, str) else "General"
    return len(rows) + 2


def save_workbook(workbook: Any, path: Path | str) -> None:
    """Atomically: the file appears whole or not at all (OutputError on failure)."""
    write_with_atomic(path, workbook.save)


def rule_cell_text(criterion: Criterion, step: Decimal) -> str:
    """The "Cách chấm" cell: blank for the set's default free score, the bare block word for a free
    bonus / penalty, else the rule's canonical description."""
    rule = criterion.rule
    if isinstance(rule, FreeRule) and (rule.step == step or not criterion.is_leaf):
        if rule.effect == SCORE:
            return ""
        return "Điểm thưởng" if rule.effect == BONUS else "Điểm trừ"
    return rule.describe()


# --- the workbook ---------------------------------------------------------------------------------


def write_criteria_template(path: Path | str) -> None:
    """The empty workbook to fill in, with the default tiers and the guide."""
    _write(path, None)


def write_criteria_workbook(criteria_set: CriteriaSet, path: Path | str) -> None:
    """``criteria_set`` in the template's format; reading it back gives an equal set."""
    _write(path, criteria_set)


def _write(path: Path | str, criteria_set: CriteriaSet | None) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = CRITERIA_SHEET
    _criteria_sheet(sheet, criteria_set)
    _tiers_sheet(workbook.create_sheet(TIERS_SHEET), criteria_set.tiers if criteria_set else default_tiers())
    _guide_sheet(workbook.create_sheet(GUIDE_SHEET))
    save_workbook(workbook, path)


def _criteria_sheet(sheet: Any, criteria_set: CriteriaSet | None) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    step = criteria_set.step if criteria_set else Decimal("0.25")
    meta: list[tuple[str, Any]] = [
        ("Tên bộ tiêu chí:", criteria_set.name if criteria_set else ""),
        ("Năm:", criteria_set.year if criteria_set else ""),
        ("Cơ quan ban hành:", criteria_set.issuer if criteria_set else ""),
        ("Bước điểm:", points_text(step)),
    ]
    if criteria_set and criteria_set.is_sample:
        meta.append(("Bộ mẫu (không chính thức):", "có"))
    header = write_meta(sheet, meta)
    widths = [w for _, w in CRITERIA_HEADERS]
    bold, group_fill = Font(name=FONT_NAME, bold=True), PatternFill("solid", fgColor=GROUP_FILL)
    r = header
    for placed in criteria_set.placed() if criteria_set else []:
        criterion = placed.criterion
        r += 1
        values = [
            criterion.code,
            criterion.text,
            criterion.max_points,
            rule_cell_text(criterion, step),
            criterion.evidence_hint,
            "có" if criterion.allow_na else "",
            "có" if criterion.province_scored else "",
            register_source_text(criterion.register_source),
        ]
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(r, c, value)
            if c == 1:
                cell.number_format = "@"  # "1.10" must stay text
            if not criterion.is_leaf:
                cell.font, cell.fill = bold, group_fill
        fit_row_height(sheet, r, values, widths)
    last = max(r, header + 1)
    style_table(sheet, header, CRITERIA_HEADERS, last)
    flags = DataValidation(type="list", formula1='"có"', allow_blank=True)
    sheet.add_data_validation(flags)
    flags.add(f"F{header + 1}:G{max(last, header + 300)}")
    for row in range(last + 1, max(last, header + 300) + 1):
        sheet.cell(row, 1).number_format = "@"  # rows still to fill: codes typed there stay text


def _tiers_sheet(sheet: Any, tiers: Sequence[GradeTier]) -> None:
    headers = [("Xếp loại", 22), ("Từ (%)", 10)]
    for r, tier in enumerate(sorted(tiers, key=lambda t: t.from_percent, reverse=True), start=2):
        sheet.cell(r, 1, tier.label)
        sheet.cell(r, 2, tier.from_percent)
    style_table(sheet, 1, headers, len(tiers) + 1)


def _guide_sheet(sheet: Any) -> None:
    from openpyxl.styles import Font

    headers = [("Nội dung", 34), ("Cách ghi, ví dụ", 100)]
    for r, (topic, text) in enumerate(GUIDE_ROWS, start=2):
        sheet.cell(r, 1, topic)
        sheet.cell(r, 2, text)
        fit_row_height(sheet, r, [topic, text], [w for _, w in headers])
    style_table(sheet, 1, headers, len(GUIDE_ROWS) + 1)
    for r, (topic, _) in enumerate(GUIDE_ROWS, start=2):
        if topic.isupper() or topic.startswith("Trang"):
            sheet.cell(r, 1).font = Font(name=FONT_NAME, bold=True)
            sheet.cell(r, 2).font = Font(name=FONT_NAME, bold=topic.isupper())
