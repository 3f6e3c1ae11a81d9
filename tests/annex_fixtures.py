"""Real .xlsx and .docx annex files for the import tests, in the shapes of the seed documents.

A table is described once (``AnnexTable``: title lines, header, body rows, merged ranges) and
written either as an Excel sheet (openpyxl merges) or as a Word table (python-docx merges,
which produce gridSpan and vMerge), so both readers are tested on the same content.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl

from cchc_desktop import paths
from cchc_desktop.domain import AnnexSection
from cchc_desktop.interchange.plan_json import read_plan_file

Merge = tuple[int, int, int, int]  # top, left, bottom, right: 0-based, inclusive, in body rows (-1: header)

COMMUNE_HEADER = [
    "TT",
    "Mục tiêu",
    "Nhiệm vụ",
    "Hoạt động",
    "Kết quả/Sản phẩm",
    "Chủ trì",
    "Phối hợp",
    "Thời gian",
    "Kinh phí",
]
COMMUNE_TITLE = [
    "Phụ lục",
    "CHI TIẾT CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2025 CỦA XÃ CỬA TÙNG",
    "(Ban hành kèm theo Quyết định số: /QĐ-UBND ngày tháng năm 2025 của UBND xã Cửa Tùng)",
]
PROVINCE_HEADER = [
    "TT",
    "1- Mục tiêu/Chỉ tiêu",
    "2- Nhiệm vụ",
    "3- Hoạt động",
    "4- Kết quả, sản phẩm",
    "5- Chủ trì",
    "6- Phối hợp",
    "7- Thời gian hoàn thành",
    "8- Kinh phí",
]
PROVINCE_TITLE = [
    "PHỤ LỤC",
    "KHUNG",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026",
    "(Kèm theo Quyết định số: 3369/QĐ-UBND ngày 31/12/2025 của Chủ tịch UBND tỉnh)",
]


@dataclass
class AnnexTable:
    header: list[str]
    rows: list[list[object]]
    merges: list[Merge] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.header)


# --- writers ----------------------------------------------------------------------------------


def write_xlsx(path: Path, table: AnnexTable, *, notes_sheet_first: bool = True) -> Path:
    """The annex on a sheet "Phụ lục" under its title rows; before it a sheet of notes without a
    table, which the import must pass over."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if notes_sheet_first:
        sheet.title = "Hướng dẫn"
        sheet["A1"] = "Bảng phụ lục ở trang tính bên cạnh."
        sheet = workbook.create_sheet("Phụ lục")
    else:
        sheet.title = "Phụ lục"
    row = 1
    for line in table.title_lines:
        sheet.cell(row, 1, line)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=table.width)
        row += 1
    if table.title_lines:
        row += 1  # an empty row between the title and the table, as in the real files
    for column, text in enumerate(table.header, 1):
        sheet.cell(row, column, text)
    first_body = row + 1
    for r, values in enumerate(table.rows):
        for c, value in enumerate(values):
            if value not in ("", None):
                sheet.cell(first_body + r, c + 1, value)
    for top, left, bottom, right in table.merges:
        sheet.merge_cells(
            start_row=first_body + top,
            start_column=left + 1,
            end_row=first_body + bottom,
            end_column=right + 1,
        )
    workbook.save(path)
    return path


def write_docx(path: Path, table: AnnexTable, *, body_before: bool = True) -> Path:
    """A plan document: national header (a 2-column table), a body paragraph, then the annex
    title paragraphs and the annex table with merged cells."""
    document = docx.Document()
    if body_before:
        header = document.add_table(rows=2, cols=2)
        header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ CỬA TÙNG"
        header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        header.cell(1, 0).text = "Số: /KH-UBND"
        header.cell(1, 1).text = "Cửa Tùng, ngày tháng năm 2025"
        document.add_paragraph("KẾ HOẠCH")
        document.add_paragraph("Cải cách hành chính nhà nước năm 2026")
        document.add_paragraph("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ...")
    for line in table.title_lines:
        document.add_paragraph(line)
    grid = document.add_table(rows=1 + len(table.rows), cols=table.width)
    grid.style = "Table Grid"
    # Table.cell() rescans the whole table on every call: fill the rows through row.cells.
    for c, text in enumerate(table.header):
        grid.rows[0].cells[c].text = text
    for row, values in zip(grid.rows[1:], table.rows):
        cells = row.cells
        for c, value in enumerate(values):
            if value not in ("", None):
                cells[c].text = _docx_text(value)
    for top, left, bottom, right in table.merges:
        grid.cell(top + 1, left).merge(grid.cell(bottom + 1, right))
    document.add_paragraph("")
    document.save(path)
    return path


