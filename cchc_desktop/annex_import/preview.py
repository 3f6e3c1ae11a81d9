"""What an import will do, computed without touching the database: the API of the preview
dialog and of ``cchc import-annex``.

    tables = load_tables(path)                       # or load_tables_from_text(clipboard_text)
    preview = analyse(tables, unit_directory=store.list_units())
    ... the user changes a column:  mapping = preview.mapping.with_field("lead", 5)
    preview = analyse(tables, mapping, preview.table_index, store.list_units())
    ... confirm:  store.insert_plan(preview.to_plan_document(title))
             or  store.append_annex(plan_id, preview.sections, preview.plan_units())
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..domain import (MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_YEAR, MIN_YEAR, AnnexSection, Period,
                      PlanDocument, PlanInfo, Unit)
from ..errors import InvalidInputError
from ..text import clean, fold
from .columns import FIELD_LABELS, ColumnMapping, UnknownColumn, detect_mapping, validate_mapping
from .sources import RawTable, no_table_error
from .structure import BuildResult, ImportWarning, build_sections, parse_section_code
from .units import UnitMatch, match_units


@dataclass(frozen=True)
class TableInfo:
    """A table of the file, for a "which table?" choice."""

    index: int
    name: str
    rows: int
    columns: int
    has_header: bool


@dataclass(frozen=True)
class SectionCount:
    code: str
    title: str
    items: int                 # every item, sub-items (1.1, 1.2) included
    rows: int
    declared: int | None       # the "(08 nhiệm vụ)" of the title, if it had one

    def line(self) -> str:
        """"I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 6 nhiệm vụ, 6 dòng"."""
        name = f"{self.code}  {self.title}".strip() or "(lĩnh vực không tên)"
        return f"{name}: {self.items} nhiệm vụ, {self.rows} dòng"


@dataclass
class ImportPreview:
    tables: list[TableInfo]
    table_index: int
    table_name: str
    header_row: int                      # 1-based row number of the header in the table
    mapping: ColumnMapping
    unknown_columns: list[UnknownColumn]
    sections: list[AnnexSection]
    counts: list[SectionCount]
    warnings: list[ImportWarning]
    units: list[UnitMatch]
    suggested_title: str | None = None
    suggested_period: Period | None = None
    annex_title: str = ""
    annex_note: str = ""
    source: str = ""
    rows_read: int = 0

    @property
    def new_units(self) -> list[str]:
        """Names that match no unit of the directory: saving adds them as new units."""
        return [m.label for m in self.units if m.is_new]

    @property
    def total_items(self) -> int:
        return sum(c.items for c in self.counts)

    @property
    def total_rows(self) -> int:
        return sum(c.rows for c in self.counts)

    def plan_units(self) -> list[Unit]:
        """The units the imported annex names, for the plan's own unit list."""
        return [Unit(m.unit.name, m.unit.short_name) if m.unit else Unit(m.label) for m in self.units]

    def to_plan_document(self, title: str | None = None, period: Period | None = None) -> PlanDocument:
        """A new plan holding the imported annex. Without a period: the suggested one, else this year."""
        fallback = Path(self.source).stem if self.source else "Kế hoạch nhập từ phụ lục"
        title = shorten(clean(title or self.suggested_title or fallback).replace("\n", " "), MAX_NAME_LENGTH)
        period = period or self.suggested_period or Period(kind="year", year=dt.date.today().year)
        info = PlanInfo(title=title, period=period,
                        annex_title=self.annex_title, annex_note=self.annex_note)
        return PlanDocument(plan=info, sections=copy.deepcopy(self.sections), units=self.plan_units())


# --- title rows ------------------------------------------------------------------------------

_NOTE_START = re.compile(r"^\(?\s*(ban hanh )?kem theo\b")
# "PHỤ LỤC", "Phụ lục II", "PHỤ LỤC 2: ..." (matched on the text itself, so the rest can be cut off).
_ANNEX_WORD = re.compile(r"^\s*phụ\s+lục\b[\s.:\-–]*(?:[IVXL0-9]+\b[\s.:\-–]*)?", re.I)
_NOT_TITLE = re.compile(r"cong hoa xa hoi chu nghia|doc lap tu do|^so\s*:|^uy ban nhan dan$")

_HALF = re.compile(r"\b(?:0?6|sau) thang (dau|cuoi) nam (\d{4})\b")
_MULTI = re.compile(r"\bgiai doan (\d{4}) ?[-–] ?(\d{4})\b")
_YEAR = re.compile(r"(?<!den )\bnam (\d{4})\b")


def _title_lines(table: RawTable, mapping: ColumnMapping) -> list[str]:
    lines = [clean(p).replace("\n", " ") for p in table.preamble]
    for row in range(min(mapping.header_row, len(table.rows))):
        texts = [clean(t).replace("\n", " ") for t in table.rows[row] if t.strip()]
        if texts:
            lines.append(" ".join(dict.fromkeys(texts)))
    return [line for line in lines if line]


