"""Importing the annex table of an Excel (.xlsx) or Word (.docx) file, or of text pasted from
the clipboard, into the plan model. No Qt here: the preview dialog and ``cchc import-annex``
both call this.

    tables = load_tables(path)                 # or load_tables_from_text(text)
    preview = analyse(tables, unit_directory=store.list_units())
    # change a column: analyse(tables, preview.mapping.with_field("lead", 5), preview.table_index, units)
    store.insert_plan(preview.to_plan_document(title))                      # a new plan
    store.append_annex(plan_id, preview.sections, preview.plan_units())     # or an existing one

Modules, one job each: ``sources`` (files → raw text grids), ``columns`` (header → mapping),
``structure`` (rows → sections / items / rows), ``units`` (unit cells → names → directory),
``preview`` (all of it together, without the database).
"""

from .columns import FIELD_LABELS, FIELDS, ColumnMapping, UnknownColumn, detect_mapping, field_for_header
from .preview import ImportPreview, SectionCount, TableInfo, analyse, guess_period, read_annex_heading
from .sources import RawTable, load_tables, load_tables_from_text
from .structure import ImportWarning, build_sections
from .units import UnitMatch, match_units, split_unit_names

__all__ = [
    "FIELDS", "FIELD_LABELS", "ColumnMapping", "ImportPreview",
    "ImportWarning", "RawTable", "SectionCount", "TableInfo", "UnitMatch", "UnknownColumn", "analyse",
    "build_sections", "detect_mapping", "field_for_header", "guess_period", "load_tables",
    "load_tables_from_text", "match_units", "read_annex_heading", "split_unit_names",
]
