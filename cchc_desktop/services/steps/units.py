"""Merging duplicate units (rows follow) and taking a merge back exactly."""

from __future__ import annotations

from dataclasses import replace

from ...domain.edits import Changed, MergeUnits, Step, UnmergeUnits
from ...storage import units as unit_store
from ...storage.session import Database, Tx
from ...storage.units import MergeRecord
from .base import handles

_TOUCHED = Changed(frozenset({"units", "annex", "plans"}))


@handles(MergeUnits)
def merge_units(db: Database, tx: Tx, step: MergeUnits) -> tuple[Step, Changed]:
    record = unit_store.merge_units(tx, step.source_uuid, step.target_uuid)
    tx.log(
        "unit",
        "unit",
        entity_uuid=step.source_uuid,
        field="merge",
        old=record.source.name,
        new=step.target_uuid,
    )
    return replace(step, source=record.source, links=record.links, plan_links=record.plan_links), _TOUCHED


@handles(UnmergeUnits)
def unmerge_units(db: Database, tx: Tx, step: UnmergeUnits) -> tuple[Step, Changed]:
    merged = step.merged
    assert merged.source is not None, "only an applied merge can be taken back"
    unit_store.unmerge_units(
        tx, MergeRecord(merged.source, merged.target_uuid, merged.links, merged.plan_links)
    )
    tx.log("unit", "unit", entity_uuid=merged.source_uuid, field="unmerge", new=merged.source.name)
    return step, _TOUCHED
