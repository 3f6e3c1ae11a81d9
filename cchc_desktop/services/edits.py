"""Applying reversible edits: each in one transaction with its change-log lines.

``apply(edit)`` carries out a fresh user action (and renumbers the sections it reshaped, the
renumbering becoming part of the edit); ``replay(edit)`` applies an undo or redo exactly as
recorded. A step whose record is not as the edit expects (changed or removed meanwhile, for
example by the command line) fails the whole edit with ``edit.conflict``: the caller then
drops it from the undo history rather than disagree with the database.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from ..domain import AnnexSection, PlanCounts, count_sections
from ..domain.edits import (
    NODE_KINDS,
    Changed,
    CreatePlan,
    Edit,
    InsertNodes,
    MergeUnits,
    MoveNode,
    PurgePlan,
    RemoveNodes,
    SetField,
    Step,
    TrashPlan,
    UnmergeUnits,
    UntrashPlan,
)
from ..domain.numbering import compute_numbers
from ..errors import CchcError, NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..storage import annex as annex_store
from ..storage import plans as plan_store
from ..storage import progress as progress_store
from ..storage import targets as target_store
from ..storage import units as unit_store
from ..storage.session import Database, Tx
from ..storage.units import MergeRecord, UnitResolver

define_messages(
    {
        "edit.conflict": QT_TRANSLATE_NOOP(
            "Messages",
            "Không thực hiện được vì dữ liệu đã thay đổi ở nơi khác (có thể bằng dòng lệnh hoặc "
            "khôi phục): {what}. Bước này được bỏ khỏi danh sách hoàn tác.",
        ),
        "edit.plan_missing": QT_TRANSLATE_NOOP("Messages", "Không tìm thấy kế hoạch (mã {uuid})."),
    }
)


class EditConflict(CchcError):
    exit_code = 5


@dataclass(frozen=True)
class Applied:
    edit: Edit  # as applied: what undo needs
    changed: Changed


def _plan_id(tx: Tx, plan_uuid: str) -> int:
    plan_id = plan_store.id_for_uuid(tx, plan_uuid)
    if plan_id is None:
        raise NotFoundError("edit.plan_missing", uuid=plan_uuid)
    return plan_id


class EditEngine:
    def __init__(self, db: Database):
        self.db = db

    def apply(self, edit: Edit, renumber: bool = True) -> Applied:
        """A fresh user action; ``renumber=False`` keeps numbers as given (an imported annex)."""
        return self._run(edit, renumber=renumber)

    def replay(self, edit: Edit) -> Applied:
        return self._run(edit, renumber=False)

    def _run(self, edit: Edit, renumber: bool) -> Applied:
        changed = Changed()
        done: list[Step] = []
        with self.db.transaction() as tx:
            for step in edit.steps:
                applied, what = self._step(tx, step)
                done.append(applied)
                changed = changed | what
            if renumber:
                for step in self._renumber(tx, done):
                    applied, what = self._step(tx, step)
                    done.append(applied)
                    changed = changed | what
            for plan_uuid in changed.plans:
                plan_id = plan_store.id_for_uuid(tx, plan_uuid)
                if plan_id is not None:
                    plan_store.touch(tx, plan_id)
        return Applied(Edit(edit.label, tuple(done)), changed)

    # --- steps ---------------------------------------------------------------------------------

    def _step(self, tx: Tx, step: Step) -> tuple[Step, Changed]:
        if isinstance(step, SetField):
            return step, self._set_field(tx, step)
        if isinstance(step, InsertNodes):
            return self._insert(tx, step)
        if isinstance(step, RemoveNodes):
            return self._remove(tx, step)
        if isinstance(step, MoveNode):
            return self._move(tx, step)
        if isinstance(step, CreatePlan):
            doc = copy.deepcopy(step.doc)
            plan_id = plan_store.insert_document(tx, doc)
            counts = doc.counts()
            tx.log(
                "create",
                "plan",
                plan_id=plan_id,
                entity_id=plan_id,
                entity_uuid=doc.uuid,
                new=str(counts.message()),
            )
            return CreatePlan(doc), Changed(
                frozenset({"plans", "annex"}), frozenset({doc.uuid}), focus=doc.uuid
            )
        if isinstance(step, PurgePlan):
            plan_id = _plan_id(tx, step.plan_uuid)
            doc = plan_store.load_document(self.db, plan_id)
            tx.log(
                "purge",
                "plan",
                plan_id=plan_id,
                entity_id=plan_id,
                entity_uuid=doc.uuid,
                old=str(doc.counts().message()),
            )
            plan_store.purge(tx, plan_id)
            return PurgePlan(step.plan_uuid, doc), Changed(
                frozenset({"plans", "annex"}), frozenset({step.plan_uuid})
            )
        if isinstance(step, (TrashPlan, UntrashPlan)):
            plan_id = _plan_id(tx, step.plan_uuid)
            trashed = isinstance(step, TrashPlan)
            plan_store.set_trashed(tx, plan_id, trashed)
            tx.log(
                "delete" if trashed else "undelete",
                "plan",
                plan_id=plan_id,
                entity_id=plan_id,
                entity_uuid=step.plan_uuid,
                old=str(plan_store.counts(tx, plan_id).message()),
            )
            return step, Changed(
                frozenset({"plans"}), frozenset({step.plan_uuid}), focus=None if trashed else step.plan_uuid
            )
        if isinstance(step, MergeUnits):
            record = unit_store.merge_units(tx, step.source_uuid, step.target_uuid)
            tx.log(
                "unit",
                "unit",
                entity_uuid=step.source_uuid,
                field="merge",
                old=record.source.name,
                new=step.target_uuid,
            )
            return (
                replace(step, source=record.source, links=record.links, plan_links=record.plan_links),
                Changed(frozenset({"units", "annex", "plans"})),
            )
        if isinstance(step, UnmergeUnits):
            merged = step.merged
            assert merged.source is not None
            unit_store.unmerge_units(
                tx, MergeRecord(merged.source, merged.target_uuid, merged.links, merged.plan_links)
            )
            tx.log("unit", "unit", entity_uuid=merged.source_uuid, field="unmerge", new=merged.source.name)
            return step, Changed(frozenset({"units", "annex", "plans"}))
        raise TypeError(step)

    def _set_field(self, tx: Tx, step: SetField) -> Changed:
        entity = step.entity
        if entity == "plan":
            plan_id = _plan_id(tx, step.uuid)
            current: Any = plan_store.read_info_field(tx, plan_id, step.field)
            self._expect(current, step.old, step.field)
            plan_store.write_info_field(tx, plan_id, step.field, step.new)
            tx.log(
                "edit",
                "plan",
                plan_id=plan_id,
                entity_uuid=step.uuid,
                field=step.field,
                old=_shown(step.old),
                new=_shown(step.new),
            )
            return Changed(frozenset({"plans"}), frozenset({step.uuid}), ((entity, step.uuid, step.field),))
        if entity in NODE_KINDS:
            ref = annex_store.locate(tx, step.uuid)
            current = annex_store.read_field(tx, ref, step.field)
            self._expect(_plain(current), _plain(step.old), step.field)
            annex_store.update_field(tx, ref, step.field, step.new)
            plan_uuid = step.plan_uuid or _plan_uuid(tx, ref.plan_id)
            tx.log(
                "edit",
                entity,
                plan_id=ref.plan_id,
                entity_id=ref.id,
                entity_uuid=step.uuid,
                field=step.field,
                old=_shown(step.old),
                new=_shown(step.new),
            )
            kinds = {"annex"} | ({"units"} if step.field in ("lead", "partners") else set())
            return Changed(frozenset(kinds), frozenset({plan_uuid}), ((entity, step.uuid, step.field),))
        if entity == "progress":
            ref = annex_store.locate(tx, step.uuid)
            current = progress_store.read_field(tx, ref.id, step.field)
            self._expect(current, step.old, step.field)
            progress_store.write_field(tx, ref.id, step.field, step.new)
            tx.log(
                "progress",
                "row",
                plan_id=ref.plan_id,
                entity_id=ref.id,
                entity_uuid=step.uuid,
                field=step.field,
                old=_shown(step.old),
                new=_shown(step.new),
            )
            return Changed(
                frozenset({"progress"}),
                frozenset({_plan_uuid(tx, ref.plan_id)}),
                (("progress", step.uuid, step.field),),
            )
        if entity == "unit":
            current = unit_store.read_field(tx, step.uuid, step.field)
            self._expect(current, step.old, step.field)
            unit_store.set_unit_field(tx, step.uuid, step.field, step.new)
            tx.log(
                "unit",
                "unit",
                entity_uuid=step.uuid,
                field=step.field,
                old=_shown(step.old),
                new=_shown(step.new),
            )
            return Changed(frozenset({"units", "annex"}), fields=((entity, step.uuid, step.field),))
        if entity == "target":
            return self._set_target(tx, step)
        raise ValueError(entity)

    def _set_target(self, tx: Tx, step: SetField) -> Changed:
        plan_id = target_store.plan_of(tx, step.uuid)
        current = target_store.read_field(tx, step.uuid, step.field)
        self._expect(current, step.old, step.field)
        target_store.write_field(tx, step.uuid, step.field, step.new)
        tx.log(
            "edit",
            "target",
            plan_id=plan_id,
            entity_uuid=step.uuid,
            field=step.field,
            old=_shown(step.old),
            new=_shown(step.new),
        )
        return Changed(
            frozenset({"targets"}), frozenset({_plan_uuid(tx, plan_id)}), (("target", step.uuid, step.field),)
        )

    @staticmethod
    def _expect(current: Any, expected: Any, what: str) -> None:
        if _plain(current) != _plain(expected):
            raise EditConflict("edit.conflict", what=what)

    def _parent_spec(self, tx: Tx, kind: str, plan_uuid: str, parent_uuid: str) -> dict[str, Any]:
        if kind == "section":
            return {"plan_id": _plan_id(tx, plan_uuid)}
        parent = annex_store.locate(tx, parent_uuid)
        if kind == "item":
            if parent.kind == "section":
                return {"section_id": parent.id, "parent_item_id": None}
            if parent.kind == "item":
                return {"section_id": parent.section_id, "parent_item_id": parent.id}
        elif kind == "row" and parent.kind == "item":
            return {"item_id": parent.id}
        raise EditConflict("edit.conflict", what=kind)

    def _insert(self, tx: Tx, step: InsertNodes) -> tuple[Step, Changed]:
        spec = self._parent_spec(tx, step.kind, step.plan_uuid, step.parent_uuid)
        nodes = copy.deepcopy(list(step.nodes))
        plan_id = _plan_id(tx, step.plan_uuid)
        resolver = UnitResolver(tx)
        annex_store.insert_at(tx, step.kind, nodes, step.position, resolver=resolver, **spec)
        if len(nodes) == 1:
            tx.log(
                "insert",
                step.kind,
                plan_id=plan_id,
                entity_id=nodes[0].id,
                entity_uuid=nodes[0].uuid,
                new=_node_label(nodes[0]),
            )
        else:  # an appended annex: one line for the lot, with what it held
            tx.log(
                "insert",
                step.kind,
                plan_id=plan_id,
                entity_uuid=step.parent_uuid,
                new=str(_nodes_counts(step.kind, nodes).tasks_message()),
            )
        # As applied: the nodes with the identities they were given, which undo removes.
        applied = InsertNodes(step.kind, step.plan_uuid, step.parent_uuid, step.position, tuple(nodes))
        return applied, Changed(
            frozenset({"annex", "plans", "progress"}),
            frozenset({step.plan_uuid}),
            structure=frozenset({step.plan_uuid}),
            focus=nodes[0].uuid if nodes else None,
            sections=frozenset(self._section_uuids(tx, nodes, step)),
        )

    def _section_uuids(self, tx: Tx, nodes: list, step: InsertNodes | RemoveNodes | MoveNode) -> set[str]:
        if step.kind == "section":
            return {n.uuid for n in nodes}
        parent = step.parent_uuid if not isinstance(step, MoveNode) else step.to_parent
        try:
            ref = annex_store.locate(tx, parent)
        except NotFoundError:
            return set()
        row = tx.execute("SELECT uuid FROM annex_sections WHERE id = ?", [ref.section_id]).fetchone()
        return {row[0]} if row else set()

    def _remove(self, tx: Tx, step: RemoveNodes) -> tuple[Step, Changed]:
        snapshots = []
        first_parent, first_position = step.parent_uuid, step.position
        plan_id = None
        sections: set[str] = set()
        for index, node in enumerate(step.nodes):
            ref = annex_store.locate(tx, node.uuid)
            if ref.kind != step.kind:
                raise EditConflict("edit.conflict", what=step.kind)
            snapshot = annex_store.load_node(self.db, ref)
            self._expect_snapshot(snapshot, node, step.parent_uuid != "")
            if index == 0:
                first_parent, first_position = _parent_uuid(tx, ref), ref.position
            sections.add(
                tx.execute("SELECT uuid FROM annex_sections WHERE id = ?", [ref.section_id]).fetchone()[0]
            )
            plan_id = ref.plan_id
            annex_store.delete_node(tx, ref)
            tx.log(
                "remove",
                step.kind,
                plan_id=ref.plan_id,
                entity_id=ref.id,
                entity_uuid=node.uuid,
                old=_node_label(snapshot),
            )
            snapshots.append(snapshot)
        plan_uuid = step.plan_uuid or (_plan_uuid(tx, plan_id) if plan_id is not None else "")
        applied = RemoveNodes(step.kind, plan_uuid, first_parent, first_position, tuple(snapshots))
        if step.kind == "section":
            sections = set()
        return applied, Changed(
            frozenset({"annex", "plans", "progress"}),
            frozenset({plan_uuid}),
            structure=frozenset({plan_uuid}),
            sections=frozenset(sections),
        )

    @staticmethod
    def _expect_snapshot(current: Any, recorded: Any, strict: bool) -> None:
        # A replayed removal (undo of an insert) must remove what was inserted, not something
        # edited since: compare the content (ids aside) when the step carries a snapshot.
        comparable = strict and type(current) is type(recorded) and hasattr(recorded, "__dataclass_fields__")
        if comparable and current != recorded:
            raise EditConflict("edit.conflict", what=getattr(recorded, "uuid", ""))

    def _move(self, tx: Tx, step: MoveNode) -> tuple[Step, Changed]:
        ref = annex_store.locate(tx, step.uuid)
        from_parent, from_position = _parent_uuid(tx, ref), ref.position
        if step.from_parent and (step.from_parent, step.from_position) != (from_parent, from_position):
            raise EditConflict("edit.conflict", what=step.kind)
        spec = self._parent_spec(tx, step.kind, step.plan_uuid, step.to_parent)
        old_section = tx.execute("SELECT uuid FROM annex_sections WHERE id = ?", [ref.section_id]).fetchone()[
            0
        ]
        moved = annex_store.place(
            tx,
            ref,
            section_id=spec.get("section_id", ref.section_id),
            parent_item_id=spec.get("parent_item_id"),
            item_id=spec.get("item_id"),
            position=step.to_position,
        )
        new_section = tx.execute(
            "SELECT uuid FROM annex_sections WHERE id = ?", [moved.section_id]
        ).fetchone()[0]
        tx.log(
            "move",
            step.kind,
            plan_id=ref.plan_id,
            entity_id=ref.id,
            entity_uuid=step.uuid,
            old=f"{from_parent}:{from_position}",
            new=f"{step.to_parent}:{moved.position}",
        )
        plan_uuid = step.plan_uuid or _plan_uuid(tx, ref.plan_id)
        applied = MoveNode(
            step.kind, step.uuid, plan_uuid, step.to_parent, moved.position, from_parent, from_position
        )
        return applied, Changed(
            frozenset({"annex"}),
            frozenset({plan_uuid}),
            structure=frozenset({plan_uuid}),
            focus=step.uuid,
            sections=frozenset(set() if step.kind == "section" else {old_section, new_section}),
        )

    # --- numbering -----------------------------------------------------------------------------

    def _renumber(self, tx: Tx, steps: list[Step]) -> list[SetField]:
        reshaped: dict[str, set[str]] = {}
        sections_moved: set[str] = set()
        for step in steps:
            if isinstance(step, (InsertNodes, RemoveNodes, MoveNode)):
                plan_uuid = step.plan_uuid
                if step.kind == "section":
                    sections_moved.add(plan_uuid)
                    reshaped.setdefault(plan_uuid, set())
                else:
                    reshaped.setdefault(plan_uuid, set()).update(
                        self._section_uuids(tx, list(getattr(step, "nodes", ())), step)
                    )
        out: list[SetField] = []
        for plan_uuid, section_uuids in reshaped.items():
            plan_id = plan_store.id_for_uuid(tx, plan_uuid)
            if plan_id is None:
                continue
            mode = plan_store.read_info_field(tx, plan_id, "numbering") or "per_section"
            sections = annex_store.load_sections(self.db, plan_id)
            if plan_uuid in sections_moved:
                wanted = None if mode == "continuous" else set(section_uuids)
                numbers = compute_numbers(
                    sections, mode, wanted if section_uuids else set(), renumber_sections=True
                )
            else:
                numbers = compute_numbers(sections, mode, section_uuids)
            current = {s.uuid: ("section", "code", s.code) for s in sections}
            for section in sections:
                for item in section.all_items():
                    current[item.uuid] = ("item", "number", item.number)
            for node_uuid, number in numbers.items():
                kind, field, old = current[node_uuid]
                if old != number:
                    out.append(SetField(kind, node_uuid, field, old, number, plan_uuid))
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    return value


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(
            str(v) if not isinstance(v, (list, tuple)) else " – ".join(map(str, v)) for v in value
        )
    return str(value)


def _plan_uuid(tx: Tx, plan_id: int) -> str:
    row = tx.execute("SELECT uuid FROM plans WHERE id = ?", [plan_id]).fetchone()
    return row[0] if row else ""


def _parent_uuid(tx: Tx, ref: annex_store.NodeRef) -> str:
    if ref.kind == "section":
        return _plan_uuid(tx, ref.plan_id)
    if ref.kind == "row":
        return tx.execute("SELECT uuid FROM annex_items WHERE id = ?", [ref.item_id]).fetchone()[0]
    if ref.parent_item_id is not None:
        return tx.execute("SELECT uuid FROM annex_items WHERE id = ?", [ref.parent_item_id]).fetchone()[0]
    return tx.execute("SELECT uuid FROM annex_sections WHERE id = ?", [ref.section_id]).fetchone()[0]


def _nodes_counts(kind: str, nodes: list) -> PlanCounts:
    if kind == "section":
        return count_sections(nodes)
    if kind == "item":
        return count_sections([AnnexSection("", "", items=list(nodes))])
    return PlanCounts(0, 0, len(nodes))


def _node_label(node: Any) -> str:
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
