"""Criteria that follow from the task register, computed and offered with their figures (the user
applies them, or scores otherwise with a reason):

- ``plan_on_time``: the plan of the assessed year was issued by the deadline. The deadline is, in
  this order: a date in the criterion's text or evidence hint ("trước ngày 15/01"), the set's
  parameter (``cchc criteria deadline``), else 31/12 of the year before. A day and month without
  a year fall in the year before when the month is October or later, else in the assessed year.
  Without a plan in the register, or a plan without its date of issue, nothing is offered.
- ``rows_done_rate``: rows of the plan done by the end of the period (31/12 of the year), over
  every row of the plan (cancelled rows count as not done). A row marked done without a date
  counts as done.
- ``tag:<slug>``: rows carrying the tag ("kiem-tra", "doi-thoai"…) that are done: the number of
  inspections, dialogues… held. A yes/no rule asks for at least one.

The plan is the assessment's own (``--plan``), else the yearly plan of that year, else its
6-month plans taken together."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from ..domain.assessment import ScoreEntry
from ..domain.criteria import Criterion, register_source_text
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, date_text, define_messages
from ..scoring.rules import ChoiceRule, CountRule, RateRule, YesNoRule, score_criterion
from ..storage import register_figures as register_store
from ..storage.register_figures import PlanIssue, RowState
from ..storage.session import Database
from ..text import fold
from .criteria import parse_deadline

define_messages(
    {
        "register.no_plan": QT_TRANSLATE_NOOP(
            "Messages", "Sổ nhiệm vụ chưa có kế hoạch CCHC năm {year} (hãy chọn kế hoạch cho bản chấm điểm)."
        ),
        "register.no_issue_date": QT_TRANSLATE_NOOP(
            "Messages", "Kế hoạch «{title}» chưa ghi ngày ban hành (hạn {deadline})."
        ),
        "register.on_time": QT_TRANSLATE_NOOP(
            "Messages", "Kế hoạch {reference} ban hành ngày {date}, hạn {deadline}: đúng hạn."
        ),
        "register.late": QT_TRANSLATE_NOOP(
            "Messages", "Kế hoạch {reference} ban hành ngày {date}, hạn {deadline}: trễ hạn."
        ),
        "register.rows_done": QT_TRANSLATE_NOOP(
            "Messages", "{done}/{total} dòng nhiệm vụ hoàn thành đến {date} ({plans})."
        ),
        "register.no_rows": QT_TRANSLATE_NOOP("Messages", "Kế hoạch chưa có dòng nhiệm vụ nào."),
        "register.tagged": QT_TRANSLATE_NOOP(
            "Messages", "{done} dòng nhãn «{tag}» đã hoàn thành (trên {total} dòng có nhãn)."
        ),
        "register.unusable": QT_TRANSLATE_NOOP("Messages", "Số liệu từ sổ không hợp cách chấm: {reason}"),
    }
)

_DEADLINE_IN_TEXT = re.compile(
    r"(?:truoc|cham nhat|han|den|trong thoi han)\s*(?:ngay\s*)?(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)"
)


@dataclass(frozen=True)
class RegisterFigure:
    """What the register says for one criterion. ``entry`` holds the figure fields to apply
    (None: nothing to offer); ``score`` what they give under the rule; ``note`` the figures."""

    code: str
    source: str
    note: Message
    entry: ScoreEntry | None = None
    score: Decimal | None = None
    plan_uuid: str = ""

    @property
    def available(self) -> bool:
        return self.entry is not None

    def differs_from(self, entry: ScoreEntry) -> bool:
        """The entry declares another figure than the register's."""
        if self.entry is None or not entry.has_figure():
            return False
        mine, theirs = self.entry, entry
        return fold(mine.choice or "") != fold(theirs.choice or "") or (
            mine.numerator,
            mine.denominator,
            mine.count,
        ) != (theirs.numerator, theirs.denominator, theirs.count)


def plan_deadline(criterion: Criterion, set_deadline: str, year: int) -> dt.date:
    text = fold(f"{criterion.text} {criterion.evidence_hint}")
    found = _DEADLINE_IN_TEXT.search(text)
    parsed = parse_deadline(found.group(1).replace(" ", "")) if found else None
    if parsed is None and set_deadline:
        parsed = parse_deadline(set_deadline)
    if parsed is None:
        return dt.date(year - 1, 12, 31)
    day, month, explicit = parsed
    in_year = explicit if explicit is not None else (year - 1 if month >= 10 else year)
    try:
        return dt.date(in_year, month, day)
    except ValueError:
        return dt.date(in_year, month, 28)


def plans_for(db: Database, year: int, plan_uuid: str) -> list[PlanIssue]:
    if plan_uuid:
        chosen = register_store.plan_by_uuid(db, plan_uuid)
        return [chosen] if chosen is not None else []
    found = register_store.yearly_plans(db, year)
    yearly = [p for p in found if p.period_kind == "year"]
    return yearly[:1] or found


