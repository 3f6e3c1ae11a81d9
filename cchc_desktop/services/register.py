"""The task register (``ws.register``): plans made from the document form, the annex edited in
place, progress recorded, rows copied and pasted, the register read with filters and rolled up.

The use cases live in one module per concern, joined here into the one service the window and
the command line hold:

- :mod:`.register_reading` — ``view`` (a :class:`RegisterView` the window re-filters per
  keystroke), ``refresh`` after an edit, ``rows`` with a filter, ``dashboard``;
- :mod:`.annex_editing` — ``set_cell``, ``add_section`` / ``add_item`` / ``add_item_after`` /
  ``add_row``, ``remove``, ``set_numbering``, ``set_tags``;
- :mod:`.annex_moves` — ``move`` / ``move_up`` / ``move_down``, ``indent`` / ``outdent``;
- :mod:`.annex_clipboard` — ``copy_rows`` (Excel text and an HTML table), ``paste_rows``;
- :mod:`.progress` — ``set_progress``;
- below — ``new_plan`` from the commune's defaults, ``save_plan_form`` (several document fields,
  one undo step), ``duplicate_for_next_period``.

Evidence files are ``ws.evidence`` (services/evidence.py), targets ``ws.targets``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..domain import Period
from ..domain.register import RegisterFilter, RegisterRow
from ..domain.register_view import PlanHeading, RegisterView
from ..errors import InvalidInputError
from ..i18n import Message
from ..storage import plans as plan_store
from .annex_clipboard import Clip, PasteResult, RowClipboard
from .annex_editing import CELL_FIELDS, AnnexEditing
from .annex_moves import AnnexMoves
from .applied import Applied
from .plan_fields import stored_value
from .plans import EDITABLE_FIELDS
from .progress import ProgressTracking, parse_status
from .register_reading import Refreshed, RegisterReading

if TYPE_CHECKING:
    from ..domain.edits import Step
    from .workspace import Workspace

__all__ = [
    "CELL_FIELDS",
    "Clip",
    "PasteResult",
    "PlanHeading",
    "Refreshed",
    "RegisterFilter",
    "RegisterRow",
    "RegisterService",
    "RegisterView",
    "parse_status",
]


class RegisterService(RegisterReading, AnnexEditing, AnnexMoves, RowClipboard, ProgressTracking):
    def __init__(self, ws: Workspace):
        self.ws = ws

    # --- plans from the document form ------------------------------------------------------------

    def new_plan(self, title: str, period: Period, **fields: Any) -> Applied:
        """An empty plan with the commune's defaults (issuer and its header lines, place,
        symbol, signer, recipients), then ``fields`` as the form gives them."""
        info = self.ws.settings.commune().new_plan_info(title, period)
        applied = self.ws.plans.new_plan(info)
        if not fields:
            return applied
        plan_id = applied.edit.steps[0].doc.id  # type: ignore[union-attr]
        saved = self.save_plan_form(plan_id or 0, fields)
        if saved is None:
            return applied
        return _joined(applied, saved)

    def save_plan_form(self, plan_id: int, values: Mapping[str, Any]) -> Applied | None:
        """The document form saved: every field that changed (title, issuer, issuer_header,
        number, symbol, issued_date, place, signer_name/position/authority, recipients,
        annex_title, annex_note, body, period), as one undo step. The numbering has its own
        use case (it renumbers the annex): ``set_numbering``."""
        from ..domain.edits import Edit, SetField  # loaded on first use: keeps start-up fast

        db = self.ws.db
        plan_uuid = self.ws.plans.summary(plan_id).uuid
        steps: list[Step] = []
        for field, value in values.items():
            if field not in EDITABLE_FIELDS or field == "numbering":
                raise InvalidInputError("plan.bad_field", field=field)
            if field == "title" and not str(value).strip():
                raise InvalidInputError("plan.empty_title")
            new = stored_value(field, value)
            old = plan_store.read_info_field(db, plan_id, field)
            old = tuple(old) if isinstance(old, list) else old
            if old != new:
                steps.append(SetField("plan", plan_uuid, field, old, new, plan_uuid))
        if not steps:
            return None
        title = values.get("title") or self.ws.plans.summary(plan_id).title
        return self.ws.edits.apply(Edit(Message("edit.label.plan_field", title=title), tuple(steps)))

    def duplicate_for_next_period(self, plan_id: int) -> Applied:
        """Sections, items, rows and targets into a new plan for the following period (6 tháng
        đầu → 6 tháng cuối → next year's first half), progress, evidence and the values reached
        cleared; one undo step."""
        from ..domain.edits import Edit, InsertTarget  # loaded on first use: keeps start-up fast

        applied = self.ws.plans.duplicate_for_next_period(plan_id)
        targets = self.ws.targets.all(plan_id)
        if not targets:
            return applied
        new_uuid = applied.edit.steps[0].doc.uuid  # type: ignore[union-attr]
        copied = self.ws.edits.apply(
            Edit(
                applied.edit.label,
                tuple(InsertTarget(new_uuid, -1, replace(t, uuid="", reached=None)) for t in targets),
            )
        )
        return _joined(applied, copied)


def _joined(first: Applied, second: Applied) -> Applied:
    """Two edits applied one after the other, as one undo step."""
    from ..domain.edits import Edit  # loaded on first use: keeps start-up fast

    return Applied(
        Edit(first.edit.label, first.edit.steps + second.edit.steps), first.changed | second.changed
    )
