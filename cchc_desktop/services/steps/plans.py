"""Whole-plan steps: create (with every identity kept), purge, trash and back."""

from __future__ import annotations

import copy

from ...domain.edits import Changed, CreatePlan, PurgePlan, Step, TrashPlan, UntrashPlan
from ...storage import plans as plan_store
from ...storage.session import Database, Tx
from .base import handles, plan_id_of


@handles(CreatePlan)
def create_plan(db: Database, tx: Tx, step: CreatePlan) -> tuple[Step, Changed]:
    doc = copy.deepcopy(step.doc)
    plan_id = plan_store.insert_document(tx, doc)
    tx.log(
        "create",
        "plan",
        plan_id=plan_id,
        entity_id=plan_id,
        entity_uuid=doc.uuid,
        new=str(doc.counts().message()),
    )
    return CreatePlan(doc), Changed(frozenset({"plans", "annex"}), frozenset({doc.uuid}), focus=doc.uuid)


@handles(PurgePlan)
def purge_plan(db: Database, tx: Tx, step: PurgePlan) -> tuple[Step, Changed]:
    plan_id = plan_id_of(tx, step.plan_uuid)
    doc = plan_store.load_document(db, plan_id)
    tx.log(
        "purge",
        "plan",
        plan_id=plan_id,
        entity_id=plan_id,
        entity_uuid=doc.uuid,
        old=str(doc.counts().message()),
    )
    plan_store.purge(tx, plan_id)
    return PurgePlan(step.plan_uuid, doc), Changed(frozenset({"plans", "annex"}), frozenset({step.plan_uuid}))


def _trash(tx: Tx, step: TrashPlan | UntrashPlan) -> tuple[Step, Changed]:
    plan_id = plan_id_of(tx, step.plan_uuid)
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


@handles(TrashPlan)
def trash_plan(db: Database, tx: Tx, step: TrashPlan) -> tuple[Step, Changed]:
    return _trash(tx, step)


@handles(UntrashPlan)
def untrash_plan(db: Database, tx: Tx, step: UntrashPlan) -> tuple[Step, Changed]:
    return _trash(tx, step)
