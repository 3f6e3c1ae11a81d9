"""A plan shown again is not read again while it is what the database holds (gui/register_views.py
keeps the last view nobody shows; the annex tree keeps its lines): every kind of edit, undo and
redo, an import appending to the plan, a write the window was not told of, another process
writing to the same database, and the next day all read it anew."""

from __future__ import annotations

import datetime as dt

import pytest
from register_fixtures import TODAY, fixed_clock
from register_window_helpers import rwin_fixture  # noqa: F401 - the rwin fixture

from cchc_desktop.gui.models.annex_tree import AnnexTreeModel
from cchc_desktop.gui.register_views import shared_views
from cchc_desktop.services.imports import analyse_tables, read_pasted
from cchc_desktop.services.workspace import Workspace

# What a register row shows and is filtered on, its place in the annex included.
_SHOWN = (
    "uuid", "section_code", "section_title", "item_uuid", "item_number", "objective", "depth", "row_index",
    "task", "activity", "result", "lead", "partners", "due_text", "budget", "due", "status", "done_on",
    "note", "reason", "evidence", "tags", "unit_keys", "directory_names",
)  # fmt: skip


def _shown(view) -> list[tuple]:
    return [tuple(getattr(row, name) for name in _SHOWN) for row in view.rows]


def _tree(model: AnnexTreeModel) -> list[tuple]:
    """Every line of the tree with every column's text, depth first."""
    out = []

    def walk(parent, depth):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            out.append((depth, *(model.index(r, c, parent).data() for c in range(model.columnCount()))))
            walk(index, depth + 1)

    walk(model.index(-1, -1), 0)
    return out


class _Reads:
    """Counts the register views read from the database."""

    def __init__(self, ws: Workspace, monkeypatch):
        self.count = 0
        register = ws.register
        real = register.view

        def counted(*args, **kwargs):
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(register, "view", counted)


def _shown_again(window) -> None:
    """The plan list cleared, then the same plan chosen again."""
    page = window.plans_page
    uuid = page.current.uuid
    page.select_plan("")
    assert page.annex_model.rowCount() == 0
    page.select_plan(uuid)
    assert page.current is not None and page.current.uuid == uuid


def _is_current(window) -> None:
    """The page shows what the database holds, in its view and in its tree."""
    page = window.plans_page
    register = window.ws.register
    fresh = type(register).view(register, window.plan_id)  # not counted as the page's read
    assert _shown(page.annex_model.view) == _shown(fresh) and page.annex_model.view.plan == fresh.plan
    check = AnnexTreeModel()
    check.set_view(fresh)
    assert _tree(page.annex_model) == _tree(check)


def test_a_plan_shown_again_unchanged_is_not_read_again(rwin, monkeypatch):
    page = rwin.plans_page
    view, lines = page.annex_model.view, _tree(page.annex_model)
    reads = _Reads(rwin.ws, monkeypatch)
    statements: list[str] = []
    rwin.ws.db.conn.set_trace_callback(statements.append)
    try:
        _shown_again(rwin)
    finally:
        rwin.ws.db.conn.set_trace_callback(None)
    assert reads.count == 0 and page.annex_model.view is view
    assert not [s for s in statements if "annex_row_units" in s or "row_progress" in s]
    assert _tree(page.annex_model) == lines
    tree, model = page.ui.annexTree, page.annex_model
    assert all(tree.isFirstColumnSpanned(r, model.index(-1, -1)) for r in range(model.rowCount()))
    assert all(tree.isExpanded(model.index_of(i.uuid)) for i in view.items if i.rows > 1)


def test_the_tree_keeps_its_lines_for_a_view_shown_again_while_it_is_unchanged(rwin):
    page = rwin.plans_page
    model = page.annex_model
    view = model.view
    first = model.index(0, 0).internalPointer()
    model.set_view(None)
    model.set_view(view)
    assert model.index(0, 0).internalPointer() is first
    # The view changed while the tree did not show it: the lines are built anew.
    model.set_view(None)
    row = view.rows[0]
    view.replace_rows([row._replace(task="Đổi khi cây không hiện")])
    model.set_view(view)
    assert model.index(0, 0).internalPointer() is not first
    assert model.index_of(row.uuid, 2).data() == "Đổi khi cây không hiện"


def _demo_refs(ws: Workspace, plan_id: int):
    view = ws.register.view(plan_id)
    item = next(i for i in view.items if i.rows >= 2)
    row = next(r for r in view.rows if r.item_uuid == item.uuid)
    return view, item, row


