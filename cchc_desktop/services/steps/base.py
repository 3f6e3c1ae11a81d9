"""What step handlers share: the registry, the conflict error, small lookups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...domain.edits import Changed, SetField, Step
from ...errors import CchcError, NotFoundError
from ...i18n import QT_TRANSLATE_NOOP, define_messages
from ...storage import plans as plan_store
from ...storage.session import Database, Tx

define_messages(
    {
        "edit.conflict": QT_TRANSLATE_NOOP(
            "Messages",
            "Không thực hiện được vì dữ liệu đã thay đổi ở nơi khác (có thể bằng dòng lệnh hoặc "
            "khôi phục): {what}. Bước này được bỏ khỏi danh sách hoàn tác.",
        ),
        "edit.plan_missing": QT_TRANSLATE_NOOP("Messages", "Không tìm thấy kế hoạch (mã {uuid})."),
    }
)

# A handler applies one step inside the open transaction and returns it as applied (with what
# undo needs) and what it changed.
StepHandler = Callable[[Database, Tx, Any], tuple[Step, Changed]]
# Field edits by entity ("plan", "row", "progress", "unit", "target", "evidence", later "score"…).
FieldHandler = Callable[[Database, Tx, Any], Changed]

STEP_HANDLERS: dict[type, StepHandler] = {}
FIELD_HANDLERS: dict[str, FieldHandler] = {}
# Evidence links by target ("row"; later "score"): (link, unlink) on the open transaction.
EVIDENCE_TARGETS: dict[
    str, tuple[Callable[..., tuple[int, Changed]], Callable[..., tuple[int | None, Changed]]]
] = {}


def handles(step_type: type) -> Callable[[StepHandler], StepHandler]:
    def register(handler: StepHandler) -> StepHandler:
        STEP_HANDLERS[step_type] = handler
        return handler

    return register


def handles_field(*entities: str) -> Callable[[FieldHandler], FieldHandler]:
    def register(handler: FieldHandler) -> FieldHandler:
        for entity in entities:
            FIELD_HANDLERS[entity] = handler
        return handler

    return register


class EditConflict(CchcError):
    exit_code = 5


def plain(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def expect(current: Any, expected: Any, what: str) -> None:
    """The record must still be as the edit recorded it; otherwise the edit is void."""
    if plain(current) != plain(expected):
        raise EditConflict("edit.conflict", what=what)


def shown(value: Any) -> str | None:
    """A value as the change log shows it."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(
            str(v) if not isinstance(v, (list, tuple)) else " – ".join(map(str, v)) for v in value
        )
    return str(value)


def log_field_change(tx: Tx, action: str, entity: str, step: SetField, **where: Any) -> None:
    """The change-log line of a field edit: which record, which field, the value before and after."""
    tx.log(
        action,
        entity,
        entity_uuid=step.uuid,
        field=step.field,
        old=shown(step.old),
        new=shown(step.new),
        **where,
    )


def field_changed(step: SetField) -> tuple[tuple[str, str, str], ...]:
    """The field a SetField changed, as Changed.fields names it."""
    return ((step.entity, step.uuid, step.field),)


def plan_id_of(tx: Tx, plan_uuid: str) -> int:
    plan_id = plan_store.id_for_uuid(tx, plan_uuid)
    if plan_id is None:
        raise NotFoundError("edit.plan_missing", uuid=plan_uuid)
    return plan_id


def plan_uuid_of(tx: Tx, plan_id: int | None) -> str:
    if plan_id is None:
        return ""
    row = tx.execute("SELECT uuid FROM plans WHERE id = ?", [plan_id]).fetchone()
    return row[0] if row else ""
