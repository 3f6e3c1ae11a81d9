"""The register view: rows in annex order with due times read, filters, the search without
diacritics, overdue and due-soon lists against a fixed clock, refreshing after edits, roll-ups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from register_fixtures import TODAY, open_with_demo

from cchc_desktop.domain.due import DueRange, parse_due
from cchc_desktop.domain.register import RegisterFilter, RegisterRow, search_fold
from cchc_desktop.domain.register_figures import Tally
from cchc_desktop.text import fold

AS_OF = TODAY.date()  # 15/10/2025


@pytest.fixture
def demo(data_dir, demo_doc):
    ws, plan_id = open_with_demo(data_dir, demo_doc)
    yield ws, plan_id
    ws.close()


def test_rows_come_in_annex_order_with_everything_the_register_shows(demo, demo_doc):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    expected = [(s.code, i.number, r.task, r.activity) for s, i, r in demo_doc.all_rows()]
    assert [(r.section_code, r.item_number, r.task, r.activity) for r in view.rows] == expected
    first = view.rows[0]
    assert first.section_title == "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH" and first.depth == 1 and first.row_index == 0
    assert first.due == DueRange("deadline", dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    assert first.lead == ("Phòng VHXH",) and first.status == "not_started" and first.evidence == 0
    assert view.plan.period.label() == "6 tháng cuối năm 2025" and view.as_of == AS_OF
    for row in view.rows:  # the due time as the parser reads it for the plan's period
        assert row.due == parse_due(row.due_text, dt.date(2025, 7, 1), dt.date(2025, 12, 31))


@pytest.fixture
def dia_chinh(demo):
    """Rows that name the land office in a few spellings, and one with "Đ" only in a note."""
    ws, plan_id = demo
    rows = ws.register.view(plan_id).rows
    ws.register.set_cell(rows[3].uuid, "lead", ["Công chức Địa chính - Xây dựng"])
    ws.register.set_cell(rows[10].uuid, "task", "Chỉnh lý hồ sơ ĐỊA CHÍNH các thôn")
    ws.register.set_progress(rows[20].uuid, "in_progress", note="Chờ phòng địa chính trả lời")
    return ws, plan_id, {rows[3].uuid, rows[10].uuid, rows[20].uuid}


@pytest.mark.parametrize("typed", ["dia chinh", "Địa chính", "ĐỊA CHÍNH", "đia  chinh", "DIA CHINH"])
def test_search_ignores_diacritics_d_and_case(dia_chinh, typed):
    ws, plan_id, expected = dia_chinh
    view = ws.register.view(plan_id)
    assert {view.rows[i].uuid for i in view.matching(RegisterFilter(search=typed))} == expected


def test_search_covers_objective_units_as_the_directory_names_them_due_text_and_note(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    rows = view.rows
    # The objective of an item: every row of it.
    objective = rows[0].objective
    assert rows[0].uuid in {r.uuid for r in view.filtered(RegisterFilter(search=fold(objective)[:40]))}
    # Due text.
    assert {r.due_text for r in view.filtered(RegisterFilter(search="quy iii, iv"))} >= {"Quý III, IV"}
    # A unit written short ("Phòng VHXH") is found by its directory name ("Phòng Văn hóa – Xã hội").
    found = view.filtered(RegisterFilter(search="phong van hoa - xa hoi"))
    vhxh = {r.uuid for r in view.rows if "Phòng VHXH" in (*r.lead, *r.partners)}
    assert vhxh and vhxh <= {r.uuid for r in found}


def test_filters_by_section_unit_status_kind_and_tag(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    rows = view.rows
    ws.register.set_progress(rows[0].uuid, "done")
    ws.register.set_progress(rows[1].uuid, "in_progress")
    ws.register.set_tags(rows[2].uuid, ["Kiểm tra"])
    view = ws.register.view(plan_id)

    def got(**wanted):
        return [r.uuid for r in view.filtered(RegisterFilter(**wanted))]

    assert got(section="III") == [r.uuid for r in rows if r.section_code == "III"]
    section_uuid = view.sections[2].uuid
    assert got(section=section_uuid) == got(section="iii")
    assert got(statuses=frozenset({"done", "in_progress"})) == [rows[0].uuid, rows[1].uuid]
    assert got(tag="kiem tra") == [rows[2].uuid]
    unknown = got(due_kinds=frozenset({"unknown"}))
    assert unknown and all(view.row(u).due.kind == "unknown" for u in unknown)
    # A unit by any spelling of its name: lead or partner.
    by_unit = got(unit="phòng vhxh")
    assert by_unit == got(unit="Phòng VHXH") == got(unit="Phòng Văn hóa - Xã hội") and by_unit
    spellings = {"Phòng VHXH", "Phòng Văn hóa – Xã hội"}
    assert by_unit == [r.uuid for r in rows if spellings & {*r.lead, *r.partners}]
    spellings = {"Phòng chuyên môn", "Các phòng chuyên môn"}  # a short name and its unit's name
    assert got(unit="Phòng chuyên môn") == [r.uuid for r in rows if spellings & {*r.lead, *r.partners}]
    assert got() == [r.uuid for r in rows]
    assert view.unit_labels()[0] in {"Phòng chuyên môn", "Phòng VHXH"}


def test_overdue_and_due_within_against_a_fixed_clock(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    rows = {r.due_text: r for r in view.rows}
    deadline = rows["Trước ngày 31/7/2025"]
    overdue = view.filtered(RegisterFilter(overdue=True))
    assert deadline in overdue
    assert all(r.due.end < AS_OF and not r.is_closed for r in overdue)
    assert len(overdue) == sum(1 for r in view.rows if r.due.end and r.due.end < AS_OF)
    # Done or cancelled rows are never overdue.
    ws.register.set_progress(deadline.uuid, "done", done_on=dt.date(2025, 8, 5))
    view = ws.register.view(plan_id)
    assert deadline.uuid not in {r.uuid for r in view.filtered(RegisterFilter(overdue=True))}
    assert [r.uuid for r in view.filtered(RegisterFilter(done_late=True))] == [deadline.uuid]
    # Due within N days: the next due date (an occurrence of a recurring row) in [as of, as of + N].
    soon = {r.due_text for r in view.filtered(RegisterFilter(due_within=45))}
    assert {
        "Hoàn thành trước 25/11 hàng năm",
        "Trước ngày 18/11/2025",
        "Báo cáo năm trước ngày 07/11",
    } <= soon
    assert "- Trước ngày 01/12/2025" not in soon and "Quý IV" not in soon
    soon = {r.due_text for r in view.filtered(RegisterFilter(due_within=80))}
    assert {"- Trước ngày 01/12/2025", "Quý IV", "Thường xuyên"} <= soon
    # Another as-of date, same view.
    later = view.filtered(RegisterFilter(overdue=True), as_of=dt.date(2026, 1, 5))
    assert {r.uuid for r in later} == {r.uuid for r in view.rows if not r.is_closed and r.due.end}


def test_refresh_after_each_kind_of_edit_matches_a_fresh_load(demo, tmp_path):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    view.prepare_search()
    rows = view.rows
    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"bien ban")
    actions = [
        lambda: ws.register.set_cell(rows[0].uuid, "task", "Nhiệm vụ sửa"),
        lambda: ws.register.set_progress(rows[1].uuid, "done", note="xong"),
        lambda: ws.register.set_tags(rows[2].uuid, ["Đối thoại"]),
        lambda: ws.evidence.attach_file(rows[3].uuid, scan),
        lambda: ws.register.set_cell(view.items[0].uuid, "objective", "Mục tiêu sửa"),
        lambda: ws.register.add_row(rows[4].uuid, activity="Dòng mới", lead="Phòng Kinh tế"),
        lambda: ws.register.remove([rows[5].uuid]),
        lambda: ws.register.indent(view.items[2].uuid),
        lambda: ws.register.set_cell(view.sections[0].uuid, "title", "CHỈ ĐẠO"),
        lambda: ws.units.rename(ws.units.find("Phòng VHXH").uuid, "Phòng Văn hóa - Xã hội"),
        lambda: ws.register.set_numbering(plan_id, "continuous"),
    ]
    for action in actions:
        applied = action()
        done = ws.register.refresh(view, applied.changed)
        fresh = ws.register.view(plan_id)
        assert view.rows == fresh.rows and view.items == fresh.items and view.sections == fresh.sections
        assert not done.nothing
        for index in range(len(view)):
            assert view.search_text(index) == fresh.search_text(index)
        undone = ws.edits.replay(applied.edit.inverse())
        ws.register.refresh(view, undone.changed)
        assert view.rows == ws.register.view(plan_id).rows


def test_another_plans_edit_leaves_a_view_alone(demo, demo_doc):
    import copy

    from cchc_desktop.services.plans import fresh_identities

    ws, plan_id = demo
    other = ws.plans.create(fresh_identities(copy.deepcopy(demo_doc))).edit.steps[0].doc.id
    view = ws.register.view(plan_id)
    applied = ws.register.set_cell(ws.register.view(other).rows[0].uuid, "task", "khác")
    assert ws.register.refresh(view, applied.changed).nothing


# --- roll-ups ----------------------------------------------------------------------------------


def test_dashboard_per_section_and_plan(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    first_section = [r for r in view.rows if r.section_code == "I"]
    ws.register.set_progress(first_section[0].uuid, "done", done_on=dt.date(2025, 8, 10))
    ws.register.set_progress(first_section[1].uuid, "in_progress")
    ws.register.set_progress(first_section[2].uuid, "cancelled", reason="Không còn phù hợp")
    board = ws.register.dashboard(plan_id)
    section = board.sections[0]
    assert section.section.code == "I"
    t = section.tally
    assert (t.rows, t.done, t.in_progress, t.cancelled) == (len(first_section), 1, 1, 1)
    assert t.not_started == len(first_section) - 3 and t.done_late == 1
    assert t.completion == (Decimal(100) / (len(first_section) - 1)).quantize(Decimal("0.1"))
    total = board.total
    assert total.rows == len(view.rows) and total.done == 1
    assert sum(s.tally.rows for s in board.sections) == total.rows
    assert sum(s.tally.overdue for s in board.sections) == total.overdue == len(board.overdue)
    assert [r.due.end for r in board.overdue] == sorted(r.due.end for r in board.overdue)
    assert all(r.due_within(AS_OF, board.within_days) for r in board.due_soon)
    assert Tally(rows=2, cancelled=2).completion is None and Tally().completion is None


def test_items_roll_up_their_sub_items(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    group = view.items[0]
    child = ws.register.add_item(group.uuid, task="Con").changed.focus
    child_row = ws.register.view(plan_id).rows_of_item(child)[0]
    ws.register.set_progress(child_row.uuid, "done")
    figures = {f.item.uuid: f.tally for f in ws.register.dashboard(plan_id).items}
    assert figures[group.uuid].rows == group.rows + 1 and figures[group.uuid].done == 1
    assert figures[child].rows == 1 and figures[child].completion == Decimal("100.0")


def test_targets_met_are_counted_on_the_dashboard(demo):
    ws, plan_id = demo
    ws.targets.add(plan_id, "Hồ sơ đúng hạn", comparator=">", target="99", unit="%", reached="99,5")
    ws.targets.add(plan_id, "Số cuộc đối thoại", target="2", unit="cuộc", reached="1")
    ws.targets.add(plan_id, "Đổi mới lề lối làm việc")
    assert ws.register.dashboard(plan_id).targets.__dict__ == {
        "total": 3,
        "with_figure": 2,
        "met": 1,
        "not_met": 1,
    }


# --- properties --------------------------------------------------------------------------------


_letters = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặđĐÀÁẢÃẠ ẾỀỂỄỆ", max_size=30)


@settings(derandomize=True, max_examples=60, deadline=None)
@given(text=_letters, cut=st.integers(0, 30), width=st.integers(1, 8))
def test_folding_a_piece_finds_the_whole(text, cut, width):
    piece = text[cut : cut + width]
    if "  " not in text and not piece.startswith(" ") and not piece.endswith(" "):
        assert search_fold(piece) in search_fold(text)
    assert search_fold(text).isascii()
    assert search_fold(text).strip() == fold(text)  # the same folding as everywhere, faster


@settings(
    derandomize=True,
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    statuses=st.frozensets(st.sampled_from(["not_started", "in_progress", "done", "cancelled"])),
    overdue=st.booleans(),
    within=st.one_of(st.none(), st.integers(0, 120)),
    section=st.sampled_from(["", "I", "III", "VII"]),
)
def test_combined_filters_are_the_intersection_of_single_ones(demo, statuses, overdue, within, section):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    combined = set(
        view.matching(RegisterFilter(statuses=statuses, overdue=overdue, due_within=within, section=section))
    )
    parts = [
        set(view.matching(RegisterFilter(statuses=statuses))),
        set(view.matching(RegisterFilter(overdue=overdue))),
        set(view.matching(RegisterFilter(due_within=within))),
        set(view.matching(RegisterFilter(section=section))),
    ]
    assert combined == set.intersection(*parts)


def test_a_register_row_is_a_plain_value():
    due = DueRange("unknown", None, None)
    row = RegisterRow("u", "s", "I", "T", "i", "1", "", 1, 0, "", "", "", (), (), "", "", due)
    assert not row.is_overdue(AS_OF) and row.next_due(AS_OF) is None and not row.due_within(AS_OF, 30)


def test_the_unit_picker_filters_the_directory_as_typed(demo):
    ws, _plan_id = demo
    everything = ws.register.unit_choices()
    assert len(everything) == len(ws.units.all())
    assert [u.name for u in ws.register.unit_choices("van hoa")] == ["Phòng Văn hóa – Xã hội"]
    assert [u.short_name for u in ws.register.unit_choices("PVHCC")] == ["Trung tâm PVHCC"]
    assert ws.register.unit_choices("không có đơn vị này") == []


def test_refresh_after_an_insert_that_renumbers_later_sections(demo):
    ws, plan_id = demo
    ws.register.set_numbering(plan_id, "continuous")
    view = ws.register.view(plan_id)
    view.prepare_search()
    applied = ws.register.add_item(view.sections[0].uuid, 0, task="Đầu tiên")
    assert any(entity == "item" for entity, _u, _f in applied.changed.fields)  # renumbered beyond section I
    ws.register.refresh(view, applied.changed)
    fresh = ws.register.view(plan_id)
    assert view.rows == fresh.rows and view.items == fresh.items
    assert (
        view.rows[-1].item_number
        == fresh.items[-1].number
        == str(sum(1 for i in fresh.items if i.depth == 1))
    )
    ws.register.refresh(view, ws.edits.replay(applied.edit.inverse()).changed)
    assert view.rows == ws.register.view(plan_id).rows


def test_a_search_typed_further_finds_what_a_whole_search_finds(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    whole = ws.register.view(plan_id)
    for unit in ("", "Phòng VHXH"):
        for typed in ("k", "ke", "ke ", "ke h", "ke hoach", "ke hoach x", "kế hoạch", "k", "t", "tr"):
            wanted = RegisterFilter(search=typed, unit=unit)
            whole._last_match = None  # nothing to narrow: every row looked at
            assert view.matching(wanted, AS_OF) == whole.matching(wanted, AS_OF)
    # The view changed between two keystrokes: the rows found before are not trusted.
    found = view.matching(RegisterFilter(search="ke"), AS_OF)
    row = next(r for i, r in enumerate(view.rows) if i not in found)
    view.replace_rows([row._replace(task="Kế hoạch riêng zzq")])
    assert view.matching(RegisterFilter(search="ke hoach rieng zzq"), AS_OF) == [view.index_of(row.uuid)]
