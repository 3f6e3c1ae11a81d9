"""Structural steps on the annex: insert nodes (with everything below them, identities kept),
remove them (the snapshot kept for undo), move them."""

from __future__ import annotations

import copy
from typing import Any

from ...domain import AnnexSection, PlanCounts, count_sections
from ...domain.edits import Changed, InsertNodes, MoveNode, RemoveNodes, Step
from ...errors import NotFoundError
from ...storage import annex as annex_store
from ...storage.session import Database, Tx
from ...storage.units import UnitResolver
from .base import EditConflict, handles, plan_id_of, plan_uuid_of

_TOUCHED = frozenset({"annex", "plans", "progress"})


def parent_spec(tx: Tx, kind: str, plan_uuid: str, parent_uuid: str) -> dict[str, Any]:
    """Where children of ``kind`` go under ``parent_uuid`` (a plan for sections)."""
    if kind == "section":
        return {"plan_id": plan_id_of(tx, plan_uuid)}
    parent = annex_store.locate(tx, parent_uuid)
    if kind == "item":
        if parent.kind == "section":
            return {"section_id": parent.id, "parent_item_id": None}
        if parent.kind == "item":
            return {"section_id": parent.section_id, "parent_item_id": parent.id}
    elif kind == "row" and parent.kind == "item":
        return {"item_id": parent.id}
    raise EditConflict("edit.conflict", what=kind)


def parent_uuid(tx: Tx, ref: annex_store.NodeRef) -> str:
    if ref.kind == "section":
        return plan_uuid_of(tx, ref.plan_id)
    if ref.kind == "row":
        return tx.execute("SELECT uuid FROM annex_items WHERE id = ?", [ref.item_id]).fetchone()[0]
    if ref.parent_item_id is not None:
        return tx.execute("SELECT uuid FROM annex_items WHERE id = ?", [ref.parent_item_id]).fetchone()[0]
    return section_uuid(tx, ref.section_id)


def section_uuid(tx: Tx, section_id: int | None) -> str:
    row = tx.execute("SELECT uuid FROM annex_sections WHERE id = ?", [section_id]).fetchone()
    return row[0] if row else ""


def sections_under(tx: Tx, kind: str, parent: str, nodes: list[Any]) -> set[str]:
    """The reform areas a change touched (for renumbering and for refreshing only those)."""
    if kind == "section":
        return {n.uuid for n in nodes}
    try:
        ref = annex_store.locate(tx, parent)
    except NotFoundError:
        return set()
    return {section_uuid(tx, ref.section_id)}


@handles(InsertNodes)
def insert_nodes(db: Database, tx: Tx, step: InsertNodes) -> tuple[Step, Changed]:
    spec = parent_spec(tx, step.kind, step.plan_uuid, step.parent_uuid)
    nodes = copy.deepcopy(list(step.nodes))
    plan_id = plan_id_of(tx, step.plan_uuid)
    annex_store.insert_at(tx, step.kind, nodes, step.position, resolver=UnitResolver(tx), **spec)
    if len(nodes) == 1:
        tx.log(
            "insert",
            step.kind,
            plan_id=plan_id,
            entity_id=nodes[0].id,
            entity_uuid=nodes[0].uuid,
            new=node_label(nodes[0]),
        )
    else:  # an appended annex: one line for the lot, with what it held
        tx.log(
            "insert",
            step.kind,
            plan_id=plan_id,
            entity_uuid=step.parent_uuid,
            new=str(nodes_counts(step.kind, nodes).tasks_message()),
        )
    # As applied: the nodes with the identities they were given, which undo removes.
    applied = InsertNodes(step.kind, step.plan_uuid, step.parent_uuid, step.position, tuple(nodes))
    return applied, Changed(
        _TOUCHED,
        frozenset({step.plan_uuid}),
        structure=frozenset({step.plan_uuid}),
        focus=nodes[0].uuid if nodes else None,
        sections=frozenset(sections_under(tx, step.kind, step.parent_uuid, nodes)),
    )


