"""The plan and its annex, as users think of them. Plain data: no database, no Qt.

A plan (kế hoạch) has free-text body sections and an annex (phụ lục): reform areas
(``AnnexSection``, Roman-numbered), their numbered items (``AnnexItem``, what users count
as "nhiệm vụ", possibly grouped 1 → 1.1), and each item's rows (``AnnexRow``: task,
activity, product, lead and partner units, due time, budget). A row whose ``task`` is
empty continues the task of the row above (a merged cell in the printed annex).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterator

PERIOD_KINDS = ("year", "half_year", "multi_year")
# Years a plan may name (the interchange schema says the same).
MIN_YEAR, MAX_YEAR = 1945, 2200
# Limits of the interchange schema, which whatever the program stores must meet so that every
# stored plan exports to a file the program reads back: an item number ("TT") or section code,
# a name (plan title, unit), any other text.
MAX_NUMBER_LENGTH = 50
MAX_NAME_LENGTH = 500
MAX_TEXT_LENGTH = 20_000


@dataclass
class Period:
    kind: str
    year: int | None = None
    half: int | None = None
    start_year: int | None = None
    end_year: int | None = None

    def label(self) -> str:
        if self.kind == "year":
            return f"Năm {self.year}"
        if self.kind == "half_year":
            return f"6 tháng {'đầu' if self.half == 1 else 'cuối'} năm {self.year}"
        return f"Giai đoạn {self.start_year}–{self.end_year}"

    def sort_key(self) -> tuple[int, int]:
        if self.kind == "multi_year":
            return (self.start_year or 0, 0)
        return (self.year or 0, self.half or 0)


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

    def reference(self) -> str:
        """"Số 12/KH-UBND", or the bare symbol while the number is not yet given."""
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


@dataclass
class AnnexItem:
    number: str
    objective: str = ""
    rows: list[AnnexRow] = field(default_factory=list)
    children: list["AnnexItem"] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)

    def walk(self) -> Iterator["AnnexItem"]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class AnnexSection:
    code: str
    title: str
    items: list[AnnexItem] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)

    def all_items(self) -> Iterator[AnnexItem]:
        for item in self.items:
            yield from item.walk()


@dataclass
class Unit:
    name: str
    short_name: str = ""
    id: int | None = field(default=None, compare=False)

    def label(self) -> str:
        return self.short_name or self.name


@dataclass
class PlanDocument:
    """One plan with its whole annex: what the interchange format carries."""

    plan: PlanInfo
    sections: list[AnnexSection] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)

    def all_items(self) -> Iterator[AnnexItem]:
        for section in self.sections:
            yield from section.all_items()

    def counts(self) -> "PlanCounts":
        items = list(self.all_items())
        return PlanCounts(
            sections=len(self.sections),
            items=len(items),
            rows=sum(len(item.rows) for item in items),
        )


@dataclass(frozen=True)
class PlanCounts:
    sections: int
    items: int
    rows: int


@dataclass(frozen=True)
class PlanSummary:
    """A line of the plan list."""

    id: int
    title: str
    period: Period
    reference: str
    issued_date: dt.date | None
    counts: PlanCounts
    updated_at: str


CHANGE_ACTION_LABELS = {
    "create": "Thêm kế hoạch",
    "delete": "Xóa kế hoạch",
    "append": "Nhập phụ lục",
    "remove-appended": "Hoàn tác nhập phụ lục",
    "restore": "Khôi phục dữ liệu",
}


@dataclass(frozen=True)
class ChangeEntry:
    """One line of the change log: when, who, what, the old and the new value."""

    id: int
    at: str
    user_name: str
    plan_id: int | None
    plan_title: str
    action: str
    entity: str
    entity_id: int | None
    field: str
    old_value: str | None
    new_value: str | None

    @property
    def action_label(self) -> str:
        return CHANGE_ACTION_LABELS.get(self.action, self.action)

    @property
    def at_display(self) -> str:
        """"23/11/2026 19:34:05", as Vietnamese offices write dates."""
        try:
            return dt.datetime.fromisoformat(self.at).strftime("%d/%m/%Y %H:%M:%S")
        except ValueError:
            return self.at
