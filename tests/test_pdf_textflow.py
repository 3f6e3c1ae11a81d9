"""Measuring and line breaking (exporters/pdf/textflow.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from cchc_desktop.exporters.pdf.fonts import BOLD, REGULAR, face
from cchc_desktop.exporters.pdf.textflow import measure, split_words, wrap

VIETNAMESE_WORDS = [
    "Cải",
    "cách",
    "hành",
    "chính",
    "nhà",
    "nước",
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "xã",
    "Cửa",
    "Tùng",
    "đường",
    "thủ",
    "tục",
    "HĐND&UBND",
    "(CCHC)",
    "năm",
    "2025;",
    "Quý",
    "IV",
    "-",
    "Trung",
    "tâm",
    "PVHCC",
    "Đoàn",
    "kiểm",
    "tra",
    "ngày",
    "15/7/2025",
]

words = st.lists(st.sampled_from(VIETNAMESE_WORDS), min_size=0, max_size=40)
long_word = st.text(alphabet="ắằẳẵặđươABCxyz0123456789", min_size=1, max_size=80)


def test_widths_match_reportlab():
    text = "Tăng cường công tác kiểm tra CCHC, kỷ luật, kỷ cương hành chính"
    for style in (REGULAR, BOLD):
        ours = measure(style).text(text, 11)
        theirs = stringWidth(text, face(style).name, 11)
        assert abs(ours - theirs) < 0.01


def test_short_text_is_one_line_of_its_own_width():
    lines = wrap(measure(REGULAR), "Phòng VHXH", 11, 200)
    assert len(lines) == 1
    assert lines[0].text == "Phòng VHXH" and lines[0].ends_paragraph
    assert abs(lines[0].width - measure(REGULAR).text("Phòng VHXH", 11)) < 1e-6


def test_newlines_are_paragraphs_and_blank_lines_stay():
    lines = wrap(measure(REGULAR), "- Kế hoạch\n\n- Báo cáo\r\n- Quyết định", 11, 300)
    assert [line.text for line in lines] == ["- Kế hoạch", "", "- Báo cáo", "- Quyết định"]
    assert all(line.ends_paragraph for line in lines)


def test_no_break_space_holds_words_together():
    assert split_words("Số:\u00a0\u00a0\u00a0/KH-UBND  ngày\t15") == [
        "Số:\u00a0\u00a0\u00a0/KH-UBND",
        "ngày",
        "15",
    ]


def test_first_line_indent_narrows_only_the_first_line():
    text = " ".join(VIETNAMESE_WORDS * 3)
    lines = wrap(measure(REGULAR), text, 14, 300, indent=40)
    assert lines[0].width <= 260 + 1e-6
    assert any(line.width > 260 for line in lines[1:-1])


@settings(derandomize=True, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=words, width=st.floats(min_value=30, max_value=400), size=st.sampled_from([10.5, 11, 12, 14]))
def test_wrapped_lines_fit_and_keep_every_word_in_order(words, width, size):
    m = measure(REGULAR)
    lines = wrap(m, " ".join(words), size, width)
    widest_word = max((m.text(w, size) for w in words), default=0.0)
    for line in lines:
        assert line.width <= width + 1e-6 or len(line.text) == 1
        assert abs(line.width - m.text(line.text, size)) < 1e-6
    rejoined = "".join("".join(line.text.split(" ")) for line in lines)
    assert rejoined == "".join(words)
    if widest_word <= width:  # no word had to be broken: the words are the same words
        assert [w for line in lines for w in line.text.split(" ") if w] == words
    assert lines[-1].ends_paragraph and not any(line.ends_paragraph for line in lines[:-1])


@settings(derandomize=True, max_examples=40, deadline=None)
@given(word=long_word, width=st.floats(min_value=8, max_value=60))
def test_a_word_wider_than_the_line_is_broken_between_characters(word, width):
    m = measure(REGULAR)
    lines = wrap(m, word, 11, width)
    assert "".join(line.text for line in lines) == word
    for line in lines:
        assert line.width <= width + 1e-6 or len(line.text) == 1
