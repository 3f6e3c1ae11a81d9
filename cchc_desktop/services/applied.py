"""What applying an edit gives back (services/edits.py applies them): a module of its own, so
that the use cases that name it load neither the edit engine nor every kind of edit step until
something is edited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.edits import Changed, Edit


@dataclass(frozen=True)
class Applied:
    edit: Edit  # as applied: what undo needs
    changed: Changed