def _unit_of_a_row(ws: Workspace, plan_id: int):
    view = ws.register.view(plan_id)
    names = {label for row in view.rows for label in row.lead}
    return next(u for u in ws.units.all() if u.name in names)


def _paste_import(ws: Workspace, plan_id: int):
    text = (
        "TT\tNhiệm vụ\tKết quả/Sản phẩm\tChủ trì\tThời gian\n"
        "I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\t\t\t\n"
        "1\tNhiệm vụ nhập thêm vào kế hoạch\tBáo cáo\tCông an xã\tQuý IV/2025\n"
    )
    preview = analyse_tables(read_pasted(text, "dán"), ws.units.all())
    return ws.imports.apply(preview, plan_id=plan_id).applied


def _attach(ws: Workspace, plan_id: int, tmp_path):
    _view, _item, row = _demo_refs(ws, plan_id)
    path = tmp_path / "bien-ban.txt"
    path.write_text("minh chứng", encoding="utf-8")
    return ws.evidence.attach_file(row.uuid, path)


EDITS = {
    "a row's cell": lambda ws, p, _t: ws.register.set_cell(_demo_refs(ws, p)[2].uuid, "task", "Nhiệm vụ đã sửa"),
    "a row's units": lambda ws, p, _t: ws.register.set_cell(_demo_refs(ws, p)[2].uuid, "lead", ["Công an xã"]),
    "an item's objective": lambda ws, p, _t: ws.register.set_cell(_demo_refs(ws, p)[1].uuid, "objective", "Mục tiêu mới"),
    "a section's title": lambda ws, p, _t: ws.register.set_cell(_demo_refs(ws, p)[0].sections[1].uuid, "title", "LĨNH VỰC MỚI"),
    "progress": lambda ws, p, _t: ws.register.set_progress(
        _demo_refs(ws, p)[2].uuid, "done", done_on=dt.date(2025, 10, 1), note="Xong sớm"
    ),
    "tags": lambda ws, p, _t: ws.register.set_tags(_demo_refs(ws, p)[2].uuid, ["Kiểm tra"]),
    "evidence": lambda ws, p, t: _attach(ws, p, t),
    "a row added": lambda ws, p, _t: ws.register.add_row(_demo_refs(ws, p)[1].uuid, task="Dòng thêm"),
    "an item added": lambda ws, p, _t: ws.register.add_item_after(_demo_refs(ws, p)[1].uuid, "Mục mới", "Việc mới"),
    "a section added": lambda ws, p, _t: ws.register.add_section(p, 0, "LĨNH VỰC ĐẦU"),
    "rows removed": lambda ws, p, _t: ws.register.remove([_demo_refs(ws, p)[2].uuid]),
    "an item moved": lambda ws, p, _t: ws.register.move_down(_demo_refs(ws, p)[1].uuid),
    "the numbering": lambda ws, p, _t: ws.register.set_numbering(p, "continuous"),
    "the plan's title": lambda ws, p, _t: ws.register.save_plan_form(p, {"title": "Kế hoạch đổi tên"}),
    "a unit renamed": lambda ws, p, _t: ws.units.rename(_unit_of_a_row(ws, p).uuid, "Công an xã Cửa Tùng"),
    "an import appended": lambda ws, p, _t: _paste_import(ws, p),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(EDITS))
def test_every_kind_of_edit_undo_and_redo_show_the_plan_as_it_is_when_shown_again(rwin, kind, tmp_path):
    page = rwin.plans_page
    uuid = page.current.uuid
    page.select_plan("")  # the view set aside, then changed
    applied = EDITS[kind](rwin.ws, rwin.plan_id, tmp_path)
    assert applied is not None
    rwin.record(applied)
    page.select_plan(uuid)
    _is_current(rwin)
    for step in (rwin.undo_stack.undo, rwin.undo_stack.redo):
        page.select_plan("")
        step()
        page.select_plan(uuid)
        _is_current(rwin)
        _shown_again(rwin)  # and unchanged since: the same again
        _is_current(rwin)


