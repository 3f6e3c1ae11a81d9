"""The scoring form: written for a set and an assessment, filled in Excel (here: openpyxl), read
back all or nothing as a dry run of changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from cchc_desktop import paths
from cchc_desktop.domain.assessment import AppraisalRound, Assessment, ScoreEntry
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.exporters.assessment_form import write_assessment_form
from cchc_desktop.importers.assessment_form import read_assessment_form
from cchc_desktop.importers.criteria_workbook import read_criteria_workbook
from cchc_desktop.scoring.rollup import rollup

SAMPLE = read_criteria_workbook(paths.resource("criteria", "bo-tieu-chi-mau-cap-xa.xlsx"))


def started() -> Assessment:
    return Assessment(
        "UBND xã Cửa Tùng",
        2026,
        "sample",
        entries={
            e.code: e
            for e in [
                ScoreEntry("I.1.1", choice="đúng hạn"),
                ScoreEntry("I.1.2", numerator=D(118), denominator=D(120)),
                ScoreEntry("I.1.3", self_score=D("0.75"), explanation="Thiếu thời hạn ở 2 nhiệm vụ"),
            ]
        },
    )


class Form:
    """The written form opened for filling, cells addressed by criterion code and column title."""

    def __init__(self, path: Path):
        self.path = path
        self.book = openpyxl.load_workbook(path)
        self.ws = self.book.active
        self.header = next(r for r in range(1, 20) if self.ws.cell(r, 1).value == "Mã")
        self.columns = {self.ws.cell(self.header, c).value: c for c in range(1, self.ws.max_column + 1)}
        self.rows = {
            self.ws.cell(r, 1).value: r
            for r in range(self.header + 1, self.ws.max_row + 1)
            if self.ws.cell(r, 1).value
        }

    def cell(self, code: str, column: str):
        return self.ws.cell(self.rows[code], self.columns[column])

    def set(self, code: str, column: str, value) -> None:
        self.cell(code, column).value = value

    def save(self) -> Path:
        self.book.save(self.path)
        return self.path


def written(tmp_path: Path, assessment: Assessment, **kwargs) -> Form:
    path = tmp_path / "phieu.xlsx"
    write_assessment_form(SAMPLE, assessment, path, **kwargs)
    return Form(path)


def test_form_layout_values_and_print_setup(tmp_path):
    form = written(tmp_path, started(), evidence_text={"I.1.1": "Kế hoạch số 12/KH-UBND ngày 10/01/2026"})
    ws = form.ws
    assert list(form.columns)[:11] == [
        "Mã",
        "Tiêu chí",
        "Điểm tối đa",
        "Cách chấm",
        "Số liệu",
        "Điểm tự đánh giá",
        "Không áp dụng",
        "Tài liệu kiểm chứng",
        "Giải trình",
        "Lý do chấm khác cách chấm",
        "Điểm thẩm định",
    ]
    assert (
        form.cell("I.1.2", "Số liệu").value == "118/120"
        and form.cell("I.1.2", "Số liệu").number_format == "@"
    )
    assert form.cell("I.1.2", "Điểm tự đánh giá").value == 1  # computed from the figure
    assert form.cell("I.1.2", "Cách chấm").value.startswith("Tỷ lệ: bằng 100% → 2")
    assert form.cell("I.1.1", "Tài liệu kiểm chứng").value == "Kế hoạch số 12/KH-UBND ngày 10/01/2026"
    assert form.cell("I.1.3", "Tài liệu kiểm chứng").value.startswith("(cần: ")
    area = form.rows["I"]
    assert ws.cell(area, 1).font.bold and ws.cell(area, 3).value == 14 and ws.cell(area, 6).value == D("2.75")
    assert form.cell("VIII.1", "Cách chấm").value.startswith("Do tỉnh chấm")
    assert not any(
        isinstance(c.value, str) and c.value.startswith("=") for row in ws.iter_rows() for c in row
    )
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert (
        ws.print_title_rows == f"${form.header}:${form.header}" and ws.freeze_panes == f"A{form.header + 1}"
    )
    totals = [ws.cell(r, 2).value for r in range(max(form.rows.values()) + 1, ws.max_row + 1)]
    assert "Chỉ số CCHC (%)" in totals and "Xếp loại" in totals


def test_an_untouched_form_changes_nothing(tmp_path):
    form = written(tmp_path, started())
    assert read_assessment_form(form.path, SAMPLE, started()).is_empty


def test_a_filled_form_reads_back_as_changes(tmp_path):
    form = written(tmp_path, started())
    form.set("I.1.2", "Số liệu", "120/120")  # the old computed score 1 is left as it was
    form.set("I.2.1", "Số liệu", "3")
    form.set("II.1.1", "Không áp dụng", "x")
    form.set("II.1.1", "Giải trình", "Năm 2026 không ban hành văn bản")
    form.set("II.3", "Điểm tự đánh giá", 1.75)
    form.set("VIII.1", "Điểm thẩm định", 8.5)
    form.set("IX.1", "Số liệu", "1")
    form.set("X.2", "Số liệu", "2")
    form.set("X.2", "Điểm tự đánh giá", -0.5)  # a penalty typed negative
    fill = read_assessment_form(form.save(), SAMPLE, started())
    assert sorted(fill.changes) == ["I.1.2", "I.2.1", "II.1.1", "II.3", "IX.1", "VIII.1", "X.2"]
    assert [(c.field, c.old, c.new) for c in fill.changes["I.1.2"]] == [("figure", "118/120", "120/120")]
    assert fill.entries["I.1.2"].self_score is None  # the new figure's score stands
    assert {c.field for c in fill.changes["II.1.1"]} == {"not_applicable", "na_reason"}
    assert fill.entries["X.2"].self_score == D("0.5")
    assert str(fill.changes["VIII.1"][0].label) == "Điểm thẩm định lần 1"
    after = fill.apply(started())
    totals = rollup(SAMPLE, after)
    assert not totals.problems
    assert totals.nodes["I.1.2"].self_score == D(2) and totals.nodes["I.2.1"].self_score == D("0.75")
    assert totals.nodes["II.1.1"].not_applicable == 1
    assert (totals.bonus, totals.penalty, totals.province_points) == (D(1), D("0.5"), D("8.5"))
    assert started().entries["I.1.2"].numerator == D(118)  # nothing written into the caller's assessment


def test_one_bad_value_refuses_the_whole_file_with_every_problem(tmp_path):
    form = written(tmp_path, started())
    form.set("I.2.1", "Số liệu", "3")  # fine on its own
    form.set("I.1.3", "Điểm tự đánh giá", 0.6)  # off the step
    form.set("II.3", "Điểm tự đánh giá", 5)  # above the maximum
    form.set("I.1.2", "Số liệu", "98%")  # a rate needs both figures
    form.set("I.3.1", "Không áp dụng", "x")  # not allowed here
    form.set("VIII.1", "Điểm tự đánh giá", 9)  # the province scores it
    form.set("VIII.2.1", "Điểm thẩm định", 4)  # appraisal above the maximum
    form.set("III.2.1", "Số liệu", dt.datetime(2026, 1, 12))  # Excel turned 12/1 into a date
    form.set("I.1.1", "Điểm tự đánh giá", "một")  # not a number
    form.ws.cell(form.ws.max_row + 1, 1, "XI.1")  # not in the set
    with pytest.raises(InvalidInputError) as caught:
        read_assessment_form(form.save(), SAMPLE, started())
    error = caught.value
    assert error.code == "form.invalid" and error.params["count"] == 9
    rows = {form.rows[c]: c for c in form.rows}
    reasons = {}
    for problem in error.params["problems"]:
        row = problem.params["row"]
        reasons[rows.get(row, "XI.1")] = (
            problem.params["reason"].code if "reason" in problem.params else problem.code
        )
    assert reasons == {
        "I.1.3": "score.off_step",
        "II.3": "score.above_max",
        "I.1.2": "score.figure_rate",
        "I.3.1": "score.na_not_allowed",
        "VIII.1": "score.province_scored",
        "VIII.2.1": "score.appraisal_above_max",
        "III.2.1": "form.figure_is_date",
        "I.1.1": "form.not_a_number",
        "XI.1": "form.unknown_code",
    }
    assert "Dòng" in str(error)


def test_a_score_against_the_rule_needs_a_reason(tmp_path):
    form = written(tmp_path, started())
    form.set("I.1.2", "Điểm tự đánh giá", 2)
    with pytest.raises(InvalidInputError) as caught:
        read_assessment_form(form.save(), SAMPLE, started())
    assert caught.value.params["problems"][0].params["reason"].code == "score.differs_from_rule"
    form.set("I.1.2", "Lý do chấm khác cách chấm", "Hai hồ sơ trễ do lỗi hệ thống, đã được tỉnh xác nhận")
    fill = read_assessment_form(form.save(), SAMPLE, started())
    assert fill.entries["I.1.2"].self_score == D(2) and fill.entries["I.1.2"].override_reason


def test_a_finalised_assessment_takes_appraisal_only(tmp_path):
    finalised = started()
    finalised.finalised = True
    form = written(tmp_path, finalised)
    form.set("I.1.1", "Điểm thẩm định", 0.5)
    assert read_assessment_form(form.save(), SAMPLE, finalised).entries["I.1.1"].appraisal[0].score == D(
        "0.5"
    )
    form.set("I.1.3", "Điểm tự đánh giá", 1)
    with pytest.raises(InvalidInputError) as caught:
        read_assessment_form(form.save(), SAMPLE, finalised)
    assert caught.value.params["problems"][0].params["reason"].code == "form.finalised"


def test_appraisal_rounds(tmp_path):
    assessment = started()
    assessment.entries["I.1.1"].appraisal = [
        AppraisalRound(D("0.5"), comment="Thiếu ngày ban hành"),
        AppraisalRound(None, explanation_requested=True),
    ]
    form = written(tmp_path, assessment)
    assert "Điểm thẩm định lần 2" in form.columns
    form.set("I.1.1", "Điểm thẩm định lần 2", 1)
    form.set("I.1.2", "Điểm thẩm định lần 2", 1)
    fill = read_assessment_form(form.save(), SAMPLE, assessment)
    rounds = fill.entries["I.1.1"].appraisal
    assert [(r.score, r.comment) for r in rounds] == [(D("0.5"), "Thiếu ngày ban hành"), (D(1), "")]
    assert [r.score for r in fill.entries["I.1.2"].appraisal] == [None, D(1)]
    totals = rollup(SAMPLE, fill.apply(assessment))
    assert totals.nodes["I.1.1"].appraisal == D(1) and totals.nodes["I.1.2"].lost == D(0)


def test_a_form_of_another_year_is_refused(tmp_path):
    form = written(tmp_path, started())
    other = started()
    other.year = 2025
    with pytest.raises(InvalidInputError) as caught:
        read_assessment_form(form.path, SAMPLE, other)
    assert [p.code for p in caught.value.params["problems"]] == ["form.wrong_year"]


def test_a_file_without_the_form_is_refused(tmp_path):
    path = tmp_path / "khac.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["STT", "Nhiệm vụ"])
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        read_assessment_form(path, SAMPLE, started())
    assert caught.value.code == "form.no_header"
