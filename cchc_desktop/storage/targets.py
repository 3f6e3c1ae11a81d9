"""Targets (chỉ tiêu) of a plan: text, comparator, target value and unit, the value reached."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from .session import Database, Tx

FIELDS = ("area", "text", "comparator", "target", "unit", "reached", "note", "position")

define_messages(
    {
        "target.not_found": QT_TRANSLATE_NOOP("Messages", "Không tìm thấy chỉ tiêu này (có thể đã bị xóa)."),
    }
)


@dataclass
class TargetRecord:
    uuid: str
    plan_id: int
    position: int
    area: str
    text: str
    comparator: str
    target: str | None
    unit: str
    reached: str | None
    note: str


def list_targets(db: Database | Tx, plan_id: int) -> list[TargetRecord]:
    rows = db.conn.execute(
        "SELECT uuid, plan_id, position, area, text, comparator, target, unit, reached, note "
        "FROM plan_targets WHERE plan_id = ? ORDER BY position",
        [plan_id],
    ).fetchall()
    return [TargetRecord(*r) for r in rows]


def count(db: Database | Tx, plan_id: int) -> int:
    return int(
        db.conn.execute("SELECT count(*) FROM plan_targets WHERE plan_id = ?", [plan_id]).fetchone()[0]
    )


def plan_of(db: Database | Tx, target_uuid: str) -> int:
    row = db.conn.execute("SELECT plan_id FROM plan_targets WHERE uuid = ?", [target_uuid]).fetchone()
    if row is None:
        raise NotFoundError("target.not_found")
    return row[0]


def read_field(db: Database | Tx, target_uuid: str, field: str) -> Any:
    assert field in FIELDS
    row = db.conn.execute(f"SELECT {field} FROM plan_targets WHERE uuid = ?", [target_uuid]).fetchone()
    if row is None:
        raise NotFoundError("target.not_found")
    return row[0]


def write_field(tx: Tx, target_uuid: str, field: str, value: Any) -> None:
    assert field in FIELDS
    tx.execute(f"UPDATE plan_targets SET {field} = ? WHERE uuid = ?", [value, target_uuid])


def insert(tx: Tx, plan_id: int, record: TargetRecord) -> None:
    tx.execute(
        "UPDATE plan_targets SET position = position + 1 WHERE plan_id = ? AND position >= ?",
        [plan_id, record.position],
    )
    tx.execute(
        "INSERT INTO plan_targets (uuid, plan_id, position, area, text, comparator, target, unit, reached, "
        "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            record.uuid,
            plan_id,
            record.position,
            record.area,
            record.text,
            record.comparator,
            record.target,
            record.unit,
            record.reached,
            record.note,
        ],
    )


def delete(tx: Tx, target_uuid: str) -> TargetRecord:
    row = tx.conn.execute(
        "SELECT uuid, plan_id, position, area, text, comparator, target, unit, reached, note "
        "FROM plan_targets WHERE uuid = ?",
        [target_uuid],
    ).fetchone()
    if row is None:
        raise NotFoundError("target.not_found")
    record = TargetRecord(*row)
    tx.execute("DELETE FROM plan_targets WHERE uuid = ?", [target_uuid])
    tx.execute(
        "UPDATE plan_targets SET position = position - 1 WHERE plan_id = ? AND position > ?",
        [record.plan_id, record.position],
    )
    return record
