"""Importing the annex table of an Excel (.xlsx) or Word (.docx) file, or of text pasted from
the clipboard, into the plan model. No Qt here: the preview dialog and ``cchc import-annex``
both call this.

    tables = load_tables(path)                 # or load_tables_from_text(text)
    preview = analyse(tables, unit_directory=store.list_units())
    # change a column: analyse(tables, preview.mapping.with_field("lead", 5), preview.table_index, units)
    # a new name is a known unit: preview = preview.with_unit("Phòng VH-XH", unit)
    store.insert_plan(preview.to_plan_document(title))                      # a new plan
    store.append_annex(plan_id, preview.sections, preview.plan_units())     # or an existing one

Modules, one job each: ``containers`` (zip and size bounds before any parser), ``sources``
(files → raw text grids), ``columns`` (header → mapping), ``header_repeats`` (the header again
inside the table), ``structure`` (rows → sections / items / rows), ``units`` (unit cells → names → directory), ``heading`` (title, period, reference above
the table), ``limits`` (texts too long to keep), ``warning`` (typed warnings), ``preview`` (all
of it together, without the database) and ``preview_json`` (its JSON form).

Failures are ``InvalidInputError`` with codes "annex.*" and "tsv.*"; warnings are
``ImportWarning(row_number, code, params)``.
"""

from .columns import (
    FIELD_LABELS,
    FIELDS,
    ColumnMapping,
    UnknownColumn,
    detect_mapping,
    field_for_header,
    field_label,
)
from .containers import check_office_file
from .heading import DocumentReference, guess_period, read_annex_heading, read_reference
from .preview import ImportPreview, SectionCount, TableInfo, analyse
from .sources import RawTable, load_tables, load_tables_from_text
from .structure import build_sections
from .units import UnitMatch, match_units, split_unit_names
from .warning import ImportWarning

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "field_label",
    "ColumnMapping",
    "DocumentReference",
    "ImportPreview",
    "ImportWarning",
    "RawTable",
    "SectionCount",
    "TableInfo",
    "UnitMatch",
    "UnknownColumn",
    "analyse",
    "build_sections",
    "check_office_file",
    "detect_mapping",
    "field_for_header",
    "guess_period",
    "load_tables",
    "load_tables_from_text",
    "match_units",
    "read_annex_heading",
    "read_reference",
    "split_unit_names",
]