@handles(RemoveNodes)
def remove_nodes(db: Database, tx: Tx, step: RemoveNodes) -> tuple[Step, Changed]:
    snapshots: list[Any] = []
    first_parent, first_position = step.parent_uuid, step.position
    plan_id = None
    sections: set[str] = set()
    for index, node in enumerate(step.nodes):
        ref = annex_store.locate(tx, node.uuid)
        if ref.kind != step.kind:
            raise EditConflict("edit.conflict", what=step.kind)
        snapshot = annex_store.load_node(db, ref)
        # Undoing an insert must remove what was inserted, not something edited since.
        if step.parent_uuid and type(snapshot) is type(node) and snapshot != node:
            raise EditConflict("edit.conflict", what=node.uuid)
        if index == 0:
            first_parent, first_position = parent_uuid(tx, ref), ref.position
        if step.kind != "section":
            sections.add(section_uuid(tx, ref.section_id))
        plan_id = ref.plan_id
        annex_store.delete_node(tx, ref)
        tx.log(
            "remove",
            step.kind,
            plan_id=ref.plan_id,
            entity_id=ref.id,
            entity_uuid=node.uuid,
            old=node_label(snapshot),
        )
        snapshots.append(snapshot)
    plan_uuid = step.plan_uuid or plan_uuid_of(tx, plan_id)
    applied = RemoveNodes(step.kind, plan_uuid, first_parent, first_position, tuple(snapshots))
    return applied, Changed(
        _TOUCHED, frozenset({plan_uuid}), structure=frozenset({plan_uuid}), sections=frozenset(sections)
    )


@handles(MoveNode)
def move_node(db: Database, tx: Tx, step: MoveNode) -> tuple[Step, Changed]:
    ref = annex_store.locate(tx, step.uuid)
    from_parent, from_position = parent_uuid(tx, ref), ref.position
    if step.from_parent and (step.from_parent, step.from_position) != (from_parent, from_position):
        raise EditConflict("edit.conflict", what=step.kind)
    spec = parent_spec(tx, step.kind, step.plan_uuid, step.to_parent)
    old_section = section_uuid(tx, ref.section_id)
    moved = annex_store.place(
        tx,
        ref,
        section_id=spec.get("section_id", ref.section_id),
        parent_item_id=spec.get("parent_item_id"),
        item_id=spec.get("item_id"),
        position=step.to_position,
    )
    tx.log(
        "move",
        step.kind,
        plan_id=ref.plan_id,
        entity_id=ref.id,
        entity_uuid=step.uuid,
        old=f"{from_parent}:{from_position}",
        new=f"{step.to_parent}:{moved.position}",
    )
    plan_uuid = step.plan_uuid or plan_uuid_of(tx, ref.plan_id)
    applied = MoveNode(
        step.kind, step.uuid, plan_uuid, step.to_parent, moved.position, from_parent, from_position
    )
    sections = set() if step.kind == "section" else {old_section, section_uuid(tx, moved.section_id)}
    return applied, Changed(
        frozenset({"annex"}),
        frozenset({plan_uuid}),
        structure=frozenset({plan_uuid}),
        focus=step.uuid,
        sections=frozenset(sections),
    )


def nodes_counts(kind: str, nodes: list[Any]) -> PlanCounts:
    if kind == "section":
        return count_sections(nodes)
    if kind == "item":
        return count_sections([AnnexSection("", "", items=list(nodes))])
    return PlanCounts(0, 0, len(nodes))


def node_label(node: Any) -> str:
    number = getattr(node, "number", None) or getattr(node, "code", None) or ""
    text = (
        getattr(node, "title", "")
        or getattr(node, "objective", "")
        or getattr(node, "task", "")
        or getattr(node, "activity", "")
        or getattr(node, "result", "")
    )
    if not text and getattr(node, "rows", None):
        first = node.rows[0]
        text = first.task or first.activity or first.result
    return f"{number} {text}".strip()[:200]
