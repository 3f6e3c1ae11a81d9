"""The change log, as users read it (and per record, e.g. one criterion's score history)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import ChangeEntry
from ..storage import changelog as log_store

if TYPE_CHECKING:
    from .workspace import Workspace


class ChangeLogService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def entries(
        self, plan_id: int | None = None, limit: int | None = None, entity_uuid: str | None = None
    ) -> list[ChangeEntry]:
        return log_store.entries(self.ws.db, plan_id=plan_id, entity_uuid=entity_uuid, limit=limit)
