"""Evidence records beyond storing and linking (storage/evidence.py): removing a record nothing
links any more (undoing an attach), and the listing with how many rows use each document."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..domain import EvidenceDocument
from .evidence import all_documents
from .session import Database, Tx


@dataclass(frozen=True)
class EvidenceUse:
    document: EvidenceDocument
    rows: int  # annex rows it is attached to


def link_count(db: Database | Tx, evidence_id: int) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM row_evidence WHERE evidence_id = ?", [evidence_id]
    ).fetchone()[0]


def forget(tx: Tx, evidence_id: int) -> bool:
    """Remove the record when nothing links it (rows here; a scored criterion's link, kept by a
    later feature, refuses the delete through its foreign key); True when removed."""
    if link_count(tx, evidence_id):
        return False
    try:
        tx.execute("SAVEPOINT forget_evidence")
        tx.execute("DELETE FROM evidence_documents WHERE id = ?", [evidence_id])
        tx.execute("RELEASE forget_evidence")
    except sqlite3.IntegrityError:
        tx.execute("ROLLBACK TO forget_evidence")
        tx.execute("RELEASE forget_evidence")
        return False
    return True


def usage(db: Database | Tx) -> list[EvidenceUse]:
    counts = dict(
        db.conn.execute("SELECT evidence_id, count(*) FROM row_evidence GROUP BY evidence_id").fetchall()
    )
    return [EvidenceUse(doc, counts.get(doc.id, 0)) for doc in all_documents(db)]


def row_uuids(db: Database | Tx, evidence_id: int) -> list[str]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT r.uuid FROM row_evidence re JOIN annex_rows r ON r.id = re.row_id WHERE re.evidence_id = ? "
            "ORDER BY r.id",
            [evidence_id],
        )
    ]
