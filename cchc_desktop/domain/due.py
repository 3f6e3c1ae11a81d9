"""The due time of an annex row ("Thời gian hoàn thành"), read from the free text users write.

The text stays as the user wrote it; :func:`parse_due` reads it into a :class:`DueRange`: a kind
(deadline, range, recurring, continuous, unknown) and the dates it names. Pure: no I/O, no Qt.

How the text is read (folded: lower case, no accents, đ → d; any dash is "-"):
1. Time expressions are taken out one family at a time, most specific first, each masked once
   read so that no piece is read twice: document references ("số 12/QĐ-UBND ngày ...", whose
   dates are not due dates), spelled dates ("ngày 5 tháng 9 năm 2025"), quarters, halves, months,
   day dates (31/7/2025, 31.7.25, "ngày 31/7"), month/year (12/2025), years and spans of years,
   "cả năm", "đầu/cuối năm" (quý I / quý IV), lone days ("trước ngày 20").
2. The kind, by precedence: a rhythm (hàng tháng, hằng năm, định kỳ, "tháng, quý, năm") makes it
   recurring; otherwise a named date makes it a deadline (a named deadline wins over a vaguer
   span); otherwise "thường xuyên"/"liên tục" make it continuous; otherwise spans make a range;
   nothing at all makes it unknown. A text that names no time is never given dates.
3. Words before an expression give it a role: "từ" opens a span, "đến"/"-" after another
   expression closes it, "trước tháng 9" is a deadline the day before the month starts,
   "chậm nhất tháng 9" one on its last day.

Decisions where the users' forms leave a choice:
- A missing year is the year(s) of the plan's period in which the date or month falls. When it
  falls in several (a bare "Quý IV" in a 2026–2030 plan), a range covers all of them (1/10/2026 –
  31/12/2030) and a deadline is the last of them: nothing is reported overdue on a guess. When it
  falls in none ("Tháng 3" in a July–December plan), the nearest such month or date outside the
  period is meant (March of the next year).
- A deadline's start is the period's start (or the deadline itself when that comes earlier).
- Recurring and continuous rows span the period, or the span the text names
  ("hàng tháng trong quý III, IV"). Occurrences are listed when the text names the day:
  "trước 25/11 hàng năm" (each year of the period), "hàng tháng (trước ngày 20)" (each month);
  "tháng 12 hàng năm" / "quý IV hằng năm" fall due at the end of that month / quarter each year;
  other named dates of a recurring text are its occurrences as written. A quarterly rhythm with a
  lone day ("ngày 15 tháng cuối quý") lists no occurrences.
- Impossible dates ("31/2/2025", "tháng 13") and years outside 1945–2200 are dropped, never
  raised; a bare four-digit number counts as a year only within 10 years of the period.
- Only the first 1,000 characters are read (a due cell is a few words).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, Message, date_text, define_messages, number
from ..text import fold, from_roman

__all__ = ["DUE_KINDS", "DueRange", "due_kind_label", "parse_due"]

DUE_KINDS = ("deadline", "range", "recurring", "continuous", "unknown")

# The years a plan may name (domain/plan.py has the same bounds for plan periods).
_MIN_YEAR, _MAX_YEAR = 1945, 2200
_BARE_YEAR_REACH = 10
_MAX_TEXT = 1000
_MAX_OCCURRENCES = 1000

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


def parse_due(text: str, period_start: dt.date, period_end: dt.date) -> DueRange:
    """Read a due-time text of a plan covering ``period_start`` … ``period_end``. Never raises on
    any text; a swapped period is put right."""
    start, end = _as_date(period_start), _as_date(period_end)
    if start > end:
        start, end = end, start
    return _parse_cached(text if isinstance(text, str) else "", start, end)


def _as_date(value: dt.date) -> dt.date:
    # A datetime is a date, but does not compare with one.
    return value.date() if isinstance(value, dt.datetime) else value


@lru_cache(maxsize=8192)
def _parse_cached(text: str, period_start: dt.date, period_end: dt.date) -> DueRange:
    folded = _normalize(text)
    if not folded:
        return _UNKNOWN
    reading = _Reader(folded, period_start, period_end).read()
    return _decide(reading, _Period(period_start, period_end))


_UNKNOWN = DueRange("unknown", None, None)


# --- reading the text ---------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DOC_HINT = re.compile(r"so|\d[/\-][a-z]|\d/\d{4}/")  # "số ...", "12/QĐ-...", "30/2020/NĐ-CP"


def _fold_table() -> dict[int, str]:
    """text.fold, letter by letter, for the Latin letters and combining marks Vietnamese uses:
    str.translate with it is ten times faster than fold and gives the same text. Any dash
    becomes "-", a backslash "/"."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00)):
        letter = chr(code)
        if not letter.isspace() and fold(letter) != letter:
            table[code] = fold(letter)
    table.update({ord(dash): "-" for dash in "‐‑‒–—―−~"})
    table[ord("\\")] = "/"
    return table


