"""Progress of a row of the annex and the evidence documents attached to it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages

__all__ = ["ROW_STATUSES", "EvidenceDocument", "RowProgress", "status_label"]

ROW_STATUSES = ("not_started", "in_progress", "done", "cancelled")

define_messages(
    {
        "status.not_started": QT_TRANSLATE_NOOP("Messages", "Chưa thực hiện"),
        "status.in_progress": QT_TRANSLATE_NOOP("Messages", "Đang thực hiện"),
        "status.done": QT_TRANSLATE_NOOP("Messages", "Hoàn thành"),
        "status.cancelled": QT_TRANSLATE_NOOP("Messages", "Không thực hiện"),
        "status.done_late": QT_TRANSLATE_NOOP("Messages", "Hoàn thành (trễ hạn)"),
    }
)


def status_label(status: str) -> str:
    return str(Message(f"status.{status}"))


@dataclass
class RowProgress:
    """Where a row stands. "Done late" is derived: done after the row's due end."""

    status: str = "not_started"
    done_on: dt.date | None = None
    note: str = ""  # kết quả thực hiện
    reason: str = ""  # why it is not done / cancelled

    @property
    def is_closed(self) -> bool:
        return self.status in ("done", "cancelled")

    def is_empty(self) -> bool:
        return self == RowProgress()


@dataclass
class EvidenceDocument:
    """A file in the evidence store (named by its SHA-256, never modified) and what it is."""

    sha256: str
    file_name: str  # the name the user gave it
    size: int
    number: str = ""  # số hiệu văn bản: "125/QĐ-UBND"
    issued_on: dt.date | None = None
    issuer: str = ""
    title: str = ""
    id: int | None = field(default=None, compare=False)
    uuid: str = field(default="", compare=False)

    def describe(self) -> str:
        parts = [p for p in (self.number, self.title or self.file_name) if p]
        if self.issued_on:
            parts.append(self.issued_on.strftime("%d/%m/%Y"))
        return " – ".join(parts)
