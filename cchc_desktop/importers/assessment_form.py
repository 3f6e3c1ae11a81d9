"""Reading a filled scoring form back; all or nothing, as a dry run.

Columns are found by name (``Mã``, ``Số liệu``, ``Điểm tự đánh giá``, ``Không áp dụng``,
``Giải trình``, ``Lý do chấm khác cách chấm``, ``Điểm thẩm định``, ``Điểm thẩm định lần 2``...);
a column that is absent leaves its field as it was. Rows of areas and parents carry sums and are
not read; rows without a code (totals) neither.

Every value is checked against its criterion's rule. One value off refuses the whole file: one
``InvalidInputError("form.invalid")`` lists every problem by row and reason, nothing changes.
Otherwise ``FormFill`` says, per code, what would change (old → new) and holds the new entries,
for the caller to show and then store in one transaction.

A self-score the form shows was, for a rule that computes it, written from the figure: when the
figure changes and that score was left as it was, the new figure's score stands (no override).
A finalised assessment takes appraisal scores only.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.assessment import AppraisalRound, Assessment, ScoreEntry
from ..domain.criteria import PENALTY, CriteriaSet, Criterion
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..scoring.rules import FreeRule, check_appraisal, figure_text, parse_figure, points_text, score_criterion
from .criteria_workbook import (
    MessageLines,
    SheetRows,
    cell_decimal,
    find_header,
    find_sheet,
    header_key,
    open_workbook,
    read_sheet,
)

__all__ = ["FieldChange", "FormFill", "read_assessment_form"]

MAX_FORM_ROWS = 3_000

define_messages(
    {
        "form.no_header": QT_TRANSLATE_NOOP(
            "Messages",
            "Tệp «{name}» không có bảng chấm điểm (dòng tiêu đề với cột «Mã» và «Điểm tự đánh giá», "
            "«Số liệu» hoặc «Điểm thẩm định»).",
        ),
        "form.too_many_rows": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» có hơn {limit} dòng, không phải phiếu chấm điểm."
        ),
        "form.invalid": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» có {count} lỗi, chưa ghi gì. Sửa các dòng sau rồi nhập lại:\n{problems}"
        ),
        "form.at_row": QT_TRANSLATE_NOOP("Messages", "Dòng {row}: {reason}"),
        "form.at_row_code": QT_TRANSLATE_NOOP("Messages", "Dòng {row}, tiêu chí {code}: {reason}"),
        "form.unknown_code": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: mã {code} không có trong bộ tiêu chí «{set_name}»."
        ),
        "form.duplicate_code": QT_TRANSLATE_NOOP(
            "Messages", "Dòng {row}: mã {code} đã có ở dòng {first_row}."
        ),
        "form.not_a_number": QT_TRANSLATE_NOOP("Messages", "cột «{column}» ghi «{value}», không phải là số"),
        "form.flag_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "cột «Không áp dụng» chỉ ghi «x» (hoặc «có») hoặc để trống (đang ghi «{value}»)"
        ),
        "form.figure_is_date": QT_TRANSLATE_NOOP(
            "Messages",
            "Excel đã đổi số liệu thành ngày tháng ({value}); hãy định dạng ô là Văn bản rồi ghi lại, "
            "ví dụ 118/120",
        ),
        "form.wrong_year": QT_TRANSLATE_NOOP(
            "Messages", "Phiếu chấm điểm năm {found}, không phải năm {expected} của bản chấm điểm đang mở."
        ),
        "form.finalised": QT_TRANSLATE_NOOP(
            "Messages", "bản tự đánh giá đã chốt: chỉ nhận điểm thẩm định, không sửa phần tự đánh giá"
        ),
        "form.field_choice": QT_TRANSLATE_NOOP("Messages", "Số liệu"),
        "form.field_self_score": QT_TRANSLATE_NOOP("Messages", "Điểm tự đánh giá"),
        "form.field_not_applicable": QT_TRANSLATE_NOOP("Messages", "Không áp dụng"),
        "form.field_explanation": QT_TRANSLATE_NOOP("Messages", "Giải trình"),
        "form.field_na_reason": QT_TRANSLATE_NOOP("Messages", "Lý do không áp dụng"),
        "form.field_override_reason": QT_TRANSLATE_NOOP("Messages", "Lý do chấm khác cách chấm"),
        "form.field_appraisal": QT_TRANSLATE_NOOP("Messages", "Điểm thẩm định lần {round}"),
    }
)

FORM_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("Mã", "Mã số", "Mã tiêu chí", "TT", "STT"),
    "figure": ("Số liệu", "Số liệu thực hiện", "Số liệu kê khai"),
    "self": ("Điểm tự đánh giá", "Điểm tự chấm", "Tự chấm", "Điểm tự đánh giá, chấm điểm"),
    "na": ("Không áp dụng", "Không áp dụng được"),
    "explanation": ("Giải trình", "Giải trình, ghi chú"),
    "override": ("Lý do chấm khác cách chấm", "Lý do điều chỉnh điểm"),
}
_APPRAISAL_HEADER = re.compile(r"^diem tham dinh(?: lan (?P<round>\d{1,2}))?$")
_SELF_FIELDS = (
    "choice",
    "numerator",
    "denominator",
    "count",
    "self_score",
    "not_applicable",
    "na_reason",
    "explanation",
    "override_reason",
)


@dataclass(frozen=True)
class FieldChange:
    """One field of one criterion that the form changes, as text for a dry-run list."""

    code: str
    field: str  # "figure", "self_score", "not_applicable", "explanation", "appraisal:2"...
    label: Message
    old: str
    new: str


@dataclass
class FormFill:
    """What the form would change: new entries for the codes that change, and the changes."""

    entries: dict[str, ScoreEntry] = field(default_factory=dict)
    changes: dict[str, list[FieldChange]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.entries

    def all_changes(self) -> list[FieldChange]:
        return [c for changes in self.changes.values() for c in changes]

    def apply(self, assessment: Assessment) -> Assessment:
        """A copy of ``assessment`` with the new entries (blank ones dropped)."""
        entries = dict(assessment.entries)
        for code, entry in self.entries.items():
            if entry.is_blank():
                entries.pop(code, None)
            else:
                entries[code] = entry
        return dataclasses.replace(assessment, entries=entries)


def read_assessment_form(path: Path | str, criteria_set: CriteriaSet, assessment: Assessment) -> FormFill:
    source = Path(path)
    workbook = open_workbook(source, "phiếu chấm điểm")
    try:
        rows, header, columns, rounds = _locate(workbook, source.name)
    finally:
        workbook.close()
    reader = _FormReader(rows, columns, rounds, criteria_set, assessment)
    _check_year(rows, header, assessment, reader.problems)
    fill = reader.read(header)
    if reader.problems:
        raise InvalidInputError(
            "form.invalid",
            name=source.name,
            count=len(reader.problems),
            problems=MessageLines(reader.problems),
        )
    return fill


def _locate(workbook: Any, name: str) -> tuple[SheetRows, int, dict[str, int], dict[int, int]]:
    sheet = find_sheet(workbook, ["Tự đánh giá", "Chấm điểm", "Phiếu chấm điểm"])
    for candidate in ([sheet] if sheet is not None else []) + list(workbook.worksheets):
        rows = read_sheet(candidate, MAX_FORM_ROWS)
        located = find_header(rows, FORM_COLUMNS, ("code",))
        if located is None:
            continue
        header, columns = located
        rounds = _appraisal_columns(rows, header)
        if "self" in columns or "figure" in columns or rounds:
            if len(rows.values) > MAX_FORM_ROWS:
                raise InvalidInputError("form.too_many_rows", name=name, limit=MAX_FORM_ROWS)
            return rows, header, columns, rounds
    raise InvalidInputError("form.no_header", name=name)


def _appraisal_columns(rows: SheetRows, header: int) -> dict[int, int]:
    """{round number: column index} of the "Điểm thẩm định [lần N]" columns."""
    found: dict[int, int] = {}
    for c in range(len(rows.values[header])):
        match = _APPRAISAL_HEADER.match(header_key(rows.text(header, c)))
        if match:
            found.setdefault(int(match.group("round") or 1), c)
    return found


def _check_year(rows: SheetRows, header: int, assessment: Assessment, problems: list[Message]) -> None:
    for r in range(header):
        cells = [rows.text(r, c) for c in range(len(rows.values[r]))]
        filled = [t for t in cells if t]
        if len(filled) >= 2 and header_key(filled[0]) == "nam":
            found = re.search(r"\d{4}", filled[1])
            if found and int(found.group()) != assessment.year:
                problems.append(Message("form.wrong_year", found=found.group(), expected=assessment.year))
            return


class _FormReader:
    def __init__(
        self,
        rows: SheetRows,
        columns: dict[str, int],
        rounds: dict[int, int],
        criteria_set: CriteriaSet,
        assessment: Assessment,
    ):
        self.rows, self.columns, self.rounds = rows, columns, rounds
        self.set, self.assessment = criteria_set, assessment
        self.index = criteria_set.index()
        self.problems: list[Message] = []

    def at(self, row: int, code: str, reason: Message) -> None:
        # score.* reasons name the criterion themselves
        if reason.code.startswith("score.") and "code" in reason.params:
            self.problems.append(Message("form.at_row", row=row, reason=reason))
        else:
            self.problems.append(Message("form.at_row_code", row=row, code=code, reason=reason))

    def read(self, header: int) -> FormFill:
        fill = FormFill()
        seen: dict[str, int] = {}
        for r in range(header + 1, len(self.rows.values)):
            number = r + 1
            code = _code(self.rows, r, self.columns["code"])
            if not code:
                continue
            criterion = self.index.get(code)
            if criterion is None:
                self.problems.append(
                    Message("form.unknown_code", row=number, code=code, set_name=self.set.name)
                )
                continue
            if code in seen:
                self.problems.append(
                    Message("form.duplicate_code", row=number, code=code, first_row=seen[code])
                )
                continue
            seen[code] = number
            if not criterion.is_leaf:
                continue  # sums, written for reading, never read back
            old = self.assessment.entry(code)
            new = self._entry(r, number, criterion, old)
            if new is None:
                continue
            changes = _changes(criterion, old, new)
            if changes:
                if self.assessment.finalised and any(c.field in _SELF_CHANGE_FIELDS for c in changes):
                    self.at(number, code, Message("form.finalised"))
                    continue
                fill.entries[code] = new
                fill.changes[code] = changes
        return fill

    def _entry(self, r: int, number: int, criterion: Criterion, old: ScoreEntry) -> ScoreEntry | None:
        """The entry as the row has it, or None after recording its problems."""
        before = len(self.problems)
        code, rule = criterion.code, criterion.rule
        new = copy.deepcopy(old)
        if "figure" in self.columns:
            value = self.rows.value(r, self.columns["figure"])
            if hasattr(value, "year") and not isinstance(value, str):
                self.at(
                    number,
                    code,
                    Message("form.figure_is_date", value=self.rows.text(r, self.columns["figure"])),
                )
            else:
                try:
                    new = parse_figure(rule, self.rows.text(r, self.columns["figure"])).apply_to(new)  # type: ignore[arg-type]
                except InvalidInputError as error:
                    self.at(number, code, Message(error.code, **error.params))
        if "self" in self.columns:
            entered = self._decimal_at(r, number, code, self.columns["self"], "Điểm tự đánh giá")
            if entered is not None and criterion.rule.effect == PENALTY:
                entered = abs(entered)  # a penalty may be typed as -1
            new.self_score = self._self_score(criterion, old, new, entered)
        if "na" in self.columns:
            text = self.rows.text(r, self.columns["na"])
            flag = _flag(text)
            if flag is None:
                self.at(number, code, Message("form.flag_unreadable", value=text))
            else:
                new.not_applicable = flag
        if "explanation" in self.columns:
            text = self.rows.text(r, self.columns["explanation"])
            if new.not_applicable:
                new.na_reason = text
            else:
                new.explanation, new.na_reason = text, ""
        if "override" in self.columns:
            new.override_reason = self.rows.text(r, self.columns["override"])
        self._appraisal(r, number, criterion, new)
        if len(self.problems) == before:
            try:
                score_criterion(criterion, new)
            except InvalidInputError as error:
                self.at(number, code, Message(error.code, **error.params))
        return new if len(self.problems) == before else None

    def _decimal_at(self, r: int, number: int, code: str, column: int | None, title: str) -> Decimal | None:
        try:
            return cell_decimal(self.rows.value(r, column))
        except ValueError:
            self.at(number, code, Message("form.not_a_number", column=title, value=self.rows.text(r, column)))
            return None

    @staticmethod
    def _self_score(
        criterion: Criterion, old: ScoreEntry, new: ScoreEntry, entered: Decimal | None
    ) -> Decimal | None:
        if isinstance(criterion.rule, FreeRule) or criterion.province_scored:
            return entered
        # The form showed the old score (entered or computed); left unchanged, it is not a new score.
        shown = old.self_score
        if shown is None:
            try:
                shown = score_criterion(criterion, old)
            except InvalidInputError:
                shown = None
        if entered == shown:
            return old.self_score
        return entered

    def _appraisal(self, r: int, number: int, criterion: Criterion, new: ScoreEntry) -> None:
        for round_number, column in sorted(self.rounds.items()):
            title = f"Điểm thẩm định lần {round_number}"
            score = self._decimal_at(r, number, criterion.code, column, title)
            try:
                check_appraisal(criterion, score)
            except InvalidInputError as error:
                self.at(number, criterion.code, Message(error.code, **error.params))
                continue
            index = round_number - 1
            if index < len(new.appraisal):
                new.appraisal[index].score = score
            elif score is not None:
                while len(new.appraisal) < index:
                    new.appraisal.append(AppraisalRound(None))
                new.appraisal.append(AppraisalRound(score))


def _code(rows: SheetRows, r: int, column: int) -> str:
    value = rows.value(r, column)
    text = repr(value) if isinstance(value, float) else rows.text(r, column)
    return re.sub(r"\s+", "", text).rstrip(".").upper()


def _flag(text: str) -> bool | None:
    key = header_key(text)
    return True if key in ("x", "co", "khong ap dung") else False if key in ("", "khong") else None


_SELF_CHANGE_FIELDS = {
    "figure",
    "self_score",
    "not_applicable",
    "explanation",
    "na_reason",
    "override_reason",
}


def _changes(criterion: Criterion, old: ScoreEntry, new: ScoreEntry) -> list[FieldChange]:
    code, rule = criterion.code, criterion.rule
    found: list[FieldChange] = []

    def add(name: str, label: Message, before: str, after: str) -> None:
        if before != after:
            found.append(FieldChange(code, name, label, before, after))

    add("figure", Message("form.field_choice"), figure_text(rule, old), figure_text(rule, new))  # type: ignore[arg-type]
    add(
        "self_score",
        Message("form.field_self_score"),
        _number_text(old.self_score),
        _number_text(new.self_score),
    )
    add(
        "not_applicable",
        Message("form.field_not_applicable"),
        "x" if old.not_applicable else "",
        "x" if new.not_applicable else "",
    )
    add("explanation", Message("form.field_explanation"), old.explanation, new.explanation)
    add("na_reason", Message("form.field_na_reason"), old.na_reason, new.na_reason)
    add("override_reason", Message("form.field_override_reason"), old.override_reason, new.override_reason)
    for i in range(max(len(old.appraisal), len(new.appraisal))):
        before = old.appraisal[i].score if i < len(old.appraisal) else None
        after = new.appraisal[i].score if i < len(new.appraisal) else None
        add(
            f"appraisal:{i + 1}",
            Message("form.field_appraisal", round=i + 1),
            _number_text(before),
            _number_text(after),
        )
    if not found and any(getattr(old, f) != getattr(new, f) for f in _SELF_FIELDS):
        # Same text, different value (e.g. 118/120 read back as 118.0/120): nothing a user would see.
        return []
    return found


def _number_text(value: Decimal | None) -> str:
    return "" if value is None else points_text(value)
