"""The due-time parser (cchc_desktop/domain/due.py): the issue's examples, the seeds' real texts,
generated forms (hypothesis), the DueRange helpers and the speed.

The property tests run a fixed, small set of examples; to explore with new ones:
    CCHC_DUE_EXAMPLES=3000 .venv/bin/python -m pytest tests/test_due.py
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import time
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_desktop.domain import due as due_module
from cchc_desktop.domain.due import DUE_KINDS, DueRange, due_kind_label, parse_due
from cchc_desktop.text import fold, to_roman

D = dt.date
H2_2025 = (D(2025, 7, 1), D(2025, 12, 31))
YEAR_2024 = (D(2024, 1, 1), D(2024, 12, 31))
YEAR_2025 = (D(2025, 1, 1), D(2025, 12, 31))
YEAR_2026 = (D(2026, 1, 1), D(2026, 12, 31))
Y2026_2030 = (D(2026, 1, 1), D(2030, 12, 31))

EXPLORE = int(os.environ.get("CCHC_DUE_EXAMPLES", "0"))


def examples(count: int) -> settings:
    return settings(
        derandomize=not EXPLORE,
        max_examples=EXPLORE or count,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


PROPERTY = examples(60)


def month_end(year: int, month: int) -> dt.date:
    return D(year, month, calendar.monthrange(year, month)[1])


# --- the issue's examples, family by family -----------------------------------------------------

EXAMPLES = [
    # deadline: start is the period's start, end the date
    ("Trước ngày 31/7/2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 7, 31)),
    ("Trước 15/8/2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 8, 15)),
    ("Hoàn thành trước ngày 30/6", YEAR_2025, "deadline", D(2025, 1, 1), D(2025, 6, 30)),
    ("chậm nhất ngày 15/12/2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 12, 15)),
    ("Ngày 20/10/2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 10, 20)),
    ("31/12/2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 12, 31)),
    ("trước 30/9", H2_2025, "deadline", D(2025, 7, 1), D(2025, 9, 30)),
    ("Trong năm và hoàn thành trước 10/12/2024", YEAR_2024, "deadline", D(2024, 1, 1), D(2024, 12, 10)),
    ("31.7.2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 7, 31)),
    ("31-7-2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 7, 31)),
    ("31/7/25", H2_2025, "deadline", D(2025, 7, 1), D(2025, 7, 31)),
    ("TRƯỚC   NGÀY  31 / 7 / 2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 7, 31)),
    ("truoc ngay 31/7/2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 7, 31)),
    ("ngày 5 tháng 9 năm 2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 9, 5)),
    ("2025-12-31", H2_2025, "deadline", D(2025, 7, 1), D(2025, 12, 31)),
    ("Quý IV năm 2025 (trước 15/12)", H2_2025, "deadline", D(2025, 7, 1), D(2025, 12, 15)),
    ("chậm nhất tháng 10/2025", H2_2025, "deadline", D(2025, 7, 1), D(2025, 10, 31)),
    ("Trước tháng 9", H2_2025, "deadline", D(2025, 7, 1), D(2025, 8, 31)),
    # range: months, quarters, halves, years and spans of them
    ("Quý III, IV", H2_2025, "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Quý IV/2025", H2_2025, "range", D(2025, 10, 1), D(2025, 12, 31)),
    ("Quý IV, năm 2025", H2_2025, "range", D(2025, 10, 1), D(2025, 12, 31)),
    ("quý 4 năm 2025", H2_2025, "range", D(2025, 10, 1), D(2025, 12, 31)),
    ("Tháng 12/2025", H2_2025, "range", D(2025, 12, 1), D(2025, 12, 31)),
    ("tháng 12 năm 2025", H2_2025, "range", D(2025, 12, 1), D(2025, 12, 31)),
    ("Tháng 7-8/2025", H2_2025, "range", D(2025, 7, 1), D(2025, 8, 31)),
    ("Từ tháng 7 đến tháng 9", H2_2025, "range", D(2025, 7, 1), D(2025, 9, 30)),
    ("Năm 2025", H2_2025, "range", D(2025, 1, 1), D(2025, 12, 31)),
    ("2026-2030", Y2026_2030, "range", D(2026, 1, 1), D(2030, 12, 31)),
    ("Giai đoạn 2026 - 2030", YEAR_2025, "range", D(2026, 1, 1), D(2030, 12, 31)),
    ("6 tháng đầu năm", YEAR_2025, "range", D(2025, 1, 1), D(2025, 6, 30)),
    ("6 tháng cuối năm 2025", H2_2025, "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Quý I", YEAR_2025, "range", D(2025, 1, 1), D(2025, 3, 31)),
    ("Quý 1", YEAR_2025, "range", D(2025, 1, 1), D(2025, 3, 31)),
    ("Q3", YEAR_2025, "range", D(2025, 7, 1), D(2025, 9, 30)),
    ("quý 3+4", YEAR_2025, "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Cả năm", YEAR_2025, "range", D(2025, 1, 1), D(2025, 12, 31)),
    ("Quý I-IV năm 2026", YEAR_2026, "range", D(2026, 1, 1), D(2026, 12, 31)),
    ("Từ ngày 01/7/2025 đến ngày 31/12/2025", H2_2025, "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("01/7/2025 - 31/12/2025", H2_2025, "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Từ 15/9/2025", H2_2025, "range", D(2025, 9, 15), D(2025, 12, 31)),
    ("Từ quý III đến hết năm 2025", H2_2025, "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Tháng 7/2025 - Tháng 2/2026", H2_2025, "range", D(2025, 7, 1), D(2026, 2, 28)),
    ("12/2025", H2_2025, "range", D(2025, 12, 1), D(2025, 12, 31)),
    ("Đầu năm 2026", H2_2025, "range", D(2026, 1, 1), D(2026, 3, 31)),
    ("quí IV", YEAR_2025, "range", D(2025, 10, 1), D(2025, 12, 31)),
    ("Quý 2 năm nay", YEAR_2025, "range", D(2025, 4, 1), D(2025, 6, 30)),
    ("Tháng 11/2025 đến tháng 1/2026", YEAR_2025, "range", D(2025, 11, 1), D(2026, 1, 31)),
    ("Hoàn thành trong Quý II/2025", YEAR_2025, "range", D(2025, 4, 1), D(2025, 6, 30)),
    # recurring and continuous end at the period's end, start at its start
    ("Hàng tháng", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("hằng tháng", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Hàng quý", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("hằng quý", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Hàng năm", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("hằng năm", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Định kỳ", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Định kỳ hoặc đột xuất", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("6 tháng, hàng năm", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("báo cáo định kỳ", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Báo cáo tháng, quý, năm", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Hoàn thành trước 25/11 hàng năm", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Hàng tháng (trước ngày 20)", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Trước ngày 5 của tháng đầu quý", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Hằng năm (trước 15/12)", H2_2025, "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Thường xuyên", H2_2025, "continuous", D(2025, 7, 1), D(2025, 12, 31)),
    ("thường xuyên, liên tục", H2_2025, "continuous", D(2025, 7, 1), D(2025, 12, 31)),
    ("Thường xuyên trong quý IV", H2_2025, "continuous", D(2025, 10, 1), D(2025, 12, 31)),
    # unknown: no time named, no dates guessed
    ("Theo KH được phê duyệt", H2_2025, "unknown", None, None),
    ("Sau khi hệ thống được nâng cấp", H2_2025, "unknown", None, None),
    ("Theo chỉ đạo của UBND tỉnh", H2_2025, "unknown", None, None),
    ("", H2_2025, "unknown", None, None),
    ("   ", H2_2025, "unknown", None, None),
    ("Khi có yêu cầu", H2_2025, "unknown", None, None),
    ("Theo quy định", H2_2025, "unknown", None, None),
    ("Theo Quyết định số 2088/QĐ-UBND ngày 14/5/2021", H2_2025, "unknown", None, None),
    ("Kế hoạch 45/KH-UBND ngày 10/1/2025", H2_2025, "unknown", None, None),
    ("Thực hiện theo Nghị định 30/2020/NĐ-CP", H2_2025, "unknown", None, None),
    ("Áp dụng ISO 9001:2015", H2_2025, "unknown", None, None),
    ("Trong vòng 05 ngày làm việc", H2_2025, "unknown", None, None),
    ("Đột xuất", H2_2025, "unknown", None, None),
    # impossible dates are dropped, never raised
    ("31/2/2025", H2_2025, "unknown", None, None),
    ("Trước ngày 29/2/2025", H2_2025, "unknown", None, None),
    ("Tháng 13", H2_2025, "unknown", None, None),
    ("Tháng 13/2025", H2_2025, "unknown", None, None),
    ("Quý V/2025", H2_2025, "unknown", None, None),
    ("32/1/2025", H2_2025, "unknown", None, None),
    ("Năm 1800", H2_2025, "unknown", None, None),
]


@pytest.mark.parametrize(("text", "period", "kind", "start", "end"), EXAMPLES)
def test_issue_examples(text, period, kind, start, end):
    result = parse_due(text, *period)
    assert (result.kind, result.start, result.end) == (kind, start, end)


def test_named_day_every_year_becomes_occurrences():
    assert parse_due("Hoàn thành trước 25/11 hàng năm", *H2_2025).occurrences == (D(2025, 11, 25),)
    assert parse_due("Trước 25/11 hàng năm", *Y2026_2030).occurrences == tuple(
        D(y, 11, 25) for y in range(2026, 2031)
    )
    # 25/3 of a July–December plan falls outside it: no occurrence, the row still recurs
    result = parse_due("Trước 25/3 hàng năm", *H2_2025)
    assert (result.kind, result.occurrences, result.end) == ("recurring", (), D(2025, 12, 31))


def test_monthly_named_day_becomes_occurrences():
    result = parse_due("Hàng tháng (trước ngày 20)", *H2_2025)
    assert result.occurrences == tuple(D(2025, m, 20) for m in range(7, 13))
    # the 31st of a short month is its last day
    assert parse_due("ngày 31 hàng tháng", *YEAR_2025).occurrences[1] == D(2025, 2, 28)


def test_month_or_quarter_every_year_falls_due_at_its_end():
    assert parse_due("Tháng 12 hàng năm", *Y2026_2030).occurrences == tuple(
        D(y, 12, 31) for y in range(2026, 2031)
    )
    assert parse_due("Quý I hằng năm", *YEAR_2026).occurrences == (D(2026, 3, 31),)


def test_named_dates_of_a_recurring_text_are_its_occurrences():
    result = parse_due("Định kỳ: 15/8 và 15/12", *H2_2025)
    assert result.occurrences == (D(2025, 8, 15), D(2025, 12, 15))
    assert result.label() == "định kỳ 2 lần, lần cuối 15/12/2025"


def test_missing_year_in_a_multi_year_period_covers_every_year():
    # a bare quarter of a 2026–2030 plan could be any of five: the range covers them all
    assert parse_due("Quý IV", *Y2026_2030) == DueRange("range", D(2026, 10, 1), D(2030, 12, 31))
    assert parse_due("Tháng 3", *Y2026_2030) == DueRange("range", D(2026, 3, 1), D(2030, 3, 31))
    # a bare deadline is the last it can mean: never overdue on a guess
    assert parse_due("Trước 30/9", *Y2026_2030) == DueRange("deadline", D(2026, 1, 1), D(2030, 9, 30))


def test_missing_year_outside_the_period_takes_the_nearest():
    # March is not in July–December 2025: March 2026 is nearer than March 2025
    assert parse_due("Tháng 3", *H2_2025) == DueRange("range", D(2026, 3, 1), D(2026, 3, 31))
    # a plan for the first half of 2026 made in December 2025 ("Tháng 12" = December 2025)
    h1_2026 = (D(2026, 1, 1), D(2026, 6, 30))
    assert parse_due("Tháng 12", *h1_2026) == DueRange("range", D(2025, 12, 1), D(2025, 12, 31))
    # a deadline before the period starts: start is the deadline itself, never after the end
    assert parse_due("Trước 30/6", *H2_2025) == DueRange("deadline", D(2025, 6, 30), D(2025, 6, 30))


def test_period_given_backwards_or_as_datetimes():
    result = parse_due("Quý III", dt.datetime(2025, 12, 31, 10), dt.datetime(2025, 7, 1))
    assert result == DueRange("range", D(2025, 7, 1), D(2025, 9, 30))


def test_no_text_at_all_is_unknown():
    assert parse_due(None, *H2_2025) == DueRange("unknown", None, None)  # type: ignore[arg-type]
    assert parse_due("\x00\ud800 ", *H2_2025).kind == "unknown"


# --- the seeds' real due texts ----------------------------------------------------------------

# Every "Thời gian" cell of /work/shared/seeds/commune-plan-cua-tung-2025H2.txt (a plan for the
# second half of 2025), with the line breaks of the PDF.
COMMUNE_DUE_TEXTS = [
    ("Trước ngày \n31/7/2025", "deadline", D(2025, 7, 1), D(2025, 7, 31)),
    ("Quý III, IV", "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Quý III, IV \n\nnăm 2025", "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Quý IV, \n\nnăm 2025", "range", D(2025, 10, 1), D(2025, 12, 31)),
    ("Hoàn thành \n\ntrước 25/11 \n\nhàng năm", "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Quý IV ", "range", D(2025, 10, 1), D(2025, 12, 31)),
    ("Trước ngày \n\n18/11/2025 ", "deadline", D(2025, 7, 1), D(2025, 11, 18)),
    ("Báo cáo năm \n\ntrước ngày \n\n07/11", "deadline", D(2025, 7, 1), D(2025, 11, 7)),
    ("Định kỳ theo \n\nkế hoạch", "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("- Trước ngày \n01/12/2025", "deadline", D(2025, 7, 1), D(2025, 12, 1)),
    ("Thường xuyên ", "continuous", D(2025, 7, 1), D(2025, 12, 31)),
    ("Hàng tháng \nhoặc đột xuất", "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Trước \n15/8/2025", "deadline", D(2025, 7, 1), D(2025, 8, 15)),
    ("Định kỳ hoặc \nđột xuất", "recurring", D(2025, 7, 1), D(2025, 12, 31)),
    ("Năm 2025 ", "range", D(2025, 1, 1), D(2025, 12, 31)),
    ("Quý III, \nIV/2025", "range", D(2025, 7, 1), D(2025, 12, 31)),
    ("Quý  IV", "range", D(2025, 10, 1), D(2025, 12, 31)),
    ("Quý  \nIV/2025", "range", D(2025, 10, 1), D(2025, 12, 31)),
    # they name no time of their own: unknown, rightly
    ("Theo KH \nđược phê \nduyệt", "unknown", None, None),
    ("Theo Kế \nhoạch phê \nduyệt", "unknown", None, None),
]

# Every "7- Thời gian hoàn thành" cell of /work/shared/seeds/province-plan-ha-tinh-2026.txt.
PROVINCE_DUE_TEXTS = [
    ("Tháng 12/2025", "range", D(2025, 12, 1), D(2025, 12, 31)),
    ("Quý I năm 2026", "range", D(2026, 1, 1), D(2026, 3, 31)),
    ("Quý IV năm 2026", "range", D(2026, 10, 1), D(2026, 12, 31)),
    ("Thường xuyên", "continuous", D(2026, 1, 1), D(2026, 12, 31)),
    ("Năm 2026", "range", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026", "range", D(2026, 1, 1), D(2026, 12, 31)),
    ("Quý II/2026", "range", D(2026, 4, 1), D(2026, 6, 30)),
    ("Quý I-IV năm 2026", "range", D(2026, 1, 1), D(2026, 12, 31)),
    ("Hàng tháng", "recurring", D(2026, 1, 1), D(2026, 12, 31)),
    ("Tháng 01/2026", "range", D(2026, 1, 1), D(2026, 1, 31)),
    ("Quý II- IV năm 2026", "range", D(2026, 4, 1), D(2026, 12, 31)),
    ("Quý III năm 2026", "range", D(2026, 7, 1), D(2026, 9, 30)),
    ("Theo dõi thường xuyên; Đôn đốc tiến độ hàng tháng", "recurring", D(2026, 1, 1), D(2026, 12, 31)),
    ("Tháng 3/2026", "range", D(2026, 3, 1), D(2026, 3, 31)),
    ("Quý III/2026", "range", D(2026, 7, 1), D(2026, 9, 30)),
    ("Tháng 10/2026", "range", D(2026, 10, 1), D(2026, 10, 31)),
    ("Quý I/2025", "range", D(2025, 1, 1), D(2025, 3, 31)),
    ("Quý I/2026", "range", D(2026, 1, 1), D(2026, 3, 31)),
    ("Năm 2025", "range", D(2025, 1, 1), D(2025, 12, 31)),
    # relative to an event whose date the plan does not know: unknown, rightly
    ("01 tháng sau khi các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS", "unknown", None, None),
    ("01 tháng sau khi các cơ quan TW công bố chỉ số PCI", "unknown", None, None),
    ("01 tháng sau khi Bộ Khoa học và Công nghệ công bố chỉ số DTI", "unknown", None, None),
    (
        "Trong thời hạn 30 ngày kể từ ngày nhận được kết luận kiểm tra về văn bản trái pháp luật",
        "unknown",
        None,
        None,
    ),
    ("Ngay sau khi ban hành văn bản QPPL", "unknown", None, None),
    ("Theo lộ trình được cấp có thẩm quyền quy định", "unknown", None, None),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), COMMUNE_DUE_TEXTS)
def test_commune_seed_due_texts(text, kind, start, end):
    result = parse_due(text, *H2_2025)
    assert (result.kind, result.start, result.end) == (kind, start, end)


@pytest.mark.parametrize(("text", "kind", "start", "end"), PROVINCE_DUE_TEXTS)
def test_province_seed_due_texts(text, kind, start, end):
    result = parse_due(text, *YEAR_2026)
    assert (result.kind, result.start, result.end) == (kind, start, end)


# --- generated forms ---------------------------------------------------------------------------


def _vary(text: str, how: int) -> str:
    """The same text as users also type it: capitals, no accents, decomposed, odd spacing."""
    if how == 1:
        return text.upper()
    if how == 2:
        return unicodedata.normalize("NFD", text)
    if how == 3:
        return "  " + text.replace(" ", "   ") + " "
    if how == 4:
        return text.replace(" ", "\n", 1)
    if how == 5:  # typed without Vietnamese input
        return "".join(
            c
            for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
            if not unicodedata.combining(c)
        )
    return text


DATE_STYLES = [
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day:02}/{d.month:02}/{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: f"{d.day}-{d.month}-{d.year}",
    lambda d: f"{d.day}/{d.month}/{d.year % 100:02}",
    lambda d: f"{d.day} / {d.month} / {d.year}",
    lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
    lambda d: f"ngày {d.day}/{d.month} năm {d.year}",
    lambda d: f"{d.year}-{d.month:02}-{d.day:02}",
    lambda d: f"{d.day}/{d.month}",  # the year comes from the period
]
DEADLINE_WORDS = [
    "",
    "Trước ngày ",
    "trước ",
    "Chậm nhất ngày ",
    "Hoàn thành trước ngày ",
    "Hạn: ",
    "Ngày ",
    "- Trước ngày ",
    "hoàn thành chậm nhất ",
]


@PROPERTY
@given(
    date=st.dates(D(2000, 1, 1), D(2099, 12, 31)),
    style=st.sampled_from(DATE_STYLES),
    words=st.sampled_from(DEADLINE_WORDS),
    how=st.integers(0, 5),
    tail=st.sampled_from(["", ".", " (theo quy định)", ";"]),
)
def test_any_written_date_reads_back(date, style, words, how, tail):
    period = (D(date.year, 1, 1), D(date.year, 12, 31))
    text = _vary(words + style(date) + tail, how)
    result = parse_due(text, *period)
    assert (result.kind, result.start, result.end) == ("deadline", period[0], date), text


ROMAN_OR_ARABIC = st.sampled_from(["roman", "arabic"])


def _quarter(q: int, numerals: str) -> str:
    return to_roman(q) if numerals == "roman" else str(q)


QUARTER_FORMS = [
    lambda a, b, y, n: (f"Quý {_quarter(a, n)}/{y}", a, a),
    lambda a, b, y, n: (f"quý {_quarter(a, n)} năm {y}", a, a),
    lambda a, b, y, n: (f"Quý {_quarter(a, n)}, năm {y}", a, a),
    lambda a, b, y, n: (f"Q{a}/{y}", a, a),
    lambda a, b, y, n: (f"Quý {_quarter(a, n)}, {_quarter(b, n)} năm {y}", a, b),
    lambda a, b, y, n: (f"Quý {_quarter(a, n)}-{_quarter(b, n)}/{y}", a, b),
    lambda a, b, y, n: (f"Quý {_quarter(a, n)} - {_quarter(b, n)} năm {y}", a, b),
    lambda a, b, y, n: (f"quý {a}+{b} năm {y}", a, b),
    lambda a, b, y, n: (f"Quý {_quarter(a, n)} và quý {_quarter(b, n)} năm {y}", a, b),
    lambda a, b, y, n: (f"Từ quý {_quarter(a, n)} đến quý {_quarter(b, n)}/{y}", a, b),
    lambda a, b, y, n: (f"Quý {_quarter(a, n)}, {_quarter(b, n)}", a, b),  # year from the period
]


@PROPERTY
@given(
    quarters=st.tuples(st.integers(1, 4), st.integers(1, 4)).map(sorted),
    year=st.integers(2000, 2100),
    form=st.sampled_from(QUARTER_FORMS),
    numerals=ROMAN_OR_ARABIC,
    how=st.integers(0, 5),
)
def test_quarters_read_to_their_bounds(quarters, year, form, numerals, how):
    text, first, last = form(quarters[0], quarters[1], year, numerals)
    result = parse_due(_vary(text, how), D(year, 1, 1), D(year, 12, 31))
    expected = ("range", D(year, 3 * first - 2, 1), month_end(year, 3 * last))
    assert (result.kind, result.start, result.end) == expected, text


MONTH_FORMS = [
    lambda a, b, y: (f"Tháng {a}/{y}", a, a),
    lambda a, b, y: (f"tháng {a:02} năm {y}", a, a),
    lambda a, b, y: (f"{a:02}/{y}", a, a),
    lambda a, b, y: (f"Tháng {a}-{b}/{y}", a, b),
    lambda a, b, y: (f"{a}-{b}/{y}", a, b),
    lambda a, b, y: (f"Từ tháng {a} đến tháng {b} năm {y}", a, b),
    lambda a, b, y: (f"Tháng {a}, {b} năm {y}", a, b),
    lambda a, b, y: (f"tháng {a} và tháng {b}/{y}", a, b),
    lambda a, b, y: (f"Từ tháng {a}/{y} đến tháng {b}/{y}", a, b),
    lambda a, b, y: (f"Tháng {a}", a, a),  # year from the period
]


@PROPERTY
@given(
    months=st.tuples(st.integers(1, 12), st.integers(1, 12)).map(sorted),
    year=st.integers(2000, 2100),
    form=st.sampled_from(MONTH_FORMS),
    how=st.integers(0, 5),
)
def test_months_read_to_their_bounds(months, year, form, how):
    text, first, last = form(months[0], months[1], year)
    result = parse_due(_vary(text, how), D(year, 1, 1), D(year, 12, 31))
    expected = ("range", D(year, first, 1), month_end(year, last))
    assert (result.kind, result.start, result.end) == expected, text


YEAR_FORMS = [
    lambda a, b: (f"Năm {a}", a, a),
    lambda a, b: (f"{a}-{b}", a, b),
    lambda a, b: (f"{a} – {b}", a, b),
    lambda a, b: (f"Giai đoạn {a} - {b}", a, b),
    lambda a, b: (f"Từ năm {a} đến năm {b}", a, b),
    lambda a, b: (f"năm {a}, {b}", a, b),
]
HALF_FORMS = [
    lambda y: (f"6 tháng đầu năm {y}", 1, 6),
    lambda y: (f"06 tháng cuối năm {y}", 7, 12),
    lambda y: (f"Nửa đầu năm {y}", 1, 6),
    lambda y: ("6 tháng cuối năm", 7, 12),
]


@PROPERTY
@given(
    years=st.tuples(st.integers(2000, 2100), st.integers(0, 9)),
    form=st.sampled_from(YEAR_FORMS),
    how=st.integers(0, 5),
)
def test_years_and_spans_of_years(years, form, how):
    first, last = years[0], years[0] + years[1]
    text, a, b = form(first, last)
    result = parse_due(_vary(text, how), D(first, 1, 1), D(last, 12, 31))
    assert (result.kind, result.start, result.end) == ("range", D(a, 1, 1), D(b, 12, 31)), text


@PROPERTY
@given(year=st.integers(2000, 2100), form=st.sampled_from(HALF_FORMS), how=st.integers(0, 5))
def test_halves_of_a_year(year, form, how):
    text, first, last = form(year)
    result = parse_due(_vary(text, how), D(year, 1, 1), D(year, 12, 31))
    expected = ("range", D(year, first, 1), month_end(year, last))
    assert (result.kind, result.start, result.end) == expected, text


@PROPERTY
@given(
    day=st.integers(1, 31), month=st.integers(1, 12), first=st.integers(2000, 2090), length=st.integers(0, 6)
)
def test_named_day_each_year_lists_each_year_of_the_period(day, month, first, length):
    last = first + length
    result = parse_due(f"Hoàn thành trước {day}/{month} hàng năm", D(first, 1, 1), D(last, 12, 31))
    assert result.kind == "recurring"
    expected = []
    for year in range(first, last + 1):
        if day <= calendar.monthrange(year, month)[1]:
            expected.append(D(year, month, day))
    if day > 29 and month == 2 or day == 31 and month in (4, 6, 9, 11):
        assert result.occurrences == ()  # an impossible day is dropped, not moved
    else:
        assert result.occurrences == tuple(expected)


@PROPERTY
@given(
    day=st.integers(1, 40),
    month=st.integers(1, 14),
    year=st.integers(2000, 2100),
    words=st.sampled_from(DEADLINE_WORDS),
)
def test_impossible_dates_never_raise_nor_make_a_date(day, month, year, words):
    text = f"{words}{day}/{month}/{year}"
    result = parse_due(text, D(year, 1, 1), D(year, 12, 31))
    valid = month <= 12 and day <= calendar.monthrange(year, month)[1]
    if valid:
        assert (result.kind, result.end) == ("deadline", D(year, month, day))
    else:
        assert result.kind != "deadline", text


VOCABULARY = [
    "quý",
    "Quý",
    "I",
    "II",
    "III",
    "IV",
    "V",
    "tháng",
    "Tháng",
    "năm",
    "Năm",
    "ngày",
    "trước",
    "Trước",
    "từ",
    "đến",
    "hết",
    "chậm nhất",
    "hàng",
    "hằng",
    "định kỳ",
    "thường xuyên",
    "liên tục",
    "đột xuất",
    "6 tháng",
    "đầu",
    "cuối",
    "cả",
    "giai đoạn",
    "số",
    "QĐ-UBND",
    "hoặc",
    "và",
    ",",
    ";",
    "-",
    "–",
    "/",
    ".",
    "+",
    "(",
    ")",
    "\n",
    " ",
    "Q",
    "2025",
    "2026",
    "1999",
    "2200",
    "2201",
    "25",
    "7",
    "12",
    "13",
    "31",
    "0",
    "00",
    "29/2",
    "31/12/2025",
    "01/7",
    "9001:2015",
    "nay",
    "mỗi",
    "thường niên",
    "x",
]
TEXTS = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(VOCABULARY), max_size=14).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=14).map("".join),
)
PERIODS = st.one_of(
    st.integers(2000, 2100).map(lambda y: (D(y, 1, 1), D(y, 12, 31))),
    st.integers(2000, 2100).map(lambda y: (D(y, 7, 1), D(y, 12, 31))),
    st.integers(2000, 2095).map(lambda y: (D(y, 1, 1), D(y + 4, 12, 31))),
)
# The earliest and latest any text can name: the years a plan may write (1945–2200), less a
# day for "trước năm 1945".
SANE_FIRST, SANE_LAST = D(1944, 12, 31), D(2200, 12, 31)


@examples(300)
@given(text=TEXTS, period=PERIODS)
def test_arbitrary_text_never_raises_and_stays_consistent(text, period):
    result = parse_due(text, *period)
    assert result.kind in DUE_KINDS
    if result.kind == "unknown":
        assert (result.start, result.end, result.occurrences) == (None, None, ())
    else:
        assert result.start is not None and result.end is not None
        assert SANE_FIRST <= result.start <= result.end <= SANE_LAST
        assert all(result.start <= d <= result.end for d in result.occurrences)
        assert list(result.occurrences) == sorted(set(result.occurrences))
    label = result.label()
    assert label and "{" not in label
    data = result.to_json()
    assert data["kind"] == result.kind and set(data) <= {"kind", "start", "end", "occurrences"}
    assert parse_due(text, *period) == result  # cached or not, the same answer


VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"


@examples(100)
@given(st.text(VIETNAMESE + VIETNAMESE.upper() + " \n\t\u00a0/-–.,0123456789", max_size=40))
def test_reading_folds_as_text_fold_does(text):
    # the parser folds with a table made from text.fold: the same words must come out
    expected = " ".join(fold(text.replace("–", "-")).split())
    assert due_module._normalize(text) == expected
    assert due_module._normalize(unicodedata.normalize("NFD", text)) == expected


# --- DueRange ----------------------------------------------------------------------------------


def test_to_json():
    assert DueRange("deadline", D(2025, 7, 1), D(2025, 7, 31)).to_json() == {
        "kind": "deadline",
        "start": "2025-07-01",
        "end": "2025-07-31",
    }
    assert DueRange("unknown", None, None).to_json() == {"kind": "unknown", "start": None, "end": None}
    recurring = parse_due("Hàng tháng (trước ngày 20)", D(2025, 11, 1), D(2025, 12, 31))
    assert recurring.to_json() == {
        "kind": "recurring",
        "start": "2025-11-01",
        "end": "2025-12-31",
        "occurrences": ["2025-11-20", "2025-12-20"],
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Trước ngày 31/7/2025", "hạn 31/07/2025"),
        ("Quý III, IV", "01/07/2025 – 31/12/2025"),
        ("Hàng quý", "định kỳ đến 31/12/2025"),
        ("Hoàn thành trước 25/11 hàng năm", "định kỳ, hạn 25/11/2025"),
        ("Hàng tháng (trước ngày 20)", "định kỳ 6 lần, lần cuối 20/12/2025"),
        ("thường xuyên, liên tục", "thường xuyên đến 31/12/2025"),
        ("Theo KH được phê duyệt", "chưa rõ thời hạn"),
    ],
)
def test_labels(text, label):
    assert parse_due(text, *H2_2025).label() == label


def test_is_overdue():
    deadline = parse_due("Trước ngày 31/7/2025", *H2_2025)
    assert not deadline.is_overdue(D(2025, 7, 31))
    assert deadline.is_overdue(D(2025, 8, 1))
    quarter = parse_due("Quý III", *H2_2025)
    assert not quarter.is_overdue(D(2025, 9, 30)) and quarter.is_overdue(D(2025, 10, 1))
    assert not parse_due("Theo KH được phê duyệt", *H2_2025).is_overdue(D(2099, 1, 1))
    # recurring with named dates: overdue once the last one has passed
    yearly = DueRange("recurring", D(2025, 7, 1), D(2025, 12, 31), (D(2025, 11, 25),))
    assert not yearly.is_overdue(D(2025, 11, 25)) and yearly.is_overdue(D(2025, 11, 26))
    assert not parse_due("Thường xuyên", *H2_2025).is_overdue(D(2025, 12, 31))


def test_due_range_refuses_inconsistent_values():
    with pytest.raises(ValueError):
        DueRange("soon", None, None)
    with pytest.raises(ValueError):
        DueRange("range", D(2025, 12, 31), D(2025, 1, 1))
    with pytest.raises(ValueError):
        DueRange("unknown", D(2025, 1, 1), None)
    with pytest.raises(ValueError):
        DueRange("recurring", D(2025, 1, 1), D(2025, 12, 31), (D(2025, 5, 1), D(2025, 3, 1)))


def test_due_kind_labels():
    assert [due_kind_label(kind) for kind in DUE_KINDS] == [
        "có hạn cụ thể",
        "trong khoảng",
        "định kỳ",
        "thường xuyên",
        "chưa rõ",
    ]
    with pytest.raises(ValueError):
        due_kind_label("soon")


# --- speed -------------------------------------------------------------------------------------


def test_ten_thousand_texts_well_under_a_second():
    # An annex repeats its due texts (the commune seed: 160 rows, 20 distinct texts); a few in
    # ten are unique ("Trước ngày 18/11/2025").
    seeds = [t for t, *_ in COMMUNE_DUE_TEXTS] + [t for t, *_ in PROVINCE_DUE_TEXTS]
    texts = [
        seeds[i % len(seeds)] if i % 10 else f"Trước ngày {i % 28 + 1}/{i % 12 + 1}/{2025 + i % 5}"
        for i in range(10_000)
    ]
    due_module._parse_cached.cache_clear()
    began = time.perf_counter()
    for text in texts:
        parse_due(text, *H2_2025)
    elapsed = time.perf_counter() - began
    assert elapsed < 0.5, f"{elapsed:.3f} s"
