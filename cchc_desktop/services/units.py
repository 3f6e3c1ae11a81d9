"""The unit directory page: units with their use, add, rename, merge duplicates (rows follow)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import Unit
from ..domain.edits import Changed, Edit, MergeUnits, SetField
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import units as unit_store
from ..storage.units import UnitUse

__all__ = ["UnitService", "UnitUse"]
from .edits import Applied

if TYPE_CHECKING:
    from .workspace import Workspace

define_messages(
    {
        "edit.label.rename_unit": QT_TRANSLATE_NOOP("Messages", "Đổi tên đơn vị «{old}» thành «{new}»"),
        "edit.label.merge_units": QT_TRANSLATE_NOOP("Messages", "Gộp đơn vị «{source}» vào «{target}»"),
    }
)


class UnitService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def all(self) -> list[Unit]:
        return unit_store.list_units(self.ws.db)

    def usage(self) -> list[UnitUse]:
        return unit_store.list_usage(self.ws.db)

    def find(self, reference: str) -> Unit:
        return unit_store.find_unit(self.ws.db, reference)

    def add(self, name: str, short_name: str = "") -> tuple[Unit, Changed]:
        with self.ws.db.transaction() as tx:
            unit = unit_store.add_unit(tx, name, short_name)
        return unit, Changed(frozenset({"units"}))

    def rename(self, unit_uuid: str, new_name: str, field: str = "name") -> Applied:
        old = unit_store.read_field(self.ws.db, unit_uuid, field)
        return self.ws.edits.apply(
            Edit(
                Message("edit.label.rename_unit", old=old, new=new_name),
                (SetField("unit", unit_uuid, field, old, new_name),),
            )
        )

    def merge(self, source_uuid: str, target_uuid: str) -> Applied:
        source = unit_store.read_field(self.ws.db, source_uuid, "name")
        target = unit_store.read_field(self.ws.db, target_uuid, "name")
        return self.ws.edits.apply(
            Edit(
                Message("edit.label.merge_units", source=source, target=target),
                (MergeUnits(source_uuid, target_uuid),),
            )
        )
