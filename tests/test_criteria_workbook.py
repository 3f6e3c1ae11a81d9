"""Criteria workbooks: template, round trip, the sample set, the shapes real files take, bad and
hostile files refused as a whole with every problem listed by row."""

from __future__ import annotations

import importlib.util
import zipfile
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from cchc_desktop import paths
from cchc_desktop.domain.criteria import BONUS, PENALTY
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.exporters.criteria_template import write_criteria_template, write_criteria_workbook
from cchc_desktop.i18n import Message
from cchc_desktop.importers.criteria_workbook import read_criteria_workbook
from cchc_desktop.scoring.rules import ChoiceRule, CountRule, FreeRule, RateRule, YesNoRule

HEADER = [
    "Mã",
    "Tiêu chí",
    "Điểm tối đa",
    "Cách chấm",
    "Tài liệu kiểm chứng",
    "Không áp dụng được",
    "Tỉnh chấm",
    "Số liệu từ sổ nhiệm vụ",
]
TIERS = [("Xếp loại", "Từ (%)"), ("Tốt", 80), ("Khá", 70), ("Trung bình", 60), ("Thấp", 0)]
SAMPLE = paths.resource("criteria", "bo-tieu-chi-mau-cap-xa.xlsx")


def workbook_file(
    path: Path, rows, above=(("Năm:", 2026),), header=HEADER, tiers=TIERS, sheet="Tiêu chí"
) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for line in above:
        ws.append(list(line))
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    if tiers is not None:
        grades = book.create_sheet("Xếp loại")
        for line in tiers:
            grades.append(list(line))
    book.save(path)
    return path


def problems_of(error: InvalidInputError) -> list[tuple[str, object]]:
    """(code, row) of each listed problem."""
    listed = error.params["problems"]
    assert all(isinstance(p, Message) for p in listed)
    assert str(error)  # the whole sentence renders
    return [(p.code, p.params.get("row")) for p in listed]


# --- template and round trip -------------------------------------------------------------------


