"""Criteria sets and assessments as JSON dicts: formats "cchc-criteria" and "cchc-assessment",
version 1 (see docs/criteria-format.md).

Decimals travel as strings ("0.25", never floats: 0.1 + 0.2 must stay 0.3). A rule travels as its
canonical "Cách chấm" text (``Rule.describe()``), which ``parse_rule`` reads back to an equal rule;
the step it needs is the set's own. All text is NFC both ways.

Reading checks types and values and raises InvalidInputError ("criteria.json_invalid" or
"score.json_invalid") naming the place in the document and what is wrong.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..domain.assessment import AppraisalRound, Assessment, ScoreEntry
from ..domain.criteria import SCORE, CriteriaSet, Criterion, GradeTier
from ..domain.plan import MAX_YEAR, MIN_YEAR
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..scoring.rules import parse_rule
from ..text import nfc, nfc_deep

__all__ = [
    "ASSESSMENT_FORMAT",
    "CRITERIA_FORMAT",
    "FORMAT_VERSION",
    "assessment_from_dict",
    "assessment_to_dict",
    "criteria_set_from_dict",
    "criteria_set_to_dict",
]

CRITERIA_FORMAT = "cchc-criteria"
ASSESSMENT_FORMAT = "cchc-assessment"
FORMAT_VERSION = 1
MAX_DEPTH = 8
MAX_NODES = 5_000

define_messages(
    {
        "criteria.json_invalid": QT_TRANSLATE_NOOP(
            "Messages", "Dữ liệu bộ tiêu chí không hợp lệ tại «{where}»: {reason}."
        ),
        "score.json_invalid": QT_TRANSLATE_NOOP(
            "Messages", "Dữ liệu chấm điểm không hợp lệ tại «{where}»: {reason}."
        ),
        "criteria.json.wrong_format": QT_TRANSLATE_NOOP(
            "Messages", "không phải dữ liệu «{expected}» (ghi «{found}»)"
        ),
        "criteria.json.newer_version": QT_TRANSLATE_NOOP(
            "Messages",
            "phiên bản {found} mới hơn phiên bản {supported} mà chương trình đọc được; hãy cập nhật chương trình",
        ),
        "criteria.json.expected_object": QT_TRANSLATE_NOOP("Messages", "cần một đối tượng JSON"),
        "criteria.json.expected_list": QT_TRANSLATE_NOOP("Messages", "cần một danh sách [...]"),
        "criteria.json.expected_text": QT_TRANSLATE_NOOP("Messages", "cần một chuỗi văn bản"),
        "criteria.json.expected_bool": QT_TRANSLATE_NOOP("Messages", "cần true hoặc false"),
        "criteria.json.expected_int": QT_TRANSLATE_NOOP("Messages", "cần một số nguyên"),
        "criteria.json.expected_decimal": QT_TRANSLATE_NOOP(
            "Messages", 'cần một số thập phân ghi dạng chuỗi, ví dụ "0.25"'
        ),
        "criteria.json.year_range": QT_TRANSLATE_NOOP("Messages", "năm phải từ {low} đến {high}"),
        "criteria.json.not_positive": QT_TRANSLATE_NOOP("Messages", "phải lớn hơn 0"),
        "criteria.json.duplicate_code": QT_TRANSLATE_NOOP("Messages", "mã {code} trùng"),
        "criteria.json.too_large": QT_TRANSLATE_NOOP("Messages", "quá nhiều tiêu chí hoặc lồng quá sâu"),
        "criteria.json.max_not_sum": QT_TRANSLATE_NOOP(
            "Messages", "điểm tối đa {found} khác tổng các tiêu chí con {expected}"
        ),
    }
)

_DECIMAL = re.compile(r"^-?\d{1,12}(?:\.\d{1,12})?$")


# --- writing --------------------------------------------------------------------------------------


def _dec(value: Decimal | None) -> str | None:
    if value is None:
        return None
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _criterion_to_dict(node: Criterion) -> dict[str, Any]:
    return {
        "uuid": node.uuid,
        "code": node.code,
        "text": node.text,
        "max_points": _dec(node.max_points),
        "rule": node.rule.describe(),
        "evidence_hint": node.evidence_hint,
        "allow_na": node.allow_na,
        "province_scored": node.province_scored,
        "register_source": node.register_source,
        "children": [_criterion_to_dict(c) for c in node.children],
    }


def criteria_set_to_dict(criteria_set: CriteriaSet) -> dict[str, Any]:
    return nfc_deep(
        {
            "format": CRITERIA_FORMAT,
            "version": FORMAT_VERSION,
            "criteria_set": {
                "uuid": criteria_set.uuid,
                "name": criteria_set.name,
                "issuer": criteria_set.issuer,
                "year": criteria_set.year,
                "step": _dec(criteria_set.step),
                "is_sample": criteria_set.is_sample,
                "tiers": [
                    {"label": t.label, "from_percent": _dec(t.from_percent)} for t in criteria_set.tiers
                ],
                "areas": [_criterion_to_dict(a) for a in criteria_set.areas],
            },
        }
    )


def _entry_to_dict(entry: ScoreEntry) -> dict[str, Any]:
    return {
        "code": entry.code,
        "choice": entry.choice,
        "numerator": _dec(entry.numerator),
        "denominator": _dec(entry.denominator),
        "count": _dec(entry.count),
        "self_score": _dec(entry.self_score),
        "not_applicable": entry.not_applicable,
        "na_reason": entry.na_reason,
        "explanation": entry.explanation,
        "override_reason": entry.override_reason,
        "appraisal": [
            {
                "score": _dec(r.score),
                "comment": r.comment,
                "explanation_requested": r.explanation_requested,
                "response": r.response,
            }
            for r in entry.appraisal
        ],
    }


def assessment_to_dict(assessment: Assessment) -> dict[str, Any]:
    return nfc_deep(
        {
            "format": ASSESSMENT_FORMAT,
            "version": FORMAT_VERSION,
            "assessment": {
                "uuid": assessment.uuid,
                "body": assessment.body,
                "year": assessment.year,
                "criteria_set_uuid": assessment.criteria_set_uuid,
                "revision": assessment.revision,
                "finalised": assessment.finalised,
                "entries": [_entry_to_dict(e) for e in assessment.entries.values()],
            },
        }
    )


# --- reading --------------------------------------------------------------------------------------


class _Fields:
    """Typed access to one JSON object; every failure names its place."""

    def __init__(self, data: Any, where: str, error_code: str):
        self.where, self.error_code = where, error_code
        if not isinstance(data, dict):
            raise self.fail("", Message("criteria.json.expected_object"))
        self.data = data

    def fail(self, key: str, reason: Message) -> InvalidInputError:
        where = f"{self.where}.{key}" if key and self.where else key or self.where or "/"
        return InvalidInputError(self.error_code, where=where, reason=reason)

    def text(self, key: str, default: str | None = "") -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(key, Message("criteria.json.expected_text"))
        return nfc(value)

    def optional_text(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.text(key)

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, Message("criteria.json.expected_bool"))
        return value

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, Message("criteria.json.expected_int"))
        return value

    def year(self, key: str) -> int:
        value = self.integer(key)
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise self.fail(key, Message("criteria.json.year_range", low=MIN_YEAR, high=MAX_YEAR))
        return value

    def decimal(self, key: str, required: bool = True) -> Decimal | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not _DECIMAL.match(value):
            raise self.fail(key, Message("criteria.json.expected_decimal"))
        return Decimal(value)

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, Message("criteria.json.expected_list"))
        return value

    def nested(self, key: str) -> _Fields:
        return _Fields(self.data.get(key), f"{self.where}.{key}" if self.where else key, self.error_code)


def _header(data: Any, expected: str, error_code: str) -> _Fields:
    top = _Fields(data, "", error_code)
    found = data.get("format")
    if found != expected:
        raise top.fail("format", Message("criteria.json.wrong_format", expected=expected, found=found))
    version = top.integer("version")
    if version > FORMAT_VERSION:
        raise top.fail(
            "version", Message("criteria.json.newer_version", found=version, supported=FORMAT_VERSION)
        )
    return top


def criteria_set_from_dict(data: Any) -> CriteriaSet:
    top = _header(data, CRITERIA_FORMAT, "criteria.json_invalid")
    body = top.nested("criteria_set")
    step = body.decimal("step")
    assert step is not None
    if step <= 0:
        raise body.fail("step", Message("criteria.json.not_positive"))
    seen: set[str] = set()
    tiers = []
    for i, item in enumerate(body.items("tiers")):
        fields = _Fields(item, f"criteria_set.tiers[{i}]", body.error_code)
        tiers.append(GradeTier(fields.text("label"), fields.decimal("from_percent") or Decimal(0)))
    areas = [
        _criterion_from(item, f"criteria_set.areas[{i}]", body.error_code, step, seen, 0)
        for i, item in enumerate(body.items("areas"))
    ]
    return CriteriaSet(
        name=body.text("name"),
        issuer=body.text("issuer"),
        year=body.year("year"),
        step=step,
        tiers=tiers,
        areas=areas,
        is_sample=body.flag("is_sample"),
        uuid=body.text("uuid"),
    )


def _criterion_from(
    data: Any,
    where: str,
    error_code: str,
    step: Decimal,
    seen: set[str],
    depth: int,
) -> Criterion:
    fields = _Fields(data, where, error_code)
    if depth >= MAX_DEPTH or len(seen) >= MAX_NODES:
        raise fields.fail("", Message("criteria.json.too_large"))
    code = fields.text("code")
    if code in seen:
        raise fields.fail("code", Message("criteria.json.duplicate_code", code=code))
    seen.add(code)
    maximum = fields.decimal("max_points")
    assert maximum is not None
    if maximum <= 0:
        raise fields.fail("max_points", Message("criteria.json.not_positive"))
    try:
        rule = parse_rule(fields.text("rule"), maximum, step)
    except InvalidInputError as error:
        raise fields.fail("rule", Message(error.code, **error.params)) from None
    children = [
        _criterion_from(item, f"{where}.children[{i}]", error_code, step, seen, depth + 1)
        for i, item in enumerate(fields.items("children"))
    ]
    if children and rule.effect == SCORE and all(c.rule.effect == SCORE for c in children):
        total = sum((c.max_points for c in children), Decimal(0))
        if total != maximum:
            raise fields.fail(
                "max_points", Message("criteria.json.max_not_sum", found=_dec(maximum), expected=_dec(total))
            )
    return Criterion(
        code=code,
        text=fields.text("text"),
        max_points=maximum,
        rule=rule,
        evidence_hint=fields.text("evidence_hint"),
        allow_na=fields.flag("allow_na"),
        province_scored=fields.flag("province_scored"),
        register_source=fields.text("register_source"),
        children=children,
        uuid=fields.text("uuid"),
    )


def assessment_from_dict(data: Any) -> Assessment:
    top = _header(data, ASSESSMENT_FORMAT, "score.json_invalid")
    body = top.nested("assessment")
    entries: dict[str, ScoreEntry] = {}
    for i, item in enumerate(body.items("entries")):
        entry = _entry_from(_Fields(item, f"assessment.entries[{i}]", body.error_code))
        if entry.code in entries:
            raise InvalidInputError(
                body.error_code,
                where=f"assessment.entries[{i}].code",
                reason=Message("criteria.json.duplicate_code", code=entry.code),
            )
        entries[entry.code] = entry
    revision = body.integer("revision", 1)
    if revision < 1:
        raise body.fail("revision", Message("criteria.json.not_positive"))
    return Assessment(
        body=body.text("body"),
        year=body.year("year"),
        criteria_set_uuid=body.text("criteria_set_uuid"),
        revision=revision,
        finalised=body.flag("finalised"),
        entries=entries,
        uuid=body.text("uuid"),
    )


def _entry_from(fields: _Fields) -> ScoreEntry:
    def optional(key: str) -> Decimal | None:
        return fields.decimal(key, required=False)

    rounds = []
    for i, item in enumerate(fields.items("appraisal")):
        round_fields = _Fields(item, f"{fields.where}.appraisal[{i}]", fields.error_code)
        rounds.append(
            AppraisalRound(
                score=round_fields.decimal("score", required=False),
                comment=round_fields.text("comment"),
                explanation_requested=round_fields.flag("explanation_requested"),
                response=round_fields.text("response"),
            )
        )
    return ScoreEntry(
        code=fields.text("code"),
        choice=fields.optional_text("choice"),
        numerator=optional("numerator"),
        denominator=optional("denominator"),
        count=optional("count"),
        self_score=optional("self_score"),
        not_applicable=fields.flag("not_applicable"),
        na_reason=fields.text("na_reason"),
        explanation=fields.text("explanation"),
        override_reason=fields.text("override_reason"),
        appraisal=rounds,
    )
