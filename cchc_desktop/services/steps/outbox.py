"""Marking an upload package sent (or not sent after all): field edits of an outbox record."""

from __future__ import annotations

from ...domain.edits import Changed, SetField
from ...storage import outbox as outbox_store
from ...storage.session import Database, Tx
from .base import expect, field_changed, handles_field, log_field_change


@handles_field("outbox")
def outbox_field(db: Database, tx: Tx, step: SetField) -> Changed:
    expect(outbox_store.read_field(tx, step.uuid, step.field), step.old, step.field)
    outbox_store.write_field(tx, step.uuid, step.field, step.new)
    log_field_change(tx, "outbox", "package", step)
    return Changed(frozenset({"outbox"}), fields=field_changed(step))
