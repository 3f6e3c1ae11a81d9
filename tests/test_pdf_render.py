"""The renderer's contract: progress, cancelling, atomic files, blocks, fonts, NFC text."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from test_pdf_support import body_text, is_landscape, is_portrait, placed_text, reader

from cchc_desktop.errors import CancelledError, OutputError
from cchc_desktop.exporters.pdf import (
    BarChart,
    Column,
    Document,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    TableRow,
    Title,
    fonts,
    render_pdf,
    write_pdf,
)
from cchc_desktop.exporters.pdf.pages import PORTRAIT

LONG = "Tăng cường công tác kiểm tra cải cách hành chính, kỷ luật, kỷ cương hành chính. " * 3


def big_table(rows: int = 600) -> Table:
    return Table(
        [Column("TT", 1, "center"), Column("Nhiệm vụ", 5), Column("Chủ trì", 2)],
        [TableRow([str(n), LONG, "Phòng VHXH"]) for n in range(rows)],
        landscape=True,
    )


def test_progress_is_reported_up_to_the_total():
    calls: list[tuple[int, int]] = []
    render_pdf(
        Document(blocks=[Paragraph("Mở đầu"), big_table()]), progress=lambda d, t: calls.append((d, t))
    )
    assert len(calls) >= 5
    assert {t for _, t in calls} == {601}  # the paragraph and the table's 600 rows
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[0] == 0 and done[-1] == 601


def test_cancelling_stops_the_work_and_writes_nothing(tmp_path):
    target = tmp_path / "phu-luc.pdf"
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(CancelledError) as caught:
        write_pdf(Document(blocks=[big_table()]), target, cancelled=cancelled)
    assert caught.value.code == "cancelled"
    assert list(tmp_path.iterdir()) == []


def test_write_pdf_puts_a_whole_file_in_place(tmp_path):
    target = tmp_path / "ke-hoach.pdf"
    target.write_bytes(b"old")
    write_pdf(Document(title=Title(["KẾ HOẠCH"], "Cải cách hành chính")), target)
    pdf = reader(target.read_bytes())
    assert "KẾ HOẠCH" in body_text(pdf)
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.pdf"]


def test_write_pdf_into_a_missing_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError):
        write_pdf(Document(blocks=[Paragraph("x")]), tmp_path / "không-có" / "a.pdf")


def test_page_breaks_turn_pages_and_never_leave_a_blank_one():
    document = Document(
        blocks=[
            Paragraph("Trang dọc"),
            PageBreak("landscape"),
            Paragraph("Trang ngang"),
            PageBreak(),
            PageBreak("portrait"),
            Paragraph("Lại trang dọc"),
        ]
    )
    pdf = reader(render_pdf(document))
    assert [is_portrait(p) for p in pdf.pages] == [True, False, True]
    assert [is_landscape(p) for p in pdf.pages] == [False, True, False]
    assert ["Trang dọc" in body_text(reader_page(p)) for p in pdf.pages] == [True, False, False]


class reader_page:
    def __init__(self, page):
        self.pages = [page]


def test_landscape_table_turns_the_page_by_itself():
    pdf = reader(render_pdf(Document(blocks=[Paragraph("Văn bản"), big_table(3)])))
    assert is_portrait(pdf.pages[0]) and is_landscape(pdf.pages[1])


def test_bar_chart_writes_each_value_over_its_maximum():
    chart = BarChart(
        "Điểm tự đánh giá theo lĩnh vực",
        [
            ("Công tác chỉ đạo, điều hành", Decimal("8.5"), Decimal(10)),
            ("Cải cách thủ tục hành chính", 12, 14),
            ("Tài chính công", Decimal(0), Decimal(0)),
        ],
    )
    pdf = reader(render_pdf(Document(blocks=[chart])))
    text = body_text(pdf)
    for phrase in [
        "Điểm tự đánh giá theo lĩnh vực",
        "Công tác chỉ đạo, điều hành",
        "8,5 / 10",
        "12 / 14",
        "0 / 0",
    ]:
        assert phrase in text
    for item in placed_text(pdf.pages[0]):
        assert PORTRAIT.x0 <= item.x <= PORTRAIT.x1 and PORTRAIT.y_bottom <= item.y <= PORTRAIT.y_top


def test_decomposed_text_is_drawn_composed():
    decomposed = unicodedata.normalize("NFD", "Ủy ban nhân dân xã Cửa Tùng")
    pdf = reader(render_pdf(Document(blocks=[Paragraph(decomposed), big_table(1)])))
    text = body_text(pdf)
    assert "Ủy ban nhân dân xã Cửa Tùng" in text
    assert unicodedata.is_normalized("NFC", text)


def test_heading_is_kept_with_what_follows():
    # k lines of filler leave, for some k, room for the heading but not for two lines after it.
    for k in range(34, 40):
        filler = Paragraph("\n".join(["dòng"] * k))
        pdf = reader(
            render_pdf(Document(blocks=[filler, Heading("II. NHIỆM VỤ TRỌNG TÂM"), Paragraph(LONG)]))
        )
        for page in pdf.pages:
            items = [i for i in placed_text(page) if i.y <= PORTRAIT.y_top]
            for heading in (i for i in items if i.text == "II. NHIỆM VỤ TRỌNG TÂM"):
                assert sum(i.y < heading.y for i in items) >= 2, k


def test_signature_block_stays_whole():
    block = SignatureBlock(["Sở Nội vụ;", "Lưu: VT."], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Đức Diện")
    wanted = {"Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Đức Diện"}
    for k in range(28, 40, 2):  # wherever the body ends on its page
        filler = Paragraph("\n".join(["dòng"] * k))
        pdf = reader(
            render_pdf(
                Document(
                    letterhead=Letterhead(["ỦY BAN NHÂN DÂN", "XÃ CỬA TÙNG"], "/KH-UBND"),
                    blocks=[filler, block],
                )
            )
        )
        assert wanted <= {i.text for i in placed_text(pdf.pages[-1])}, k
        assert all(i.y >= PORTRAIT.y_bottom for page in pdf.pages for i in placed_text(page)), k


def test_an_empty_document_is_one_blank_page():
    pdf = reader(render_pdf(Document()))
    assert len(pdf.pages) == 1 and is_portrait(pdf.pages[0])


def test_a_missing_font_file_is_an_output_error_not_a_fallback(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts.paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(OutputError) as caught:
        fonts._load(fonts.REGULAR)
    assert caught.value.code == "pdf.font_missing"
    assert "LiberationSerif-Regular.ttf" in caught.value.params["path"]


def test_a_font_without_vietnamese_is_refused(monkeypatch, tmp_path):
    from pathlib import Path

    import reportlab

    vera = Path(reportlab.__path__[0]) / "fonts" / "Vera.ttf"  # a Latin-only face shipped with reportlab
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "LiberationSerif-Regular.ttf").write_bytes(vera.read_bytes())
    monkeypatch.setattr(fonts.paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(OutputError) as caught:
        fonts._load(fonts.REGULAR)
    assert caught.value.code == "pdf.font_no_vietnamese"
