"""Moving annex nodes: drag and drop to a parent and position, one place up or down (a top item
crossing into the next section at the edge), indent (the item becomes the last sub-item of the one
above) and outdent (it becomes the next sibling of its parent). Part of
:class:`~cchc_desktop.services.register.RegisterService`; numbers are recomputed by the engine."""

from __future__ import annotations

from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import annex as annex_store
from ..storage import plans as plan_store
from ..storage import register_queries as rq
from ..storage.annex import NodeRef
from . import annex_nodes
from .annex_nodes import END, AnnexActions
from .applied import Applied

define_messages(
    {
        "register.cannot_indent": QT_TRANSLATE_NOOP(
            "Messages", "Không thụt vào được: phía trên không có nhiệm vụ cùng cấp để làm nhóm."
        ),
        "register.cannot_outdent": QT_TRANSLATE_NOOP(
            "Messages", "Không lùi ra được: nhiệm vụ này đã ở cấp ngoài cùng của lĩnh vực."
        ),
        "register.other_plan": QT_TRANSLATE_NOOP(
            "Messages", "Không chuyển sang kế hoạch khác bằng cách kéo thả được; hãy sao chép rồi dán."
        ),
        "edit.label.move": QT_TRANSLATE_NOOP("Messages", "Di chuyển"),
        "edit.label.indent": QT_TRANSLATE_NOOP("Messages", "Thụt vào (thành nhiệm vụ con)"),
        "edit.label.outdent": QT_TRANSLATE_NOOP("Messages", "Lùi ra"),
    }
)


class AnnexMoves(AnnexActions):
    def move(self, node_uuid: str, to_parent: str, position: int = END) -> Applied | None:
        """Drag and drop: a node under ``to_parent`` (the plan's uuid for a section; a section or
        an item for an item; an item for a row) at ``position`` among its new siblings."""
        from ..domain.edits import MoveNode  # loaded on first use: keeps start-up fast

        ref = self._locate(node_uuid)
        plan_uuid = self._plan_uuid(ref.plan_id)
        if ref.kind == "section":
            if to_parent != plan_uuid:
                raise InvalidInputError(
                    "register.other_plan"
                    if plan_store.id_for_uuid(self.ws.db, to_parent)
                    else "register.bad_place"
                )
        else:
            target = self._locate(to_parent)
            if target.plan_id != ref.plan_id:
                raise InvalidInputError("register.other_plan")
            allowed = ("section", "item") if ref.kind == "item" else ("item",)
            if target.kind not in allowed:
                raise InvalidInputError("register.bad_place")
            if ref.kind == "item" and target.kind == "item":
                self._check_not_inside(ref, target)
                self._check_depth(target, self._subtree_depth(ref))
        if position < 0:
            position = self._child_count(ref.kind, to_parent, plan_uuid)
            if self.parent_uuid_of(ref) == to_parent:
                position -= 1  # it leaves its place first
        if self.parent_uuid_of(ref) == to_parent and position == ref.position:
            return None
        return self._apply(
            Message("edit.label.move"), [MoveNode(ref.kind, node_uuid, plan_uuid, to_parent, position)]
        )

    def move_up(self, node_uuid: str) -> Applied | None:
        return self._shift(node_uuid, -1)

    def move_down(self, node_uuid: str) -> Applied | None:
        return self._shift(node_uuid, +1)

    def _shift(self, node_uuid: str, step: int) -> Applied | None:
        """One place up or down among its siblings; a top item at the edge of its section goes to
        the end of the section above (or the start of the one below); otherwise nothing."""
        ref = self._locate(node_uuid)
        siblings = annex_store.siblings_of(self.ws.db, ref)
        position = ref.position + step
        parent = self.parent_uuid_of(ref)
        if 0 <= position < len(siblings):
            return self.move(node_uuid, parent, position)
        if ref.kind != "item" or ref.parent_item_id is not None:
            return None
        sections = rq.sections(self.ws.db, ref.plan_id)
        index = next(i for i, s in enumerate(sections) if s.id == ref.section_id) + step
        if not 0 <= index < len(sections):
            return None
        neighbour = sections[index]
        where = END if step < 0 else 0
        return self.move(node_uuid, neighbour.uuid, where)

    def indent(self, item_uuid: str) -> Applied | None:
        """The item becomes the last sub-item of the item above it (same level)."""
        ref = self._locate(item_uuid)
        if ref.kind != "item" or ref.position == 0:
            raise InvalidInputError("register.cannot_indent")
        above_id = annex_store.siblings_of(self.ws.db, ref)[ref.position - 1]
        above = annex_nodes.item_uuid(self.ws.db, above_id)
        moved = self.move(item_uuid, above, END)
        return None if moved is None else self._relabel(moved, "edit.label.indent")

    def outdent(self, item_uuid: str) -> Applied | None:
        """A sub-item becomes the next sibling of the item it was under."""
        ref = self._locate(item_uuid)
        if ref.kind != "item" or ref.parent_item_id is None:
            raise InvalidInputError("register.cannot_outdent")
        parent = self._locate(self.parent_uuid_of(ref))
        moved = self.move(item_uuid, self.parent_uuid_of(parent), parent.position + 1)
        return None if moved is None else self._relabel(moved, "edit.label.outdent")

    @staticmethod
    def _relabel(applied: Applied, code: str) -> Applied:
        from ..domain.edits import Edit  # loaded on first use: keeps start-up fast

        return Applied(Edit(Message(code), applied.edit.steps), applied.changed)

    def _check_not_inside(self, ref: NodeRef, target: NodeRef) -> None:
        parents = {i.id: i.parent_id for i in rq.items(self.ws.db, ref.plan_id)}
        item: int | None = target.id
        while item is not None:
            if item == ref.id:
                raise InvalidInputError("register.bad_place")
            item = parents.get(item)
