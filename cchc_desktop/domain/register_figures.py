"""The dashboard's figures over register rows: per section, per item (its sub-items' rows
included), the plan, the overdue rows and those due soon, the targets met. Pure.

Decisions (see also domain/register.py): *completion %* is done rows over the rows not
cancelled (a cancelled row was decided against, it is not a failure), one decimal, None when
every row is cancelled or there is none; *overdue* rows are counted among the not started and in
progress ones too (a second view of them, not a status of its own).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (register.py names these figures too: no import cycle at run time)
    from .register import ItemRef, RegisterRow, SectionRef

__all__ = [
    "Dashboard",
    "ItemFigures",
    "SectionFigures",
    "Tally",
    "TargetFigures",
    "completion_percent",
    "roll_up",
    "tally",
]


def completion_percent(done: int, counted: int) -> Decimal | None:
    if counted <= 0:
        return None
    return (Decimal(done) * 100 / Decimal(counted)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Tally:
    rows: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    cancelled: int = 0
    overdue: int = 0
    done_late: int = 0
    due_soon: int = 0
    unknown_due: int = 0  # rows whose due time names no date (flagged for the user)

    @property
    def completion(self) -> Decimal | None:
        """Done over the rows not cancelled, in percent (one decimal); None when none count."""
        return completion_percent(self.done, self.rows - self.cancelled)

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__))


# What a row adds to a tally: its status, and whether it is overdue, done late, due soon, or has
# a due time naming no date. Rows share few distinct combinations: groups count those.
_Mark = tuple[str, bool, bool, bool, bool]


def _mark(row: RegisterRow, as_of: dt.date, within_days: int) -> _Mark:
    return (
        row.status,
        row.is_overdue(as_of),
        row.done_late,
        row.due_within(as_of, within_days),
        row.due.kind == "unknown",
    )


def _ancestry(item: str | None, parents: dict[str, str | None]) -> Iterator[str]:
    while item is not None:
        yield item
        item = parents.get(item)


def _tally_of(marks: Mapping[_Mark, int]) -> Tally:
    counts = dict.fromkeys(Tally.__dataclass_fields__, 0)
    for (status, overdue, late, soon, unknown), n in marks.items():
        counts["rows"] += n
        counts[status if status in _STATUS_FIELDS else "not_started"] += n
        counts["overdue"] += n * overdue
        counts["done_late"] += n * late
        counts["due_soon"] += n * soon
        counts["unknown_due"] += n * unknown
    return Tally(**counts)


_STATUS_FIELDS = frozenset({"done", "in_progress", "not_started", "cancelled"})


def tally(rows: Iterable[RegisterRow], as_of: dt.date, within_days: int) -> Tally:
    return _tally_of(Counter(_mark(row, as_of, within_days) for row in rows))


@dataclass(frozen=True)
class SectionFigures:
    section: SectionRef
    tally: Tally


@dataclass(frozen=True)
class ItemFigures:
    """An item with the rows of its own and of every sub-item under it."""

    item: ItemRef
    tally: Tally


@dataclass(frozen=True)
class TargetFigures:
    total: int = 0
    with_figure: int = 0  # a target value and a value reached to compare
    met: int = 0
    not_met: int = 0


@dataclass(frozen=True)
class Dashboard:
    as_of: dt.date
    within_days: int
    sections: tuple[SectionFigures, ...]
    items: tuple[ItemFigures, ...]
    total: Tally
    overdue: tuple[RegisterRow, ...]  # by due end, oldest first
    due_soon: tuple[RegisterRow, ...]  # by next due date
    targets: TargetFigures = TargetFigures()


def roll_up(
    rows: Sequence[RegisterRow],
    sections: Sequence[SectionRef],
    items: Sequence[ItemRef],
    as_of: dt.date,
    within_days: int = 14,
    targets: TargetFigures = TargetFigures(),
) -> Dashboard:
    """The dashboard of a register: per section and per item (its rows and those of its
    sub-items), in annex order, those without rows included; the plan; the overdue rows and
    those due soon."""
    by_group: dict[str, dict[_Mark, int]] = {}  # section or item uuid → marks counted
    total: dict[_Mark, int] = {}
    parents = {i.uuid: i.parent_uuid for i in items}
    overdue, soon = [], []
    for row in rows:
        mark = _mark(row, as_of, within_days)
        total[mark] = total.get(mark, 0) + 1
        # A row counts for its section, its item and every item above it.
        for group in (row.section_uuid, *_ancestry(row.item_uuid, parents)):
            counts = by_group.get(group)
            if counts is None:
                counts = by_group[group] = {}
            counts[mark] = counts.get(mark, 0) + 1
        if mark[1]:
            overdue.append(row)
        if mark[3]:
            soon.append(row)
    overdue.sort(key=lambda r: (r.due.end or dt.date.max, r.uuid))
    soon.sort(key=lambda r: (r.next_due(as_of) or dt.date.max, r.uuid))
    return Dashboard(
        as_of=as_of,
        within_days=within_days,
        sections=tuple(SectionFigures(s, _tally_of(by_group.get(s.uuid, {}))) for s in sections),
        items=tuple(ItemFigures(i, _tally_of(by_group.get(i.uuid, {}))) for i in items),
        total=_tally_of(total),
        overdue=tuple(overdue),
        due_soon=tuple(soon),
        targets=targets,
    )
