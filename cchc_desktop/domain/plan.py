"""The plan and its annex, as users think of them. Plain data: no database, no Qt.

A plan (kế hoạch) has free-text body sections and an annex (phụ lục): reform areas
(``AnnexSection``, Roman-numbered), their numbered items (``AnnexItem``, possibly grouped
1 → 1.1), and each item's rows (``AnnexRow``: task, activity, product, lead and partner units,
due time, budget). A row whose ``task`` is empty continues the task of the row above (a merged
cell in the printed annex).

Users count tasks (nhiệm vụ), not group headings: an item with sub-items is a group (nhóm), every
other item a task. :class:`PlanCounts` counts that way, everywhere.

Every record carries a ``uuid`` that stays with it through export, import, trash and undo; ""
means "not stored yet" (the store gives it one). ``id`` is the database's own row number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from .progress import RowProgress

__all__ = [
    "MAX_ITEM_DEPTH",
    "MAX_NAME_LENGTH",
    "MAX_NUMBER_LENGTH",
    "MAX_TEXT_LENGTH",
    "MAX_YEAR",
    "MIN_YEAR",
    "PERIOD_KINDS",
    "AnnexItem",
    "AnnexRow",
    "AnnexSection",
    "BodySection",
    "Period",
    "PlanCounts",
    "PlanDocument",
    "PlanInfo",
    "PlanSummary",
    "Signer",
    "Unit",
    "count_sections",
]

PERIOD_KINDS = ("year", "half_year", "multi_year")
# Years a plan may name (the interchange schema says the same).
MIN_YEAR, MAX_YEAR = 1945, 2200
# Limits of the interchange schema, which whatever the program stores must meet so that every
# stored plan exports to a file the program reads back: an item number ("TT") or section code,
# a name (plan title, unit), any other text.
MAX_NUMBER_LENGTH = 50
MAX_NAME_LENGTH = 500
MAX_TEXT_LENGTH = 20_000
# Items nest 1 → 1.1 → 1.1.1 in real plans; deeper is a damaged or crafted file.
MAX_ITEM_DEPTH = 8

define_messages(
    {
        "period.year": QT_TRANSLATE_NOOP("Messages", "Năm {year}"),
        "period.first_half": QT_TRANSLATE_NOOP("Messages", "6 tháng đầu năm {year}"),
        "period.second_half": QT_TRANSLATE_NOOP("Messages", "6 tháng cuối năm {year}"),
        "period.multi_year": QT_TRANSLATE_NOOP("Messages", "Giai đoạn {start}–{end}"),
        "counts.summary": QT_TRANSLATE_NOOP("Messages", "{sections} lĩnh vực, {tasks} nhiệm vụ, {rows} dòng"),
        "counts.summary_groups": QT_TRANSLATE_NOOP(
            "Messages", "{sections} lĩnh vực, {tasks} nhiệm vụ ({groups} nhóm), {rows} dòng"
        ),
        "counts.tasks": QT_TRANSLATE_NOOP("Messages", "{tasks} nhiệm vụ, {rows} dòng"),
        "counts.tasks_groups": QT_TRANSLATE_NOOP("Messages", "{tasks} nhiệm vụ ({groups} nhóm), {rows} dòng"),
    }
)


@dataclass
class Period:
    kind: str
    year: int | None = None
    half: int | None = None
    start_year: int | None = None
    end_year: int | None = None

    def label(self) -> str:
        return str(self.label_message())

    def label_message(self) -> Message:
        if self.kind == "year":
            return Message("period.year", year=self.year)
        if self.kind == "half_year":
            return Message("period.first_half" if self.half == 1 else "period.second_half", year=self.year)
        return Message("period.multi_year", start=self.start_year, end=self.end_year)

    def sort_key(self) -> tuple[int, int]:
        if self.kind == "multi_year":
            return (self.start_year or 0, 0)
        return (self.year or 0, self.half or 0)

    @property
    def first_year(self) -> int:
        return int((self.start_year if self.kind == "multi_year" else self.year) or 0)

    @property
    def last_year(self) -> int:
        return int((self.end_year if self.kind == "multi_year" else self.year) or 0)

    def start_date(self) -> dt.date:
        if self.kind == "half_year" and self.half == 2:
            return dt.date(self.first_year, 7, 1)
        return dt.date(self.first_year, 1, 1)

    def end_date(self) -> dt.date:
        if self.kind == "half_year" and self.half == 1:
            return dt.date(self.last_year, 6, 30)
        return dt.date(self.last_year, 12, 31)

    def following(self) -> Period:
        """The next period of the same kind: 6 tháng đầu → 6 tháng cuối → next year's first half;
        a year → the next; 2026–2030 → 2031–2035."""
        if self.kind == "half_year":
            if self.half == 1:
                return Period("half_year", year=self.year, half=2)
            return Period("half_year", year=(self.year or 0) + 1, half=1)
        if self.kind == "year":
            return Period("year", year=(self.year or 0) + 1)
        span = (self.end_year or 0) - (self.start_year or 0) + 1
        return Period("multi_year", start_year=(self.end_year or 0) + 1, end_year=(self.end_year or 0) + span)


@dataclass
class Signer:
    name: str = ""
    position: str = ""
    authority: str = ""


@dataclass
class BodySection:
    heading: str
    text: str


@dataclass
class PlanInfo:
    title: str
    period: Period
    issuer: str = ""
    issuer_header: list[str] = field(default_factory=list)
    number: str = ""
    symbol: str = ""
    issued_date: dt.date | None = None
    place: str = ""
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    body: list[BodySection] = field(default_factory=list)
    annex_title: str = ""
    annex_note: str = ""
    # Numbering of items: restart at 1 in each section, or run on across sections.
    numbering: str = "per_section"

    def reference(self) -> str:
        """ "12/KH-UBND", or the bare symbol while the number is not yet given."""
        if self.number and self.symbol:
            return f"{self.number}/{self.symbol}"
        return self.number or self.symbol


@dataclass
class AnnexRow:
    task: str = ""
    activity: str = ""
    result: str = ""
    lead: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    due_text: str = ""
    budget: str = ""
    id: int | None = field(default=None, compare=False)
    uuid: str = field(default="", compare=False)
    # Not part of the annex's text (compare=False): where the row stands, the evidence attached
    # (uuids of EvidenceDocument) and tags for computed criteria ("kiem-tra", "doi-thoai").
    progress: RowProgress = field(default_factory=RowProgress, compare=False)
    evidence: list[str] = field(default_factory=list, compare=False)
    tags: list[str] = field(default_factory=list, compare=False)


@dataclass
class AnnexItem:
    number: str
    objective: str = ""
    rows: list[AnnexRow] = field(default_factory=list)
    children: list[AnnexItem] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)
    uuid: str = field(default="", compare=False)

    def walk(self) -> Iterator[AnnexItem]:
        """This item and every item below it, in annex order (iterative: depth is bounded
        by MAX_ITEM_DEPTH where data comes in, but walking never recurses)."""
        stack = [self]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(reversed(item.children))

    @property
    def is_group(self) -> bool:
        return bool(self.children)

    def depth(self) -> int:
        """1 for an item without sub-items, 2 for a group of such items..."""
        deepest, stack = 1, [(self, 1)]
        while stack:
            item, level = stack.pop()
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item.children)
        return deepest


@dataclass
class AnnexSection:
    code: str
    title: str
    items: list[AnnexItem] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)
    uuid: str = field(default="", compare=False)

    def all_items(self) -> Iterator[AnnexItem]:
        for item in self.items:
            yield from item.walk()


@dataclass
class Unit:
    name: str
    short_name: str = ""
    id: int | None = field(default=None, compare=False)
    uuid: str = field(default="", compare=False)

    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class PlanCounts:
    """Sections, tasks (items without sub-items), groups (items with sub-items), rows."""

    sections: int
    tasks: int
    rows: int
    groups: int = 0

    def message(self) -> Message:
        """ "7 lĩnh vực, 8 nhiệm vụ (3 nhóm), 20 dòng"."""
        if self.groups:
            return Message(
                "counts.summary_groups",
                sections=self.sections,
                tasks=self.tasks,
                groups=self.groups,
                rows=self.rows,
            )
        return Message("counts.summary", sections=self.sections, tasks=self.tasks, rows=self.rows)

    def tasks_message(self) -> Message:
        """ "8 nhiệm vụ (3 nhóm), 20 dòng" (without the sections)."""
        if self.groups:
            return Message("counts.tasks_groups", tasks=self.tasks, groups=self.groups, rows=self.rows)
        return Message("counts.tasks", tasks=self.tasks, rows=self.rows)

    def __str__(self) -> str:
        return str(self.message())


def count_sections(sections: Iterable[AnnexSection]) -> PlanCounts:
    """The one way of counting an annex (the preview, the plan list, the log, the CLI)."""
    n_sections = tasks = groups = rows = 0
    for section in sections:
        n_sections += 1
        for item in section.all_items():
            rows += len(item.rows)
            if item.children:
                groups += 1
            else:
                tasks += 1
    return PlanCounts(sections=n_sections, tasks=tasks, rows=rows, groups=groups)


@dataclass
class PlanDocument:
    """One plan with its whole annex: what the interchange format carries."""

    plan: PlanInfo
    sections: list[AnnexSection] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)
    uuid: str = field(default="", compare=False)

    def all_items(self) -> Iterator[AnnexItem]:
        for section in self.sections:
            yield from section.all_items()

    def all_rows(self) -> Iterator[tuple[AnnexSection, AnnexItem, AnnexRow]]:
        for section in self.sections:
            for item in section.all_items():
                for row in item.rows:
                    yield section, item, row

    def counts(self) -> PlanCounts:
        return count_sections(self.sections)


@dataclass(frozen=True)
class PlanSummary:
    """A line of the plan list."""

    id: int
    uuid: str
    title: str
    period: Period
    reference: str
    issued_date: dt.date | None
    counts: PlanCounts
    updated_at: str
    deleted_at: str | None = None
