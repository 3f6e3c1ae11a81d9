"""The document fields of a plan as the form gives them and as they are stored (and compared
by undo): text cleaned, a date as ISO text, lines as a tuple, body sections as (heading, text)
pairs, the period as its five stored columns. One place, so that an edit's old and new values
always have the shape the database reads back."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..domain import (
    MAX_NAME_LENGTH,
    MAX_NUMBER_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_YEAR,
    MIN_YEAR,
    BodySection,
    Period,
)
from ..domain.numbering import NUMBERING_MODES
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..text import clean

define_messages(
    {
        "plan.bad_date": QT_TRANSLATE_NOOP(
            "Messages", "Ngày «{value}» không hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 31/7/2025)."
        ),
        "plan.bad_period": QT_TRANSLATE_NOOP("Messages", "Kỳ kế hoạch không hợp lệ: {value}."),
        "plan.field_too_long": QT_TRANSLATE_NOOP("Messages", "Trường «{field}» dài quá {limit} ký tự."),
        "plan.bad_numbering": QT_TRANSLATE_NOOP(
            "Messages", "Cách đánh số «{value}» không có (per_section hoặc continuous)."
        ),
    }
)

_ONE_LINE = {"title": MAX_NAME_LENGTH, "issuer": MAX_NAME_LENGTH, "number": MAX_NUMBER_LENGTH,
             "symbol": MAX_NUMBER_LENGTH, "place": MAX_NAME_LENGTH, "signer_name": MAX_NAME_LENGTH,
             "signer_position": MAX_NAME_LENGTH, "signer_authority": MAX_NAME_LENGTH}  # fmt: skip
_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")


def parse_date(value: Any) -> dt.date | None:
    """A date from a date, "2025-07-31" or "31/7/2025"; None for nothing; else refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        match = _DMY.match(text)
        if match:
            day, month, year = map(int, match.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInputError("plan.bad_date", value=text) from None


def _lines(value: Any) -> tuple[str, ...]:
    items = value.split("\n") if isinstance(value, str) else list(value or ())
    return tuple(line for line in (" ".join(clean(str(v)).split()) for v in items) if line)


def _period(value: Any) -> tuple[Any, ...]:
    if isinstance(value, Period):
        value = (value.kind, value.year, value.half, value.start_year, value.end_year)
    kind, year, half, start, end = tuple(value)
    years = [y for y in (year, start, end) if y is not None]
    valid = (
        (kind == "year" and year is not None and half is None)
        or (kind == "half_year" and year is not None and half in (1, 2))
        or (kind == "multi_year" and start is not None and end is not None and start <= end)
    ) and all(MIN_YEAR <= int(y) <= MAX_YEAR for y in years)
    if not valid:
        raise InvalidInputError("plan.bad_period", value=repr(tuple(value)))
    if kind == "multi_year":
        return (kind, None, None, int(start), int(end))
    return (kind, int(year), int(half) if half is not None else None, None, None)


def stored_value(field: str, value: Any) -> Any:
    """``value`` of a document field in the form it is stored and read back."""
    if field == "issued_date":
        date = parse_date(value)
        return date.isoformat() if date else None
    if field in ("issuer_header", "recipients"):
        return _lines(value)
    if field == "body":
        pairs = [(b.heading, b.text) if isinstance(b, BodySection) else tuple(b) for b in value or ()]
        return tuple((clean(str(h)), clean(str(t))) for h, t in pairs)
    if field == "period":
        return _period(value)
    if field == "numbering":
        if value not in NUMBERING_MODES:
            raise InvalidInputError("plan.bad_numbering", value=str(value))
        return value
    text = clean("" if value is None else str(value))
    limit = _ONE_LINE.get(field, MAX_TEXT_LENGTH)
    if field in _ONE_LINE:
        text = " ".join(text.split())
    if len(text) > limit:
        raise InvalidInputError("plan.field_too_long", field=field, limit=limit)
    return text
