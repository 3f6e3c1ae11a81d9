"""Editing the annex in place (ws.register): cells, adding, deleting, moving, indenting, the
numbering after each structural edit (restarting per section and running on), and undo / redo of
every edit kind giving back exactly the same document, identities included."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from register_fixtures import numbers, open_with_demo, state, undo_redo_exact

from cchc_desktop.errors import CchcError, InvalidInputError


@pytest.fixture
def demo(data_dir, demo_doc):
    ws, plan_id = open_with_demo(data_dir, demo_doc)
    yield ws, plan_id
    ws.close()


def _first(ws, plan_id, section_code="I"):
    view = ws.register.view(plan_id)
    return next(r for r in view.rows if r.section_code == section_code)


def _expected_numbers(ws, plan_id, mode):
    """What the numbering rules give for the plan's current shape."""
    view = ws.register.view(plan_id)
    out, running, parents = [], 0, {}
    codes = {s.uuid: s.code for s in view.sections}
    last_section = None
    child_count: dict[str, int] = {}
    for item in view.items:
        if item.section_uuid != last_section:
            last_section = item.section_uuid
            if mode == "per_section":
                running = 0
        if item.parent_uuid is None:
            running += 1
            number = str(running)
        else:
            child_count[item.parent_uuid] = child_count.get(item.parent_uuid, 0) + 1
            number = f"{parents[item.parent_uuid]}.{child_count[item.parent_uuid]}"
        parents[item.uuid] = number
        out.append((codes[item.section_uuid], number))
    return out


# --- cells ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        ("task", "  Rà soát  thủ tục\r\nhành chính ", "Rà soát thủ tục\nhành chính"),
        ("activity", "Kiểm tra", "Kiểm tra"),
        ("result", "Báo cáo", "Báo cáo"),
        ("due_text", "Quý IV/2025", "Quý IV/2025"),
        ("budget", "Ngân sách xã", "Ngân sách xã"),
        ("lead", ["Phòng VHXH", "Công an xã", "phòng vhxh"], ["Phòng VHXH", "Công an xã"]),
        ("partners", "- Phòng Kinh tế\n- Trung tâm PVHCC", ["Phòng Kinh tế", "Trung tâm PVHCC"]),
    ],
)
def test_a_row_cell_is_one_undoable_field_edit(demo, field, value, stored):
    ws, plan_id = demo
    row = _first(ws, plan_id)
    before = state(ws, plan_id)
    applied = ws.register.set_cell(row.uuid, field, value)
    assert len(applied.edit.steps) == 1 and applied.edit.steps[0].entity == "row"
    view = ws.register.view(plan_id)
    got = getattr(view.row(row.uuid), field)
    assert (list(got) if isinstance(got, tuple) else got) == stored
    undo_redo_exact(ws, plan_id, applied, before)


def test_the_same_value_again_changes_nothing(demo):
    ws, plan_id = demo
    row = _first(ws, plan_id)
    assert ws.register.set_cell(row.uuid, "task", row.task) is None
    assert ws.register.set_cell(row.uuid, "lead", list(row.lead)) is None


def test_a_new_unit_name_becomes_a_unit_of_the_directory(demo):
    ws, plan_id = demo
    row = _first(ws, plan_id)
    names_before = {u.name for u in ws.units.all()}
    ws.register.set_cell(row.uuid, "lead", ["Ban Chỉ huy Quân sự xã"])
    assert {u.name for u in ws.units.all()} - names_before == {"Ban Chỉ huy Quân sự xã"}


