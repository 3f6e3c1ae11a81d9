"""The rows of the "Tiêu chí" sheet as a tree of criteria, every problem collected with its row.

Codes: Roman areas ("I", "II") with criteria numbered under them ("1", "1.1"; restarting per area
or running on), stored qualified ("II.1", "II.1.1") so that every code is unique; or areas "1",
"2" with criteria "1.1", "1.1.1". A row without a code but with text (and no points, no rule)
continues the text of the row above: long criteria are often split over rows. A "Tổng cộng" row
is checked against the sum. A parent's maximum is the sum of its children's, except in a bonus or
penalty block, whose maximum is its cap; a parent's rule may only say the block adds or
subtracts.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..domain.criteria import SCORE, Criterion, register_source_key, register_source_text
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..scoring.rules import (
    ChoiceRule,
    CountRule,
    FreeRule,
    RateRule,
    YesNoRule,
    parse_points,
    parse_rule,
    points_text,
)
from ..text import from_roman
from .workbook_guard import SheetRows, cell_decimal, header_key

__all__ = ["CRITERIA_COLUMNS", "CRITERIA_SHEET", "CriteriaReader", "flag", "is_column_numbering"]

MAX_DEPTH = 6
MAX_TEXT = 4_000

define_messages(
    {
        "criteria.bad_code": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: mã «{code}» không đúng dạng (I, II... hoặc 1, 1.1, 1.1.1)."
        ),
        "criteria.code_missing": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: có điểm hoặc cách chấm nhưng thiếu mã tiêu chí."
        ),
        "criteria.duplicate_code": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: mã {code} trùng với dòng {first_row}."
        ),
        "criteria.before_first_area": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} đứng trước lĩnh vực đầu tiên (I, II...)."
        ),
        "criteria.parent_missing": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} không có tiêu chí cha {parent} ở phía trên."
        ),
        "criteria.out_of_order": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} nằm sai chỗ: phải đứng ngay trong nhóm {parent}."
        ),
        "criteria.too_deep": QT_TRANSLATE_NOOP("Messages", "Dòng {row}: mã {code} lồng quá {limit} cấp."),
        "criteria.text_missing": QT_TRANSLATE_NOOP("Messages", "Dòng {row}: tiêu chí {code} thiếu nội dung."),
        "criteria.text_too_long": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: nội dung tiêu chí {code} dài quá {limit} ký tự."
        ),
        "criteria.max_missing": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} thiếu điểm tối đa."
        ),
        "criteria.max_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: điểm tối đa «{value}» của tiêu chí {code} không phải là số."
        ),
        "criteria.max_not_positive": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: điểm tối đa của tiêu chí {code} phải lớn hơn 0 (đang ghi {value})."
        ),
        "criteria.max_not_sum": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: điểm tối đa của {code} là {found} nhưng tổng các tiêu chí con là {expected}.",
        ),
        "criteria.total_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: dòng tổng ghi {found} điểm nhưng tổng điểm tối đa các lĩnh vực là {expected}.",
        ),
        "criteria.bad_rule": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: cách chấm của tiêu chí {code}: {reason}."
        ),
        "criteria.rule_on_parent": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: {code} có tiêu chí con nên không có cách chấm riêng (chỉ được ghi "
            "«điểm thưởng» hoặc «điểm trừ» cho cả khối).",
        ),
        "criteria.effect_conflict": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: tiêu chí {code} nằm trong khối {block} nhưng cách chấm lại là {own}."
        ),
        "criteria.flag_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: cột «{column}» chỉ ghi «có» hoặc để trống (đang ghi «{value}»)."
        ),
        "criteria.province_and_na": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: tiêu chí {code} do tỉnh chấm nên không thể đồng thời «không áp dụng được».",
        ),
        "criteria.source_unknown": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: không hiểu nguồn số liệu «{value}» (ghi «kế hoạch ban hành đúng hạn», "
            "«tỷ lệ nhiệm vụ hoàn thành» hoặc «số nhiệm vụ có nhãn: kiểm tra»).",
        ),
        "criteria.source_on_parent": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: nguồn số liệu chỉ ghi cho tiêu chí không có tiêu chí con ({code})."
        ),
        "criteria.source_rule_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {row}: nguồn số liệu «{source}» không hợp với cách chấm của tiêu chí {code} "
            "(cần {expected}).",
        ),
        "criteria.no_criteria": QT_TRANSLATE_NOOP("Messages", "Trang «{sheet}» không có tiêu chí nào."),
        "criteria.block_bonus": QT_TRANSLATE_NOOP("Messages", "điểm thưởng"),
        "criteria.block_penalty": QT_TRANSLATE_NOOP("Messages", "điểm trừ"),
        "criteria.block_score": QT_TRANSLATE_NOOP("Messages", "điểm thường"),
        "criteria.expect_choice": QT_TRANSLATE_NOOP("Messages", "cách chấm có/không hoặc theo lựa chọn"),
        "criteria.expect_rate": QT_TRANSLATE_NOOP("Messages", "cách chấm theo tỷ lệ"),
        "criteria.expect_count": QT_TRANSLATE_NOOP("Messages", "cách chấm theo số lần hoặc có/không"),
    }
)


CRITERIA_SHEET = "Tiêu chí"
TIERS_SHEET = "Xếp loại"
CRITERIA_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("Mã", "Mã số", "Mã tiêu chí", "TT", "STT", "Số TT"),
    "text": ("Tiêu chí", "Nội dung", "Tên tiêu chí", "Lĩnh vực, tiêu chí", "Nội dung tiêu chí"),
    "max": ("Điểm tối đa", "Điểm chuẩn", "Tối đa", "Điểm tối đa được chấm"),
    "rule": ("Cách chấm", "Cách chấm điểm", "Hướng dẫn chấm", "Phương pháp chấm"),
    "evidence": ("Tài liệu kiểm chứng", "Tài liệu kiểm chứng cần có", "Hồ sơ kiểm chứng"),
    "na": ("Không áp dụng được", "Không áp dụng", "Được không áp dụng"),
    "province": ("Tỉnh chấm", "Do tỉnh chấm", "Tỉnh đánh giá"),
    "source": ("Số liệu từ sổ nhiệm vụ", "Nguồn số liệu", "Lấy số liệu từ sổ nhiệm vụ"),
}
TIER_COLUMNS: dict[str, tuple[str, ...]] = {
    "label": ("Xếp loại", "Mức xếp loại", "Loại"),
    "from": ("Từ (%)", "Từ", "Từ %", "Ngưỡng", "Ngưỡng (%)", "Tỷ lệ từ"),
}
META_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("Tên bộ tiêu chí", "Bộ tiêu chí"),
    "year": ("Năm", "Năm áp dụng", "Năm đánh giá"),
    "issuer": ("Cơ quan ban hành", "Đơn vị ban hành", "Ban hành"),
    "step": ("Bước điểm", "Bước chấm điểm"),
    "sample": ("Bộ mẫu", "Bộ mẫu (không chính thức)"),
}


# --- flags and register sources ---------------------------------------------------------------

_YES = {"co", "x", "yes", "true", "1", "dung"}
_NO = {"", "khong", "no", "false", "0"}


def flag(text: str) -> bool | None:
    key = header_key(text)
    return True if key in _YES else False if key in _NO else None


_SOURCE_RULES: dict[str, tuple[tuple[type, ...], str]] = {
    "plan_on_time": ((YesNoRule, ChoiceRule), "criteria.expect_choice"),
    "rows_done_rate": ((RateRule,), "criteria.expect_rate"),
    "tag": ((CountRule, YesNoRule), "criteria.expect_count"),
}


# --- criteria rows → tree ------------------------------------------------------------------------

_ROMAN = re.compile(r"^[IVXL]+$")
_NUMERIC = re.compile(r"^\d{1,3}(?:\.\d{1,3})*$")
_QUALIFIED = re.compile(r"^(?P<area>[IVXL]+)\.(?P<rest>\d{1,3}(?:\.\d{1,3})*)$")
_ANY_MAXIMUM = Decimal(1_000_000)
_TOTAL_ROW = re.compile(r"^tong(?:\s+(?:cong|diem|so))?\b")


@dataclass
class _Row:
    row: int  # Excel row number, for messages
    code: str
    parent: str | None
    text: str
    max_text: str
    max_value: Any
    rule_text: str
    evidence: str
    na: bool
    province: bool
    source: str
    children: list[_Row] = field(default_factory=list)
    maximum: Decimal | None = None


class CriteriaReader:
    """Turns the rows of the "Tiêu chí" sheet into a tree, collecting every problem."""

    def __init__(self, rows: SheetRows, header: int, columns: dict[str, int], step: Decimal):
        self.rows, self.header, self.columns, self.step = rows, header, columns, step
        self.problems: list[Message] = []
        self.roman = any(
            _ROMAN.match(self._code_text(r)) and from_roman(self._code_text(r))
            for r in range(header + 1, len(rows.values))
        )
        self.total_row: tuple[int, str] | None = None

    def problem(self, message_code: str, /, **params: Any) -> None:
        self.problems.append(Message(message_code, **params))

    def cell(self, r: int, key: str) -> str:
        return self.rows.text(r, self.columns.get(key))

    def _code_text(self, r: int) -> str:
        value = self.rows.value(r, self.columns["code"])
        text = repr(value) if isinstance(value, float) else self.rows.text(r, self.columns["code"])
        return re.sub(r"\s+", "", text).rstrip(".").upper()

    def read(self) -> list[_Row]:
        areas: list[_Row] = []
        by_code: dict[str, _Row] = {}
        path: list[_Row] = []
        previous: _Row | None = None
        for r in range(self.header + 1, len(self.rows.values)):
            number = r + 1
            if is_column_numbering(self.rows.values[r]):
                continue
            code_text, text = self._code_text(r), self.cell(r, "text")
            max_text, rule_text = self.cell(r, "max"), self.cell(r, "rule")
            if not code_text:
                previous = self._uncoded(r, previous, text, max_text, rule_text)
                continue
            placed = self._place(number, code_text, path, by_code)
            if placed is None:
                continue
            code, parent_code = placed
            item = _Row(
                number,
                code,
                parent_code,
                text,
                max_text,
                self.rows.value(r, self.columns["max"]),
                rule_text,
                self.cell(r, "evidence"),
                *self._flags(r, number),
                self._source(r, number),
            )
            if not text:
                self.problem("criteria.text_missing", row=number, code=code)
            elif len(text) > MAX_TEXT:
                self.problem("criteria.text_too_long", row=number, code=code, limit=MAX_TEXT)
            by_code[code] = item
            if parent_code is None:
                areas.append(item)
                path = [item]
            else:
                parent = by_code[parent_code]
                parent.children.append(item)
                path = path[: path.index(parent) + 1] + [item]
            previous = item
        if not by_code:
            self.problem("criteria.no_criteria", sheet=self.rows.title)
        return areas

    def _uncoded(
        self, r: int, previous: _Row | None, text: str, max_text: str, rule_text: str
    ) -> _Row | None:
        if not max_text and not rule_text:
            if text and previous is not None and not _TOTAL_ROW.match(header_key(text)):
                previous.text = f"{previous.text}\n{text}"  # the criterion's text goes on
                evidence = self.cell(r, "evidence")
                if evidence:
                    previous.evidence = f"{previous.evidence}\n{evidence}".strip()
            return previous
        if _TOTAL_ROW.match(header_key(text)) and not rule_text:
            self.total_row = (r + 1, max_text)
            return previous
        self.problem("criteria.code_missing", row=r + 1)
        return previous

    def _place(
        self, number: int, code_text: str, path: list[_Row], by_code: dict[str, _Row]
    ) -> tuple[str, str | None] | None:
        """(unique code, parent code) of a row, or None after recording why it cannot be placed."""
        qualified = _QUALIFIED.match(code_text)
        if self.roman and _ROMAN.match(code_text) and from_roman(code_text):
            code, parent = code_text, None
        elif self.roman and (qualified or _NUMERIC.match(code_text)):
            if qualified:
                area, rest = qualified.group("area"), qualified.group("rest")
            else:
                area, rest = (path[0].code if path else ""), code_text
            if not area:
                self.problem("criteria.before_first_area", row=number, code=code_text)
                return None
            code = f"{area}.{rest}"
            parent = code.rsplit(".", 1)[0]
        elif not self.roman and _NUMERIC.match(code_text):
            code = code_text
            parent = code.rsplit(".", 1)[0] if "." in code else None
        else:
            self.problem("criteria.bad_code", row=number, code=code_text)
            return None
        if code in by_code:
            self.problem("criteria.duplicate_code", row=number, code=code, first_row=by_code[code].row)
            return None
        if code.count(".") + 1 > MAX_DEPTH:
            self.problem("criteria.too_deep", row=number, code=code, limit=MAX_DEPTH)
            return None
        if parent is not None:
            if parent not in by_code:
                self.problem("criteria.parent_missing", row=number, code=code, parent=parent)
                return None
            if by_code[parent] not in path:
                self.problem("criteria.out_of_order", row=number, code=code, parent=parent)
                return None
        return code, parent

    def _flags(self, r: int, number: int) -> tuple[bool, bool]:
        flags = []
        for key, title in (("na", "Không áp dụng được"), ("province", "Tỉnh chấm")):
            text = self.cell(r, key)
            value = flag(text)
            if value is None:
                self.problem("criteria.flag_unreadable", row=number, column=title, value=text)
                value = False
            flags.append(value)
        return flags[0], flags[1]

    def _source(self, r: int, number: int) -> str:
        text = self.cell(r, "source")
        key = register_source_key(text)
        if key is None:
            self.problem("criteria.source_unknown", row=number, value=text)
            return ""
        return key

    # --- maxima, rules, flags over the tree ---

    def build(self, areas: list[_Row]) -> list[Criterion]:
        built = [self._node(area, SCORE, False, False) for area in areas]
        if self.total_row is not None and not self.problems:
            self._check_total(built)
        return built

    def _maximum(self, item: _Row) -> Decimal | None:
        if not item.max_text:
            return None
        try:
            value = cell_decimal(item.max_value)
        except ValueError:
            self.problem("criteria.max_unreadable", row=item.row, code=item.code, value=item.max_text)
            return None
        if value is not None and value <= 0:
            self.problem("criteria.max_not_positive", row=item.row, code=item.code, value=points_text(value))
            return None
        return value

    def _node(self, item: _Row, inherited: str, na: bool, province: bool) -> Criterion:
        given = self._maximum(item)
        rule = self._parent_rule(item) if item.children else self._leaf_rule(item, given)
        own = rule.effect if rule is not None else SCORE
        effect = own if own != SCORE else inherited
        if own != SCORE and inherited != SCORE and own != inherited:
            self.problem(
                "criteria.effect_conflict",
                row=item.row,
                code=item.code,
                block=Message(f"criteria.block_{inherited}"),
                own=Message(f"criteria.block_{own}"),
            )
        na, province = na or item.na, province or item.province
        if na and province and effect == SCORE:
            self.problem("criteria.province_and_na", row=item.row, code=item.code)
        children = [self._node(child, effect, na, province) for child in item.children]
        maximum = given
        if children:
            total = sum((c.max_points for c in children), Decimal(0))
            if not item.max_text:
                maximum = total  # a parent's empty maximum is its children's sum
            elif given is not None and effect == SCORE and given != total:
                self.problem(
                    "criteria.max_not_sum",
                    row=item.row,
                    code=item.code,
                    expected=points_text(total),
                    found=points_text(given),
                )
            if item.source:
                self.problem("criteria.source_on_parent", row=item.row, code=item.code)
        elif not item.max_text:
            self.problem("criteria.max_missing", row=item.row, code=item.code)
        if rule is not None and own == SCORE and effect != SCORE:
            rule = dataclasses.replace(rule, effect=effect)  # a block's items add or subtract with it
        if rule is not None and not children and item.source:
            self._check_source(item, rule)
        return Criterion(
            code=item.code,
            text=item.text,
            max_points=maximum or Decimal(0),
            rule=rule or FreeRule(self.step, effect),
            evidence_hint=item.evidence,
            allow_na=na,
            province_scored=province,
            register_source=item.source,
            children=children,
        )

    def _leaf_rule(self, item: _Row, maximum: Decimal | None) -> Any:
        # Without a readable maximum only the syntax can be checked: a maximum nothing exceeds.
        try:
            return parse_rule(item.rule_text, maximum if maximum is not None else _ANY_MAXIMUM, self.step)
        except InvalidInputError as error:
            self.problem(
                "criteria.bad_rule", row=item.row, code=item.code, reason=Message(error.code, **error.params)
            )
            return None

    def _parent_rule(self, item: _Row) -> Any:
        """A parent scores nothing itself: its cell may only say that the block is a bonus or a
        penalty ("điểm thưởng" / "điểm trừ")."""
        try:
            rule = parse_rule(item.rule_text, _ANY_MAXIMUM, self.step)
        except InvalidInputError:
            rule = None
        if not isinstance(rule, FreeRule):
            self.problem("criteria.rule_on_parent", row=item.row, code=item.code)
            return None
        return FreeRule(self.step, rule.effect)

    def _check_source(self, item: _Row, rule: Any) -> None:
        kinds, expected = _SOURCE_RULES["tag" if item.source.startswith("tag:") else item.source]
        if not isinstance(rule, kinds):
            self.problem(
                "criteria.source_rule_mismatch",
                row=item.row,
                code=item.code,
                source=register_source_text(item.source),
                expected=Message(expected),
            )

    def _check_total(self, areas: list[Criterion]) -> None:
        assert self.total_row is not None
        row, text = self.total_row
        expected = sum((a.max_points for a in areas if a.rule.effect == SCORE), Decimal(0))
        found = parse_points(text)
        if found is not None and found != expected:
            self.problem(
                "criteria.total_mismatch", row=row, expected=points_text(expected), found=points_text(found)
            )


def is_column_numbering(values: list[Any]) -> bool:
    """A row like "(1) (2) (3)" or "1 2 3" under the header numbers the columns."""
    texts = [str(v).strip() for v in values if v is not None and str(v).strip()]
    numbers = [re.sub(r"^\((\d+)\)$", r"\1", t) for t in texts]
    return (
        len(numbers) >= 3
        and all(n.isdigit() for n in numbers)
        and [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))
    )
