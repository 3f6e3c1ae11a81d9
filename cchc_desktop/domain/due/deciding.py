"""Deciding what a reading means: the kind, the range and the occurrences, with a missing year
taken from the plan's period (see the package's docstring for the rules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from .ranges import UNKNOWN, DueRange
from .reading import Day, Reading, Span, days_in, valid_date

_MAX_OCCURRENCES = 1000


@dataclass(frozen=True)
class DuePeriod:
    start: dt.date
    end: dt.date

    def candidate_years(self) -> range:
        return range(max(1, self.start.year - 1), min(9999, self.end.year + 1) + 1)

    def distance(self, first: dt.date, last: dt.date) -> int:
        if last < self.start:
            return (self.start - last).days
        if first > self.end:
            return (first - self.end).days
        return 0


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, days_in(year, month))


def _span_bounds(span: Span, period: DuePeriod) -> tuple[dt.date, dt.date]:
    if span.year is not None:
        return dt.date(span.year, span.first, 1), _month_end(span.year, span.last)
    # No year written: every year of the period it falls in, else the nearest one.
    fits: list[tuple[dt.date, dt.date]] = []
    nearest: tuple[int, dt.date, dt.date] | None = None
    for year in period.candidate_years():
        first, last = dt.date(year, span.first, 1), _month_end(year, span.last)
        gap = period.distance(first, last)
        if gap == 0:
            fits.append((first, last))
        elif nearest is None or gap < nearest[0]:
            nearest = (gap, first, last)
    if fits:
        return fits[0][0], fits[-1][1]
    assert nearest is not None  # candidate_years is never empty
    return nearest[1], nearest[2]


def _day_dates(day: Day, period: DuePeriod) -> list[dt.date]:
    """The date(s) a day names: itself, or without a year each fitting year of the period."""
    if day.year is not None:
        return [dt.date(day.year, day.month, day.day)]
    fits: list[dt.date] = []
    nearest: tuple[int, dt.date] | None = None
    for year in period.candidate_years():
        if not valid_date(year, day.month, day.day):
            continue
        date = dt.date(year, day.month, day.day)
        gap = period.distance(date, date)
        if gap == 0:
            fits.append(date)
        elif nearest is None or gap < nearest[0]:
            nearest = (gap, date)
    if fits:
        return fits
    return [nearest[1]] if nearest else []


def decide(reading: Reading, period: DuePeriod) -> DueRange:
    deadlines = _deadline_dates(reading, period)
    if reading.recurring:
        return _recurring(reading, period, deadlines)
    if deadlines:
        end = max(deadlines)
        return DueRange("deadline", min(period.start, end), end)
    window = _window(reading, period, reading.spans)
    if reading.continuous:
        start, end = window or (period.start, period.end)
        return DueRange("continuous", start, end)
    if window:
        return DueRange("range", *window)
    return UNKNOWN


def _deadline_dates(reading: Reading, period: DuePeriod) -> list[dt.date]:
    """Dates named as deadlines: day dates that neither open nor close a span, "trước tháng 9"
    (the day before), "chậm nhất tháng 9" (its last day). A missing year: the last fitting one."""
    out: list[dt.date] = []
    for day in reading.days:
        if day.role == "":
            dates = _day_dates(day, period)
            if dates:
                out.append(dates[-1])
    for span in reading.spans:
        if span.role in ("before", "by"):
            first, last = _span_bounds(span, period)
            if span.role == "by":
                out.append(last)
            elif first > dt.date.min:
                out.append(first - dt.timedelta(days=1))
    return out


def _window(reading: Reading, period: DuePeriod, spans: list[Span]) -> tuple[dt.date, dt.date] | None:
    """The span the text names: spans and the dates that open or close one. "Từ X" with nothing
    after it runs to the period's end."""
    bounds: list[tuple[dt.date, dt.date, int, str]] = []
    for span in spans:
        if span.role not in ("before", "by"):
            bounds.append((*_span_bounds(span, period), span.pos, span.role))
    for day in reading.days:
        if day.role in ("start", "end"):
            dates = _day_dates(day, period)
            if dates:
                bounds.append((dates[0], dates[-1], day.pos, day.role))
    if not bounds:
        return None
    starts = [b[0] for b in bounds if b[3] == "start"]
    ends = [b[1] for b in bounds if b[3] == "end"]
    start = min(starts) if starts else min(b[0] for b in bounds)
    end = max(ends) if ends else max(b[1] for b in bounds)
    if starts and not ends:
        last_opening = max(b[2] for b in bounds if b[3] == "start")
        if all(b[2] <= last_opening for b in bounds):
            end = max(end, period.end)
    if start > end:  # written backwards: take the whole of what was named
        start, end = min(b[0] for b in bounds), max(b[1] for b in bounds)
    return start, end


def _recurring(reading: Reading, period: DuePeriod, deadlines: list[dt.date]) -> DueRange:
    # In a yearly rhythm, a month or day without a year is a template repeated each year, not
    # the window: "tháng 12 hàng năm".
    templates = [s for s in reading.spans if s.year is None and s.role not in ("start", "end")]
    framing = (
        [s for s in reading.spans if s.year is not None or s.role in ("start", "end")]
        if reading.annual
        else reading.spans
    )
    start, end = _window(reading, period, framing) or (period.start, period.end)
    occurrences = list(islice(_occurrences(reading, start, end, templates), _MAX_OCCURRENCES))
    if not occurrences and not (reading.annual and (templates or _due_days(reading))):
        occurrences = _named_dates(reading, period, deadlines)
    occurrences = sorted(set(occurrences))[:_MAX_OCCURRENCES]
    if occurrences:
        start, end = min(start, occurrences[0]), max(end, occurrences[-1])
    return DueRange("recurring", start, end, tuple(occurrences))


def _named_dates(reading: Reading, period: DuePeriod, deadlines: list[dt.date]) -> list[dt.date]:
    """The dates a recurring text names, each year of the period for a date without one."""
    out = list(deadlines)
    for day in _due_days(reading):
        out.extend(_day_dates(day, period))
    return out


def _due_days(reading: Reading) -> list[Day]:
    """Day dates that are due dates, not the bounds of a span ("từ 1/7 đến 31/12")."""
    return [d for d in reading.days if d.role == ""]


def _occurrences(reading: Reading, start: dt.date, end: dt.date, templates: list[Span]) -> Iterator[dt.date]:
    """Due dates of a rhythm the text spells out, between start and end: a day and month each
    year ("25/11 hàng năm", "tháng 12 hàng năm": its last day), a day each month."""
    if reading.annual:
        marks = [(d.month, d.day) for d in _due_days(reading)]
        for year in range(start.year, end.year + 1):
            dates = [dt.date(year, m, d) for m, d in marks if valid_date(year, m, d)]
            dates += [_month_end(year, s.last) for s in templates]
            yield from (d for d in dates if start <= d <= end)
    elif reading.monthly and reading.lone_days:
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            last_day = days_in(year, month)
            for day in reading.lone_days:
                date = dt.date(year, month, min(day, last_day))
                if start <= date <= end:
                    yield date
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