def read_annex_heading(lines: list[str]) -> tuple[str, str]:
    """(annex title, "(Kèm theo ...)" note) from the lines above the table."""
    note = ""
    note_index = None
    for index in range(len(lines) - 1, -1, -1):
        if _NOTE_START.match(fold(lines[index])):
            note, note_index = lines[index], index
            break
    end = note_index if note_index is not None else len(lines)
    start = None
    for index in range(end - 1, -1, -1):
        if _ANNEX_WORD.match(lines[index]):
            start = index
            break
    if start is not None:
        first = lines[start]
        rest = first[_ANNEX_WORD.match(first).end():].strip()
        title_lines = ([rest] if rest else []) + lines[start + 1:end]
    else:
        # No "PHỤ LỤC" line: the capitalised lines right above the note or the table.
        title_lines = []
        for line in reversed(lines[max(0, end - 3):end]):
            if line != line.upper() or _NOT_TITLE.search(fold(line)):
                break
            title_lines.insert(0, line)
    title_lines = [line for line in title_lines if not _NOT_TITLE.search(fold(line))]
    return " ".join(title_lines).strip(), note


def guess_period(text: str) -> Period | None:
    """"... 6 THÁNG CUỐI NĂM 2025 ..." → half year 2025/2; "NĂM 2026" → year; "GIAI ĐOẠN 2026-2030"."""
    folded = fold(text)
    found: list[tuple[int, Period]] = []

    def plausible(*years: int) -> bool:  # "NĂM 1900" in a title is not a plan's period
        return all(MIN_YEAR <= year <= MAX_YEAR for year in years)

    if (match := _HALF.search(folded)) and plausible(int(match.group(2))):
        found.append((match.start(), Period("half_year", year=int(match.group(2)),
                                            half=1 if match.group(1) == "dau" else 2)))
    if match := _MULTI.search(folded):
        start, end = int(match.group(1)), int(match.group(2))
        if start <= end and plausible(start, end):
            found.append((match.start(), Period("multi_year", start_year=start, end_year=end)))
    if (match := _YEAR.search(folded)) and plausible(int(match.group(1))):
        found.append((match.start(), Period("year", year=int(match.group(1)))))
    if not found:
        return None
    found.sort(key=lambda pair: pair[0])  # the first period the title names is its own
    return found[0][1]


# --- analyse -----------------------------------------------------------------------------------

def _table_infos(tables: list[RawTable], mappings: list[ColumnMapping | None]) -> list[TableInfo]:
    return [TableInfo(i, t.name, len(t.rows), t.width, m is not None)
            for i, (t, m) in enumerate(zip(tables, mappings))]


def _has_items(result: BuildResult) -> bool:
    return any(True for s in result.sections for _ in s.all_items())


def _first_annex_table(tables: list[RawTable], detected: list[ColumnMapping | None]) -> tuple[int, BuildResult]:
    """The first table with a header and task rows under it (a form or a signature table with
    a header-like row but no numbered rows is passed over)."""
    for index, found in enumerate(detected):
        if found is not None:
            attempt = build_sections(tables[index], found)
            if _has_items(attempt):
                return index, attempt
    raise no_table_error(next((t.source for t in tables if t.source), ""))


