"""Tags of annex rows, as a field edit: SetField("tags", row_uuid, "tags", old, new), tuples of
folded keys."""

from __future__ import annotations

from ...domain.edits import Changed, SetField
from ...storage import annex as annex_store
from ...storage import tags as tag_store
from ...storage.session import Database, Tx
from .base import expect, handles_field, plan_uuid_of, shown


@handles_field("tags")
def row_tags(db: Database, tx: Tx, step: SetField) -> Changed:
    ref = annex_store.locate(tx, step.uuid)
    expect(tag_store.read_tags(tx, ref.id), tuple(sorted(step.old or ())), step.field)
    tag_store.write_tags(tx, ref.id, sorted(step.new or ()))
    tx.log(
        "edit",
        "row",
        plan_id=ref.plan_id,
        entity_id=ref.id,
        entity_uuid=step.uuid,
        field="tags",
        old=shown(step.old),
        new=shown(step.new),
    )
    return Changed(
        frozenset({"annex"}), frozenset({plan_uuid_of(tx, ref.plan_id)}), (("tags", step.uuid, "tags"),)
    )
