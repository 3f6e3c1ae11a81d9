"""Changing what was entered for one criterion: the new entry is checked against the criterion's
rule (a value off the rule is refused with the reason, by the scoring core), then written as one
undoable edit, one ``SetField("score", "<assessment uuid>:<code>", field, old, new)`` per field
that changed, each with its change-log line."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..domain.assessment import AppraisalRound, ScoreEntry
from ..domain.criteria import PENALTY, Criterion
from ..domain.edits import SetField
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..scoring.rules import FreeRule, check_appraisal, parse_figure, parse_points, score_criterion
from ..storage.assessments import dec_text
from ..text import clean
from .steps.scoring import entry_key

define_messages(
    {
        "score.not_a_leaf": QT_TRANSLATE_NOOP(
            "Messages", "{code} có tiêu chí con: điểm của nó là tổng các tiêu chí con, không nhập trực tiếp."
        ),
        "score.unknown_code": QT_TRANSLATE_NOOP("Messages", "Bộ tiêu chí không có tiêu chí {code}."),
        "score.not_a_number": QT_TRANSLATE_NOOP("Messages", "Tiêu chí {code}: «{value}» không phải là số."),
        "score.bad_round": QT_TRANSLATE_NOOP("Messages", "Lần thẩm định phải từ 1 đến 9 (đang ghi {round})."),
    }
)

SELF_FIELDS = ("figure", "self_score", "not_applicable", "na_reason", "explanation", "override_reason")


def leaf(index: dict[str, Criterion], code: str) -> Criterion:
    criterion = index.get(code)
    if criterion is None:
        raise InvalidInputError("score.unknown_code", code=code)
    if not criterion.is_leaf:
        raise InvalidInputError("score.not_a_leaf", code=code)
    return criterion


def points_value(code: str, value: Decimal | str | None) -> Decimal | None:
    """A typed number ("0,5", "1.5", "") or a Decimal; refused with the code when not a number."""
    if value is None or isinstance(value, Decimal):
        return value
    text = str(value).strip()
    if not text:
        return None
    parsed = parse_points(text)
    if parsed is None:
        raise InvalidInputError("score.not_a_number", code=code, value=text)
    return parsed


def with_fields(entry: ScoreEntry, **values: Any) -> ScoreEntry:
    """A copy with plain fields replaced (texts cleaned of stray spaces; "not applicable" as a flag)."""
    new = copy.deepcopy(entry)
    for name, value in values.items():
        if name == "not_applicable":
            value = bool(value)
        elif name == "register_rows":
            value = list(dict.fromkeys(value))
        else:
            value = clean(value or "")
        setattr(new, name, value)
    return new


def with_register_figure(entry: ScoreEntry, figure: ScoreEntry) -> ScoreEntry:
    """The register's figure in place of the entry's; the score follows from it."""
    new = copy.deepcopy(entry)
    new.choice, new.numerator, new.denominator, new.count = (
        figure.choice,
        figure.numerator,
        figure.denominator,
        figure.count,
    )
    new.not_applicable = False
    if not new.override_reason.strip():
        new.self_score = None
    return new


def with_figure(criterion: Criterion, entry: ScoreEntry, text: str | None) -> ScoreEntry:
    """The entry with the figure typed in "Số liệu" ("118/120", "có", "đúng hạn", "5"). Without an
    override reason a score entered before gives way to the one the new figure computes."""
    new = parse_figure(criterion.rule, text).apply_to(copy.deepcopy(entry))  # type: ignore[arg-type]
    if not new.override_reason.strip() and not isinstance(criterion.rule, FreeRule):
        new.self_score = None
    return new


def with_self_score(criterion: Criterion, entry: ScoreEntry, value: Decimal | None) -> ScoreEntry:
    """The entry with a typed self-score; equal to what the rule computes, it is not kept apart
    (the figure carries it). A penalty may be typed negative."""
    new = copy.deepcopy(entry)
    if value is not None and criterion.rule.effect == PENALTY:
        value = abs(value)
    new.self_score = value
    if value is not None and not isinstance(criterion.rule, FreeRule) and not new.override_reason.strip():
        try:
            computed = score_criterion(criterion, dataclasses.replace(new, self_score=None))
        except InvalidInputError:
            computed = None
        if computed is not None and computed == value:
            new.self_score = None
    return new


def with_appraisal(criterion: Criterion, entry: ScoreEntry, round_: int, **changes: Any) -> ScoreEntry:
    if not 1 <= round_ <= 9:
        raise InvalidInputError("score.bad_round", round=round_)
    new = copy.deepcopy(entry)
    while len(new.appraisal) < round_:
        new.appraisal.append(AppraisalRound(None))
    current = new.appraisal[round_ - 1]
    for name, value in changes.items():
        if name == "score":
            value = points_value(criterion.code, value)
            check_appraisal(criterion, value)
        setattr(current, name, value)
    return new


def check(criterion: Criterion, entry: ScoreEntry) -> None:
    """Raises InvalidInputError ("score.*") when the entry breaks its criterion's rule."""
    score_criterion(criterion, entry)


# --- entry → field steps ---------------------------------------------------------------------------


def _figure(entry: ScoreEntry) -> tuple[str, str, str, str]:
    return (
        entry.choice or "",
        dec_text(entry.numerator) or "",
        dec_text(entry.denominator) or "",
        dec_text(entry.count) or "",
    )


def field_values(entry: ScoreEntry) -> dict[str, Any]:
    """The entry's fields as the steps carry them."""
    values: dict[str, Any] = {
        "figure": _figure(entry),
        "self_score": dec_text(entry.self_score),
        "not_applicable": int(entry.not_applicable),
        "na_reason": entry.na_reason,
        "explanation": entry.explanation,
        "override_reason": entry.override_reason,
        "register_rows": tuple(entry.register_rows),
    }
    for number, appraisal in enumerate(entry.appraisal, start=1):
        values[f"appraisal:{number}:score"] = dec_text(appraisal.score)
        values[f"appraisal:{number}:comment"] = appraisal.comment
        values[f"appraisal:{number}:explanation_requested"] = int(appraisal.explanation_requested)
        values[f"appraisal:{number}:response"] = appraisal.response
    return values


_ROUND_DEFAULTS = {"score": None, "comment": "", "explanation_requested": 0, "response": ""}


def steps(assessment_uuid: str, old: ScoreEntry, new: ScoreEntry) -> Iterator[SetField]:
    """One step per field that differs (an appraisal round absent on one side has its defaults)."""
    key = entry_key(assessment_uuid, old.code)
    before, after = field_values(old), field_values(new)
    for name in list(dict.fromkeys([*before, *after])):
        default = _ROUND_DEFAULTS[name.rsplit(":", 1)[1]] if name.startswith("appraisal:") else None
        was, now = before.get(name, default), after.get(name, default)
        if was != now:
            yield SetField("score", key, name, was, now)


def touches_self(step: SetField) -> bool:
    return step.field in SELF_FIELDS or step.field == "register_rows"
