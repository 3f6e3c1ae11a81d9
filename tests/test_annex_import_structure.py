"""From raw tables to sections, items and rows: header variants, merges, groups, warnings."""

from __future__ import annotations

import pytest
from annex_fixtures import (
    AnnexTable,
    commune_table,
    demo_sections,
    province_table,
    six_column_table,
    write_docx,
    write_xlsx,
)

from cchc_desktop.domain import AnnexRow, Period, PlanCounts, Unit
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.importers.annex import (
    ColumnMapping,
    analyse,
    field_for_header,
    guess_period,
    load_tables,
    load_tables_from_text,
    read_annex_heading,
    split_unit_names,
)

WRITERS = [pytest.param(write_xlsx, "xlsx", id="xlsx"), pytest.param(write_docx, "docx", id="docx")]


def _analyse_file(tmp_path, writer, suffix, table, **kwargs):
    return analyse(load_tables(writer(tmp_path / f"phu-luc.{suffix}", table)), **kwargs)


def _codes(preview) -> list[tuple[str, dict]]:
    """(code, params) of every warning, in order."""
    return [(w.code, w.params) for w in preview.warnings]


# --- (a) the commune annex ---------------------------------------------------------------------


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_commune_annex_reads_back_as_the_demo_register(tmp_path, writer, suffix):
    preview = _analyse_file(tmp_path, writer, suffix, commune_table())
    # The whole register, field by field: merged TT/objective/task, four activities under one
    # task in II.1, several units per cell written three ways, the repeated header skipped.
    assert preview.sections == demo_sections()
    ii_1 = preview.sections[1].items[0]
    assert [r.task != "" for r in ii_1.rows] == [True, False, False, False]
    assert [r.activity for r in ii_1.rows][1:] == [
        "Soạn thảo, lấy ý kiến dự thảo Nghị quyết, Quyết định",
        "Thẩm định dự thảo văn bản",
        "Ban hành văn bản QPPL",
    ]
    assert [c.line() for c in preview.section_counts][:2] == [
        "I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 6 nhiệm vụ, 6 dòng",
        "II  CẢI CÁCH THỂ CHẾ: 7 nhiệm vụ, 11 dòng",
    ]
    assert preview.counts == PlanCounts(sections=7, tasks=43, rows=48, groups=0)
    assert preview.total_rows == 48
    assert preview.warnings == []
    assert (
        preview.annex_title
        == "CHI TIẾT CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2025 CỦA XÃ CỬA TÙNG"
    )
    assert preview.annex_note.startswith("(Ban hành kèm theo Quyết định số")
    assert preview.suggested_period == Period("half_year", year=2025, half=2)
    assert preview.table_name == ("Phụ lục" if suffix == "xlsx" else "Bảng 2")


def test_commune_units_are_matched_against_the_directory(tmp_path):
    directory = [
        Unit("Phòng Văn hóa – Xã hội", "Phòng VHXH"),
        Unit("Trung tâm Phục vụ hành chính công", "Trung tâm PVHCC"),
    ]
    preview = _analyse_file(tmp_path, write_xlsx, "xlsx", commune_table(), unit_directory=directory)
    matched = {m.label: m.unit.name for m in preview.units if m.unit}
    assert matched == {
        "Phòng VHXH": "Phòng Văn hóa – Xã hội",  # by short name
        "Phòng Văn hóa – Xã hội": "Phòng Văn hóa – Xã hội",  # by full name (V.2)
        "Trung tâm PVHCC": "Trung tâm Phục vụ hành chính công",
    }
    assert "Đoàn kiểm tra CCHC của xã" in preview.new_units
    assert "Phòng VHXH" not in preview.new_units
    plan_units = preview.plan_units()
    assert Unit("Phòng Văn hóa – Xã hội", "Phòng VHXH") in plan_units
    assert Unit("Đoàn kiểm tra CCHC của xã") in plan_units


