"""Tables on pages (exporters/pdf/table_layout.py, tables.py, widths.py), read back with pypdf."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_pdf_support import (
    geometry_of,
    is_landscape,
    is_portrait,
    placed_text,
    reader,
    squash,
)

from cchc_desktop.exporters.pdf import Column, Document, Table, TableRow, render_pdf
from cchc_desktop.exporters.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from cchc_desktop.exporters.pdf.pages import LANDSCAPE, PORTRAIT
from cchc_desktop.exporters.pdf.table_layout import PAD_X, TableLayout
from cchc_desktop.exporters.pdf.textflow import measure, wrap
from cchc_desktop.exporters.pdf.widths import content_widths

HEADERS = ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"]
LONG = (
    "Tổ chức tự đánh giá, chấm điểm công tác cải cách hành chính của xã theo hướng dẫn của Sở Nội vụ, "
    "bảo đảm đúng thời điểm khóa phần mềm; "
)
_STYLES = {
    "LiberationSerif": REGULAR,
    "LiberationSerif-Bold": BOLD,
    "LiberationSerif-Italic": ITALIC,
    "LiberationSerif-BoldItalic": BOLD_ITALIC,
}


def table(rows, landscape=True, headers=HEADERS, weights=(1, 6, 3, 2)) -> Table:
    return Table(
        columns=[
            Column(h, w, "center" if i in (0, 3) else "left")
            for i, (h, w) in enumerate(zip(headers, weights))
        ],
        rows=rows,
        number_row=True,
        landscape=landscape,
        font_size=11,
    )


def render(*blocks, orientation="landscape") -> bytes:
    return render_pdf(Document(blocks=list(blocks), orientation=orientation))


def body_items(page, header_words=frozenset(HEADERS)):
    """Placed text below the repeated header (and not the page number)."""
    geometry = geometry_of(page)
    items = [i for i in placed_text(page) if i.y < geometry.y_top]
    return [
        i
        for i in items
        if i.text not in header_words and not (i.text.startswith("(") and i.text[1:-1].isdigit())
    ]


# --- layout -----------------------------------------------------------------------------------


def test_merged_cell_text_flows_down_its_span_once():
    objective = " ".join(["Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%"] * 4)
    rows = [
        TableRow(["1", objective, "Phòng VHXH", "Quý III"]),
        TableRow(["", "", "Văn phòng", "Quý IV"], merge_up=frozenset({0, 1})),
        TableRow(["", "", "Công an xã", "Tháng 12"], merge_up=frozenset({0, 1})),
    ]
    layout = TableLayout(table(rows, weights=(1, 2, 3, 2)), LANDSCAPE.x0, LANDSCAPE.content_width)
    boxes = list(layout.rows())
    whole = wrap(measure(REGULAR), objective, 11, layout.widths[1] - 2 * PAD_X)
    assert len(whole) >= 4
    shown = [line for box in boxes for line in box.cells[1].lines]
    assert shown == whole  # every line once, in order
    assert boxes[0].n_lines == 1 and boxes[1].n_lines == 1  # the short rows stay short
    assert boxes[2].n_lines == len(whole) - 2  # the span's last row takes the rest
    assert boxes[1].merge_up == {0, 1}


def test_section_row_spans_the_remaining_columns():
    layout = TableLayout(
        table([TableRow(["II", "CẢI CÁCH THỂ CHẾ"], kind="section")]), LANDSCAPE.x0, LANDSCAPE.content_width
    )
    (box,) = list(layout.rows())
    assert [(c.first, c.last, c.style) for c in box.cells] == [(0, 0, BOLD), (1, 3, BOLD)]


def test_split_row_keeps_every_line():
    rows = [TableRow(["1", LONG * 3, "Phòng VHXH\nCông an xã\nVăn phòng", "Quý IV"])]
    (box,) = list(TableLayout(table(rows), LANDSCAPE.x0, LANDSCAPE.content_width).rows())
    head, tail = box.split(2)
    assert head.n_lines == 2 and tail.n_lines == box.n_lines - 2
    for whole, a, b in zip(box.cells, head.cells, tail.cells):
        assert a.lines + b.lines == whole.lines


def test_content_widths_fill_the_width_and_respect_words():
    rows = [TableRow(["1", LONG, "Phòng VHXH", "Thường xuyên"]) for _ in range(20)]
    widths = content_widths(HEADERS, rows, 11, 700)
    assert abs(sum(widths) - 700) < 1e-6
    assert widths[1] == max(widths)  # the long texts get the room
    regular = measure(REGULAR)
    assert widths[3] >= regular.text("xuyên", 11) + 2 * PAD_X  # no word broken
    assert widths[0] < widths[2] < widths[1]


# --- pages --------------------------------------------------------------------------------


def test_header_repeats_and_a_row_taller_than_a_page_is_split_whole():
    tall = LONG * 40  # about three landscape pages of text in one cell
    rows = [
        TableRow(["1", "Mở đầu", "Phòng VHXH", "Quý III"]),
        TableRow(["2", tall, "Phòng VHXH", "Quý IV"]),
        TableRow(["3", "Kết thúc", "Công an xã", "Tháng 12"]),
    ]
    pdf = reader(render(table(rows)))
    assert len(pdf.pages) >= 3
    layout = TableLayout(table(rows), LANDSCAPE.x0, LANDSCAPE.content_width)
    column = (layout.edges[1], layout.edges[2])
    pieces = []
    for page in pdf.pages:
        assert is_landscape(page)
        texts = [i.text for i in placed_text(page)]
        assert all(h in texts for h in HEADERS), "the header row on every page"
        assert "(4)" in texts, "the column-number row on every page"
        pieces += [i.text for i in body_items(page) if column[0] < i.x < column[1]]
    assert squash(" ".join(pieces)) == squash("Mở đầu " + tall + " Kết thúc")


def test_text_stays_inside_its_cell_and_the_margins():
    rows = [
        TableRow([str(n), LONG * (n % 4 + 1), "Văn phòng HĐND&UBND\nPhòng VHXH", "Định kỳ hoặc đột xuất"])
        for n in range(1, 30)
    ]
    rows.append(TableRow(["99", "Mã" + "Ư" * 200, "x", "y"]))  # one word wider than its cell
    doc_table = table(rows, landscape=False)
    pdf = reader(render(doc_table, orientation="portrait"))
    layout = TableLayout(doc_table, PORTRAIT.x0, PORTRAIT.content_width)
    seen_broken = ""
    for page in pdf.pages:
        assert is_portrait(page)
        for item in body_items(page):
            width = measure(_STYLES[item.font]).text(item.text, item.size)
            column = max(c for c in range(4) if layout.edges[c] <= item.x + 0.01)
            assert item.x >= layout.edges[column] + PAD_X - 0.01
            assert item.x + width <= layout.edges[column + 1] - PAD_X + 0.01, item.text
            assert PORTRAIT.y_bottom <= item.y <= PORTRAIT.y_top
            if item.text.startswith(("Mã", "ƯƯ")):
                seen_broken += item.text
    assert seen_broken == "Mã" + "Ư" * 200


def test_merged_text_is_drawn_once_across_a_page_break():
    objective = "Mục tiêu chung: " + LONG * 3
    rows = [TableRow([str(n), "Nhiệm vụ khác", "Phòng VHXH", "Quý IV"]) for n in range(1, 12)]
    rows.append(TableRow(["12", objective, "Phòng VHXH", "Quý IV"]))
    rows += [TableRow(["", "", f"Đơn vị {n}\n" * 3, "Quý IV"], merge_up=frozenset({0, 1})) for n in range(8)]
    pdf = reader(render(table(rows, weights=(1, 3, 3, 2))))
    assert len(pdf.pages) >= 2
    text = " ".join(i.text for page in pdf.pages for i in body_items(page))
    assert squash(text).count("Mục tiêu chung") == 1
    layout = TableLayout(table(rows, weights=(1, 3, 3, 2)), LANDSCAPE.x0, LANDSCAPE.content_width)
    column = [
        i.text
        for page in pdf.pages
        for i in body_items(page)
        if layout.edges[1] < i.x < layout.edges[2] and i.text != "Nhiệm vụ khác"
    ]
    assert squash(" ".join(column)) == squash(objective)


# --- any table ----------------------------------------------------------------------------

SHORT_WORDS = [
    "Cải",
    "cách",
    "hành",
    "xã",
    "Tùng",
    "năm",
    "Quý",
    "IV",
    "Ủy",
    "ban",
    "đường",
    "tục",
    "đạt",
    "99%",
]
cell_text = st.lists(st.sampled_from(SHORT_WORDS), min_size=0, max_size=60).map(" ".join)


@st.composite
def tables(draw):
    count = draw(st.integers(min_value=3, max_value=9))
    rows = []
    for index in range(draw(st.integers(min_value=1, max_value=25))):
        kind = draw(st.sampled_from(["normal", "normal", "normal", "section", "total"]))
        if kind == "section":
            rows.append(TableRow([draw(st.sampled_from(["I", "II"])), draw(cell_text)], kind="section"))
            continue
        merge = frozenset(draw(st.sets(st.integers(0, count - 1), max_size=2))) if index else frozenset()
        cells = ["" if c in merge else draw(cell_text) for c in range(count)]
        rows.append(TableRow(cells, kind, merge))
    headers = [f"Cột{n}" for n in range(count)]
    weights = [draw(st.sampled_from([2, 3, 4])) for _ in range(count)]
    return Table([Column(h, w) for h, w in zip(headers, weights)], rows, number_row=True, landscape=True)


# No shrinking: a failing table is printed as found (shrinking one took minutes).
@settings(
    derandomize=True,
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(tables())
def test_any_table_keeps_all_its_words_inside_the_margins(doc_table):
    pdf = reader(render(doc_table))
    headers = frozenset(c.title for c in doc_table.columns)
    expected = Counter(w for row in doc_table.rows for cell in row.cells for w in cell.split())
    drawn: Counter[str] = Counter()
    for number, page in enumerate(pdf.pages, start=1):
        assert is_landscape(page)
        texts = [i.text for i in placed_text(page)]
        assert all(h in texts for h in headers)
        for item in body_items(page, headers):
            if item.y > LANDSCAPE.y_top:
                continue
            assert LANDSCAPE.x0 - 0.01 <= item.x
            assert item.x + measure(_STYLES[item.font]).text(item.text, item.size) <= LANDSCAPE.x1 + 0.01
            assert LANDSCAPE.y_bottom <= item.y <= LANDSCAPE.y_top
            drawn.update(item.text.split())
        if number > 1:
            assert str(number) in texts  # the page number
    assert drawn == expected


def test_a_section_row_never_ends_a_page():
    # A first row of k lines leaves, for some k, just room for the section row and less than
    # two lines of the row after it: the section row must then start the next page.
    for k in range(24, 38):
        filler = "\n".join(["dòng"] * k)
        rows = [
            TableRow(["1", filler, "", ""]),
            TableRow(["II", "CẢI CÁCH THỂ CHẾ"], kind="section"),
            TableRow(["1", LONG * 6, "Phòng VHXH", "Quý IV"]),
        ]
        pdf = reader(render(table(rows)))
        for page in pdf.pages:
            items = body_items(page)
            for section in (i for i in items if i.text == "CẢI CÁCH THỂ CHẾ"):
                assert any(i.y < section.y - 1 for i in items), k  # the next row's lines follow it