def _docx_text(value: object) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


# --- (a) the commune annex, from the demo register ------------------------------------------------


def demo_sections() -> list[AnnexSection]:
    return read_plan_file(paths.demo_plan_path()).sections


def _unit_cell(names: list[str], style: int) -> str:
    """The ways offices write several units in one cell."""
    if len(names) <= 1:
        return "".join(names)
    if style % 3 == 0:
        return "\n".join(f"- {n}" for n in names)
    if style % 3 == 1:
        return ", ".join(names)
    return ";\n".join(names)


def commune_table(repeat_header_before: str = "III") -> AnnexTable:
    """The 9-column annex of xã Cửa Tùng, built from the demo register so the import can be
    compared with it: section rows with the title merged across, TT and objective merged over
    an item's rows, a task merged over the rows that continue it (section II item 1: four
    activities under one task), and the header repeated where the table crosses a page."""
    rows: list[list[object]] = []
    merges: list[Merge] = []
    style = 0
    for section in demo_sections():
        if section.code == repeat_header_before:
            rows.append(list(COMMUNE_HEADER))
        rows.append([section.code, section.title] + [""] * 7)
        merges.append((len(rows) - 1, 1, len(rows) - 1, 8))
        for item in section.items:
            first = len(rows)
            task_start = None
            for index, row in enumerate(item.rows):
                style += 1
                cells = [
                    item.number if index == 0 else "",
                    item.objective if index == 0 else "",
                    row.task,
                    row.activity,
                    row.result,
                    _unit_cell(row.lead, style),
                    _unit_cell(row.partners, style + 1),
                    row.due_text,
                    row.budget,
                ]
                rows.append(cells)
                if row.task or index == 0:
                    task_start = len(rows) - 1
                if not row.task and index > 0 and (index == len(item.rows) - 1 or item.rows[index + 1].task):
                    merges.append((task_start, 2, len(rows) - 1, 2))
            if len(item.rows) > 1:
                merges.append((first, 0, len(rows) - 1, 0))
                merges.append((first, 1, len(rows) - 1, 1))
    return AnnexTable(COMMUNE_HEADER, rows, merges, list(COMMUNE_TITLE))


# --- (b) the province's national frame -----------------------------------------------------------

PLAN_2026 = "Văn bản và các dự thảo kèm theo, Quyết định"


