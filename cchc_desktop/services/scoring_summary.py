"""The summary of an assessment, per reform area and in total, as the command line prints it and
the window's totals bar shows it: maximum, applicable maximum, self-score, appraisal; bonus,
penalty, total, index and grade, the province's points still to come."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain.criteria import SCORE, CriteriaSet
from ..scoring.rollup import AssessmentTotals, percent, percent_display
from ..storage.assessments import AssessmentRecord, dec_text


@dataclass(frozen=True)
class AreaSummary:
    code: str
    text: str
    effect: str  # "score", "bonus" or "penalty"
    maximum: Decimal
    applicable_maximum: Decimal  # not-applicable criteria removed, province's pending removed
    self_score: Decimal  # with the province's points entered so far
    appraisal: Decimal | None
    percent: Decimal | None
    scored: int
    leaves: int

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "text": self.text,
            "effect": self.effect,
            "maximum": dec_text(self.maximum),
            "applicable_maximum": dec_text(self.applicable_maximum),
            "self_score": dec_text(self.self_score),
            "appraisal": dec_text(self.appraisal),
            "percent": percent_display(self.percent),
            "scored": self.scored,
            "leaves": self.leaves,
        }


@dataclass(frozen=True)
class AssessmentSummary:
    record: AssessmentRecord
    set_name: str
    is_sample: bool
    areas: list[AreaSummary]
    maximum: Decimal
    applicable_maximum: Decimal
    self_score: Decimal  # the areas' points, bonus and penalty apart
    bonus: Decimal
    penalty: Decimal
    total: Decimal
    total_maximum: Decimal
    index_percent: Decimal | None
    grade: str
    self_assessable_percent: Decimal | None  # without the province's criteria at all
    province_pending: tuple[str, ...]
    appraisal_total: Decimal | None
    appraisal_percent: Decimal | None
    appraisal_grade: str
    problems: int

    def to_json(self) -> dict[str, Any]:
        r = self.record
        return {
            "id": r.id,
            "uuid": r.uuid,
            "body": r.body,
            "year": r.year,
            "revision": r.revision,
            "finalised": r.finalised,
            "criteria_set": self.set_name,
            "sample_set": self.is_sample,
            "areas": [a.to_json() for a in self.areas],
            "maximum": dec_text(self.maximum),
            "applicable_maximum": dec_text(self.applicable_maximum),
            "self_score": dec_text(self.self_score),
            "bonus": dec_text(self.bonus),
            "penalty": dec_text(self.penalty),
            "total": dec_text(self.total),
            "total_maximum": dec_text(self.total_maximum),
            "index_percent": dec_text(_rounded(self.index_percent)),
            "grade": self.grade,
            "self_assessable_percent": dec_text(_rounded(self.self_assessable_percent)),
            "province_pending": list(self.province_pending),
            "appraisal_total": dec_text(self.appraisal_total),
            "appraisal_percent": dec_text(_rounded(self.appraisal_percent)),
            "appraisal_grade": self.appraisal_grade,
            "problems": self.problems,
        }


def _rounded(value: Decimal | None) -> Decimal | None:
    from decimal import ROUND_HALF_UP

    return None if value is None else value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def summarise(
    record: AssessmentRecord, criteria_set: CriteriaSet, totals: AssessmentTotals
) -> AssessmentSummary:
    areas = []
    for area in criteria_set.areas:
        node = totals.nodes[area.code]
        counted = node.whole_maximum if node.effect == SCORE else node.maximum
        areas.append(
            AreaSummary(
                code=area.code,
                text=area.text,
                effect=node.effect,
                maximum=node.maximum,
                applicable_maximum=counted,
                self_score=node.whole_points,
                appraisal=node.appraisal,
                percent=percent(node.whole_points, counted) if node.effect == SCORE else None,
                scored=node.scored,
                leaves=node.leaves,
            )
        )
    return AssessmentSummary(
        record=record,
        set_name=criteria_set.name,
        is_sample=criteria_set.is_sample,
        areas=areas,
        maximum=totals.maximum,
        applicable_maximum=totals.applicable_maximum,
        self_score=totals.self_score + totals.province_points,
        bonus=totals.bonus,
        penalty=totals.penalty,
        total=totals.whole_points,
        total_maximum=totals.whole_maximum,
        index_percent=totals.index_percent,
        grade=totals.grade.label if totals.grade else "",
        self_assessable_percent=totals.self_percent,
        province_pending=totals.province_pending,
        appraisal_total=totals.appraisal_total,
        appraisal_percent=totals.appraisal_percent,
        appraisal_grade=totals.appraisal_grade.label if totals.appraisal_grade else "",
        problems=len(totals.problems),
    )
