"""One generic QUndoCommand for every user action: it holds the edit as applied by the
services and replays its inverse (undo) or itself (redo).

The action is carried out before the command is pushed, so a failure is reported and nothing
enters the history; the first ``redo`` that QUndoStack.push calls is skipped. An undo or redo
that fails (the data changed elsewhere) marks the command obsolete, so the history never
disagrees with the database, and says so. Consecutive edits of the same field of the same
record (typing into one cell) merge into one step.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.edits import Changed, Edit, SetField
from ..errors import CchcError
from ..services.edits import Applied
from ..services.workspace import Workspace

_MERGE_ID = 1


class EditCommand(QUndoCommand):
    def __init__(
        self,
        workspace: Workspace,
        applied: Applied,
        notify: Callable[[Changed], None],
        report: Callable[[CchcError], None],
    ):
        super().__init__(str(applied.edit.label))
        self._ws = workspace
        self.edit = applied.edit
        self._notify = notify
        self._report = report
        self._pushed = False

    def id(self) -> int:
        return _MERGE_ID if self._single_field() is not None else -1

    def _single_field(self) -> SetField | None:
        steps = self.edit.steps
        return steps[0] if len(steps) == 1 and isinstance(steps[0], SetField) else None

    def mergeWith(self, other: QUndoCommand) -> bool:
        mine, theirs = self._single_field(), getattr(other, "_single_field", lambda: None)()
        if (
            mine is None
            or theirs is None
            or (mine.entity, mine.uuid, mine.field) != (theirs.entity, theirs.uuid, theirs.field)
            or mine.entity in ("progress",)
        ):
            return False
        merged = SetField(mine.entity, mine.uuid, mine.field, mine.old, theirs.new, mine.plan_uuid)
        self.edit = Edit(self.edit.label, (merged,))
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._replay(self.edit)

    def undo(self) -> None:
        self._replay(self.edit.inverse())

    def _replay(self, edit: Edit) -> None:
        try:
            applied = self._ws.edits.replay(edit)
        except CchcError as error:
            self.setObsolete(True)
            self._report(error)
            return
        except Exception as error:  # escaping QUndoCommand.undo/redo, a bug would crash PySide6
            traceback.print_exc()
            self.setObsolete(True)
            self._report(CchcError("unexpected", detail=repr(error)))
            return
        if edit is self.edit:
            self.edit = applied.edit
        try:
            self._notify(applied.changed)
        except Exception as error:  # as above
            traceback.print_exc()
            self._report(CchcError("unexpected", detail=repr(error)))


def push_applied(
    stack: QUndoStack,
    workspace: Workspace,
    applied: Applied,
    notify: Callable[[Changed], None],
    report: Callable[[CchcError], None],
) -> None:
    """Record an action the services already carried out, and tell the views what changed."""
    stack.push(EditCommand(workspace, applied, notify, report))
    notify(applied.changed)
