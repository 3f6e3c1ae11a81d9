"""Scoring steps: one field of one criterion's entry (``SetField("score", "<assessment uuid>:<code>",
field, old, new)``), a field of the assessment itself (finalised, plan), and evidence documents
attached to a criterion: "score" (the original evidence) and "score_supplement" (documents sent in
answer to appraisal round N, target "<assessment uuid>:<code>:<N>"), kept apart.

A finalised assessment refuses changes to its self-assessment; appraisal rounds, the commune's
response and supplementary evidence still come in after it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...domain.edits import Changed, SetField
from ...errors import InvalidInputError, NotFoundError
from ...i18n import QT_TRANSLATE_NOOP, define_messages
from ...scoring.rules import points_text
from ...storage import assessments as assessment_store
from ...storage.session import Database, Tx
from .base import EVIDENCE_TARGETS, expect, handles_field

define_messages(
    {
        "score.assessment_finalised": QT_TRANSLATE_NOOP(
            "Messages",
            "Bản tự đánh giá đã chốt nên không sửa được phần tự chấm; hãy mở lần chấm mới "
            "(«Mở lần chấm mới» hoặc «cchc assessment revise»).",
        ),
        "score.bad_key": QT_TRANSLATE_NOOP("Messages", "Không xác định được tiêu chí «{key}»."),
    }
)

# Fields that stay open after finalising: the province's appraisal and the commune's answer to it.
_OPEN_AFTER_FINAL = ("score", "comment", "explanation_requested", "response")


def entry_key(assessment_uuid: str, code: str) -> str:
    """The entity uuid of one criterion of one assessment, as the change log names it."""
    return f"{assessment_uuid}:{code}"


def split_key(key: str) -> tuple[str, str]:
    assessment_uuid, colon, code = key.partition(":")
    if not colon or not code:
        raise NotFoundError("score.bad_key", key=key)
    return assessment_uuid, code


def _assessment_id(tx: Tx, assessment_uuid: str) -> int:
    found = assessment_store.id_for_uuid(tx, assessment_uuid)
    if found is None:
        raise NotFoundError("assessment.not_found", reference=assessment_uuid)
    return found


def _check_open(tx: Tx, assessment_id: int, field: str) -> None:
    in_round = assessment_store.split_round_field(field)
    if in_round is not None and in_round[1] in _OPEN_AFTER_FINAL:
        return
    if assessment_store.finalised_at(tx, assessment_id) is not None:
        raise InvalidInputError("score.assessment_finalised")


def shown_value(field: str, value: Any) -> str | None:
    """A value as the change log (and the history of a criterion) shows it."""
    if value is None:
        return None
    if field == "figure":
        choice, numerator, denominator, count = value
        if choice:
            return choice
        if numerator or denominator:
            return f"{_number(numerator)}/{_number(denominator)}"
        return _number(count) if count else ""
    if field == "self_score" or field.endswith(":score"):
        return points_text(Decimal(value)) if value != "" else ""
    if field == "not_applicable" or field.endswith(":explanation_requested"):
        return "có" if value else "không"
    if field == "register_rows":
        return str(len(value))
    return str(value)


def _number(text: str) -> str:
    return points_text(Decimal(text)) if text else ""


@handles_field("score")
def score_field(db: Database, tx: Tx, step: SetField) -> Changed:
    assessment_uuid, code = split_key(step.uuid)
    assessment_id = _assessment_id(tx, assessment_uuid)
    if not assessment_store.is_field(step.field):
        raise InvalidInputError("score.bad_key", key=f"{step.uuid} {step.field}")
    _check_open(tx, assessment_id, step.field)
    expect(assessment_store.read_field(tx, assessment_id, code, step.field), step.old, step.field)
    assessment_store.write_field(tx, assessment_id, code, step.field, step.new)
    tx.log(
        "score",
        "score",
        entity_id=assessment_id,
        entity_uuid=step.uuid,
        field=step.field,
        old=shown_value(step.field, step.old),
        new=shown_value(step.field, step.new),
    )
    return Changed(frozenset({"scores"}), fields=(("score", step.uuid, step.field),), focus=step.uuid)


@handles_field("assessment")
def assessment_field(db: Database, tx: Tx, step: SetField) -> Changed:
    assessment_id = _assessment_id(tx, step.uuid)
    if step.field == "finalised_at":
        expect(assessment_store.finalised_at(tx, assessment_id), step.old, step.field)
        assessment_store.write_finalised(tx, assessment_id, step.new)
    elif step.field == "plan_uuid":
        expect(assessment_store.record(tx, assessment_id).plan_uuid, step.old, step.field)
        assessment_store.write_plan(tx, assessment_id, step.new)
    else:
        raise InvalidInputError("score.bad_key", key=f"{step.uuid} {step.field}")
    tx.log(
        "score",
        "assessment",
        entity_id=assessment_id,
        entity_uuid=step.uuid,
        field=step.field,
        old=step.old,
        new=step.new,
    )
    return Changed(frozenset({"scores"}), fields=(("assessment", step.uuid, step.field),))


# --- evidence documents of a criterion -------------------------------------------------------------


def _target(tx: Tx, target_uuid: str, supplementary: bool) -> tuple[int, str, int]:
    if supplementary:
        key, _colon, number = target_uuid.rpartition(":")
        if not number.isdigit() or int(number) < 1:
            raise NotFoundError("score.bad_key", key=target_uuid)
        round_ = int(number)
    else:
        key, round_ = target_uuid, 0
    assessment_uuid, code = split_key(key)
    return _assessment_id(tx, assessment_uuid), code, round_


def _changed(target_uuid: str) -> Changed:
    return Changed(frozenset({"scores", "evidence"}), fields=(("score", target_uuid, "evidence"),))


def _linker(supplementary: bool):
    def link(tx: Tx, target_uuid: str, evidence_id: int, position: int | None) -> tuple[int, Changed]:
        assessment_id, code, round_ = _target(tx, target_uuid, supplementary)
        if not supplementary:
            _check_open(tx, assessment_id, "evidence")
        used = assessment_store.link_document(tx, assessment_id, code, evidence_id, round_, position)
        return used, _changed(target_uuid)

    def unlink(tx: Tx, target_uuid: str, evidence_id: int) -> tuple[int | None, Changed]:
        assessment_id, code, round_ = _target(tx, target_uuid, supplementary)
        if not supplementary:
            _check_open(tx, assessment_id, "evidence")
        had = assessment_store.unlink_document(tx, assessment_id, code, evidence_id, round_)
        return had, _changed(target_uuid)

    return link, unlink


EVIDENCE_TARGETS["score"] = _linker(False)
EVIDENCE_TARGETS["score_supplement"] = _linker(True)
