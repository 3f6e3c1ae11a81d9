"""Reading the cells of a raw table through a column mapping: cleaned once, merged cells told
apart ("continues the cell above" against "empty"), a row's task / activity / … as an AnnexRow."""

from __future__ import annotations

from ...domain import AnnexRow
from ...text import clean
from .columns import ColumnMapping
from .sources import RawTable
from .units import split_unit_names

ROW_TEXT_FIELDS = ("task", "activity", "result", "due_text", "budget")
ROW_UNIT_FIELDS = ("lead", "partners")


class CellReader:
    def __init__(self, table: RawTable, mapping: ColumnMapping):
        self.table = table
        self.mapping = mapping
        self._clean_cache: dict[tuple[int, int], str] = {}

    def text(self, row: int, column: int) -> str:
        """The cleaned (NFC, trimmed) text of a cell, cleaned once."""
        key = (row, column)
        if key not in self._clean_cache:
            self._clean_cache[key] = clean(self.table.rows[row][column])
        return self._clean_cache[key]

    def own(self, row: int, name: str) -> str:
        column = self.mapping.column_of(name)
        if column is None or self.table.merged_from[row][column] is not None:
            return ""
        return self.text(row, column)

    def value(self, row: int, name: str) -> str:
        """The cell's text, or for a cell merged down from above, the merged range's text."""
        column = self.mapping.column_of(name)
        if column is None:
            return ""
        origin = self.table.merged_from[row][column]
        if origin is not None and self.table.is_vertical_continuation(row, column):
            return self.text(*origin)
        return self.own(row, name)

    def continues(self, row: int, name: str) -> bool:
        column = self.mapping.column_of(name)
        return column is not None and self.table.is_vertical_continuation(row, column)

    def row_has_own_text(self, row: int) -> bool:
        return any(self.own(row, name) for name in self.mapping.columns)

    def make_row(self, row: int) -> AnnexRow | None:
        """The row's task / activity / ... ; None when it carries none of them."""
        values = {}
        has_own = False
        for name in ROW_TEXT_FIELDS + ROW_UNIT_FIELDS:
            own = self.own(row, name)
            has_own = has_own or bool(own)
            if name == "task":
                values[name] = own  # merged down: "" means "the task above continues"
            else:
                values[name] = self.value(row, name)
        if not has_own:
            return None
        return AnnexRow(
            task=values["task"],
            activity=values["activity"],
            result=values["result"],
            lead=split_unit_names(values["lead"]),
            partners=split_unit_names(values["partners"]),
            due_text=values["due_text"],
            budget=values["budget"],
        )

    def own_texts(self, row: int, skip: int | None = None) -> list[str]:
        """The distinct texts of a row's own cells, left to right."""
        texts = (
            self.text(row, c)
            for c in range(self.table.width)
            if c != skip and self.table.merged_from[row][c] is None
        )
        return list(dict.fromkeys(t for t in texts if t))
