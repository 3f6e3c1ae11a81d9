"""What the annex use cases share: where a node hangs, how many children a parent has, how deep
an item sits, and applying an action (nothing to apply: None)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain import MAX_ITEM_DEPTH
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import annex as annex_store
from ..storage import plans as plan_store
from ..storage import register_queries as rq
from ..storage.annex import NodeRef
from ..storage.session import Database
from .applied import Applied

if TYPE_CHECKING:
    from ..domain.edits import Step
    from .workspace import Workspace

define_messages(
    {
        "register.too_deep": QT_TRANSLATE_NOOP(
            "Messages", "Không đặt được: nhiệm vụ chỉ được lồng nhau tối đa {limit} cấp."
        ),
        "register.bad_place": QT_TRANSLATE_NOOP("Messages", "Không đặt được vào vị trí này."),
    }
)

END = -1  # a position: after the last sibling


def item_uuid(db: Database, item_id: int | None) -> str:
    return rq.uuid_of(db, "item", item_id)


def section_uuid(db: Database, section_id: int | None) -> str:
    return rq.uuid_of(db, "section", section_id)


def plan_uuid(db: Database, plan_id: int) -> str:
    return rq.uuid_of(db, "plan", plan_id)


def parent_uuid(db: Database, ref: NodeRef) -> str:
    """The uuid of what a node hangs under: its plan (a section), its section or item (an
    item), its item (a row)."""
    if ref.kind == "section":
        return plan_uuid(db, ref.plan_id)
    if ref.kind == "row":
        return item_uuid(db, ref.item_id)
    if ref.parent_item_id is not None:
        return item_uuid(db, ref.parent_item_id)
    return section_uuid(db, ref.section_id)


def item_of(db: Database, ref: NodeRef) -> NodeRef:
    """The item a row belongs to (an item is its own)."""
    return annex_store.locate(db, item_uuid(db, ref.item_id)) if ref.kind == "row" else ref


class AnnexActions:
    """The base of the annex editing use cases (part of the register service)."""

    ws: Workspace

    def _apply(self, label: Message, steps: Sequence[Step]) -> Applied | None:
        from ..domain.edits import Edit  # loaded on first use: keeps start-up fast

        if not steps:
            return None
        return self.ws.edits.apply(Edit(label, tuple(steps)))

    def _locate(self, node_uuid: str) -> NodeRef:
        return annex_store.locate(self.ws.db, node_uuid)

    def _plan_uuid(self, plan_id: int) -> str:
        return plan_uuid(self.ws.db, plan_id)

    def parent_uuid_of(self, ref: NodeRef) -> str:
        """The uuid of a node's parent (the plan's for a section)."""
        return parent_uuid(self.ws.db, ref)

    def _child_count(self, kind: str, parent_node: str, plan_node: str) -> int:
        """How many children of ``kind`` a parent has (a section's parent is the plan)."""
        db = self.ws.db
        if kind == "section":
            return len(annex_store.sibling_ids(db, "section", plan_id=plan_store.id_for_uuid(db, plan_node)))
        parent = self._locate(parent_node)
        if kind == "row":
            return len(annex_store.sibling_ids(db, "row", item_id=parent.id))
        if parent.kind == "section":
            return len(annex_store.sibling_ids(db, "item", section_id=parent.id, parent_item_id=None))
        return len(
            annex_store.sibling_ids(db, "item", section_id=parent.section_id, parent_item_id=parent.id)
        )

    def _item_depth(self, ref: NodeRef) -> int:
        parents = {i.id: i.parent_id for i in rq.items(self.ws.db, ref.plan_id)}
        depth, parent = 1, ref.parent_item_id
        while parent is not None:
            depth += 1
            parent = parents.get(parent)
        return depth

    def _subtree_depth(self, ref: NodeRef) -> int:
        children: dict[int, list[int]] = {}
        for item in rq.items(self.ws.db, ref.plan_id):
            if item.parent_id is not None:
                children.setdefault(item.parent_id, []).append(item.id)
        deepest, stack = 1, [(ref.id, 1)]
        while stack:
            item_id, level = stack.pop()
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in children.get(item_id, ()))
        return deepest

    def _check_depth(self, parent: NodeRef, levels: int) -> None:
        if self._item_depth(parent) + levels > MAX_ITEM_DEPTH:
            raise InvalidInputError("register.too_deep", limit=MAX_ITEM_DEPTH)
