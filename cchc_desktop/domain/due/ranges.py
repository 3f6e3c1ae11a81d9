"""The kinds of due time and the range a due-time text is read into (see the package's docstring)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, Message, date_text, define_messages, number

DUE_KINDS = ("deadline", "range", "recurring", "continuous", "unknown")


define_messages(
    {
        "due.kind.deadline": QT_TRANSLATE_NOOP("Messages", "có hạn cụ thể"),
        "due.kind.range": QT_TRANSLATE_NOOP("Messages", "trong khoảng"),
        "due.kind.recurring": QT_TRANSLATE_NOOP("Messages", "định kỳ"),
        "due.kind.continuous": QT_TRANSLATE_NOOP("Messages", "thường xuyên"),
        "due.kind.unknown": QT_TRANSLATE_NOOP("Messages", "chưa rõ"),
        "due.label.deadline": QT_TRANSLATE_NOOP("Messages", "hạn {date}"),
        "due.label.range": QT_TRANSLATE_NOOP("Messages", "{start} – {end}"),
        "due.label.recurring": QT_TRANSLATE_NOOP("Messages", "định kỳ đến {end}"),
        "due.label.recurring_once": QT_TRANSLATE_NOOP("Messages", "định kỳ, hạn {date}"),
        "due.label.recurring_many": QT_TRANSLATE_NOOP("Messages", "định kỳ {count} lần, lần cuối {last}"),
        "due.label.continuous": QT_TRANSLATE_NOOP("Messages", "thường xuyên đến {end}"),
        "due.label.unknown": QT_TRANSLATE_NOOP("Messages", "chưa rõ thời hạn"),
    }
)


def due_kind_label(kind: str) -> str:
    """The Vietnamese name of a kind, for the filter list."""
    if kind not in DUE_KINDS:
        raise ValueError(f"unknown due kind {kind!r}")
    return str(Message(f"due.kind.{kind}"))


@dataclass(frozen=True)
class DueRange:
    kind: str
    start: dt.date | None
    end: dt.date | None
    occurrences: tuple[dt.date, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in DUE_KINDS:
            raise ValueError(f"unknown due kind {self.kind!r}")
        if self.kind == "unknown" and (self.start or self.end or self.occurrences):
            raise ValueError("an unknown due time has no dates")
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"due start {self.start} after end {self.end}")
        if list(self.occurrences) != sorted(set(self.occurrences)):
            raise ValueError("occurrences must be sorted and distinct")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "start": _iso(self.start), "end": _iso(self.end)}
        if self.occurrences:
            out["occurrences"] = [d.isoformat() for d in self.occurrences]
        return out

    def label_message(self) -> Message:
        if self.kind == "deadline":
            return Message("due.label.deadline", date=date_text(self.end))
        if self.kind == "range":
            return Message("due.label.range", start=date_text(self.start), end=date_text(self.end))
        if self.kind == "recurring":
            if len(self.occurrences) == 1:
                return Message("due.label.recurring_once", date=date_text(self.occurrences[0]))
            if self.occurrences:
                return Message(
                    "due.label.recurring_many",
                    count=number(len(self.occurrences)),
                    last=date_text(self.occurrences[-1]),
                )
            return Message("due.label.recurring", end=date_text(self.end))
        if self.kind == "continuous":
            return Message("due.label.continuous", end=date_text(self.end))
        return Message("due.label.unknown")

    def label(self) -> str:
        """Short text shown beside the user's own: "hạn 31/07/2025", "01/07/2025 – 31/12/2025"."""
        return str(self.label_message())

    def is_overdue(self, as_of: dt.date) -> bool:
        last = self.occurrences[-1] if self.occurrences else self.end
        return last is not None and last < as_of


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


UNKNOWN = DueRange("unknown", None, None)
