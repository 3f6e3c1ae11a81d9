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
    field_changed,
    handles,
    handles_field,
    log_field_change,
    plan_id_of,
    plan_uuid_of,
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
    log_field_change(tx, "edit", "plan", step, plan_id=plan_id)
    return Changed(frozenset({"plans"}), frozenset({step.uuid}), field_changed(step))


@handles_field(*NODE_KINDS)
def annex_field(db: Database, tx: Tx, step: SetField) -> Changed:
    ref = annex_store.locate(tx, step.uuid)
    expect(annex_store.read_field(tx, ref, step.field), step.old, step.field)
    annex_store.update_field(tx, ref, step.field, step.new)
    log_field_change(tx, "edit", step.entity, step, plan_id=ref.plan_id, entity_id=ref.id)
    kinds = {"annex"} | ({"units"} if step.field in ("lead", "partners") else set())
    plan_uuid = step.plan_uuid or plan_uuid_of(tx, ref.plan_id)
    return Changed(frozenset(kinds), frozenset({plan_uuid}), field_changed(step))


@handles_field("progress")
def progress_field(db: Database, tx: Tx, step: SetField) -> Changed:
    ref = annex_store.locate(tx, step.uuid)
    expect(progress_store.read_field(tx, ref.id, step.field), step.old, step.field)
    progress_store.write_field(tx, ref.id, step.field, step.new)
    log_field_change(tx, "progress", "row", step, plan_id=ref.plan_id, entity_id=ref.id)
    return Changed(frozenset({"progress"}), frozenset({plan_uuid_of(tx, ref.plan_id)}), field_changed(step))


@handles_field("unit")
def unit_field(db: Database, tx: Tx, step: SetField) -> Changed:
    expect(unit_store.read_field(tx, step.uuid, step.field), step.old, step.field)
    unit_store.set_unit_field(tx, step.uuid, step.field, step.new)
    log_field_change(tx, "unit", "unit", step)
    return Changed(frozenset({"units", "annex"}), fields=field_changed(step))


@handles_field("target")
def target_field(db: Database, tx: Tx, step: SetField) -> Changed:
    plan_id = target_store.plan_of(tx, step.uuid)
    expect(target_store.read_field(tx, step.uuid, step.field), step.old, step.field)
    target_store.write_field(tx, step.uuid, step.field, step.new)
    log_field_change(tx, "edit", "target", step, plan_id=plan_id)
    return Changed(frozenset({"targets"}), frozenset({plan_uuid_of(tx, plan_id)}), field_changed(step))


@handles_field("evidence")
def evidence_field(db: Database, tx: Tx, step: SetField) -> Changed:
    expect(evidence_store.read_field(tx, step.uuid, step.field), step.old, step.field)
    evidence_store.write_field(tx, step.uuid, step.field, step.new)
    log_field_change(tx, "evidence", "evidence", step)
    return Changed(frozenset({"evidence"}), fields=field_changed(step))
