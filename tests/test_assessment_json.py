"""Criteria sets and assessments ↔ JSON ("cchc-criteria", "cchc-assessment", version 1)."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from cchc_desktop import paths
from cchc_desktop.domain.assessment import AppraisalRound, Assessment, ScoreEntry
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.importers.criteria_workbook import read_criteria_workbook
from cchc_desktop.interchange.assessment_json import (
    assessment_from_dict,
    assessment_to_dict,
    criteria_set_from_dict,
    criteria_set_to_dict,
)


def sample():
    criteria = read_criteria_workbook(paths.resource("criteria", "bo-tieu-chi-mau-cap-xa.xlsx"))
    criteria.uuid = "0b5f9c1e-0000-4000-8000-000000000001"
    criteria.find("I.1.1").uuid = "0b5f9c1e-0000-4000-8000-000000000002"
    return criteria


def test_a_criteria_set_survives_json_text():
    criteria = sample()
    data = json.loads(json.dumps(criteria_set_to_dict(criteria), ensure_ascii=False))
    assert (data["format"], data["version"]) == ("cchc-criteria", 1)
    assert data["criteria_set"]["step"] == "0.25"
    first = data["criteria_set"]["areas"][0]["children"][0]["children"][0]
    assert first["max_points"] == "1" and first["rule"] == "Đúng hạn: 1; trễ hạn: 0,5; không ban hành: 0"
    assert criteria_set_from_dict(data) == criteria


def test_an_assessment_survives_json_text_with_exact_decimals():
    assessment = Assessment(
        "UBND xã A",
        2026,
        "set-uuid",
        revision=2,
        finalised=True,
        uuid="a1",
        entries={
            "I.1.2": ScoreEntry("I.1.2", numerator=D(118), denominator=D(120), explanation="Hai hồ sơ trễ"),
            "I.2.1": ScoreEntry(
                "I.2.1",
                count=D(3),
                self_score=D("0.3"),
                override_reason="Theo ý kiến đoàn",
                appraisal=[
                    AppraisalRound(D("0.25"), "thiếu báo cáo quý I", True, "Đã bổ sung"),
                    AppraisalRound(None),
                ],
            ),
            "II.1.1": ScoreEntry("II.1.1", not_applicable=True, na_reason="Không ban hành văn bản"),
        },
    )
    data = json.loads(json.dumps(assessment_to_dict(assessment)))
    entry = data["assessment"]["entries"][1]
    assert (entry["self_score"], entry["count"], entry["appraisal"][1]["score"]) == ("0.3", "3", None)
    assert assessment_from_dict(data) == assessment


@pytest.mark.parametrize(
    "change,where",
    [
        (lambda d: d.update(format="cchc-plan"), "format"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d["assessment"].update(year=1800), "assessment.year"),
        (lambda d: d["assessment"]["entries"][0].update(self_score=0.5), "assessment.entries[0].self_score"),
        (
            lambda d: d["assessment"]["entries"][0].update(self_score="1e3"),
            "assessment.entries[0].self_score",
        ),
        (
            lambda d: d["assessment"]["entries"][0].update(not_applicable="có"),
            "assessment.entries[0].not_applicable",
        ),
        (
            lambda d: d["assessment"]["entries"].append(dict(d["assessment"]["entries"][0])),
            "assessment.entries[1].code",
        ),
    ],
)
def test_bad_assessment_documents_name_the_place(change, where):
    data = assessment_to_dict(Assessment("A", 2026, "s", entries={"1": ScoreEntry("1", self_score=D(1))}))
    change(data)
    with pytest.raises(InvalidInputError) as caught:
        assessment_from_dict(data)
    assert caught.value.code == "score.json_invalid" and caught.value.params["where"] == where


def test_bad_criteria_documents_name_the_place():
    data = criteria_set_to_dict(sample())
    data["criteria_set"]["areas"][0]["children"][0]["children"][1]["rule"] = (
        "tỷ lệ: trên 90% → 5; dưới 90% → 0"
    )
    with pytest.raises(InvalidInputError) as caught:
        criteria_set_from_dict(data)
    assert caught.value.params["where"] == "criteria_set.areas[0].children[0].children[1].rule"
    data = criteria_set_to_dict(sample())
    data["criteria_set"]["areas"][0]["max_points"] = "15"
    with pytest.raises(InvalidInputError) as caught:
        criteria_set_from_dict(data)
    assert caught.value.params["reason"].code == "criteria.json.max_not_sum"
