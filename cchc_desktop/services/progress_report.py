"""The progress report's data, read on the calling thread from the task register (``ws.register``:
its rows with their due times read, rolled up per reform area) and the plan's targets.

Decisions:
- The period is a quarter, a half or the whole of the report's year: the year of ``as_of`` kept
  within the plan's years (a 2026–2030 plan reports on the year asked). ``as_of`` defaults to
  today, and never runs past the period's end.
- Status is as of ``as_of``: a row done after that date counts as still in progress then.
- Per area, every row of the plan counts (as the register's dashboard does), with how many fall
  due by the period's end beside them.
- Listed as done: rows completed within the period up to ``as_of`` (and done rows without a
  date). Listed as not done: rows due by the period's end and not done as of ``as_of`` (overdue
  ones marked), and rows decided against (không thực hiện), each with its reason.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..domain import status_label
from ..domain.register import RegisterRow, Tally, TargetFigures, roll_up
from ..domain.targets import comparator_symbol
from ..exporters.progress_data import AreaLine, ProgressReportData, TargetLine, TaskLine
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..text import clean
from .documents import PreparedDocument, slug
from .jobs import Job

if TYPE_CHECKING:
    from .workspace import Workspace

define_messages(
    {
        "progress.period.q": QT_TRANSLATE_NOOP("Messages", "quý {quarter} năm {year}"),
        "progress.period.h1": QT_TRANSLATE_NOOP("Messages", "6 tháng đầu năm {year}"),
        "progress.period.h2": QT_TRANSLATE_NOOP("Messages", "6 tháng cuối năm {year}"),
        "progress.period.year": QT_TRANSLATE_NOOP("Messages", "năm {year}"),
        "progress.whole_plan": QT_TRANSLATE_NOOP("Messages", "Toàn kế hoạch"),
    }
)

_QUARTERS = {"q1": (1, "I"), "q2": (4, "II"), "q3": (7, "III"), "q4": (10, "IV")}


def period_window(period: str, year: int) -> tuple[dt.date, dt.date, str]:
    """First and last day of ``period`` (q1..q4, h1, h2, year) in ``year``, and its label."""
    if period in _QUARTERS:
        month, roman = _QUARTERS[period]
        end = dt.date(year, month + 2, 31 if month + 2 in (3, 12) else 30)
        return dt.date(year, month, 1), end, str(Message("progress.period.q", quarter=roman, year=year))
    if period == "h1":
        return dt.date(year, 1, 1), dt.date(year, 6, 30), str(Message("progress.period.h1", year=year))
    if period == "h2":
        return dt.date(year, 7, 1), dt.date(year, 12, 31), str(Message("progress.period.h2", year=year))
    return dt.date(year, 1, 1), dt.date(year, 12, 31), str(Message("progress.period.year", year=year))


def _as_of_then(row: RegisterRow, as_of: dt.date) -> RegisterRow:
    """The row as it stood on ``as_of``: done later means still in progress then."""
    if row.status == "done" and row.done_on is not None and row.done_on > as_of:
        return row._replace(status="in_progress", done_on=None)
    return row


def _area(code: str, title: str, tally: Tally, due: int) -> AreaLine:
    return AreaLine(
        code=code,
        title=title,
        rows=tally.rows,
        due_in_period=due,
        done=tally.done,
        in_progress=tally.in_progress,
        not_started=tally.not_started,
        cancelled=tally.cancelled,
        overdue=tally.overdue,
        done_late=tally.done_late,
        completion=tally.completion,
    )


def _task(row: RegisterRow, as_of: dt.date) -> TaskLine:
    code = f"{row.section_code}.{row.item_number}" if row.item_number else row.section_code
    task = clean(row.task) or clean(row.objective)
    if row.activity and clean(row.activity) != task:
        task = f"{task}\n– {clean(row.activity)}" if task else clean(row.activity)
    overdue = row.is_overdue(as_of)
    status = status_label(row.status)
    if overdue:
        status = str(Message("progress.overdue_status", status=status))
    return TaskLine(
        code=code,
        task=task,
        lead=", ".join(row.lead),
        due=clean(row.due_text),
        status=status,
        done_on=row.done_on,
        note=clean(row.note),
        reason=clean(row.reason),
        overdue=overdue,
    )


def progress_data(ws: Workspace, plan_id: int, period: str, as_of: dt.date | None) -> ProgressReportData:
    doc_info = ws.plans.document(plan_id).plan  # the letterhead, signer and recipients
    plan_period = doc_info.period
    wanted = as_of or ws.today()
    year = min(max(wanted.year, plan_period.first_year), plan_period.last_year)
    start, end, label = period_window(period, year)
    as_of = min(wanted, end) if as_of is None else as_of
    view = ws.register.view(plan_id, as_of)
    rows = [_as_of_then(row, as_of) for row in view.rows]
    targets = ws.targets.all(plan_id)
    figures = TargetFigures(
        total=len(targets),
        with_figure=sum(1 for t in targets if t.met is not None),
        met=sum(1 for t in targets if t.met is True),
        not_met=sum(1 for t in targets if t.met is False),
    )
    dashboard = roll_up(rows, view.sections, view.items, as_of, targets=figures)

    def due_by_end(row: RegisterRow) -> bool:
        return row.due.end is not None and row.due.end <= end

    due_counts: dict[str, int] = {}
    for row in rows:
        if due_by_end(row):
            due_counts[row.section_uuid] = due_counts.get(row.section_uuid, 0) + 1
    data = ProgressReportData(
        plan=doc_info,
        plan_title=view.plan.title,
        period_label=label,
        start=start,
        end=end,
        as_of=as_of,
        areas=[
            _area(s.section.code, s.section.title, s.tally, due_counts.get(s.section.uuid, 0))
            for s in dashboard.sections
        ],
        total=_area("", str(Message("progress.whole_plan")), dashboard.total, sum(due_counts.values())),
        targets=[
            TargetLine(
                area=t.area,
                text=t.text,
                target=f"{comparator_symbol(t.comparator)} {t.target} {t.unit}".strip() if t.target else "",
                reached=f"{t.reached} {t.unit}".strip() if t.reached else "",
                met=t.met,
            )
            for t in targets
        ],
    )
    for row in rows:
        if row.status == "done":
            if row.done_on is None or start <= row.done_on <= as_of:
                data.done.append(_task(row, as_of))
        elif row.status == "cancelled" or due_by_end(row) or row.is_overdue(as_of):
            data.not_done.append(_task(row, as_of))
    return data


def prepare_progress_report(
    ws: Workspace, plan_id: int, fmt: str, period: str, as_of: dt.date | None
) -> PreparedDocument:
    data = progress_data(ws, plan_id, period, as_of)
    stem = f"bao-cao-tien-do-{slug(data.period_label)}-{slug(data.plan.issuer or 'ke-hoach', 30)}".strip("-")

    def make() -> Any:
        from ..exporters.pdf.progress_report import progress_document

        return progress_document(data)

    if fmt == "pdf":

        def write_pdf(path, job: Job) -> None:
            from ..exporters.pdf import write_pdf as write

            write(make(), path, **job.callbacks())

        def render(job: Job) -> bytes:
            from ..exporters.pdf import render_pdf

            return render_pdf(make(), **job.callbacks())

        return PreparedDocument("progress", fmt, data.title(), stem, write_pdf, render, {"plan_id": plan_id})

    def write_xlsx(path, job: Job) -> None:
        from ..exporters.xlsx_progress import write_progress_xlsx

        write_progress_xlsx(data, path, **job.callbacks())

    return PreparedDocument("progress", fmt, data.title(), stem, write_xlsx, None, {"plan_id": plan_id})
