"""Copying annex rows to the clipboard and pasting rows from Excel or Word into the annex.
Part of :class:`~cchc_desktop.services.register.RegisterService`.

Copy: tab-separated text as Excel puts on the clipboard (a cell holding a tab, a line break or
a quote is wrapped in quotes, quotes doubled; rows end with CR LF), optionally under a header
line the annex importer recognises, and the same rows as an HTML table (Word pastes that as a
table). Columns: TT, Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời
gian, Kinh phí; TT and Mục tiêu on an item's first row only, as the printed annex shows them.

Paste (decided here): the text goes through the annex importer. With a header line the columns
are mapped by their headers; without one, by position onto the columns above: from TT when the
first column looks like a TT column (numbers, Roman numerals or empty), else from Nhiệm vụ (or
from Mục tiêu when eight columns or more come). Then, after the row or item chosen:
- leading rows without a TT become more rows of the chosen row's item (after that row);
- numbered rows become new items after the chosen item, at its level (sub-items follow theirs);
- rows under a Roman-numbered section line become new sections after the chosen one's section;
all as one undoable action; the engine numbers what was inserted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain import AnnexItem, AnnexSection, PlanCounts, count_sections
from ..errors import CchcError, InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import annex as annex_store
from . import annex_nodes
from .applied import Applied

if TYPE_CHECKING:
    from ..domain.edits import Step
    from .imports import ColumnMapping, RawTable
    from .workspace import Workspace

define_messages(
    {
        "edit.label.paste": QT_TRANSLATE_NOOP("Messages", "Dán {counts}"),
        "register.paste_nothing": QT_TRANSLATE_NOOP("Messages", "Không có dòng nào để dán."),
    }
)

# What the importer says of a table without a header line it recognises.
_NO_HEADER = frozenset({"annex.no_header", "annex.no_table", "annex.no_table_in_file"})
_TT_LIKE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.?|[a-zđ]\))?\s*$", re.IGNORECASE)
# Warnings of the importer that describe nothing wrong with pasted rows (they need no section
# line, no TT, no numbering from 1).
_QUIET = frozenset(
    {
        "annex.items_before_first_section",
        "annex.row_without_number",
        "annex.number_jump",
        "annex.section_starts_at",
        "annex.untitled_section",
    }
)


@dataclass(frozen=True)
class Clip:
    text: str  # tab-separated, for Excel (and any text editor)
    html: str  # a table, for Word
    rows: int


@dataclass(frozen=True)
class PasteResult:
    applied: Applied
    counts: PlanCounts
    new_units: list[str] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)


def excel_cell(text: str) -> str:
    """A cell as Excel writes it on the clipboard."""
    if any(mark in text for mark in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _lines_of(sections: Sequence[AnnexSection], chosen: set[str]) -> list[list[str]]:
    """The lines of what is chosen (sections, items and rows by uuid), in annex order."""
    lines: list[list[str]] = []

    def add_item(item: AnnexItem, whole: bool) -> None:
        whole = whole or item.uuid in chosen
        if whole and not item.rows:
            lines.append([item.number, item.objective, *[""] * 7])
        for index, row in enumerate(item.rows):
            if whole or row.uuid in chosen:
                first = index == 0
                lines.append(
                    [
                        item.number if first else "",
                        item.objective if first else "",
                        row.task,
                        row.activity,
                        row.result,
                        "\n".join(row.lead),
                        "\n".join(row.partners),
                        row.due_text,
                        row.budget,
                    ]
                )
        for child in item.children:
            add_item(child, whole)

    for section in sections:
        whole = section.uuid in chosen
        if whole:
            lines.append([section.code, section.title, *[""] * 7])
        for item in section.items:
            add_item(item, whole)
    return lines


def _positional(table: RawTable) -> tuple[RawTable, ColumnMapping]:
    """A header-less table mapped by position onto the annex columns (see the module's doc)."""
    from .imports import FIELDS, ColumnMapping, RawTable

    rows = table.rows
    first_column = [row[0] for row in rows if row]
    if all(_TT_LIKE.match(cell) for cell in first_column):
        width = min(table.width, len(FIELDS))
        columns = {FIELDS[i]: i for i in range(width)}
    else:
        start = FIELDS.index("objective") if table.width >= 8 else FIELDS.index("task")
        rows = [["", *row] for row in rows]  # an empty TT column in front
        width = min(table.width + 1, len(FIELDS) - start + 1)
        columns = {"number": 0} | {FIELDS[start + i]: i + 1 for i in range(width - 1)}
    shaped = RawTable(name=table.name, rows=rows, source=table.source)
    mapping = ColumnMapping(
        columns=columns, headers=("",) * shaped.width, header_row=0, data_start=0, width=shaped.width
    )
    return shaped, mapping


class RowClipboard:
    ws: Workspace

    def copy_rows(self, node_uuids: Sequence[str], header: bool = True) -> Clip:
        """The chosen rows (items and sections bring everything in them) of one plan."""
        if not node_uuids:
            raise InvalidInputError("register.nothing_selected")
        plan_id = annex_store.locate(self.ws.db, node_uuids[0]).plan_id
        sections = annex_store.load_sections(self.ws.db, plan_id)
        lines = _lines_of(sections, set(node_uuids))
        # The importers' column names, in order (TT, objective, task, activity, result, lead,
        # partners, due time, budget); loaded on first use: keeps start-up fast. In Vietnamese
        # whatever the interface language, as the printed annex has them: the rows paste back in.
        from .imports import FIELD_LABELS, FIELDS

        head = [FIELD_LABELS[name] for name in FIELDS]
        table = [head, *lines] if header else lines
        text = "".join("\t".join(excel_cell(cell) for cell in line) + "\r\n" for line in table)
        cells = "".join(
            "<tr>"
            + "".join(
                f"<{tag}>{html.escape(cell).replace(chr(10), '<br>')}</{tag}>"
                for cell in line
                for tag in ["th" if header and n == 0 else "td"]
            )
            + "</tr>"
            for n, line in enumerate(table)
        )
        markup = f'<table border="1" style="border-collapse:collapse">{cells}</table>'
        return Clip(text, markup, len(lines))

    def paste_rows(self, after_uuid: str, text: str) -> PasteResult:
        """Rows copied from Excel or Word (tab-separated text), after a row, an item or into a
        section (at its end), as one undoable action."""
        from ..domain.edits import Edit  # loaded on first use: keeps start-up fast
        from .imports import analyse_tables, read_pasted  # loaded on first use: keeps start-up fast

        target = annex_store.locate(self.ws.db, after_uuid)
        tables = read_pasted(text, "")
        directory = self.ws.imports.directory()
        try:
            preview = analyse_tables(tables, directory)
        except CchcError as error:
            if error.code not in _NO_HEADER:
                raise
            shaped, mapping = _positional(tables[0])
            preview = analyse_tables([shaped], directory, mapping=mapping, table_number=1)
        sections = preview.sections
        if not any(s.all_items() for s in sections) and not any(s.code for s in sections):
            raise InvalidInputError("register.paste_nothing")
        steps = self._paste_steps(target, sections)
        if not steps:
            raise InvalidInputError("register.paste_nothing")
        counts = count_sections(sections)
        applied = self.ws.edits.apply(
            Edit(Message("edit.label.paste", counts=counts.tasks_message()), tuple(steps))
        )
        warnings: list[Message] = [
            Message(w.code, **w.params) for w in preview.warnings if w.code not in _QUIET
        ]
        return PasteResult(applied, counts, list(preview.new_units), warnings)

    def _paste_steps(self, target: annex_store.NodeRef, sections: list[AnnexSection]) -> list[Step]:
        from ..domain.edits import InsertNodes  # loaded on first use: keeps start-up fast

        db = self.ws.db
        plan_uuid = annex_nodes.plan_uuid(db, target.plan_id)
        leading: list[AnnexItem] = []
        named: list[AnnexSection] = []
        for section in sections:
            if not section.code and not section.title and not named:
                leading.extend(section.items)
            else:
                named.append(section)
        steps: list[Step] = []
        # Where rows and items go: the chosen row's item, or the chosen item.
        if target.kind == "section":
            section_uuid = target.uuid
            item_parent, item_position = (
                target.uuid,
                len(annex_store.sibling_ids(db, "item", section_id=target.id, parent_item_id=None)),
            )
            rows_item, row_position = None, 0
        else:
            item_ref = annex_nodes.item_of(db, target)
            rows_item = item_ref.uuid
            row_position = (
                target.position + 1
                if target.kind == "row"
                else len(annex_store.sibling_ids(db, "row", item_id=item_ref.id))
            )
            item_parent = annex_nodes.parent_uuid(db, item_ref)
            item_position = item_ref.position + 1
            section_uuid = annex_nodes.section_uuid(db, item_ref.section_id)
        if leading and rows_item is not None and not leading[0].number and not leading[0].objective:
            more_rows = leading.pop(0).rows  # rows without a TT continue the chosen item
            if more_rows:
                steps.append(InsertNodes("row", plan_uuid, rows_item, row_position, tuple(more_rows)))
        if leading:
            steps.append(InsertNodes("item", plan_uuid, item_parent, item_position, tuple(leading)))
        if named:
            position = annex_store.locate(db, section_uuid).position + 1
            steps.append(InsertNodes("section", plan_uuid, plan_uuid, position, tuple(named)))
        return steps
