"""Several use cases carried out as one user action, one undo step: the row form saving a dozen
fields, progress recorded on several rows, a plan form with its numbering. Each use case
applies its own edit; if one is refused, those already applied are taken back (in reverse), so
the action happens wholly or not at all."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..domain.edits import Edit
from ..errors import CchcError
from ..i18n import Message
from ..services.edits import Applied
from ..services.workspace import Workspace


def joined(label: Message, parts: Iterable[Applied]) -> Applied | None:
    """Applied edits as one (None when there is none; a single one keeps its own label)."""
    parts = list(parts)
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    changed = parts[0].changed
    for part in parts[1:]:
        changed = changed | part.changed
    steps = tuple(step for part in parts for step in part.edit.steps)
    return Applied(Edit(label, steps), changed)


def apply_all(
    ws: Workspace, label: Message, actions: Iterable[Callable[[], Applied | None]]
) -> Applied | None:
    """Run ``actions`` in order as one action; a refusal takes back what ran and is raised."""
    done: list[Applied] = []
    try:
        for action in actions:
            applied = action()
            if applied is not None:
                done.append(applied)
    except CchcError:
        for applied in reversed(done):
            ws.edits.replay(applied.edit.inverse())
        raise
    return joined(label, done)
