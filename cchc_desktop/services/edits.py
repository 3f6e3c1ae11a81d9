"""Applying reversible edits: each in one transaction with its change-log lines.

``apply(edit)`` carries out a fresh user action (and renumbers the reform areas it reshaped,
the renumbering becoming part of the edit); ``replay(edit)`` applies an undo or redo exactly as
recorded. A step whose record is not as the edit expects (changed or removed meanwhile, for
example by the command line) fails the whole edit with ``edit.conflict``: the caller then drops
it from the undo history rather than disagree with the database.

How each kind of step is applied lives in ``services/steps/`` (registered by type, and for field
edits and evidence links by entity), so a new feature adds its steps without touching this file.
"""

from __future__ import annotations

from ..domain.edits import Changed, Edit, Step
from ..storage import plans as plan_store
from ..storage.session import Database, Tx
from .applied import Applied
from .steps.base import STEP_HANDLERS, EditConflict

__all__ = ["Applied", "EditConflict", "EditEngine"]


def _register_step_handlers() -> None:
    """The step modules register their handlers when imported: done by the first engine made,
    not by importing this module (the window reads a plan at start without editing it)."""
    from .steps import annex as _annex_steps  # noqa: F401 - registers its handlers
    from .steps import evidence as _evidence_steps  # noqa: F401
    from .steps import evidence_records as _evidence_record_steps  # noqa: F401
    from .steps import fields as _field_steps  # noqa: F401
    from .steps import plans as _plan_steps  # noqa: F401
    from .steps import tags as _tag_steps  # noqa: F401
    from .steps import targets as _target_steps  # noqa: F401
    from .steps import units as _unit_steps  # noqa: F401


class EditEngine:
    def __init__(self, db: Database):
        _register_step_handlers()
        self.db = db

    def apply(self, edit: Edit, renumber: bool = True) -> Applied:
        """A fresh user action; ``renumber=False`` keeps numbers as given (an imported annex)."""
        return self._run(edit, renumber=renumber)

    def replay(self, edit: Edit) -> Applied:
        """Undo or redo, exactly as recorded."""
        return self._run(edit, renumber=False)

    def _run(self, edit: Edit, renumber: bool) -> Applied:
        from .renumbering import renumbering_steps

        changed = Changed()
        done: list[Step] = []
        with self.db.transaction() as tx:
            for step in edit.steps:
                applied, what = self._step(tx, step)
                done.append(applied)
                changed = changed | what
            if renumber:
                for step in renumbering_steps(self.db, tx, done):
                    applied, what = self._step(tx, step)
                    done.append(applied)
                    changed = changed | what
            for plan_uuid in changed.plans:
                plan_id = plan_store.id_for_uuid(tx, plan_uuid)
                if plan_id is not None:
                    plan_store.touch(tx, plan_id)
        return Applied(Edit(edit.label, tuple(done)), changed)

    def _step(self, tx: Tx, step: Step) -> tuple[Step, Changed]:
        handler = STEP_HANDLERS.get(type(step))
        if handler is None:
            raise TypeError(f"no handler for {type(step).__name__}")
        return handler(self.db, tx, step)