_FOLD = _fold_table()


def _normalize(text: str) -> str:
    folded = text[:_MAX_TEXT].translate(_FOLD).lower()
    if not folded.isascii():
        folded = fold(folded)  # letters the table does not know: fold itself decides
    return " ".join(folded.split())


@dataclass
class _Span:
    """Months first…last of one year; year None when the text did not write it."""

    year: int | None
    first: int
    last: int
    pos: int
    lead: str = ""  # the word before it: "open" (từ), "close" (đến, -), "before", "by"
    role: str = ""  # set by _settle_roles: "", "start", "end", "before", "by"


@dataclass
class _Day:
    """A day date; year None when the text did not write it."""

    day: int
    month: int
    year: int | None
    pos: int
    lead: str = ""
    role: str = ""  # "", "start", "end"


@dataclass
class _Reading:
    spans: list[_Span] = field(default_factory=list)
    days: list[_Day] = field(default_factory=list)
    lone_days: list[int] = field(default_factory=list)
    annual: bool = False
    monthly: bool = False
    recurring: bool = False
    continuous: bool = False


_QN = r"(?:iv|iii|ii|i|[1-4])(?!\w)"
_QN_ITEM = re.compile(r"(?<![a-z])(?:iv|iii|ii|i|[1-4])(?!\w)")
_MONTH_NUM = r"(?:1[0-2]|0?[1-9])(?!\d)"
_SEP = r"\s*(?:,|;|-|\+|&|/|\bva\b|\bden\b|\btoi\b|\bhoac\b)\s*"
# A year written after a month, quarter or half: "/2025", ", năm 2025", " của năm 2025", "/25".
# "năm nay" (this year) is read and left to the period.
_YEAR_AFTER = (
    r"(?:\s*[/,.\-]?\s*(?:(?:cua|trong)\s*)?(?:nam\s*)?(\d{4})(?!\d)"
    r"|\s*(?:/|,?\s*nam)\s*(\d{2})(?!\d)|\s*,?\s*(?:(?:cua|trong)\s*)?nam\s*nay\b)?"
)
_DOC_DATE = r"(?:(?:\s*[\w\-]+){0,3}?\s*,?\s*ngay\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4})?"

