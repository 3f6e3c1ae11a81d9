"""The progress report as an Excel workbook: a summary sheet (per reform area, the targets), the
tasks done in the period, the tasks not done with their reasons. Each sheet set up for printing
(landscape A4, fitted to the width, header row repeated, frozen under it), text wrapped, row
heights written (LibreOffice does not fit them), Times New Roman as in the documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import CancelledError
from ..fileio import write_with_atomic
from ..text import nfc
from .annex_columns import text_lines
from .progress_data import AreaLine, ProgressReportData, TaskLine
from .xlsx_annex import FONT_NAME, FONT_SIZE, row_height

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# Column widths in characters of the Normal font; about 7 points a character for wrapping.
CHAR_PT = 6.2

_AREA_COLUMNS = [
    ("TT", 6),
    ("Lĩnh vực", 48),
    ("Số việc", 10),
    ("Đến hạn trong kỳ", 12),
    ("Hoàn thành", 12),
    ("Đang thực hiện", 12),
    ("Chưa thực hiện", 12),
    ("Quá hạn", 10),
    ("Tỷ lệ hoàn thành (%)", 13),
]
_TARGET_COLUMNS = [("TT", 6), ("Chỉ tiêu", 60), ("Mục tiêu", 14), ("Đạt được", 14), ("Đánh giá", 16)]
_DONE_COLUMNS = [
    ("TT", 6),
    ("Mã", 9),
    ("Nhiệm vụ, hoạt động", 60),
    ("Chủ trì", 22),
    ("Ngày hoàn thành", 14),
    ("Kết quả, sản phẩm", 40),
]
_OPEN_COLUMNS = [
    ("TT", 6),
    ("Mã", 9),
    ("Nhiệm vụ, hoạt động", 56),
    ("Chủ trì", 22),
    ("Thời hạn", 16),
    ("Tình trạng", 18),
    ("Lý do, giải pháp", 40),
]


class _Sheet:
    """One sheet written top-down with its styles, wrapped text and row heights."""

    def __init__(self, sheet: Any, styles: dict[str, Any], widths: Sequence[float]):
        self.sheet, self.styles, self.row = sheet, styles, 0
        from openpyxl.utils import get_column_letter

        for index, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        self.widths = list(widths)

    def line(self, values: Sequence[Any], style: str, merge: bool = False) -> None:
        self.row += 1
        lines = 1
        for column, value in enumerate(values, 1):
            cell = self.sheet.cell(
                row=self.row, column=column, value=nfc(value) if isinstance(value, str) else value
            )
            for name, attribute in self.styles[style].items():
                setattr(cell, name, attribute)
            if isinstance(value, str) and value:
                width = sum(self.widths) if merge else self.widths[column - 1]
                lines = max(
                    lines, text_lines(nfc(value), width * CHAR_PT, style in ("header", "total", "title"))
                )
        if merge:
            self.sheet.merge_cells(
                start_row=self.row, start_column=1, end_row=self.row, end_column=len(self.widths)
            )
        self.sheet.row_dimensions[self.row].height = row_height(lines)

    def header(self, titles: Sequence[str]) -> None:
        self.line(titles, "header")
        self.sheet.print_title_rows = f"{self.row}:{self.row}"
        self.sheet.freeze_panes = f"A{self.row + 1}"


def _styles() -> dict[str, dict[str, Any]]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def font(**kw: Any) -> Font:
        return Font(name=FONT_NAME, size=FONT_SIZE, **kw)

    def align(horizontal: str = "left") -> Alignment:
        return Alignment(horizontal=horizontal, vertical="center", wrap_text=True)

    return {
        "title": {"font": Font(name=FONT_NAME, size=13, bold=True), "alignment": align("center")},
        "note": {"font": font(italic=True), "alignment": align("center")},
        "header": {
            "font": font(bold=True),
            "alignment": align("center"),
            "border": box,
            "fill": PatternFill("solid", fgColor="D9D9D9"),
        },
        "body": {"font": font(), "alignment": align(), "border": box},
        "total": {
            "font": font(bold=True),
            "alignment": align(),
            "border": box,
            "fill": PatternFill("solid", fgColor="EDEDED"),
        },
    }


def _set_up(sheet: Any) -> None:
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "&P/&N"


def _area_values(area: AreaLine, index: str) -> list[Any]:
    percent = float(area.completion) if area.completion is not None else None
    return [
        index,
        area.title,
        area.rows,
        area.due_in_period,
        area.done,
        area.in_progress,
        area.not_started,
        area.overdue,
        percent,
    ]


def _summary(sheet: _Sheet, data: ProgressReportData) -> None:
    sheet.line([f"BÁO CÁO {data.title().upper()}"], "title", merge=True)
    sheet.line([data.as_of_note()], "note", merge=True)
    sheet.line([], "note")
    sheet.header([t for t, _w in _AREA_COLUMNS])
    for area in data.areas:
        sheet.line(_area_values(area, area.code), "body")
    total = _area_values(data.total, "")
    total[1] = "Tổng cộng"
    sheet.line(total, "total")
    if data.targets:
        sheet.line([], "note")
        sheet.line(["CHỈ TIÊU"], "title", merge=True)
        sheet.line([t for t, _w in _TARGET_COLUMNS], "header")
        for index, target in enumerate(data.targets, 1):
            sheet.line([index, target.text, target.target, target.reached, target.verdict()], "body")


def _tasks(
    sheet: _Sheet,
    title: str,
    columns: Sequence[tuple[str, float]],
    lines: list[TaskLine],
    done: bool,
    tick: Callable[[], None],
) -> None:
    sheet.line([title], "title", merge=True)
    sheet.header([t for t, _w in columns])
    for index, line in enumerate(lines, 1):
        if done:
            sheet.line([index, line.code, line.task, line.lead, line.done_text(), line.note], "body")
        else:
            sheet.line(
                [index, line.code, line.task, line.lead, line.due, line.status, line.reason or line.note],
                "body",
            )
        if index % 200 == 0:
            tick()


def write_progress_xlsx(
    data: ProgressReportData,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    from openpyxl import Workbook

    total = len(data.done) + len(data.not_done) + 1
    done_count = [0]

    def tick() -> None:
        if cancelled is not None and cancelled():
            raise CancelledError("cancelled")
        done_count[0] += 200
        if progress is not None:
            progress(min(done_count[0], total), total)

    book = Workbook()
    book.properties.creator = "CCHC Desktop"
    book.properties.title = nfc(data.title())[:255]
    styles = _styles()
    summary = book.active
    summary.title = "Tổng hợp"
    _summary(_Sheet(summary, styles, [w for _t, w in _AREA_COLUMNS]), data)
    tick()
    finished = book.create_sheet("Đã hoàn thành")
    _tasks(
        _Sheet(finished, styles, [w for _t, w in _DONE_COLUMNS]),
        f"NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG {data.period_label.upper()}",
        _DONE_COLUMNS,
        data.done,
        True,
        tick,
    )
    pending = book.create_sheet("Chưa hoàn thành")
    _tasks(
        _Sheet(pending, styles, [w for _t, w in _OPEN_COLUMNS]),
        "NHIỆM VỤ QUÁ HẠN, CHƯA HOÀN THÀNH VÀ LÝ DO",
        _OPEN_COLUMNS,
        data.not_done,
        False,
        tick,
    )
    for sheet in (summary, finished, pending):
        _set_up(sheet)
    for cell in summary["I"][4:]:
        cell.number_format = "0.0"
    if cancelled is not None and cancelled():
        raise CancelledError("cancelled")

    def save(stream: BinaryIO) -> None:
        book.save(stream)

    write_with_atomic(path, save)
    if progress is not None:
        progress(total, total)
