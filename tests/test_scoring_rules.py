"""Scoring rules: the "Cách chấm" syntax, describe() ↔ parse_rule, scoring at the boundaries,
figures of the form's "Số liệu" column."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_desktop.domain.assessment import ScoreEntry
from cchc_desktop.domain.criteria import BONUS, PENALTY, SCORE, Criterion
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.i18n import message_template
from cchc_desktop.scoring.rules import (
    Band,
    Choice,
    ChoiceRule,
    CountRule,
    FigureFields,
    FreeRule,
    RateRule,
    YesNoRule,
    figure_text,
    parse_figure,
    parse_rule,
    score_criterion,
    score_entry,
)

TIMELY = "đúng hạn: 1; trễ hạn: 0,5; không thực hiện: 0"
RATE = "tỷ lệ: trên 90% → 2; từ 70% đến 90% → 1; dưới 70% → 0"
QUICK = settings(derandomize=True, max_examples=60, deadline=None)


def refused(code: str, call, *args, **kwargs) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value.message
    assert message_template(code) is not None  # every code has its sentence
    return caught.value


# --- syntax ------------------------------------------------------------------------------------


def test_blank_cell_is_a_free_score_in_the_sets_step():
    assert parse_rule("", D(2), D("0.5")) == FreeRule(D("0.5"))
    assert parse_rule(None, D(2)) == FreeRule(D("0.25"))


@pytest.mark.parametrize(
    "text",
    [
        "chấm từ 0 đến tối đa, bước 0,5",
        "Chấm từ 0 đến tối đa; bước 0.5",
        "bước 0,5",
        "cham tu 0 den toi da, buoc 0,5",
        "BƯỚC 0,5 ĐIỂM",
    ],
)
def test_free_score_with_its_own_step(text):
    assert parse_rule(text, D(2)) == FreeRule(D("0.5"))


@pytest.mark.parametrize(
    "text",
    ["có/không", "Có / Không", "co/khong", "CÓ HOẶC KHÔNG", "có: tối đa; không: 0", "có → 2; không → 0"],
)
def test_yes_no(text):
    assert parse_rule(text, D(2)) == YesNoRule()


@pytest.mark.parametrize(
    "text",
    [
        TIMELY,
        "Đúng hạn → 1; Trễ hạn → 0,5; Không thực hiện → 0",
        "đúng hạn = 1, trễ hạn = 0.5, không thực hiện = 0",
        "đúng hạn 1 điểm; trễ hạn 0,5 điểm; không thực hiện 0 điểm",
        "dung han -> 1; tre han -> 0,5; khong thuc hien -> 0",
    ],
)
def test_timeliness_choices(text):
    rule = parse_rule(text, D(1))
    assert isinstance(rule, ChoiceRule)
    assert [c.points for c in rule.choices] == [D(1), D("0.5"), D(0)]
    assert rule.find("ĐÚNG HẠN") == rule.choices[0]


def test_a_choice_label_may_hold_a_comma():
    rule = parse_rule("ban hành, triển khai đúng hạn: 1; chậm: 0", D(1))
    assert [c.label for c in rule.choices] == ["ban hành, triển khai đúng hạn", "chậm"]


@pytest.mark.parametrize(
    "text",
    [
        RATE,
        "Tỷ lệ: >90%: 2; >=70% - 90%: 1; <70%: 0",
        "ty le: >90% -> 2; 70-90% -> 1; <70% -> 0",
        "TỶ LỆ: trên 90% = 2; từ 70% tới 90% = 1; dưới 70% = 0",
        "trên 90%: 2 điểm\ntừ 70% đến 90%: 1 điểm\ndưới 70%: 0 điểm",
    ],
)
def test_rate_bands_in_many_spellings(text):
    assert parse_rule(text, D(2)) == RateRule(
        (
            Band(D(2), D(90), False),
            Band(D(1), D(70), True, D(90), True),
            Band(D(0), upper=D(70), upper_inclusive=False),
        )
    )


@pytest.mark.parametrize(
    "text,per,unit,cap",
    [
        ("mỗi lần: 0,25", D("0.25"), "lần", None),
        ("0,5 điểm/1 cuộc", D("0.5"), "cuộc", None),
        ("0,25 điểm/lần", D("0.25"), "lần", None),
        ("mỗi cuộc 0,5 điểm, tối đa 1", D("0.5"), "cuộc", D(1)),
        ("0,5 mỗi sáng kiến", D("0.5"), "sáng kiến", None),
    ],
)
def test_counts(text, per, unit, cap):
    assert parse_rule(text, D(2)) == CountRule(per, unit, cap)


def test_bonus_and_penalty():
    assert parse_rule("điểm thưởng", D(3)) == FreeRule(D("0.25"), BONUS)
    assert parse_rule("Điểm trừ", D(3)) == FreeRule(D("0.25"), PENALTY)
    assert parse_rule("trừ 0,5 mỗi lần, tối đa 2", D(2)) == CountRule(D("0.5"), "lần", D(2), PENALTY)
    assert parse_rule("Điểm thưởng: có/không", D(1)) == YesNoRule(BONUS)
    assert parse_rule("điểm trừ: trừ 0,25 mỗi lần", D(1)) == CountRule(D("0.25"), "lần", None, PENALTY)


def test_a_choice_that_starts_like_a_bonus_word_is_a_choice():
    rule = parse_rule("công khai đầy đủ: 1; không công khai: 0", D(1))
    assert isinstance(rule, ChoiceRule) and rule.effect == SCORE


@pytest.mark.parametrize(
    "text,max_points,code",
    [
        ("linh tinh", D(1), "rule.unreadable"),
        ("tỷ lệ: trên 90% → 2; từ 70% đến dưới 90% → 1", D(2), "rule.band_gap"),
        ("tỷ lệ: trên 90% → 2; từ 70% đến 90% → 1; dưới 70% → 0; bằng 100% → 2", D(2), "rule.band_overlap"),
        ("tỷ lệ: từ 90% → 2; từ 70% đến 90% → 1; dưới 70% → 0", D(2), "rule.band_overlap"),
        (RATE, D(1), "rule.points_above_max"),
        ("tỷ lệ: trên 120% → 2; dưới 120% → 0", D(2), "rule.band_out_of_range"),
        ("tỷ lệ: từ 90% đến 70% → 1; dưới 70% → 0; trên 90% → 1", D(2), "rule.band_empty"),
        ("tỷ lệ: khoảng 90% → 1", D(2), "rule.band_unreadable"),
        ("đúng hạn: 2; trễ hạn: 1", D(1), "rule.points_above_max"),
        ("đúng hạn: 1; Đúng hạn: 0", D(1), "rule.choice_duplicate"),
        ("đúng hạn: 1", D(1), "rule.too_few_choices"),
        ("mỗi lần: 0,25, tối đa 3", D(2), "rule.cap_above_max"),
        ("mỗi lần: 0", D(2), "rule.per_unit_not_positive"),
        ("bước 0,3", D(1), "rule.max_off_step"),
        ("bước 0", D(1), "rule.step_not_positive"),
        ("đúng hạn: x; trễ hạn: 0", D(1), "rule.bad_number"),
    ],
)
def test_unreadable_or_inconsistent_rules_say_what_is_wrong(text, max_points, code):
    refused(code, parse_rule, text, max_points)


def test_band_gap_names_the_uncovered_rate():
    error = refused("rule.band_gap", parse_rule, "tỷ lệ: trên 90% → 2; từ 0% đến dưới 90% → 1", D(2))
    assert error.params["value"] == "90%"


# --- describe() ↔ parse_rule ------------------------------------------------------------------

points = st.integers(min_value=0, max_value=8).map(lambda n: D(n) / 4)
labels = st.sampled_from(
    ["đúng hạn", "trễ hạn", "không thực hiện", "đầy đủ", "một phần", "Có văn bản", "xử lý xong", "chưa xử lý"]
)
effects = st.sampled_from([SCORE, BONUS, PENALTY])


@st.composite
def rate_rules(draw):
    """A partition of 0..100 % into bands with random edges and inclusivity."""
    edges = sorted(draw(st.sets(st.integers(min_value=1, max_value=99), min_size=0, max_size=4)))
    bands, lower, lower_inclusive = [], None, True
    for edge in edges:
        upper_inclusive = draw(st.booleans())
        bands.append(
            Band(draw(points), None if lower is None else D(lower), lower_inclusive, D(edge), upper_inclusive)
        )
        lower, lower_inclusive = edge, not upper_inclusive
    bands.append(Band(draw(points), None if lower is None else D(lower), lower_inclusive))
    if draw(st.booleans()):
        bands.reverse()
    return RateRule(tuple(bands), draw(effects))


rules = st.one_of(
    st.builds(FreeRule, st.sampled_from([D("0.25"), D("0.5"), D(1)]), effects),
    st.builds(YesNoRule, effects),
    st.builds(
        lambda ls, ps, e: ChoiceRule(tuple(Choice(label, p) for label, p in zip(ls, ps)), e),
        st.lists(labels, min_size=2, max_size=4, unique=True),
        st.lists(points, min_size=4, max_size=4),
        effects,
    ),
    rate_rules(),
    st.builds(
        CountRule,
        st.sampled_from([D("0.25"), D("0.5"), D(1)]),
        st.sampled_from(["lần", "cuộc", "sáng kiến"]),
        st.one_of(st.none(), st.sampled_from([D(1), D("1.5")])),
        effects,
    ),
)


@QUICK
@given(rules)
def test_describe_reads_back_to_an_equal_rule(rule):
    assert parse_rule(rule.describe(), D(2)) == rule


# --- scoring -----------------------------------------------------------------------------------


def entry(**fields) -> ScoreEntry:
    return ScoreEntry("1.2", **fields)


@QUICK
@given(st.integers(min_value=0, max_value=12))
def test_any_free_score_on_the_step_within_the_maximum_is_accepted(k):
    assert score_entry(FreeRule(D("0.25")), D(3), entry(self_score=k * D("0.25"))) == k * D("0.25")


@QUICK
@given(st.decimals(min_value=-5, max_value=8, places=3, allow_nan=False))
def test_any_other_free_score_is_refused(value):
    if D(0) <= value <= D(3) and value % D("0.25") == 0:
        return
    with pytest.raises(InvalidInputError) as caught:
        score_entry(FreeRule(D("0.25")), D(3), entry(self_score=value))
    assert caught.value.code in ("score.negative", "score.above_max", "score.off_step")
    assert caught.value.params["code"] == "1.2"


def test_refusals_carry_code_value_and_maximum():
    error = refused("score.above_max", score_entry, FreeRule(), D(2), entry(self_score=D("2.5")))
    assert error.params == {"code": "1.2", "value": "2,5", "maximum": "2"}
    error = refused("score.off_step", score_entry, FreeRule(D("0.5")), D(2), entry(self_score=D("1.2")))
    assert (error.params["lower"], error.params["upper"]) == ("1", "1,5")


def test_yes_no_and_choices():
    assert score_entry(YesNoRule(), D(2), entry(choice="có")) == D(2)
    assert score_entry(YesNoRule(), D(2), entry(choice="Không")) == D(0)
    assert score_entry(YesNoRule(), D(2), entry(self_score=D(2))) == D(2)  # the score says the choice
    refused("score.yes_no_value", score_entry, YesNoRule(), D(2), entry(self_score=D(1)))
    rule = parse_rule(TIMELY, D(1))
    assert score_entry(rule, D(1), entry(choice="trễ hạn")) == D("0.5")
    error = refused("score.unknown_choice", score_entry, rule, D(1), entry(choice="quá hạn"))
    assert "đúng hạn" in error.params["choices"]


@pytest.mark.parametrize(
    "numerator,denominator,expected",
    [
        (118, 120, 2),
        (109, 120, 2),
        (108, 120, 1),
        (84, 120, 1),
        (83, 120, 0),
        (0, 5, 0),
        (5, 5, 2),
        (9, 10, 1),
        (7, 10, 1),
        ("6.99", 10, 0),
    ],
)
def test_rates_exactly_on_a_band_edge(numerator, denominator, expected):
    rule = parse_rule(RATE, D(2))
    assert score_entry(rule, D(2), entry(numerator=D(numerator), denominator=D(denominator))) == D(expected)


@QUICK
@given(
    st.integers(min_value=1, max_value=5000).flatmap(
        lambda d: st.tuples(st.integers(min_value=0, max_value=d), st.just(d))
    )
)
def test_rate_score_matches_exact_fractions(pair):
    numerator, denominator = pair
    rate = Fraction(numerator * 100, denominator)
    expected = 2 if rate > 90 else 1 if rate >= 70 else 0
    rule = parse_rule(RATE, D(2))
    assert score_entry(rule, D(2), entry(numerator=D(numerator), denominator=D(denominator))) == expected


@pytest.mark.parametrize(
    "fields,code",
    [
        ({"numerator": D(5)}, "score.rate_incomplete"),
        ({"numerator": D(5), "denominator": D(0)}, "score.zero_denominator"),
        ({"numerator": D(121), "denominator": D(120)}, "score.numerator_above_denominator"),
        ({"numerator": D(-1), "denominator": D(120)}, "score.negative_figure"),
        ({"self_score": D(2)}, "score.figure_missing"),
        ({"numerator": D(118), "denominator": D(120), "self_score": D(1)}, "score.differs_from_rule"),
    ],
)
def test_rate_refusals(fields, code):
    refused(code, score_entry, parse_rule(RATE, D(2)), D(2), entry(**fields))


def test_counts_are_exact_and_capped():
    rule = parse_rule("mỗi lần: 0,1", D(1))
    assert score_entry(rule, D(1), entry(count=D(3))) == D("0.3")  # never 0.30000000000000004
    assert score_entry(rule, D(1), entry(count=D(40))) == D(1)
    capped = parse_rule("trừ 0,5 mỗi lần, tối đa 1", D(2))
    assert score_entry(capped, D(2), entry(count=D(3))) == D(1)
    refused("score.count_not_whole", score_entry, rule, D(1), entry(count=D("1.5")))
    refused("score.negative_figure", score_entry, rule, D(1), entry(count=D(-1)))


def test_an_override_needs_a_reason_and_stays_within_the_maximum():
    rule = parse_rule(TIMELY, D(1))
    refused(
        "score.differs_from_rule", score_entry, rule, D(1), entry(choice="đúng hạn", self_score=D("0.75"))
    )
    assert score_entry(
        rule, D(1), entry(choice="đúng hạn", self_score=D("0.75"), override_reason="Đoàn kiểm tra nhắc nhở")
    ) == D("0.75")
    refused(
        "score.above_max",
        score_entry,
        rule,
        D(1),
        entry(choice="đúng hạn", self_score=D("1.25"), override_reason="x"),
    )
    refused(
        "score.negative",
        score_entry,
        rule,
        D(1),
        entry(choice="đúng hạn", self_score=D(-1), override_reason="x"),
    )


def test_nothing_entered_is_not_scored_and_not_applicable_is_none():
    assert score_entry(parse_rule(RATE, D(2)), D(2), entry()) is None
    assert score_entry(FreeRule(), D(2), entry(not_applicable=True, self_score=D(1))) is None


def test_criterion_conditions():
    plain = Criterion("1.2", "t", D(2), FreeRule())
    refused("score.na_not_allowed", score_criterion, plain, entry(not_applicable=True))
    survey = Criterion("1.2", "t", D(10), FreeRule(), province_scored=True)
    refused("score.province_scored", score_criterion, survey, entry(self_score=D(5)))
    assert score_criterion(survey, entry()) is None


# --- figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule_text,typed,fields,shown",
    [
        (RATE, "118/120", FigureFields(numerator=D(118), denominator=D(120)), "118/120"),
        (RATE, " 1.234 / 1.500 (82,3%)", FigureFields(numerator=D(1234), denominator=D(1500)), "1.234/1.500"),
        (RATE, "12,5/20", FigureFields(numerator=D("12.5"), denominator=D(20)), "12,5/20"),
        ("có/không", "Có", FigureFields(choice="có"), "có"),
        ("có/không", "x", FigureFields(choice="có"), "có"),
        ("có/không", "khong", FigureFields(choice="không"), "không"),
        (TIMELY, "ĐÚNG HẠN", FigureFields(choice="đúng hạn"), "đúng hạn"),
        ("mỗi lần: 0,25", "5 lần", FigureFields(count=D(5)), "5"),
        ("", "", FigureFields(), ""),
    ],
)
def test_figures_read_and_shown(rule_text, typed, fields, shown):
    rule = parse_rule(rule_text, D(2))
    assert parse_figure(rule, typed) == fields
    assert figure_text(rule, fields.apply_to(entry())) == shown
    assert parse_figure(rule, shown) == fields


@pytest.mark.parametrize(
    "rule_text,typed,code",
    [
        (RATE, "98%", "score.figure_rate"),
        (RATE, "118", "score.figure_rate"),
        ("có/không", "được", "score.figure_yes_no"),
        (TIMELY, "quá hạn", "score.figure_choice"),
        ("mỗi lần: 0,25", "năm lần", "score.figure_count"),
        ("", "5", "score.figure_unexpected"),
    ],
)
def test_figures_that_do_not_fit_the_rule(rule_text, typed, code):
    refused(code, parse_figure, parse_rule(rule_text, D(2)), typed)