_DOC_REF = re.compile(
    r"(?:\bso\s*:?\s*\d+[\w\-/.]*|\b\d+[/\-][a-z]{1,8}[\-/][a-z0-9][\w\-/.]*|\b\d+/\d{4}/[a-z][\w\-/.]*"
    r"|\biso\s*[\d:.]+)" + _DOC_DATE
)
_SPELLED_DATE = re.compile(
    r"\b(?:(?:ngay|mung|mong)\s*(\d{1,2})\s*thang\s*(\d{1,2})(?!\d)(?:\s*,?\s*nam\s*(\d{4})(?!\d))?"
    r"|(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})(?!\d))"
)
# "quí" is the older spelling of "quý".
_QUARTER_WORD = r"(?:quy|qui|q)\.?\s*"
_QUARTERS = re.compile(rf"\b{_QUARTER_WORD}({_QN})((?:{_SEP}(?:{_QUARTER_WORD})?{_QN})*){_YEAR_AFTER}")
_HALF = re.compile(rf"\b(?:(?:0?6|sau)\s*thang|nua)\s*(dau|cuoi)(?:\s*(?:cua\s*)?nam\b)?{_YEAR_AFTER}")
_MONTHS = re.compile(
    rf"\bthang\s*(\d{{1,2}})(?!\d)((?:{_SEP}(?:thang\s*)?{_MONTH_NUM}(?!\s*[.\-]\s*\d{{1,2}}(?!\d)))*)"
    + _YEAR_AFTER
)
_MONTH_ITEM = re.compile(r"\d{1,2}")
# Day/month[/year]. Without a year it must not run on into "/2025" ("7-8/2025" is two months).
_DATE = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?!\d)"
    r"(?:\s*\2\s*(\d{4}|\d{2})(?!\d)|\s*,?\s*nam\s*(\d{4}|\d{2})(?!\d)|(?!\s*[/.]\s*\d|-\d))"
)
_MONTH_YEAR = re.compile(
    rf"(?<![\d/.\-])({_MONTH_NUM})((?:\s*(?:-|,|&|\+|\bva\b)\s*{_MONTH_NUM})*)\s*[/.\-]\s*(\d{{4}})(?!\d)"
)
_ISO_DATE = re.compile(r"(?<![\d/.\-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")  # 2025-12-31, from a spreadsheet
# Patterns start with the digits, not with the optional words before them: a leading optional
# group makes the regex engine try it at every position (three times slower here).
_YEARS = re.compile(
    r"(\d{4})(?!\d)(?<![\d/.\-]\d{4})"
    r"((?:\s*(?:-|,|;|&|\bva\b|\bden\b|\btoi\b)\s*(?:nam\s*)?\d{4}(?!\d))*)"
)
_YEAR_ITEM = re.compile(r"\d{4}")
_EDGE_OF_YEAR = re.compile(rf"\b(dau|cuoi)\s*nam\b(?!\s*nay\b){_YEAR_AFTER}")
_WHOLE_YEAR = re.compile(r"\b(?:(?:ca|trong|suot|het)\s*nam(?:\s*nay)?|nam\s*nay)\b(?!\s*\d)")
_LONE_DAY = re.compile(
    r"\b(?:ngay|mung|mong)\s*(\d{1,2})(?!\d)(?!\s*[/.\-]\s*\d)(?!\s*thang\s*\d)"
    r"|\btruoc\s*(\d{1,2})(?!\d)(?!\s*[/.\-]\s*\d)(?!\s*(?:ngay|thang|nam|tuan|gio|phut)\b)"
)

_MONTHLY = re.compile(r"\b(?:hang|moi)\s*thang\b")
_ANNUAL = re.compile(r"\b(?:hang|moi)\s*nam\b|\bthuong\s*nien\b")
# "tháng cuối quý", "đầu quý" with no quarter named: each quarter.
_RHYTHM = re.compile(
    r"\bdinh\s*ky\b|\b(?:hang|moi)\s*(?:quy|qui|tuan|ngay|(?:0?6|sau)\s*thang)\b"
    r"|\b(?:dau|cuoi)\s*(?:quy|qui)\b(?!\s*(?:[1-4]|iv|i{1,3})\b)"
)
_CADENCE = r"(?:(?:0?6|sau)\s*thang|thang|quy|nam)\b(?!\s*(?:\d|iv\b|i{1,3}\b|nay\b|dau\b|cuoi\b))"
# "Báo cáo tháng, quý, năm": a list of report rhythms, none followed by a number.
_CADENCE_LIST = re.compile(rf"\b{_CADENCE}(?:\s*(?:,|;|/|\bva\b|\bhoac\b)\s*{_CADENCE})+")
_CONTINUOUS = re.compile(
    r"\bthuong\s*xuyen\b|\blien\s*tuc\b|\bsuot\s*(?:thoi\s*gian|qua\s*trinh|giai\s*doan|ky)\b"
)

_YEAR_WORD_BEFORE = re.compile(r"\b(?:nam|giai\s*doan|gd)\s*$")
# The words just before an expression that give it a role (compared as words: a regex search
# per word list cost more than the rest of the reading).
_FILLER_WORDS = frozenset({"ngay", "mung", "mong", "nam", "giai", "doan", "gd"})
_CLOSE_WORDS = frozenset({"den", "toi"})
_BY_TAIL_WORDS = frozenset({"la", "vao", "trong"})