# --- (b) the province's national frame ------------------------------------------------------------


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_province_frame_with_merged_objectives(tmp_path, writer, suffix):
    preview = _analyse_file(tmp_path, writer, suffix, province_table())
    assert preview.mapping.columns == {
        "number": 0,
        "objective": 1,
        "task": 2,
        "activity": 3,
        "result": 4,
        "lead": 5,
        "partners": 6,
        "due_text": 7,
        "budget": 8,
    }
    first, second = preview.sections
    assert (first.code, first.title) == ("I", "CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC")
    assert [i.number for i in first.items] == ["1", "2", "3"]
    assert [i.number for i in second.items] == ["4", "5"]  # numbering runs on: no warning for it
    item = first.items[0]
    # The objective spans four rows: stored once. Numbering inside cells is kept as text.
    assert item.objective.startswith("1.1. 100% các sở")
    assert [r.task[:4] for r in item.rows] == ["2.1.", "2.2.", "", "2.3 "]
    continued = item.rows[2]
    assert continued.activity.startswith("3.6. Chủ tịch UBND tỉnh")
    # Product, units and date merged over the task's two rows hold for both rows.
    assert (continued.result, continued.lead, continued.due_text) == (
        "Văn bản và các dự thảo kèm theo, Quyết định",
        ["Sở Nội vụ"],
        "Quý I năm 2026",
    )
    assert first.items[2].rows[1].lead == [
        "Các cơ quan chủ trì các lĩnh vực CCHC tỉnh",
        "cơ quan, đơn vị, địa phương",
    ]
    assert second.items[1].rows[0].lead == ["Văn phòng UBND tỉnh", "UBND cấp xã"]
    assert second.items[0].rows[1].task == ""  # task 2.16 merged over its two activities
    assert preview.section_counts[0].declared == 8
    assert _codes(preview) == [
        (
            "annex.declared_count_mismatch",
            {"section": "I", "declared": 8, "tasks": 3, "groups": 0, "top_level": 3},
        )
    ]
    assert preview.warnings[0].row_number == (2 if suffix == "docx" else 7)
    row = preview.warnings[0].row_number
    assert str(preview.warnings[0]).startswith(f"Cảnh báo (dòng {row}): Lĩnh vực I")
    assert preview.annex_title == "KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026"
    assert preview.suggested_period == Period("year", year=2026)


def test_province_sub_heading_groups_the_items_below_it():
    # Section VII of the province frame: "7.1 Chính quyền số", then items 1, 2; "7.2 ...", then 1.
    text = (
        "TT\tMục tiêu/Chỉ tiêu\tNhiệm vụ\tChủ trì\tThời gian\n"
        "VII\tXÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ\n"
        "7.1\tChính quyền số\n"
        "1\t1.36. Phát triển hạ tầng dữ liệu số\t2.50. Xây dựng Kho dữ liệu\tSở KHCN\t2026\n"
        "2\t1.37. Hội nghị truyền hình\t2.52. Xây dựng hệ thống\tVăn phòng UBND tỉnh\t2026\n"
        "7.2\tISO 9001\n"
        "1\t1.40. Duy trì ISO\t2.60. Đánh giá nội bộ\tSở KHCN\t2026\n"
    )
    preview = analyse(load_tables_from_text(text))
    [section] = preview.sections
    assert [(i.number, i.objective, [c.number for c in i.children]) for i in section.items] == [
        ("7.1", "Chính quyền số", ["1", "2"]),
        ("7.2", "ISO 9001", ["1"]),
    ]
    assert (preview.section_counts[0].tasks, preview.section_counts[0].groups) == (3, 2)
    # told, and nothing else to warn about
    assert _codes(preview) == [
        ("annex.subheading_group", {"number": "7.1", "title": "Chính quyền số", "section": "VII"}),
        ("annex.subheading_group", {"number": "7.2", "title": "ISO 9001", "section": "VII"}),
    ]


