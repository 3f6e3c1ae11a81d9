"""The one-cell syntax of a scoring rule ("Cách chấm") as province staff type it, read into a rule
kind and checked: bands covering 0–100 % exactly once, no choice or band above the maximum, a
free score's maximum on its step.

- free score 0..maximum in a step: "chấm từ 0 đến tối đa, bước 0,5" (a blank cell: the set's step)
- yes / no: "có/không"; choices with points: "đúng hạn: 1; trễ hạn: 0,5; không thực hiện: 0"
- bands on a rate: "tỷ lệ: trên 90% → 2; từ 70% đến 90% → 1; dưới 70% → 0" ("trên" >, "từ" ≥,
  "đến" ≤, "dưới" <; ">90%", ">=70%", "70-90%")
- a count: "mỗi lần: 0,25", "0,5 điểm/1 cuộc", "trừ 0,5 mỗi lần, tối đa 2"
- each also a bonus or a penalty when prefixed "điểm thưởng" / "điểm trừ".

The syntax forgives accents, case, decimal commas and any of "→", "->", "=>", "=", ":" between a
condition and its points.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ..domain.criteria import BONUS, DEFAULT_STEP, PENALTY, SCORE
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..text import clean
from .rule_kinds import (
    Band,
    Choice,
    ChoiceRule,
    CountRule,
    FreeRule,
    RateRule,
    Rule,
    YesNoRule,
    fold_aligned,
    label_key,
    parse_points,
    percent_text,
    points_text,
)

__all__ = ["parse_rule"]

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
    }
)


_NUMBER = r"\d+(?:[.,]\d+)?"
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
        match = _EFFECT.match(fold_aligned(rest))
        if not match:
            break
        found = BONUS if match.group(1) in ("thuong", "cong") else PENALTY
        if effect != SCORE and found != effect:
            raise InvalidInputError("rule.unreadable", text=source)
        effect = found
        rest = _LEADING_SEPARATORS.sub("", rest[match.end() :])
    return effect, rest.strip()


def _parse_measure(rest: str, max_points: Decimal, default_step: Decimal, effect: str) -> Rule:
    folded = fold_aligned(rest)
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
    folded = fold_aligned(token).strip()
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
    match = _TRAILING_POINTS.match(fold_aligned(clause))
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
        if any(label_key(c.label) == label_key(label) for c in choices):
            raise InvalidInputError("rule.choice_duplicate", label=label)
        choices.append(Choice(label, _points(pair[1], max_points)))
    if len(choices) < 2:
        raise InvalidInputError("rule.too_few_choices")
    keys = {label_key(c.label): c.points for c in choices}
    if keys == {"co": max_points, "khong": Decimal(0)}:
        return YesNoRule(effect)
    return ChoiceRule(tuple(choices), effect)


def _parse_count(rest: str, max_points: Decimal, effect: str) -> CountRule | None:
    folded = fold_aligned(rest)
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
    text = _BAND_FILLER.sub(" ", fold_aligned(condition).replace("%", " "))
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
    prefix = _RATE_PREFIX.match(fold_aligned(body))
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
            raise InvalidInputError("rule.band_gap", value=percent_text(rate))
        if len(holding) > 1:
            raise InvalidInputError(
                "rule.band_overlap",
                value=percent_text(rate),
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
