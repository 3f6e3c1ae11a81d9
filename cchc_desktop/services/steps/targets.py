"""Targets of a plan put in and taken out (a move is both, in one edit)."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import replace

from ...domain.edits import Changed, InsertTarget, RemoveTarget, Step
from ...domain.targets import PlanTarget
from ...storage import targets as target_store
from ...storage.session import Database, Tx
from ...storage.targets import TargetRecord
from .base import EditConflict, handles, plan_id_of


def _record(plan_id: int, position: int, target: PlanTarget) -> TargetRecord:
    return TargetRecord(
        target.uuid,
        plan_id,
        position,
        target.area,
        target.text,
        target.comparator,
        target.target,
        target.unit,
        target.reached,
        target.note,
    )


def as_target(record: TargetRecord) -> PlanTarget:
    return PlanTarget(
        uuid=record.uuid,
        text=record.text,
        comparator=record.comparator,
        target=record.target,
        unit=record.unit,
        reached=record.reached,
        area=record.area,
        note=record.note,
    )


def _changed(plan_uuid: str, focus: str | None) -> Changed:
    return Changed(frozenset({"targets"}), frozenset({plan_uuid}), focus=focus)


@handles(InsertTarget)
def insert_target(db: Database, tx: Tx, step: InsertTarget) -> tuple[Step, Changed]:
    plan_id = plan_id_of(tx, step.plan_uuid)
    count = len(target_store.list_targets(tx, plan_id))
    position = count if step.position < 0 else max(0, min(step.position, count))
    target = step.target if step.target.uuid else replace(step.target, uuid=str(uuidlib.uuid4()))
    target_store.insert(tx, plan_id, _record(plan_id, position, target))
    tx.log("insert", "target", plan_id=plan_id, entity_uuid=target.uuid, new=target.text)
    return InsertTarget(step.plan_uuid, position, target), _changed(step.plan_uuid, target.uuid)


@handles(RemoveTarget)
def remove_target(db: Database, tx: Tx, step: RemoveTarget) -> tuple[Step, Changed]:
    plan_id = plan_id_of(tx, step.plan_uuid)
    if target_store.plan_of(tx, step.target.uuid) != plan_id:
        raise EditConflict("edit.conflict", what=step.target.text)
    record = target_store.delete(tx, step.target.uuid)
    snapshot = as_target(record)
    # Undoing an insert must remove what was inserted, not something edited since.
    if step.position >= 0 and snapshot != step.target:
        raise EditConflict("edit.conflict", what=step.target.text)
    tx.log("remove", "target", plan_id=plan_id, entity_uuid=snapshot.uuid, old=snapshot.text)
    return RemoveTarget(step.plan_uuid, record.position, snapshot), _changed(step.plan_uuid, None)
