"""Where a line dropped in the annex tree goes, in the annex's own terms: the new parent (the
plan for a section, a section or an item for an item, an item for a row) and the position among
its new siblings once the line has left its old place (what ``ws.register.move`` takes).

The tree shows an item's first row on the item's line; its further rows hang below it first,
then its sub-items. Decided here:
- a section goes between sections (dropped on a section: before it);
- an item dropped between the items of a section or of an item goes there; dropped on an item it
  becomes that item's last sub-item; dropped on a row line it is refused (ambiguous);
- a row dropped among an item's further rows goes there; dropped on an item, after its rows; on
  another row, just after it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt

from .annex_nodes import ITEM, ROW, SECTION, Node

if TYPE_CHECKING:
    from ...domain.register_view import RegisterView

END = -1
MIME_TYPE = "application/x-cchc-annex-nodes"
Mover = Callable[[str, str, str, int], bool]


def _adjusted(node: Node, parent_uuid: str, position: int, current: int) -> int:
    """Qt counts a drop position among the siblings as they are; the annex among them once the
    moved line has left its place (only matters within the same parent)."""
    same_parent = node.parent is not None and _annex_parent(node) == parent_uuid
    if same_parent and position != END and current < position:
        return position - 1
    return position


def _annex_parent(node: Node) -> str:
    parent = node.parent
    assert parent is not None
    return parent.uuid if parent.kind != "root" else ""


def drop_target(node: Node, parent: Node, row: int, plan_uuid: str) -> tuple[str, int] | None:
    """(to_parent, position) for ``node`` dropped at ``row`` under ``parent`` (row -1: onto it)."""
    if node.kind == SECTION:
        if parent.kind == "root":
            position = row if row >= 0 else len(parent.children)
        elif parent.kind == SECTION:
            position = parent.index
        else:
            return None
        current = node.index
        position = position - 1 if current < position else position
        return (plan_uuid, position) if position != current else None
    if node.kind == ITEM:
        return _item_target(node, parent, row)
    if node.kind == ROW:
        return _row_target(node, parent, row)
    return None


def _item_target(node: Node, parent: Node, row: int) -> tuple[str, int] | None:
    current = node.index - (node.parent.extra_rows() if node.parent is not None else 0)
    if parent.kind == SECTION:
        position = row if row >= 0 else END
    elif parent.kind == ITEM:
        if _inside(parent, node):
            return None
        position = END if row < 0 else max(row - parent.extra_rows(), 0)
    else:
        return None
    position = _adjusted(node, parent.uuid, position, current)
    if parent is node.parent and position == current:
        return None
    return parent.uuid, position


def _row_target(node: Node, parent: Node, row: int) -> tuple[str, int] | None:
    current = node.row.row_index if node.row is not None else 0
    if parent.kind == ITEM:
        item = parent
        position = END if row < 0 or row > parent.extra_rows() else row + 1
    elif parent.kind == ROW and row < 0 and parent.parent is not None:
        item = parent.parent
        position = (parent.row.row_index if parent.row is not None else 0) + 1
    else:
        return None
    if node.parent is item:
        if position != END and current < position:
            position -= 1
        if position == current or (position == END and current == item.item.rows - 1):
            return None
    return item.uuid, position


def _inside(target: Node, moved: Node) -> bool:
    """Whether ``target`` is ``moved`` or below it (an item cannot go inside itself)."""
    node: Node | None = target
    while node is not None:
        if node is moved:
            return True
        node = node.parent
    return False


class AnnexDragAndDrop:
    """Drag and drop of the annex tree's lines (mixed into its model): one line at a time, within
    the plan, carried as its kind and uuid; the drop handed to ``mover(kind, uuid, to_parent,
    position) -> bool``, which the page sets (the services move it, undoably)."""

    _view: RegisterView | None
    _by_uuid: dict[str, Node]
    mover: Mover | None

    def node(self, index) -> Node:
        raise NotImplementedError

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        dragged = []
        for index in indexes:
            node = self.node(index)
            if node.kind != "root" and (node.kind, node.uuid) not in dragged:
                dragged.append((node.kind, node.uuid))
        data = QMimeData()
        plan = self._view.plan.uuid if self._view is not None else ""
        data.setData(MIME_TYPE, json.dumps({"plan": plan, "nodes": dragged}).encode("utf-8"))
        return data

    def _dragged(self, data: QMimeData) -> Node | None:
        """The one node a drag carries (moving several at once is not offered)."""
        if self._view is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            carried = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        except ValueError:
            return None
        if carried.get("plan") != self._view.plan.uuid or len(carried.get("nodes", ())) != 1:
            return None
        return self._by_uuid.get(carried["nodes"][0][1])

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        node = self._dragged(data)
        return (
            node is not None
            and self.mover is not None
            and drop_target(node, self.node(parent), row, self._view.plan.uuid) is not None
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        node = self._dragged(data)
        if node is None or self.mover is None or action != Qt.MoveAction:
            return False
        target = drop_target(node, self.node(parent), row, self._view.plan.uuid)
        if target is None:
            return False
        return self.mover(node.kind, node.uuid, *target)
