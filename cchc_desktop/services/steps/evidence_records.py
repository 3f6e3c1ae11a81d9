"""Evidence records as steps, so that attaching a new file (record + link) is one undoable
action: the record is made with the link and, on undo, removed with it (the file stays)."""

from __future__ import annotations

from dataclasses import replace

from ...domain.edits import Changed, ForgetEvidence, RecordEvidence, Step
from ...errors import NotFoundError
from ...storage import evidence as evidence_store
from ...storage import evidence_records
from ...storage.session import Database, Tx
from .base import EditConflict, handles

_CHANGED = Changed(frozenset({"evidence"}))


@handles(RecordEvidence)
def record(db: Database, tx: Tx, step: RecordEvidence) -> tuple[Step, Changed]:
    existing = evidence_store.by_sha(tx, step.document.sha256)
    if existing is not None:
        # The same file is recorded already: that record serves (the link names its uuid).
        if step.document.uuid and existing.uuid != step.document.uuid:
            raise EditConflict("edit.conflict", what=existing.describe())
        return RecordEvidence(existing, created=False), _CHANGED
    made = evidence_store.record(tx, step.document)
    return RecordEvidence(made, created=True), _CHANGED


@handles(ForgetEvidence)
def forget(db: Database, tx: Tx, step: ForgetEvidence) -> tuple[Step, Changed]:
    if not step.created:
        return step, Changed()
    try:
        current = evidence_store.by_uuid(tx, step.document.uuid)
    except NotFoundError:
        raise EditConflict("edit.conflict", what=step.document.describe()) from None
    removed = evidence_records.forget(tx, current.id or 0)
    if removed:
        tx.log("evidence", "evidence", entity_uuid=current.uuid, field="record", old=current.describe())
    return replace(step, document=current, created=removed), _CHANGED
