"""Editing the annex in place: one cell, adding a section / item / sub-item / another row of an
item, deleting, switching the numbering, tags (moving is annex_moves.py). Each action is one edit
(one undo step); the edit engine renumbers what a structural change reshaped. Part of
:class:`~cchc_desktop.services.register.RegisterService`.

Every method returns the ``Applied`` edit, or None when the action changes nothing (the same
value typed again, moving the first row up): the window then records nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..domain import MAX_NAME_LENGTH, MAX_NUMBER_LENGTH, MAX_TEXT_LENGTH
from ..domain.numbering import NUMBERING_MODES, compute_numbers
from ..domain.plan import AnnexItem, AnnexRow, AnnexSection
from ..domain.register import tag_key
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import annex as annex_store
from ..storage import plans as plan_store
from ..storage import register_queries as rq
from ..storage import tags as tag_store
from ..storage.annex import NodeRef
from ..text import clean, unit_key
from .annex_nodes import END, AnnexActions
from .applied import Applied

if TYPE_CHECKING:
    from ..domain.edits import Step

define_messages(
    {
        "register.column.number": QT_TRANSLATE_NOOP("Messages", "TT"),
        "register.column.code": QT_TRANSLATE_NOOP("Messages", "Số La Mã"),
        "register.column.title": QT_TRANSLATE_NOOP("Messages", "Tên lĩnh vực"),
        "register.column.objective": QT_TRANSLATE_NOOP("Messages", "Mục tiêu/Chỉ tiêu"),
        "register.column.task": QT_TRANSLATE_NOOP("Messages", "Nhiệm vụ"),
        "register.column.activity": QT_TRANSLATE_NOOP("Messages", "Hoạt động"),
        "register.column.result": QT_TRANSLATE_NOOP("Messages", "Kết quả/Sản phẩm"),
        "register.column.lead": QT_TRANSLATE_NOOP("Messages", "Chủ trì"),
        "register.column.partners": QT_TRANSLATE_NOOP("Messages", "Phối hợp"),
        "register.column.due_text": QT_TRANSLATE_NOOP("Messages", "Thời gian"),
        "register.column.budget": QT_TRANSLATE_NOOP("Messages", "Kinh phí"),
        "register.bad_field": QT_TRANSLATE_NOOP("Messages", "Không sửa được cột «{field}» ở dòng này."),
        "register.text_too_long": QT_TRANSLATE_NOOP(
            "Messages", "Nội dung cột «{field}» dài quá {limit} ký tự; hãy rút gọn."
        ),
        "register.bad_numbering": QT_TRANSLATE_NOOP(
            "Messages",
            "Cách đánh số «{mode}» không có: per_section (đánh lại từ 1 ở mỗi lĩnh vực) hoặc continuous "
            "(đánh số liên tục).",
        ),
        "register.nothing_selected": QT_TRANSLATE_NOOP("Messages", "Chưa chọn dòng nào."),
        "edit.label.set_cell": QT_TRANSLATE_NOOP("Messages", "Sửa «{column}»"),
        "edit.label.add_section": QT_TRANSLATE_NOOP("Messages", "Thêm lĩnh vực"),
        "edit.label.add_item": QT_TRANSLATE_NOOP("Messages", "Thêm nhiệm vụ"),
        "edit.label.add_sub_item": QT_TRANSLATE_NOOP("Messages", "Thêm nhiệm vụ con"),
        "edit.label.add_row": QT_TRANSLATE_NOOP("Messages", "Thêm dòng cho nhiệm vụ"),
        "edit.label.remove": QT_TRANSLATE_NOOP("Messages", "Xóa {count} mục"),
        "edit.label.numbering": QT_TRANSLATE_NOOP("Messages", "Đổi cách đánh số nhiệm vụ"),
        "edit.label.tags": QT_TRANSLATE_NOOP("Messages", "Sửa nhãn"),
    }
)

# What a cell of each kind of node holds.
CELL_FIELDS = {
    "row": ("task", "activity", "result", "lead", "partners", "due_text", "budget"),
    "item": ("number", "objective"),
    "section": ("code", "title"),
}
_SHORT_FIELDS = {"number": MAX_NUMBER_LENGTH, "code": MAX_NUMBER_LENGTH, "title": MAX_NAME_LENGTH}


def cell_value(field: str, value: Any) -> Any:
    """A typed value as stored: text cleaned (NFC, trimmed lines); units a tuple of names (a
    text is split as an annex cell is: lines, ";", bullets), each once."""
    if field in ("lead", "partners"):
        from ..importers.annex import split_unit_names  # loaded on first use: keeps start-up fast

        names = split_unit_names(value) if isinstance(value, str) else [clean(str(v)) for v in value or ()]
        out: list[str] = []
        seen: set[str] = set()
        for name in names:
            name = " ".join(name.split())
            if name and unit_key(name) not in seen:
                if len(name) > MAX_NAME_LENGTH:
                    raise InvalidInputError(
                        "register.text_too_long",
                        field=Message(f"register.column.{field}"),
                        limit=MAX_NAME_LENGTH,
                    )
                seen.add(unit_key(name))
                out.append(name)
        return tuple(out)
    text = clean("" if value is None else str(value))
    limit = _SHORT_FIELDS.get(field, MAX_TEXT_LENGTH)
    if field in _SHORT_FIELDS:
        text = " ".join(text.split())
    if len(text) > limit:
        raise InvalidInputError(
            "register.text_too_long", field=Message(f"register.column.{field}"), limit=limit
        )
    return text


def _stub(kind: str, uuid: str) -> AnnexSection | AnnexItem | AnnexRow:
    """A node named by its uuid (what a removal request needs)."""
    if kind == "section":
        return AnnexSection("", "", uuid=uuid)
    if kind == "item":
        return AnnexItem("", uuid=uuid)
    return AnnexRow(uuid=uuid)


class AnnexEditing(AnnexActions):
    # --- cells -----------------------------------------------------------------------------------

    def set_cell(self, node_uuid: str, field: str, value: Any) -> Applied | None:
        """One cell of a row (task, activity, result, lead, partners, due_text, budget), an item
        (number, objective) or a section (code, title). Units: a list of names or a text; a
        new name becomes a new unit of the directory when saved."""
        from ..domain.edits import SetField  # loaded on first use: keeps start-up fast

        ref = self._locate(node_uuid)
        if field not in CELL_FIELDS[ref.kind]:
            raise InvalidInputError("register.bad_field", field=field)
        new = cell_value(field, value)
        old = annex_store.read_field(self.ws.db, ref, field)
        if isinstance(old, list):
            old = tuple(old)
        if old == new:
            return None
        step = SetField(ref.kind, node_uuid, field, old, new, self._plan_uuid(ref.plan_id))
        return self._apply(Message("edit.label.set_cell", column=Message(f"register.column.{field}")), [step])

    def set_tags(self, row_uuid: str, labels: Sequence[str]) -> Applied | None:
        """The row's tags (labels are folded to keys: "Kiểm tra" → "kiem-tra")."""
        from ..domain.edits import SetField  # loaded on first use: keeps start-up fast

        ref = self._locate(row_uuid)
        if ref.kind != "row":
            raise InvalidInputError("register.bad_field", field="tags")
        old = tag_store.read_tags(self.ws.db, ref.id)
        new = tuple(sorted({key for key in (tag_key(label) for label in labels) if key}))
        if old == new:
            return None
        step = SetField("tags", row_uuid, "tags", old, new, self._plan_uuid(ref.plan_id))
        return self._apply(Message("edit.label.tags"), [step])

    def add_tag(self, row_uuid: str, label: str) -> Applied | None:
        ref = self._locate(row_uuid)
        return self.set_tags(row_uuid, [*tag_store.read_tags(self.ws.db, ref.id), label])

    def remove_tag(self, row_uuid: str, label: str) -> Applied | None:
        ref = self._locate(row_uuid)
        key = tag_key(label)
        return self.set_tags(row_uuid, [t for t in tag_store.read_tags(self.ws.db, ref.id) if t != key])

    # --- adding ----------------------------------------------------------------------------------

    def _insert(self, kind: str, plan_uuid: str, parent_uuid: str, position: int, node: Any, label: Message):
        from ..domain.edits import InsertNodes  # loaded on first use: keeps start-up fast

        if position < 0:
            position = self._child_count(kind, parent_uuid, plan_uuid)
        return self._apply(label, [InsertNodes(kind, plan_uuid, parent_uuid, position, (node,))])

    def add_section(self, plan_id: int, position: int = END, title: str = "") -> Applied:
        """A new reform area (Roman-numbered with the others), empty."""
        section = AnnexSection("I", cell_value("title", title))  # renumbered with the others
        plan_uuid = self._plan_uuid(plan_id)
        applied = self._insert(
            "section", plan_uuid, plan_uuid, position, section, Message("edit.label.add_section")
        )
        assert applied is not None
        return applied

    def add_item(self, parent_uuid: str, position: int = END, objective: str = "", task: str = "") -> Applied:
        """A new item (with one empty row to type into) under a section, or a sub-item under an
        item; numbered by the engine."""
        parent = self._locate(parent_uuid)
        if parent.kind == "row":
            raise InvalidInputError("register.bad_place")
        if parent.kind == "item":
            self._check_depth(parent, 1)
        item = AnnexItem(
            "1", cell_value("objective", objective), rows=[AnnexRow(task=cell_value("task", task))]
        )
        label = Message("edit.label.add_sub_item" if parent.kind == "item" else "edit.label.add_item")
        applied = self._insert("item", self._plan_uuid(parent.plan_id), parent_uuid, position, item, label)
        assert applied is not None
        return applied

    def add_item_after(self, node_uuid: str, objective: str = "", task: str = "") -> Applied:
        """A new item just after an item (or after the item of a row), at the same level."""
        ref = self._locate(node_uuid)
        if ref.kind == "row":
            ref = self._locate(self.parent_uuid_of(ref))
        if ref.kind == "section":
            return self.add_item(node_uuid, 0, objective, task)
        return self.add_item(self.parent_uuid_of(ref), ref.position + 1, objective, task)

    def add_row(self, item_uuid: str, position: int = END, **cells: Any) -> Applied:
        """Another row of an item (another activity, product or date of the same task)."""
        item = self._locate(item_uuid)
        if item.kind == "row":  # after this row, in its item
            return self.add_row(self.parent_uuid_of(item), item.position + 1, **cells)
        if item.kind != "item":
            raise InvalidInputError("register.bad_place")
        row = AnnexRow()
        for field, value in cells.items():
            if field not in CELL_FIELDS["row"]:
                raise InvalidInputError("register.bad_field", field=field)
            value = cell_value(field, value)
            setattr(row, field, list(value) if isinstance(value, tuple) else value)
        applied = self._insert(
            "row", self._plan_uuid(item.plan_id), item_uuid, position, row, Message("edit.label.add_row")
        )
        assert applied is not None
        return applied

    # --- removing --------------------------------------------------------------------------------

    def remove(self, node_uuids: Sequence[str]) -> Applied:
        """Delete sections, items (with their sub-items and rows) and rows, as one action. A node
        inside another one chosen goes with it."""
        from ..domain.edits import RemoveNodes  # loaded on first use: keeps start-up fast

        refs = {uuid: self._locate(uuid) for uuid in dict.fromkeys(node_uuids)}
        if not refs:
            raise InvalidInputError("register.nothing_selected")
        plan_ids = {ref.plan_id for ref in refs.values()}
        several = len(refs) > 1  # one node cannot be inside another chosen
        parents = {
            i.id: i.parent_id for plan_id in plan_ids if several for i in rq.items(self.ws.db, plan_id)
        }
        chosen_sections = {ref.id for ref in refs.values() if ref.kind == "section"}
        chosen_items = {ref.id for ref in refs.values() if ref.kind == "item"}

        def inside_chosen(ref: NodeRef) -> bool:
            if ref.kind != "section" and ref.section_id in chosen_sections:
                return True
            item = ref.item_id if ref.kind == "row" else ref.parent_item_id
            while item is not None:
                if item in chosen_items:
                    return True
                item = parents.get(item)
            return False

        kept = [ref for ref in refs.values() if not inside_chosen(ref)]
        steps = [
            RemoveNodes(ref.kind, self._plan_uuid(ref.plan_id), "", -1, (_stub(ref.kind, ref.uuid),))
            for ref in kept
        ]
        applied = self._apply(Message("edit.label.remove", count=len(kept)), steps)
        assert applied is not None
        return applied

    # --- numbering -------------------------------------------------------------------------------

    def set_numbering(self, plan_id: int, mode: str) -> Applied | None:
        """Items numbered again from 1 in each section ("per_section") or on across sections
        ("continuous"): the setting and every number it changes, as one action."""
        from ..domain.edits import SetField  # loaded on first use: keeps start-up fast

        if mode not in NUMBERING_MODES:
            raise InvalidInputError("register.bad_numbering", mode=mode)
        db = self.ws.db
        plan_uuid = self._plan_uuid(plan_id)
        old_mode = plan_store.read_info_field(db, plan_id, "numbering") or "per_section"
        steps: list[Step] = []
        if old_mode != mode:
            steps.append(SetField("plan", plan_uuid, "numbering", old_mode, mode, plan_uuid))
        sections = rq.numbering_tree(db, plan_id)
        current = {item.uuid: item.number for section in sections for item in section.all_items()}
        for uuid, number in compute_numbers(sections, mode).items():
            if current.get(uuid, number) != number:
                steps.append(SetField("item", uuid, "number", current[uuid], number, plan_uuid))
        return self._apply(Message("edit.label.numbering"), steps)