def test_item_and_section_cells(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    item, section = view.items[0], view.sections[1]
    before = state(ws, plan_id)
    applied = ws.register.set_cell(item.uuid, "objective", "Mục tiêu mới")
    assert ws.register.view(plan_id).rows[0].objective == "Mục tiêu mới"
    undo_redo_exact(ws, plan_id, applied, before)
    before = state(ws, plan_id)
    applied = ws.register.set_cell(section.uuid, "title", "CẢI CÁCH THỂ CHẾ, PHÁP LUẬT")
    assert ws.register.view(plan_id).sections[1].title == "CẢI CÁCH THỂ CHẾ, PHÁP LUẬT"
    undo_redo_exact(ws, plan_id, applied, before)


def test_cells_refuse_what_a_node_does_not_have_and_too_long_texts(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    with pytest.raises(InvalidInputError) as error:
        ws.register.set_cell(view.items[0].uuid, "task", "x")
    assert error.value.code == "register.bad_field"
    with pytest.raises(InvalidInputError) as error:
        ws.register.set_cell(view.rows[0].uuid, "task", "x" * 20_001)
    assert error.value.code == "register.text_too_long"
    assert "Nhiệm vụ" in error.value.message


def test_tags_are_folded_keys_and_undoable(demo):
    ws, plan_id = demo
    row = _first(ws, plan_id)
    before = state(ws, plan_id)
    applied = ws.register.set_tags(row.uuid, ["Kiểm tra", "Đối thoại", "kiem tra"])
    assert ws.register.view(plan_id).row(row.uuid).tags == ("doi-thoai", "kiem-tra")
    undo_redo_exact(ws, plan_id, applied, before)
    ws.register.remove_tag(row.uuid, "Đối thoại")
    assert ws.register.view(plan_id).row(row.uuid).tags == ("kiem-tra",)
    assert ws.register.add_tag(row.uuid, "KIỂM TRA") is None


# --- structure and numbering ------------------------------------------------------------------


STRUCTURAL = [
    "add_section",
    "add_item",
    "add_item_after",
    "add_sub_item",
    "add_row",
    "remove_item",
    "remove_row",
    "remove_section",
    "move_item_to_other_section",
    "move_down",
    "move_up_across_sections",
    "indent",
    "outdent",
]


def _structural(ws, plan_id, kind):
    view = ws.register.view(plan_id)
    s1, s2 = view.sections[0], view.sections[1]
    items1 = [i for i in view.items if i.section_uuid == s1.uuid]
    items2 = [i for i in view.items if i.section_uuid == s2.uuid]
    reg = ws.register
    if kind == "add_section":
        return reg.add_section(plan_id, 1, "LĨNH VỰC MỚI")
    if kind == "add_item":
        return reg.add_item(s1.uuid, 0, task="Nhiệm vụ đầu tiên")
    if kind == "add_item_after":
        return reg.add_item_after(view.rows[0].uuid, task="Nhiệm vụ chen vào")
    if kind == "add_sub_item":
        return reg.add_item(items1[1].uuid, task="Nhiệm vụ con")
    if kind == "add_row":
        return reg.add_row(items1[0].uuid, activity="Hoạt động thêm", lead="Phòng VHXH")
    if kind == "remove_item":
        return reg.remove([items1[1].uuid])
    if kind == "remove_row":
        return reg.remove([view.rows[0].uuid])
    if kind == "remove_section":
        return reg.remove([s1.uuid])
    if kind == "move_item_to_other_section":
        return reg.move(items1[0].uuid, s2.uuid, 1)
    if kind == "move_down":
        return reg.move_down(items1[0].uuid)
    if kind == "move_up_across_sections":
        return reg.move_up(items2[0].uuid)
    if kind == "indent":
        return reg.indent(items1[2].uuid)
    if kind == "outdent":
        sub = next(i for i in view.items if i.parent_uuid is not None)
        return reg.outdent(sub.uuid)
    raise AssertionError(kind)


@pytest.mark.parametrize("mode", ["per_section", "continuous"])
@pytest.mark.parametrize("kind", STRUCTURAL)
def test_numbering_after_each_structural_edit_and_exact_undo(demo, kind, mode):
    ws, plan_id = demo
    if mode == "continuous":
        ws.register.set_numbering(plan_id, "continuous")
    assert numbers(ws, plan_id) == _expected_numbers(ws, plan_id, mode)
    if kind == "outdent":
        _structural(ws, plan_id, "indent")  # something to outdent
    before = state(ws, plan_id)
    applied = _structural(ws, plan_id, kind)
    assert applied is not None
    assert numbers(ws, plan_id) == _expected_numbers(ws, plan_id, mode)
    codes = [s.code for s in ws.register.view(plan_id).sections]
    assert codes == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][: len(codes)]
    undo_redo_exact(ws, plan_id, applied, before)


def test_switching_the_numbering_renumbers_the_whole_plan_as_one_edit(demo):
    ws, plan_id = demo
    before = state(ws, plan_id)
    applied = ws.register.set_numbering(plan_id, "continuous")
    got = numbers(ws, plan_id)
    assert got == _expected_numbers(ws, plan_id, "continuous")
    assert got[-1][1] == str(len([n for n in got if "." not in n[1]]))
    assert ws.register.heading(plan_id).numbering == "continuous"
    undo_redo_exact(ws, plan_id, applied, before)
    assert ws.register.set_numbering(plan_id, "continuous") is None
    with pytest.raises(InvalidInputError):
        ws.register.set_numbering(plan_id, "roman")


def test_new_nodes_are_placed_where_asked(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    row = view.rows[0]
    applied = ws.register.add_row(row.uuid, activity="Dòng thứ hai")  # after a row: in its item, next
    new = ws.register.view(plan_id)
    assert new.rows[1].uuid == applied.changed.focus and new.rows[1].row_index == 1
    assert new.rows[1].item_uuid == row.item_uuid and new.rows[1].activity == "Dòng thứ hai"
    applied = ws.register.add_item(view.items[0].uuid, objective="Con")
    child = ws.register.view(plan_id).item(applied.changed.focus)
    assert child.parent_uuid == view.items[0].uuid and child.number == "1.1" and child.rows == 1


def test_a_node_inside_another_chosen_goes_with_it(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    item = view.items[0]
    rows = view.rows_of_item(item.uuid)
    applied = ws.register.remove([rows[0].uuid, item.uuid, view.rows[-1].uuid])
    assert len(applied.edit.steps) - sum(1 for s in applied.edit.steps if type(s).__name__ == "SetField") == 2
    left = {r.uuid for r in ws.register.view(plan_id).rows}
    assert rows[0].uuid not in left and view.rows[-1].uuid not in left


def test_moves_refuse_impossible_places(demo, demo_doc):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    item = view.items[0]
    ws.register.add_item(item.uuid, task="Con")
    child = next(i for i in ws.register.view(plan_id).items if i.parent_uuid == item.uuid)
    with pytest.raises(InvalidInputError) as error:
        ws.register.move(item.uuid, child.uuid)  # into its own sub-item
    assert error.value.code == "register.bad_place"
    with pytest.raises(InvalidInputError):
        ws.register.move(view.rows[0].uuid, view.sections[0].uuid)  # a row straight under a section
    with pytest.raises(InvalidInputError) as error:
        ws.register.indent(view.items[0].uuid)  # nothing above it
    assert error.value.code == "register.cannot_indent"
    with pytest.raises(InvalidInputError) as error:
        ws.register.outdent(view.items[0].uuid)
    assert error.value.code == "register.cannot_outdent"
    other = open_with_demo_again(ws, demo_doc)
    with pytest.raises(InvalidInputError) as error:
        ws.register.move(item.uuid, ws.register.view(other).sections[0].uuid)
    assert error.value.code == "register.other_plan"


def open_with_demo_again(ws, demo_doc) -> int:
    import copy

    from cchc_desktop.services.plans import fresh_identities

    return ws.plans.create(fresh_identities(copy.deepcopy(demo_doc))).edit.steps[0].doc.id


def test_moving_at_the_edge_changes_nothing(demo):
    ws, plan_id = demo
    view = ws.register.view(plan_id)
    assert ws.register.move_up(view.rows[0].uuid) is None  # an item's only row
    assert ws.register.move_up(view.items[0].uuid) is None  # the first item of the first section
    last = view.items[-1]
    assert ws.register.move_down(last.uuid) is None
    assert ws.register.move_up(view.sections[0].uuid) is None


def test_items_nest_at_most_eight_levels(demo):
    ws, plan_id = demo
    parent = ws.register.view(plan_id).items[0].uuid
    for _ in range(7):
        parent = ws.register.add_item(parent, task="sâu hơn").changed.focus
    with pytest.raises(InvalidInputError) as error:
        ws.register.add_item(parent, task="quá sâu")
    assert error.value.code == "register.too_deep"


@settings(
    derandomize=True,
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(kinds=st.lists(st.sampled_from(STRUCTURAL), min_size=1, max_size=4))
def test_any_sequence_of_structural_edits_keeps_the_numbering_and_undoes_whole(demo, kinds):
    ws, plan_id = demo
    mode = ws.register.heading(plan_id).numbering
    start = state(ws, plan_id)
    done = []
    for kind in kinds:
        try:
            applied = _structural(ws, plan_id, kind)
        except (CchcError, StopIteration, IndexError):
            continue  # the plan has no such place any more
        if applied is not None:
            done.append(applied)
        assert numbers(ws, plan_id) == _expected_numbers(ws, plan_id, mode)
    for applied in reversed(done):
        ws.edits.replay(applied.edit.inverse())
    assert state(ws, plan_id) == start
