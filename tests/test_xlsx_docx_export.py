"""The annex as Excel and the plan as Word: real files written, read back with openpyxl and
python-docx, and read back again through the annex importer (the round trip a colleague's copy
makes when it comes back)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_desktop import paths
from cchc_desktop.domain import (
    AnnexItem,
    AnnexRow,
    AnnexSection,
    BodySection,
    Period,
    PlanDocument,
    PlanInfo,
    Signer,
)
from cchc_desktop.errors import CancelledError, InvalidInputError, OutputError
from cchc_desktop.exporters.annex_columns import (
    annex_heading,
    columns_for,
    filter_sections,
    text_lines,
    unit_cell_text,
)
from cchc_desktop.exporters.docx_plan import place_and_date, write_annex_docx, write_plan_docx
from cchc_desktop.exporters.xlsx_annex import write_annex_xlsx
from cchc_desktop.importers.annex import analyse, load_tables
from cchc_desktop.interchange.plan_json import read_plan_file

LONG = (
    "Rà soát, đánh giá thủ tục hành chính, quy định hành chính; đề xuất phương án đơn giản hóa, "
    "sáng kiến cải cách thủ tục hành chính trình cấp có thẩm quyền phê duyệt. "
) * 12
LONG = LONG.strip()


def demo() -> PlanDocument:
    return read_plan_file(paths.demo_plan_path())


def generated() -> PlanDocument:
    """Groups (1 → 1.1, 1.2), items with several rows and a task continued over two of them, long
    texts, units with commas, and two columns (Hoạt động, Kinh phí) empty in the whole annex."""

    def row(task="", result="Báo cáo", lead=("Phòng VHXH",), partners=(), due="Quý III/2026"):
        return AnnexRow(task=task, result=result, lead=list(lead), partners=list(partners), due_text=due)

    group = AnnexItem(
        "1",
        "Nhóm nhiệm vụ về thể chế",
        children=[
            AnnexItem(
                "1.1",
                "Mục tiêu con thứ nhất",
                rows=[
                    row("Xây dựng kế hoạch", lead=("Phòng Văn hóa – Xã hội", "Văn phòng HĐND&UBND")),
                    row("", result="Kế hoạch được ban hành", partners=("Các sở, ban ngành cấp tỉnh",)),
                ],
            ),
            AnnexItem("1.2", LONG, rows=[row(LONG, result=LONG, partners=("Cơ quan, đơn vị liên quan",))]),
        ],
    )
    several = AnnexItem(
        "2",
        'Tỷ lệ hồ sơ đúng hạn đạt trên 99% <&> "đúng"',
        rows=[
            row("Nhiệm vụ A", due="Trước ngày 31/7/2026"),
            row("", due="Quý IV"),
            row("Nhiệm vụ B", due="Thường xuyên"),
        ],
    )
    plain = AnnexItem("1", "", rows=[row("=SUM(A1:A2)", lead=("UBND xã", "Công an xã", "Trung tâm PVHCC"))])
    info = PlanInfo(
        title="Kế hoạch cải cách hành chính năm 2026 của xã Cửa Tùng",
        period=Period("year", year=2026),
        issuer="Ủy ban nhân dân xã Cửa Tùng",
        issuer_header=["ỦY BAN NHÂN DÂN", "XÃ CỬA TÙNG"],
        number="12",
        symbol="KH-UBND",
        issued_date=dt.date(2026, 1, 5),
        place="Cửa Tùng",
        signer=Signer("Võ Đức Diện", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"),
        recipients=["Sở Nội vụ;", "Lưu: VT."],
        body=[BodySection("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích\n- Nâng cao chất lượng phục vụ.")],
    )
    return PlanDocument(
        plan=info,
        sections=[
            AnnexSection("I", "CẢI CÁCH THỂ CHẾ", [group, several]),
            AnnexSection("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [plain]),
        ],
    )


def read_back(path: Path):
    return analyse(load_tables(path))


def assert_same_annex(preview, doc: PlanDocument) -> None:
    """Sections (code, title), items (number, objective, nesting) and rows (every field): the
    domain dataclasses compare exactly these, ids and uuids aside."""
    assert [(s.code, s.title) for s in preview.sections] == [(s.code, s.title) for s in doc.sections]
    for got, want in zip(preview.sections, doc.sections):
        assert got.items == want.items


# --- round trips -----------------------------------------------------------------------------------


@pytest.mark.parametrize("make", [demo, generated], ids=["demo", "generated"])
@pytest.mark.parametrize("kind", ["xlsx", "plan.docx", "annex.docx"])
def test_round_trip_through_the_importer(tmp_path, make, kind):
    doc = make()
    target = tmp_path / f"out.{kind}"
    {"xlsx": write_annex_xlsx, "plan.docx": write_plan_docx, "annex.docx": write_annex_docx}[kind](
        doc, target
    )
    preview = read_back(target)
    assert_same_annex(preview, doc)
    heading = annex_heading(doc.plan)
    assert (preview.annex_title, preview.annex_note) == (heading.title, heading.note)
    assert preview.warnings == [] and preview.unknown_columns == []  # nothing for the user to check


def test_empty_columns_are_dropped_and_titles_are_the_real_ones(tmp_path):
    target = tmp_path / "out.xlsx"
    write_annex_xlsx(generated(), target)
    preview = read_back(target)
    assert list(preview.mapping.headers) == [
        "TT",
        "Mục tiêu",
        "Nhiệm vụ",
        "Kết quả/Sản phẩm",
        "Chủ trì",
        "Phối hợp",
        "Thời gian",
    ]
    assert [c.title for c in columns_for(demo().sections)][-1] == "Kinh phí"


def test_never_fewer_than_six_columns():
    only_tasks = [AnnexSection("I", "X", [AnnexItem("1", rows=[AnnexRow(task="Nhiệm vụ")])])]
    assert [c.field for c in columns_for(only_tasks)] == [
        "number",
        "task",
        "result",
        "lead",
        "partners",
        "due_text",
    ]


_WORDS = [
    "cải",
    "cách",
    "hành",
    "chính",
    "Đoàn",
    "kiểm",
    "tra",
    "hồ",
    "sơ",
    "đúng",
    "hạn",
    "99%",
    "&",
    "<b>",
    '"x"',
    "Quý",
    "IV/2026",
    "xã",
    "ư",
    "Ưu",
    "tiên",
]
_text = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)
_units = st.lists(
    st.sampled_from(
        ["Phòng VHXH", "UBND xã", "Các sở, ban ngành cấp tỉnh", "Công an xã", "Văn phòng HĐND&UBND"]
    ),
    max_size=3,
    unique=True,
)


@st.composite
def _rows(draw) -> list[AnnexRow]:
    rows = []
    for index in range(draw(st.integers(1, 3))):
        task = draw(_text) if index == 0 or draw(st.booleans()) else ""
        rows.append(
            AnnexRow(
                task=task,
                activity=draw(st.sampled_from(["", "Tổ chức hội nghị"])),
                result=draw(_text),
                lead=draw(_units),
                partners=draw(_units),
                due_text=draw(st.sampled_from(["", "Quý III", "Thường xuyên"])),
                budget=draw(st.sampled_from(["", "Ngân sách xã"])),
            )
        )
    return rows


@st.composite
def _plans(draw) -> PlanDocument:
    sections = []
    for s in range(draw(st.integers(1, 3))):
        items = []
        for n in range(1, draw(st.integers(1, 4)) + 1):
            objective = draw(st.sampled_from(["", "Mục tiêu chung"]))
            if draw(st.booleans()):
                children = [AnnexItem(f"{n}.{k}", draw(_text), rows=draw(_rows())) for k in range(1, 3)]
                items.append(AnnexItem(str(n), draw(_text), children=children))
            else:
                items.append(AnnexItem(str(n), objective, rows=draw(_rows())))
        sections.append(AnnexSection(["I", "II", "III"][s], f"LĨNH VỰC SỐ {s + 1}", items))
    return PlanDocument(
        plan=PlanInfo(title="Kế hoạch thử", period=Period("year", year=2026)), sections=sections
    )


@settings(derandomize=True, max_examples=12, deadline=None, database=None)
@given(doc=_plans())
def test_any_annex_round_trips_through_excel_and_word(tmp_path_factory, doc):
    folder = tmp_path_factory.mktemp("prop")
    write_annex_xlsx(doc, folder / "a.xlsx")
    write_annex_docx(doc, folder / "a.docx")
    assert_same_annex(read_back(folder / "a.xlsx"), doc)
    assert_same_annex(read_back(folder / "a.docx"), doc)


# --- the workbook ------------------------------------------------------------------------------------


def test_workbook_print_set_up_panes_merges_and_fonts(tmp_path):
    target = tmp_path / "out.xlsx"
    write_annex_xlsx(generated(), target)
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet.title == "Phụ lục"
    setup = sheet.page_setup
    assert (setup.orientation, int(setup.paperSize), int(setup.fitToWidth), int(setup.fitToHeight)) == (
        "landscape",
        9,
        1,
        0,
    )
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert round(sheet.page_margins.left * 25.4) == 30 and round(sheet.page_margins.right * 25.4) == 15
    assert sheet.print_title_rows.replace("$", "") == "5:6"  # the header and the column-number row
    assert sheet["A5"].value == "TT" and sheet["A6"].value == "(1)"
    assert sheet.freeze_panes == "A7"
    assert (
        sheet["A1"].value == "PHỤ LỤC" and sheet["A1"].font.b and sheet["A1"].alignment.horizontal == "center"
    )
    assert (
        sheet["A3"].value.startswith("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2026")
        and sheet["A3"].font.i
    )
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:G1", "A2:G2", "A3:G3", "B7:G7", "B15:G15"} <= merged  # title rows, sections across
    assert sheet["A7"].value == "I" and sheet["B7"].font.b and sheet["B7"].fill.fgColor.rgb.endswith("EDEDED")
    assert {"A9:A10", "B9:B10", "C9:C10"} <= merged  # item 1.1: TT, objective and its task over 2 rows
    assert {"A12:A14", "B12:B14", "C12:C13"} <= merged  # item 2: task A continued, task B on its own
    assert "C14" not in {r.split(":")[0] for r in merged}
    for row in range(1, sheet.max_row + 1):
        assert sheet.row_dimensions[row].height, f"row {row} has no height"
        assert sheet.row_dimensions[row].customHeight
    for cell in (sheet["A5"], sheet["C11"], sheet["B12"]):
        assert (cell.font.name, cell.font.sz) == ("Times New Roman", 12)
        assert cell.alignment.wrap_text and cell.border.left.style == "thin"
    assert sheet["C11"].value == LONG
    assert sheet.row_dimensions[11].height == 409  # 1,900 characters: Excel's tallest row
    assert sheet.row_dimensions[9].height > sheet.row_dimensions[10].height > sheet.row_dimensions[13].height
    assert sheet["C16"].value == "=SUM(A1:A2)" and sheet["C16"].data_type == "s"  # text, not a formula
    assert sheet["E16"].value == "- UBND xã\n- Công an xã\n- Trung tâm PVHCC"
    assert sheet["A8"].value == 1  # a whole number, not "number as text"
    assert sheet["A9"].value == "1.1"


def test_workbook_normal_style_is_times_new_roman(tmp_path):
    target = tmp_path / "out.xlsx"
    write_annex_xlsx(demo(), target)
    styles = zipfile.ZipFile(target).read("xl/styles.xml").decode()
    first_font = re.search(r"<fonts[^>]*>\s*<font>(.*?)</font>", styles, re.DOTALL).group(1)
    cell_style_xf = re.search(r"<cellStyleXfs[^>]*>\s*<xf [^>]*fontId=\"(\d+)\"", styles).group(1)
    fonts = re.findall(r"<font>(.*?)</font>", styles, re.DOTALL)
    assert "Times New Roman" in fonts[int(cell_style_xf)], (first_font, cell_style_xf)


def _merged_rows(sheet) -> list[tuple[int, int]]:
    return [(r.min_row, r.max_row) for r in sheet.merged_cells.ranges if r.max_row > r.min_row]


def test_pages_break_between_items_never_inside_merged_cells(tmp_path):
    doc = generated()
    for copy in range(40):  # ~60 pages of items of one to three rows
        doc.sections[0].items.append(dataclasses.replace(doc.sections[0].items[1], number=str(copy + 3)))
    target = tmp_path / "out.xlsx"
    write_annex_xlsx(doc, target)
    sheet = openpyxl.load_workbook(target).active
    breaks = [b.id for b in sheet.row_breaks.brk]
    assert len(breaks) > 3
    for top, bottom in _merged_rows(sheet):
        assert not any(top <= row < bottom for row in breaks), (top, bottom)
    # Each page's rows, with the repeated header, fit in the page height (170 mm of A4 landscape).
    usable = (210 - 40) / 25.4 * 72
    repeated = sheet.row_dimensions[5].height + sheet.row_dimensions[6].height
    starts = [1] + [b + 1 for b in breaks]
    ends = [b for b in breaks] + [sheet.max_row]
    for first, last in zip(starts, ends):
        height = sum(sheet.row_dimensions[r].height for r in range(first, last + 1))
        assert height + (repeated if first > 1 else 0) <= usable


def test_row_heights_grow_with_the_text():
    assert text_lines("", 100) == 1
    assert text_lines("ngắn", 100) == 1
    assert text_lines(LONG, 100) > text_lines(LONG, 200) > text_lines(LONG, 400) > 5
    assert text_lines("a\nb\nc", 500) == 3


# --- filtered tables, progress, cancel, failures -----------------------------------------------------


def _with_uuids(doc: PlanDocument) -> PlanDocument:
    for number, (_, _, row) in enumerate(doc.all_rows()):
        row.uuid = f"row-{number}"
    return doc


def test_filtered_table_keeps_the_chosen_rows_with_a_heading(tmp_path):
    doc = _with_uuids(generated())
    # row-1: the continuation of "Xây dựng kế hoạch" (item 1.1) without its first row; row-6: item 1 of II
    target = tmp_path / "filtered.xlsx"
    write_annex_xlsx(doc, target, rows={"row-1", "row-6"}, heading="Nhiệm vụ chưa hoàn thành")
    preview = read_back(target)
    assert [(s.code, [i.number for i in s.all_items()]) for s in preview.sections] == [
        ("I", ["1", "1.1"]),
        ("II", ["1"]),
    ]
    kept = preview.sections[0].items[0].children[0].rows
    assert [r.task for r in kept] == ["Xây dựng kế hoạch"]  # the continued task is shown, not lost
    assert kept[0].partners == ["Các sở, ban ngành cấp tỉnh"]
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A4"].value == "Nhiệm vụ chưa hoàn thành"
    assert doc.sections[0].items[0].children[0].rows[1].task == ""  # the plan itself is untouched


def test_filter_by_id_and_empty_selection():
    doc = generated()
    for number, (_, _, row) in enumerate(doc.all_rows()):
        row.id = number + 100
    kept = filter_sections(doc.sections, {105})
    assert [(s.code, [i.number for i in s.all_items()]) for s in kept] == [("I", ["2"])]
    with pytest.raises(InvalidInputError) as raised:
        write_annex_xlsx(doc, "/nonexistent/never.xlsx", rows=[])
    assert raised.value.code == "export.empty_selection"


def test_progress_reaches_the_total_and_cancel_leaves_the_old_file(tmp_path):
    doc = generated()
    seen: list[tuple[int, int]] = []
    target = tmp_path / "out.xlsx"
    write_annex_xlsx(doc, target, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == 10 and all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    before = target.read_bytes()
    for writer in (write_annex_xlsx, write_annex_docx, write_plan_docx):
        with pytest.raises(CancelledError):
            writer(doc, target, cancelled=lambda: True)
        assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]  # no temporary file left behind


def test_unwritable_target_is_an_output_error(tmp_path):
    with pytest.raises(OutputError):
        write_annex_xlsx(generated(), tmp_path)  # a folder, not a file
    with pytest.raises(OutputError):
        write_plan_docx(generated(), tmp_path / "missing-folder" / "plan.docx")


# --- the Word document -----------------------------------------------------------------------------------


def _tbl_header_rows(table) -> list[bool]:
    return [
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows
    ]


def test_word_plan_format_sections_fonts_and_repeated_header(tmp_path):
    target = tmp_path / "plan.docx"
    write_plan_docx(generated(), target)
    document = docx.Document(target)
    first, annex = document.sections
    assert (first.orientation, round(first.page_width.mm), round(first.page_height.mm)) == (0, 210, 297)
    assert (annex.orientation, round(annex.page_width.mm), round(annex.page_height.mm)) == (1, 297, 210)
    for section in (first, annex):
        assert [
            round(m.mm)
            for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
        ] == [20, 20, 30, 15]
    assert first.different_first_page_header_footer and not annex.different_first_page_header_footer
    assert "PAGE" in first.header._element.xml and not first.first_page_header.paragraphs[0].text
    normal = document.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Times New Roman", Pt(14))
    fonts = document.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert fonts.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "Times New Roman"
    assert document.styles["Annex Cell"].font.size == Pt(12)

    header, closing, table = document.tables
    texts = [p.text for cell in header._cells for p in cell.paragraphs]
    assert {
        "ỦY BAN NHÂN DÂN",
        "XÃ CỬA TÙNG",
        "Số: 12/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Cửa Tùng, ngày 05 tháng 01 năm 2026",
    } <= set(texts)
    assert header._tbl.tblPr.find(qn("w:tblBorders")) is None  # borderless
    body = [p.text for p in document.paragraphs]
    assert "KẾ HOẠCH" in body and "Cải cách hành chính năm 2026 của xã Cửa Tùng" in body
    assert "PHỤ LỤC" in body and "1. Mục đích" in body
    assert "Võ Đức Diện" in [p.text for p in closing.cell(0, 1).paragraphs]
    assert closing.cell(0, 0).paragraphs[0].text == "Nơi nhận:"

    assert _tbl_header_rows(table)[:3] == [True, True, False]  # header and number rows repeat
    assert [c.text for c in table.rows[0].cells][:3] == ["TT", "Mục tiêu", "Nhiệm vụ"]
    xml = table._tbl.xml
    assert 'w:gridSpan w:val="6"' in xml and xml.count('w:vMerge w:val="restart"') >= 3
    widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(widths) == 7 and abs(sum(widths) - Mm(252).twips) <= 1
    assert table.rows[2].cells[0].paragraphs[0].style.name == "Annex Cell"


def test_date_line_follows_the_decree():
    info = PlanInfo(title="", period=Period("year", year=2026), place="Cửa Tùng")
    assert (
        place_and_date(dataclasses.replace(info, issued_date=dt.date(2026, 3, 9)))
        == "Cửa Tùng, ngày 09 tháng 3 năm 2026"
    )
    assert (
        place_and_date(dataclasses.replace(info, issued_date=dt.date(2026, 2, 15)))
        == "Cửa Tùng, ngày 15 tháng 02 năm 2026"
    )
    assert place_and_date(info).startswith("Cửa Tùng, ngày") and place_and_date(info).endswith("năm 2026")


def test_units_one_per_line():
    assert unit_cell_text([]) == "" and unit_cell_text(["Phòng VHXH"]) == "Phòng VHXH"
    assert unit_cell_text(["Phòng VHXH", "Các sở, ban ngành"]) == "- Phòng VHXH\n- Các sở, ban ngành"


def test_a_first_page_never_holds_the_header_alone(tmp_path):
    tall = " ".join(["Nội dung dài của mục tiêu cần nhiều dòng để in."] * 40)
    item = AnnexItem("1", tall, rows=[AnnexRow(task=f"Nhiệm vụ {n}", lead=["Phòng VHXH"]) for n in range(3)])
    doc = PlanDocument(
        plan=PlanInfo(title="Kế hoạch thử", period=Period("year", year=2026)),
        sections=[AnnexSection("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", [item])],
    )
    target = tmp_path / "tall.xlsx"
    write_annex_xlsx(doc, target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet["B8"].value == tall
    assert all(b.id >= 8 for b in sheet.row_breaks.brk)  # the section row and the item start on page 1