def test_a_write_the_window_was_not_told_of_reads_the_plan_again(rwin, monkeypatch):
    page = rwin.plans_page
    uuid = page.current.uuid
    page.select_plan("")
    _view, _item, row = _demo_refs(rwin.ws, rwin.plan_id)
    reads = _Reads(rwin.ws, monkeypatch)
    rwin.ws.register.set_cell(row.uuid, "result", "Kết quả ghi thẳng")  # not recorded: no notice
    page.select_plan(uuid)
    assert reads.count == 1
    _is_current(rwin)


def test_another_process_writing_reads_the_plan_again(rwin, data_dir, monkeypatch):
    page = rwin.plans_page
    uuid = page.current.uuid
    _view, item, row = _demo_refs(rwin.ws, rwin.plan_id)
    page.select_plan("")
    reads = _Reads(rwin.ws, monkeypatch)
    with Workspace.open(data_dir, clock=fixed_clock()) as other:  # as the command line would
        other.register.set_cell(row.uuid, "task", "Sửa từ dòng lệnh")
    page.select_plan(uuid)
    assert reads.count == 1
    _is_current(rwin)
    # The plan on screen: the next change notice reads it whole (the other process's change
    # comes with the window's own).
    with Workspace.open(data_dir, clock=fixed_clock()) as other:
        other.register.set_cell(row.uuid, "activity", "Hoạt động sửa từ dòng lệnh")
    rwin.record(rwin.ws.register.set_cell(item.uuid, "objective", "Mục tiêu sửa trong cửa sổ"))
    _is_current(rwin)
    assert page.annex_model.view.row(row.uuid).activity == "Hoạt động sửa từ dòng lệnh"


def test_an_edit_of_another_plan_keeps_the_plan_set_aside(rwin, monkeypatch, demo_doc):
    import copy

    from cchc_desktop.services.plans import fresh_identities

    page = rwin.plans_page
    first = page.current.uuid
    other = rwin.ws.plans.create(fresh_identities(copy.deepcopy(demo_doc)))
    rwin.record(other)
    second = other.edit.steps[0].doc
    page.select_plan(second.uuid)
    assert page.current.uuid == second.uuid
    reads = _Reads(rwin.ws, monkeypatch)
    row = page.annex_model.view.rows[0]
    rwin.record(rwin.ws.register.set_cell(row.uuid, "task", "Sửa kế hoạch thứ hai"))
    page.select_plan(first)
    assert reads.count == 0
    _is_current(rwin)
    page.select_plan(second.uuid)  # the second set aside in turn, unchanged since
    assert reads.count == 0
    assert page.annex_model.view.row(row.uuid).task == "Sửa kế hoạch thứ hai"


def test_the_next_day_reads_the_plan_again(rwin, monkeypatch):
    page = rwin.plans_page
    uuid = page.current.uuid
    page.select_plan("")
    reads = _Reads(rwin.ws, monkeypatch)
    rwin.ws.db.clock = fixed_clock(TODAY + dt.timedelta(days=1))
    page.select_plan(uuid)
    assert reads.count == 1 and page.annex_model.view.as_of == TODAY.date() + dt.timedelta(days=1)


def test_the_data_version_moves_with_this_process_and_with_others(ws, data_dir):
    version = ws.register.data_version()
    assert ws.register.data_version() == version  # reading moves nothing
    ws.units.add("Phòng Tư pháp")
    ours = ws.register.data_version()
    assert ours[0] != version[0] and ours[1] == version[1]
    with Workspace.open(data_dir) as other:
        other.units.add("Phòng Nội vụ")
    assert ws.register.data_version()[1] != ours[1]


def test_a_held_view_and_the_one_set_aside_are_one_each(rwin):
    views = shared_views(rwin)
    page = rwin.plans_page
    view = page.annex_model.view
    assert views.held(rwin.plan_id) is view
    page.select_plan("")
    assert views.held(rwin.plan_id) is None  # set aside, not held
    page.select_plan(view.plan.uuid)
    assert views.held(rwin.plan_id) is view


@pytest.mark.parametrize("kind", list(EDITS))
def test_every_kind_of_edit_undo_and_redo_update_the_tree_on_screen_as_a_new_one(rwin, kind, tmp_path):
    """The tree on screen is updated in place (only the sections an edit reshaped are looked
    at): it ends up as a tree built anew would be."""
    applied = EDITS[kind](rwin.ws, rwin.plan_id, tmp_path)
    assert applied is not None
    rwin.record(applied)
    _is_current(rwin)
    rwin.undo_stack.undo()
    _is_current(rwin)
    rwin.undo_stack.redo()
    _is_current(rwin)