def province_table() -> AnnexTable:
    """The "Khung nhiệm vụ" of the Hà Tĩnh 2026 plan: objectives 1.x, tasks 2.x and activities
    3.x numbered inside their cells; an objective merged over several task rows; a task merged
    over two activity rows with the product, units and date merged alongside; TT numbering
    running on from section I into section II; section I announcing "(08 nhiệm vụ)" but holding 3."""
    nv, pb = "Sở Nội vụ", "Các cơ quan chủ trì CCHC của tỉnh, các cơ quan liên quan khác"
    rows: list[list[object]] = [
        ["I", "CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC (08 nhiệm vụ)", "", "", "", "", "", "", ""],
        [
            "1",
            (
                "1.1. 100% các sở, ban, ngành cấp tỉnh, UBND cấp xã ban hành kế hoạch và triển khai "
                "có hiệu quả kế hoạch CCHC năm 2026"
            ),
            "2.1. Ban hành Kế hoạch CCHC năm 2026 của tỉnh",
            (
                "3.1. Các sở, ngành đề xuất mục tiêu/chỉ tiêu 3.2. Sở Nội vụ tổng hợp và hoàn thiện dự thảo "
                "kế hoạch 3.3. Chủ tịch UBND tỉnh ban hành Kế hoạch CCHC năm 2026 của tỉnh"
            ),
            PLAN_2026,
            nv,
            pb,
            "Tháng 12/2025",
            "Theo dự toán được cấp",
        ],
        [
            "",
            "",
            "2.2. Ban hành Kế hoạch CCHC giai đoạn 2026-2030 của tỉnh",
            "3.4. Các sở, ngành đề xuất 3.5. Sở Nội vụ tổng hợp và hoàn thiện dự thảo kế hoạch",
            PLAN_2026,
            nv,
            pb,
            "Quý I năm 2026",
            "Theo dự toán được cấp",
        ],
        [
            "",
            "",
            "",
            "3.6. Chủ tịch UBND tỉnh ban hành Kế hoạch CCHC giai đoạn 2026-2030 của tỉnh",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "",
            "",
            "2.3 Sửa đổi Bộ tiêu chí xác định Chỉ số CCHC của các sở, ban, ngành và UBND cấp xã",
            "3.7. Xây dựng dự thảo văn bản, Quyết định, xin ý kiến, tổ chức Hội thảo, hội nghị…",
            "Công văn, dự thảo Quyết định, hội thảo, hội nghị",
            nv,
            "Các sở, ban ngành cấp tỉnh, UBND cấp xã",
            "Quý IV năm 2026",
            "Theo dự toán được cấp",
        ],
        [
            "2",
            "Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC định kỳ trong năm 2026",
            "2.11. Tổ chức kiểm tra CCHC",
            "3.18 Ban hành Kế hoạch kiểm tra CCHC",
            "Kế hoạch, Công văn, Báo cáo kết quả kiểm tra",
            nv,
            "Các cơ quan chủ trì CCHC của tỉnh, các đơn vị được kiểm tra",
            "Quý III năm 2026",
            "Theo dự toán được cấp",
        ],
        [
            "3",
            "1.3. Phấn đấu ít nhất có 03 sáng kiến (hoặc giải pháp mới) về CCHC áp dụng có hiệu quả",
            "2.12. Giới thiệu các mô hình, sáng kiến CCHC áp dụng và nhân rộng",
            "3.23. Lựa chọn, rà soát các sáng kiến, mô hình hay, hiệu quả về CCHC",
            "- Văn bản giới thiệu, Tóm tắt giới thiệu các mô hình, sáng kiến, Hội nghị…",
            (
                "Sở Nội vụ chủ trì đối với nhân rộng mô hình hay; Sở Khoa học và Công nghệ chủ trì đối với "
                "áp dụng các sáng kiến CCHC"
            ),
            "Các cơ quan, đơn vị, địa phương",
            "Thường xuyên",
            "Theo dự toán được cấp",
        ],
        [
            "",
            "",
            "2.13. Nghiên cứu, đề xuất sáng kiến mới (giải pháp mới) về CCHC",
            "3.24. Viết sáng kiến, đánh giá hiệu quả và áp dụng vào thực tiễn",
            "Các sáng kiến, giải pháp",
            "Các cơ quan chủ trì các lĩnh vực CCHC tỉnh; cơ quan, đơn vị, địa phương",
            "Cơ quan, đơn vị liên quan",
            "Thường xuyên",
            "",
        ],
        ["II", "CẢI CÁCH THỂ CHẾ", "", "", "", "", "", "", ""],
        [
            "4",
            "1.8. 100% nội dung được Trung ương giao quy định chi tiết được ban hành đúng tiến độ",
            "2.16. Ban hành các văn bản QPPL để quy định chi tiết các nội dung được giao",
            "3.27. Rà soát và lập danh mục nội dung Trung ương giao quy định chi tiết",
            "Văn bản, danh mục",
            "Các Sở, ban, ngành cấp tỉnh",
            "Sở Tư pháp",
            "Hàng tháng",
            "",
        ],
        [
            "",
            "",
            "",
            "3.28. Tổng hợp kết quả rà soát của các đơn vị",
            "Danh mục",
            "Sở Tư pháp",
            "Các Sở, ban, ngành cấp tỉnh",
            "Hàng tháng",
            "",
        ],
        [
            "5",
            "1.9. Nâng cao chất lượng xây dựng văn bản QPPL",
            "2.17. Xây dựng các dự thảo văn bản QPPL",
            "3.29. Xây dựng các dự thảo văn bản QPPL",
            "Các văn bản QPPL",
            "Văn phòng UBND tỉnh, UBND cấp xã",
            "Sở Tư pháp",
            "Thường xuyên",
            "",
        ],
    ]
    merges = [
        (0, 1, 0, 8),
        (8, 1, 8, 8),  # section titles across the row
        (1, 0, 4, 0),
        (1, 1, 4, 1),  # TT 1 and objective 1.1 over four task rows
        (2, 2, 3, 2),  # task 2.2 over activities 3.4–3.5 and 3.6
        (2, 4, 3, 4),
        (2, 5, 3, 5),
        (2, 6, 3, 6),
        (2, 7, 3, 7),
        (2, 8, 3, 8),
        (6, 0, 7, 0),
        (6, 1, 7, 1),  # TT 3 and objective 1.3 over two tasks
        (9, 0, 10, 0),
        (9, 1, 10, 1),
        (9, 2, 10, 2),  # TT 4, objective, task over two activities
    ]
    return AnnexTable(list(PROVINCE_HEADER), rows, merges, list(PROVINCE_TITLE))


