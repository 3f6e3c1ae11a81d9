"""Scoring an entry under its criterion's rule: the score computed from the declared figure, or
the free score entered, checked (not negative, within the maximum, on the step; a score other
than the rule's needs an override reason), "not applicable" only where allowed, no self-score
on a criterion the province scores; and the appraisal's bounds."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from ..domain.assessment import ScoreEntry
from ..domain.criteria import Criterion
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, decimal_text, define_messages
from .figures import figure_hint
from .rule_kinds import ChoiceRule, FreeRule, RateRule, Rule, YesNoRule, label_key, percent_text, points_text

__all__ = ["check_appraisal", "score_criterion", "score_entry"]

define_messages(
    {
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
    }
)


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
        key = label_key(entry.choice)
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
            value=percent_text((numerator * 100 / denominator).quantize(Decimal("0.01"))),
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
