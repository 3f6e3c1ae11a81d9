"""What an import will do, computed without touching the database: the API of the preview
dialog and of ``cchc import-annex``.

    tables = load_tables(path)                       # or load_tables_from_text(clipboard_text)
    preview = analyse(tables, unit_directory=store.list_units())
    ... the user changes a column:  mapping = preview.mapping.with_field("lead", 5)
    preview = analyse(tables, mapping, preview.table_index, store.list_units())
    ... the user says a new name is a known unit:  preview = preview.with_unit("Phòng VH-XH", unit)
    ... confirm:  store.insert_plan(preview.to_plan_document(title))
             or  store.append_annex(plan_id, preview.sections, preview.plan_units())

Counting is the domain's (:func:`cchc_desktop.domain.count_sections`): tasks are items without
sub-items, groups the items with some; ``preview.counts`` is a ``PlanCounts``.

``preview.to_json()`` (``cchc import-annex --json``) gives, with these keys always present::

    {"source": file name or "",
     "table": {"index": 1-based, "name", "rows", "columns"},
     "header_row": 1-based row of the header in the table,
     "mapping": {field: {"column": 1-based or null, "header": text or null}}   (every field of FIELDS),
     "unknown_columns": [{"column": 1-based, "header"}],
     "annex_title", "annex_note": text ("" when none),
     "suggested_title": text or null,
     "suggested_period": {"kind", "year", "half", "start_year", "end_year", "label"} or null,
     "suggested_reference": {"number", "symbol", "date": "YYYY-MM-DD" or null} or null,
     "sections": [{"code", "title", "tasks", "groups", "rows", "declared": int or null}],
     "totals": {"sections", "tasks", "groups", "rows"},
     "units": [{"label", "unit": matched directory name or null, "new": bool}],
     "warnings": [{"row": 1-based or null, "code", "params", "message"}]}
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...domain import (
    MAX_NAME_LENGTH,
    AnnexSection,
    Period,
    PlanCounts,
    PlanDocument,
    PlanInfo,
    Unit,
    count_sections,
)
from ...errors import InvalidInputError
from ...i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ...text import clean, unit_key
from .columns import ColumnMapping, UnknownColumn, detect_mapping, validate_mapping
from .heading import DocumentReference, guess_period, read_annex_heading, read_reference, title_lines
from .limits import check_limits
from .preview_json import preview_to_json
from .sources import RawTable, no_table_error
from .structure import BuildResult, build_sections, parse_section_code
from .units import UnitMatch, match_units, respell_units
from .warning import Bullets, ImportWarning

define_messages(
    {
        "annex.no_such_table": QT_TRANSLATE_NOOP(
            "Messages", "Không có bảng số {number} (tệp có {count} bảng)."
        ),
        "annex.no_header": QT_TRANSLATE_NOOP(
            "Messages",
            "Không nhận ra dòng tiêu đề của «{table}»: cần cột TT (hoặc STT) và ít nhất hai cột "
            "như Nhiệm vụ, Kết quả/Sản phẩm, Chủ trì, Thời gian.",
        ),
        "annex.bad_mapping": QT_TRANSLATE_NOOP("Messages", "Cách gán cột không dùng được:\n{problems}"),
        "annex.unknown_column_filled": QT_TRANSLATE_NOOP(
            "Messages",
            "Cột {column} «{header}» không thuộc trường nào nên không được nhập ({filled} ô có nội dung).",
        ),
        "annex.unnamed_column_filled": QT_TRANSLATE_NOOP(
            "Messages",
            "Cột {column} (không có tiêu đề) không thuộc trường nào nên không được nhập "
            "({filled} ô có nội dung).",
        ),
        "annex.unknown_column_empty": QT_TRANSLATE_NOOP(
            "Messages", "Cột {column} «{header}» không thuộc trường nào (cột trống, bỏ qua)."
        ),
        "annex.no_rows_under_header": QT_TRANSLATE_NOOP(
            "Messages", "Không có dòng nhiệm vụ nào dưới dòng tiêu đề."
        ),
        "annex.section_line": QT_TRANSLATE_NOOP("Messages", "{section}: {counts}"),
        "annex.unnamed_section": QT_TRANSLATE_NOOP("Messages", "(lĩnh vực không tên)"),
        "annex.default_plan_title": QT_TRANSLATE_NOOP("Messages", "Kế hoạch nhập từ phụ lục"),
    }
)


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
    tasks: int  # items without sub-items: what users count
    groups: int  # items with sub-items (group headings)
    rows: int
    declared: int | None  # the "(08 nhiệm vụ)" of the title, if it had one

    def line(self) -> str:
        """ "I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 6 nhiệm vụ, 6 dòng" ("8 nhiệm vụ (3 nhóm), 11 dòng")."""
        name = f"{self.code}  {self.title}".strip() or str(Message("annex.unnamed_section"))
        counts = PlanCounts(sections=1, tasks=self.tasks, rows=self.rows, groups=self.groups)
        return str(Message("annex.section_line", section=name, counts=counts.tasks_message()))

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "tasks": self.tasks,
            "groups": self.groups,
            "rows": self.rows,
            "declared": self.declared,
        }


@dataclass
class ImportPreview:
    tables: list[TableInfo]
    table_index: int
    table_name: str
    header_row: int  # 1-based row number of the header in the table
    mapping: ColumnMapping
    unknown_columns: list[UnknownColumn]
    sections: list[AnnexSection]
    section_counts: list[SectionCount]
    warnings: list[ImportWarning]
    units: list[UnitMatch]
    suggested_title: str | None = None
    suggested_period: Period | None = None
    suggested_number: str | None = None  # from the note: "(Kèm theo Kế hoạch số 12/KH-UBND …)"
    suggested_symbol: str | None = None
    suggested_date: dt.date | None = None
    annex_title: str = ""
    annex_note: str = ""
    source: str = ""
    rows_read: int = 0

    @property
    def counts(self) -> PlanCounts:
        """Sections, tasks, groups and rows the import adds."""
        return count_sections(self.sections)

    @property
    def total_rows(self) -> int:
        return sum(c.rows for c in self.section_counts)

    @property
    def new_units(self) -> list[str]:
        """Names that match no unit of the directory: saving adds them as new units."""
        return [m.label for m in self.units if m.is_new]

    @property
    def suggested_reference(self) -> DocumentReference | None:
        if self.suggested_number is None and self.suggested_symbol is None and self.suggested_date is None:
            return None
        return DocumentReference(
            self.suggested_number or "", self.suggested_symbol or "", self.suggested_date
        )

    def plan_units(self) -> list[Unit]:
        """The units the imported annex names, for the plan's own unit list (each once)."""
        out: dict[str, Unit] = {}
        for match in self.units:
            unit = Unit(match.unit.name, match.unit.short_name) if match.unit else Unit(match.label)
            out.setdefault(unit_key(unit.name), unit)
        return list(out.values())

    def with_unit(self, label: str, unit: Unit) -> ImportPreview:
        """A new preview where every row naming ``label`` (any spelling with its unit_key) names
        ``unit`` by its own name, so that saving adds no unit for it. This preview is unchanged."""
        key = unit_key(label)
        if not any(unit_key(m.label) == key for m in self.units):
            raise ValueError(f"no unit labelled {label!r} in this preview")
        sections = copy.deepcopy(self.sections)
        respell_units(sections, {key: unit.name})
        units = [UnitMatch(m.label, unit) if unit_key(m.label) == key else m for m in self.units]
        return dataclasses.replace(self, sections=sections, units=units)

    def to_plan_document(self, title: str | None = None, period: Period | None = None) -> PlanDocument:
        """A new plan holding the imported annex. Without a period: the suggested one, else this
        year; number, symbol and date: those of the note, if it gives them."""
        fallback = Path(self.source).stem if self.source else str(Message("annex.default_plan_title"))
        title = shorten(clean(title or self.suggested_title or fallback).replace("\n", " "), MAX_NAME_LENGTH)
        period = period or self.suggested_period or Period(kind="year", year=dt.date.today().year)
        info = PlanInfo(
            title=title,
            period=period,
            number=self.suggested_number or "",
            symbol=self.suggested_symbol or "",
            issued_date=self.suggested_date,
            annex_title=self.annex_title,
            annex_note=self.annex_note,
        )
        return PlanDocument(plan=info, sections=copy.deepcopy(self.sections), units=self.plan_units())

    def to_json(self) -> dict[str, Any]:
        """What ``cchc import-annex --json`` prints; the keys are listed in the module docstring."""
        return preview_to_json(self)


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, "…" marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip() + "…"


