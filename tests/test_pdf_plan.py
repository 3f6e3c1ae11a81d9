"""The plan and annex documents of the real demo plan (xã Cửa Tùng), written and read back."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from test_pdf_support import (
    body_text,
    column_text,
    fonts_of,
    geometry_of,
    is_landscape,
    is_portrait,
    page_number_at_top,
    placed_pages,
    placed_text,
    reader,
    squash,
)

from cchc_desktop import paths
from cchc_desktop.exporters.pdf import (
    Heading,
    Paragraph,
    annex_document,
    plan_document,
    render_pdf,
)
from cchc_desktop.exporters.pdf.annex import annex_table, select_rows
from cchc_desktop.exporters.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from cchc_desktop.exporters.pdf.letterhead import date_line, reference_line
from cchc_desktop.exporters.pdf.pages import LANDSCAPE
from cchc_desktop.exporters.pdf.plan import body_blocks, summary
from cchc_desktop.exporters.pdf.table_layout import TableLayout
from cchc_desktop.exporters.pdf.textflow import measure
from cchc_desktop.interchange.plan_json import read_plan_file

_STYLES = {
    "LiberationSerif": REGULAR,
    "LiberationSerif-Bold": BOLD,
    "LiberationSerif-Italic": ITALIC,
    "LiberationSerif-BoldItalic": BOLD_ITALIC,
}
ANNEX_HEADERS = [
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


@pytest.fixture(scope="module")
def demo():
    return read_plan_file(paths.demo_plan_path())


@pytest.fixture(scope="module")
def plan_pdf(demo):
    data = render_pdf(plan_document(demo))
    return reader(data)


def annex_pages(pdf):
    return [page for page in pdf.pages if is_landscape(page)]


def test_the_whole_plan_reads_back_with_its_diacritics(plan_pdf, demo):
    text = body_text(plan_pdf)
    plan = demo.plan
    for phrase in [
        "ỦY BAN NHÂN DÂN",
        "XÃ CỬA TÙNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Cửa Tùng, ngày … tháng … năm …",
        "KẾ HOẠCH",
        "Cải cách hành chính nhà nước 06 tháng cuối năm 2025 của xã Cửa Tùng",
        "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Võ Đức Diện",
        "PHỤ LỤC",
        plan.annex_title,
        plan.annex_note,
    ]:
        assert squash(phrase) in text, phrase
    assert "Số:" in text and "/KH-UBND" in text
    for section in plan.body:
        if section.heading:
            assert squash(section.heading) in text
        for line in section.text.split("\n"):
            assert squash(line) in text, line
    for recipient in plan.recipients:
        assert squash(f"- {recipient}") in text


def test_every_annex_cell_reads_back_in_its_column(plan_pdf, demo):
    table = annex_table(demo.sections)
    layout = TableLayout(table, LANDSCAPE.x0, LANDSCAPE.content_width)
    skip = frozenset(ANNEX_HEADERS) | {f"({n})" for n in range(1, 10)}
    pages = placed_pages(annex_pages(plan_pdf))
    columns = [column_text(pages, layout.edges[c] + 1, layout.edges[c + 1], skip) for c in range(9)]
    fields = ["number", "objective", "task", "activity", "result", "lead", "partners", "due_text", "budget"]
    column = dict(zip(fields, columns))
    for section in demo.sections:
        assert section.code in column["number"].split()
        assert squash(section.title) in column["objective"]  # a section title spans from column 2
        for item in section.items:
            assert squash(item.objective) in column["objective"]
            for row in item.rows:
                for name in ("task", "activity", "result", "due_text", "budget"):
                    assert squash(getattr(row, name)) in column[name], getattr(row, name)
                for unit in row.lead:
                    assert squash(unit) in column["lead"]
                for unit in row.partners:
                    assert squash(unit) in column["partners"]


def test_every_font_is_embedded_liberation_serif(plan_pdf):
    fonts = fonts_of(plan_pdf)
    assert fonts and all(fonts.values())
    assert {name.split("+")[-1] for name in fonts} <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }


def test_body_on_portrait_pages_annex_on_landscape_pages(plan_pdf):
    kinds = ["P" if is_portrait(p) else "L" if is_landscape(p) else "?" for p in plan_pdf.pages]
    first_landscape = kinds.index("L")
    assert first_landscape >= 2
    assert set(kinds[:first_landscape]) == {"P"} and set(kinds[first_landscape:]) == {"L"}
    annex_first = " ".join(i.text for i in placed_text(plan_pdf.pages[first_landscape]))
    assert annex_first.split()[1:3] == ["PHỤ", "LỤC"]  # after the page number


def test_page_numbers_centred_at_the_top_from_page_two(plan_pdf):
    assert page_number_at_top(plan_pdf.pages[0]) is None
    for number, page in enumerate(plan_pdf.pages[1:], start=2):
        assert page_number_at_top(page) == str(number)


def test_annex_header_row_on_every_annex_page(plan_pdf):
    pages = annex_pages(plan_pdf)
    assert len(pages) >= 3
    for page in pages:
        texts = {i.text for i in placed_text(page)}
        assert set(ANNEX_HEADERS) <= texts
        assert {"(1)", "(9)"} <= texts


def test_nothing_outside_the_margins(plan_pdf):
    for number, page in enumerate(plan_pdf.pages, start=1):
        geometry = geometry_of(page)
        for item in placed_text(page):
            if item.y > geometry.y_top:  # the top margin holds the page number only
                assert number > 1 and item.text == str(number)
                continue
            width = measure(_STYLES[item.font]).text(item.text, item.size)
            assert geometry.x0 - 0.01 <= item.x and item.x + width <= geometry.x1 + 0.01, item.text
            assert geometry.y_bottom <= item.y, item.text


def test_metadata(plan_pdf, demo):
    assert plan_pdf.metadata.title == demo.plan.title
    assert plan_pdf.metadata.author == "CCHC Desktop"
    assert plan_pdf.trailer["/Root"]["/Lang"] == "vi"


def test_letterhead_columns_and_number_line(plan_pdf):
    items = {i.text: i for i in placed_text(plan_pdf.pages[0])}
    middle = plan_pdf.pages[0].mediabox.width / 2
    assert items["ỦY BAN NHÂN DÂN"].x < middle < items["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"].x + 150
    assert items["XÃ CỬA TÙNG"].font == "LiberationSerif-Bold"
    assert items["ỦY BAN NHÂN DÂN"].font == "LiberationSerif"
    number = next(i for i in items.values() if i.text.startswith("Số:"))
    date = items["Cửa Tùng, ngày … tháng … năm …"]
    assert date.font == "LiberationSerif-Italic" and abs(number.y - date.y) < 0.01
    assert items["KẾ HOẠCH"].y < date.y


def test_date_and_number_lines():
    assert date_line("Cửa Tùng", dt.date(2026, 1, 5)) == "Cửa Tùng, ngày 05 tháng 01 năm 2026"
    assert date_line("Cửa Tùng", dt.date(2026, 3, 15)) == "Cửa Tùng, ngày 15 tháng 3 năm 2026"
    assert date_line("Cửa Tùng", None, 2025) == "Cửa Tùng, ngày … tháng … năm 2025"
    assert date_line("", None) == "Ngày … tháng … năm …"
    assert reference_line("12/KH-UBND") == "Số: 12/KH-UBND"
    assert reference_line("/KH-UBND").startswith("Số: \u00a0") and reference_line("/KH-UBND").endswith(
        "/KH-UBND"
    )


def test_body_text_becomes_headings_and_paragraphs(demo):
    blocks = body_blocks(
        "1. Mục đích\n- Cụ thể hóa mục tiêu;\n\n1. Kinh phí được bố trí từ ngân sách nhà nước.\na) Một ý"
    )
    assert blocks == [
        Heading("1. Mục đích", 2),
        Paragraph("- Cụ thể hóa mục tiêu;"),
        Paragraph("1. Kinh phí được bố trí từ ngân sách nhà nước."),
        Paragraph("a) Một ý"),
    ]
    assert summary(demo.plan) == "Cải cách hành chính nhà nước 06 tháng cuối năm 2025 của xã Cửa Tùng"


def test_empty_columns_are_dropped(demo):
    plain = copy.deepcopy(demo)
    for _section, _item, row in plain.all_rows():
        row.activity = ""
        row.budget = ""
    pdf = reader(render_pdf(annex_document(plain)))
    texts = {i.text for page in pdf.pages for i in placed_text(page)}
    assert {"TT", "Mục tiêu", "Nhiệm vụ", "Chủ trì", "Thời gian", "(7)"} <= texts
    assert not {"Hoạt động", "Kinh phí", "(8)"} & texts


def activity_column(pdf, sections) -> str:
    layout = TableLayout(annex_table(sections), LANDSCAPE.x0, LANDSCAPE.content_width)
    return column_text(
        placed_pages(pdf.pages), layout.edges[3] + 1, layout.edges[4], frozenset(ANNEX_HEADERS)
    )


def test_annex_filtered_by_predicate_with_a_heading(demo):
    keep = lambda row: "Phòng VHXH" in row.lead
    pdf = reader(render_pdf(annex_document(demo, rows=keep, heading="Nhiệm vụ của Phòng Văn hóa – Xã hội")))
    assert all(is_landscape(p) for p in pdf.pages)
    text = body_text(pdf)
    assert "Nhiệm vụ của Phòng Văn hóa – Xã hội" in text
    activities = activity_column(pdf, select_rows(demo.sections, keep))
    kept = [row for _, _, row in demo.all_rows() if keep(row)]
    dropped = [row for _, _, row in demo.all_rows() if not keep(row)]
    assert len(kept) == 12
    assert all(squash(row.activity) in activities for row in kept)
    assert not any(squash(row.activity) in text for row in dropped if len(row.activity) > 40)
    assert "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH" in text and "CẢI CÁCH THỂ CHẾ" not in text  # no VHXH row in II


def test_annex_filtered_by_uuids(demo):
    marked = copy.deepcopy(demo)
    for n, (_, _, row) in enumerate(marked.all_rows()):
        row.uuid = f"row-{n}"
    wanted = {"row-0", "row-47"}
    pdf = reader(render_pdf(annex_document(marked, rows=wanted)))
    rows = [row for _, _, row in marked.all_rows()]
    activities = activity_column(pdf, select_rows(marked.sections, wanted))
    assert squash(rows[0].activity) in activities and squash(rows[47].activity) in activities
    assert squash(rows[1].activity) not in body_text(pdf)
    assert len(pdf.pages) == 1
