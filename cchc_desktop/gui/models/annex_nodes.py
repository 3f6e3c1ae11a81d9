"""The annex as the tree shows it: sections → items (→ sub-items) with their rows, built from a
register view (the plan being edited) or from a plan document (an import preview).

An item's line shows its first row, as the printed annex does; the item's further rows hang
below it first, then its sub-items. Each node keeps the register's own objects (SectionRef,
ItemRef, RegisterRow), so refreshing after an edit compares objects instead of texts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ...domain import AnnexItem, PlanDocument
from ...domain.due import DueRange, parse_due
from ...domain.register import ItemRef, RegisterRow, SectionRef

SECTION, ITEM, ROW = "section", "item", "row"


class Node:
    """One line of the tree. ``row`` is the annex row the line shows (an item's first row, or
    None for a group heading without rows of its own)."""

    __slots__ = ("children", "flags", "index", "item", "kind", "parent", "row", "section", "uuid")

    def __init__(
        self,
        kind: str,
        uuid: str,
        parent: Node | None,
        section: SectionRef | None = None,
        item: ItemRef | None = None,
        row: RegisterRow | None = None,
    ):
        self.kind = kind
        self.uuid = uuid
        self.parent = parent
        self.section = section
        self.item = item
        self.row = row
        self.children: list[Node] = []
        self.index = 0
        self.flags: tuple | None = None  # the model's item flags per column, once asked for

    def add(self, child: Node) -> Node:
        child.index = len(self.children)
        self.children.append(child)
        return child

    def renumber(self) -> None:
        for index, child in enumerate(self.children):
            child.index = index

    @property
    def item_uuid(self) -> str | None:
        """The item this line belongs to (itself for an item)."""
        return self.item.uuid if self.item is not None else None

    def depth(self) -> int:
        depth, parent = 0, self.parent
        while parent is not None and parent.kind != "root":
            depth += 1
            parent = parent.parent
        return depth

    def extra_rows(self) -> int:
        """How many of an item's children are its further rows (they come before sub-items)."""
        if self.kind != ITEM or self.item is None:
            return 0
        return max(self.item.rows - 1, 0)


def group_by_section(
    rows: Sequence[RegisterRow], items: Sequence[ItemRef]
) -> tuple[dict[str, list[ItemRef]], dict[str, list[RegisterRow]]]:
    items_of: dict[str, list[ItemRef]] = defaultdict(list)
    for item in items:
        items_of[item.section_uuid].append(item)
    rows_of: dict[str, list[RegisterRow]] = defaultdict(list)
    for row in rows:
        rows_of[row.item_uuid].append(row)
    return items_of, rows_of


def fill_section(
    node: Node, items: Iterable[ItemRef], rows_of: dict[str, list[RegisterRow]], by_uuid: dict[str, Node]
) -> None:
    """The section's items (in annex order, depth first) and their rows under ``node``. (The
    window builds 15,000 of these for a 10,000-row annex: kept to plain statements.)"""
    item_nodes: dict[str, Node] = {}
    get_parent = item_nodes.get
    no_rows: list[RegisterRow] = []
    for item in items:
        parent = get_parent(item.parent_uuid or "", node)
        rows = rows_of.get(item.uuid, no_rows)
        item_node = Node(ITEM, item.uuid, parent, None, item, rows[0] if rows else None)
        siblings = parent.children
        item_node.index = len(siblings)
        siblings.append(item_node)
        item_nodes[item.uuid] = by_uuid[item.uuid] = item_node
        if rows:
            by_uuid[rows[0].uuid] = item_node
            children = item_node.children
            for position, row in enumerate(rows[1:]):
                row_node = Node(ROW, row.uuid, item_node, None, item, row)
                row_node.index = position
                children.append(row_node)
                by_uuid[row.uuid] = row_node


def section_shape(items: Iterable[ItemRef], rows_of: dict[str, list[RegisterRow]]) -> tuple:
    """What decides a section's lines: its items where they hang, each with its rows in order.
    Equal shapes: the lines stay, only their contents may change."""
    return tuple((i.uuid, i.parent_uuid, tuple(r.uuid for r in rows_of.get(i.uuid, ()))) for i in items)


def shown_shape(section: Node) -> tuple:
    """The shape (as :func:`section_shape` gives it) of the lines a section node holds."""
    out = []
    stack = list(reversed(section.children))
    while stack:
        node = stack.pop()
        if node.kind != ITEM or node.item is None:
            continue
        rows = [node.row.uuid] if node.row is not None else []
        rows += [child.uuid for child in node.children if child.kind == ROW]
        out.append((node.uuid, node.item.parent_uuid, tuple(rows)))
        stack.extend(reversed([child for child in node.children if child.kind == ITEM]))
    return tuple(out)


def build(
    sections: Sequence[SectionRef], items: Sequence[ItemRef], rows: Sequence[RegisterRow]
) -> tuple[Node, dict[str, Node]]:
    """The whole tree: its root and every node by uuid (a row's uuid names the line showing it)."""
    root = Node("root", "", None)
    by_uuid: dict[str, Node] = {}
    items_of, rows_of = group_by_section(rows, items)
    for section in sections:
        node = root.add(Node(SECTION, section.uuid, root, section=section))
        by_uuid[section.uuid] = node
        fill_section(node, items_of.get(section.uuid, ()), rows_of, by_uuid)
    return root, by_uuid


# --- a plan document (the import preview) as register objects ----------------------------------


def _due_reader(doc: PlanDocument):
    try:
        start, end = doc.plan.period.start_date(), doc.plan.period.end_date()
    except (TypeError, ValueError):  # a preview whose period is not known yet
        start = end = None

    def read(text: str) -> DueRange:
        if start is None or end is None:
            return DueRange("unknown", None, None)
        return parse_due(text, start, end)

    return read


def from_document(doc: PlanDocument) -> tuple[list[SectionRef], list[ItemRef], list[RegisterRow]]:
    """A document not stored yet (uuids may be empty): lines get stand-in identities."""
    read_due = _due_reader(doc)
    sections: list[SectionRef] = []
    items: list[ItemRef] = []
    rows: list[RegisterRow] = []
    counter = iter(range(1, 10**9))

    def ident(uuid: str, prefix: str) -> str:
        return uuid or f"{prefix}{next(counter)}"

    for section in doc.sections:
        section_ref = SectionRef(ident(section.uuid, "s"), section.code, section.title)
        sections.append(section_ref)
        stack: list[tuple[AnnexItem, str | None, int]] = [(i, None, 1) for i in reversed(section.items)]
        while stack:
            item, parent, depth = stack.pop()
            item_uuid = ident(item.uuid, "i")
            ref = ItemRef(
                item_uuid, parent, section_ref.uuid, item.number, item.objective, depth, len(item.rows)
            )
            items.append(ref)
            for index, row in enumerate(item.rows):
                rows.append(
                    RegisterRow(
                        ident(row.uuid, "r"),
                        section_ref.uuid,
                        section.code,
                        section.title,
                        item_uuid,
                        item.number,
                        item.objective,
                        depth,
                        index,
                        row.task,
                        row.activity,
                        row.result,
                        tuple(row.lead),
                        tuple(row.partners),
                        row.due_text,
                        row.budget,
                        read_due(row.due_text),
                    )
                )
            stack.extend((child, item_uuid, depth + 1) for child in reversed(item.children))
    return sections, items, rows


def before_period(due: DueRange, period_start: dt.date | None) -> bool:
    """A due time that ended before the plan's period began: written for an earlier period
    (a plan duplicated for the next one keeps its rows' texts)."""
    return period_start is not None and due.end is not None and due.end < period_start
