"""One QUndoCommand per user action on plans.

The action is carried out before the command is pushed (so a failure is reported and
nothing enters the undo history); the first ``redo`` that QUndoStack.push calls is skipped.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ..domain import AnnexSection, PlanDocument, Unit
from ..errors import CchcError
from ..store import AnnexAppend, Store


class CommandHost(Protocol):
    def plans_changed(self, select_plan_id: int | None) -> None: ...
    def show_error(self, message: str) -> None: ...


class _DoneOnPush(QUndoCommand):
    def __init__(self, text: str, host: CommandHost):
        super().__init__(text)
        self._host = host
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step) -> None:
        try:
            self._host.plans_changed(step())
        except CchcError as error:
            self._host.show_error(error.message)

    def apply(self) -> int | None:
        raise NotImplementedError

    def revert(self) -> int | None:
        raise NotImplementedError


class AddPlanCommand(_DoneOnPush):
    """A plan that was just inserted (import): undo removes it, redo puts it back."""

    def __init__(self, store: Store, doc: PlanDocument, plan_id: int,
                 host: CommandHost):
        super().__init__(f"Nhập kế hoạch «{doc.plan.title}»", host)
        self._store, self._doc, self.plan_id = store, doc, plan_id

    def apply(self) -> int:
        self.plan_id = self._store.insert_plan(self._doc)
        return self.plan_id

    def revert(self) -> None:
        self._store.delete_plan(self.plan_id)
        return None


class DeletePlanCommand(_DoneOnPush):
    """A plan that was just deleted: undo restores it from the copy taken before deleting."""

    def __init__(self, store: Store, doc: PlanDocument, plan_id: int,
                 host: CommandHost):
        super().__init__(f"Xóa kế hoạch «{doc.plan.title}»", host)
        self._store, self._doc, self.plan_id = store, doc, plan_id

    def apply(self) -> None:
        self._store.delete_plan(self.plan_id)
        return None

    def revert(self) -> int:
        self.plan_id = self._store.insert_plan(self._doc)
        return self.plan_id


class AppendAnnexCommand(_DoneOnPush):
    """Imported sections just appended to an existing plan: undo takes exactly them back out."""

    def __init__(self, store: Store, sections: list[AnnexSection], units: list[Unit],
                 added: AnnexAppend, plan_title: str, host: CommandHost):
        super().__init__(f"Nhập phụ lục vào «{plan_title}»", host)
        self._store, self._sections, self._units, self._added = store, sections, units, added

    def apply(self) -> int:
        self._added = self._store.append_annex(self._added.plan_id, self._sections, self._units)
        return self._added.plan_id

    def revert(self) -> int:
        self._store.remove_appended(self._added)
        return self._added.plan_id