def _lead_of(before: str) -> str:
    """ "open" after "từ"/"kể từ"/"bắt đầu", "close" after "đến"/"tới"/"-" (and "đến hết"),
    "before" after "trước", "by" after "chậm nhất"/"muộn nhất"/"hạn"/"hạn chót"; else ""."""
    words = [w.strip("(),;:") for w in before.split()[-6:]]
    while words and words[-1] in _FILLER_WORDS:
        words.pop()
    if not words:
        return ""
    if words[-1] == "het" and len(words) > 1 and (words[-2] in _CLOSE_WORDS or words[-2].endswith("-")):
        words.pop()
    last, pair = words[-1], words[-2:]
    if last == "tu" or pair == ["bat", "dau"]:
        return "open"
    if last in _CLOSE_WORDS or last.endswith("-"):
        return "close"
    if last == "truoc":
        return "before"
    if last in _BY_TAIL_WORDS and len(words) > 1:
        words.pop()
        last, pair = words[-1], words[-2:]
    if last == "han" or pair in (["cham", "nhat"], ["muon", "nhat"], ["han", "chot"]):
        return "by"
    return ""


def _has_list_mark(text: str) -> bool:
    return "," in text or ";" in text or "/" in text or " va " in f" {text} " or "hoac" in text


class _Reader:
    """Takes the time expressions out of one folded text, family by family."""

    def __init__(self, text: str, period_start: dt.date, period_end: dt.date):
        self.text = text
        self.masked = text
        self.period_start = period_start
        self.period_end = period_end
        self.out = _Reading()

    def read(self) -> _Reading:
        text = self.text
        # Cheap substring checks first: most cells are a few words ("Thường xuyên"), and each
        # pattern costs a scan of the text (a few microseconds on an office PC).
        digits = bool(_DIGIT.search(text))
        month_word, year_word = "thang" in text, "nam" in text
        separators = "/" in text or "." in text or "-" in text
        if digits and _DOC_HINT.search(text):
            self._take(_DOC_REF, lambda m: None)
        if digits and month_word:
            self._take(_SPELLED_DATE, self._spelled_date)
        if "q" in text:
            self._take(_QUARTERS, self._quarters)
        if month_word or "nua" in text:
            self._take(_HALF, self._half)
        if digits and month_word:
            self._take(_MONTHS, self._months)
        if digits and separators:
            if "-" in text:
                self._take(_ISO_DATE, self._iso_date)
            self._take(_DATE, self._date)
            if _DIGIT.search(self.masked):
                self._take(_MONTH_YEAR, self._month_year)
        if year_word:
            self._take(_EDGE_OF_YEAR, self._edge_of_year)
            # before the years: "cả năm" must still see the "2025" after it
            self._take(_WHOLE_YEAR, lambda m: self._add_span(None, 1, 12, m.start()))
        if digits and _FOUR_DIGITS.search(self.masked):
            self._take(_YEARS, self._years)
        if (
            digits
            and ("ngay" in text or "truoc" in text or "mung" in text or "mong" in text)
            and _DIGIT.search(self.masked)
        ):
            self._take(_LONE_DAY, self._lone_day)
        out = self.out
        rhythm_words = "hang" in text or "moi" in text
        out.monthly = rhythm_words and bool(_MONTHLY.search(text))
        out.annual = (rhythm_words or "nien" in text) and bool(_ANNUAL.search(text))
        out.recurring = (
            out.monthly
            or out.annual
            or (("dinh" in text or rhythm_words or "qu" in text) and bool(_RHYTHM.search(text)))
            or (_has_list_mark(text) and _CADENCE_LIST.search(text) is not None)
        )
        out.continuous = ("thuong" in text or "lien" in text or "suot" in text) and bool(
            _CONTINUOUS.search(text)
        )
        _settle_roles(out)
        return out

    def _take(self, pattern: re.Pattern[str], handle: Callable[[re.Match[str]], None]) -> None:
        """Read every match of ``pattern`` in what is left, then blank the matches out."""
        found = list(pattern.finditer(self.masked))
        if not found:
            return
        pieces, last = [], 0
        for match in found:
            handle(match)
            pieces.append(self.masked[last : match.start()])
            pieces.append(" " * (match.end() - match.start()))
            last = match.end()
        pieces.append(self.masked[last:])
        self.masked = "".join(pieces)

    # --- roles ---

    def _lead(self, pos: int) -> str:
        return _lead_of(self.text[max(0, pos - 30) : pos])

    # --- families ---

    def _year_after(self, four: str | None, two: str | None) -> int | None:
        if four:
            return int(four)
        if two:
            year = 2000 + int(two)
            # "/25" after a month is a year only near the plan's period; else it is noise.
            if self.period_start.year - 1 <= year <= self.period_end.year + 1:
                return year
        return None

    def _add_span(self, year: int | None, first: int, last: int, pos: int, lead: str = "") -> None:
        if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
            return
        if not (1 <= first <= last <= 12):
            return
        self.out.spans.append(_Span(year, first, last, pos, lead))

    def _add_items(self, items: list[tuple[int, int]], year: int | None, pos: int, listed: str = "") -> None:
        # Only a single expression opens or closes a span: "từ tháng 7 đến tháng 9" is whole.
        lead = "" if listed else self._lead(pos)
        for first, last in items:
            self._add_span(year, first, last, pos, lead)

    def _spelled_date(self, m: re.Match[str]) -> None:
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        self._add_day(int(day), int(month), int(year) if year else None, m.start())

    def _quarters(self, m: re.Match[str]) -> None:
        numbers = [m.group(1)] + _QN_ITEM.findall(m.group(2) or "")
        quarters = sorted({int(n) if n.isdigit() else (from_roman(n) or 0) for n in numbers})
        items = [(3 * q - 2, 3 * q) for q in quarters if 1 <= q <= 4]
        self._add_items(items, self._year_after(m.group(3), m.group(4)), m.start(), m.group(2))

    def _half(self, m: re.Match[str]) -> None:
        items = [(1, 6) if m.group(1) == "dau" else (7, 12)]
        self._add_items(items, self._year_after(m.group(2), m.group(3)), m.start())

    def _months(self, m: re.Match[str]) -> None:
        months = [int(m.group(1))] + [int(n) for n in _MONTH_ITEM.findall(m.group(2) or "")]
        if any(not 1 <= n <= 12 for n in months):
            return  # "tháng 13": not a month, and not read as anything else either
        self._add_items(
            [(n, n) for n in sorted(set(months))],
            self._year_after(m.group(3), m.group(4)),
            m.start(),
            m.group(2),
        )

    def _date(self, m: re.Match[str]) -> None:
        year_text = m.group(4) or m.group(5)
        year = None
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        self._add_day(int(m.group(1)), int(m.group(3)), year, m.start())

    def _iso_date(self, m: re.Match[str]) -> None:
        self._add_day(int(m.group(3)), int(m.group(2)), int(m.group(1)), m.start())

    def _add_day(self, day: int, month: int, year: int | None, pos: int) -> None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return
        if year is not None:
            if not _MIN_YEAR <= year <= _MAX_YEAR or not _valid(year, month, day):
                return
        elif not _valid(2024, month, day):  # 31/2, 31/4: no year has them (2024 has a 29/2)
            return
        self.out.days.append(_Day(day, month, year, pos, self._lead(pos)))

    def _month_year(self, m: re.Match[str]) -> None:
        months = [int(m.group(1))] + [int(n) for n in _MONTH_ITEM.findall(m.group(2) or "")]
        self._add_items([(n, n) for n in sorted(set(months))], int(m.group(3)), m.start(), m.group(2))

    def _years(self, m: re.Match[str]) -> None:
        years = sorted({int(m.group(1)), *(int(y) for y in _YEAR_ITEM.findall(m.group(2) or ""))})
        if not _YEAR_WORD_BEFORE.search(self.text[max(0, m.start() - 12) : m.start()]):
            # A bare number is a year only near the period: "2026", not "8048" or "2088".
            low, high = self.period_start.year - _BARE_YEAR_REACH, self.period_end.year + _BARE_YEAR_REACH
            if any(not low <= y <= high for y in years):
                return
        lead = "" if m.group(2) else self._lead(m.start())
        for year in years:
            self._add_span(year, 1, 12, m.start(), lead)

    def _edge_of_year(self, m: re.Match[str]) -> None:
        items = [(1, 3) if m.group(1) == "dau" else (10, 12)]
        self._add_items(items, self._year_after(m.group(2), m.group(3)), m.start())

    def _lone_day(self, m: re.Match[str]) -> None:
        day = int(m.group(1) or m.group(2))
        if 1 <= day <= 31:
            self.out.lone_days.append(day)