# --- analyse -----------------------------------------------------------------------------------


def _table_infos(tables: list[RawTable], mappings: list[ColumnMapping | None]) -> list[TableInfo]:
    return [
        TableInfo(i, t.name, len(t.rows), t.width, m is not None)
        for i, (t, m) in enumerate(zip(tables, mappings))
    ]


def _has_items(result: BuildResult) -> bool:
    return any(True for s in result.sections for _ in s.all_items())


def _first_annex_table(
    tables: list[RawTable], detected: list[ColumnMapping | None]
) -> tuple[int, BuildResult]:
    """The first table with a header and task rows under it (a form or a signature table with
    a header-like row but no numbered rows is passed over)."""
    for index, found in enumerate(detected):
        if found is not None:
            attempt = build_sections(tables[index], found)
            if _has_items(attempt):
                return index, attempt
    raise no_table_error(next((t.source for t in tables if t.source), ""))


def analyse(
    tables: list[RawTable],
    mapping: ColumnMapping | None = None,
    table_index: int | None = None,
    unit_directory: Iterable[Unit] = (),
) -> ImportPreview:
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
        raise InvalidInputError("annex.no_such_table", number=table_index + 1, count=len(tables))
    table = tables[table_index]
    if mapping is None:
        mapping = detected[table_index]
        if mapping is None:
            raise InvalidInputError("annex.no_header", table=table.name)
    problems = validate_mapping(mapping, table)
    if problems:
        raise InvalidInputError("annex.bad_mapping", problems=Bullets(problems))
    if built is None:
        built = build_sections(table, mapping)

    unknown = _unknown_columns(table, mapping)
    warnings = [ImportWarning(None, note.code, dict(note.params)) for note in table.notes]
    warnings += [_unknown_column_warning(column, filled) for column, filled in unknown]
    if not _has_items(built):
        warnings.append(ImportWarning(None, "annex.no_rows_under_header"))
    warnings.extend(built.warnings)

    annex_title, annex_note = read_annex_heading(title_lines(table, mapping))
    check_limits(built.sections, annex_title, annex_note)
    labels = [
        name
        for s in built.sections
        for item in s.all_items()
        for row in item.rows
        for name in (*row.lead, *row.partners)
    ]
    units = match_units(labels, unit_directory)
    # One spelling per unit (the directory's where it has the unit), so that saving, which matches
    # exact names, finds the unit the preview shows.
    respell_units(built.sections, {unit_key(m.label): m.spelling() for m in units})
    reference = read_reference(annex_note) if annex_note else None
    return ImportPreview(
        tables=_table_infos(tables, detected),
        table_index=table_index,
        table_name=table.name,
        header_row=mapping.header_row + 1,
        mapping=mapping,
        unknown_columns=[column for column, _ in unknown],
        sections=built.sections,
        section_counts=_section_counts(built),
        warnings=warnings,
        units=units,
        suggested_title=annex_title or None,
        suggested_period=guess_period(annex_title) if annex_title else None,
        suggested_number=(reference.number or None) if reference else None,
        suggested_symbol=reference.symbol if reference else None,
        suggested_date=reference.date if reference else None,
        annex_title=annex_title,
        annex_note=annex_note,
        source=table.source,
        rows_read=built.rows_read,
    )


