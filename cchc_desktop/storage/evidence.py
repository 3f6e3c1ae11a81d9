"""Evidence documents (tài liệu kiểm chứng): the record of each stored file, and its links to
annex rows. The files themselves live in the evidence folder (storage/evidence_files.py)."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import replace

from ..domain import EvidenceDocument
from ..errors import NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from .session import Database, Tx

define_messages(
    {
        "evidence.not_found": QT_TRANSLATE_NOOP(
            "Messages", "Không tìm thấy tài liệu kiểm chứng «{reference}»."
        ),
    }
)

FIELDS = ("number", "issued_on", "issuer", "title", "file_name")
_COLUMNS = "id, uuid, sha256, file_name, size, number, issued_on, issuer, title"


def document_from_row(row) -> EvidenceDocument:
    """id, uuid, sha256, file_name, size, number, issued_on, issuer, title (in this order)."""
    issued = None
    try:
        issued = dt.date.fromisoformat(row[6]) if row[6] else None
    except ValueError:
        pass
    return EvidenceDocument(
        sha256=row[2],
        file_name=row[3],
        size=row[4],
        number=row[5],
        issued_on=issued,
        issuer=row[7],
        title=row[8],
        id=row[0],
        uuid=row[1],
    )


def by_sha(db: Database | Tx, sha256: str) -> EvidenceDocument | None:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM evidence_documents WHERE sha256 = ?", [sha256]).fetchone()
    return document_from_row(row) if row else None


def by_uuid(db: Database | Tx, evidence_uuid: str) -> EvidenceDocument:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM evidence_documents WHERE uuid = ?", [evidence_uuid]
    ).fetchone()
    if row is None:
        raise NotFoundError("evidence.not_found", reference=evidence_uuid)
    return document_from_row(row)


def all_documents(db: Database | Tx) -> list[EvidenceDocument]:
    return [
        document_from_row(r)
        for r in db.conn.execute(f"SELECT {_COLUMNS} FROM evidence_documents ORDER BY id")
    ]


def record(tx: Tx, document: EvidenceDocument) -> EvidenceDocument:
    """The record of a stored file: the existing one for the same content, else a new one."""
    existing = by_sha(tx, document.sha256)
    if existing is not None:
        return existing
    new_uuid = document.uuid or str(uuidlib.uuid4())
    cursor = tx.execute(
        "INSERT INTO evidence_documents (uuid, sha256, file_name, size, number, issued_on, issuer, title, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_uuid,
            document.sha256,
            document.file_name,
            document.size,
            document.number,
            document.issued_on.isoformat() if document.issued_on else None,
            document.issuer,
            document.title,
            tx.now,
        ],
    )
    tx.log("evidence", "evidence", entity_id=cursor.lastrowid, entity_uuid=new_uuid, new=document.describe())
    return replace(document, id=int(cursor.lastrowid or 0), uuid=new_uuid)


def read_field(db: Database | Tx, evidence_uuid: str, field: str) -> object:
    assert field in FIELDS
    row = db.conn.execute(
        f"SELECT {field} FROM evidence_documents WHERE uuid = ?", [evidence_uuid]
    ).fetchone()
    if row is None:
        raise NotFoundError("evidence.not_found", reference=evidence_uuid)
    return row[0]


def write_field(tx: Tx, evidence_uuid: str, field: str, value: object) -> None:
    assert field in FIELDS
    tx.execute(f"UPDATE evidence_documents SET {field} = ? WHERE uuid = ?", [value, evidence_uuid])


def row_documents(db: Database | Tx, row_id: int) -> list[EvidenceDocument]:
    return [
        document_from_row(r)
        for r in db.conn.execute(
            f"SELECT {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))} FROM row_evidence re "
            "JOIN evidence_documents e ON e.id = re.evidence_id WHERE re.row_id = ? ORDER BY re.position",
            [row_id],
        )
    ]


def link_row(tx: Tx, row_id: int, evidence_id: int, position: int | None = None) -> int:
    """Attach a document to a row (at ``position``, or last); returns the position used."""
    if tx.execute(
        "SELECT 1 FROM row_evidence WHERE row_id = ? AND evidence_id = ?", [row_id, evidence_id]
    ).fetchone():
        return tx.execute(
            "SELECT position FROM row_evidence WHERE row_id = ? AND evidence_id = ?", [row_id, evidence_id]
        ).fetchone()[0]
    if position is None:
        position = tx.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM row_evidence WHERE row_id = ?", [row_id]
        ).fetchone()[0]
    else:
        tx.execute(
            "UPDATE row_evidence SET position = position + 1 WHERE row_id = ? AND position >= ?",
            [row_id, position],
        )
    tx.execute(
        "INSERT INTO row_evidence (row_id, evidence_id, position) VALUES (?, ?, ?)",
        [row_id, evidence_id, position],
    )
    return position


def unlink_row(tx: Tx, row_id: int, evidence_id: int) -> int | None:
    """Detach; returns the position it had (None when it was not attached)."""
    row = tx.execute(
        "SELECT position FROM row_evidence WHERE row_id = ? AND evidence_id = ?", [row_id, evidence_id]
    ).fetchone()
    if row is None:
        return None
    tx.execute("DELETE FROM row_evidence WHERE row_id = ? AND evidence_id = ?", [row_id, evidence_id])
    tx.execute(
        "UPDATE row_evidence SET position = position - 1 WHERE row_id = ? AND position > ?", [row_id, row[0]]
    )
    return row[0]


def counts_by_row(db: Database | Tx, plan_id: int) -> dict[int, int]:
    return dict(
        db.conn.execute(
            "SELECT re.row_id, count(*) FROM row_evidence re JOIN annex_rows r ON r.id = re.row_id "
            "JOIN annex_items i ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id "
            "WHERE s.plan_id = ? GROUP BY re.row_id",
            [plan_id],
        )
    )


def referenced_hashes(db: Database | Tx) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT sha256 FROM evidence_documents")}