def _settle_roles(reading: _Reading) -> None:
    """Roles from the words before each expression, in text order: "từ X" opens a span; "đến Y"
    or "- Y" closes one when something comes before it, and that something then opens it;
    "trước/chậm nhất tháng 9" (not a day date: those are deadlines anyway) is a deadline."""
    atoms: list[_Span | _Day] = sorted([*reading.spans, *reading.days], key=lambda a: a.pos)
    for index, atom in enumerate(atoms):
        earlier = [a for a in atoms[:index] if a.pos < atom.pos]
        if atom.lead == "open":
            atom.role = "start"
        elif atom.lead == "close" and earlier:
            atom.role = "end"
            for previous in earlier:
                if previous.pos == earlier[-1].pos and previous.role == "":
                    previous.role = "start"
        elif atom.lead in ("before", "by") and isinstance(atom, _Span):
            atom.role = atom.lead


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= _days_in(year, month)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    # calendar.monthrange also works out the weekday: a third of the time of a recurring row.
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


# --- deciding ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
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
    return dt.date(year, month, _days_in(year, month))


def _span_bounds(span: _Span, period: _Period) -> tuple[dt.date, dt.date]:
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


def _day_dates(day: _Day, period: _Period) -> list[dt.date]:
    """The date(s) a day names: itself, or without a year each fitting year of the period."""
    if day.year is not None:
        return [dt.date(day.year, day.month, day.day)]
    fits: list[dt.date] = []
    nearest: tuple[int, dt.date] | None = None
    for year in period.candidate_years():
        if not _valid(year, day.month, day.day):
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