def figures(
    db: Database,
    leaves: list[Criterion],
    year: int,
    plan_uuid: str,
    set_deadline: str,
    today: dt.date,
) -> dict[str, RegisterFigure]:
    """Every leaf with a register source, with what the register offers for it."""
    sourced = [c for c in leaves if c.register_source]
    if not sourced:
        return {}
    plans = plans_for(db, year, plan_uuid)
    out: dict[str, RegisterFigure] = {}
    for criterion in sourced:
        source = criterion.register_source
        if not plans:
            out[criterion.code] = RegisterFigure(
                criterion.code, source, Message("register.no_plan", year=year)
            )
            continue
        if source == "plan_on_time":
            deadline = plan_deadline(criterion, set_deadline, year)
            figure = _plan_on_time(criterion, plans[0], deadline)
        elif source == "rows_done_rate":
            rows = [r for p in plans for r in register_store.row_states(db, p.id)]
            figure = _rows_done(
                criterion, plans, rows, min(dt.date(year, 12, 31), max(today, dt.date(year, 1, 1)))
            )
        else:
            tag = source.split(":", 1)[1]
            rows = [r for p in plans for r in register_store.tagged_rows(db, p.id, tag)]
            figure = _tagged(criterion, tag, rows)
        out[criterion.code] = _scored(criterion, figure, plans[0].uuid)
    return out


def _scored(criterion: Criterion, figure: RegisterFigure, plan_uuid: str) -> RegisterFigure:
    if figure.entry is None:
        return RegisterFigure(figure.code, figure.source, figure.note, plan_uuid=plan_uuid)
    try:
        score = score_criterion(criterion, figure.entry)
    except InvalidInputError as error:
        note = Message("register.unusable", reason=Message(error.code, **error.params))
        return RegisterFigure(figure.code, figure.source, note, plan_uuid=plan_uuid)
    return RegisterFigure(figure.code, figure.source, figure.note, figure.entry, score, plan_uuid)


def _plan_on_time(criterion: Criterion, plan: PlanIssue, deadline: dt.date) -> RegisterFigure:
    code, source = criterion.code, criterion.register_source
    if plan.issued_on is None:
        return RegisterFigure(
            code, source, Message("register.no_issue_date", title=plan.title, deadline=date_text(deadline))
        )
    on_time = plan.issued_on <= deadline
    note = Message(
        "register.on_time" if on_time else "register.late",
        reference=plan.reference or f"«{plan.title}»",
        date=date_text(plan.issued_on),
        deadline=date_text(deadline),
    )
    rule = criterion.rule
    if isinstance(rule, YesNoRule):
        return RegisterFigure(code, source, note, ScoreEntry(code, choice="có" if on_time else "không"))
    if isinstance(rule, ChoiceRule):
        label = _timeliness_choice(rule, on_time)
        return RegisterFigure(code, source, note, ScoreEntry(code, choice=label))
    return RegisterFigure(code, source, note)


def _timeliness_choice(rule: ChoiceRule, on_time: bool) -> str:
    """The choice that says "on time" ("đúng hạn"), or "late" ("trễ hạn", "chậm", "quá hạn"); by
    points when the labels say neither (the most for on time, the middle one for late)."""
    keys = [(fold(c.label), c) for c in rule.choices]
    if on_time:
        named = [c for k, c in keys if "dung han" in k or "dung thoi han" in k]
        return (named or [max(rule.choices, key=lambda c: c.points)])[0].label
    named = [c for k, c in keys if re.search(r"\b(tre|cham|qua han)\b", k)]
    if named:
        return named[0].label
    ordered = sorted(rule.choices, key=lambda c: c.points)
    return ordered[len(ordered) // 2].label if len(ordered) > 2 else ordered[0].label


def _rows_done(
    criterion: Criterion, plans: list[PlanIssue], rows: list[RowState], by: dt.date
) -> RegisterFigure:
    code, source = criterion.code, criterion.register_source
    if not rows:
        return RegisterFigure(code, source, Message("register.no_rows"))
    done = sum(1 for r in rows if r.status == "done" and (r.done_on is None or r.done_on <= by))
    note = Message(
        "register.rows_done",
        done=done,
        total=len(rows),
        date=date_text(by),
        plans="; ".join(p.reference or p.title for p in plans),
    )
    if isinstance(criterion.rule, RateRule):
        return RegisterFigure(
            code, source, note, ScoreEntry(code, numerator=Decimal(done), denominator=Decimal(len(rows)))
        )
    return RegisterFigure(code, source, note)


def _tagged(criterion: Criterion, tag: str, rows: list[RowState]) -> RegisterFigure:
    code, source = criterion.code, criterion.register_source
    done = sum(1 for r in rows if r.status == "done")
    label = register_source_text(criterion.register_source).rpartition(": ")[2]
    note = Message("register.tagged", done=done, tag=label, total=len(rows))
    if isinstance(criterion.rule, CountRule):
        return RegisterFigure(code, source, note, ScoreEntry(code, count=Decimal(done)))
    if isinstance(criterion.rule, YesNoRule):
        return RegisterFigure(code, source, note, ScoreEntry(code, choice="có" if done else "không"))
    return RegisterFigure(code, source, note)
