"""Targets (chỉ tiêu) of a plan: listed grouped by reform area, added, edited, deleted and
reordered as undoable edits, and suggested from the plan's own text (its body and the annex's
objectives), for the user to pick."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from ..domain.edits import Edit, InsertTarget, RemoveTarget, SetField, Step
from ..domain.targets import COMPARATORS, PlanTarget, TargetSuggestion, parse_figure, suggest_targets
from ..errors import InvalidInputError, NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import annex as annex_store
from ..storage import plans as plan_store
from ..storage import register_queries as rq
from ..storage import targets as target_store
from ..text import clean, fold
from .edits import Applied
from .steps.targets import as_target

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["PlanTarget", "TargetGroup", "TargetService", "TargetSuggestion"]

define_messages(
    {
        "target.empty_text": QT_TRANSLATE_NOOP("Messages", "Nội dung chỉ tiêu không được để trống."),
        "target.bad_comparator": QT_TRANSLATE_NOOP(
            "Messages", "Phép so sánh «{comparator}» không có (dùng >=, >, <=, < hoặc =)."
        ),
        "target.bad_figure": QT_TRANSLATE_NOOP("Messages", "«{value}» không phải là một con số."),
        "target.bad_field": QT_TRANSLATE_NOOP("Messages", "Trường «{field}» của chỉ tiêu không sửa được."),
        "target.too_long": QT_TRANSLATE_NOOP("Messages", "Nội dung chỉ tiêu dài quá {limit} ký tự."),
        "target.whole_plan": QT_TRANSLATE_NOOP("Messages", "Chỉ tiêu chung"),
        "edit.label.add_target": QT_TRANSLATE_NOOP("Messages", "Thêm chỉ tiêu «{text}»"),
        "edit.label.add_targets": QT_TRANSLATE_NOOP("Messages", "Thêm {count} chỉ tiêu gợi ý"),
        "edit.label.target_field": QT_TRANSLATE_NOOP("Messages", "Sửa chỉ tiêu «{text}»"),
        "edit.label.remove_target": QT_TRANSLATE_NOOP("Messages", "Xóa chỉ tiêu «{text}»"),
        "edit.label.move_target": QT_TRANSLATE_NOOP("Messages", "Di chuyển chỉ tiêu «{text}»"),
    }
)

EDITABLE_FIELDS = ("area", "text", "comparator", "target", "unit", "reached", "note")


@dataclass(frozen=True)
class TargetGroup:
    """The targets of one reform area (code "" and the title «Chỉ tiêu chung»: the plan's own)."""

    code: str
    title: str
    targets: tuple[PlanTarget, ...]


def _figure(value: Any) -> str | None:
    """A figure as stored: decimal text ("99", "2.5"), or None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    figure = value if isinstance(value, Decimal) else parse_figure(str(value))
    if figure is None:
        raise InvalidInputError("target.bad_figure", value=str(value))
    return format(figure.normalize(), "f")


def _value(field: str, value: Any) -> Any:
    if field in ("target", "reached"):
        return _figure(value)
    if field == "comparator":
        comparator = str(value).strip().replace("≥", ">=").replace("≤", "<=")
        if comparator not in COMPARATORS:
            raise InvalidInputError("target.bad_comparator", comparator=str(value))
        return comparator
    text = clean("" if value is None else str(value))
    if field == "text":
        if not text:
            raise InvalidInputError("target.empty_text")
        if len(text) > MAX_TEXT_LENGTH:
            raise InvalidInputError("target.too_long", limit=MAX_TEXT_LENGTH)
    elif len(text) > MAX_NAME_LENGTH:
        raise InvalidInputError("target.too_long", limit=MAX_NAME_LENGTH)
    return text


class TargetService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # --- reading -------------------------------------------------------------------------------

    def all(self, plan_id: int) -> list[PlanTarget]:
        return [as_target(r) for r in target_store.list_targets(self.ws.db, plan_id)]

    def grouped(self, plan_id: int) -> list[TargetGroup]:
        """By reform area in the annex's order; targets of an area the annex lacks after them,
        the plan's general targets (area "") last. Groups without targets are left out."""
        targets = self.all(plan_id)
        sections = self._areas(plan_id)
        out: list[TargetGroup] = []
        seen: set[str] = set()
        for code, title in sections:
            if code in seen:
                continue
            seen.add(code)
            mine = tuple(t for t in targets if t.area == code)
            if mine and code:
                out.append(TargetGroup(code, title, mine))
        others = sorted({t.area for t in targets if t.area and t.area not in seen})
        out.extend(TargetGroup(code, "", tuple(t for t in targets if t.area == code)) for code in others)
        general = tuple(t for t in targets if not t.area)
        if general:
            out.append(TargetGroup("", str(Message("target.whole_plan")), general))
        return out

    def _areas(self, plan_id: int) -> list[tuple[str, str]]:
        return [(s.code, s.title) for s in rq.sections(self.ws.db, plan_id)]

    def suggest(self, plan_id: int) -> list[TargetSuggestion]:
        """Targets the plan's own text names (body lines, annex objectives), those already in
        the plan's list left out."""
        info, _uuid, _deleted = plan_store.load_info(self.ws.db, plan_id)
        lines = [line for section in info.body for line in (section.heading, *section.text.split("\n"))]
        sections = annex_store.load_sections(self.ws.db, plan_id)
        objectives = [(s.code, item.objective) for s in sections for item in s.all_items() if item.objective]
        known = {fold(t.text) for t in self.all(plan_id)}
        return [
            s
            for s in suggest_targets(lines, objectives, [(x.code, x.title) for x in sections])
            if fold(s.text) not in known
        ]

    # --- changing ------------------------------------------------------------------------------

    def _plan_uuid(self, plan_id: int) -> str:
        return self.ws.plans.summary(plan_id).uuid

    def add(
        self,
        plan_id: int,
        text: str,
        *,
        comparator: str = ">=",
        target: Any = None,
        unit: str = "",
        reached: Any = None,
        area: str = "",
        note: str = "",
        position: int = -1,
    ) -> Applied:
        new = self._new_target(text, comparator, target, unit, reached, area, note)
        step = InsertTarget(self._plan_uuid(plan_id), position, new)
        return self.ws.edits.apply(Edit(Message("edit.label.add_target", text=new.text[:60]), (step,)))

    def _new_target(
        self, text: str, comparator: str, target: Any, unit: str, reached: Any, area: str, note: str
    ) -> PlanTarget:
        return PlanTarget(
            uuid="",
            text=_value("text", text),
            comparator=_value("comparator", comparator),
            target=_value("target", target),
            unit=_value("unit", unit),
            reached=_value("reached", reached),
            area=_value("area", area),
            note=_value("note", note),
        )

    def add_suggestions(self, plan_id: int, picked: Sequence[TargetSuggestion]) -> Applied | None:
        """The suggestions the user picked, as one action, after the plan's targets."""
        plan_uuid = self._plan_uuid(plan_id)
        steps: list[Step] = [
            InsertTarget(
                plan_uuid,
                -1,
                self._new_target(s.text, s.comparator, s.value, s.unit, None, s.area, ""),
            )
            for s in picked
        ]
        if not steps:
            return None
        return self.ws.edits.apply(Edit(Message("edit.label.add_targets", count=len(steps)), tuple(steps)))

    def _find(self, target_uuid: str) -> tuple[int, PlanTarget]:
        plan_id = target_store.plan_of(self.ws.db, target_uuid)
        for target in self.all(plan_id):
            if target.uuid == target_uuid:
                return plan_id, target
        raise NotFoundError("target.not_found")

    def set_field(self, target_uuid: str, field: str, value: Any) -> Applied | None:
        if field not in EDITABLE_FIELDS:
            raise InvalidInputError("target.bad_field", field=field)
        plan_id, target = self._find(target_uuid)
        new = _value(field, value)
        old = target_store.read_field(self.ws.db, target_uuid, field)
        if new == old:
            return None
        step = SetField("target", target_uuid, field, old, new, self._plan_uuid(plan_id))
        return self.ws.edits.apply(Edit(Message("edit.label.target_field", text=target.text[:60]), (step,)))

    def remove(self, target_uuid: str) -> Applied:
        plan_id, target = self._find(target_uuid)
        step = RemoveTarget(self._plan_uuid(plan_id), -1, target)
        return self.ws.edits.apply(Edit(Message("edit.label.remove_target", text=target.text[:60]), (step,)))

    def move(self, target_uuid: str, position: int) -> Applied | None:
        """To ``position`` in the plan's list (0 first): taken out and put back, one action."""
        plan_id, target = self._find(target_uuid)
        current = [t.uuid for t in self.all(plan_id)].index(target_uuid)
        position = max(0, min(position, len(self.all(plan_id)) - 1))
        if position == current:
            return None
        plan_uuid = self._plan_uuid(plan_id)
        steps: tuple[Step, ...] = (
            RemoveTarget(plan_uuid, -1, target),
            InsertTarget(plan_uuid, position, target),
        )
        return self.ws.edits.apply(Edit(Message("edit.label.move_target", text=target.text[:60]), steps))
