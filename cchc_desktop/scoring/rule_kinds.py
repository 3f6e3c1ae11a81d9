"""The scoring rule kinds (cách chấm) as values, and the number and label conventions they share:
points written with a decimal comma ("0,25"), labels compared without accents, case or
punctuation. ``Rule.describe()`` gives a rule's canonical text (read back by ``rule_syntax``).

Scoring never uses floats: figures and points are ``Decimal``; a rate band is tested as
``numerator × 100`` against ``bound × denominator``, exactly.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import ClassVar

from ..domain.criteria import BONUS, DEFAULT_STEP, SCORE
from ..text import clean

__all__ = [
    "Band",
    "Choice",
    "ChoiceRule",
    "CountRule",
    "FreeRule",
    "RateRule",
    "Rule",
    "YesNoRule",
    "fold_aligned",
    "label_key",
    "parse_points",
    "percent_text",
    "points_text",
]


# --- numbers -------------------------------------------------------------------------------------

_THOUSANDS = re.compile(r"^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$")
_DECIMAL_COMMA = re.compile(r"^-?\d+(?:,\d+)?$")
_DECIMAL_POINT = re.compile(r"^-?\d+(?:\.\d+)?$")
_MINUS = str.maketrans({"−": "-", "–": "-", "‐": "-"})


def parse_points(text: str, thousands: bool = False) -> Decimal | None:
    """ "0,5", "0.5", "2" → Decimal; with ``thousands`` also "1.234" (Vietnamese grouping) → 1234.
    None when ``text`` is not a plain number. Points never reach a thousand, so "1.250" in a
    points cell stays 1,25 unless ``thousands`` says the figure is a count."""
    token = text.strip().translate(_MINUS).replace(" ", "").replace("\u00a0", "")
    if thousands and _THOUSANDS.match(token):
        token = token.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.match(token):
        token = token.replace(",", ".")
    elif not _DECIMAL_POINT.match(token):
        return None
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


def points_text(value: Decimal) -> str:
    """2 → "2", 0.25 → "0,25", no grouping (so that ``parse_points`` reads it back)."""
    text = format(value.normalize(), "f") if value != 0 else "0"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent_text(value: Decimal) -> str:
    return f"{points_text(value)}%"


# --- the rule kinds ------------------------------------------------------------------------------


def _with_effect(effect: str, text: str) -> str:
    if effect == SCORE:
        return text
    prefix = "Điểm thưởng" if effect == BONUS else "Điểm trừ"
    return f"{prefix}: {text[:1].lower()}{text[1:]}" if text else prefix


@dataclass(frozen=True)
class FreeRule:
    step: Decimal = DEFAULT_STEP
    effect: str = SCORE
    kind: ClassVar[str] = "free"

    def describe(self) -> str:
        # Always with its step: a blank cell means "the set's step", which differs between sets.
        return _with_effect(self.effect, f"Chấm từ 0 đến tối đa, bước {points_text(self.step)}")


@dataclass(frozen=True)
class YesNoRule:
    effect: str = SCORE
    kind: ClassVar[str] = "yes_no"

    def describe(self) -> str:
        return _with_effect(self.effect, "Có/không")


@dataclass(frozen=True)
class Choice:
    label: str
    points: Decimal


@dataclass(frozen=True)
class ChoiceRule:
    """Labelled choices with their points: timeliness ("đúng hạn", "trễ hạn") and the like."""

    choices: tuple[Choice, ...]
    effect: str = SCORE
    kind: ClassVar[str] = "choice"

    def describe(self) -> str:
        return _with_effect(
            self.effect, "; ".join(f"{c.label}: {points_text(c.points)}" for c in self.choices)
        )

    def find(self, text: str) -> Choice | None:
        key = label_key(text)
        return next((c for c in self.choices if label_key(c.label) == key), None)


@dataclass(frozen=True)
class Band:
    """Rates (in %) from ``lower`` to ``upper``, each bound included or not; None: unbounded."""

    points: Decimal
    lower: Decimal | None = None
    lower_inclusive: bool = True
    upper: Decimal | None = None
    upper_inclusive: bool = True

    def contains(self, numerator: Decimal, denominator: Decimal) -> bool:
        """Exactly: numerator/denominator × 100 compared with each bound, without division."""
        scaled = numerator * 100
        if self.lower is not None:
            edge = self.lower * denominator
            if scaled < edge or (scaled == edge and not self.lower_inclusive):
                return False
        if self.upper is not None:
            edge = self.upper * denominator
            if scaled > edge or (scaled == edge and not self.upper_inclusive):
                return False
        return True

    def condition(self) -> str:
        low, high = self.lower, self.upper
        if low is not None and high is not None:
            if low == high:
                return f"bằng {percent_text(low)}"
            start = "từ" if self.lower_inclusive else "trên"
            end = "" if self.upper_inclusive else "dưới "
            return f"{start} {percent_text(low)} đến {end}{percent_text(high)}"
        if low is not None:
            return f"từ {percent_text(low)} trở lên" if self.lower_inclusive else f"trên {percent_text(low)}"
        if high is not None:
            return f"không quá {percent_text(high)}" if self.upper_inclusive else f"dưới {percent_text(high)}"
        return "mọi tỷ lệ"


@dataclass(frozen=True)
class RateRule:
    bands: tuple[Band, ...]
    effect: str = SCORE
    kind: ClassVar[str] = "rate"

    def describe(self) -> str:
        parts = "; ".join(f"{b.condition()} → {points_text(b.points)}" for b in self.bands)
        return _with_effect(self.effect, f"Tỷ lệ: {parts}")

    def band_for(self, numerator: Decimal, denominator: Decimal) -> Band | None:
        return next((b for b in self.bands if b.contains(numerator, denominator)), None)


@dataclass(frozen=True)
class CountRule:
    """``per_unit`` points per occurrence, up to ``cap`` (None: the criterion's maximum)."""

    per_unit: Decimal
    unit: str = "lần"
    cap: Decimal | None = None
    effect: str = SCORE
    kind: ClassVar[str] = "count"

    def describe(self) -> str:
        text = f"Mỗi {self.unit} {points_text(self.per_unit)} điểm"
        if self.cap is not None:
            text += f", tối đa {points_text(self.cap)}"
        return _with_effect(self.effect, text)


Rule = FreeRule | YesNoRule | ChoiceRule | RateRule | CountRule


# --- labels --------------------------------------------------------------------------------------


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char.lower())[:1]
    return base or char


def fold_aligned(text: str) -> str:
    """Lower case without accents, one character for one: spans found here cut the original."""
    return "".join(_fold_char(c) for c in text)


@functools.lru_cache(maxsize=4096)
def label_key(text: str) -> str:
    """The key two spellings of one choice share ("Đúng hạn", "dung han", "đúng hạn.")."""
    return re.sub(r"[\W_]+", "", fold_aligned(clean(text)))
