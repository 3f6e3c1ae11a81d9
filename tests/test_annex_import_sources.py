"""Reading .xlsx, .docx and pasted text into raw tables, and refusing what is not one."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import openpyxl
import pytest
from annex_fixtures import province_table, write_docx, write_xlsx

from cchc_desktop.errors import InvalidInputError
from cchc_desktop.importers.annex import (
    analyse,
    check_office_file,
    containers,
    load_tables,
    load_tables_from_text,
    sources,
)


def refused(call, *args) -> InvalidInputError:
    """The InvalidInputError ``call(*args)`` raises; its sentence must be a real one."""
    with pytest.raises(InvalidInputError) as caught:
        call(*args)
    assert caught.value.message and not caught.value.message.startswith("["), caught.value.message
    return caught.value


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
    assert [(n.code, n.params["row"]) for n in tables[0].notes] == [("annex.tables_joined", 3)]
    assert "ghép" in str(tables[0].notes[0])


def test_tsv_with_quoted_multiline_cells():
    text = (
        'TT\tNhiệm vụ\t"Kết quả/Sản\nphẩm"\tChủ trì\r\n'
        '1\t"Ban hành ""Kế hoạch"" CCHC"\t"- Kế hoạch\n- Báo cáo"\tPhòng VHXH\r\n'
        "2\tTuyên truyền\r\n\r\n"
    )
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
    assert refused(load_tables_from_text, "\n\t\n").code == "tsv.empty"


def test_tsv_cell_over_csv_field_limit_is_read_not_refused_in_english():
    # csv's own limit is 128 KB ("field larger than field limit"): the reader must not be the one
    # to refuse; a cell too long for a plan is refused later, naming its item and column.
    import csv

    limit = csv.field_size_limit()
    cell = "Rà soát thủ tục hành chính; " * 7000  # ~200 KB
    tables = load_tables_from_text(f'TT\tNhiệm vụ\tChủ trì\n1\t"{cell}"\tPhòng VHXH\n')
    assert tables[0].rows[1] == ["1", cell, "Phòng VHXH"]
    assert csv.field_size_limit() == limit  # restored after the read
    error = refused(analyse, tables)
    assert error.code == "annex.cell_too_long"
    where = (error.params["item"], error.params["column"], error.params["limit"])
    assert where == ("1", "Nhiệm vụ", "20.000")


def test_paste_larger_than_a_file_may_be_is_refused(monkeypatch):
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 100)
    error = refused(load_tables_from_text, "TT\tNhiệm vụ\n" * 20)
    assert error.code == "tsv.too_large"


def test_text_not_in_unicode_is_refused(tmp_path):
    path = tmp_path / "bang.tsv"
    path.write_bytes(b"TT\tPh\xf2ng VHXH\n")  # windows-1258, as old Vietnamese Windows saved text
    error = refused(load_tables, path)
    assert (error.code, error.params) == ("tsv.not_unicode_file", {"name": "bang.tsv"})


@pytest.mark.parametrize(
    "content, code",
    [
        (b"TT\tNhi\xe1\xbb\x87m v\xe1\xbb\xa5\n", "annex.not_office"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "annex.encrypted_or_old"),
        (b"", "annex.not_office"),
    ],
)
def test_non_office_files_are_refused_by_content(tmp_path, content, code):
    path = tmp_path / "phu-luc.xlsx"
    path.write_bytes(content)
    error = refused(load_tables, path)
    assert (error.code, error.params) == (code, {"name": "phu-luc.xlsx"})
    assert "phu-luc.xlsx" in error.message


def test_truncated_zip_is_reported_as_damaged(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", province_table())
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert refused(load_tables, broken).code == "annex.corrupt"


def test_zip_that_is_neither_xlsx_nor_docx(tmp_path):
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "không phải Word")
    assert refused(load_tables, path).code == "annex.not_office"


def test_zip_bomb_guard_checks_uncompressed_size_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", " " * 2_000_000)  # compresses to a few KB
    assert path.stat().st_size < 50_000
    monkeypatch.setattr(containers, "MAX_UNCOMPRESSED_BYTES", 1_000_000)
    assert refused(load_tables, path).code == "annex.unpacked_too_large"


def test_size_and_row_bounds(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "lon.xlsx", province_table())
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1000)
    assert refused(load_tables, path).code == "file.too_large"
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 30 * 1024 * 1024)
    monkeypatch.setattr(sources, "MAX_ROWS", 10)
    error = refused(load_tables, path)
    assert (error.code, error.params) == ("annex.too_many_rows", {"name": "lon.xlsx", "limit": "10"})
    assert refused(load_tables_from_text, "a\tb\n" * 11).code == "annex.too_many_rows"


def test_old_and_other_formats_get_specific_advice(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    path = tmp_path / "bang.ods"
    path.write_bytes(buffer.getvalue())
    assert refused(load_tables, path).code == "annex.opendocument"


def test_check_office_file_tells_the_kind_and_refuses_the_other(tmp_path):
    xlsx = write_xlsx(tmp_path / "bang.xlsx", province_table()).read_bytes()
    docx_bytes = write_docx(tmp_path / "bang.docx", province_table()).read_bytes()
    assert check_office_file(xlsx, "bang.xlsx") == "xlsx"
    assert check_office_file(docx_bytes, "bang.docx", "docx") == "docx"
    error = refused(check_office_file, docx_bytes, "tieu-chi.docx", "xlsx")
    assert (error.code, error.params["name"]) == ("annex.wrong_kind", "tieu-chi.docx")


def test_word_cell_text_keeps_tracked_insertions_and_content_controls(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    cell._tc.remove(cell._tc.p_lst[0])
    cell._tc.append(
        parse_xml(
            f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Phòng </w:t></w:r>'
            '<w:ins w:id="1" w:author="VHXH" w:date="2025-07-01T00:00:00Z"><w:r><w:t>VHXH</w:t></w:r></w:ins>'
            '<w:del w:id="2" w:author="VHXH" w:date="2025-07-01T00:00:00Z"><w:r><w:delText>Nội vụ</w:delText></w:r></w:del>'
            "</w:p>"
        )
    )
    cell._tc.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Trung tâm PVHCC</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        )
    )
    table.cell(0, 1).text = "Quý III"
    path = tmp_path / "sua.docx"
    document.save(path)
    [raw] = load_tables(path)
    assert raw.rows[0] == ["Phòng VHXH\nTrung tâm PVHCC", "Quý III"]
