"""Hypothesis strategies and helpers for tests/test_fuzz.py.

Three kinds of input are built here:
- text: a vocabulary of what annex tables hold (headers, Roman numerals, item numbers,
  "(08 nhiệm vụ)", unit cells, dates, Vietnamese in NFC and NFD, odd whitespace and
  punctuation), mixed with arbitrary text;
- tables: grids that look like annexes (title lines, a header row, section / item /
  continuation / repeated-header rows) with random merged ranges, written as TSV, .xlsx or
  .docx;
- mutations: of bytes (flips, truncation, junk, duplicated ranges, zip header fields), of the
  XML parts inside a zip (OOXML fragments, attribute values, cell references), and of the
  interchange JSON tree (subtrees replaced, keys deleted or added, types changed, huge,
  NFD and surrogate strings, odd dates and numbers).

``bounded()`` runs a call under a wall-clock limit (SIGALRM) and an address-space limit, so
a hang or a runaway allocation fails the example instead of the machine.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import json
import os
import re
import signal
import threading
import unicodedata
import zipfile

from hypothesis import strategies as st
from openpyxl.utils.cell import get_column_letter

try:  # Unix only; elsewhere bounded() only has no memory limit
    import resource
except ImportError:  # pragma: no cover
    resource = None

# --- guards ------------------------------------------------------------------------------------


class FuzzTimeout(BaseException):
    """Raised by ``bounded()`` when a call runs too long. A BaseException on purpose: the core's
    ``except Exception`` around openpyxl / python-docx must not turn a hang into a message."""


GUARD_SECONDS = float(os.environ.get("CCHC_FUZZ_GUARD_SECONDS", "20"))
GUARD_EXTRA_BYTES = 4 << 30  # address space allowed above what the process already maps


def _mapped_bytes() -> int | None:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        return None


@contextlib.contextmanager
def bounded(seconds: float = GUARD_SECONDS):
    """A time limit (FuzzTimeout) and a memory limit (MemoryError) around the body."""
    use_alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    old_handler = None
    old_limit = None
    if use_alarm:

        def _expired(signum, frame):
            if frame is not None and frame.f_code.co_name == "gc_callback":
                return  # raised there it would be swallowed: wait for the next tick
            raise FuzzTimeout(f"more than {seconds:g} s")

        old_handler = signal.signal(signal.SIGALRM, _expired)
        # Repeated every 0.2 s after the first: an exception raised while a gc callback runs
        # (Hypothesis installs one) is swallowed by the interpreter, the next one is not.
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.2)
    mapped = _mapped_bytes()
    if resource is not None and mapped is not None:
        try:
            old_limit = resource.getrlimit(resource.RLIMIT_AS)
            hard = old_limit[1]
            soft = mapped + GUARD_EXTRA_BYTES
            if hard == resource.RLIM_INFINITY or soft < hard:
                resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
            else:
                old_limit = None
        except (ValueError, OSError):
            old_limit = None
    try:
        yield
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler)
        if old_limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, old_limit)


# --- text vocabulary -------------------------------------------------------------------------------


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


FIELD_HEADERS = {
    "number": ["TT", "STT", "Số TT", "Số thứ tự", "tt", "S TT"],
    "objective": ["Mục tiêu", "1- Mục tiêu/Chỉ tiêu", "Chỉ tiêu", "Mục tiêu, chỉ tiêu"],
    "task": ["Nhiệm vụ", "2- Nhiệm vụ", "Nội dung", "Tên nhiệm vụ", "Giải pháp", "Công việc"],
    "activity": ["Hoạt động", "3- Hoạt động", "Nội dung hoạt động"],
    "result": [
        "Kết quả/Sản phẩm",
        "Kết quả, sản phẩm",
        "4- Kết quả, sản phẩm",
        "Dự kiến kết quả",
        "Sản phẩm",
        "Kết quả/ Sản phẩm",
    ],
    "lead": [
        "Chủ trì",
        "Cơ quan chủ trì",
        "5- Chủ trì",
        "Đơn vị thực hiện",
        "Trách nhiệm thực hiện",
        "Cơ quan, đơn vị chủ trì",
    ],
    "partners": ["Phối hợp", "Cơ quan phối hợp", "6- Phối hợp", "Đơn vị phối hợp"],
    "due_text": [
        "Thời gian",
        "Thời gian hoàn thành",
        "7- Thời gian hoàn thành",
        "Tiến độ",
        "Thời hạn",
        "Thời gian thực hiện",
    ],
    "budget": ["Kinh phí", "8- Kinh phí", "Nguồn vốn", "Dự toán", "Kinh phí thực hiện"],
}
OTHER_HEADERS = ["Ghi chú", "Phân công thực hiện", "", "Đánh giá", "(1)", "Ghi chú (nếu có)", "Tỷ lệ"]
ALL_HEADERS = [h for hs in FIELD_HEADERS.values() for h in hs] + OTHER_HEADERS

ROMANS = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XIV",
    "XL",
    "L",
    "LXXXVIII",
    "IIII",
    "VX",
    "IL",
    "i",
    "ii",
    "Ⅳ",
    "I.",
    "II)",
    "III -",
    "IV:",
    "V–",
    "MMXXV",
    "C",
    "M",
    "D",
    "XLIX",
    "I . ",
    " VI ",
    "XX.",
    "L)",
]
ITEM_NUMBERS = [
    "1",
    "2",
    "3",
    "4",
    "10",
    "1.",
    "2)",
    "1.1",
    "1.2",
    "2.1",
    "2.3.1",
    "1,2",
    "3.1.",
    "01",
    "0",
    "007",
    "a",
    "a)",
    "b.",
    "đ)",
    "z",
    "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1",
    "٣",
    "١.٢",
    "१२",
    "１",
    "1 .",
    "1..2",
    ".1",
    "1.a",
    "- ",
    "+",
    "*",
    "I.1",
    "2,",
    "99999999999999999999",
]
SECTION_TITLES = [
    "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH",
    "CẢI CÁCH THỂ CHẾ (08 nhiệm vụ)",
    "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (03 nhiệm vụ)",
    "CẢI CÁCH TỔ CHỨC BỘ MÁY [5 nv]",
    "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ (12 nội dung)",
    "NHIỆM VỤ TRỌNG TÂM",
    "Cải cách tài chính công",
    "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ: (00 nhiệm vụ)",
    "CHUYỂN ĐỔI SỐ ( 7 NHIỆM VỤ )",
    "NHIỆM VỤ CHUNG",
    "XÂY DỰNG",
    "Xây dựng",
    "KHÁC (1 nhiệm vụ) (2 nhiệm vụ)",
]
SENTENCES = [
    "Ban hành Kế hoạch CCHC năm 2026",
    "Tuyên truyền CCHC trên Trang thông tin điện tử xã",
    "2.1. Ban hành Kế hoạch CCHC năm 2026 của tỉnh",
    "3.1. Các sở, ngành đề xuất mục tiêu/chỉ tiêu",
    "100% hồ sơ được giải quyết đúng hạn",
    'Niêm yết công khai TTHC tại "Bộ phận Một cửa"',
    "Kiểm tra công tác CCHC\ntại các thôn",
    "Kế hoạch, Công văn, Báo cáo kết quả",
    "Tin, bài",
    "Rà soát; đánh giá; đề xuất",
    "Tổ chức Hội nghị… (nếu có)",
    "“Ngày thứ Bảy vì dân”",
    "Văn bản, danh mục",
    "Nâng cao chất lượng",
    "- Văn bản giới thiệu\n- Tóm tắt",
]
UNIT_CELLS = [
    "Phòng VHXH",
    "- Phòng VHXH\n- Đoàn kiểm tra\nCCHC của xã",
    "Các sở, ban ngành cấp tỉnh, UBND cấp xã",
    "Trung tâm PVHCC; Công an xã",
    "Văn phòng\nHĐND&UBND",
    "Các phòng chuyên môn, TT PVHCC",
    "Cơ quan, đơn vị liên quan",
    "Sở Nội vụ",
    "Sở Nội vụ chủ trì đối với nhân rộng mô hình hay; Sở Khoa học",
    "các cơ quan liên quan",
    "UBND xã (Văn phòng; Phòng Kinh tế)",
    "- \n-",
    ";;",
    ", ,",
    "Phòng VHXH, phòng vhxh",
    "• Ban chỉ huy Quân sự\n• Hội Nông dân",
    "Phòng Văn hóa – Xã hội",
    "Tổ công tác",
]
DUE_TEXTS = [
    "Thường xuyên",
    "Quý I năm 2026",
    "Tháng 12/2025",
    "Hàng tháng",
    "31/12/2025",
    "Trước 30/6",
    "Năm 2026",
    "Quý III",
]
BUDGETS = ["Theo dự toán được cấp", "Ngân sách xã", "100.000.000", "0", "Lồng ghép"]
TITLE_LINES = [
    "PHỤ LỤC",
    "Phụ lục II",
    "PHỤ LỤC 2: KHUNG NHIỆM VỤ",
    "KHUNG",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026",
    "CHI TIẾT CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2025 CỦA XÃ CỬA TÙNG",
    "KẾ HOẠCH CCHC GIAI ĐOẠN 2026-2030",
    "GIAI ĐOẠN 2030 - 2026",
    "06 THÁNG ĐẦU NĂM 2025",
    "NĂM 0001",
    "(Kèm theo Quyết định số: 3369/QĐ-UBND ngày 31/12/2025 của Chủ tịch UBND tỉnh)",
    "(Ban hành kèm theo Kế hoạch số /KH-UBND)",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: /KH-UBND",
    "ỦY BAN NHÂN DÂN",
    "Đến năm 2030 và năm 2031",
]
WHITESPACE = [
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u3000",
    "\u200b",
    "\n",
    "\r\n",
    "\r",
    "\x0b",
    "\x0c",
    "\u2028",
    "\x85",
    "\ufeff",
]
PUNCTUATION = [
    ".",
    ")",
    "(",
    "-",
    "–",
    "—",
    ":",
    ";",
    ",",
    "/",
    '"',
    "“",
    "”",
    "[",
    "]",
    "&",
    "…",
    "*",
    "•",
    "''",
    "\\",
]
ODD = [
    "\u0301",
    "\u0323\u0302",
    "e\u0302\u0301",
    "\u1100",
    "\u1161",
    "\u11a8",
    "가",
    "ﬁ",
    "ǅ",
    "İ",
    "ß",
    "\U0001f44d",
    "\x00",
    "\x1f",
    "\u0344",
    "\u0f73",
    "Å",
    "Ω",
    "Ｉ",
    "Ⅻ",
    "٣",
    "²",
    "=A1+1",
    "=SUM(A1:A3)",
    "#REF!",
    "_x000D_",
    "&amp;",
    "<w:t>",
    "]]>",
]
VIETNAMESE_WORDS = [
    "Nhiệm vụ",
    "nhiệm vụ",
    "NHIỆM VỤ",
    "nv",
    "nội dung",
    "năm",
    "NĂM",
    "tháng",
    "THÁNG",
    "đầu",
    "cuối",
    "sáu",
    "giai đoạn",
    "GIAI ĐOẠN",
    "phụ lục",
    "kèm theo",
    "Đ",
    "đ",
    "Ủy",
    "Uỷ",
    "chủ trì",
    "phối hợp",
    "kết quả",
    "thời gian",
    "kinh phí",
    "mục tiêu",
    "hoạt động",
]
DIGITS = ["0", "1", "2", "08", "2025", "2026", "1945", "2200", "9999", "12"]

HUGE_DIGITS = "1" * 4400  # more digits than int() converts by default (sys.get_int_max_str_digits)

CORE_TOKENS = (
    ALL_HEADERS
    + ROMANS
    + ITEM_NUMBERS
    + SECTION_TITLES
    + SENTENCES
    + UNIT_CELLS
    + DUE_TEXTS
    + BUDGETS
    + TITLE_LINES
    + VIETNAMESE_WORDS
    + DIGITS
)
TOKENS = (
    CORE_TOKENS
    + WHITESPACE
    + PUNCTUATION
    + ODD
    + ["(08 nhiệm vụ)", "(8 NV)", "[03 nội dung]", f"({HUGE_DIGITS} nhiệm vụ)"]
)


@st.composite
def perturbed(draw, base: st.SearchStrategy[str]) -> str:
    """A text, sometimes in NFD, upper case, with spaces or punctuation around it."""
    text = draw(base)
    how = draw(st.sampled_from(["same"] * 5 + ["nfd", "upper", "lower", "pad", "punct", "newline"]))
    if how == "nfd":
        return nfd(text)
    if how == "upper":
        return text.upper()
    if how == "lower":
        return text.lower()
    if how == "pad":
        return draw(st.sampled_from(WHITESPACE)) + text + draw(st.sampled_from(WHITESPACE))
    if how == "punct":
        return text + draw(st.sampled_from(PUNCTUATION))
    if how == "newline":
        return text + "\n" + draw(st.sampled_from(CORE_TOKENS))
    return text


def vocabulary_text(max_tokens: int = 8) -> st.SearchStrategy[str]:
    """Tokens of the annex vocabulary (and a little random text) glued together."""
    token = st.one_of(st.sampled_from(TOKENS), perturbed(st.sampled_from(CORE_TOKENS)), st.text(max_size=4))
    joiner = st.sampled_from(["", " ", "  ", ". ", "\n", "\t", " - ", ", ", "; ", "/"])
    return st.tuples(st.lists(token, max_size=max_tokens), joiner).map(lambda pair: pair[1].join(pair[0]))


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(),
        vocabulary_text(),
        st.sampled_from(TOKENS),
        st.text(alphabet=st.sampled_from("IVXLivxl0123456789.,)( -–:[]nhiemvu\u0323\u0302\n\t")),
    )


# --- annex grids --------------------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """What an Office file can hold: no control characters other than tab / newline / CR."""
    return _XML_ILLEGAL.sub("", text)


def _cell_for(field: str | None) -> st.SearchStrategy[str]:
    pools = {
        "number": ITEM_NUMBERS,
        "objective": SENTENCES,
        "task": SENTENCES,
        "activity": SENTENCES,
        "result": SENTENCES,
        "lead": UNIT_CELLS,
        "partners": UNIT_CELLS,
        "due_text": DUE_TEXTS,
        "budget": BUDGETS,
    }
    pool = pools.get(field, SENTENCES + UNIT_CELLS)
    return st.one_of(st.just(""), st.just(""), perturbed(st.sampled_from(pool)), vocabulary_text(4))


@st.composite
def annex_grid(draw, typed: bool = False, max_rows: int = 24) -> list[list[object]]:
    """Rows of an annex-like table: title lines, a header (sometimes none, sometimes with a
    sub-header or column-number row), then section / item / continuation / repeated header /
    empty / junk rows. ``typed``: cells may also be numbers, dates, booleans, None or formulas."""
    fields = [f for f in FIELD_HEADERS if f != "number"]
    few = draw(st.integers(0, 6)) == 0  # now and then a header too poor to be recognised
    chosen = draw(st.lists(st.sampled_from(fields), min_size=0 if few else 2, max_size=8, unique=True))
    roles: list[str | None] = list(chosen)
    roles += [None] * draw(st.integers(0, 2))
    roles = draw(st.permutations(roles)) if roles else roles
    if draw(st.integers(0, 9)) < 8:
        roles.insert(draw(st.integers(0, min(1, len(roles)))), "number")
    if not roles:
        roles = ["number"]
    width = len(roles)
    header = [
        draw(st.sampled_from(FIELD_HEADERS[r])) if r else draw(st.sampled_from(OTHER_HEADERS)) for r in roles
    ]
    header = [
        draw(st.sampled_from([h] * 6 + [nfd(h), h.upper(), f" {h}\u00a0", h.replace(" ", "\n")]))
        for h in header
    ]
    number_col = roles.index("number") if "number" in roles else 0

    rows: list[list[object]] = []
    for line in draw(st.lists(st.sampled_from(TITLE_LINES), max_size=4)):
        rows.append([line] + [""] * (width - 1))
    if draw(st.integers(0, 9)) < 9:
        rows.append(header)
    extra = draw(st.sampled_from(["none", "none", "colnums", "subheader"]))
    if extra == "colnums":
        rows.append([f"({i + 1})" for i in range(width)])
    elif extra == "subheader":
        rows.append([draw(st.sampled_from(["Chủ trì", "Phối hợp", ""])) for _ in range(width)])

    kinds = ["section"] * 2 + ["item"] * 6 + ["cont"] * 3 + ["header", "colnums", "empty", "junk", "title"]
    body = draw(st.lists(st.sampled_from(kinds), max_size=max_rows))
    if draw(st.integers(0, 3)):
        body = ["section", "item"] + body
    for kind in body:
        if kind == "section":
            style = draw(st.integers(0, 3))
            title = draw(perturbed(st.sampled_from(SECTION_TITLES)))
            roman = draw(st.sampled_from(ROMANS))
            row = [""] * width
            if style == 0 or width == 1:
                row[number_col] = roman
                if width > 1:
                    row[(number_col + 1) % width] = title
            elif style == 1:
                row[0] = f"{roman}. {title}"
            elif style == 2:
                row[number_col] = f"{roman} {title}"
            else:
                row[min(1, width - 1)] = title.upper()
        elif kind in ("item", "cont"):
            row = [draw(_cell_for(role)) for role in roles]
            if kind == "cont":
                row[number_col] = ""
            elif draw(st.integers(0, 299)) == 0:
                row[number_col] = HUGE_DIGITS  # more digits than int() takes
            else:
                row[number_col] = draw(st.sampled_from(ITEM_NUMBERS))
        elif kind == "header":
            row = list(header)
        elif kind == "colnums":
            row = [f"({i + 1})" for i in range(width)]
        elif kind == "empty":
            row = [draw(st.sampled_from(["", "", " ", "\n"])) for _ in range(width)]
        elif kind == "title":
            row = [draw(st.sampled_from(TITLE_LINES))] + [""] * (width - 1)
        else:
            row = [draw(st.one_of(st.text(max_size=10), vocabulary_text(3))) for _ in range(width)]
        if draw(st.integers(0, 19)) == 0:  # a ragged row
            row = row[: draw(st.integers(0, width))] + [draw(vocabulary_text(2))] * draw(st.integers(0, 2))
        rows.append(row)
    if typed:
        rows = [[draw(_typed(cell)) for cell in row] for row in rows]
    return rows


@st.composite
def _typed(draw, cell: object) -> object:
    """An Excel value for a text cell: usually the text, sometimes a number, date, bool..."""
    choice = draw(st.integers(0, 14))
    if choice == 0 and isinstance(cell, str) and re.fullmatch(r"\d{1,6}", cell.strip() or "x"):
        return int(cell)
    if choice == 1:
        return draw(
            st.one_of(
                st.integers(-(10**6), 10**6),
                st.floats(allow_nan=True, allow_infinity=True),
                st.sampled_from([1.0, 1.1, 2.5, 0.99, 1e20, 10**18, -0.0]),
            )
        )
    if choice == 2:
        return draw(
            st.one_of(
                st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2200, 1, 1)),
                st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2200, 1, 1)),
                st.times(),
            )
        )
    if choice == 3:
        return draw(st.sampled_from([True, False, None, "=A1+1", "=SUM(A1:A3)", "=1/0", '="I. TITLE"']))
    return cell


@st.composite
def merges_for(draw, n_rows: int, n_cols: int, max_merges: int = 5) -> list[tuple[int, int, int, int]]:
    """Merged ranges (top, left, bottom, right), 0-based inclusive; they may overlap."""
    if n_rows == 0 or n_cols == 0:
        return []
    out = []
    for _ in range(draw(st.integers(0, max_merges))):
        top = draw(st.integers(0, n_rows - 1))
        left = draw(st.integers(0, n_cols - 1))
        shape = draw(st.sampled_from(["down", "across", "block"]))
        bottom = top + (draw(st.integers(0, 4)) if shape != "across" else 0)
        right = left + (draw(st.integers(0, n_cols)) if shape != "down" else 0)
        out.append((top, left, min(bottom, n_rows - 1), min(right, n_cols - 1)))
    return out


def disjoint_merges(merges: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The ranges python-docx can merge as given: more than one cell, none overlapping an
    earlier one (Word would widen an overlapping merge to the rectangle around both)."""
    kept: list[tuple[int, int, int, int]] = []
    for top, left, bottom, right in merges:
        if (top, left) == (bottom, right):
            continue
        if any(top <= b and t <= bottom and left <= r and lft <= right for t, lft, b, r in kept):
            continue
        kept.append((top, left, bottom, right))
    return kept