def _section_counts(built: BuildResult) -> list[SectionCount]:
    out = []
    for section, facts in zip(built.sections, built.facts):
        counts = count_sections([section])
        out.append(
            SectionCount(
                section.code, section.title, counts.tasks, counts.groups, counts.rows, facts.declared_count
            )
        )
    return out


def _unknown_column_warning(column: UnknownColumn, filled: int) -> ImportWarning:
    params = {"column": column.column + 1, "header": column.header, "filled": filled}
    if not filled:
        return ImportWarning(None, "annex.unknown_column_empty", params)
    code = "annex.unknown_column_filled" if column.header else "annex.unnamed_column_filled"
    return ImportWarning(None, code, params)


def _unknown_columns(table: RawTable, mapping: ColumnMapping) -> list[tuple[UnknownColumn, int]]:
    """Columns feeding no field, with how many data cells hold text (never dropped silently)."""
    used = set(mapping.columns.values())
    out = []
    for column in range(table.width):
        if column in used:
            continue
        header = mapping.headers[column] if column < len(mapping.headers) else ""
        filled = sum(
            1
            for row in range(mapping.data_start, len(table.rows))
            if table.merged_from[row][column] is None
            and table.rows[row][column].strip()
            and not _is_section_spill(table, row, column, mapping)
        )
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
