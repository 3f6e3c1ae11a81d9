"""The task register: every annex row as one flat line (its section, item, texts, units, due
time, progress, evidence count, tags) and filters over those lines (the dashboard's figures are
register_figures.py). Plain data and pure rules: no database, no Qt.

Decisions:
- *Overdue*: the due end is before the as-of date and the row is neither done nor cancelled. A
  row whose due time names no date ("Theo KH được phê duyệt") is never overdue.
- *Due within N days*: open rows whose next due date (the next occurrence of a recurring row,
  else the due end) falls between the as-of date and N days after it, both included.
- *Done late*: done, with a completion date after the due end.
- *Search*: what is typed must occur, as a phrase, in the row's folded text (task, activity,
  result, the item's objective, units as written and as the directory names them, due text,
  progress note); folding drops accents, đ → d and case, and runs of spaces count as one, so
  "dia chinh" finds "Địa chính" (and not every row saying "địa bàn" and "hành chính").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ..text import clean, fold
from .due import DueRange

__all__ = [
    "Dashboard",
    "ItemFigures",
    "ItemRef",
    "RegisterFilter",
    "RegisterRow",
    "SearchTexts",
    "SectionFigures",
    "SectionRef",
    "Tally",
    "TargetFigures",
    "completion_percent",
    "roll_up",
    "search_fold",
    "search_phrase",
    "tag_key",
]


def search_fold(text: str) -> str:
    """What search compares: lower case ASCII, accents dropped, đ → d, dashes and quotes as
    their ASCII forms, runs of spaces as one. Five times faster than text.fold on long cells (a
    10,000-row register is folded when it opens); any other character outside ASCII drops out,
    in the text and in what is typed alike."""
    if text.isascii():
        folded = text.lower()
    else:
        # str.replace, not str.translate: a translation table costs ten times more on long text.
        for wide, narrow in _NARROWED:
            if wide in text:
                text = text.replace(wide, narrow)
        folded = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(folded.split()) if "  " in folded or "\n" in folded or "\t" in folded else folded


_NARROWED = (("đ", "d"), ("Đ", "D"), ("Ð", "D"), ("–", "-"), ("—", "-"), ("“", '"'), ("”", '"'), ("’", "'"))


def search_phrase(text: str) -> str:
    """A search box's text folded (trimmed: a space typed last is no part of the phrase)."""
    return search_fold(text).strip()


class SearchTexts:
    """Folds the searchable text of rows, once per distinct piece (objectives, unit names and
    due texts repeat on many rows)."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def _shared(self, text: str) -> str:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = search_fold(text)
        return found

    def of(self, row: RegisterRow) -> str:
        shared = self._shared
        own = search_fold(" ".join((row.task, row.activity, row.result, row.note)))
        return " ".join(
            (
                own,
                shared(row.objective),
                *map(shared, row.lead),
                *map(shared, row.partners),
                *map(shared, row.directory_names),
                shared(row.due_text),
            )
        )


def tag_key(label: str) -> str:
    """ "Kiểm tra" → "kiem-tra": the key computed criteria count (criteria.register_source_key)."""
    return re.sub(r"[^0-9a-z]+", "-", fold(clean(label))).strip("-")


class RegisterRow(NamedTuple):
    """One annex row with everything the register shows and filters on. A named tuple, not a
    dataclass: a 10,000-row register builds one per row when it opens, three times faster."""

    uuid: str
    section_uuid: str
    section_code: str
    section_title: str
    item_uuid: str
    item_number: str
    objective: str
    depth: int  # 1 for a top item, 2 for a sub-item …
    row_index: int  # 0 for an item's first row; 1, 2 … for its other rows
    task: str
    activity: str
    result: str
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    due_text: str
    budget: str
    due: DueRange
    status: str = "not_started"
    done_on: dt.date | None = None
    note: str = ""
    reason: str = ""
    evidence: int = 0
    tags: tuple[str, ...] = ()
    unit_keys: frozenset[str] = frozenset()  # text.unit_key of each unit, as written and in the directory
    directory_names: tuple[str, ...] = ()  # the directory's names of its units, where they differ

    @property
    def is_closed(self) -> bool:
        return self.status in ("done", "cancelled")

    def is_overdue(self, as_of: dt.date) -> bool:
        return not self.is_closed and self.due.end is not None and self.due.end < as_of

    @property
    def done_late(self) -> bool:
        return (
            self.status == "done"
            and self.done_on is not None
            and self.due.end is not None
            and self.done_on > self.due.end
        )

    def next_due(self, as_of: dt.date) -> dt.date | None:
        """The next date this row falls due on or after ``as_of`` (None: none left, or none named)."""
        for date in self.due.occurrences:
            if date >= as_of:
                return date
        end = self.due.end
        return end if end is not None and end >= as_of else None

    def due_within(self, as_of: dt.date, days: int) -> bool:
        if self.is_closed:
            return False
        upcoming = self.next_due(as_of)
        return upcoming is not None and upcoming <= as_of + dt.timedelta(days=days)


@dataclass(frozen=True)
class RegisterFilter:
    """What the register shows. Empty fields do not filter.

    ``section``: a section's uuid or code ("III"); ``unit``: a unit name or short name as typed
    (compared by text.unit_key, lead or partner); ``statuses`` and ``due_kinds``: any of them;
    ``tag``: a tag key or label."""

    search: str = ""
    section: str = ""
    unit: str = ""
    statuses: frozenset[str] = frozenset()
    due_kinds: frozenset[str] = frozenset()
    overdue: bool = False
    due_within: int | None = None
    done_late: bool = False
    tag: str = ""

    @property
    def is_empty(self) -> bool:
        return self == RegisterFilter()


class SectionRef(NamedTuple):
    uuid: str
    code: str
    title: str


class ItemRef(NamedTuple):
    """An item of the annex, in annex order: where it sits and what it says."""

    uuid: str
    parent_uuid: str | None  # the item above it, None for a top item
    section_uuid: str
    number: str
    objective: str
    depth: int
    rows: int = 0  # its own rows (a group heading may have none)


# The dashboard's figures live in register_figures.py (which builds on the rows above); named here
# too, where the register's other types are, and loaded when first asked for (the window's start
# reads the register without them).
_FIGURES = frozenset(
    {"Dashboard", "ItemFigures", "SectionFigures", "Tally", "TargetFigures", "completion_percent", "roll_up"}
)

if TYPE_CHECKING:
    from .register_figures import (
        Dashboard,
        ItemFigures,
        SectionFigures,
        Tally,
        TargetFigures,
        completion_percent,
        roll_up,
    )


def __getattr__(name: str) -> Any:
    if name in _FIGURES:
        from . import register_figures

        return getattr(register_figures, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
