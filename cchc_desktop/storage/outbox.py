"""The outbox: upload packages written to disk, waiting to be sent to the province's software
(or sent, with when and a note). A record outlives the plan and assessment it carries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from .session import Database, Tx

define_messages(
    {
        "outbox.not_found": QT_TRANSLATE_NOOP(
            "Messages", "Không tìm thấy gói nộp «{reference}» trong danh sách gói nộp («cchc outbox»)."
        ),
    }
)

# Fields a user changes (marking a package sent, or taking that back).
FIELDS = ("sent_at", "note")
_COLUMNS = (
    "id, uuid, path, file_name, size, sha256, title, plan_uuid, assessment_uuid, created_at, sent_at, note"
)


@dataclass(frozen=True)
class OutboxEntry:
    """One prepared package. ``sent_at`` is an ISO date-time, None while not sent."""

    id: int
    uuid: str
    path: str
    file_name: str
    size: int
    sha256: str
    title: str
    plan_uuid: str | None
    assessment_uuid: str | None
    created_at: str
    sent_at: str | None
    note: str

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


def _entry(row: Any) -> OutboxEntry:
    return OutboxEntry(*row)


def all_entries(db: Database | Tx) -> list[OutboxEntry]:
    """Waiting packages first, then the sent ones; newest first within each."""
    return [
        _entry(r)
        for r in db.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox ORDER BY sent_at IS NOT NULL, created_at DESC, id DESC"
        )
    ]


def waiting_count(db: Database | Tx) -> int:
    return int(db.conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0])


def by_uuid(db: Database | Tx, entry_uuid: str) -> OutboxEntry:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE uuid = ?", [entry_uuid]).fetchone()
    if row is None:
        raise NotFoundError("outbox.not_found", reference=entry_uuid)
    return _entry(row)


def find(db: Database | Tx, reference: str) -> list[OutboxEntry]:
    """Entries matching an id ("3"), a uuid, a path or a file name (newest first)."""
    reference = reference.strip()
    if reference.isdigit():
        rows = db.conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", [int(reference)]).fetchall()
    else:
        rows = db.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE uuid = ? OR path = ? OR file_name = ? "
            "ORDER BY created_at DESC, id DESC",
            [reference, reference, reference],
        ).fetchall()
    return [_entry(r) for r in rows]


def by_path(db: Database | Tx, path: str) -> OutboxEntry | None:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE path = ? ORDER BY created_at DESC, id DESC LIMIT 1", [path]
    ).fetchone()
    return _entry(row) if row else None


def add(
    tx: Tx,
    *,
    path: str,
    file_name: str,
    size: int,
    sha256: str,
    title: str,
    plan_uuid: str | None,
    assessment_uuid: str | None,
) -> OutboxEntry:
    """A new waiting package. A package written again to the same path replaces the old record
    (the old file is gone: only the new one can be sent)."""
    tx.execute("DELETE FROM outbox WHERE path = ? AND sent_at IS NULL", [path])
    import uuid as uuidlib  # loaded on first use: keeps start-up fast

    entry_uuid = str(uuidlib.uuid4())
    cursor = tx.execute(
        "INSERT INTO outbox (uuid, path, file_name, size, sha256, title, plan_uuid, assessment_uuid, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [entry_uuid, path, file_name, size, sha256, title, plan_uuid, assessment_uuid, tx.now],
    )
    tx.log("outbox", "package", entity_id=cursor.lastrowid, entity_uuid=entry_uuid, new=file_name)
    return by_uuid(tx, entry_uuid)


def read_field(db: Database | Tx, entry_uuid: str, field: str) -> Any:
    assert field in FIELDS
    row = db.conn.execute(f"SELECT {field} FROM outbox WHERE uuid = ?", [entry_uuid]).fetchone()
    if row is None:
        raise NotFoundError("outbox.not_found", reference=entry_uuid)
    return row[0]


def write_field(tx: Tx, entry_uuid: str, field: str, value: Any) -> None:
    assert field in FIELDS
    tx.execute(f"UPDATE outbox SET {field} = ? WHERE uuid = ?", [value, entry_uuid])
