"""The JSON form of an import preview (``cchc import-annex --json``); the keys are listed in the
docstring of :mod:`.preview`. Plain JSON values only: rows and columns 1-based, dates ISO."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...domain import Period
from .columns import FIELDS

if TYPE_CHECKING:
    from .preview import ImportPreview


def period_to_json(period: Period | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {
        "kind": period.kind,
        "year": period.year,
        "half": period.half,
        "start_year": period.start_year,
        "end_year": period.end_year,
        "label": period.label(),
    }


def preview_to_json(preview: ImportPreview) -> dict[str, Any]:
    table = preview.tables[preview.table_index]
    mapping = preview.mapping
    counts = preview.counts
    reference = preview.suggested_reference

    def column_json(name: str) -> dict[str, Any]:
        column = mapping.column_of(name)
        if column is None:
            return {"column": None, "header": None}
        header = mapping.headers[column] if column < len(mapping.headers) else ""
        return {"column": column + 1, "header": header}

    return {
        "source": preview.source,
        "table": {
            "index": preview.table_index + 1,
            "name": table.name,
            "rows": table.rows,
            "columns": table.columns,
        },
        "header_row": preview.header_row,
        "mapping": {name: column_json(name) for name in FIELDS},
        "unknown_columns": [{"column": c.column + 1, "header": c.header} for c in preview.unknown_columns],
        "annex_title": preview.annex_title,
        "annex_note": preview.annex_note,
        "suggested_title": preview.suggested_title,
        "suggested_period": period_to_json(preview.suggested_period),
        "suggested_reference": reference.to_json() if reference else None,
        "sections": [count.to_json() for count in preview.section_counts],
        "totals": {
            "sections": counts.sections,
            "tasks": counts.tasks,
            "groups": counts.groups,
            "rows": counts.rows,
        },
        "units": [
            {"label": m.label, "unit": m.unit.name if m.unit else None, "new": m.is_new}
            for m in preview.units
        ],
        "warnings": [warning.to_json() for warning in preview.warnings],
    }
