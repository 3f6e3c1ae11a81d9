"""After the user reshapes an annex, the numbers of the reform areas it touched are recomputed
(I, II …; 1, 2 … restarting per section or running on; 1.1, 1.2 …), as field edits that become
part of the same undoable action."""

from __future__ import annotations

from ..domain.edits import InsertNodes, MoveNode, RemoveNodes, SetField, Step
from ..domain.numbering import compute_numbers
from ..storage import plans as plan_store
from ..storage import register_queries
from ..storage.session import Database, Tx
from .steps.annex import sections_under


def renumbering_steps(db: Database, tx: Tx, steps: list[Step]) -> list[SetField]:
    reshaped: dict[str, set[str]] = {}
    sections_moved: set[str] = set()
    for step in steps:
        if not isinstance(step, (InsertNodes, RemoveNodes, MoveNode)) or step.kind == "row":
            continue  # rows carry no numbers
        if step.kind == "section":
            sections_moved.add(step.plan_uuid)
            reshaped.setdefault(step.plan_uuid, set())
            continue
        parent = step.to_parent if isinstance(step, MoveNode) else step.parent_uuid
        nodes = list(getattr(step, "nodes", ()))
        reshaped.setdefault(step.plan_uuid, set()).update(sections_under(tx, step.kind, parent, nodes))
        if isinstance(step, MoveNode) and step.from_parent:
            reshaped[step.plan_uuid].update(sections_under(tx, step.kind, step.from_parent, []))
    out: list[SetField] = []
    for plan_uuid, section_uuids in reshaped.items():
        plan_id = plan_store.id_for_uuid(tx, plan_uuid)
        if plan_id is None:
            continue
        mode = plan_store.read_info_field(tx, plan_id, "numbering") or "per_section"
        moved = plan_uuid in sections_moved
        wanted = None if moved and mode == "continuous" else section_uuids
        # Numbers only, no rows; restarting per section, only the sections reshaped.
        sections = register_queries.numbering_tree(tx, plan_id, None if mode == "continuous" else wanted)
        numbers = compute_numbers(sections, mode, wanted, renumber_sections=moved)
        current = {s.uuid: ("section", "code", s.code) for s in sections}
        for section in sections:
            for item in section.all_items():
                current[item.uuid] = ("item", "number", item.number)
        for node_uuid, number in numbers.items():
            kind, field, old = current[node_uuid]
            if old != number:
                out.append(SetField(kind, node_uuid, field, old, number, plan_uuid))
    return out
