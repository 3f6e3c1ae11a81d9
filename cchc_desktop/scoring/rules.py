"""Scoring rules (cách chấm): the kinds, the one-cell syntax province staff type, the checks.

Kinds (each also a bonus or a penalty when prefixed "điểm thưởng" / "điểm trừ"):

- ``FreeRule``    free score 0..maximum in a step:   "chấm từ 0 đến tối đa, bước 0,5" (blank cell:
                  the set's step)
- ``YesNoRule``   có → maximum, không → 0:           "có/không"
- ``ChoiceRule``  each choice with its points:       "đúng hạn: 1; trễ hạn: 0,5; không thực hiện: 0"
- ``RateRule``    bands on numerator/denominator:    "tỷ lệ: trên 90% → 2; từ 70% đến 90% → 1;
                  dưới 70% → 0" ("trên" >, "từ" ≥, "đến" ≤, "dưới" <; ">90%", ">=70%", "70-90%")
- ``CountRule``   points per occurrence up to a cap: "mỗi lần: 0,25", "0,5 điểm/1 cuộc",
                  "trừ 0,5 mỗi lần, tối đa 2"

The syntax forgives accents, case, decimal commas and any of "→", "->", "=>", "=", ":" between a
condition and its points. ``Rule.describe()`` gives the canonical text, which ``parse_rule`` reads
back to an equal rule.

Scoring never uses floats: figures and points are ``Decimal``; a rate band is tested as
``numerator × 100`` against ``bound × denominator``, exactly.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import ClassVar, cast

from ..domain.assessment import ScoreEntry
from ..domain.criteria import BONUS, DEFAULT_STEP, PENALTY, SCORE, Criterion
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, decimal_text, define_messages
from ..text import clean

__all__ = [
    "NO",
    "YES",
    "Band",
    "Choice",
    "ChoiceRule",
    "CountRule",
    "FigureFields",
    "FreeRule",
    "RateRule",
    "Rule",
    "YesNoRule",
    "check_appraisal",
    "figure_hint",
    "figure_text",
    "parse_figure",
    "parse_points",
    "parse_rule",
    "points_text",
    "score_criterion",
    "score_entry",
]

YES, NO = "có", "không"

define_messages(
    {
        "rule.unreadable": QT_TRANSLATE_NOOP(
            "Messages",
            "không hiểu cách chấm «{text}» (viết như: «có/không»; «đúng hạn: 1; trễ hạn: 0,5»; "
            "«tỷ lệ: trên 90% → 2; dưới 90% → 0»; «mỗi lần: 0,25»; «chấm từ 0 đến tối đa, bước 0,5»; "
            "«điểm thưởng»; «điểm trừ»)",
        ),
        "rule.bad_number": QT_TRANSLATE_NOOP("Messages", "cách chấm có số điểm không đọc được: «{text}»"),
        "rule.negative_points": QT_TRANSLATE_NOOP(
            "Messages", "số điểm «{text}» trong cách chấm không được âm"
        ),
        "rule.step_not_positive": QT_TRANSLATE_NOOP("Messages", "bước điểm phải lớn hơn 0 (đang ghi {step})"),
        "rule.max_off_step": QT_TRANSLATE_NOOP(
            "Messages", "điểm tối đa {maximum} không chia hết cho bước điểm {step}"
        ),
        "rule.points_above_max": QT_TRANSLATE_NOOP(
            "Messages", "mức «{label}» cho {points} điểm, vượt điểm tối đa {maximum}"
        ),
        "rule.choice_duplicate": QT_TRANSLATE_NOOP("Messages", "lựa chọn «{label}» được ghi hai lần"),
        "rule.too_few_choices": QT_TRANSLATE_NOOP(
            "Messages", "cần ít nhất hai lựa chọn, mỗi lựa chọn kèm số điểm (ví dụ «đúng hạn: 1; trễ hạn: 0»)"
        ),
        "rule.band_unreadable": QT_TRANSLATE_NOOP(
            "Messages",
            "không hiểu mức tỷ lệ «{text}» (viết như: «trên 90%», «từ 70% đến 90%», «dưới 70%», "
            "«70-90%», «>=70%»)",
        ),
        "rule.band_empty": QT_TRANSLATE_NOOP("Messages", "mức tỷ lệ «{text}» không chứa giá trị nào"),
        "rule.band_out_of_range": QT_TRANSLATE_NOOP(
            "Messages", "mức tỷ lệ «{text}» nằm ngoài khoảng 0% đến 100%"
        ),
        "rule.band_gap": QT_TRANSLATE_NOOP("Messages", "tỷ lệ {value} không thuộc mức nào của cách chấm"),
        "rule.band_overlap": QT_TRANSLATE_NOOP(
            "Messages", "tỷ lệ {value} thuộc cả hai mức «{first}» và «{second}»"
        ),
        "rule.per_unit_not_positive": QT_TRANSLATE_NOOP("Messages", "số điểm mỗi lần phải lớn hơn 0"),
        "rule.cap_above_max": QT_TRANSLATE_NOOP(
            "Messages", "mức tối đa {cap} của cách chấm vượt điểm tối đa {maximum} của tiêu chí"
        ),
        "score.negative": QT_TRANSLATE_NOOP("Messages", "Tiêu chí {code}: điểm {value} không được âm."),
        "score.above_max": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: điểm {value} vượt điểm tối đa {maximum}."
        ),
        "score.off_step": QT_TRANSLATE_NOOP(
            "Messages",
            "Tiêu chí {code}: điểm {value} không đúng bước {step} (gần nhất: {lower} hoặc {upper}).",
        ),
        "score.unknown_choice": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: «{value}» không phải lựa chọn của cách chấm ({choices})."
        ),
        "score.rate_incomplete": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: cần đủ hai số liệu, số đạt và tổng số (ví dụ 118/120)."
        ),
        "score.zero_denominator": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: tổng số (mẫu số) phải lớn hơn 0."
        ),
        "score.negative_figure": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: số liệu {value} không được âm."
        ),
        "score.numerator_above_denominator": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: số đạt {numerator} lớn hơn tổng số {denominator}."
        ),
        "score.count_not_whole": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: số lần {value} phải là số nguyên."
        ),
        "score.no_band": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: tỷ lệ {value} không thuộc mức nào của cách chấm."
        ),
        "score.differs_from_rule": QT_TRANSLATE_NOOP(
            "Messages",
            "Tiêu chí {code}: điểm nhập {value} khác điểm tính theo cách chấm ({computed}); "
            "nếu cố ý chấm khác, hãy ghi lý do điều chỉnh.",
        ),
        "score.figure_missing": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: cần số liệu ({hint}) để tính điểm; đang chỉ có điểm {value}."
        ),
        "score.yes_no_value": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: chấm có/không nên điểm chỉ là 0 hoặc {maximum} (đang ghi {value})."
        ),
        "score.na_not_allowed": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code} không được đánh dấu «không áp dụng»."
        ),
        "score.province_scored": QT_TRANSLATE_NOOP(
            "Messages",
            "Tiêu chí {code} do tỉnh chấm: xã không tự chấm; điểm của tỉnh ghi vào cột Điểm thẩm định.",
        ),
        "score.appraisal_negative": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: điểm thẩm định {value} không được âm."
        ),
        "score.appraisal_above_max": QT_TRANSLATE_NOOP(
            "Messages", "Tiêu chí {code}: điểm thẩm định {value} vượt điểm tối đa {maximum}."
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


# --- numbers -------------------------------------------------------------------------------------

_NUMBER = r"\d+(?:[.,]\d+)?"
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


def _percent_text(value: Decimal) -> str:
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
        key = _label_key(text)
        return next((c for c in self.choices if _label_key(c.label) == key), None)


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
                return f"bằng {_percent_text(low)}"
            start = "từ" if self.lower_inclusive else "trên"
            end = "" if self.upper_inclusive else "dưới "
            return f"{start} {_percent_text(low)} đến {end}{_percent_text(high)}"
        if low is not None:
            return (
                f"từ {_percent_text(low)} trở lên" if self.lower_inclusive else f"trên {_percent_text(low)}"
            )
        if high is not None:
            return (
                f"không quá {_percent_text(high)}" if self.upper_inclusive else f"dưới {_percent_text(high)}"
            )
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


# --- parsing the "Cách chấm" cell -------------------------------------------------------------


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char.lower())[:1]
    return base or char


def _fold_aligned(text: str) -> str:
    """Lower case without accents, one character for one: spans found here cut the original."""
    return "".join(_fold_char(c) for c in text)


@functools.lru_cache(maxsize=4096)
def _label_key(text: str) -> str:
    """The key two spellings of one choice share ("Đúng hạn", "dung han", "đúng hạn.")."""
    return re.sub(r"[\W_]+", "", _fold_aligned(clean(text)))


_ARROWS = [
    (">=", "≥"),
    ("<=", "≤"),
    ("=>", "→"),
    ("->", "→"),
    ("⇒", "→"),
    ("➔", "→"),
    ("➜", "→"),
    ("⟶", "→"),
    ("⇨", "→"),
    ("－", "-"),
]
_EFFECT = re.compile(r"^\s*(?:diem\s+)?(thuong|cong|tru)(?=\s*(?:$|[:→=\-–]|\d|moi\b|toi\s*da))")
_LEADING_SEPARATORS = re.compile(r"^[\s:→=\-–.]+")
_FREE = re.compile(
    r"^(?:tu\s+cham|cham\s+truc\s+tiep|(?:cham(?:\s+diem)?\s*)?"
    r"(?:tu\s*0\s*(?:den|-|–|→)\s*(?:diem\s+)?toi\s*da)?)"
    rf"\s*(?:[,;]?\s*(?:moi\s+)?buoc\s*(?:diem\s*)?(?P<step>{_NUMBER})(?:\s*diem)?)?\s*\.?$"
)
_YES_NO = re.compile(r"^co\s*(?:/|hoac|;|,|-|–|\s)\s*khong\.?$")
_RATE_PREFIX = re.compile(r"^\s*t[yi]\s*le\b")
_CAP = re.compile(rf"[,;]?\s*toi\s*da\s*(?P<cap>{_NUMBER})\s*(?:diem|d)?\.?")
_POINTS_WORDS = r"(?:(?:duoc|tru|cong)\s*)?"
_COUNT_FORMS = [
    re.compile(
        rf"^moi\s+(?P<unit>[^\d:;→=/]+?)\s*[:→=]?\s*{_POINTS_WORDS}(?P<n>{_NUMBER})\s*(?:diem|d)?\.?$"
    ),
    re.compile(rf"^{_POINTS_WORDS}(?P<n>{_NUMBER})\s*(?:diem|d)?\s*/\s*(?:1\s*)?(?P<unit>[^\d:;→=/]+?)\.?$"),
    re.compile(
        rf"^{_POINTS_WORDS}(?P<n>{_NUMBER})\s*(?:diem|d)?\s*(?:cho\s+)?moi\s+(?P<unit>[^\d:;→=/]+?)\.?$"
    ),
]
_TRAILING_POINTS = re.compile(rf"^(?P<left>.*?\S)\s+(?P<right>(?:{_NUMBER}|toi\s*da)\s*(?:diem|d)?)\.?$")


def parse_rule(text: str | None, max_points: Decimal, default_step: Decimal = DEFAULT_STEP) -> Rule:
    """The rule written in ``text`` for a criterion worth ``max_points``; a blank cell is a free
    score in ``default_step``. Raises InvalidInputError ("rule.*") saying what is wrong."""
    source = clean(text or "").replace("\n", "; ")
    for old, new in _ARROWS:
        source = source.replace(old, new)
    effect, rest = _split_effect(source)
    rule = _parse_measure(rest, max_points, default_step, effect)
    _check_rule(rule, max_points)
    return rule


def _split_effect(source: str) -> tuple[str, str]:
    effect, rest = SCORE, source
    for _ in range(2):  # "Điểm trừ: trừ 0,5 mỗi lần" names the effect twice
        match = _EFFECT.match(_fold_aligned(rest))
        if not match:
            break
        found = BONUS if match.group(1) in ("thuong", "cong") else PENALTY
        if effect != SCORE and found != effect:
            raise InvalidInputError("rule.unreadable", text=source)
        effect = found
        rest = _LEADING_SEPARATORS.sub("", rest[match.end() :])
    return effect, rest.strip()


def _parse_measure(rest: str, max_points: Decimal, default_step: Decimal, effect: str) -> Rule:
    folded = _fold_aligned(rest)
    if not rest:
        return FreeRule(default_step, effect)
    free = _FREE.match(folded)
    if free:
        step = free.group("step")
        return FreeRule(_number(step, rest) if step else default_step, effect)
    if _YES_NO.match(folded):
        return YesNoRule(effect)
    if _RATE_PREFIX.match(folded) or "%" in folded:
        return _parse_rate(rest, max_points, effect)
    count = _parse_count(rest, max_points, effect)
    if count is not None:
        return count
    return _parse_choices(rest, max_points, effect)


def _number(token: str, context: str) -> Decimal:
    value = parse_points(token)
    if value is None:
        raise InvalidInputError("rule.bad_number", text=context)
    return value


def _points(token: str, max_points: Decimal) -> Decimal:
    folded = _fold_aligned(token).strip()
    folded = re.sub(r"^(?:duoc|la)\s+", "", folded)
    folded = re.sub(r"\s*(?:diem|d)\.?$", "", folded).strip()
    if re.fullmatch(r"(?:diem\s+)?toi\s*da", folded):
        return max_points
    value = parse_points(folded)
    if value is None:
        raise InvalidInputError("rule.bad_number", text=token.strip())
    if value < 0:
        raise InvalidInputError("rule.negative_points", text=token.strip())
    return value


def _clauses(text: str) -> list[str]:
    """Split on ";" and on commas that are not decimal commas; a piece without points rejoins
    the next one (a label may hold a comma: "ban hành, triển khai đúng hạn: 1")."""
    clauses: list[str] = []
    for part in text.split(";"):
        pieces = [p.strip() for p in re.split(r"(?<!\d),|,(?!\d)", part)]
        pending = ""
        for piece in pieces:
            joined = f"{pending}, {piece}" if pending else piece
            if _split_value(joined) is None:
                pending = joined
            else:
                clauses.append(joined)
                pending = ""
        if pending.strip():
            clauses.append(pending)
    return [c for c in (c.strip(" .") for c in clauses) if c]


def _split_value(clause: str) -> tuple[str, str] | None:
    """(condition or label, points text), split at the last arrow, colon or equals sign, or
    before trailing points ("đúng hạn 1 điểm")."""
    for separator in ("→", ":", "="):
        if separator in clause:
            left, right = clause.rsplit(separator, 1)
            if left.strip() and right.strip():
                return left.strip(), right.strip()
    match = _TRAILING_POINTS.match(_fold_aligned(clause))
    if match:
        return clause[: match.end("left")].strip(), clause[match.start("right") :].strip()
    return None


def _parse_choices(rest: str, max_points: Decimal, effect: str) -> Rule:
    choices: list[Choice] = []
    for clause in _clauses(rest):
        pair = _split_value(clause)
        if pair is None or not re.search(r"[^\W\d_]", pair[0]):
            raise InvalidInputError("rule.unreadable", text=rest)
        label = clean(pair[0])
        if any(_label_key(c.label) == _label_key(label) for c in choices):
            raise InvalidInputError("rule.choice_duplicate", label=label)
        choices.append(Choice(label, _points(pair[1], max_points)))
    if len(choices) < 2:
        raise InvalidInputError("rule.too_few_choices")
    keys = {_label_key(c.label): c.points for c in choices}
    if keys == {"co": max_points, "khong": Decimal(0)}:
        return YesNoRule(effect)
    return ChoiceRule(tuple(choices), effect)


def _parse_count(rest: str, max_points: Decimal, effect: str) -> CountRule | None:
    folded = _fold_aligned(rest)
    cap = None
    cap_match = _CAP.search(folded)
    if cap_match:
        cap = _number(cap_match.group("cap"), rest)
        rest = rest[: cap_match.start()] + rest[cap_match.end() :]
        folded = folded[: cap_match.start()] + folded[cap_match.end() :]
    stripped = folded.rstrip(" ,;.")
    for form in _COUNT_FORMS:
        match = form.match(stripped)
        if match:
            unit = clean(rest[match.start("unit") : match.end("unit")]).strip(" .,:")
            if not re.search(r"[^\W\d_]", unit):
                return None
            return CountRule(_number(match.group("n"), rest), unit, cap, effect)
    return None


# Band conditions, on folded text with "%" and filler words removed.
_N = rf"(?P<{{name}}>{_NUMBER})"
_BOTH = re.compile(
    rf"^(?P<lw>tu|tren|>|≥|hon)?\s*{_N.format(name='low')}\s*(?:den|-|–|toi)\s*"
    rf"(?P<uw>duoi|<|≤|den)?\s*{_N.format(name='high')}$"
)
_LOWER = re.compile(
    rf"^(?:(?P<lw>tren|>|hon|≥|tu)\s*{_N.format(name='low')}(?:\s*tro\s*len)?"
    rf"|{_N.format(name='low2')}\s*tro\s*len)$"
)
_UPPER = re.compile(
    rf"^(?:(?P<uw>duoi|<|≤|den|khong\s*qua|toi\s*da|it\s*hon)\s*{_N.format(name='high')}"
    rf"(?:\s*tro\s*xuong)?|{_N.format(name='high2')}\s*tro\s*xuong)$"
)
_EXACT = re.compile(rf"^(?:bang|=|dung|du)?\s*{_N.format(name='value')}$")
_BAND_FILLER = re.compile(r"\b(?:t[yi]\s*le|dat|la|muc|co)\b")


def _parse_band(condition: str, points: Decimal) -> Band:
    text = _BAND_FILLER.sub(" ", _fold_aligned(condition).replace("%", " "))
    text = re.sub(r"\s+", " ", text).strip(" :")
    match = _BOTH.match(text)
    if text in ("moi", "bat ky", "moi muc"):
        band = Band(points)  # "mọi tỷ lệ": one band for every rate
    elif match:
        band = Band(
            points,
            _number(match.group("low"), condition),
            match.group("lw") not in ("tren", ">", "hon"),
            _number(match.group("high"), condition),
            match.group("uw") not in ("duoi", "<"),
        )
    elif match := _LOWER.match(text):
        value = match.group("low") or match.group("low2")
        band = Band(points, _number(value, condition), match.group("lw") not in ("tren", ">", "hon"))
    elif match := _UPPER.match(text):
        value = match.group("high") or match.group("high2")
        band = Band(
            points,
            upper=_number(value, condition),
            upper_inclusive=match.group("uw") not in ("duoi", "<", "it hon"),
        )
    elif match := _EXACT.match(text):
        value = _number(match.group("value"), condition)
        band = Band(points, value, True, value, True)
    else:
        raise InvalidInputError("rule.band_unreadable", text=condition)
    for bound in (band.lower, band.upper):
        if bound is not None and not Decimal(0) <= bound <= Decimal(100):
            raise InvalidInputError("rule.band_out_of_range", text=condition)
    if (
        band.lower is not None
        and band.upper is not None
        and (
            band.lower > band.upper
            or (band.lower == band.upper and not (band.lower_inclusive and band.upper_inclusive))
        )
    ):
        raise InvalidInputError("rule.band_empty", text=condition)
    return band


def _parse_rate(rest: str, max_points: Decimal, effect: str) -> RateRule:
    body = rest
    prefix = _RATE_PREFIX.match(_fold_aligned(body))
    if prefix:
        after = body[prefix.end() :]
        head, colon, tail = after.partition(":")
        body = tail if colon and not re.search(r"[\d%<>≥≤]", head) else after
    bands = []
    for clause in _clauses(body.strip()):
        pair = _split_value(clause)
        if pair is None:
            raise InvalidInputError("rule.band_unreadable", text=clause)
        bands.append(_parse_band(pair[0], _points(pair[1], max_points)))
    if not bands:
        raise InvalidInputError("rule.unreadable", text=rest)
    _check_coverage(bands)
    return RateRule(tuple(bands), effect)


def _check_coverage(bands: list[Band]) -> None:
    """Every rate from 0 % to 100 % falls in exactly one band. Membership changes only at the
    bounds, so testing each bound and each midpoint between neighbouring bounds is complete."""
    edges = sorted(
        {Decimal(0), Decimal(100)} | {b for band in bands for b in (band.lower, band.upper) if b is not None}
    )
    probes = edges + [(a + b) / 2 for a, b in itertools.pairwise(edges)]
    for rate in sorted(probes):
        holding = [b for b in bands if b.contains(rate, Decimal(100))]
        if not holding:
            raise InvalidInputError("rule.band_gap", value=_percent_text(rate))
        if len(holding) > 1:
            raise InvalidInputError(
                "rule.band_overlap",
                value=_percent_text(rate),
                first=holding[0].condition(),
                second=holding[1].condition(),
            )


def _check_rule(rule: Rule, max_points: Decimal) -> None:
    maximum = points_text(max_points)
    if isinstance(rule, FreeRule):
        if rule.step <= 0:
            raise InvalidInputError("rule.step_not_positive", step=points_text(rule.step))
        if max_points % rule.step != 0:
            raise InvalidInputError("rule.max_off_step", maximum=maximum, step=points_text(rule.step))
    elif isinstance(rule, ChoiceRule):
        for choice in rule.choices:
            if choice.points > max_points:
                raise InvalidInputError(
                    "rule.points_above_max",
                    label=choice.label,
                    points=points_text(choice.points),
                    maximum=maximum,
                )
    elif isinstance(rule, RateRule):
        for band in rule.bands:
            if band.points > max_points:
                raise InvalidInputError(
                    "rule.points_above_max",
                    label=band.condition(),
                    points=points_text(band.points),
                    maximum=maximum,
                )
    elif isinstance(rule, CountRule):
        if rule.per_unit <= 0:
            raise InvalidInputError("rule.per_unit_not_positive")
        if rule.cap is not None and rule.cap > max_points:
            raise InvalidInputError("rule.cap_above_max", cap=points_text(rule.cap), maximum=maximum)


# --- scoring an entry ----------------------------------------------------------------------------


def score_entry(rule: Rule, max_points: Decimal, entry: ScoreEntry) -> Decimal | None:
    """The entry's score under ``rule``: computed from its figure, or the free score entered,
    checked. None when nothing is scored yet or the entry is not applicable. An entered score
    that differs from the computed one needs an ``override_reason`` and stays within 0..maximum.
    Raises InvalidInputError ("score.*") with the criterion code, the value and the maximum."""
    if entry.not_applicable:
        return None
    code = entry.code
    entered = entry.self_score
    if entered is not None:
        if entered < 0:
            raise InvalidInputError("score.negative", code=code, value=points_text(entered))
        if entered > max_points:
            raise InvalidInputError(
                "score.above_max", code=code, value=points_text(entered), maximum=points_text(max_points)
            )
    computed = _computed_score(rule, max_points, entry)
    if computed is None:
        if entered is None:
            return None
        if isinstance(rule, FreeRule):
            _check_step(code, entered, rule.step, max_points)
            return entered
        if isinstance(rule, YesNoRule) and entered in (0, max_points):
            return entered  # the score says the choice
        if entry.override_reason.strip():
            return entered
        if isinstance(rule, YesNoRule):
            raise InvalidInputError(
                "score.yes_no_value", code=code, value=points_text(entered), maximum=points_text(max_points)
            )
        raise InvalidInputError(
            "score.figure_missing", code=code, value=points_text(entered), hint=figure_hint(rule)
        )
    if entered is None or entered == computed:
        return computed
    if entry.override_reason.strip():
        return entered
    raise InvalidInputError(
        "score.differs_from_rule", code=code, value=points_text(entered), computed=points_text(computed)
    )


def _check_step(code: str, value: Decimal, step: Decimal, max_points: Decimal) -> None:
    if value % step == 0:
        return
    lower = (value // step) * step
    raise InvalidInputError(
        "score.off_step",
        code=code,
        value=points_text(value),
        step=points_text(step),
        lower=points_text(lower),
        upper=points_text(min(lower + step, max_points)),
    )


def _computed_score(rule: Rule, max_points: Decimal, entry: ScoreEntry) -> Decimal | None:
    code = entry.code
    if isinstance(rule, FreeRule):
        return None
    if isinstance(rule, YesNoRule):
        if entry.choice is None:
            return None
        key = _label_key(entry.choice)
        if key not in ("co", "khong"):
            raise InvalidInputError(
                "score.unknown_choice", code=code, value=entry.choice, choices="có, không"
            )
        return max_points if key == "co" else Decimal(0)
    if isinstance(rule, ChoiceRule):
        if entry.choice is None:
            return None
        choice = rule.find(entry.choice)
        if choice is None:
            raise InvalidInputError(
                "score.unknown_choice",
                code=code,
                value=entry.choice,
                choices=", ".join(c.label for c in rule.choices),
            )
        return choice.points
    if isinstance(rule, RateRule):
        return _rate_score(rule, entry)
    if entry.count is None:
        return None
    if entry.count < 0:
        raise InvalidInputError("score.negative_figure", code=code, value=decimal_text(entry.count))
    if entry.count != entry.count.to_integral_value():
        raise InvalidInputError("score.count_not_whole", code=code, value=decimal_text(entry.count))
    cap = max_points if rule.cap is None else min(rule.cap, max_points)
    return min(entry.count * rule.per_unit, cap)


def _rate_score(rule: RateRule, entry: ScoreEntry) -> Decimal | None:
    code, numerator, denominator = entry.code, entry.numerator, entry.denominator
    if numerator is None and denominator is None:
        return None
    if numerator is None or denominator is None:
        raise InvalidInputError("score.rate_incomplete", code=code)
    for figure in (numerator, denominator):
        if figure < 0:
            raise InvalidInputError("score.negative_figure", code=code, value=decimal_text(figure))
    if denominator == 0:
        raise InvalidInputError("score.zero_denominator", code=code)
    if numerator > denominator:
        raise InvalidInputError(
            "score.numerator_above_denominator",
            code=code,
            numerator=decimal_text(numerator),
            denominator=decimal_text(denominator),
        )
    band = rule.band_for(numerator, denominator)
    if band is None:
        raise InvalidInputError(
            "score.no_band",
            code=code,
            value=_percent_text((numerator * 100 / denominator).quantize(Decimal("0.01"))),
        )
    return band.points


def score_criterion(criterion: Criterion, entry: ScoreEntry) -> Decimal | None:
    """``score_entry`` with the criterion's own conditions: "not applicable" only where the set
    allows it, and no self-score on a criterion the province scores."""
    if entry.not_applicable and not criterion.allow_na:
        raise InvalidInputError("score.na_not_allowed", code=criterion.code)
    if criterion.province_scored:
        if entry.self_score is not None or entry.has_figure():
            raise InvalidInputError("score.province_scored", code=criterion.code)
        return None
    return score_entry(cast(Rule, criterion.rule), criterion.max_points, entry)


def check_appraisal(criterion: Criterion, score: Decimal | None) -> None:
    """An appraisal score lies within 0..maximum (the council is not bound to the step)."""
    if score is None:
        return
    if score < 0:
        raise InvalidInputError("score.appraisal_negative", code=criterion.code, value=points_text(score))
    if score > criterion.max_points:
        raise InvalidInputError(
            "score.appraisal_above_max",
            code=criterion.code,
            value=points_text(score),
            maximum=points_text(criterion.max_points),
        )


# --- the "Số liệu" (figure) column ----------------------------------------------------------------


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
    folded = _fold_aligned(value)
    if isinstance(rule, FreeRule):
        raise InvalidInputError("score.figure_unexpected", value=value)
    if isinstance(rule, YesNoRule):
        key = _label_key(value)
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
            return {"co": YES, "khong": NO}.get(_label_key(entry.choice), entry.choice)
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