def test_template_has_the_three_sheets_styled_and_the_default_tiers(tmp_path):
    path = tmp_path / "mau.xlsx"
    write_criteria_template(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tiêu chí", "Xếp loại", "Hướng dẫn"]
    ws = book["Tiêu chí"]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Mã")
    assert [ws.cell(header_row, c).value for c in range(1, 9)] == HEADER
    assert ws.cell(header_row, 1).font.bold and ws.freeze_panes == f"A{header_row + 1}"
    assert ws.column_dimensions["B"].width > 40 and ws.cell(header_row, 2).alignment.wrap_text
    assert [(r[0].value, r[1].value) for r in book["Xếp loại"].iter_rows(min_row=2)] == [
        ("Xuất sắc", 90),
        ("Tốt", 80),
        ("Khá", 70),
        ("Trung bình", 60),
        ("Yếu", 0),
    ]
    guide = " ".join(str(c.value) for row in book["Hướng dẫn"].iter_rows() for c in row if c.value)
    for example in (
        "Có/không",
        "Đúng hạn: 1; trễ hạn: 0,5",
        "Tỷ lệ: trên 90% → 2",
        "Mỗi lần: 0,25",
        "bước 0,5",
        "Điểm thưởng",
        "Trừ 0,5 mỗi lần, tối đa 2",
        "Tỉnh chấm",
        "Số liệu từ sổ nhiệm vụ",
    ):
        assert example in guide


def test_template_filled_in_reads_back(tmp_path):
    path = tmp_path / "mau.xlsx"
    write_criteria_template(path)
    book = openpyxl.load_workbook(path)
    ws = book["Tiêu chí"]
    ws["C1"], ws["C2"], ws["C3"] = "Bộ chỉ số xã năm 2026", 2026, "UBND tỉnh Quảng Trị"
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Mã")
    for offset, row in enumerate(
        [
            ("I", "Chỉ đạo, điều hành", None),
            ("1", "Kế hoạch CCHC", 1, "có/không"),
            ("2", "Báo cáo", 1, "mỗi báo cáo: 0,25"),
        ],
        start=1,
    ):
        for column, value in enumerate(row, start=1):
            ws.cell(header_row + offset, column, value)
    book.save(path)
    criteria = read_criteria_workbook(path)
    assert (criteria.name, criteria.year, criteria.issuer) == (
        "Bộ chỉ số xã năm 2026",
        2026,
        "UBND tỉnh Quảng Trị",
    )
    assert [c.code for c in criteria.walk()] == ["I", "I.1", "I.2"]
    assert criteria.areas[0].max_points == D(2)
    assert criteria.find("I.2").rule == CountRule(D("0.25"), "báo cáo")


def test_the_sample_set_imports_and_covers_every_kind(tmp_path):
    criteria = read_criteria_workbook(SAMPLE)
    assert criteria.is_sample and "không phải bộ tiêu chí chính thức" in criteria.name
    assert criteria.total_maximum() == D(100)
    leaves = list(criteria.leaves())
    assert 40 <= len(leaves) <= 70
    kinds = {type(c.rule) for c in leaves}
    assert kinds == {FreeRule, YesNoRule, ChoiceRule, RateRule, CountRule}
    assert [a.text for a in criteria.areas[:8]] == [
        "Công tác chỉ đạo, điều hành",
        "Cải cách thể chế",
        "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy",
        "Cải cách chế độ công vụ",
        "Cải cách tài chính công",
        "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
        "Tác động của cải cách hành chính",
    ]
    assert any(c.allow_na for c in leaves)
    assert [c.code for c in leaves if c.province_scored] == ["VIII.1"]
    assert [b.code for b in criteria.blocks(BONUS)] == ["IX"] and [
        b.code for b in criteria.blocks(PENALTY)
    ] == ["X"]
    assert {c.register_source for c in leaves} >= {
        "plan_on_time",
        "rows_done_rate",
        "tag:kiem-tra",
        "tag:doi-thoai",
        "tag:tuyen-truyen",
    }
    # the script that made it makes the same set again
    spec = importlib.util.spec_from_file_location(
        "make_sample", Path(__file__).parent.parent / "scripts" / "make_sample_criteria.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.build_set() == criteria
    assert script.main(["x", str(tmp_path / "again.xlsx")]) == 0


def test_a_set_written_back_reads_equal(tmp_path):
    criteria = read_criteria_workbook(SAMPLE)
    criteria.step = D("0.5")  # a set's own step travels too
    for node in criteria.walk():
        if isinstance(node.rule, FreeRule) and (node.rule.step == D("0.25") or node.children):
            node.rule = FreeRule(D("0.5"), node.rule.effect)
    path = tmp_path / "lai.xlsx"
    write_criteria_workbook(criteria, path)
    assert read_criteria_workbook(path) == criteria


# --- the shapes real files take ------------------------------------------------------------------


def test_title_rows_header_spellings_restarting_numbers_and_continuations(tmp_path):
    path = workbook_file(
        tmp_path / "a.xlsx",
        above=[("UBND TỈNH QUẢNG TRỊ",), ("BỘ TIÊU CHÍ ĐÁNH GIÁ CẤP XÃ NĂM 2026",), ()],
        header=[
            "MÃ",
            "Nội dung",
            "Điểm tối đa (điểm)",
            "Cách chấm điểm",
            "Tài liệu kiểm chứng",
            "Không áp dụng",
            "Tỉnh chấm",
        ],
        rows=[
            ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
            ("I", "CÔNG TÁC CHỈ ĐẠO", None),
            ("1", "Kế hoạch", 1, "co/khong"),
            (None, "(ban hành trước 31/12)"),
            ("2", "Báo cáo", 2),
            ("2.1", "Quý", 1, "mỗi lần: 0,25", "", "x"),
            ("2.2", "Năm", 1),
            ("II", "THỂ CHẾ", 3),
            ("1.", "Rà soát", 3, "tỷ lệ: >=90%: 3; <90%: 0"),
            (None, "Tổng cộng", 6),
        ],
    )
    criteria = read_criteria_workbook(path)
    assert criteria.name == "BỘ TIÊU CHÍ ĐÁNH GIÁ CẤP XÃ NĂM 2026" and criteria.year == 2026
    assert [c.code for c in criteria.walk()] == ["I", "I.1", "I.2", "I.2.1", "I.2.2", "II", "II.1"]
    assert criteria.find("I.1").text == "Kế hoạch\n(ban hành trước 31/12)"
    assert criteria.find("I.2.1").allow_na and [t.label for t in criteria.tiers] == [
        "Tốt",
        "Khá",
        "Trung bình",
        "Thấp",
    ]


def test_numeric_areas_running_numbers_and_percent_formatted_tiers(tmp_path):
    path = workbook_file(
        tmp_path / "b.xlsx",
        rows=[
            ("1", "Chỉ đạo", None),
            ("1.1", "Kế hoạch", 1.5, "bước 0,5"),
            ("1.2", "Tiến độ", 0.5, "đúng hạn: 0,5; trễ hạn: 0"),
            ("2", "Khảo sát", 10, "", "", "", "có"),
        ],
        tiers=[("Xếp loại", "Từ (%)"), ("Thấp", 0), ("Trung bình", 0.6), ("Tốt", 0.8)],
    )
    book = openpyxl.load_workbook(path)
    for row in book["Xếp loại"].iter_rows(min_row=3):
        row[1].number_format = "0%"
    book.save(path)
    criteria = read_criteria_workbook(path, name="Bộ riêng")
    assert criteria.name == "Bộ riêng"
    assert [(t.label, t.from_percent) for t in criteria.tiers] == [
        ("Tốt", 80),
        ("Trung bình", 60),
        ("Thấp", 0),
    ]
    assert criteria.find("1").max_points == D(2) and criteria.find("2").province_scored
    assert criteria.total_maximum() == D(12)


def test_roman_areas_with_numbers_running_on(tmp_path):
    path = workbook_file(
        tmp_path / "c.xlsx",
        rows=[
            ("I", "A", None),
            ("1", "a", 1),
            ("2", "b", 1),
            ("II", "B", None),
            ("3", "c", 1),
            ("3.1", "c1", 1),
        ],
    )
    criteria = read_criteria_workbook(path)
    assert [c.code for c in criteria.walk()] == ["I", "I.1", "I.2", "II", "II.3", "II.3.1"]


# --- bad files -------------------------------------------------------------------------------------


def test_a_bad_file_is_refused_whole_with_every_problem_by_row(tmp_path):
    path = workbook_file(
        tmp_path / "bad.xlsx",
        above=[],
        tiers=[("Xếp loại", "Từ (%)"), ("Tốt", 80), ("Khá", 90), ("Trung bình", 60), ("Yếu", 120)],
        rows=[
            ("I", "Chỉ đạo", 5),  # 2
            ("1", "Kế hoạch", 1, "có/không", "", "x", "có"),  # 3: province and not applicable
            ("2", "Tỷ lệ", 2.5, "tỷ lệ: từ 90% trở lên → 3; dưới 90% → 0"),  # 4: band > maximum
            ("1", "Trùng", 1),  # 5: duplicate
            ("1.x", "Mã lạ", 1),  # 6: bad code
            ("3.1", "Không có cha", 1),  # 7: parent missing
            ("4", "Thiếu điểm", None),  # 8: maximum missing
            ("5", "Điểm âm", -1),  # 9: maximum not positive
            ("6", "Cờ lạ", 1, "", "", "chắc vậy"),  # 10: flag unreadable
            ("7", "Nguồn lạ", 1, "có/không", "", "", "", "tỷ lệ nhiệm vụ hoàn thành"),  # 11: source ≠ rule
            ("8", "Cách chấm lạ", 1, "tùy"),  # 12: unreadable rule
            (None, "", 2, ""),  # 13: points without a code
        ],
    )
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(path)
    error = caught.value
    assert error.code == "criteria.invalid" and error.params["name"] == "bad.xlsx"
    found = problems_of(error)
    for expected in [
        ("criteria.province_and_na", 3),
        ("criteria.bad_rule", 4),
        ("criteria.duplicate_code", 5),
        ("criteria.bad_code", 6),
        ("criteria.parent_missing", 7),
        ("criteria.max_missing", 8),
        ("criteria.max_not_positive", 9),
        ("criteria.flag_unreadable", 10),
        ("criteria.source_rule_mismatch", 11),
        ("criteria.bad_rule", 12),
        ("criteria.code_missing", 13),
        ("criteria.tiers_not_ordered", 4),
        ("criteria.tier_out_of_range", 5),
        ("criteria.tiers_no_zero", None),
        ("criteria.year_missing", None),
    ]:
        assert expected in found, (expected, found)
    assert error.params["count"] == len(found)
    rule_problem = next(p for p in error.params["problems"] if p.params.get("row") == 4)
    assert rule_problem.params["reason"].code == "rule.points_above_max"


def test_parent_maximum_must_be_the_sum_of_its_children(tmp_path):
    path = workbook_file(tmp_path / "sum.xlsx", rows=[("1", "A", 3), ("1.1", "a", 1), ("1.2", "b", "1,5")])
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(path)
    problem = caught.value.params["problems"][0]
    assert (problem.code, problem.params) == (
        "criteria.max_not_sum",
        {"row": 3, "code": "1", "expected": "2,5", "found": "3"},
    )


def test_criteria_out_of_place_and_rules_on_parents(tmp_path):
    path = workbook_file(
        tmp_path / "nest.xlsx",
        rows=[
            ("1", "A", None, "có/không"),
            ("1.1", "a", 1),
            ("2", "B", None),
            ("2.1", "b", 1),
            ("1.2", "lạc chỗ", 1),
        ],
    )
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(path)
    assert problems_of(caught.value) == [("criteria.out_of_order", 7), ("criteria.rule_on_parent", 3)]


def test_a_bonus_block_caps_and_its_items_add(tmp_path):
    path = workbook_file(
        tmp_path / "bonus.xlsx",
        rows=[
            ("1", "A", 1, "có/không"),
            ("2", "Điểm thưởng", 1, "Điểm thưởng"),
            ("2.1", "Sáng kiến", 2, "mỗi sáng kiến: 1"),
            ("2.2", "Ngược", 1, "điểm trừ"),
        ],
    )
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(path)
    assert problems_of(caught.value) == [("criteria.effect_conflict", 6)]


def test_missing_tiers_and_missing_header(tmp_path):
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(workbook_file(tmp_path / "t.xlsx", rows=[("1", "A", 1)], tiers=None))
    assert problems_of(caught.value) == [("criteria.tiers_missing", None)]
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(
            workbook_file(
                tmp_path / "h.xlsx", rows=[("1", "A", 1)], header=["STT", "Nội dung"], sheet="Sheet1"
            )
        )
    assert caught.value.code == "criteria.no_sheet"


# --- hostile files -----------------------------------------------------------------------------------


def test_not_a_workbook(tmp_path):
    text = tmp_path / "gia.xlsx"
    text.write_text("Mã;Tiêu chí\n1;A\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(text)
    assert caught.value.code == "criteria.file_not_xlsx"
    old = tmp_path / "cu.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(old)
    assert caught.value.code == "criteria.file_protected"
    cut = tmp_path / "cut.xlsx"
    write_criteria_template(cut)
    cut.write_bytes(cut.read_bytes()[:3000])
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(cut)
    assert caught.value.code == "criteria.file_corrupt"


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<c/>" * (8 * 1024 * 1024))  # 32 MB of empty cells
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(bomb)
    assert caught.value.code == "criteria.file_suspicious"


def test_a_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    from cchc_desktop.importers import criteria_workbook

    monkeypatch.setattr(criteria_workbook, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "lon.xlsx"
    write_criteria_template(path)
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(path)
    assert caught.value.code == "file.too_large"


def test_a_sheet_of_millions_of_empty_cells_is_refused_before_streaming(tmp_path):
    """openpyxl builds a dict per <c/> of a streamed row: 5 million took 40 s and 1.6 GB."""
    base, wide = tmp_path / "base.xlsx", tmp_path / "wide.xlsx"
    write_criteria_template(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(wide, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>", b'<row r="900">' + b"<c/>" * 300_000 + b"</row></sheetData>"
                )
            target.writestr(info, data)
    with pytest.raises(InvalidInputError) as caught:
        read_criteria_workbook(wide)
    assert caught.value.code == "criteria.sheet_too_big"
