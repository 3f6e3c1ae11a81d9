"""The progress report of a plan for a quarter, a half or the year, as plain data: what the PDF
(``pdf/progress_report.py``) and the workbook (``xlsx_progress.py``) both lay out. Built by
``services/progress_report.py`` from the task register's roll-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain import PlanInfo
from ..i18n import QT_TRANSLATE_NOOP, Message, date_text, define_messages, percent_text

define_messages(
    {
        "progress.title": QT_TRANSLATE_NOOP(
            "Messages", "Kết quả thực hiện công tác cải cách hành chính {period}"
        ),
        "progress.as_of": QT_TRANSLATE_NOOP("Messages", "(Số liệu tính đến ngày {date})"),
        "progress.met": QT_TRANSLATE_NOOP("Messages", "Đạt"),
        "progress.not_met": QT_TRANSLATE_NOOP("Messages", "Không đạt"),
        "progress.no_figure": QT_TRANSLATE_NOOP("Messages", "Chưa có số liệu"),
        "progress.overdue": QT_TRANSLATE_NOOP("Messages", "Quá hạn"),
        "progress.overdue_status": QT_TRANSLATE_NOOP("Messages", "Quá hạn ({status})"),
    }
)


@dataclass(frozen=True)
class AreaLine:
    """One reform area (or the whole plan): its rows as of the report date."""

    code: str
    title: str
    rows: int = 0
    due_in_period: int = 0  # rows falling due by the end of the period
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    cancelled: int = 0
    overdue: int = 0
    done_late: int = 0
    completion: Decimal | None = None  # done over rows not cancelled, in percent

    def completion_text(self) -> str:
        return percent_text(self.completion) if self.completion is not None else "–"


@dataclass(frozen=True)
class TargetLine:
    area: str
    text: str
    target: str  # "≥ 99 %", "" when the target names no figure
    reached: str
    met: bool | None

    def verdict(self) -> str:
        code = {True: "progress.met", False: "progress.not_met", None: "progress.no_figure"}[self.met]
        return str(Message(code))


@dataclass(frozen=True)
class TaskLine:
    """One annex row listed in the report: done in the period, or not done with its reason."""

    code: str  # "III.2"
    task: str  # the task, and the activity when it has one
    lead: str
    due: str
    status: str  # its label, "Quá hạn (Đang thực hiện)" when overdue
    done_on: dt.date | None = None
    note: str = ""  # kết quả thực hiện
    reason: str = ""
    overdue: bool = False

    def done_text(self) -> str:
        return date_text(self.done_on)


@dataclass
class ProgressReportData:
    plan: PlanInfo
    plan_title: str
    period_label: str  # "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026"
    start: dt.date
    end: dt.date
    as_of: dt.date
    areas: list[AreaLine] = field(default_factory=list)
    total: AreaLine = field(default_factory=lambda: AreaLine("", ""))
    targets: list[TargetLine] = field(default_factory=list)
    done: list[TaskLine] = field(default_factory=list)
    not_done: list[TaskLine] = field(default_factory=list)

    def title(self) -> str:
        return str(Message("progress.title", period=self.period_label))

    def as_of_note(self) -> str:
        return str(Message("progress.as_of", date=date_text(self.as_of)))
