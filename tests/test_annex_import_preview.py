"""What a new user hit, each in .xlsx and .docx where it applies: headers of several rows repeated
inside the table, tasks counted apart from group headings, the plan's number and date read from
the "(Kèm theo …)" note, unit names that differ only in dashes, "&" or case; and the JSON form
of the preview, the typed warnings."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from annex_fixtures import AnnexTable, commune_table, province_table, write_docx, write_xlsx
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_desktop.domain import AnnexRow, PlanCounts, Unit
from cchc_desktop.importers.annex import (
    ImportWarning,
    analyse,
    load_tables,
    load_tables_from_text,
    read_reference,
    split_unit_names,
)
from cchc_desktop.importers.annex.warning import RowNumbers

WRITERS = [pytest.param(write_xlsx, "xlsx", id="xlsx"), pytest.param(write_docx, "docx", id="docx")]
FULL_MAPPING = {
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


def _analyse_file(tmp_path, writer, suffix, table, **kwargs):
    return analyse(load_tables(writer(tmp_path / f"phu-luc.{suffix}", table)), **kwargs)


# --- 3a. a header of 1, 2 or 3 rows, repeated anywhere ----------------------------------------------


def _header_block(height: int) -> tuple[list[str], list[list[str]], list[tuple[int, int, int, int]]]:
    """(first header row, the header rows under it, merges relative to the first row = -1)."""
    if height == 1:
        return (
            [
                "TT",
                "Mục tiêu",
                "Nhiệm vụ",
                "Hoạt động",
                "Kết quả/Sản phẩm",
                "Chủ trì",
                "Phối hợp",
                "Thời gian",
                "Kinh phí",
            ],
            [],
            [],
        )
    if height == 2:
        return (
            [
                "TT",
                "Mục tiêu",
                "Nội dung",
                "",
                "Kết quả/Sản phẩm",
                "Phân công thực hiện",
                "",
                "Thời gian",
                "Kinh phí",
            ],
            [["", "", "Nhiệm vụ", "Hoạt động", "", "Chủ trì", "Phối hợp", "", ""]],
            [(-1, 2, -1, 3), (-1, 5, -1, 6)] + [(-1, c, 0, c) for c in (0, 1, 4, 7, 8)],
        )
    return (
        ["TT", "Mục tiêu", "Nội dung thực hiện", "", "", "Phân công thực hiện", "", "Thời gian", "Kinh phí"],
        [
            ["", "", "Nhiệm vụ", "Hoạt động", "Kết quả/Sản phẩm", "Đơn vị", "", "", ""],
            ["", "", "", "", "", "Chủ trì", "Phối hợp", "", ""],
        ],
        [(-1, 2, -1, 4), (-1, 5, -1, 6), (0, 5, 0, 6)]
        + [(-1, c, 1, c) for c in (0, 1, 7, 8)]
        + [(0, c, 1, c) for c in (2, 3, 4)],
    )


ROW_1 = [
    "1",
    "Mục tiêu chỉ đạo",
    "Ban hành Kế hoạch CCHC",
    "Xây dựng dự thảo",
    "Kế hoạch",
    "Phòng VHXH",
    "Các phòng chuyên môn",
    "Tháng 7/2025",
    "Ngân sách xã",
]
ROW_2A = [
    "1",
    "Công khai TTHC",
    "Niêm yết TTHC",
    "Rà soát danh mục",
    "Danh mục",
    "Trung tâm PVHCC",
    "",
    "Quý III",
    "",
]
ROW_2B = ["", "", "", "Cập nhật Cổng DVC", "Cổng DVC", "Trung tâm PVHCC", "", "Hàng tháng", ""]
ROW_2C = [
    "2",
    "Số hóa hồ sơ",
    "Số hóa kết quả",
    "Số hóa",
    "Hồ sơ số",
    "Trung tâm PVHCC",
    "Phòng VHXH",
    "Quý IV",
    "",
]


def repeated_header_table(height: int, number_row: bool, merged: bool = True) -> AnnexTable:
    """Section I; the header again (all its rows, and the "(1) … (9)" row if asked) where a page
    ends; section II, whose item 1 is cut by the header repeated once more between its two rows."""
    header, sub_rows, block_merges = _header_block(height)
    block = [list(header)] + [list(r) for r in sub_rows]
    numbers = [f"({c})" for c in range(1, 10)]
    top = [list(r) for r in sub_rows] + ([numbers] if number_row else [])
    rows: list[list[object]] = list(top)
    merges = list(block_merges) if merged else []

    def add_block() -> None:
        start = len(rows)
        rows.extend([list(r) for r in block] + ([list(numbers)] if number_row else []))
        if merged:
            merges.extend((a + start + 1, b, c + start + 1, d) for a, b, c, d in block_merges)

    def add_section(code: str, title: str) -> None:
        rows.append([code, title] + [""] * 7)
        if merged:
            merges.append((len(rows) - 1, 1, len(rows) - 1, 8))

    add_section("I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH")
    rows.append(list(ROW_1))
    add_block()
    add_section("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    rows.append(list(ROW_2A))
    add_block()
    rows.append(list(ROW_2B))
    rows.append(list(ROW_2C))
    return AnnexTable(header, rows, merges)


def _check_repeated_header_preview(preview) -> None:
    assert preview.mapping.columns == FULL_MAPPING
    first, second = preview.sections
    assert [i.number for i in first.items] == ["1"] and [i.number for i in second.items] == ["1", "2"]
    assert first.items[0].rows == [
        AnnexRow(
            "Ban hành Kế hoạch CCHC",
            "Xây dựng dự thảo",
            "Kế hoạch",
            ["Phòng VHXH"],
            ["Các phòng chuyên môn"],
            "Tháng 7/2025",
            "Ngân sách xã",
        )
    ]
    # The page break inside item II.1 does not cut it: its second row follows the repeated header.
    assert [r.activity for r in second.items[0].rows] == ["Rà soát danh mục", "Cập nhật Cổng DVC"]
    names = {m.label for m in preview.units}
    assert names == {"Phòng VHXH", "Các phòng chuyên môn", "Trung tâm PVHCC"}  # no "Chủ trì", "Phối hợp"
    assert preview.warnings == []
    assert preview.counts == PlanCounts(sections=2, tasks=3, rows=4)


@pytest.mark.parametrize("number_row", [False, True], ids=["no-number-row", "number-row"])
@pytest.mark.parametrize("height", [1, 2, 3])
@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_header_of_any_height_repeated_inside_the_table_is_skipped(
    tmp_path, writer, suffix, height, number_row
):
    preview = _analyse_file(tmp_path, writer, suffix, repeated_header_table(height, number_row))
    _check_repeated_header_preview(preview)
    if height == 3:
        assert preview.mapping.headers[5] == "Phân công thực hiện / Đơn vị / Chủ trì"


def _tsv(table: AnnexTable) -> str:
    return "\n".join("\t".join(str(c) for c in row) for row in [table.header, *table.rows]) + "\n"


@pytest.mark.parametrize("height", [1, 2, 3])
def test_repeated_header_without_merged_cells_as_converted_from_pdf(height):
    # A converter from PDF writes each header row whole, with no merged cells.
    table = repeated_header_table(height, number_row=True, merged=False)
    preview = analyse(load_tables_from_text(_tsv(table)))
    _check_repeated_header_preview(preview)


def test_a_task_row_that_names_fields_is_not_taken_for_a_header():
    text = (
        "TT\tNhiệm vụ\tKết quả/Sản phẩm\tChủ trì\n"
        "I\tCẢI CÁCH THỂ CHẾ\n"
        "1\tTổ chức hoạt động kiểm tra\tKết quả kiểm tra\tPhòng VHXH\n"
        "\tPhối hợp hoạt động\tKết quả phối hợp\tPhòng VHXH\n"
    )
    [section] = analyse(load_tables_from_text(text)).sections
    assert [r.task for r in section.items[0].rows] == ["Tổ chức hoạt động kiểm tra", "Phối hợp hoạt động"]


# --- 3b. tasks, not group headings -------------------------------------------------------------------


def _grouped_text(declared: str) -> str:
    rows = ["STT\tNhiệm vụ\tKết quả\tChủ trì", f"I\tCẢI CÁCH THỂ CHẾ{declared}"]
    for group, subs in ((1, 3), (2, 3), (3, 2)):
        rows.append(f"{group}\tNhóm nhiệm vụ {group}\t\t")
        rows += [f"{group}.{k}\tNhiệm vụ {group}.{k}\tBáo cáo\tPhòng VHXH" for k in range(1, subs + 1)]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("declared", [" (08 nhiệm vụ)", " (03 nhiệm vụ)"], ids=["tasks", "top-level"])
def test_a_section_counts_its_tasks_not_its_group_headings(declared):
    preview = analyse(load_tables_from_text(_grouped_text(declared)))
    [count] = preview.section_counts
    assert (count.tasks, count.groups, count.rows, count.declared) == (8, 3, 11, int(declared[3:5]))
    assert count.line() == "I  CẢI CÁCH THỂ CHẾ: 8 nhiệm vụ (3 nhóm), 11 dòng"
    assert preview.counts == PlanCounts(sections=1, tasks=8, rows=11, groups=3)
    assert preview.warnings == []  # 8 tasks or 3 top-level items: both ways of counting agree


def test_a_declared_count_of_tasks_and_groups_together_warns():
    preview = analyse(load_tables_from_text(_grouped_text(" (11 nhiệm vụ)")))
    assert [(w.row_number, w.code, w.params) for w in preview.warnings] == [
        (
            2,
            "annex.declared_count_mismatch",
            {"section": "I", "declared": 11, "tasks": 8, "groups": 3, "top_level": 3},
        )
    ]
    assert preview.warnings[0].message == "Lĩnh vực I ghi 11 nhiệm vụ nhưng nhập được 8 nhiệm vụ."


# --- 3c. number, symbol and date from the note -------------------------------------------------------


def _with_note(note: str) -> str:
    return (
        f"PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026\n{note}\n"
        "TT\tNhiệm vụ\tChủ trì\nI\tCẢI CÁCH THỂ CHẾ\n1\tRà soát văn bản\tPhòng VHXH\n"
    )


@pytest.mark.parametrize(
    "note, number, symbol, date",
    [
        (
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND xã Cửa Tùng)",
            "12",
            "KH-UBND",
            dt.date(2026, 1, 15),
        ),
        (
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15 tháng 01 năm 2026 của UBND xã Cửa Tùng)",
            "12",
            "KH-UBND",
            dt.date(2026, 1, 15),
        ),
        (
            "(Kèm theo Quyết định số: 3369/QĐ-UBND ngày 31/12/2025 của Chủ tịch UBND tỉnh)",
            "3369",
            "QĐ-UBND",
            dt.date(2025, 12, 31),
        ),
        (
            "(Ban hành kèm theo Quyết định số:         /QĐ-UBND ngày      tháng       năm 2025 của UBND xã)",
            None,
            "QĐ-UBND",
            None,
        ),
        ("(Kèm theo Kế hoạch số 5/KH-UBND ngày 31/02/2026 của UBND xã)", "5", "KH-UBND", None),
        ("(Kèm theo Kế hoạch của UBND xã Cửa Tùng)", None, None, None),
    ],
    ids=["numeric date", "date in words", "decision", "draft", "no such day", "no reference"],
)
def test_the_note_gives_the_plans_number_symbol_and_date(note, number, symbol, date):
    preview = analyse(load_tables_from_text(_with_note(note)))
    suggested = (preview.suggested_number, preview.suggested_symbol, preview.suggested_date)
    assert suggested == (number, symbol, date)
    plan = preview.to_plan_document().plan
    assert (plan.number, plan.symbol, plan.issued_date) == (number or "", symbol or "", date)
    reference = preview.to_json()["suggested_reference"]
    expected = {"number": number or "", "symbol": symbol, "date": date.isoformat() if date else None}
    assert reference == (None if symbol is None else expected)


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_note_of_the_province_frame_in_a_file(tmp_path, writer, suffix):
    preview = _analyse_file(tmp_path, writer, suffix, province_table())
    assert (preview.suggested_number, preview.suggested_symbol, preview.suggested_date) == (
        "3369",
        "QĐ-UBND",
        dt.date(2025, 12, 31),
    )


@settings(derandomize=True, max_examples=40, deadline=None)
@given(
    number=st.integers(1, 99999),
    kind=st.sampled_from(["KH", "QĐ", "KH-UBND", "QĐ-UBND", "SNV-CCHC&VTLT"]),
    date=st.dates(dt.date(1945, 1, 1), dt.date(2200, 12, 31)),
    words=st.booleans(),
)
def test_reference_reads_back_what_was_written(number, kind, date, words):
    when = (
        f"ngày {date.day:02d} tháng {date.month:02d} năm {date.year}"
        if words
        else f"ngày {date.day}/{date.month}/{date.year}"
    )
    found = read_reference(f"(Kèm theo Kế hoạch số {number}/{kind} {when} của UBND xã)")
    assert (found.number, found.symbol, found.date) == (str(number), kind, date)


# --- 3d. one unit, however its name is spelt -----------------------------------------------------------

DIRECTORY = [
    Unit("Phòng Văn hóa – Xã hội", "Phòng VHXH"),
    Unit("Văn phòng HĐND và UBND"),
    Unit("Trung tâm Phục vụ hành chính công", "Trung tâm PVHCC"),
]


def _units_text(*leads: str) -> str:
    rows = ["TT\tNhiệm vụ\tChủ trì\tPhối hợp", "I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"]
    rows += [f'{n}\tNhiệm vụ {n}\t"{lead}"\tPhòng Văn hóa - Xã hội' for n, lead in enumerate(leads, 1)]
    return "\n".join(rows) + "\n"


def test_names_differing_in_dash_ampersand_spacing_or_case_are_one_unit():
    text = _units_text(
        "Phòng Văn hóa - Xã hội",
        "phòng văn hóa-xã hội",
        "Văn phòng HĐND & UBND",
        "phòng VHXH",
        "Phòng Văn hóa - Xã hội\nPhòng Văn hoá – Xã hội",
    )
    preview = analyse(load_tables_from_text(text), unit_directory=DIRECTORY)
    assert preview.new_units == []
    assert {m.label: m.unit.name for m in preview.units} == {
        "Phòng Văn hóa - Xã hội": "Phòng Văn hóa – Xã hội",
        "Văn phòng HĐND & UBND": "Văn phòng HĐND và UBND",
        "phòng VHXH": "Phòng Văn hóa – Xã hội",
    }
    leads = [row.lead for item in preview.sections[0].items for row in item.rows]
    # Written as the directory writes them, so that saving (which matches exact names) finds them;
    # a short name stays a short name. Two spellings in one cell are one unit.
    assert leads == [
        ["Phòng Văn hóa – Xã hội"],
        ["Phòng Văn hóa – Xã hội"],
        ["Văn phòng HĐND và UBND"],
        ["Phòng VHXH"],
        ["Phòng Văn hóa – Xã hội"],
    ]
    assert preview.plan_units() == [
        Unit("Phòng Văn hóa – Xã hội", "Phòng VHXH"),
        Unit("Văn phòng HĐND và UBND"),
    ]


def test_spellings_of_a_new_unit_are_made_one():
    text = _units_text("Ban chỉ huy Quân sự - xã", "Ban Chỉ huy quân sự – xã")
    preview = analyse(load_tables_from_text(text))
    assert preview.new_units == ["Ban chỉ huy Quân sự - xã", "Phòng Văn hóa - Xã hội"]
    leads = {row.lead[0] for item in preview.sections[0].items for row in item.rows}
    assert leads == {"Ban chỉ huy Quân sự - xã"}


def test_split_unit_names_keeps_one_spelling_per_unit():
    cell = "- Phòng Văn hóa - Xã hội\n- Phòng Văn hoá – Xã hội\n- HĐND & UBND\n- HĐND và UBND"
    assert split_unit_names(cell) == ["Phòng Văn hóa - Xã hội", "HĐND & UBND"]


def test_with_unit_maps_a_new_name_onto_a_known_unit():
    preview = analyse(
        load_tables_from_text(_units_text("Phòng VH-XH xã", "Trung tâm PVHCC")), unit_directory=DIRECTORY
    )
    assert preview.new_units == ["Phòng VH-XH xã"]
    chosen = preview.with_unit("phòng vh – xh xã", DIRECTORY[0])  # any spelling of the label
    assert chosen.new_units == []
    assert [m.unit for m in chosen.units if m.label == "Phòng VH-XH xã"] == [DIRECTORY[0]]
    assert chosen.sections[0].items[0].rows[0].lead == ["Phòng Văn hóa – Xã hội"]
    # Its partner cell names the same unit: a row never names one unit twice.
    assert chosen.sections[0].items[0].rows[0].partners == ["Phòng Văn hóa – Xã hội"]
    assert len(chosen.plan_units()) == len({u.name for u in chosen.plan_units()}) == 2
    assert preview.new_units == ["Phòng VH-XH xã"]  # the first preview is unchanged
    assert preview.sections[0].items[0].rows[0].lead == ["Phòng VH-XH xã"]
    with pytest.raises(ValueError):
        preview.with_unit("Phòng không có", DIRECTORY[0])


# --- 4. the JSON form, typed warnings ----------------------------------------------------------------

JSON_KEYS = {
    "source",
    "table",
    "header_row",
    "mapping",
    "unknown_columns",
    "annex_title",
    "annex_note",
    "suggested_title",
    "suggested_period",
    "suggested_reference",
    "sections",
    "totals",
    "units",
    "warnings",
}


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_preview_json_has_stable_keys_and_plain_values(tmp_path, writer, suffix):
    preview = _analyse_file(
        tmp_path, writer, suffix, province_table(), unit_directory=[Unit("Sở Nội vụ", "SNV")]
    )
    data = json.loads(json.dumps(preview.to_json(), ensure_ascii=False))
    assert set(data) == JSON_KEYS
    assert data["source"] == f"phu-luc.{suffix}"
    assert data["table"] == {
        "index": preview.table_index + 1,
        "name": preview.table_name,
        "rows": preview.tables[preview.table_index].rows,
        "columns": 9,
    }
    assert data["mapping"]["lead"] == {"column": 6, "header": "5- Chủ trì"}
    assert set(data["mapping"]) == set(FULL_MAPPING)
    assert data["suggested_period"] == {
        "kind": "year",
        "year": 2026,
        "half": None,
        "start_year": None,
        "end_year": None,
        "label": "Năm 2026",
    }
    assert data["sections"][0] == {
        "code": "I",
        "title": "CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC",
        "tasks": 3,
        "groups": 0,
        "rows": 7,
        "declared": 8,
    }
    assert data["totals"] == {"sections": 2, "tasks": 5, "groups": 0, "rows": 10}
    assert {"label": "Sở Nội vụ", "unit": "Sở Nội vụ", "new": False} in data["units"]
    assert {"label": "Sở Tư pháp", "unit": None, "new": True} in data["units"]
    assert data["warnings"] == [
        {
            "row": preview.warnings[0].row_number,
            "code": "annex.declared_count_mismatch",
            "params": {"section": "I", "declared": 8, "tasks": 3, "groups": 0, "top_level": 3},
            "message": "Lĩnh vực I ghi 8 nhiệm vụ nhưng nhập được 3 nhiệm vụ.",
        }
    ]


def test_preview_json_of_pasted_text_without_title():
    data = analyse(load_tables_from_text("TT\tNhiệm vụ\tChủ trì\n1\tRà soát\t\n")).to_json()
    assert set(data) == JSON_KEYS
    suggested = (data["suggested_title"], data["suggested_period"], data["suggested_reference"])
    assert (data["source"], suggested) == ("", (None, None, None))
    assert data["mapping"]["budget"] == {"column": None, "header": None}
    assert [w["code"] for w in data["warnings"]] == [
        "annex.items_before_first_section",
        "annex.row_without_lead",
    ]
    assert data["warnings"][0]["row"] == 2


def test_import_warning_renders_its_row_and_serialises_its_params():
    at_row = ImportWarning(12, "annex.number_jump", {"previous": 1, "number": 3})
    assert str(at_row) == "Cảnh báo (dòng 12): Số thứ tự nhảy từ 1 sang 3."
    assert at_row.message == "Số thứ tự nhảy từ 1 sang 3."
    many = ImportWarning(
        None, "annex.rows_without_lead", {"section": "II", "count": 10, "rows": RowNumbers(range(5, 15))}
    )
    assert str(many) == (
        "Cảnh báo: Lĩnh vực II: 10 dòng chưa có đơn vị chủ trì (dòng 5, 6, 7, 8, 9, 10, 11, 12, …)."
    )
    assert many.to_json()["params"]["rows"] == list(range(5, 15))
    assert json.loads(json.dumps(many.to_json()))["row"] is None
    assert hash(at_row) == hash(ImportWarning(12, "annex.number_jump", {"previous": 2}))  # usable in sets


def test_commune_annex_in_a_file_still_reads_back_whole(tmp_path):
    # The demo register through the whole path once more, now respelling units: nothing changes.
    preview = _analyse_file(tmp_path, write_xlsx, "xlsx", commune_table())
    assert preview.counts == PlanCounts(sections=7, tasks=43, rows=48)
    assert preview.suggested_symbol == "QĐ-UBND" and preview.suggested_number is None
