"""Copying rows as Excel puts them on the clipboard and pasting rows from Excel or Word text into
the annex, as one undoable action."""

from __future__ import annotations

import csv
import io

import pytest
from register_fixtures import numbers, open_with_demo, state, undo_redo_exact

from cchc_desktop.errors import InvalidInputError
from cchc_desktop.services.annex_clipboard import excel_cell

HEADER = (
    "TT\tMục tiêu/Chỉ tiêu\tNhiệm vụ\tHoạt động\tKết quả/Sản phẩm\tChủ trì\tPhối hợp\tThời gian\tKinh phí\r\n"
)


@pytest.fixture
def demo(data_dir, demo_doc):
    ws, plan_id = open_with_demo(data_dir, demo_doc)
    yield ws, plan_id
    ws.close()


def _read_back(text: str) -> list[list[str]]:
    """How Excel (and Python's csv, the importer's reader) read tab-separated clipboard text."""
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"'))


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("Kế hoạch", "Kế hoạch"),
        ("dòng 1\ndòng 2", '"dòng 1\ndòng 2"'),
        ('Báo cáo "quý"', '"Báo cáo ""quý"""'),
        ("cột\tcột", '"cột\tcột"'),
        ("", ""),
    ],
)
def test_cells_are_quoted_as_excel_quotes_them(cell, written):
    assert excel_cell(cell) == written
    assert _read_back(f"a\t{written}\tb\r\n") == [["a", cell, "b"]]


def test_copied_rows_read_back_cell_for_cell(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    row = view.rows[2]
    ws.register.set_cell(row.uuid, "task", 'Tổ chức "Ngày pháp luật"\nvà tọa đàm\ttại xã')
    ws.register.set_cell(row.uuid, "lead", ["Phòng VHXH", "Công an xã"])
    clip = ws.register.copy_rows([view.rows[0].uuid, row.uuid])
    assert clip.rows == 2 and clip.text.endswith("\r\n")
    lines = _read_back(clip.text)
    assert lines[0] == HEADER.rstrip("\r\n").split("\t")
    assert lines[2][2] == 'Tổ chức "Ngày pháp luật"\nvà tọa đàm tại xã'  # stored texts hold no tabs
    assert lines[2][5] == "Phòng VHXH\nCông an xã"
    assert lines[1][0] == view.rows[0].item_number and lines[1][1] == view.rows[0].objective
    assert "<table" in clip.html and "<br>" in clip.html and "&quot;Ngày pháp luật&quot;" in clip.html
    bare = ws.register.copy_rows([row.uuid], header=False)
    assert _read_back(bare.text) == lines[2:]


def test_a_later_row_of_an_item_has_no_tt(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    second = next(r for r in view.rows if r.row_index == 1)
    line = _read_back(ws.register.copy_rows([second.uuid], header=False).text)[0]
    assert line[0] == "" and line[1] == ""


def test_copying_an_item_or_section_brings_everything_in_it(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    section = view.sections[1]
    lines = _read_back(ws.register.copy_rows([section.uuid], header=False).text)
    assert lines[0][:2] == [section.code, section.title]
    assert len(lines) == 1 + sum(1 for r in view.rows if r.section_uuid == section.uuid)


def test_paste_of_copied_rows_after_a_row_makes_new_items_numbered_and_undoable(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    first = view.rows[0]
    clip = ws.register.copy_rows([view.rows[0].uuid, view.rows[1].uuid])
    before = state(ws, plan_id)
    result = ws.register.paste_rows(first.uuid, clip.text)
    assert result.counts.tasks == 2 and result.counts.rows == 2
    after = ws.register.view(plan_id)
    assert [r.task for r in after.rows[:4]] == [
        view.rows[0].task,
        view.rows[0].task,
        view.rows[1].task,
        view.rows[1].task,
    ]
    assert [r.item_number for r in after.rows[:4]] == ["1", "2", "3", "4"]
    assert after.rows[1].lead == view.rows[0].lead and after.rows[1].uuid not in {r.uuid for r in view.rows}
    assert numbers(ws, plan_id)[:4] == [("I", "1"), ("I", "2"), ("I", "3"), ("I", "4")]
    undo_redo_exact(ws, plan_id, result.applied, before)


def test_rows_without_tt_become_more_rows_of_the_chosen_item(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    first = view.rows[0]
    text = (
        HEADER
        + "\t\t\tHoạt động dán 1\tSản phẩm 1\tPhòng VHXH\t\tQuý IV\t\r\n\t\t\tHoạt động dán 2\t\tCông an xã\t\tTháng 12\t\r\n"
    )
    result = ws.register.paste_rows(first.uuid, text)
    rows = ws.register.view(plan_id).rows_of_item(first.item_uuid)
    assert [r.activity for r in rows] == [first.activity, "Hoạt động dán 1", "Hoạt động dán 2"]
    assert rows[2].lead == ("Công an xã",)
    assert result.warnings == []  # no section line, no TT: nothing wrong with pasted rows


def test_without_a_header_columns_map_by_position(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    item = view.items[0]
    # Nine columns from TT, as the register copies them without a header line.
    nine = "7\tMục tiêu X\tNhiệm vụ X\tHoạt động X\tKết quả X\tPhòng VHXH\tCông an xã\tQuý III\tNgân sách\r\n"
    ws.register.paste_rows(item.uuid, nine)
    new = ws.register.view(plan_id).rows[1]
    assert (
        new.objective,
        new.task,
        new.activity,
        new.result,
        new.lead,
        new.partners,
        new.due_text,
        new.budget,
    ) == (
        "Mục tiêu X",
        "Nhiệm vụ X",
        "Hoạt động X",
        "Kết quả X",
        ("Phòng VHXH",),
        ("Công an xã",),
        "Quý III",
        "Ngân sách",
    )
    assert new.item_number == "2"  # renumbered, not the 7 pasted
    # No TT column: the cells start at Nhiệm vụ; they continue the chosen item.
    ws.register.paste_rows(
        view.rows[0].uuid, '"Nhiệm vụ Y\ncó hai dòng"\tHoạt động Y\tKết quả Y\tPhòng Kinh tế\r\n'
    )
    rows = ws.register.view(plan_id).rows_of_item(item.uuid)
    assert rows[1].task == "Nhiệm vụ Y\ncó hai dòng" and rows[1].lead == ("Phòng Kinh tế",)


def test_pasted_section_lines_become_new_sections(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    text = (
        HEADER
        + "VIII\tTÁC ĐỘNG CỦA CCHC\t\t\t\t\t\t\t\r\n1\t\tKhảo sát sự hài lòng\t\t\tPhòng VHXH\t\tQuý IV\t\r\n"
    )
    ws.register.paste_rows(view.rows[0].uuid, text)
    sections = ws.register.view(plan_id).sections
    assert [s.code for s in sections] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert sections[1].title == "TÁC ĐỘNG CỦA CCHC"


def test_nothing_to_paste_is_refused_and_writes_nothing(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    before = state(ws, plan_id)
    for text in ["", "\r\n\r\n", HEADER]:
        with pytest.raises(InvalidInputError):
            ws.register.paste_rows(view.rows[0].uuid, text)
    assert state(ws, plan_id) == before