# --- (c) + (d) a 6-column table with groups -----------------------------------------------------

SIX_HEADER = ["STT", "Nhiệm vụ", "Kết quả, sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]


def six_column_table() -> AnnexTable:
    """STT / "Kết quả, sản phẩm" / "Thời gian"; no objective, activity or budget column; a row of
    column numbers under the header; sections as one merged "I. TITLE" cell; numbers typed as
    numbers and a real date in Excel; a group 2 → 2.1, 2.2 without a lead of its own; an
    orphan 3.1; numbering restarting in section II."""
    rows: list[list[object]] = [
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "", "", "", "", ""],
        [
            1,
            "Ban hành Kế hoạch CCHC năm 2026",
            "Kế hoạch",
            "Phòng VHXH",
            "Các phòng chuyên môn",
            dt.datetime(2026, 1, 31),
        ],
        [2, "Tuyên truyền CCHC", "", "", "", ""],
        ["2.1", "Tuyên truyền trên Trang thông tin điện tử xã", "Tin, bài", "Phòng VHXH", "", "Hàng quý"],
        [
            "2.2",
            "Tuyên truyền qua hệ thống loa truyền thanh",
            "Tin phát thanh",
            "Phòng VHXH",
            "Trung tâm PVHCC",
            "Hàng tháng",
        ],
        ["3.1", "Kiểm tra công tác CCHC", "Kết luận kiểm tra", "Phòng VHXH", "", "Quý III"],
        ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
        [1, "Niêm yết công khai TTHC", "TTHC được công khai", "Trung tâm PVHCC", "", "Thường xuyên"],
    ]
    merges = [(1, 0, 1, 5), (7, 0, 7, 5)]
    return AnnexTable(list(SIX_HEADER), rows, merges, ["PHỤ LỤC", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"])


# --- error files -------------------------------------------------------------------------------------


def write_docx_without_table(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH cải cách hành chính năm 2026")
    document.add_paragraph("Phụ lục sẽ gửi sau.")
    document.save(path)
    return path


# --- hostile files -----------------------------------------------------------------------------------

_XLSX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}


def write_empty_cells_xlsx(path: Path, rows: int, columns: int) -> Path:
    """A workbook whose one sheet holds ``rows`` × ``columns`` empty ``<c r="..."/>`` cells under a
    real annex header: small on disk, within every size, ratio and row bound, and one Python object
    per cell for openpyxl. Written streaming, so a large one costs no memory."""
    import zipfile

    from openpyxl.utils.cell import get_column_letter

    letters = [get_column_letter(c) for c in range(1, columns + 1)]
    header = "".join(
        f'<c r="{get_column_letter(c)}1" t="inlineStr"><is><t>{text}</t></is></c>'
        for c, text in enumerate(COMMUNE_HEADER, 1)
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in _XLSX_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
                b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            sheet.write(f'<row r="1">{header}</row>'.encode())
            for r in range(2, rows + 2):
                sheet.write(
                    f'<row r="{r}">{"".join(f"<c r={chr(34)}{c}{r}{chr(34)}/>" for c in letters)}'
                    "</row>".encode()
                )
            sheet.write(b"</sheetData></worksheet>")
    return path


def write_empty_cells_docx(path: Path, rows: int, columns: int) -> Path:
    """A Word document whose one table holds ``rows`` × ``columns`` empty cells under a real
    annex header (python-docx makes a node for each, our reader a Python list entry)."""
    import zipfile

    source = write_docx(path.with_suffix(".small.docx"), AnnexTable(COMMUNE_HEADER, []), body_before=False)
    empty_row = "<w:tr>" + "<w:tc><w:p/></w:tc>" * columns + "</w:tr>"
    with (
        zipfile.ZipFile(source) as old,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new,
    ):
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename != "word/document.xml":
                new.writestr(item.filename, data)
                continue
            head, tail = data.decode("utf-8").rsplit("</w:tbl>", 1)
            with new.open(item.filename, "w", force_zip64=True) as body:
                body.write(head.encode())
                for _ in range(rows):
                    body.write(empty_row.encode())
                body.write(("</w:tbl>" + tail).encode())
    source.unlink()
    return path
