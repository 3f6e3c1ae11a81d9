"""Targets (chỉ tiêu) of a plan, and reading them out of the plan's own text.

A target has a text ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"), and where the text names a figure,
a comparator, a target value and a unit (>, 99, %); the value reached is entered later, and
:attr:`PlanTarget.met` says whether it meets the target (None while either figure is missing).

:func:`suggest_targets` reads lines such as "- 100% hồ sơ … được giải quyết đúng hạn",
"Phấn đấu … đạt trên 99%", "Tỷ lệ … đạt 100%", "… 95% trở lên", "Tối thiểu 35% cơ quan …",
"ít nhất có 03 sáng kiến" into suggestions the user picks from. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..text import clean, fold

__all__ = [
    "COMPARATORS",
    "PlanTarget",
    "TargetSuggestion",
    "comparator_symbol",
    "parse_figure",
    "read_target",
    "suggest_targets",
]

COMPARATORS = (">=", ">", "<=", "<", "=")
_SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}


def comparator_symbol(comparator: str) -> str:
    return _SYMBOLS.get(comparator, comparator)


def parse_figure(text: str | None) -> Decimal | None:
    """ "99" · "2,5" · "1.234,5" · "99.5" → a Decimal; "" or None → None; anything else → None."""
    if text is None:
        return None
    value = str(text).strip().replace(" ", "").rstrip("%")
    if not value:
        return None
    if "," in value:
        # Vietnamese writing: dots group thousands, the comma marks decimals.
        value = value.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", value):
        value = value.replace(".", "")
    try:
        figure = Decimal(value)
    except InvalidOperation:
        return None
    return figure if figure.is_finite() else None


@dataclass(frozen=True)
class PlanTarget:
    """A target as stored. Figures are decimal text ("99", "2.5") or None."""

    uuid: str
    text: str
    comparator: str = ">="
    target: str | None = None
    unit: str = ""
    reached: str | None = None
    area: str = ""  # the reform area (section code) it belongs to; "" for the plan as a whole
    note: str = ""

    @property
    def target_value(self) -> Decimal | None:
        return parse_figure(self.target)

    @property
    def reached_value(self) -> Decimal | None:
        return parse_figure(self.reached)

    @property
    def met(self) -> bool | None:
        """Whether the value reached meets the target; None when there is no figure to compare."""
        goal, got = self.target_value, self.reached_value
        if goal is None or got is None:
            return None
        return {
            ">=": got >= goal,
            ">": got > goal,
            "<=": got <= goal,
            "<": got < goal,
            "=": got == goal,
        }[self.comparator]


@dataclass(frozen=True)
class TargetSuggestion:
    text: str
    comparator: str
    value: Decimal | None
    unit: str
    area: str = ""  # section code, when the text sits under a heading of the plan's areas
    source: str = ""  # "body" or "objective"


# --- reading targets out of text ---------------------------------------------------------------

# Folded words before or after a figure that set the comparator (folded text, no accents).
_AT_LEAST = r"(?:toi\s*thieu|it\s*nhat|khong\s*duoi|khong\s*it\s*hon|tu)"
_MORE_THAN = r"(?:tren|hon|vuot)"
_AT_MOST = r"(?:toi\s*da|khong\s*qua|khong\s*vuot\s*qua)"
_LESS_THAN = r"(?:duoi|it\s*hon)"
_ABOUT = r"(?:khoang|gan)"
_NUMBER = r"(?P<value>\d{1,3}(?:[.,]\d+)?)"
_PERCENT = re.compile(
    rf"(?:\b(?P<before>{_AT_LEAST}|{_MORE_THAN}|{_AT_MOST}|{_LESS_THAN}|{_ABOUT})\s*)?"
    rf"(?:(?:dat|la|bang)\s*)?{_NUMBER}\s*%(?P<after>\s*tro\s*len|\s*tro\s*xuong)?"
)
# "ít nhất (có) 03 sáng kiến", "tối thiểu 02 cuộc đối thoại": a count with the word it counts.
_COUNT = re.compile(
    rf"\b(?P<before>{_AT_LEAST}|{_AT_MOST})\s*(?:co\s*|tu\s*)?(?P<value>\d{{1,4}})\s+"
    r"(?:(?:den|-)\s*\d{1,4}\s+)?(?P<unit>[a-z]+(?:\s+[a-z]+)?)"
)
_LIST_MARK = re.compile(r"^\s*(?:[-+•*–—]|\d+(?:\.\d+)*[.)](?=\s)|[a-zđ]\)(?=\s))\s*", re.IGNORECASE)
# Counting words that stand alone ("03 cuộc đối thoại": the unit is "cuộc"); else two words.
_ONE_WORD_UNITS = frozenset({"cuoc", "lan", "lop", "buoi", "nguoi", "dot", "bai", "tin", "xa", "ngay"})
_HEADING = re.compile(r"^\s*(?P<number>\d+(?:\.\d+)*\.?|[IVX]+\.)\s+(?P<title>[^%]{3,120})$")
_CLAUSE_SPLIT = re.compile(r";\s+|\.\s+(?=(?:\d+(?:[.,]\d+)?\s*%|[A-ZĐ]))")


def read_target(text: str) -> TargetSuggestion | None:
    """One target sentence → its figure; None when the sentence names no figure to reach."""
    sentence = _LIST_MARK.sub("", clean(text).replace("\n", " ")).strip().rstrip(".;,:")
    if not sentence:
        return None
    folded = fold(sentence)
    for match in _PERCENT.finditer(folded):
        value = parse_figure(match.group("value"))
        if value is None or value > 100:
            continue
        comparator = _comparator(match.group("before"), match.group("after"))
        return TargetSuggestion(sentence, comparator, value, "%")
    counted = _COUNT.search(folded)
    if counted:
        comparator = ">=" if re.fullmatch(_AT_LEAST, counted.group("before")) else "<="
        unit = _word_at(sentence, folded, counted.start("unit"), counted.end("unit"))
        if counted.group("unit").split()[0] in _ONE_WORD_UNITS:
            unit = unit.split()[0]
        return TargetSuggestion(sentence, comparator, Decimal(int(counted.group("value"))), unit)
    return None


def _comparator(before: str | None, after: str | None) -> str:
    if after and "len" in after:
        return ">="
    if after and "xuong" in after:
        return "<="
    if not before:
        return ">="  # "100% hồ sơ …", "đạt 70%": at least that
    for pattern, comparator in (
        (_AT_MOST, "<="),
        (_LESS_THAN, "<"),
        (_AT_LEAST, ">="),
        (_MORE_THAN, ">"),
        (_ABOUT, "="),
    ):
        if re.fullmatch(pattern, before):
            return comparator
    return ">="


def _word_at(original: str, folded: str, start: int, end: int) -> str:
    # fold keeps one character per letter of NFC text here, so offsets carry over.
    return original[start:end] if len(original) == len(folded) else folded[start:end]


def _clauses(line: str) -> Iterator[str]:
    """A line may hold several targets: "100% … công bố. 100% TTHC … điện tử" (two sentences)."""
    for clause in _CLAUSE_SPLIT.split(line):
        if clause.strip():
            yield clause


_AREA_STOP_WORDS = frozenset({"cai", "cach", "va", "cong", "tac", "cchc", "nha", "nuoc"})


def _area_of(heading: str, areas: Sequence[tuple[str, str]]) -> str:
    """The area (code) whose title shares most words with a heading of the plan's text."""
    words = set(re.findall(r"\w+", fold(heading))) - _AREA_STOP_WORDS
    best, best_score = "", 0.0
    for code, title in areas:
        title_words = set(re.findall(r"\w+", fold(title))) - _AREA_STOP_WORDS
        if not words or not title_words:
            continue
        score = len(words & title_words) / len(words | title_words)
        if score > best_score:
            best, best_score = code, score
    return best if best_score >= 0.3 else ""