def analyse(tables: list[RawTable], mapping: ColumnMapping | None = None,
            table_index: int | None = None, unit_directory: Iterable[Unit] = ()) -> ImportPreview:
    """Everything the preview shows: the chosen table, its column mapping (detected, or the one
    given), the sections that will be created, counts, warnings and units. Reads nothing from
    and writes nothing to the database."""
    detected = [detect_mapping(t) for t in tables]
    built: BuildResult | None = None
    if table_index is None:
        # The same table as the first, automatic call, also when a changed mapping comes back.
        table_index, built = _first_annex_table(tables, detected)
        if mapping is not None:
            built = None
    elif not 0 <= table_index < len(tables):
        raise InvalidInputError(f"Không có bảng số {table_index + 1} (tệp có {len(tables)} bảng).")
    table = tables[table_index]
    if mapping is None:
        mapping = detected[table_index]
        if mapping is None:
            raise InvalidInputError(
                f"Không nhận ra dòng tiêu đề của «{table.name}»: cần cột TT (hoặc STT) và ít nhất "
                "hai cột như Nhiệm vụ, Kết quả/Sản phẩm, Chủ trì, Thời gian.")
    problems = validate_mapping(mapping, table)
    if problems:
        raise InvalidInputError("Cách gán cột không dùng được:\n" + "\n".join(f"- {p}" for p in problems))

    if built is None:
        built = build_sections(table, mapping)
    warnings = [ImportWarning(None, note) for note in table.notes]
    unknown = _unknown_columns(table, mapping)
    for column, filled in unknown:
        if filled:
            warnings.append(ImportWarning(None, f"{_upper_first(column.label())} không thuộc trường nào "
                                                f"nên không được nhập ({filled} ô có nội dung)."))
        else:
            warnings.append(ImportWarning(None, f"{_upper_first(column.label())} không thuộc trường nào "
                                                "(cột trống, bỏ qua)."))
    if not _has_items(built):
        warnings.append(ImportWarning(None, "Không có dòng nhiệm vụ nào dưới dòng tiêu đề."))
    warnings.extend(built.warnings)

    counts = []
    for section, facts in zip(built.sections, built.facts):
        items = list(section.all_items())
        counts.append(SectionCount(section.code, section.title, len(items),
                                   sum(len(i.rows) for i in items), facts.declared_count))
    labels = [name for s in built.sections for item in s.all_items() for row in item.rows
              for name in (*row.lead, *row.partners)]
    annex_title, annex_note = read_annex_heading(_title_lines(table, mapping))
    check_limits(built.sections, annex_title, annex_note)
    suggested_title = annex_title or None
    return ImportPreview(
        tables=_table_infos(tables, detected),
        table_index=table_index,
        table_name=table.name,
        header_row=mapping.header_row + 1,
        mapping=mapping,
        unknown_columns=[column for column, _ in unknown],
        sections=built.sections,
        counts=counts,
        warnings=warnings,
        units=match_units(labels, unit_directory),
        suggested_title=suggested_title,
        suggested_period=guess_period(annex_title) if annex_title else None,
        annex_title=annex_title,
        annex_note=annex_note,
        source=table.source,
        rows_read=built.rows_read,
    )


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, "…" marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut).rstrip() + "…"


def _too_long(what: str, length: int, limit: int) -> InvalidInputError:
    def grouped(number: int) -> str:  # Vietnamese groups thousands with dots
        return f"{number:,}".replace(",", ".")
    return InvalidInputError(
        f"{what} dài {grouped(length)} ký tự, vượt giới hạn {grouped(limit)} ký tự; có lẽ bảng bị "
        "dán nhầm hoặc hỏng. Hãy rút gọn ô đó rồi nhập lại.")


def check_limits(sections: list[AnnexSection], annex_title: str, annex_note: str) -> None:
    """Refuses (InvalidInputError) a text the interchange format cannot hold, so that whatever is
    imported can be exported and read back; names the item and the column."""
    for label, text in (("Tiêu đề phụ lục", annex_title), ("Dòng «kèm theo» của phụ lục", annex_note)):
        if len(text) > MAX_TEXT_LENGTH:
            raise _too_long(label, len(text), MAX_TEXT_LENGTH)
    for section in sections:
        if len(section.title) > MAX_TEXT_LENGTH:
            raise _too_long(f"Tên lĩnh vực {section.code}".strip(), len(section.title), MAX_TEXT_LENGTH)
        for item in section.all_items():
            where = f"nhiệm vụ {item.number or '(không số)'} thuộc lĩnh vực {section.code or '(không số)'}"
            if len(item.objective) > MAX_TEXT_LENGTH:
                raise _too_long(f"Mục tiêu của {where}", len(item.objective), MAX_TEXT_LENGTH)
            for row in item.rows:
                for field_name in ("task", "activity", "result", "due_text", "budget"):
                    value = getattr(row, field_name)
                    if len(value) > MAX_TEXT_LENGTH:
                        raise _too_long(f"Cột {FIELD_LABELS[field_name]} của {where}", len(value),
                                        MAX_TEXT_LENGTH)
                for name in (*row.lead, *row.partners):
                    if len(name) > MAX_NAME_LENGTH:
                        raise _too_long(f"Tên đơn vị «{name[:40]}…» ở {where}", len(name), MAX_NAME_LENGTH)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unknown_columns(table: RawTable, mapping: ColumnMapping) -> list[tuple[UnknownColumn, int]]:
    """Columns feeding no field, with how many data cells hold text (never dropped silently)."""
    used = set(mapping.columns.values())
    out = []
    for column in range(table.width):
        if column in used:
            continue
        header = mapping.headers[column] if column < len(mapping.headers) else ""
        filled = sum(1 for row in range(mapping.data_start, len(table.rows))
                     if table.merged_from[row][column] is None and table.rows[row][column].strip()
                     and not _is_section_spill(table, row, column, mapping))
        if header or filled:
            out.append((UnknownColumn(column, header), filled))
    return out


def _is_section_spill(table: RawTable, row: int, column: int, mapping: ColumnMapping) -> bool:
    """A section title typed in an unmapped column is not lost data: it becomes the title."""
    number_column = mapping.columns.get("number")
    if number_column is None:
        return False
    number = table.rows[row][number_column].strip()
    return bool(number) and parse_section_code(number) is not None
