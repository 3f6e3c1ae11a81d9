"""The progress report (báo cáo kết quả thực hiện kế hoạch CCHC) of a quarter, six months or a
year, in the national format: letterhead, title, the overall figures, a table and a chart per
reform area, the targets met or not, the tasks done in the period, the tasks not done with
their reasons, the signature. Document text, always Vietnamese."""

from __future__ import annotations

from ...i18n import date_text, number
from ...text import clean
from ..progress_data import AreaLine, ProgressReportData, TaskLine
from .blocks import (
    BarChart,
    Block,
    Column,
    Document,
    Heading,
    Letterhead,
    Paragraph,
    SignatureBlock,
    Table,
    TableRow,
    Title,
)

KIND = "BÁO CÁO"
TABLE_SIZE = 11.0
# Abbreviations kept in capitals when an area's title is written in sentence case.
ACRONYMS = frozenset(
    [
        "TTHC",
        "CCHC",
        "UBND",
        "HĐND",
        "VHXH",
        "PVHCC",
        "DVC",
        "THPL",
        "PBGDPL",
        "CNTT",
        "CBCCVC",
        "CBCC",
        "MTTQ",
    ]
)


def sentence_case(title: str) -> str:
    """ "CẢI CÁCH TTHC" → "Cải cách TTHC" (a title typed in capitals, for a chart label)."""
    if title != title.upper():
        return title
    words = [w if w.strip(",.;:()") in ACRONYMS else w.lower() for w in title.split(" ")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def report_symbol(plan_symbol: str) -> str:
    """ "KH-UBND" → "BC-UBND": a report of the same body."""
    symbol = clean(plan_symbol)
    if "-" in symbol:
        return "BC-" + symbol.split("-", 1)[1]
    return "BC-UBND"


def _count(value: int) -> str:
    return number(value) if value else "–"


def _area_row(area: AreaLine) -> TableRow:
    cells = [
        area.code,
        area.title,
        number(area.rows),
        _count(area.due_in_period),
        _count(area.done),
        _count(area.in_progress),
        _count(area.not_started),
        _count(area.overdue),
        area.completion_text(),
    ]
    return TableRow(cells)


def area_table(data: ProgressReportData) -> Table:
    columns = [
        Column("TT", 0.6, "center"),
        Column("Lĩnh vực", 3.6),
        Column("Số việc", 0.9, "center"),
        Column("Đến hạn trong kỳ", 1.1, "center"),
        Column("Hoàn thành", 1.1, "center"),
        Column("Đang thực hiện", 1.1, "center"),
        Column("Chưa thực hiện", 1.1, "center"),
        Column("Quá hạn", 0.9, "center"),
        Column("Tỷ lệ hoàn thành", 1.2, "center"),
    ]
    rows = [_area_row(area) for area in data.areas]
    total = data.total
    rows.append(TableRow(["", "Tổng cộng", *_area_row(total).cells[2:]], "total"))
    return Table(columns, rows, number_row=False, font_size=TABLE_SIZE)


def target_table(data: ProgressReportData) -> Table:
    columns = [
        Column("TT", 0.5, "center"),
        Column("Chỉ tiêu", 4.2),
        Column("Mục tiêu", 1.2, "center"),
        Column("Đạt được", 1.2, "center"),
        Column("Đánh giá", 1.2, "center"),
    ]
    rows = [
        TableRow([str(index), t.text, t.target or "–", t.reached or "–", t.verdict()])
        for index, t in enumerate(data.targets, 1)
    ]
    return Table(columns, rows, font_size=TABLE_SIZE)


def _task_text(line: TaskLine) -> str:
    return f"{line.code}. {line.task}" if line.code else line.task


def done_table(lines: list[TaskLine]) -> Table:
    columns = [
        Column("TT", 0.5, "center"),
        Column("Nhiệm vụ, hoạt động", 3.3),
        Column("Chủ trì", 1.7),
        Column("Ngày hoàn thành", 1.1, "center"),
        Column("Kết quả, sản phẩm", 2.4),
    ]
    rows = [
        TableRow([str(i), _task_text(line), line.lead, line.done_text(), line.note])
        for i, line in enumerate(lines, 1)
    ]
    return Table(columns, rows, font_size=TABLE_SIZE)


def not_done_table(lines: list[TaskLine]) -> Table:
    columns = [
        Column("TT", 0.5, "center"),
        Column("Nhiệm vụ, hoạt động", 3.1),
        Column("Chủ trì", 1.7),
        Column("Thời hạn", 1.35, "center"),
        Column("Tình trạng", 1.2, "center"),
        Column("Lý do, giải pháp", 2.15),
    ]
    rows = [
        TableRow([str(i), _task_text(line), line.lead, line.due, line.status, line.reason or line.note])
        for i, line in enumerate(lines, 1)
    ]
    return Table(columns, rows, font_size=TABLE_SIZE)


def _overall(data: ProgressReportData) -> list[Block]:
    total = data.total
    counted = total.rows - total.cancelled
    text = (
        f"Thực hiện {data.plan_title}, tính đến ngày {date_text(data.as_of)}, kế hoạch có "
        f"{number(total.rows)} việc (dòng nhiệm vụ, hoạt động), trong đó {number(total.due_in_period)} việc "
        f"đến hạn trong {data.period_label}. Đã hoàn thành {number(total.done)}/{number(counted)} việc "
        f"({total.completion_text()}), đang thực hiện {number(total.in_progress)}, chưa thực hiện "
        f"{number(total.not_started)}"
        + (f", không thực hiện {number(total.cancelled)}" if total.cancelled else "")
        + f"; {number(total.overdue)} việc quá hạn chưa hoàn thành"
        + (f", {number(total.done_late)} việc hoàn thành trễ hạn" if total.done_late else "")
        + "."
    )
    blocks: list[Block] = [Paragraph(text)]
    if data.targets:
        met = sum(1 for t in data.targets if t.met is True)
        missing = sum(1 for t in data.targets if t.met is None)
        blocks.append(
            Paragraph(
                f"Về chỉ tiêu: {number(met)}/{number(len(data.targets))} chỉ tiêu đạt"
                + (f", {number(missing)} chỉ tiêu chưa có số liệu để đánh giá" if missing else "")
                + "."
            )
        )
    return blocks


def progress_document(data: ProgressReportData) -> Document:
    plan = data.plan
    blocks: list[Block] = [
        Paragraph(data.as_of_note(), italic=True, align="center", first_indent=0),
        Heading("I. TÌNH HÌNH CHUNG", 1),
        *_overall(data),
        Heading("II. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC", 1),
        area_table(data),
    ]
    if data.areas:
        blocks.append(
            BarChart(
                "Số việc hoàn thành theo lĩnh vực (trên số việc phải thực hiện)",
                [
                    (f"{a.code}. {sentence_case(a.title)}", a.done, max(a.rows - a.cancelled, 0))
                    for a in data.areas
                ],
            )
        )
    blocks.append(Heading("III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", 1))
    blocks.append(target_table(data) if data.targets else Paragraph("Kế hoạch chưa khai báo chỉ tiêu."))
    blocks.append(Heading(f"IV. NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG {data.period_label.upper()}", 1))
    blocks.append(done_table(data.done) if data.done else Paragraph("Chưa có nhiệm vụ hoàn thành trong kỳ."))
    blocks.append(Heading("V. NHIỆM VỤ QUÁ HẠN, CHƯA HOÀN THÀNH VÀ LÝ DO", 1))
    blocks.append(
        not_done_table(data.not_done)
        if data.not_done
        else Paragraph("Không có nhiệm vụ đến hạn mà chưa hoàn thành.")
    )
    blocks.append(
        SignatureBlock(
            recipients=[clean(r) for r in plan.recipients if clean(r)] or ["Lưu: VT."],
            authority=clean(plan.signer.authority),
            position=clean(plan.signer.position),
            name=clean(plan.signer.name),
        )
    )
    issuer = [clean(line) for line in plan.issuer_header if clean(line)] or [clean(plan.issuer)]
    return Document(
        letterhead=Letterhead(
            issuer, f"/{report_symbol(plan.symbol)}", clean(plan.place), None, data.as_of.year
        ),
        title=Title([KIND], subtitle=data.title()),
        blocks=blocks,
        orientation="portrait",
        title_text=f"Báo cáo {data.title()}",
        subject=data.as_of_note(),
    )
