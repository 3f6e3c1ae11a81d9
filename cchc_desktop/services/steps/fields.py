"""Field edits: one field of one record, with the old value checked before the new is written."""

from __future__ import annotations

from ...domain.edits import NODE_KINDS, Changed, SetField, Step
from ...storage import annex as annex_store
from ...storage import evidence as evidence_store
from ...storage import plans as plan_store
from ...storage import progress as progress_store
from ...storage import targets as target_store
from ...storage import units as unit_store
from ...storage.session import Database, Tx
from .base import (
    FIELD_HANDLERS,
    EditConflict,
    expect,
    handles,
    handles_field,
    plan_id_of,
    plan_uuid_of,
    shown,
)


@handles(SetField)
def apply_set_field(db: Database, tx: Tx, step: SetField) -> tuple[Step, Changed]:
    handler = FIELD_HANDLERS.get(step.entity)
    if handler is None:
        raise EditConflict("edit.conflict", what=step.entity)
    return step, handler(db, tx, step)


def _field(step: SetField) -> tuple[tuple[str, str, str], ...]:
    return ((step.entity, step.uuid, step.field),)


@handles_field("plan")
def plan_field(db: Database, tx: Tx, step: SetField) -> Changed:
    plan_id = plan_id_of(tx, step.uuid)
    expect(plan_store.read_info_field(tx, plan_id, step.field), step.old, step.field)
    plan_store.write_info_field(tx, plan_id, step.field, step.new)
    tx.log(
        "edit",
        "plan",
        plan_id=plan_id,
        entity_uuid=step.uuid,
        field=step.field,
        old=shown(step.old),
        new=shown(step.new),
    )
    return Changed(frozenset({"plans"}), frozenset({step.uuid}), _field(step))


@handles_field(*NODE_KINDS)
def annex_field(db: Database, tx: Tx, step: SetField) -> Changed:
    ref = annex_store.locate(tx, step.uuid)
    expect(annex_store.read_field(tx, ref, step.field), step.old, step.field)
    annex_store.update_field(tx, ref, step.field, step.new)
    tx.log(
        "edit",
        step.entity,
        plan_id=ref.plan_id,
        entity_id=ref.id,
        entity_uuid=step.uuid,
        field=step.field,
        old=shown(step.old),
        new=shown(step.new),
    )
    kinds = {"annex"} | ({"units"} if step.field in ("lead", "partners") else set())
    plan_uuid = step.plan_uuid or plan_uuid_of(tx, ref.plan_id)
    return Changed(frozenset(kinds), frozenset({plan_uuid}), _field(step))


@handles_field("progress")
def progress_field(db: Database, tx: Tx, step: SetField) -> Changed:
    ref = annex_store.locate(tx, step.uuid)
    expect(progress_store.read_field(tx, ref.id, step.field), step.old, step.field)
    progress_store.write_field(tx, ref.id, step.field, step.new)
    tx.log(
        "progress",
        "row",
        plan_id=ref.plan_id,
        entity_id=ref.id,
        entity_uuid=step.uuid,
        field=step.field,
        old=shown(step.old),
        new=shown(step.new),
    )
    return Changed(frozenset({"progress"}), frozenset({plan_uuid_of(tx, ref.plan_id)}), _field(step))


@handles_field("unit")
def unit_field(db: Database, tx: Tx, step: SetField) -> Changed:
    expect(unit_store.read_field(tx, step.uuid, step.field), step.old, step.field)
    unit_store.set_unit_field(tx, step.uuid, step.field, step.new)
    tx.log("unit", "unit", entity_uuid=step.uuid, field=step.field, old=shown(step.old), new=shown(step.new))
    return Changed(frozenset({"units", "annex"}), fields=_field(step))


@handles_field("target")
def target_field(db: Database, tx: Tx, step: SetField) -> Changed:
    plan_id = target_store.plan_of(tx, step.uuid)
    expect(target_store.read_field(tx, step.uuid, step.field), step.old, step.field)
    target_store.write_field(tx, step.uuid, step.field, step.new)
    tx.log(
        "edit",
        "target",
        plan_id=plan_id,
        entity_uuid=step.uuid,
        field=step.field,
        old=shown(step.old),
        new=shown(step.new),
    )
    return Changed(frozenset({"targets"}), frozenset({plan_uuid_of(tx, plan_id)}), _field(step))


@handles_field("evidence")
def evidence_field(db: Database, tx: Tx, step: SetField) -> Changed:
    expect(evidence_store.read_field(tx, step.uuid, step.field), step.old, step.field)
    evidence_store.write_field(tx, step.uuid, step.field, step.new)
    tx.log(
        "evidence",
        "evidence",
        entity_uuid=step.uuid,
        field=step.field,
        old=shown(step.old),
        new=shown(step.new),
    )
    return Changed(frozenset({"evidence"}), fields=_field(step))
