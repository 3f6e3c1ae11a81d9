"""Progress of annex rows (status, completion date, result note, reason), one field at a time."""

from __future__ import annotations

from typing import Any

from .session import Database, Tx

FIELDS = ("status", "done_on", "note", "reason")
_DEFAULTS = {"status": "not_started", "done_on": None, "note": "", "reason": ""}


def read_field(db: Database | Tx, row_id: int, field: str) -> Any:
    assert field in FIELDS
    row = db.conn.execute(f"SELECT {field} FROM row_progress WHERE row_id = ?", [row_id]).fetchone()
    return row[0] if row else _DEFAULTS[field]


def write_field(tx: Tx, row_id: int, field: str, value: Any) -> None:
    assert field in FIELDS
    tx.execute("INSERT OR IGNORE INTO row_progress (row_id) VALUES (?)", [row_id])
    tx.execute(
        f"UPDATE row_progress SET {field} = ?, updated_at = ? WHERE row_id = ?", [value, tx.now, row_id]
    )


def clear_plan(tx: Tx, plan_id: int) -> None:
    tx.execute(
        "DELETE FROM row_progress WHERE row_id IN (SELECT r.id FROM annex_rows r JOIN annex_items i "
        "ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id WHERE s.plan_id = ?)",
        [plan_id],
    )