def grid_width(grid: list[list[object]]) -> int:
    return max((len(r) for r in grid), default=0)


# --- TSV --------------------------------------------------------------------------------------------

_NEEDS_QUOTES = ("\t", "\n", "\r", '"', "\ufeff")


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


@st.composite
def tsv_text(draw, grid: list[list[str]]) -> tuple[str, bool]:
    """The grid as clipboard text; True when the quoting is correct (so reading must give the
    grid back), False when it is broken on purpose."""
    style = draw(st.sampled_from(["proper", "proper", "quote_all", "raw", "unbalanced"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = []
    for row in grid:
        cells = [str(c) for c in row]
        if style in ("proper", "unbalanced"):
            cells = [_quote(c) if any(ch in c for ch in _NEEDS_QUOTES) else c for c in cells]
        elif style == "quote_all":
            cells = [_quote(c) for c in cells]
        lines.append("\t".join(cells))
    text = newline.join(lines)
    if draw(st.booleans()):
        text += newline
    if style == "unbalanced" and text:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + '"' + text[at:]
    if draw(st.integers(0, 9)) == 0:
        text = "\ufeff" + text
    return text, style in ("proper", "quote_all")


def expected_rows(grid: list[list[str]]) -> list[list[str]]:
    """What load_tables_from_text must return for correctly quoted text of ``grid``."""
    rows = [[str(c).replace("\r\n", "\n").replace("\r", "\n") for c in row] for row in grid]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    width = grid_width(rows)
    return [r + [""] * (width - len(r)) for r in rows]


# --- xlsx / docx writers ---------------------------------------------------------------------------

SHEET_NAMES = ["Phụ lục", "Sheet1", "Hướng dẫn", "PL II", "Bảng 1", "Trang tính có tên rất dài quá 31"[:31]]


def xlsx_bytes(
    grids: list[tuple[str, list[list[object]], list[tuple[int, int, int, int]]]],
    offset: tuple[int, int] = (0, 0),
    stray: tuple[int, int] | None = None,
) -> bytes:
    """A workbook with one sheet per (name, grid, merges); the first grid starts ``offset``
    rows/columns in; ``stray`` puts one cell far away (beyond the 64 columns read, say)."""
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    used = set()
    for index, (name, grid, merges) in enumerate(grids):
        title = name if name not in used else f"{name} {index}"
        used.add(title)
        sheet = workbook.create_sheet(title)
        dr, dc = offset if index == 0 else (0, 0)
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                if value in ("", None):
                    continue
                sheet.cell(r + 1 + dr, c + 1 + dc, value)
        for top, left, bottom, right in merges:
            if (top, left) != (bottom, right):
                sheet.merge_cells(
                    start_row=top + 1 + dr,
                    start_column=left + 1 + dc,
                    end_row=bottom + 1 + dr,
                    end_column=right + 1 + dc,
                )
        if index == 0 and stray is not None:
            sheet.cell(stray[0], stray[1], "ô lạc")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def docx_bytes(
    tables: list[tuple[list[str], list[list[object]], list[tuple[int, int, int, int]]]],
    *,
    nested: bool = False,
    adjacent: bool = False,
) -> bytes:
    """A document with, per (preamble, grid, merges), paragraphs then a table. ``adjacent``: no
    paragraph between tables (the reader joins same-width neighbours). ``nested``: a table in a cell."""
    import docx

    document = docx.Document()
    for preamble, grid, merges in tables:
        for line in preamble:
            document.add_paragraph(xml_safe(line))
        width = grid_width(grid)
        if not grid or not width:
            continue
        table = document.add_table(rows=len(grid), cols=width)
        for row, values in zip(table.rows, grid):
            cells = row.cells
            for c, value in enumerate(values):
                if value not in ("", None):
                    cells[c].text = xml_safe(str(value))
        for top, left, bottom, right in disjoint_merges(merges):
            table.cell(top, left).merge(table.cell(bottom, right))
        if nested:
            table.cell(len(grid) - 1, 0).add_table(rows=1, cols=2).cell(0, 0).text = "bảng lồng"
        if not adjacent:
            document.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- byte and zip mutations ------------------------------------------------------------------------

JUNK = [
    b"\x00",
    b"\xff",
    b"PK\x03\x04",
    b"PK\x01\x02",
    b"PK\x05\x06",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"<",
    b">",
    b"&",
    b'"',
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"null",
    b"1e999",
    b"-0",
    b"NaN",
    b'"\\ud800"',
    b"\\u0301",
    b"\\",
    b"\xc3",
    b"\xe1\xbb",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\t",
    "Nhiệm vụ".encode(),
    nfd("Nhiệm vụ").encode(),
    b"9" * 30,
]


@st.composite
def mutated_bytes(draw, data: bytes, max_ops: int = 4) -> bytes:
    """``data`` after 1..max_ops random byte-level changes. Positions lean towards the end
    (a zip's central directory) and towards zip header signatures."""
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, max_ops))):
        n = len(buf)
        op = draw(
            st.sampled_from(
                ["flip", "flip", "set", "truncate", "delete", "insert", "duplicate", "overwrite", "header"]
            )
        )
        if n == 0:
            buf += draw(st.sampled_from(JUNK))
            continue
        where = draw(st.sampled_from(["any", "any", "tail"]))
        low = 0 if where == "any" else max(0, n - n // 4 - 1)
        pos = draw(st.integers(low, n - 1))
        if op == "flip":
            buf[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            buf[pos] = draw(st.integers(0, 255))
        elif op == "truncate":
            del buf[pos:]
        elif op == "delete":
            del buf[pos : pos + draw(st.integers(1, 64))]
        elif op == "insert":
            junk = draw(st.one_of(st.sampled_from(JUNK), st.binary(min_size=1, max_size=16)))
            buf[pos:pos] = junk
        elif op == "duplicate":
            length = draw(st.integers(1, 256))
            chunk = bytes(buf[pos : pos + length])
            at = draw(st.integers(0, n))
            buf[at:at] = chunk
        elif op == "overwrite":
            junk = draw(st.binary(min_size=1, max_size=8))
            buf[pos : pos + len(junk)] = junk
        else:  # a field of a local / central / end-of-directory zip header
            starts = [m.start() for m in re.finditer(rb"PK(\x01\x02|\x03\x04|\x05\x06)", bytes(buf))]
            if not starts:
                continue
            start = draw(st.sampled_from(starts))
            offset = draw(st.integers(4, 45))
            if start + offset < len(buf):
                buf[start + offset] = draw(st.sampled_from([0, 1, 0xFF, 0x7F, 8, 12, 14, 99]))
    return bytes(buf)


XLSX_SNIPPETS = [
    '<c r="A1" t="s"><v>0</v></c>',
    '<c r="B2" t="inlineStr"><is><t>II. CẢI CÁCH</t></is></c>',
    '<c r="C3" t="n"><v>1e400</v></c>',
    '<c r="C3" t="n"><v>NaN</v></c>',
    '<c r="D4" t="b"><v>2</v></c>',
    '<c r="E5" t="d"><v>2025-02-30</v></c>',
    '<c r="E5" t="d"><v>2025-07-31T00:00:00</v></c>',
    '<c r="F6" t="e"><v>#REF!</v></c>',
    '<c r="G7"><f>A1+1</f><v>3</v></c>',
    '<c r="A1" t="s"><v>99999</v></c>',
    '<c r="A1" t="s"><v>-1</v></c>',
    '<c r="BZ9"><v>1</v></c>',
    '<c r="A9" s="999"><v>1.5</v></c>',
    '<c r="A2"><v>' + "9" * 400 + "</v></c>",
    '<c r="A3" t="str"><v>' + HUGE_DIGITS[:60] + "</v></c>",
    '<row r="5000"><c r="A5000"><v>1</v></c></row>',
    '<row r="25000"><c r="A25000"><v>1</v></c></row>',
    '<row r="0"/>',
    '<row r="-3"><c r="A1"><v>1</v></c></row>',
    '<c r="A0"><v>1</v></c>',
    "<c><v>7</v></c>",
    '<mergeCell ref="A1:C3"/>',
    '<mergeCell ref="B2"/>',
    '<mergeCell ref="C3:A1"/>',
    '<mergeCell ref="A1:BZ10"/>',
    '<mergeCell ref="A5:A200"/>',
    '<mergeCell ref=""/>',
    '<mergeCell ref="ZZZZZ1:A1"/>',
    '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    "<si><t>x</t></si>",
    "<si/>",
    '<numFmt numFmtId="200" formatCode="0.0%"/>',
    '<xf numFmtId="200" fontId="0" fillId="0" borderId="0"/>',
    '<sheet name="Phụ lục" sheetId="9" r:id="rId99"/>',
    '<sheet name="" sheetId="1" r:id="rId1"/>',
    "<definedName name=\"_xlnm.Print_Area\">'Phụ lục'!$A$1:$I$40</definedName>",
    '<Relationship Id="rId9" Type="x" Target="../../../../etc/passwd"/>',
    '<Override PartName="/x" ContentType="y"/>',
    "&amp;",
    "&#x1F600;",
    "&#0;",
    "&lol;",
    "<!--x-->",
    "<![CDATA[I. TITLE]]>",
    "<?pi x?>",
    "</row>",
    "<row>",
    "</c>",
    nfd('<c r="A4" t="inlineStr"><is><t>Nhiệm vụ</t></is></c>'),
]
DOCX_SNIPPETS = [
    "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>",
    "<w:tr/>",
    "<w:tc><w:p/></w:tc>",
    '<w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p/></w:tc>',
    "<w:tcPr><w:vMerge/></w:tcPr>",
    '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>',
    '<w:tcPr><w:vMerge w:val="continue"/></w:tcPr>',
    '<w:tcPr><w:gridSpan w:val="0"/></w:tcPr>',
    '<w:tcPr><w:gridSpan w:val="70"/></w:tcPr>',
    '<w:trPr><w:gridBefore w:val="2"/></w:trPr>',
    '<w:trPr><w:gridAfter w:val="3"/></w:trPr>',
    '<w:trPr><w:gridBefore w:val="70"/><w:gridAfter w:val="70"/></w:trPr>',
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>lồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    "<w:tbl/>",
    "<w:ins><w:r><w:t>chèn</w:t></w:r></w:ins>",
    "<w:del><w:r><w:delText>xóa</w:delText></w:r></w:del>",
    "<w:sdt><w:sdtContent><w:r><w:t>I. MỤC</w:t></w:r></w:sdtContent></w:sdt>",
    "<w:r><w:tab/><w:br/><w:cr/><w:noBreakHyphen/></w:r>",
    "<w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent>",
    '<w:t xml:space="preserve">  I. CẢI CÁCH  </w:t>',
    "<w:t></w:t>",
    "<w:t/>",
    "<w:t>" + HUGE_DIGITS[:80] + "</w:t>",
    '<w:gridCol w:w="1000"/>',
    "<w:gridCol/>",
    "<w:tblGrid/>",
    "</w:tc>",
    "<w:tc>",
    "</w:tr>",
    "<w:p>",
    "</w:p>",
    "&amp;",
    "&#x1F600;",
    "&#0;",
    "&lol;",
    "<!--x-->",
    "<![CDATA[x]]>",
    "<?pi x?>",
    nfd("<w:t>Nhiệm vụ</w:t>"),
    "<w:body>",
    "</w:body>",
    '<w:altChunk r:id="rId1"/>',
    '<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>',
]
ATTRIBUTE_VALUES = [
    str(v)
    for v in (
        -100,
        -3,
        -1,
        0,
        1,
        2,
        3,
        8,
        9,
        63,
        64,
        65,
        100,
        1000,
        100_000,
        -(2**31),
        2**31 - 1,
        2**31,
        2**63,
    )
] + [
    "",
    "abc",
    "1.5",
    "0x10",
    "+1",
    " 2",
    "true",
    "restart",
    "continue",
    "A1",
    "A1:B2",
    "A1:XFD1",
    "$A$1",
    "Nhiệm vụ",
    "t",
    "s",
    "n",
    "inlineStr",
    "e",
    "d",
    "b",
    "str",
]
# (where: a regex whose match ends where the element goes, what: the element, {v} an odd value)
PROPERTY_ANCHORS = [
    (r"<w:tr>", '<w:trPr><w:gridBefore w:val="{v}"/></w:trPr>'),
    (r"<w:tr>", '<w:trPr><w:gridAfter w:val="{v}"/></w:trPr>'),
    (r"<w:tcPr>", '<w:gridSpan w:val="{v}"/>'),
    (r"<w:tcPr>", '<w:vMerge w:val="{v}"/>'),
    (r"<w:tcPr>", "<w:vMerge/>"),
    (r"<mergeCells[^>]*>", '<mergeCell ref="{ref}"/>'),
    (r"<sheetData>", '<row r="{v}"><c r="A1"><v>1</v></c></row>'),
    (r"<c ", 's="{v}" '),
    (r"<cellXfs[^>]*>", '<xf numFmtId="{v}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'),
]
PROPERTY_VALUES = ["", "x", "1.5", "restart", "continue", "-2147483648", "100000", "164", "200", "0x10"]
_ATTRIBUTE = re.compile(r'(\s[\w:]+=")([^"]*)(")')
_NUMERIC_ATTRIBUTE = re.compile(r'(\s[\w:]+=")(-?\d+)(")')
_CELL_REF = re.compile(r'(\sr=")([A-Z]+\d+)(")|(\sref=")([A-Z]+\d+(?::[A-Z]+\d+)?)(")')


@st.composite
def small_ref(draw) -> str:
    """A cell or range reference inside A1:BH300, so merges stay cheap to expand
    (unbounded ranges are the subject of a test of their own)."""

    def cell():
        return f"{get_column_letter(draw(st.integers(1, 60)))}{draw(st.integers(1, 300))}"

    return cell() if draw(st.booleans()) else f"{cell()}:{cell()}"


@st.composite
def mutated_xml(draw, text: str, snippets: list[str], safe_numbers: bool) -> str:
    """An XML part after 1..4 structure-aware changes: a fragment inserted before a tag, an
    attribute value replaced, a cell reference moved, a span deleted or duplicated."""
    for _ in range(draw(st.integers(1, 4))):
        op = draw(
            st.sampled_from(
                [
                    "snippet",
                    "snippet",
                    "attribute",
                    "number",
                    "ref",
                    "delete",
                    "duplicate",
                    "text",
                    "flip",
                    "truncate",
                    "property",
                    "property",
                    "property",
                    "property",
                ]
            )
        )
        tags = [m.start() for m in re.finditer("<", text)] or [0]
        if op == "property":
            # A property where the readers look for it: a row's indent, a cell's span or vertical
            # merge, a merged range, a cell's style, with an odd value.
            anchors = [
                (m.end(), template)
                for pattern, template in PROPERTY_ANCHORS
                for m in re.finditer(pattern, text)
            ]
            if not anchors:
                continue
            at, template = draw(st.sampled_from(anchors))
            value = draw(st.one_of(st.integers(-100, 100).map(str), st.sampled_from(PROPERTY_VALUES)))
            text = text[:at] + template.format(v=value, ref=draw(small_ref())) + text[at:]
        elif op == "snippet":
            at = draw(st.sampled_from(tags))
            text = text[:at] + draw(st.sampled_from(snippets)) + text[at:]
        elif op in ("attribute", "number"):
            found = list((_NUMERIC_ATTRIBUTE if op == "number" else _ATTRIBUTE).finditer(text))
            if not found:
                continue
            match = draw(st.sampled_from(found))
            if op == "number":
                # Up to 100 000 only: a span or an indent of 2**31 is the subject of a test of its own.
                value = str(
                    draw(st.one_of(st.integers(-100, 100), st.sampled_from([-(2**31), 1000, 100_000])))
                )
            else:
                pool = [
                    v for v in ATTRIBUTE_VALUES if not safe_numbers or not (v.isdigit() and int(v) > 100_000)
                ]
                value = draw(st.sampled_from(pool))
            text = text[: match.start(2)] + value + text[match.end(2) :]
        elif op == "ref":
            found = list(_CELL_REF.finditer(text))
            if not found:
                continue
            match = draw(st.sampled_from(found))
            group = 2 if match.group(2) is not None else 5
            text = text[: match.start(group)] + draw(small_ref()) + text[match.end(group) :]
        elif op in ("delete", "duplicate"):
            if len(tags) < 2:
                continue
            i = draw(st.integers(0, len(tags) - 2))
            j = draw(st.integers(i + 1, min(len(tags) - 1, i + 12)))
            span = text[tags[i] : tags[j]]
            text = text[: tags[i]] + (span * 2 if op == "duplicate" else "") + text[tags[j] :]
        elif op == "text":
            ends = [m.end() for m in re.finditer(">", text)] or [0]
            at = draw(st.sampled_from(ends))
            text = (
                text[:at] + xml_safe(draw(vocabulary_text(3))).replace("<", "").replace("&", "") + text[at:]
            )
        elif op == "flip" and text:
            at = draw(st.integers(0, len(text) - 1))
            text = text[:at] + draw(st.sampled_from(list("<>&\"'=/ x1"))) + text[at + 1 :]
        elif op == "truncate" and text:
            text = text[: draw(st.integers(0, len(text) - 1))]
    return text


@st.composite
def mutated_zip(draw, data: bytes, snippets: list[str], main_parts: tuple[str, ...]) -> bytes:
    """The zip ``data`` with one or two of its XML parts mutated (mostly the main ones), sometimes
    a part dropped or added, written back as a valid zip (correct CRCs), so the XML parsers and
    the table readers see the damage rather than the zip layer."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    names = sorted(parts)
    for _ in range(draw(st.integers(1, 2))):
        kind = draw(st.sampled_from(["main"] * 6 + ["any"] * 2 + ["drop", "add"]))
        if kind == "drop":
            parts.pop(draw(st.sampled_from(names)), None)
            continue
        if kind == "add":
            parts[
                draw(
                    st.sampled_from(
                        [
                            "xl/worksheets/sheet9.xml",
                            "word/extra.xml",
                            "../evil.xml",
                            "customXml/item1.xml",
                            "xl/workbook.bin",
                        ]
                    )
                )
            ] = b"<x/>"
            continue
        candidates = [n for n in names if n in main_parts] if kind == "main" else names
        candidates = [n for n in candidates if n in parts and n.endswith((".xml", ".rels"))]
        if not candidates:
            continue
        name = draw(st.sampled_from(candidates))
        try:
            text = parts[name].decode("utf-8")
        except UnicodeDecodeError:
            continue
        parts[name] = draw(mutated_xml(text, snippets, safe_numbers=name.startswith("word/"))).encode(
            "utf-8", "surrogatepass"
        )
    compression = draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


# --- interchange JSON -----------------------------------------------------------------------------

HUGE_INT = "@@HUGE-INT@@"  # placed in the tree as a string, swapped for 4 400 digits once serialised

JSON_KEYS = [
    "format",
    "version",
    "plan",
    "sections",
    "units",
    "title",
    "period",
    "kind",
    "year",
    "half",
    "start_year",
    "end_year",
    "issued_date",
    "signer",
    "name",
    "short_name",
    "code",
    "items",
    "number",
    "rows",
    "children",
    "task",
    "lead",
    "partners",
    "objective",
    "body",
    "heading",
    "text",
    "",
    "x",
]
ODD_NUMBERS = [
    0,
    -1,
    1,
    2,
    3,
    1944,
    1945,
    2025,
    2200,
    2201,
    2025.0,
    2.5,
    1e308,
    float("inf"),
    float("-inf"),
    float("nan"),
    True,
    False,
    2**63,
    -(2**63) - 1,
    10**30,
    -0.0,
    HUGE_INT,
]
ODD_DATES = [
    "2025-02-30",
    "2025-13-01",
    "0000-01-01",
    "2025-1-1",
    "2025-01-01\n",
    "2025-01-01T00:00:00",
    "9999-12-31",
    "0001-01-01",
    "2025-00-10",
    "20250101",
    "",
    "2024-02-29",
    "2023-02-29",
    "１２３４-01-01",
    "2025-01-01 ",
    None,
    20250101,
]
ODD_STRINGS = [
    "",
    " ",
    "\t",
    "\u00a0",
    "\u200b",
    "\n",
    "A" * 20001,
    "x" * 200_001,
    "\u0301" * 600,
    "N" * 501,
    "\ud800",
    "a\udfffb",
    "\ud83d",
    "\x00",
    "\ufeff",
    nfd("Phòng Văn hóa – Xã hội"),
    "Ⅳ",
    "1" * 51,
    "IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII",
    HUGE_DIGITS,
]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(ODD_NUMBERS),
    st.sampled_from(ODD_STRINGS),
    st.sampled_from(TOKENS),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(JSON_KEYS), st.text(max_size=6)), children, max_size=4),
    ),
    max_leaves=12,
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


def _get(node, path):
    for part in path:
        node = node[part]
    return node


def _set(root, path, value):
    if not path:
        return value
    _get(root, path[:-1])[path[-1]] = value
    return root


def _map_strings(node, fn):
    if isinstance(node, str):
        return fn(node)
    if isinstance(node, list):
        return [_map_strings(v, fn) for v in node]
    if isinstance(node, dict):
        return {fn(k): _map_strings(v, fn) for k, v in node.items()}
    return node


@st.composite
def mutated_document(draw, original: dict) -> object:
    """The interchange tree with 1..4 changes, each at a path chosen in the whole tree, in
    ``plan`` or in ``units`` (the smaller parts would otherwise hardly ever be picked)."""
    root = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 4))):
        focus = draw(st.sampled_from(["any", "any", "plan", "period", "units", "top"]))
        paths = list(_paths(root))
        wanted = {"plan": ("plan",), "period": ("plan", "period"), "units": ("units",)}.get(focus)
        if wanted is not None:
            paths = [p for p in paths if p[: len(wanted)] == wanted] or paths
        elif focus == "top":
            paths = [p for p in paths if len(p) <= 1]
        path = draw(st.sampled_from(paths))
        node = _get(root, path)
        op = draw(
            st.sampled_from(
                [
                    "replace",
                    "delete",
                    "retype",
                    "huge",
                    "nfd",
                    "date",
                    "add_key",
                    "duplicate",
                    "number",
                    "string",
                    "case",
                    "surrogate",
                    "empty",
                ]
            )
        )
        if op == "replace":
            root = _set(root, path, draw(json_values))
        elif op == "delete" and path:
            parent = _get(root, path[:-1])
            del parent[path[-1]]
        elif op == "retype":
            root = _set(
                root,
                path,
                draw(
                    st.sampled_from(
                        [str(node), None, True, 0, [node], {"v": node}, 1.5, json.dumps(node, default=str)]
                    )
                ),
            )
        elif op == "huge":
            root = _set(root, path, draw(st.sampled_from(ODD_STRINGS[6:10])))
        elif op == "nfd":
            root = _set(root, path, _map_strings(node, nfd))
        elif op == "date":
            if isinstance(root, dict) and isinstance(root.get("plan"), dict):
                root["plan"]["issued_date"] = draw(st.sampled_from(ODD_DATES))
        elif op == "add_key" and isinstance(node, dict):
            keys = (
                ["kind", "year", "half", "start_year", "end_year"] if path[-1:] == ("period",) else JSON_KEYS
            )
            node[draw(st.sampled_from(keys))] = draw(st.one_of(st.sampled_from(ODD_NUMBERS), json_values))
        elif op == "duplicate" and isinstance(node, list) and node:
            at = draw(st.integers(0, len(node) - 1))
            node.insert(at, copy.deepcopy(node[at]))
        elif op == "number":
            root = _set(root, path, draw(st.sampled_from(ODD_NUMBERS)))
        elif op == "string":
            root = _set(root, path, draw(st.one_of(st.sampled_from(ODD_STRINGS), st.text(max_size=30))))
        elif op == "case" and isinstance(node, str):
            root = _set(root, path, draw(st.sampled_from([node.upper(), node.lower(), node.swapcase()])))
        elif op == "surrogate" and isinstance(node, str):
            at = draw(st.integers(0, len(node)))
            root = _set(
                root, path, node[:at] + draw(st.sampled_from(["\ud800", "\udc00", "\ud83d"])) + node[at:]
            )
        elif op == "empty" and isinstance(node, (list, dict, str)):
            root = _set(root, path, type(node)())
    return root


@st.composite
def json_bytes(draw, tree: object) -> bytes:
    """``tree`` as the bytes of a file: ASCII-escaped or not, indented or not, sometimes with a
    BOM or in UTF-16; HUGE_INT markers become a 4 400-digit number."""
    ascii_only = draw(st.booleans())
    text = json.dumps(tree, ensure_ascii=ascii_only, indent=draw(st.sampled_from([None, 2])), allow_nan=True)
    text = text.replace(json.dumps(HUGE_INT), HUGE_DIGITS)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16"]))
    return text.encode(encoding, "surrogatepass")
