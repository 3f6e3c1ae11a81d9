"""A plan's register loaded once, filtered many times: the window re-filters it on every
keystroke, so filtering is plain Python over rows whose search text was folded when loaded
(10,000 rows in a few milliseconds). Edits refresh single rows in place, or the whole view
after the annex changed shape. No database, no Qt."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter

from ..text import unit_key
from .plan import Period
from .register import ItemRef, RegisterFilter, RegisterRow, SearchTexts, SectionRef, search_phrase, tag_key

__all__ = ["PlanHeading", "RegisterView"]

_UUID = itemgetter(0)  # the uuid of a row or an item (its first field)
_SECTION_OF_ROW = itemgetter(1)  # RegisterRow.section_uuid
_SECTION_OF_ITEM = itemgetter(2)  # ItemRef.section_uuid


@dataclass(frozen=True)
class PlanHeading:
    """The plan a register belongs to."""

    id: int
    uuid: str
    title: str
    period: Period
    numbering: str


class RegisterView:
    def __init__(
        self,
        plan: PlanHeading,
        rows: Sequence[RegisterRow],
        sections: Sequence[SectionRef],
        items: Sequence[ItemRef],
        as_of: dt.date,
    ):
        self.plan = plan
        self.as_of = as_of
        self.rows: list[RegisterRow] = []
        self.sections: list[SectionRef] = []
        self.items: list[ItemRef] = []
        self._index: dict[str, int] = {}
        self._items: dict[str, ItemRef] = {}
        self._row_counts: dict[str, int] = {}  # rows of each section (a section's rows are together)
        self._item_counts: dict[str, int] = {}
        self._search: list[str] | None = None
        self._folder = SearchTexts()
        # (the filter but its search, the date, the generation), the search phrase, the rows
        # found: the last search, which the next keystroke narrows.
        self._last_match: tuple[tuple, str, list[int]] | None = None
        # Moves on with every change to the rows, items or sections: what was built from the
        # view (the annex tree's lines) can tell whether it still shows it as it is.
        self.generation = 0
        self.reset(rows, sections, items)

    def reset(
        self, rows: Sequence[RegisterRow], sections: Sequence[SectionRef], items: Sequence[ItemRef]
    ) -> None:
        """Everything anew (the annex changed shape). Search texts already folded are kept
        for the rows that come back unchanged (the same objects)."""
        self.generation += 1
        folded = self._search
        previous = dict(zip((row.uuid for row in self.rows), zip(self.rows, folded))) if folded else {}
        self.rows = list(rows)
        self.sections = list(sections)
        self.items = list(items)
        self._index = dict(zip(map(_UUID, self.rows), range(len(self.rows))))
        self._items = dict(zip(map(_UUID, self.items), self.items))
        self._row_counts = Counter(map(_SECTION_OF_ROW, self.rows))
        self._item_counts = Counter(map(_SECTION_OF_ITEM, self.items))
        self._search = None
        if previous:
            self._search = [
                kept[1] if (kept := previous.get(row.uuid)) and kept[0] is row else self._folder.of(row)
                for row in self.rows
            ]

    def replace_sections(self, parts: dict[str, tuple[Sequence[RegisterRow], Sequence[ItemRef]]]) -> None:
        """The rows and items of some sections anew, by section uuid (an edit reshaped those
        sections only): the rest of the view stays as it is, only places after the first of them
        move. Search texts already folded are kept for the rows that come back unchanged (the
        same objects)."""
        self.generation += 1
        order = [s.uuid for s in self.sections]
        removed_rows: list[str] = []
        removed_items: list[str] = []
        first, end, resized = len(self.rows), 0, False
        # The last section first: the places of the sections before it are still as counted.
        for section_uuid in sorted(parts, key=order.index, reverse=True):
            rows, items = parts[section_uuid]
            before = order[: order.index(section_uuid)]
            start = sum(self._row_counts.get(u, 0) for u in before)
            stop = start + self._row_counts.get(section_uuid, 0)
            old = self.rows[start:stop]
            removed_rows.extend(map(_UUID, old))
            self.rows[start:stop] = rows
            if self._search is not None:
                kept = dict(zip(map(_UUID, old), zip(old, self._search[start:stop])))
                self._search[start:stop] = [
                    held[1] if (held := kept.get(row.uuid)) and held[0] is row else self._folder.of(row)
                    for row in rows
                ]
            resized = resized or len(rows) != len(old)
            first, end = min(first, start), max(end, start + len(rows))
            self._row_counts[section_uuid] = len(rows)
            item_start = sum(self._item_counts.get(u, 0) for u in before)
            item_stop = item_start + self._item_counts.get(section_uuid, 0)
            removed_items.extend(map(_UUID, self.items[item_start:item_stop]))
            self.items[item_start:item_stop] = items
            self._item_counts[section_uuid] = len(items)
        # Places from the first replaced row on (to the end when a section changed size), set in
        # C by zipping maps; rows and items gone (or moved to another section) dropped first.
        for uuid in removed_rows:
            self._index.pop(uuid, None)
        end = len(self.rows) if resized else end
        self._index.update(zip(map(_UUID, self.rows[first:end]), range(first, end)))
        for uuid in removed_items:
            self._items.pop(uuid, None)
        for _rows, items in parts.values():
            self._items.update(zip(map(_UUID, items), items))

    def prepare_search(self) -> None:
        """Fold every row's searchable text (the first search does it otherwise). The window
        calls this just after its first paint, so that opening shows rows sooner and the first
        keystroke is as quick as the others."""
        if self._search is None:
            self._search = [self._folder.of(row) for row in self.rows]

    def search_text(self, index: int) -> str:
        self.prepare_search()
        assert self._search is not None
        return self._search[index]

    # --- looking up ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.rows)

    def index_of(self, row_uuid: str) -> int | None:
        return self._index.get(row_uuid)

    def row(self, row_uuid: str) -> RegisterRow:
        return self.rows[self._index[row_uuid]]

    def item(self, item_uuid: str) -> ItemRef | None:
        return self._items.get(item_uuid)

    def section_part(self, section_uuid: str) -> tuple[list[RegisterRow], list[ItemRef]]:
        """A section's rows and items, in annex order (a section's rows are together)."""
        order = [s.uuid for s in self.sections]
        before = order[: order.index(section_uuid)]
        start = sum(self._row_counts.get(u, 0) for u in before)
        item_start = sum(self._item_counts.get(u, 0) for u in before)
        return (
            self.rows[start : start + self._row_counts.get(section_uuid, 0)],
            self.items[item_start : item_start + self._item_counts.get(section_uuid, 0)],
        )

    def rows_of_item(self, item_uuid: str) -> list[RegisterRow]:
        return [r for r in self.rows if r.item_uuid == item_uuid]

    def unit_labels(self) -> list[str]:
        """The unit names the rows write (lead or partner), most used first: the unit filter's list."""
        counts: Counter[str] = Counter()
        for row in self.rows:
            counts.update(row.lead)
            counts.update(row.partners)
        return [label for label, _n in counts.most_common()]

    def tags(self) -> list[str]:
        return sorted({tag for row in self.rows for tag in row.tags})

    # --- filtering -------------------------------------------------------------------------------

    def matching(self, wanted: RegisterFilter, as_of: dt.date | None = None) -> list[int]:
        """Indexes (into ``rows``, in annex order) of the rows the filter lets through. A search
        typed further (the same filters, the phrase found again in the new one) looks only
        through the rows the previous keystroke let through."""
        if wanted.is_empty:
            return list(range(len(self.rows)))
        as_of = as_of or self.as_of
        phrase = search_phrase(wanted.search)
        others = (replace(wanted, search=""), as_of, self.generation)
        last = self._last_match
        if phrase and last is not None and last[0] == others and last[1] != phrase and last[1] in phrase:
            self.prepare_search()
            texts = self._search or []
            out = [index for index in last[2] if phrase in texts[index]]
        else:
            out = self._matching(wanted, as_of)
        self._last_match = (others, phrase, out)
        return list(out)

    def _matching(self, wanted: RegisterFilter, as_of: dt.date) -> list[int]:
        section = wanted.section.strip()
        section_code = section.upper()
        unit = unit_key(wanted.unit) if wanted.unit.strip() else ""
        tag = tag_key(wanted.tag) if wanted.tag.strip() else ""
        phrase = search_phrase(wanted.search)
        statuses, kinds = wanted.statuses, wanted.due_kinds
        within = wanted.due_within
        if phrase:
            self.prepare_search()
        texts = self._search or []
        out = []
        for index, row in enumerate(self.rows):
            if section and row.section_uuid != section and row.section_code.upper() != section_code:
                continue
            if statuses and row.status not in statuses:
                continue
            if kinds and row.due.kind not in kinds:
                continue
            if unit and unit not in row.unit_keys:
                continue
            if tag and tag not in row.tags:
                continue
            if wanted.overdue and not row.is_overdue(as_of):
                continue
            if within is not None and not row.due_within(as_of, within):
                continue
            if wanted.done_late and not row.done_late:
                continue
            if phrase and phrase not in texts[index]:
                continue
            out.append(index)
        return out

    def filtered(self, wanted: RegisterFilter, as_of: dt.date | None = None) -> list[RegisterRow]:
        return [self.rows[i] for i in self.matching(wanted, as_of)]

    # --- refreshing ------------------------------------------------------------------------------

    def replace_rows(self, fresh: Iterable[RegisterRow]) -> list[int]:
        """Put reloaded rows in place (same uuids); returns their indexes. A row the view does
        not hold is ignored (the caller reloads the whole view after a structural change)."""
        self.generation += 1
        changed = []
        for row in fresh:
            index = self._index.get(row.uuid)
            if index is not None:
                self.rows[index] = row
                if self._search is not None:
                    self._search[index] = self._folder.of(row)
                changed.append(index)
        return sorted(changed)
