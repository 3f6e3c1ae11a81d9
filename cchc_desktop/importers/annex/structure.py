"""The rows under the header, turned into sections, items and rows of the domain model.

Reading rules (from the issue and shared/domain.md):
- a Roman numeral in the TT cell (or "I. TITLE" alone in a row) opens a section; a trailing
  count "(08 nhiệm vụ)" is taken off its title and checked against the tasks imported (items
  without sub-items) or the top-level items, the two ways issuers count;
- "1", "2", "1.1", "2.3.1" open items; a dotted number goes under the nearest earlier item
  whose number is its prefix (a group: 1 → 1.1, 1.2);
- an empty TT cell, or one merged down from the row above, adds a row to the item above;
- an objective or task cell merged down from the row above is stored once, on its first row:
  the rows below get "" ("continues", as the interchange format says); other merged cells
  (lead, due time...) hold for every row they span, so each row gets the value;
- repeated header rows (the whole header or any of its rows, wherever they recur), column-number
  rows and empty rows are skipped;
- text keeps any numbering written inside cells ("2.1. Ban hành ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...domain import MAX_NUMBER_LENGTH, AnnexItem, AnnexSection
from ...i18n import QT_TRANSLATE_NOOP, define_messages
from ...text import clean, fold, from_roman
from .cells import CellReader
from .columns import ColumnMapping
from .header_repeats import RepeatedHeaders
from .sources import RawTable
from .warning import ImportWarning, Numbering, RowNumbers

_ROMAN_CODE = re.compile(r"^([IVXL]+)(?:$|[\s.):\-–]\s*(.*)$)", re.DOTALL)
_ROMAN_TITLE = re.compile(r"^([IVXL]+)\s*[.)\-–]\s*(\S.*)$", re.DOTALL)
# Bounded digit runs: a "number" of thousands of digits is text, and int() refuses it anyway.
_ITEM_NUMBER = re.compile(r"^(\d{1,6}(?:[.,]\d{1,6}){0,5})[.)]?$")
_LETTER_NUMBER = re.compile(r"^([a-zđ])[.)]?$")
_DECLARED_COUNT = re.compile(r"\s*[(\[]\s*(\d{1,5})\s*(nhiem vu|nv|noi dung)\s*[)\]]\s*$")


define_messages(
    {
        "annex.untitled_section": QT_TRANSLATE_NOOP(
            "Messages", "Dòng «{text}» không có số La Mã: được coi là một lĩnh vực không số."
        ),
        "annex.section_row_extra_text": QT_TRANSLATE_NOOP(
            "Messages", "Dòng lĩnh vực {section} còn chữ ở cột khác, không nhập: «{text}»."
        ),
        "annex.items_before_first_section": QT_TRANSLATE_NOOP(
            "Messages",
            "Có nhiệm vụ trước dòng lĩnh vực đầu tiên (số La Mã I, II...): "
            "đã đưa vào một lĩnh vực không tên.",
        ),
        "annex.section_empty": QT_TRANSLATE_NOOP("Messages", "Lĩnh vực {section} không có nhiệm vụ nào."),
        "annex.declared_count_mismatch": QT_TRANSLATE_NOOP(
            "Messages", "Lĩnh vực {section} ghi {declared} nhiệm vụ nhưng nhập được {tasks} nhiệm vụ."
        ),
        "annex.item_number_only": QT_TRANSLATE_NOOP(
            "Messages", "Nhiệm vụ {number} chỉ có số thứ tự, không có nhiệm vụ, hoạt động hay kết quả nào."
        ),
        "annex.item_objective_only": QT_TRANSLATE_NOOP(
            "Messages",
            "Nhiệm vụ {number} chỉ có số thứ tự và mục tiêu, không có nhiệm vụ, hoạt động hay kết quả nào.",
        ),
        "annex.rows_without_lead": QT_TRANSLATE_NOOP(
            "Messages", "Lĩnh vực {section}: {count} dòng chưa có đơn vị chủ trì (dòng {rows})."
        ),
        "annex.row_without_lead": QT_TRANSLATE_NOOP("Messages", "Dòng này chưa có đơn vị chủ trì."),
        "annex.number_jump": QT_TRANSLATE_NOOP("Messages", "Số thứ tự nhảy từ {previous} sang {number}."),
        "annex.section_starts_at": QT_TRANSLATE_NOOP("Messages", "Lĩnh vực bắt đầu bằng số thứ tự {number}."),
        "annex.orphan_number": QT_TRANSLATE_NOOP(
            "Messages", "Nhiệm vụ số {number} không có nhiệm vụ mẹ (số {parent}) ở phía trên: giữ ở cấp đầu."
        ),
        "annex.sentence_in_number_column": QT_TRANSLATE_NOOP(
            "Messages",
            "Cột TT chứa một đoạn chữ dài «{text}…», không phải số thứ tự: "
            "đã chuyển vào mục tiêu của một nhiệm vụ không số.",
        ),
        "annex.odd_number": QT_TRANSLATE_NOOP(
            "Messages",
            "Số thứ tự «{number}» không theo dạng 1, 1.1 hay I, II: giữ nguyên làm số của nhiệm vụ.",
        ),
        "annex.duplicate_number": QT_TRANSLATE_NOOP(
            "Messages", "Số thứ tự {number} xuất hiện lần nữa trong lĩnh vực {section}."
        ),
        "annex.subheading_group": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng {number} «{title}» được coi là nhóm trong lĩnh vực {section}: "
            "các nhiệm vụ đánh số 1, 2... bên dưới thuộc nhóm này.",
        ),
        "annex.row_without_number": QT_TRANSLATE_NOOP(
            "Messages", "Dòng không có số thứ tự ở đầu lĩnh vực {section}: đã tạo một nhiệm vụ không số."
        ),
        "annex.objective_appended": QT_TRANSLATE_NOOP(
            "Messages",
            "Dòng không có số thứ tự nhưng có mục tiêu riêng: đã nối vào mục tiêu của nhiệm vụ {number}.",
        ),
    }
)

# Texts quoted in a warning are cut to this many characters.
QUOTE_LENGTH = 60


@dataclass
class SectionFacts:
    """What the table says about a section beyond its items."""

    row_number: int | None
    declared_count: int | None = None


@dataclass
class BuildResult:
    sections: list[AnnexSection] = field(default_factory=list)
    facts: list[SectionFacts] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    rows_read: int = 0


def parse_section_code(text: str) -> tuple[str, str] | None:
    """("II", "CẢI CÁCH THỂ CHẾ") from "II" + title or "II. CẢI CÁCH THỂ CHẾ"; None otherwise.
    Only capitals I, V, X, L: "c)" or "d" are item letters, not sections."""
    # The numeral must end the text or be followed by a space or ". ) : -": "Xây dựng" is a word.
    match = _ROMAN_CODE.match(text.strip())
    if not match or from_roman(match.group(1)) is None:
        return None
    rest = (match.group(2) or "").strip().lstrip(".):-– ")
    return match.group(1), rest


def split_declared_count(title: str) -> tuple[str, int | None]:
    """ "CẢI CÁCH THỂ CHẾ (08 nhiệm vụ)" → ("CẢI CÁCH THỂ CHẾ", 8)."""
    folded = fold(title)
    match = _DECLARED_COUNT.search(folded)
    if not match:
        return title, None
    # The count ends the title: cut the original text at its opening bracket.
    cut = max(title.rfind("("), title.rfind("["))
    if cut < 0:
        return title, None
    return title[:cut].rstrip(" :-–"), int(match.group(1))


def normalise_number(text: str) -> str:
    return text.strip().rstrip(".)").replace(",", ".")


def parent_for(by_number: dict[str, AnnexItem], number: str) -> AnnexItem | None:
    """The nearest item whose number is a prefix of ``number`` ("1" for "1.2.3" if no "1.2")."""
    parts = number.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        parent = by_number.get(".".join(parts[:cut]))
        if parent is not None:
            return parent
    return None


def spans(table: RawTable, row: int, column: int) -> int:
    """How many columns the cell at ``column`` covers (merged to the right)."""
    width = 1
    while column + width < table.width and table.merged_from[row][column + width] == (row, column):
        width += 1
    return width


class _Builder(CellReader):
    def __init__(self, table: RawTable, mapping: ColumnMapping):
        super().__init__(table, mapping)
        self.result = BuildResult()
        self.section: AnnexSection | None = None
        self.by_number: dict[str, AnnexItem] = {}
        self.current: AnnexItem | None = None
        self.last_numbered: AnnexItem | None = None
        self.last_top_number: int | None = None
        self.section_ordinal = 0
        self.top_numbers_seen = 0
        self.subheading: AnnexItem | None = None
        # Source rows (0-based) of what was built, for warnings given once a section is complete.
        self.row_of: dict[int, int] = {}
        self.headers = RepeatedHeaders(table, mapping)

    # --- helpers ---------------------------------------------------------------------------

    def warn(self, row: int | None, code: str, **params: object) -> None:
        self.result.warnings.append(ImportWarning(None if row is None else row + 1, code, params))

    # --- sections --------------------------------------------------------------------------

    def untitled_section(self, row: int) -> tuple[str, str] | None:
        """A row holding one capitalised title across the table and no Roman numeral
        ("NHIỆM VỤ TRỌNG TÂM"): a section without a code."""
        texts = self.own_texts(row)
        if len(texts) != 1 or texts[0] != texts[0].upper() or not any(ch.isalpha() for ch in texts[0]):
            return None
        column = next(
            c for c in range(self.table.width) if self.table.merged_from[row][c] is None and self.text(row, c)
        )
        if spans(self.table, row, column) < 3 or _ITEM_NUMBER.match(texts[0]):
            return None
        self.warn(row, "annex.untitled_section", text=texts[0][:QUOTE_LENGTH])
        return "", texts[0]

    def section_heading(self, row: int, number: str) -> tuple[str, str] | None:
        if number:
            parsed = parse_section_code(number)
            if parsed is None:
                return self.untitled_section(row)
            code, title = parsed
            others = self.own_texts(row, skip=self.mapping.column_of("number"))
            if not title and others:
                title = others[0]
                others = others[1:]
            if others:
                self.warn(row, "annex.section_row_extra_text", section=code, text=others[0][:QUOTE_LENGTH])
            return code, title
        # No TT: a row whose only text is "I. TITLE" (a cell merged across the whole row).
        texts = self.own_texts(row)
        if len(texts) == 1 and _ROMAN_TITLE.match(texts[0]):
            parsed = parse_section_code(texts[0])
            if parsed and parsed[1]:
                return parsed
        return self.untitled_section(row)

    def open_section(self, row: int | None, code: str, title: str) -> None:
        self.close_section()
        title, declared = split_declared_count(clean(title).replace("\n", " "))
        self.section = AnnexSection(code=code, title=title)
        self.result.sections.append(self.section)
        self.result.facts.append(SectionFacts(None if row is None else row + 1, declared))
        self.by_number = {}
        self.current = None
        self.last_numbered = None
        self.section_ordinal = from_roman(code) or 0
        self.top_numbers_seen = 0
        self.subheading = None

    def ensure_section(self, row: int) -> AnnexSection:
        if self.section is None:
            self.warn(row, "annex.items_before_first_section")
            self.open_section(None, "", "")
        assert self.section is not None  # open_section sets it
        return self.section

    def close_section(self) -> None:
        if self.section is not None:
            lead_mapped = self.mapping.column_of("lead") is not None
            self.result.warnings += section_warnings(
                self.section, self.result.facts[-1], self.row_of, lead_mapped
            )

    # --- items -----------------------------------------------------------------------------

    def check_sequence(self, row: int, number: str) -> None:
        if not number.isdigit():
            return
        value = int(number)
        if value == self.last_top_number and self.top_numbers_seen:
            return  # the same number twice: the duplicate warning says it
        expected = (
            {1, (self.last_top_number or 0) + 1}
            if self.top_numbers_seen == 0
            else {(self.last_top_number or 0) + 1}
        )
        if value not in expected:
            previous = self.last_top_number
            if previous:
                self.warn(row, "annex.number_jump", previous=previous, number=value)
            else:
                self.warn(row, "annex.section_starts_at", number=value)
        self.last_top_number = value
        self.top_numbers_seen += 1

    def open_item(self, row: int, raw_number: str) -> AnnexItem:
        section = self.ensure_section(row)
        number = raw_number
        parent = None
        misplaced_text = ""  # a sentence typed in the TT column, moved into the objective
        match = _ITEM_NUMBER.match(raw_number)
        if match:
            number = normalise_number(raw_number)
            if "." in number:
                parent = parent_for(self.by_number, number)
                first = number.split(".")[0]
                by_section = first.isdigit() and int(first) == self.section_ordinal
                if parent is None and by_section:
                    heading = self.subheading_text(row)
                    if heading is not None:
                        return self.open_subheading(section, row, number, heading)
                if parent is None and not by_section:
                    # "1.1" with no item "1": kept at the top. Numbering by section ("2.1" in
                    # section II) is a known style and needs no warning.
                    self.warn(
                        row, "annex.orphan_number", number=number, parent=".".join(number.split(".")[:-1])
                    )
            else:
                parent = self.subheading  # None outside a sub-heading group
                self.check_sequence(row, number)
        elif _LETTER_NUMBER.match(raw_number) and self.last_numbered is not None:
            number = raw_number.rstrip(".)")
            parent = self.last_numbered  # "a)", "b)" under the numbered item above
        elif len(raw_number) > MAX_NUMBER_LENGTH:
            # A sentence in the TT column is text put in the wrong column, not a number: kept
            # whole at the head of the item's objective.
            number, misplaced_text = "", raw_number
            self.warn(row, "annex.sentence_in_number_column", text=raw_number[:QUOTE_LENGTH])
        else:
            self.warn(row, "annex.odd_number", number=raw_number)
        if number and number in self.by_number:
            self.warn(row, "annex.duplicate_number", number=number, section=Numbering(section.code))
        objective = "" if self.continues(row, "objective") else self.own(row, "objective")
        if misplaced_text:
            objective = f"{misplaced_text}\n{objective}" if objective else misplaced_text
        item = AnnexItem(number=number, objective=objective)
        (parent.children if parent is not None else section.items).append(item)
        if number:
            self.by_number[number] = item
        if match:
            self.last_numbered = item
        self.start_item(row, item)
        return item

    def subheading_text(self, row: int) -> str | None:
        """The title of a sub-heading row ("7.1 | Chính quyền số" in section VII): one text, no
        task, unit or date of its own."""
        texts = self.own_texts(row, skip=self.mapping.column_of("number"))
        if len(texts) != 1 or any(self.own(row, n) for n in ("lead", "partners", "due_text", "budget")):
            return None
        return texts[0]

    def open_subheading(self, section: AnnexSection, row: int, number: str, title: str) -> AnnexItem:
        """A group inside the section: the plain numbers that follow ("1", "2") go under it and
        their numbering restarts."""
        item = AnnexItem(number=number, objective=title)
        section.items.append(item)
        self.subheading = item
        self.by_number = {number: item}
        self.top_numbers_seen = 0
        self.last_top_number = None
        self.current = item
        self.last_numbered = item
        self.row_of[id(item)] = row
        self.warn(
            row,
            "annex.subheading_group",
            number=number,
            title=title[:QUOTE_LENGTH],
            section=Numbering(section.code),
        )
        return item

    def start_item(self, row: int, item: AnnexItem) -> None:
        self.current = item
        self.row_of[id(item)] = row
        self.add_row(row, item)

    def add_row(self, row: int, item: AnnexItem) -> None:
        made = self.make_row(row)
        if made is not None:
            item.rows.append(made)
            self.row_of[id(made)] = row

    def continue_item(self, row: int) -> None:
        item = self.current
        if item is None:
            section = self.ensure_section(row)
            self.warn(row, "annex.row_without_number", section=Numbering(section.code))
            objective = "" if self.continues(row, "objective") else self.own(row, "objective")
            item = AnnexItem(number="", objective=objective)
            section.items.append(item)
            self.start_item(row, item)
            return
        objective = "" if self.continues(row, "objective") else self.own(row, "objective")
        if objective:
            if not item.objective:
                item.objective = objective
            elif objective != item.objective:
                item.objective = f"{item.objective}\n{objective}"
                self.warn(row, "annex.objective_appended", number=Numbering(item.number))
        self.add_row(row, item)

    # --- driver ----------------------------------------------------------------------------

    def run(self) -> BuildResult:
        number_column = self.mapping.column_of("number")
        for row in range(self.mapping.data_start, len(self.table.rows)):
            if not any(
                self.table.rows[row][c].strip()
                for c in range(self.table.width)
                if self.table.merged_from[row][c] is None
            ):
                continue
            if self.headers.skip(row):
                continue  # the header repeated where the table crosses a page
            self.result.rows_read += 1
            number = ""
            if number_column is not None and not self.table.is_vertical_continuation(row, number_column):
                number = self.own(row, "number")
            heading = self.section_heading(row, number)
            if heading is not None:
                self.open_section(row, *heading)
                continue
            if not self.row_has_own_text(row):
                continue  # text only in columns that are not imported: reported by the caller
            if number:
                self.open_item(row, number)
            else:
                self.continue_item(row)
        self.close_section()
        self.result.warnings.sort(key=lambda w: (w.row_number is None, w.row_number or 0))
        return self.result


def section_warnings(
    section: AnnexSection, facts: SectionFacts, row_of: dict[int, int], lead_mapped: bool
) -> list[ImportWarning]:
    """What to check once a section is complete: no items, a declared count that matches neither
    the tasks nor the top-level items, items with nothing but a number, task rows without a lead.
    ``row_of``: source rows (0-based) of the items and rows built, by id."""
    out: list[ImportWarning] = []

    def warn(row: int | None, code: str, **params: object) -> None:
        out.append(ImportWarning(None if row is None else row + 1, code, params))

    code = Numbering(section.code)
    heading_row = None if facts.row_number is None else facts.row_number - 1
    all_items = list(section.all_items())
    if not all_items:
        warn(heading_row, "annex.section_empty", section=code)
    tasks = [i for i in all_items if not i.children]
    # Users count tasks, not groups; some issuers count the top-level numbered items: either is fine.
    if facts.declared_count is not None and facts.declared_count not in (len(tasks), len(section.items)):
        warn(
            heading_row,
            "annex.declared_count_mismatch",
            section=code,
            declared=facts.declared_count,
            tasks=len(tasks),
            groups=len(all_items) - len(tasks),
            top_level=len(section.items),
        )
    missing_lead: list[int] = []
    for item in all_items:
        if not item.rows and not item.children:
            item_code = "annex.item_objective_only" if item.objective else "annex.item_number_only"
            warn(row_of.get(id(item)), item_code, number=Numbering(item.number))
        if not item.children and lead_mapped:
            # A group row has no lead of its own; a task row without one is worth a look.
            missing_lead += [row_of[id(r)] for r in item.rows if not r.lead and id(r) in row_of]
    if len(missing_lead) > 3:
        warn(
            None,
            "annex.rows_without_lead",
            section=code,
            count=len(missing_lead),
            rows=RowNumbers(r + 1 for r in missing_lead),
        )
    else:
        for row in missing_lead:
            warn(row, "annex.row_without_lead")
    return out


def build_sections(table: RawTable, mapping: ColumnMapping) -> BuildResult:
    """Sections with their items and rows from ``table`` read through ``mapping``."""
    return _Builder(table, mapping).run()