def suggest_targets(
    body_lines: Iterable[str],
    objectives: Iterable[tuple[str, str]] = (),
    areas: Sequence[tuple[str, str]] = (),
) -> list[TargetSuggestion]:
    """Suggestions from the plan's body (lines; a numbered heading without a figure sets the area
    of the lines below it) and from the annex objectives ((area code, objective text)). The same
    text twice is suggested once."""
    out: list[TargetSuggestion] = []
    seen: set[str] = set()

    def add(suggestion: TargetSuggestion | None) -> None:
        if suggestion is None:
            return
        key = fold(suggestion.text)
        if key not in seen:
            seen.add(key)
            out.append(suggestion)

    area, area_number = "", ""
    for line in body_lines:
        line = clean(line)
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading and "%" not in line and len(line) < 130 and not line.rstrip().endswith("."):
            number = heading.group("number").rstrip(".")
            named = _area_of(heading.group("title"), areas)
            if named:
                # "7.1. Chính quyền số" under "7. … chính quyền số": the area's number stays "7".
                if named != area or not number.startswith(area_number + "."):
                    area_number = number
                area = named
            elif not (area_number and number.startswith(area_number + ".")):
                area, area_number = "", ""  # a sub-heading ("7.2. Áp dụng ISO") keeps its parent's
            continue
        for clause in _clauses(line):
            found = read_target(clause)
            if found is not None:
                add(TargetSuggestion(found.text, found.comparator, found.value, found.unit, area, "body"))
    for code, objective in objectives:
        for clause in _clauses(clean(objective).replace("\n", " ")):
            found = read_target(clause)
            if found is not None:
                add(
                    TargetSuggestion(found.text, found.comparator, found.value, found.unit, code, "objective")
                )
    return out
