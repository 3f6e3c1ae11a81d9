"""Reading the change log (lines are written by ``Tx.log`` inside each change's transaction)."""

from __future__ import annotations

from typing import Any

from ..domain import ChangeEntry
from .session import Database

_COLUMNS = (
    "id, at, user_name, plan_id, plan_title, action, entity, entity_id, field, old_value, "
    "new_value, entity_uuid"
)


def entries(
    db: Database, *, plan_id: int | None = None, entity_uuid: str | None = None, limit: int | None = None
) -> list[ChangeEntry]:
    """Newest first; only one plan's (or one record's) lines when asked."""
    sql = f"SELECT {_COLUMNS} FROM change_log"
    where: list[str] = []
    params: list[Any] = []
    if plan_id is not None:
        where.append("plan_id = ?")
        params.append(plan_id)
    if entity_uuid is not None:
        where.append("entity_uuid = ?")
        params.append(entity_uuid)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [ChangeEntry(**dict(row)) for row in db.query(sql, params)]
