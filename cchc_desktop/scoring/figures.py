"""The "Số liệu" (figure) column of the scoring form: the figure a rule is scored from, typed
("118/120", "có", "đúng hạn", "5") and shown, and what it looks like for guidance."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from ..domain.assessment import ScoreEntry
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, decimal_text, define_messages
from ..text import clean
from .rule_kinds import (
    ChoiceRule,
    CountRule,
    FreeRule,
    RateRule,
    Rule,
    YesNoRule,
    fold_aligned,
    label_key,
    parse_points,
)

__all__ = ["NO", "YES", "FigureFields", "figure_hint", "figure_text", "parse_figure"]

YES, NO = "có", "không"

define_messages(
    {
        "score.figure_missing": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: cần số liệu ({hint}) để tính điểm; đang chỉ có điểm {value}."
        ),
        "score.figure_unexpected": QT_TRANSLATE_NOOP(
            "Messages", "tiêu chí chấm điểm trực tiếp, không ghi số liệu (đang ghi «{value}»)"
        ),
        "score.figure_yes_no": QT_TRANSLATE_NOOP("Messages", "số liệu «{value}» phải là «có» hoặc «không»"),
        "score.figure_choice": QT_TRANSLATE_NOOP(
            "Messages", "số liệu «{value}» không phải lựa chọn của cách chấm ({choices})"
        ),
        "score.figure_rate": QT_TRANSLATE_NOOP(
            "Messages", "số liệu «{value}» phải ghi dạng số đạt/tổng số (ví dụ 118/120)"
        ),
        "score.figure_count": QT_TRANSLATE_NOOP("Messages", "số liệu «{value}» phải là một số (ví dụ 5)"),
        "score.hint_yes_no": QT_TRANSLATE_NOOP("Messages", "có hoặc không"),
        "score.hint_rate": QT_TRANSLATE_NOOP("Messages", "số đạt/tổng số, ví dụ 118/120"),
        "score.hint_count": QT_TRANSLATE_NOOP("Messages", "số lần, ví dụ 5"),
    }
)


@dataclass(frozen=True)
class FigureFields:
    """The fields of a ScoreEntry that a figure text sets (None: not given)."""

    choice: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    count: Decimal | None = None

    def apply_to(self, entry: ScoreEntry) -> ScoreEntry:
        return dataclasses.replace(
            entry,
            choice=self.choice,
            numerator=self.numerator,
            denominator=self.denominator,
            count=self.count,
        )


_YES_WORDS = {"co", "x", "dat", "yes"}
_NO_WORDS = {"khong", "ko", "k", "chua", "khongdat", "chuadat", "no"}
_RATE_FIGURE = re.compile(
    r"^\s*(?P<n>[\d.,]+)\s*(?:/|tren|tren tong so|:)\s*(?P<d>[\d.,]+)\s*(?:\(.*\))?\s*$"
)
_COUNT_FIGURE = re.compile(r"^\s*(?P<n>-?[\d.,]+)\s*[^\d]*$")


def parse_figure(rule: Rule, text: str | None) -> FigureFields:
    """The figure typed in the form's "Số liệu" cell: "118/120", "có", "đúng hạn", "5".
    Raises InvalidInputError ("score.figure_*") when it does not fit the rule."""
    value = clean(text or "")
    if not value:
        return FigureFields()
    folded = fold_aligned(value)
    if isinstance(rule, FreeRule):
        raise InvalidInputError("score.figure_unexpected", value=value)
    if isinstance(rule, YesNoRule):
        key = label_key(value)
        if key in _YES_WORDS:
            return FigureFields(choice=YES)
        if key in _NO_WORDS:
            return FigureFields(choice=NO)
        raise InvalidInputError("score.figure_yes_no", value=value)
    if isinstance(rule, ChoiceRule):
        choice = rule.find(value)
        if choice is None:
            raise InvalidInputError(
                "score.figure_choice", value=value, choices=", ".join(c.label for c in rule.choices)
            )
        return FigureFields(choice=choice.label)
    if isinstance(rule, RateRule):
        match = _RATE_FIGURE.match(folded)
        numerator = parse_points(match.group("n"), thousands=True) if match else None
        denominator = parse_points(match.group("d"), thousands=True) if match else None
        if numerator is None or denominator is None:
            raise InvalidInputError("score.figure_rate", value=value)
        return FigureFields(numerator=numerator, denominator=denominator)
    match = _COUNT_FIGURE.match(folded)
    count = parse_points(match.group("n"), thousands=True) if match else None
    if count is None:
        raise InvalidInputError("score.figure_count", value=value)
    return FigureFields(count=count)


def figure_text(rule: Rule, entry: ScoreEntry) -> str:
    """The figure as the form shows it ("118/120", "có", "đúng hạn", "5"; "" for none)."""
    if isinstance(rule, (YesNoRule, ChoiceRule)):
        if entry.choice is None:
            return ""
        if isinstance(rule, YesNoRule):
            return {"co": YES, "khong": NO}.get(label_key(entry.choice), entry.choice)
        choice = rule.find(entry.choice)
        return choice.label if choice else entry.choice
    if isinstance(rule, RateRule):
        if entry.numerator is None and entry.denominator is None:
            return ""
        numerator = "" if entry.numerator is None else decimal_text(entry.numerator)
        denominator = "" if entry.denominator is None else decimal_text(entry.denominator)
        return f"{numerator}/{denominator}"
    if isinstance(rule, CountRule):
        return "" if entry.count is None else decimal_text(entry.count)
    return ""


def figure_hint(rule: Rule) -> Message | str:
    """What the figure of ``rule`` looks like, for messages and the form's guidance."""
    if isinstance(rule, YesNoRule):
        return Message("score.hint_yes_no")
    if isinstance(rule, ChoiceRule):
        return ", ".join(c.label for c in rule.choices)
    if isinstance(rule, RateRule):
        return Message("score.hint_rate")
    if isinstance(rule, CountRule):
        return Message("score.hint_count")
    return ""
