"""Reading .xlsx, .docx and pasted text into raw tables, and refusing what is not one."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import openpyxl
import pytest

from annex_fixtures import province_table, write_docx, write_xlsx
from cchc_desktop.annex_import import load_tables, load_tables_from_text
from cchc_desktop.annex_import import sources
from cchc_desktop.errors import InvalidInputError


def test_xlsx_sheets_values_and_merged_cells(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    sheet.append(["TT", "Nhiệm vụ", "Thời gian", "Tỷ lệ", "Số"])
    sheet.append([1, "Ban hành kế hoạch", dt.datetime(2025, 7, 31), 0.99, 2.5])
    sheet.append([None, "Triển khai", dt.date(2025, 12, 1), None, 3.0])
    sheet["D2"].number_format = "0%"
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("C4:E4")
    sheet["C4"] = "=1+1"  # a formula with no cached value: never evaluated, read as empty
    workbook.create_sheet("Trống")
    path = tmp_path / "bang.xlsx"
    workbook.save(path)

    tables = load_tables(path)
    assert [t.name for t in tables] == ["Phụ lục", "Trống"]
    table = tables[0]
    assert table.rows[1] == ["1", "Ban hành kế hoạch", "31/07/2025", "99%", "2.5"]
    assert table.rows[2] == ["", "Triển khai", "01/12/2025", "", "3"]
    # A2:A3 merged: the covered cell is empty but knows it continues the cell above.
    assert table.merged_from[2][0] == (1, 0)
    assert table.is_vertical_continuation(2, 0)
    assert not table.is_vertical_continuation(2, 1)
    assert table.origin_text(2, 0) == "1"
    assert len({len(row) for row in table.rows}) == 1  # rectangular
    assert tables[1].rows == []


def test_docx_grid_span_and_vertical_merge(tmp_path):
    path = write_docx(tmp_path / "khung.docx", province_table())
    tables = load_tables(path)
    assert len(tables) == 2  # the national header table, then the annex
    annex = tables[1]
    assert annex.width == 9
    assert annex.preamble[-1].startswith("(Kèm theo Quyết định số: 3369/QĐ-UBND")
    # Row 2 of the Word table is section I: its title spans columns 2..9 (gridSpan).
    assert annex.rows[1][0] == "I" and annex.rows[1][1].startswith("CÔNG TÁC TRIỂN KHAI")
    assert annex.merged_from[1][5] == (1, 1) and not annex.is_vertical_continuation(1, 5)
    # TT "1" and objective 1.1 are merged down over four rows (vMerge).
    assert annex.rows[2][0] == "1"
    for row in (3, 4, 5):
        assert annex.rows[row][0] == "" and annex.is_vertical_continuation(row, 0)
        assert annex.origin_text(row, 1).startswith("1.1. 100%")
    # Task 2.2 continues over the 3.6 activity row.
    assert annex.is_vertical_continuation(4, 2) and annex.rows[4][3].startswith("3.6.")


def test_adjacent_word_tables_are_joined_as_one(tmp_path):
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    for start in (1, 3):
        table = document.add_table(rows=2, cols=3)
        for r in range(2):
            for c, text in enumerate([str(start + r), f"Nhiệm vụ {start + r}", "Phòng VHXH"]):
                table.cell(r, c).text = text
        document.add_paragraph("")  # only an empty paragraph between: one table cut at a page
    path = tmp_path / "hai-bang.docx"
    document.save(path)
    tables = load_tables(path)
    assert len(tables) == 1
    assert [row[0] for row in tables[0].rows] == ["1", "2", "3", "4"]
    assert any("ghép" in note for note in tables[0].notes)


def test_tsv_with_quoted_multiline_cells():
    text = ('TT\tNhiệm vụ\t"Kết quả/Sản\nphẩm"\tChủ trì\r\n'
            '1\t"Ban hành ""Kế hoạch"" CCHC"\t"- Kế hoạch\n- Báo cáo"\tPhòng VHXH\r\n'
            '2\tTuyên truyền\r\n\r\n')
    [table] = load_tables_from_text(text)
    assert table.rows[0] == ["TT", "Nhiệm vụ", "Kết quả/Sản\nphẩm", "Chủ trì"]
    assert table.rows[1] == ["1", 'Ban hành "Kế hoạch" CCHC', "- Kế hoạch\n- Báo cáo", "Phòng VHXH"]
    assert table.rows[2] == ["2", "Tuyên truyền", "", ""]  # padded, trailing empty line dropped
    assert len(table.rows) == 3


def test_tsv_file_in_utf16_as_excel_saves_unicode_text(tmp_path):
    path = tmp_path / "bang.txt"
    path.write_bytes("TT\tNhiệm vụ\n1\tKiểm tra\n".encode("utf-16"))
    [table] = load_tables(path)
    assert table.rows[1] == ["1", "Kiểm tra"]


def test_empty_paste_is_refused():
    with pytest.raises(InvalidInputError, match="trống"):
        load_tables_from_text("\n\t\n")


@pytest.mark.parametrize("content, message", [
    (b"TT\tNhi\xe1\xbb\x87m v\xe1\xbb\xa5\n", "không phải Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "mật khẩu"),
    (b"", "không phải Excel"),
])
def test_non_office_files_are_refused_by_content(tmp_path, content, message):
    path = tmp_path / "phu-luc.xlsx"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError, match=message) as caught:
        load_tables(path)
    assert "phu-luc.xlsx" in caught.value.message


def test_truncated_zip_is_reported_as_damaged(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", province_table())
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(InvalidInputError, match="bị hỏng"):
        load_tables(broken)


def test_zip_that_is_neither_xlsx_nor_docx(tmp_path):
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "không phải Word")
    with pytest.raises(InvalidInputError, match="không phải Excel"):
        load_tables(path)


def test_zip_bomb_guard_checks_uncompressed_size_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", " " * 2_000_000)  # compresses to a few KB
    assert path.stat().st_size < 50_000
    monkeypatch.setattr(sources, "MAX_UNCOMPRESSED_BYTES", 1_000_000)
    with pytest.raises(InvalidInputError, match="giải nén quá lớn"):
        load_tables(path)


def test_size_and_row_bounds(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "lon.xlsx", province_table())
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InvalidInputError, match="quá lớn"):
        load_tables(path)
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 30 * 1024 * 1024)
    monkeypatch.setattr(sources, "MAX_ROWS", 10)
    with pytest.raises(InvalidInputError, match="hơn 10 dòng"):
        load_tables(path)
    with pytest.raises(InvalidInputError, match="hơn 10 dòng"):
        load_tables_from_text("a\tb\n" * 11)


def test_old_and_other_formats_get_specific_advice(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    path = tmp_path / "bang.ods"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InvalidInputError, match="OpenDocument"):
        load_tables(path)


def test_word_cell_text_keeps_tracked_insertions_and_content_controls(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    cell._tc.remove(cell._tc.p_lst[0])  # noqa: SLF001
    cell._tc.append(parse_xml(  # noqa: SLF001
        f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Phòng </w:t></w:r>'
        '<w:ins w:id="1" w:author="VHXH" w:date="2025-07-01T00:00:00Z"><w:r><w:t>VHXH</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="VHXH" w:date="2025-07-01T00:00:00Z"><w:r><w:delText>Nội vụ</w:delText></w:r></w:del>'
        '</w:p>'))
    cell._tc.append(parse_xml(  # noqa: SLF001
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>Trung tâm PVHCC</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    table.cell(0, 1).text = "Quý III"
    path = tmp_path / "sua.docx"
    document.save(path)
    [raw] = load_tables(path)
    assert raw.rows[0] == ["Phòng VHXH\nTrung tâm PVHCC", "Quý III"]
