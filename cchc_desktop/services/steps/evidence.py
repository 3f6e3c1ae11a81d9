"""Attaching evidence documents to records (annex rows here; scored criteria register their own
target) and detaching them, positions kept for an exact undo."""

from __future__ import annotations

from dataclasses import replace

from ...domain.edits import Changed, LinkEvidence, Step, UnlinkEvidence
from ...storage import annex as annex_store
from ...storage import evidence as evidence_store
from ...storage.session import Database, Tx
from .base import EVIDENCE_TARGETS, EditConflict, handles, plan_uuid_of


def _row_link(tx: Tx, row_uuid: str, evidence_id: int, position: int | None) -> tuple[int, Changed]:
    ref = annex_store.locate(tx, row_uuid)
    used = evidence_store.link_row(tx, ref.id, evidence_id, position)
    return used, Changed(
        frozenset({"evidence", "progress"}),
        frozenset({plan_uuid_of(tx, ref.plan_id)}),
        (("row", row_uuid, "evidence"),),
    )


def _row_unlink(tx: Tx, row_uuid: str, evidence_id: int) -> tuple[int | None, Changed]:
    ref = annex_store.locate(tx, row_uuid)
    had = evidence_store.unlink_row(tx, ref.id, evidence_id)
    return had, Changed(
        frozenset({"evidence", "progress"}),
        frozenset({plan_uuid_of(tx, ref.plan_id)}),
        (("row", row_uuid, "evidence"),),
    )


EVIDENCE_TARGETS["row"] = (_row_link, _row_unlink)


@handles(LinkEvidence)
def link(db: Database, tx: Tx, step: LinkEvidence) -> tuple[Step, Changed]:
    document = evidence_store.by_uuid(tx, step.evidence_uuid)
    do_link, _unlink = EVIDENCE_TARGETS[step.target]
    position, changed = do_link(
        tx, step.target_uuid, document.id, None if step.position < 0 else step.position
    )
    tx.log("evidence", step.target, entity_uuid=step.target_uuid, field="evidence", new=document.describe())
    return replace(step, position=position), changed


@handles(UnlinkEvidence)
def unlink(db: Database, tx: Tx, step: UnlinkEvidence) -> tuple[Step, Changed]:
    document = evidence_store.by_uuid(tx, step.evidence_uuid)
    _link, do_unlink = EVIDENCE_TARGETS[step.target]
    position, changed = do_unlink(tx, step.target_uuid, document.id)
    if position is None:
        raise EditConflict("edit.conflict", what=document.describe())
    tx.log("evidence", step.target, entity_uuid=step.target_uuid, field="evidence", old=document.describe())
    return replace(step, position=position), changed
