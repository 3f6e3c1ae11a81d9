"""Reading a due-time text: the folded text, and the time expressions taken out of it family by
family (spans of months, day dates, lone days, rhythm words), each with the role the words
before it give it. Nothing is decided here (see deciding.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...text import fold, from_roman

# The years a plan may name (domain/plan.py has the same bounds for plan periods).
MIN_YEAR, MAX_YEAR = 1945, 2200
_BARE_YEAR_REACH = 10
_MAX_TEXT = 1000

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
        folded = fold(letter)  # once a letter: the table is built at every start
        if folded != letter and not letter.isspace():
            table[code] = folded
    table.update({ord(dash): "-" for dash in "‐‑‒–—―−~"})
    table[ord("\\")] = "/"
    return table


_FOLD = _fold_table()


def normalize(text: str) -> str:
    folded = text[:_MAX_TEXT].translate(_FOLD).lower()
    if not folded.isascii():
        folded = fold(folded)  # letters the table does not know: fold itself decides
    return " ".join(folded.split())


@dataclass
class Span:
    """Months first…last of one year; year None when the text did not write it."""

    year: int | None
    first: int
    last: int
    pos: int
    lead: str = ""  # the word before it: "open" (từ), "close" (đến, -), "before", "by"
    role: str = ""  # set by settle_roles: "", "start", "end", "before", "by"


@dataclass
class Day:
    """A day date; year None when the text did not write it."""

    day: int
    month: int
    year: int | None
    pos: int
    lead: str = ""
    role: str = ""  # "", "start", "end"


@dataclass
class Reading:
    spans: list[Span] = field(default_factory=list)
    days: list[Day] = field(default_factory=list)
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


class Reader:
    """Takes the time expressions out of one folded text, family by family."""

    def __init__(self, text: str, period_start: dt.date, period_end: dt.date):
        self.text = text
        self.masked = text
        self.period_start = period_start
        self.period_end = period_end
        self.out = Reading()

    def read(self) -> Reading:
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
        settle_roles(out)
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
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            return
        if not (1 <= first <= last <= 12):
            return
        self.out.spans.append(Span(year, first, last, pos, lead))

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
            if not MIN_YEAR <= year <= MAX_YEAR or not valid_date(year, month, day):
                return
        elif not valid_date(2024, month, day):  # 31/2, 31/4: no year has them (2024 has a 29/2)
            return
        self.out.days.append(Day(day, month, year, pos, self._lead(pos)))

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


def settle_roles(reading: Reading) -> None:
    """Roles from the words before each expression, in text order: "từ X" opens a span; "đến Y"
    or "- Y" closes one when something comes before it, and that something then opens it;
    "trước/chậm nhất tháng 9" (not a day date: those are deadlines anyway) is a deadline."""
    atoms: list[Span | Day] = sorted([*reading.spans, *reading.days], key=lambda a: a.pos)
    for index, atom in enumerate(atoms):
        earlier = [a for a in atoms[:index] if a.pos < atom.pos]
        if atom.lead == "open":
            atom.role = "start"
        elif atom.lead == "close" and earlier:
            atom.role = "end"
            for previous in earlier:
                if previous.pos == earlier[-1].pos and previous.role == "":
                    previous.role = "start"
        elif atom.lead in ("before", "by") and isinstance(atom, Span):
            atom.role = atom.lead


def valid_date(year: int, month: int, day: int) -> bool:
    return 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= days_in(year, month)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in(year: int, month: int) -> int:
    # calendar.monthrange also works out the weekday: a third of the time of a recurring row.
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]
