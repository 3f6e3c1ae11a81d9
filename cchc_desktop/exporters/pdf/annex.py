"""The annex task table of a plan as a :class:`~.blocks.Table`.

Columns, their titles and the vertical merges come from ``exporters.annex_columns`` (shared with
the Excel and Word writers, so the three agree): columns empty in the whole annex are dropped,
an item's TT and objective span its rows, a task spans the rows that continue it. Widths here
are weighted to the content, for paper.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable

from ...domain import AnnexItem, AnnexRow, AnnexSection
from ..annex_columns import annex_lines, columns_for, filter_sections
from .blocks import Column, Table, TableRow
from .pages import LANDSCAPE
from .widths import content_widths

ANNEX_FONT_SIZE = 11.0

RowFilter = Collection[int | str] | Callable[[AnnexRow], bool]


def annex_table(
    sections: Iterable[AnnexSection],
    *,
    font_size: float = ANNEX_FONT_SIZE,
    width: float = LANDSCAPE.content_width,
) -> Table:
    sections = list(sections)
    columns = columns_for(sections)
    fields = [c.field for c in columns]
    position = {name: i for i, name in enumerate(fields)}
    lines = list(annex_lines(sections))
    rows: list[TableRow] = []
    for index, line in enumerate(lines):
        if line.section is not None:
            rows.append(TableRow([line.section.code, line.section.title], kind="section"))
            continue
        cells = [line.cells.get(name, "") for name in fields]
        merge_up = frozenset(position[name] for name in line.covered if name in position)
        following = lines[index + 1] if index + 1 < len(lines) else None
        is_group = following is not None and following.section is None and following.depth > line.depth
        rows.append(TableRow(cells, "group" if is_group else "normal", merge_up))
    weights = content_widths([c.title for c in columns], rows, font_size, width)
    table_columns = [Column(c.title, w, "center" if c.centred else "left") for c, w in zip(columns, weights)]
    return Table(columns=table_columns, rows=rows, number_row=True, landscape=True, font_size=font_size)


def select_rows(sections: Iterable[AnnexSection], rows: RowFilter | None) -> list[AnnexSection]:
    """The sections holding only the kept rows (all of them when ``rows`` is None): ids or
    uuids, or a predicate on the row. Items and sections left empty disappear."""
    if rows is None:
        return list(sections)
    if callable(rows):
        return _filter_by(sections, rows)
    return filter_sections(sections, rows)


def _filter_by(sections: Iterable[AnnexSection], keep: Callable[[AnnexRow], bool]) -> list[AnnexSection]:
    out = []
    for section in sections:
        items = [kept for kept in (_filter_item(item, keep) for item in section.items) if kept]
        if items:
            out.append(dataclasses.replace(section, items=items))
    return out


def _filter_item(item: AnnexItem, keep: Callable[[AnnexRow], bool]) -> AnnexItem | None:
    """As ``annex_columns.filter_sections`` does for ids: a kept row continuing a task whose
    first row is dropped shows that task."""
    rows: list[AnnexRow] = []
    task, previous_kept = "", False
    for row in item.rows:
        task = row.task or task
        kept = bool(keep(row))
        if kept:
            rows.append(row if row.task or previous_kept else dataclasses.replace(row, task=task))
        previous_kept = kept
    children = [kept for kept in (_filter_item(child, keep) for child in item.children) if kept]
    if not rows and not children:
        return None
    return dataclasses.replace(item, rows=rows, children=children)