def _decide(reading: _Reading, period: _Period) -> DueRange:
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
    return _UNKNOWN


def _deadline_dates(reading: _Reading, period: _Period) -> list[dt.date]:
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


def _window(reading: _Reading, period: _Period, spans: list[_Span]) -> tuple[dt.date, dt.date] | None:
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


def _recurring(reading: _Reading, period: _Period, deadlines: list[dt.date]) -> DueRange:
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


def _named_dates(reading: _Reading, period: _Period, deadlines: list[dt.date]) -> list[dt.date]:
    """The dates a recurring text names, each year of the period for a date without one."""
    out = list(deadlines)
    for day in _due_days(reading):
        out.extend(_day_dates(day, period))
    return out


def _due_days(reading: _Reading) -> list[_Day]:
    """Day dates that are due dates, not the bounds of a span ("từ 1/7 đến 31/12")."""
    return [d for d in reading.days if d.role == ""]


def _occurrences(
    reading: _Reading, start: dt.date, end: dt.date, templates: list[_Span]
) -> Iterator[dt.date]:
    """Due dates of a rhythm the text spells out, between start and end: a day and month each
    year ("25/11 hàng năm", "tháng 12 hàng năm": its last day), a day each month."""
    if reading.annual:
        marks = [(d.month, d.day) for d in _due_days(reading)]
        for year in range(start.year, end.year + 1):
            dates = [dt.date(year, m, d) for m, d in marks if _valid(year, m, d)]
            dates += [_month_end(year, s.last) for s in templates]
            yield from (d for d in dates if start <= d <= end)
    elif reading.monthly and reading.lone_days:
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            last_day = _days_in(year, month)
            for day in reading.lone_days:
                date = dt.date(year, month, min(day, last_day))
                if start <= date <= end:
                    yield date
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