# --- (c) 6 columns, (d) groups --------------------------------------------------------------------


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_six_column_table_with_groups(tmp_path, writer, suffix):
    preview = _analyse_file(tmp_path, writer, suffix, six_column_table())
    assert preview.mapping.columns == {
        "number": 0,
        "task": 1,
        "result": 2,
        "lead": 3,
        "partners": 4,
        "due_text": 5,
    }
    assert preview.unknown_columns == []
    first, second = preview.sections
    assert (first.code, first.title, second.code) == ("I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "II")
    assert [i.number for i in first.items] == ["1", "2", "3.1"]
    group = first.items[1]
    assert [c.number for c in group.children] == ["2.1", "2.2"]
    assert group.rows == [AnnexRow(task="Tuyên truyền CCHC")]  # a group row: no lead, no warning
    assert group.children[1].rows[0].partners == ["Trung tâm PVHCC"]
    assert first.items[0].rows[0] == AnnexRow(
        task="Ban hành Kế hoạch CCHC năm 2026",
        result="Kế hoạch",
        lead=["Phòng VHXH"],
        partners=["Các phòng chuyên môn"],
        due_text="31/01/2026",
    )
    assert first.items[0].objective == ""  # no objective column: nothing invented
    assert [i.number for i in second.items] == ["1"]  # numbering restarts: fine
    assert _codes(preview) == [("annex.orphan_number", {"number": "3.1", "parent": "3"})]
    first_count = preview.section_counts[0]
    assert (first_count.tasks, first_count.groups, first_count.rows) == (4, 1, 5)
    assert first_count.line() == "I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 4 nhiệm vụ (1 nhóm), 5 dòng"


# --- (e) unknown columns ----------------------------------------------------------------------------


def test_unknown_column_is_reported_not_dropped_silently(tmp_path):
    table = AnnexTable(
        header=[
            "STT",
            "Nội dung nhiệm vụ",
            "Sản phẩm",
            "Đơn vị chủ trì",
            "Thời gian thực hiện",
            "Ghi chú",
            "Lĩnh vực",
        ],
        rows=[
            ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
            ["1", "Rà soát văn bản QPPL", "Báo cáo", "Văn phòng HĐND&UBND", "Quý IV", "Đã giao", ""],
            ["2", "Kiểm tra văn bản", "Kết luận", "Văn phòng HĐND&UBND", "Quý IV", "", ""],
        ],
    )
    preview = _analyse_file(tmp_path, write_xlsx, "xlsx", table)
    assert [(c.column, c.header) for c in preview.unknown_columns] == [(5, "Ghi chú"), (6, "Lĩnh vực")]
    assert ("annex.unknown_column_filled", {"column": 6, "header": "Ghi chú", "filled": 1}) in _codes(preview)
    assert ("annex.unknown_column_empty", {"column": 7, "header": "Lĩnh vực", "filled": 0}) in _codes(preview)
    assert preview.section_counts[0].tasks == 2


def test_changed_mapping_is_used_and_the_freed_column_reported():
    text = (
        "TT\tNhiệm vụ\tChủ trì\tKinh phí\n"
        "I\tCÔNG TÁC CHỈ ĐẠO\n"
        "1\tBan hành kế hoạch\tPhòng VHXH\tNgân sách xã\n"
    )
    tables = load_tables_from_text(text)
    preview = analyse(tables)
    assert preview.sections[0].items[0].rows[0].budget == "Ngân sách xã"
    mapping = preview.mapping.with_field("budget", None)
    changed = analyse(tables, mapping, preview.table_index)
    assert changed.sections[0].items[0].rows[0].budget == ""
    assert [c.header for c in changed.unknown_columns] == ["Kinh phí"]
    # Moving a field onto a column in use takes it from the other field.
    swapped = preview.mapping.with_field("activity", 1)
    assert swapped.columns.get("task") is None and swapped.columns["activity"] == 1
    row = analyse(tables, swapped).sections[0].items[0].rows[0]
    assert (row.task, row.activity) == ("", "Ban hành kế hoạch")
    with pytest.raises(InvalidInputError) as caught:
        analyse(tables, preview.mapping.with_field("number", None))
    assert caught.value.code == "annex.bad_mapping"
    assert [p.code for p in caught.value.params["problems"]] == ["annex.mapping_needs_number"]
    assert "- Cần chọn cột số thứ tự (TT/STT)." in caught.value.message


# --- (f) pasted text -----------------------------------------------------------------------------


def test_pasted_text_with_quoted_cells_and_nfd_input():
    import unicodedata

    text = (
        'TT\tMục tiêu\tNhiệm vụ\tHoạt động\t"Kết quả/ Sản\nphẩm"\tChủ trì\tPhối hợp\tThời gian\tKinh phí\n'
        "I\tCẢI CÁCH TTHC (02 nhiệm vụ)\n"
        '1\tNiêm yết TTHC\t"Niêm yết công khai\nTTHC"\tCông khai\t"- Bảng niêm yết\n- Tin ""công khai"""'
        '\t"- Trung tâm PVHCC\n- Phòng VHXH"\tPhòng chuyên môn\tThường xuyên\t\n'
        "\t\t\tCập nhật Cổng DVC\tCổng DVC\tTrung tâm PVHCC\t\tHàng tháng\t\n"
        "2\tĐánh giá\tĐánh giá chất lượng\t\tCông văn\tTrung tâm PVHCC\t\tQuý IV\t\n"
    )
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    preview = analyse(load_tables_from_text(nfd))
    [section] = preview.sections
    assert section.title == "CẢI CÁCH TTHC"
    assert unicodedata.is_normalized("NFC", section.title)
    item = section.items[0]
    assert item.rows[0].task == "Niêm yết công khai\nTTHC"
    assert item.rows[0].result == '- Bảng niêm yết\n- Tin "công khai"'
    assert item.rows[0].lead == ["Trung tâm PVHCC", "Phòng VHXH"]
    assert item.rows[1] == AnnexRow(
        task="",
        activity="Cập nhật Cổng DVC",
        result="Cổng DVC",
        lead=["Trung tâm PVHCC"],
        due_text="Hàng tháng",
    )
    for text_value in (item.objective, item.rows[0].task, item.rows[0].lead[0], item.rows[0].result):
        assert unicodedata.is_normalized("NFC", text_value)
    assert preview.warnings == []  # "(02 nhiệm vụ)" and 2 items agree


# --- rows before sections, odd numbers -------------------------------------------------------------


def test_items_before_the_first_section_and_odd_rows():
    text = (
        "STT\tNhiệm vụ\tKết quả/Sản phẩm\tChủ trì\n"
        "1\tKhông thuộc lĩnh vực nào\tBáo cáo\tPhòng VHXH\n"
        "II. CẢI CÁCH THỂ CHẾ\n"
        "1\tRà soát\tBáo cáo\tVăn phòng HĐND&UBND\n"
        "3\tKiểm tra\tKết luận\n"
        "3\tKiểm tra lần hai\tKết luận\tVăn phòng HĐND&UBND\n"
        "STT\tNhiệm vụ\tKết quả/Sản phẩm\tChủ trì\n"
        "a)\tRà soát thêm\tDanh mục\tPhòng VHXH\n"
        "III\tCẢI CÁCH TỔ CHỨC BỘ MÁY\n"
    )
    preview = analyse(load_tables_from_text(text))
    assert [(s.code, s.title) for s in preview.sections] == [
        ("", ""),
        ("II", "CẢI CÁCH THỂ CHẾ"),
        ("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
    ]
    second = preview.sections[1]
    assert [i.number for i in second.items] == ["1", "3", "3"]
    assert [c.number for c in second.items[2].children] == ["a"]
    by_row: dict[int | None, list[tuple[str, dict]]] = {}
    for warning in preview.warnings:
        by_row.setdefault(warning.row_number, []).append((warning.code, warning.params))
    assert by_row[2][0] == ("annex.items_before_first_section", {})
    assert sorted(by_row[5]) == [
        ("annex.number_jump", {"previous": 1, "number": 3}),
        ("annex.row_without_lead", {}),
    ]
    assert by_row[6] == [("annex.duplicate_number", {"number": "3", "section": "II"})]
    assert 7 not in by_row  # the repeated header row is skipped quietly
    assert by_row[9] == [("annex.section_empty", {"section": "III"})]


# --- pieces -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header, field",
    [
        ("TT", "number"),
        ("STT", "number"),
        ("Số TT", "number"),
        ("1- Mục tiêu/Chỉ tiêu", "objective"),
        ("Mục tiêu", "objective"),
        ("2- Nhiệm vụ", "task"),
        ("Nội dung nhiệm vụ", "task"),
        ("Nhiệm vụ/giải pháp", "task"),
        ("3- Hoạt động", "activity"),
        ("Nội dung hoạt động", "activity"),
        ("Kết quả/Sản phẩm", "result"),
        ("Kết quả/ Sản phẩm", "result"),
        ("Kết quả, sản phẩm", "result"),
        ("Dự kiến kết quả", "result"),
        ("4- Kết quả/Sản\nphẩm", "result"),
        ("Chủ trì", "lead"),
        ("Cơ quan, đơn vị chủ trì", "lead"),
        ("Đơn vị thực hiện", "lead"),
        ("Phối hợp", "partners"),
        ("6- Cơ quan phối hợp", "partners"),
        ("Thời gian", "due_text"),
        ("Thời gian hoàn thành", "due_text"),
        ("(7) Thời hạn", "due_text"),
        ("Kinh phí", "budget"),
        ("8- Kinh phí thực hiện", "budget"),
        ("Nguồn kinh phí", "budget"),
        ("Ghi chú", None),
        ("Lĩnh vực", None),
        ("", None),
    ],
)
def test_header_variants(header, field):
    assert field_for_header(header) == field


@pytest.mark.parametrize(
    "cell, names",
    [
        ("Phòng VHXH", ["Phòng VHXH"]),
        ("- Phòng VHXH\n- Đoàn kiểm tra\nCCHC của xã", ["Phòng VHXH", "Đoàn kiểm tra CCHC của xã"]),
        ("Văn phòng\nHĐND&UBND", ["Văn phòng HĐND&UBND"]),
        ("Các phòng chuyên môn, TT PVHCC", ["Các phòng chuyên môn", "TT PVHCC"]),
        ("Phòng Văn hóa,\nPhòng Kinh tế", ["Phòng Văn hóa", "Phòng Kinh tế"]),
        ("Phòng HCTC; Phòng Nội chính.", ["Phòng HCTC", "Phòng Nội chính"]),
        ("Cơ quan, đơn vị liên quan", ["Cơ quan, đơn vị liên quan"]),
        ("Các sở, ban ngành cấp tỉnh, UBND cấp xã", ["Các sở, ban ngành cấp tỉnh", "UBND cấp xã"]),
        (
            "Sở Tài chính (đối với đơn vị SNCL, cấp tỉnh); UBND cấp xã",
            ["Sở Tài chính (đối với đơn vị SNCL, cấp tỉnh)", "UBND cấp xã"],
        ),
        ("+ Phòng Kinh tế\n+ Phòng Kinh tế", ["Phòng Kinh tế"]),
        ("", []),
    ],
)
def test_unit_cells_split_into_names(cell, names):
    assert split_unit_names(cell) == names


@pytest.mark.parametrize(
    "title, period",
    [
        ("CHI TIẾT CÁC NHIỆM VỤ CCHC 6 THÁNG CUỐI NĂM 2025 CỦA XÃ", Period("half_year", year=2025, half=2)),
        ("Nhiệm vụ 06 tháng đầu năm 2026", Period("half_year", year=2026, half=1)),
        ("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026", Period("year", year=2026)),
        ("KẾ HOẠCH CCHC GIAI ĐOẠN 2026-2030", Period("multi_year", start_year=2026, end_year=2030)),
        (
            "KẾ HOẠCH GIAI ĐOẠN 2021 – 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030",
            Period("multi_year", start_year=2021, end_year=2025),
        ),
        ("NHIỆM VỤ TRỌNG TÂM", None),
    ],
)
def test_period_from_the_annex_title(title, period):
    assert guess_period(title) == period


def test_annex_heading_without_a_phu_luc_line():
    lines = [
        "Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ.",
        "KHUNG NHIỆM VỤ CCHC NĂM 2026",
        "(Kèm theo Kế hoạch số 12/KH-UBND)",
    ]
    assert read_annex_heading(lines) == ("KHUNG NHIỆM VỤ CCHC NĂM 2026", "(Kèm theo Kế hoạch số 12/KH-UBND)")
    assert read_annex_heading(["PHỤ LỤC II: DANH MỤC NHIỆM VỤ"]) == ("DANH MỤC NHIỆM VỤ", "")


def test_no_recognisable_table_names_the_file(tmp_path):
    table = AnnexTable(header=["Họ tên", "Chức vụ", "Ký"], rows=[["Võ Đức Diện", "Chủ tịch", ""]])
    path = write_xlsx(tmp_path / "danh-sach.xlsx", table)
    with pytest.raises(InvalidInputError) as caught:
        analyse(load_tables(path))
    assert (caught.value.code, caught.value.params) == ("annex.no_table_in_file", {"name": "danh-sach.xlsx"})
    assert "«danh-sach.xlsx»" in caught.value.message


def test_mapping_is_a_value_the_gui_can_keep():
    mapping = ColumnMapping(
        columns={"number": 0, "task": 1},
        headers=("TT", "Việc", "Ghi chú"),
        header_row=0,
        data_start=1,
        width=3,
    )
    assert mapping.field_of(1) == "task" and mapping.column_of("lead") is None
    assert [c.header for c in mapping.unknown_columns] == ["Việc", "Ghi chú"][1:]
    assert mapping.with_field("result", 2).field_of(2) == "result"
    assert mapping.columns == {"number": 0, "task": 1}  # unchanged: with_field returns a copy


def test_two_level_header_and_a_section_without_numeral(tmp_path):
    # "Phân công thực hiện" spans "Chủ trì | Phối hợp" on the row below; TT and the other
    # headers are merged down over both header rows.
    table = AnnexTable(
        header=["TT", "Nhiệm vụ", "Sản phẩm", "Phân công thực hiện", "", "Thời gian"],
        rows=[
            ["", "", "", "Chủ trì", "Phối hợp", ""],
            ["NHIỆM VỤ TRỌNG TÂM", "", "", "", "", ""],
            ["1", "Rà soát TTHC", "Báo cáo", "Trung tâm PVHCC", "Phòng VHXH", "Quý II"],
        ],
        merges=[(-1, 3, -1, 4), (-1, 0, 0, 0), (-1, 1, 0, 1), (-1, 2, 0, 2), (-1, 5, 0, 5), (1, 0, 1, 5)],
    )
    preview = _analyse_file(tmp_path, write_xlsx, "xlsx", table)
    assert preview.mapping.columns == {
        "number": 0,
        "task": 1,
        "result": 2,
        "lead": 3,
        "partners": 4,
        "due_text": 5,
    }
    assert preview.mapping.headers[3] == "Phân công thực hiện / Chủ trì"
    [section] = preview.sections
    assert (section.code, section.title) == ("", "NHIỆM VỤ TRỌNG TÂM")
    assert section.items[0].rows[0].partners == ["Phòng VHXH"]
    assert _codes(preview) == [("annex.untitled_section", {"text": "NHIỆM VỤ TRỌNG TÂM"})]
