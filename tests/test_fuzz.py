"""Fuzzing every parser and importer ("Nothing lost"): property-based and mutation tests.

What is fuzzed, and what must hold:

1. text parsers (section codes, declared counts, item numbers, headers, unit cells, periods)
   on arbitrary and vocabulary text: only CchcError may escape; text results are NFC;
2. clipboard / TSV text of annex-like grids (sometimes broken quoting, sometimes read from a
   .tsv file in UTF-8 / UTF-16): correctly quoted text reads back cell for cell; analyse gives
   a consistent preview (NFC texts, counts equal to the tree) or a CchcError;
3. .xlsx written with openpyxl from random grids (numbers, dates, booleans, formulas, merged
   ranges, offsets, stray far cells): every text cell is read back, preview consistent;
4. .xlsx mutations: raw bytes (flips, truncation, junk, duplicated ranges, zip header fields)
   and XML inside the zip (OOXML fragments, attribute values, references);
5. .docx: the same three (structure with random merges, bytes, XML);
6. interchange JSON: the demo tree mutated (subtrees, keys, types, huge / NFD / surrogate
   strings, odd dates and numbers) and its bytes mutated: only CchcError; a document that
   parses is stored, loaded back equal (document_to_dict) with every stored text NFC;
7. all or nothing: ``cchc import-annex`` and ``cchc import-json`` of mutated files against a
   database holding the demo plan: exit code 0, 3 or 4; after a failure (or --dry-run) the
   database content is unchanged; after success the counts grew by exactly what was reported,
   and the plan exports to a file the program reads back.

Each fuzzer is one test; its number of examples comes from the environment:

    .venv/bin/python -m pytest tests/test_fuzz.py                          # 60 each, the same every run, ~30 s
    CCHC_FUZZ_EXAMPLES=1000 .venv/bin/python -m pytest tests/test_fuzz.py  # slow suite, new examples, ~9 min

(add ``--hypothesis-show-statistics`` to see what the examples met: refusals, exit codes...)

Every example runs under ``bounded()``: a hang fails it after CCHC_FUZZ_GUARD_SECONDS (20 s),
an allocation of more than 4 GB fails it with MemoryError.

Bugs these fuzzers found are fixed; each has a minimal regression test at the end of this file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from annex_fixtures import commune_table, province_table, six_column_table, write_docx, write_xlsx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fuzz_strategies import (
    DOCX_SNIPPETS,
    SHEET_NAMES,
    TITLE_LINES,
    XLSX_SNIPPETS,
    FuzzTimeout,
    annex_grid,
    any_text,
    bounded,
    disjoint_merges,
    docx_bytes,
    expected_rows,
    grid_width,
    is_nfc,
    json_bytes,
    merges_for,
    mutated_bytes,
    mutated_document,
    mutated_zip,
    nfd,
    tsv_text,
    xlsx_bytes,
    xml_safe,
)
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from cchc_desktop import cli, paths
from cchc_desktop.domain import PERIOD_KINDS, Period, PlanDocument
from cchc_desktop.errors import CchcError, InvalidInputError
from cchc_desktop.importers.annex import (
    FIELDS,
    ImportPreview,
    analyse,
    guess_period,
    load_tables,
    load_tables_from_text,
    read_reference,
    split_unit_names,
)
from cchc_desktop.importers.annex.columns import field_for_header, normalise_header
from cchc_desktop.importers.annex.sources import MAX_COLUMNS, MAX_ROWS, RawTable
from cchc_desktop.importers.annex.structure import (
    ImportWarning,
    normalise_number,
    parse_section_code,
    split_declared_count,
)
from cchc_desktop.interchange.plan_json import document_to_dict, parse_plan_json
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.text import clean, from_roman, unit_key

# openpyxl warns about damaged parts it skips; the mutations make many.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:openpyxl")

N = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "60"))
# The default run (CI) replays the same examples every time, so that it never turns red by chance;
# a run with CCHC_FUZZ_EXAMPLES set draws new ones each time, to look further.
EXPLORE = "CCHC_FUZZ_EXAMPLES" in os.environ
FUZZ = settings(
    max_examples=N,
    deadline=None,
    database=None,
    derandomize=not EXPLORE,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
)


def handled(call):
    """call(): its value, or None when it raised a CchcError (with a message). Any other exception
    fails the example."""
    try:
        return call()
    except CchcError as error:
        assert isinstance(error.message, str) and error.message.strip()
        return None


# --- checks --------------------------------------------------------------------------------------


def assert_nfc(*texts: str) -> None:
    for text in texts:
        assert isinstance(text, str), repr(text)
        assert is_nfc(text), f"not NFC: {text!r}"


def check_tables(tables: list[RawTable]) -> None:
    """What structure building relies on: rectangular text grids, merge origins inside the table."""
    assert isinstance(tables, list) and tables
    assert sum(len(t.rows) for t in tables) <= MAX_ROWS
    for table in tables:
        width = table.width
        assert width <= MAX_COLUMNS
        assert len(table.merged_from) == len(table.rows)
        for r, (row, merged) in enumerate(zip(table.rows, table.merged_from)):
            assert len(row) == width and len(merged) == width
            assert all(isinstance(cell, str) for cell in row)
            for origin in merged:
                if origin is not None:
                    assert 0 <= origin[0] <= r and 0 <= origin[1] < width, (r, origin)


def _section_tree_ok(preview: ImportPreview) -> None:
    assert len(preview.section_counts) == len(preview.sections)
    labels = []
    for count, section in zip(preview.section_counts, preview.sections):
        items = list(section.all_items())
        assert (count.code, count.title) == (section.code, section.title)
        assert count.tasks + count.groups == len(items)
        assert count.groups == sum(1 for item in items if item.children)
        assert count.rows == sum(len(item.rows) for item in items)
        assert count.declared is None or (isinstance(count.declared, int) and count.declared >= 0)
        assert_nfc(section.code, section.title)
        assert "\n" not in section.title
        for item in items:
            assert_nfc(item.number, item.objective)
            for row in item.rows:
                assert_nfc(
                    row.task, row.activity, row.result, row.due_text, row.budget, *row.lead, *row.partners
                )
                assert all(name.strip() for name in (*row.lead, *row.partners))
                labels += [*row.lead, *row.partners]
        count.line()
    assert preview.counts.tasks == sum(c.tasks for c in preview.section_counts)
    assert preview.counts.groups == sum(c.groups for c in preview.section_counts)
    assert preview.total_rows == preview.counts.rows == sum(c.rows for c in preview.section_counts)
    assert {unit_key(m.label) for m in preview.units} == {unit_key(label) for label in labels}
    assert_nfc(*(m.label for m in preview.units))


def check_preview(preview: ImportPreview, tables: list[RawTable]) -> None:
    """A preview the dialog and the CLI can show and save."""
    assert isinstance(preview, ImportPreview)
    assert 0 <= preview.table_index < len(tables) == len(preview.tables)
    table = tables[preview.table_index]
    assert not any(problem for problem in _mapping_problems(preview, table))
    _section_tree_ok(preview)
    for warning in preview.warnings:
        assert isinstance(warning, ImportWarning) and isinstance(warning.message, str)
        assert not warning.message.startswith("["), warning  # a registered code
        json.dumps(warning.to_json())
        str(warning)
    json.dumps(preview.to_json())
    preview.mapping.describe()
    assert_nfc(preview.annex_title, preview.annex_note)
    period = preview.suggested_period
    if period is not None:
        check_period(period)
    doc = preview.to_plan_document()
    assert_nfc(doc.plan.title)
    assert doc.plan.title.strip() and "\n" not in doc.plan.title
    assert doc.counts() == preview.counts
    assert doc.plan.number == (preview.suggested_number or "")
    assert doc.plan.symbol == (preview.suggested_symbol or "")


def _mapping_problems(preview: ImportPreview, table: RawTable) -> list[str]:
    from cchc_desktop.importers.annex.columns import validate_mapping

    return validate_mapping(preview.mapping, table)


def check_period(period: Period) -> None:
    assert period.kind in PERIOD_KINDS
    if period.kind == "half_year":
        assert period.half in (1, 2) and isinstance(period.year, int)
    elif period.kind == "year":
        assert isinstance(period.year, int)
    else:
        assert period.start_year <= period.end_year
    period.label()


def analyse_and_check(tables: list[RawTable], data: st.DataObject | None = None) -> ImportPreview | None:
    """analyse(): a CchcError or a consistent preview; then the same table and mapping again
    (same result), another table, and a column given to another field, as the dialog does."""
    preview = handled(lambda: analyse(tables))
    if preview is None:
        event("analyse: refused")
        return None
    event("analyse: preview with items" if preview.counts.tasks else "analyse: preview, no items")
    check_preview(preview, tables)
    again = handled(lambda: analyse(tables, preview.mapping, preview.table_index))
    assert again is not None and again.sections == preview.sections
    assert again.section_counts == preview.section_counts
    if data is not None:
        index = data.draw(st.integers(-1, len(tables)), label="table index")
        other = handled(lambda: analyse(tables, table_index=index))
        if other is not None:
            check_preview(other, tables)
        field = data.draw(st.sampled_from(FIELDS), label="field")
        column = data.draw(
            st.one_of(st.none(), st.integers(-1, tables[preview.table_index].width)), label="column"
        )
        remapped = handled(
            lambda: analyse(tables, preview.mapping.with_field(field, column), preview.table_index)
        )
        if remapped is not None:
            check_preview(remapped, tables)
    return preview


def load_and_check(path: Path, data: st.DataObject | None = None) -> list[RawTable] | None:
    with bounded():
        tables = handled(lambda: load_tables(path))
        if tables is None:
            event("load_tables: refused")
            return None
        check_tables(tables)
        analyse_and_check(tables, data)
    return tables


def load_bytes_and_check(raw: bytes, file_name: str, data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / file_name
        path.write_bytes(raw)
        load_and_check(path, data)


# --- base files --------------------------------------------------------------------------------------


@functools.cache
def base_files() -> dict[str, bytes]:
    """Valid annex files written by the test fixtures: the starting points of the mutations."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, table in (
            ("commune", commune_table()),
            ("province", province_table()),
            ("six", six_column_table()),
        ):
            out[f"{name}.xlsx"] = write_xlsx(Path(tmp) / f"{name}.xlsx", table).read_bytes()
            out[f"{name}.docx"] = write_docx(Path(tmp) / f"{name}.docx", table).read_bytes()
    return out


@functools.cache
def demo_json_bytes() -> bytes:
    return paths.demo_plan_path().read_bytes()


@functools.cache
def demo_tree() -> dict:
    return json.loads(demo_json_bytes())


XLSX_MAIN_PARTS = (
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/sharedStrings.xml",
    "xl/workbook.xml",
    "xl/styles.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
)
DOCX_MAIN_PARTS = (
    "word/document.xml",
    "word/document.xml",
    "word/document.xml",
    "word/styles.xml",
    "word/_rels/document.xml.rels",
    "[Content_Types].xml",
)


def base_choice(kind: str) -> st.SearchStrategy[bytes]:
    return st.sampled_from(sorted(n for n in base_files() if n.endswith(kind))).map(lambda n: base_files()[n])


# --- 1. text parsers ------------------------------------------------------------------------------


def _check_text_parsers(text: str) -> None:
    parsed = handled(lambda: parse_section_code(text))
    if parsed is not None:
        code, rest = parsed
        assert re.fullmatch("[IVXL]+", code) and from_roman(code), parsed
        assert isinstance(rest, str)
        if is_nfc(text):
            assert_nfc(rest)

    split = handled(lambda: split_declared_count(text))
    if split is not None:
        title, count = split
        if count is None:
            assert title == text
        else:
            assert text.startswith(title) and isinstance(count, int) and count >= 0

    number = handled(lambda: normalise_number(text))
    if number is not None:
        assert isinstance(number, str)
        if is_nfc(text):
            assert_nfc(number)
        if re.fullmatch(r"\d+(?:[.,]\d+)*[.)]?", text.strip()):
            assert re.fullmatch(r"\d+(?:\.\d+)*", number), number

    header = handled(lambda: normalise_header(text))
    if header is not None:
        assert header == header.strip() and "  " not in header
        assert header == normalise_header(nfd(text))
    field = handled(lambda: field_for_header(text))
    if True:
        assert field is None or field in FIELDS
        assert field == field_for_header(nfd(text))

    names = handled(lambda: split_unit_names(text))
    if names is not None:
        assert isinstance(names, list)
        assert_nfc(*names)
        assert all(name and name == name.strip() and "\n" not in name for name in names), names
        assert len({unit_key(n) for n in names}) == len(names)
        assert split_unit_names(nfd(text)) == names

    period = handled(lambda: guess_period(text))
    if period is not None:
        check_period(period)

    reference = handled(lambda: read_reference(text))
    if reference is not None:
        assert reference.symbol and reference.symbol in text and reference.number in text
        assert reference.date is None or 1945 <= reference.date.year <= 2200

    cleaned = clean(text)
    assert_nfc(cleaned)
    assert "\r" not in cleaned and cleaned == cleaned.strip("\n")


@FUZZ
@given(text=any_text())
def test_fuzz_text_parsers(text):
    with bounded():
        _check_text_parsers(text)


# --- 2. clipboard / TSV text ----------------------------------------------------------------------


@FUZZ
@given(grid=annex_grid(), data=st.data())
def test_fuzz_clipboard_text(grid, data):
    text, quoted = data.draw(tsv_text(grid), label="tsv")
    as_file = data.draw(st.sampled_from([None, None, "utf-8", "utf-8-sig", "utf-16"]), label="file encoding")
    with bounded():
        if as_file is None:
            tables = handled(lambda: load_tables_from_text(text))
        else:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / data.draw(st.sampled_from(["bang.tsv", "Bảng dán.txt", "x.TSV"]))
                path.write_bytes(text.encode(as_file))
                tables = handled(lambda: load_tables(path))
        if tables is None:
            assert not quoted or not expected_rows(grid), "correct paste refused"
            return
        check_tables(tables)
        if quoted:
            # Nothing lost: correctly quoted text reads back cell for cell.
            assert tables[0].rows == expected_rows(grid)
        analyse_and_check(tables, data)


# --- 3. xlsx structure ----------------------------------------------------------------------------------


def _covered(merges, r: int, c: int) -> bool:
    """Inside a merged range (the top-left cell included): its text may have moved."""
    return any(
        top <= r <= bottom and left <= c <= right and (top, left) != (bottom, right)
        for top, left, bottom, right in merges
    )


def _xlsx_expected_text(value: object) -> str | None:
    """The text a cell must read back as; None when not checked (floats, times...)."""
    import datetime as dt

    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (dt.datetime, dt.time)):
        return None
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        if value.startswith("=") or "_x" in value:  # formulas: no cached value; _xHHHH_ escapes
            return None
        return clean(ILLEGAL_CHARACTERS_RE.sub("", value))
    return None


@FUZZ
@given(grid=annex_grid(typed=True), data=st.data())
def test_fuzz_xlsx_structure(grid, data):
    merges = data.draw(merges_for(len(grid), grid_width(grid)), label="merges")
    sheets = [(data.draw(st.sampled_from(SHEET_NAMES), label="sheet"), grid, merges)]
    first = 0
    extra = data.draw(st.sampled_from(["none", "none", "notes-first", "second-grid"]), label="extra sheet")
    if extra == "notes-first":
        sheets.insert(0, ("Hướng dẫn", [["Bảng phụ lục ở trang tính bên cạnh."]], []))
        first = 1
    elif extra == "second-grid":
        sheets.append(("Khác", data.draw(annex_grid(typed=True, max_rows=6), label="second grid"), []))
    offset = (
        data.draw(st.tuples(st.integers(0, 3), st.integers(0, 2)), label="offset") if first == 0 else (0, 0)
    )
    stray = data.draw(st.one_of(st.none(), st.tuples(st.integers(1, 40), st.integers(60, 90))), label="stray")
    raw = xlsx_bytes(sheets, offset, stray)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "phu-luc.xlsx"
        path.write_bytes(raw)
        tables = load_and_check(path, data)
    if tables is None:
        return
    # Nothing lost: every text, number, date and boolean cell reads back (merged ranges aside).
    table = tables[first]
    dr, dc = offset
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            expected = _xlsx_expected_text(value)
            if expected is None or _covered(merges, r, c) or c + dc >= MAX_COLUMNS:
                continue
            if not expected.strip():
                continue
            assert r + dr < len(table.rows) and c + dc < table.width, (r, c, value)
            assert clean(table.rows[r + dr][c + dc]) == expected, (r, c, value)


# --- 4. xlsx and docx mutations: bytes, and XML inside the zip -----------------------------------------

MUTATION_TARGETS = {
    ".xlsx": ("phu-luc.xlsx", XLSX_SNIPPETS, XLSX_MAIN_PARTS),
    ".docx": ("ke-hoach.docx", DOCX_SNIPPETS, DOCX_MAIN_PARTS),
}


@pytest.mark.parametrize("suffix", sorted(MUTATION_TARGETS))
@pytest.mark.parametrize("mutation", ["bytes", "xml"])
@FUZZ
@given(data=st.data())
def test_fuzz_file_mutation(suffix, mutation, data):
    file_name, snippets, parts = MUTATION_TARGETS[suffix]
    if mutation == "bytes":
        raw = data.draw(base_choice(suffix).flatmap(mutated_bytes), label=f"mutated {suffix}")
    else:
        raw = data.draw(
            base_choice(suffix).flatmap(lambda b: mutated_zip(b, snippets, parts)),
            label=f"{suffix} with mutated XML",
        )
    load_bytes_and_check(raw, file_name, data)


# --- 5. docx ---------------------------------------------------------------------------------------


@FUZZ
@given(grid=annex_grid(), data=st.data())
def test_fuzz_docx_structure(grid, data):
    merges = disjoint_merges(data.draw(merges_for(len(grid), grid_width(grid)), label="merges"))
    preamble = data.draw(st.lists(st.sampled_from(TITLE_LINES), max_size=4), label="preamble")
    tables = [(preamble, grid, merges)]
    adjacent = data.draw(st.booleans(), label="adjacent")
    if data.draw(st.booleans(), label="second table"):
        tables.append(([], data.draw(annex_grid(max_rows=6), label="second grid"), []))
    if data.draw(st.booleans(), label="header table first"):
        tables.insert(0, ([], [["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]], []))
    nested = data.draw(st.booleans(), label="nested")
    raw = docx_bytes(tables, nested=nested, adjacent=adjacent)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ke-hoach.docx"
        path.write_bytes(raw)
        read = load_and_check(path, data)
    if read is None or adjacent or len(tables) != 1 or not grid or not grid_width(grid):
        return
    # Nothing lost: every cell outside merged ranges reads back (tables[0] is the grid).
    table = read[0]
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if _covered(merges, r, c) or c >= MAX_COLUMNS:
                continue
            expected = clean(xml_safe(str(value)).replace("\r", "\n"))  # python-docx: \r and \n each a break
            got = clean(table.rows[r][c]) if r < len(table.rows) and c < table.width else ""
            if nested and (r, c) == (len(grid) - 1, 0):
                continue
            assert got == expected, (r, c, value)


# --- 6. interchange JSON ----------------------------------------------------------------------------------


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _strings(value)


def without_ids(data):
    """The document without what storing adds: identities, the format version, the numbering mode."""
    if isinstance(data, dict):
        return {k: without_ids(v) for k, v in data.items() if k not in ("uuid", "version", "numbering")}
    if isinstance(data, list):
        return [without_ids(v) for v in data]
    return data


def expected_units(units: list[dict]) -> list[dict]:
    """The plan's units after saving: the directory matches names by text.unit_key (accents, case,
    dashes, "&"/"và" aside), so such names are one unit (the first spelling, the first short name)."""
    out: dict[str, dict] = {}
    for unit in units:
        key = unit_key(unit["name"])
        if key not in out:
            out[key] = dict(unit)
        elif not out[key]["short_name"]:
            out[key]["short_name"] = unit["short_name"]
    return list(out.values())


def assert_db_text_nfc(conn: sqlite3.Connection) -> None:
    """Every text stored is NFC (search_text, a folded search key, aside)."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor:
            for name, value in zip(names, row):
                if isinstance(value, str) and name != "search_text":
                    assert is_nfc(value), f"{table}.{name} not NFC: {value[:80]!r}"


def check_json(raw: bytes) -> None:
    with bounded():
        doc = handled(lambda: parse_plan_json(raw, "kế hoạch.json"))
    if doc is None:
        event("json: refused")
        return
    event("json: parsed")
    assert isinstance(doc, PlanDocument)
    expected = document_to_dict(doc)
    assert_nfc(*_strings(expected))
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        with bounded():
            plan_id = ws.plans.import_document(doc).plan_id  # a parsed plan is always stored
            loaded = ws.plans.document(plan_id)
        got = without_ids(document_to_dict(loaded))
        expected = without_ids(expected)
        listed = expected_units(expected["units"])
        # The unit list comes back whole, followed by units the rows name that it lacked.
        assert [u["name"] for u in got["units"][: len(listed)]] == [u["name"] for u in listed]
        named = {
            unit_key(n)
            for s in doc.sections
            for i in s.all_items()
            for r in i.rows
            for n in (*r.lead, *r.partners)
        }
        assert all(unit_key(u["name"]) in named for u in got["units"][len(listed) :])
        got["units"] = expected["units"] = None
        assert got == expected
        assert_db_text_nfc(ws.db.conn)


@FUZZ
@given(data=st.data())
def test_fuzz_json_tree_mutation(data):
    tree = data.draw(mutated_document(demo_tree()), label="mutated tree")
    check_json(data.draw(json_bytes(tree), label="bytes"))


@FUZZ
@given(data=st.data())
def test_fuzz_json_byte_mutation(data):
    check_json(data.draw(mutated_bytes(demo_json_bytes(), max_ops=3), label="mutated bytes"))


# --- 7. all or nothing through the CLI ----------------------------------------------------------------------

COUNTED = (
    "plans",
    "annex_sections",
    "annex_items",
    "annex_rows",
    "change_log",
    "units",
    "plan_units",
    "annex_row_units",
    "plan_body_sections",
    "settings",
)
FILE_STEMS = ["phu-luc", "Phụ lục 2026", nfd("Kế hoạch"), "bảng (bản cuối)", "-", "a b", "1", "Phụ lục; II"]


def db_state(db_path: Path) -> tuple[dict[str, int], str]:
    """Row counts of the tables, and a digest of the whole content."""
    conn = sqlite3.connect(db_path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
        digest = hashlib.sha256()
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode("utf-8", "surrogatepass"))
        return counts, digest.hexdigest()
    finally:
        conn.close()


def run_cli(*args: str) -> tuple[int, str, str, BaseException | None]:
    """cli.run with the output captured; an exception escaping run() is returned (exit 1)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.run(list(args))
        except SystemExit as stop:
            code = stop.code
        except (Exception, FuzzTimeout) as error:
            return 1, out.getvalue(), err.getvalue(), error
    return code, out.getvalue(), err.getvalue(), None


@st.composite
def annex_files(draw) -> tuple[str, bytes]:
    """(suffix, content) of a file given to import-annex: pasted text, a generated or a valid
    workbook / document, or one mutated in its bytes or its XML."""
    kind = draw(
        st.sampled_from(
            ["tsv", "xlsx", "docx", "good", "good", "xlsx-bytes", "xlsx-xml", "docx-bytes", "docx-xml"]
        )
    )
    if kind == "tsv":
        text, _ = draw(tsv_text(draw(annex_grid())))
        return draw(st.sampled_from([".tsv", ".txt"])), text.encode(
            draw(st.sampled_from(["utf-8", "utf-16"]))
        )
    if kind == "xlsx":
        grid = draw(annex_grid(typed=True))
        return ".xlsx", xlsx_bytes([("Phụ lục", grid, draw(merges_for(len(grid), grid_width(grid))))])
    if kind == "docx":
        grid = draw(annex_grid())
        preamble = draw(st.lists(st.sampled_from(TITLE_LINES), max_size=3))
        return ".docx", docx_bytes([(preamble, grid, draw(merges_for(len(grid), grid_width(grid))))])
    if kind == "good":
        name = draw(st.sampled_from(sorted(base_files())))
        return Path(name).suffix, base_files()[name]
    suffix = "." + kind.split("-")[0]
    base = draw(base_choice(suffix))
    if kind.endswith("bytes"):
        return suffix, draw(mutated_bytes(base))
    snippets, parts = (
        (XLSX_SNIPPETS, XLSX_MAIN_PARTS) if suffix == ".xlsx" else (DOCX_SNIPPETS, DOCX_MAIN_PARTS)
    )
    return suffix, draw(mutated_zip(base, snippets, parts))


_TOTAL = re.compile(r"^Tổng: (\d+) lĩnh vực, (\d+) nhiệm vụ(?: \((\d+) nhóm\))?, (\d+) dòng$", re.MULTILINE)
_IMPORTED = re.compile(r"\((\d+) lĩnh vực, (\d+) nhiệm vụ(?: \((\d+) nhóm\))?, (\d+) dòng\)\.$")


def _totals(match: tuple[str, ...]) -> tuple[int, int, int]:
    """(sections, items, rows) from a summary line: items are tasks and groups."""
    sections, tasks, groups, rows = match
    return int(sections), int(tasks) + int(groups or 0), int(rows)


def _prepare(tmp: str) -> Path:
    data_dir = Path(tmp) / "data"
    code, _, err, error = run_cli("--data-dir", str(data_dir), "--demo")
    assert code == 0 and error is None, err
    return data_dir


def _check_all_or_nothing(code: int, error: BaseException | None, err: str, before, after) -> bool:
    """True when the command succeeded; otherwise it refused the input with a message (exit 3 or
    4) and the database is as it was."""
    event(f"exit code {code}")
    if error is not None:
        raise error
    assert code in (0, 3, 4), f"exit code {code}: {err}"
    if code != 0:
        assert err.strip(), "refused without a message"
        assert after == before, "a failed import changed the database"
        return False
    return True


def _run_all_or_nothing(db: Path, args: list[str], dry_run: bool) -> str | None:
    """Runs the command against ``db``; its output when it wrote something, None when it refused
    (checked: with a message, nothing changed) or was a dry run (checked: nothing changed)."""
    before = db_state(db)
    with bounded():
        code, out, err, error = run_cli(*args)
    after = db_state(db)
    if not _check_all_or_nothing(code, error, err, before, after):
        return None
    if dry_run:
        assert after == before
        return None
    return out


def _exported_reads_back(data_dir: Path, tmp: str, plan_id: int) -> None:
    target = Path(tmp) / "export.json"
    code, _, err, error = run_cli("--data-dir", str(data_dir), "export-json", str(plan_id), "-o", str(target))
    assert error is None and code == 0, err
    with bounded():
        parse_plan_json(target.read_bytes(), "export.json")  # the program reads what it exported


@FUZZ
@given(data=st.data())
def test_fuzz_cli_import_annex_all_or_nothing(data):
    suffix, raw = data.draw(annex_files(), label="file")
    name = data.draw(st.sampled_from(FILE_STEMS), label="stem") + suffix
    target = data.draw(
        st.sampled_from(["new", "new", "new-title", "append", "append-by-title", "missing-plan", "dry-run"]),
        label="target",
    )
    table = data.draw(st.one_of(st.none(), st.none(), st.integers(0, 3)), label="--table")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(raw)
        data_dir = _prepare(tmp)
        db = data_dir / "cchc.sqlite3"
        before = db_state(db)  # for the growth checked below
        args = ["--data-dir", str(data_dir), "import-annex", str(path)]
        args += {
            "new": [],
            "new-title": [
                "--new-plan="
                + data.draw(st.sampled_from(["Kế hoạch mới", nfd("Kế hoạch"), " x ", "\u00a0KH"]))
            ],
            "append": ["--plan", "1"],
            "append-by-title": ["--plan", "Cửa Tùng"],
            "missing-plan": ["--plan", "99"],
            "dry-run": ["--dry-run"],
        }[target]
        if table is not None:
            args += ["--table", str(table)]
        out = _run_all_or_nothing(db, args, dry_run=target == "dry-run")
        if out is None:
            return
        after = db_state(db)
        sections, items, rows = _totals(_TOTAL.findall(out)[-1])
        grew = {t: after[0][t] - before[0][t] for t in COUNTED}
        assert grew["annex_items"] == items and grew["annex_rows"] == rows, (grew, out)
        # One log line for a new plan; for an append, one per reform area it went into.
        assert 1 <= grew["change_log"] <= max(1, sections), (grew, out)
        if target.startswith("append"):
            assert grew["plans"] == 0 and 0 <= grew["annex_sections"] <= sections, (grew, out)
            plan_id = 1
        else:
            assert grew["plans"] == 1 and grew["annex_sections"] == sections, (grew, out)
            plan_id = int(re.search(r"Đã tạo kế hoạch (\d+):", out).group(1))
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert_db_text_nfc(conn)
        finally:
            conn.close()
        _exported_reads_back(data_dir, tmp, plan_id)


@st.composite
def json_files(draw) -> bytes:
    if draw(st.booleans()):
        return draw(json_bytes(draw(mutated_document(demo_tree()))))
    return draw(mutated_bytes(demo_json_bytes(), max_ops=3))


@FUZZ
@given(data=st.data())
def test_fuzz_cli_import_json_all_or_nothing(data):
    raw = data.draw(json_files(), label="file")
    dry_run = data.draw(st.integers(0, 4), label="dry run") == 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ke-hoach.json"
        path.write_bytes(raw)
        data_dir = _prepare(tmp)
        db = data_dir / "cchc.sqlite3"
        before = db_state(db)  # for the growth checked below
        args = ["--data-dir", str(data_dir), "import-json", str(path)] + (["--dry-run"] if dry_run else [])
        out = _run_all_or_nothing(db, args, dry_run)
        if out is None:
            return
        after = db_state(db)
        sections, items, rows = _totals(_IMPORTED.search(out.strip()).groups())
        grew = {t: after[0][t] - before[0][t] for t in COUNTED}
        assert (
            grew["plans"],
            grew["annex_sections"],
            grew["annex_items"],
            grew["annex_rows"],
            grew["change_log"],
        ) == (1, sections, items, rows, 1), (grew, out)


# --- regressions: what the fuzzers found, each fixed ------------------------------------------------------


def test_item_number_of_4301_digits_is_text_not_a_number():
    digits = "1" * 4301
    preview = analyse(
        load_tables_from_text(f"TT\tNhiệm vụ\tChủ trì\n{digits}\tBan hành kế hoạch\tPhòng VHXH\n")
    )
    (item,) = preview.sections[0].items
    assert item.number == "" and item.objective == digits
    assert item.rows[0].task == "Ban hành kế hoạch"
    assert "annex.sentence_in_number_column" in [w.code for w in preview.warnings]


def test_declared_count_of_4301_digits_is_left_in_the_title():
    title = "CẢI CÁCH THỂ CHẾ (" + "1" * 4301 + " nhiệm vụ)"
    assert split_declared_count(title) == (title, None)


def test_json_integer_of_4301_digits_is_refused_with_a_message():
    with pytest.raises(InvalidInputError, match="con số quá dài"):
        parse_plan_json(b"1" * 4301)


MINIMAL_PLAN = {
    "format": "cchc-plan",
    "version": 1,
    "sections": [],
    "plan": {"title": "Kế hoạch", "period": {"kind": "year", "year": 2025}},
}


def _stored_and_loaded(document: dict, tmp_path: Path) -> PlanDocument:
    doc = parse_plan_json(json.dumps(document).encode("utf-8"))
    with Workspace.open(tmp_path / "data") as ws:
        return ws.plans.document(ws.plans.import_document(doc).plan_id)


def test_lone_surrogate_in_json_becomes_a_replacement_character(tmp_path):
    document = json.loads(json.dumps(MINIMAL_PLAN))
    document["plan"]["title"] = "Kế hoạch \ud800"
    assert _stored_and_loaded(document, tmp_path).plan.title == "Kế hoạch \ufffd"


def test_period_field_of_another_kind_is_ignored(tmp_path):
    document = json.loads(json.dumps(MINIMAL_PLAN))
    document["plan"]["period"]["half"] = 3
    assert _stored_and_loaded(document, tmp_path).plan.period == Period("year", year=2025)


def _docx_with(tmp_path: Path, tr_xml: str = "", tc_xml: str = "") -> Path:
    """A 3-column annex table whose second row gets ``tr_xml`` (row properties) and whose first
    cell in that row gets ``tc_xml`` (cell properties)."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("TT", "Nhiệm vụ", "Chủ trì")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("1", "Ban hành kế hoạch", "Phòng VHXH")):
        cell.text = text
    tr = table.rows[1]._tr
    if tr_xml:
        tr.insert(0, parse_xml(f"<w:trPr {nsdecls('w')}>{tr_xml}</w:trPr>"))
    if tc_xml:
        element = re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {nsdecls('w')}", tc_xml)
        tr.tc_lst[0].get_or_add_tcPr().append(parse_xml(element))
    path = tmp_path / "bang.docx"
    document.save(path)
    return path


def _load_within(path: Path, seconds: float) -> list[RawTable]:
    with bounded(seconds):
        tables = load_tables(path)
    check_tables(tables)
    return tables


@pytest.mark.parametrize(
    "tr_xml, tc_xml",
    [
        ('<w:gridBefore w:val="-4"/>', ""),
        ("", '<w:gridSpan w:val="x"/>'),
        ('<w:gridBefore w:val="x"/>', ""),
        ("", '<w:vMerge w:val="nonsense"/>'),
    ],
    ids=["negative gridBefore", "gridSpan not a number", "gridBefore not a number", "unknown vMerge value"],
)
def test_docx_odd_grid_values_are_read_leniently(tmp_path, tr_xml, tc_xml):
    tables = _load_within(_docx_with(tmp_path, tr_xml=tr_xml, tc_xml=tc_xml), 10)
    assert tables[0].rows[1][:3] == ["1", "Ban hành kế hoạch", "Phòng VHXH"]
    assert analyse(tables).counts.tasks == 1


@pytest.mark.parametrize(
    "tr_xml, tc_xml",
    [
        ("", '<w:gridSpan w:val="2147483647"/>'),
        ('<w:gridBefore w:val="2147483647"/>', ""),
        ('<w:gridAfter w:val="2147483647"/>', ""),
    ],
    ids=["gridSpan", "gridBefore", "gridAfter"],
)
def test_docx_huge_grid_values_are_cut_to_the_columns_read(tmp_path, tr_xml, tc_xml):
    tables = _load_within(_docx_with(tmp_path, tr_xml=tr_xml, tc_xml=tc_xml), 2)
    assert tables[0].rows[0][:3] == ["TT", "Nhiệm vụ", "Chủ trì"]
    notes = [(n.code, n.params["limit"]) for n in tables[0].notes]
    assert notes == [("annex.table_columns_cut", MAX_COLUMNS)]


def _xlsx_rewritten(tmp_path: Path, workbook, part: str, change) -> Path:
    """``workbook`` saved with its zip entry ``part`` passed through ``change`` (bytes → bytes)."""
    good = io.BytesIO()
    workbook.save(good)
    path = tmp_path / "bang.xlsx"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            content = old.read(item.filename)
            new.writestr(item.filename, change(content) if item.filename == part else content)
    return path


def _small_workbook(lead: object = "Phòng VHXH"):
    workbook = openpyxl.Workbook()
    workbook.active.append(["TT", "Nhiệm vụ", "Chủ trì"])
    workbook.active.append([1, "Ban hành kế hoạch", lead])
    return workbook


@pytest.mark.parametrize("ref", ["A3:XFD1048576", "A2:XFD1048576", "D1:XFD1048576"])
def test_xlsx_merge_of_the_whole_sheet_is_clipped_to_what_is_read(tmp_path, ref):
    merge = f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'.encode()
    path = _xlsx_rewritten(
        tmp_path,
        _small_workbook(),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</sheetData>", merge),
    )
    tables = _load_within(path, 5)
    assert tables[0].rows[0] == ["TT", "Nhiệm vụ", "Chủ trì"]
    if ref.startswith("A2"):  # the merge hides all but its top-left cell, as Excel shows it
        assert tables[0].rows[1] == ["1", "", ""]
    else:
        assert tables[0].rows[1] == ["1", "Ban hành kế hoạch", "Phòng VHXH"]


def test_xlsx_overlapping_merges_beyond_any_real_sheet_are_refused(tmp_path):
    # A sheet whose rows reach 20,000, and three overlapping ranges of ~1.28 million cells each.
    refs = "".join(f'<mergeCell ref="A1:BL{20000 - i}"/>' for i in range(3))
    tail = (
        f'<row r="20000"><c r="A20000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        f"<mergeCells>{refs}</mergeCells>"
    ).encode()
    path = _xlsx_rewritten(
        tmp_path,
        _small_workbook(),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</sheetData>", tail),
    )
    with bounded(10), pytest.raises(InvalidInputError) as caught:
        load_tables(path)
    assert caught.value.code == "annex.merges_overlap"


def test_zip_asking_for_a_newer_zip_version_is_refused_as_damaged(tmp_path):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as new:
        new.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(archive.getvalue())
    data[data.find(b"PK\x01\x02") + 6] = 64  # "version needed to extract": 6.4
    path = tmp_path / "bang.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidInputError) as caught:
        load_tables(path)
    assert caught.value.code == "annex.corrupt"


def test_xlsx_style_with_undefined_number_format_reads_as_general(tmp_path):
    workbook = _small_workbook(lead=0.5)
    workbook.active["C2"].number_format = "0.0%"  # custom format 164
    path = _xlsx_rewritten(
        tmp_path, workbook, "xl/styles.xml", lambda xml: re.sub(rb"<numFmts.*?</numFmts>", b"", xml)
    )  # 164 now undefined
    assert load_tables(path)[0].rows[1] == ["1", "Ban hành kế hoạch", "0.5"]


def _exported_and_read_back(preview: ImportPreview) -> PlanDocument:
    exported = json.dumps(document_to_dict(preview.to_plan_document()), ensure_ascii=False).encode("utf-8")
    return parse_plan_json(exported)


def test_sentence_in_the_tt_column_exports_a_file_the_program_reads():
    sentence = "Nhiệm vụ trọng tâm về cải cách thủ tục hành chính của xã năm 2026"
    preview = analyse(
        load_tables_from_text(f"TT\tNhiệm vụ\tChủ trì\n{sentence}\tBan hành kế hoạch\tPhòng VHXH\n")
    )
    (item,) = _exported_and_read_back(preview).sections[0].items
    assert (item.number, item.objective) == ("", sentence)


def test_year_1900_in_the_annex_title_is_not_taken_as_the_period():
    preview = analyse(
        load_tables_from_text(
            "PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 1900\nTT\tNhiệm vụ\tChủ trì\n1\tBan hành kế hoạch\tPhòng VHXH\n"
        )
    )
    assert preview.suggested_period is None
    assert _exported_and_read_back(preview).plan.title == "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 1900"


def test_annex_title_longer_than_a_plan_title_is_shortened_for_the_plan_only():
    title = "KẾ HOẠCH " + "CẢI CÁCH HÀNH CHÍNH " * 40
    preview = analyse(
        load_tables_from_text(f"PHỤ LỤC\n{title}\nTT\tNhiệm vụ\tChủ trì\n1\tBan hành kế hoạch\tPhòng VHXH\n")
    )
    doc = _exported_and_read_back(preview)
    assert len(doc.plan.title) <= 500 and doc.plan.title.endswith("…")
    assert doc.plan.annex_title == title.strip()


def test_cell_longer_than_the_format_allows_is_refused_naming_the_item():
    text = "TT\tNhiệm vụ\tChủ trì\n1\t" + "Ban hành kế hoạch " * 1200 + "\tPhòng VHXH\n"
    with pytest.raises(InvalidInputError) as caught:
        analyse(load_tables_from_text(text))
    assert caught.value.code == "annex.cell_too_long"
    assert {k: caught.value.params[k] for k in ("column", "item", "limit")} == {
        "column": "Nhiệm vụ",
        "item": "1",
        "limit": "20.000",
    }


@pytest.mark.parametrize(
    "text, title, unit",
    [
        ("TT\tNhiệm vụ\tChủ trì\n1\tBan hành kế hoạch\t\x00Phòng VHXH\n", None, "Phòng VHXH"),
        (
            "PHỤ LỤC\n\x00KẾ HOẠCH\nTT\tNhiệm vụ\tChủ trì\n1\tBan hành kế hoạch\tPhòng VHXH\n",
            "KẾ HOẠCH",
            "Phòng VHXH",
        ),
    ],
    ids=["unit name", "plan title"],
)
def test_control_characters_are_dropped_on_import(tmp_path, text, title, unit):
    path = tmp_path / "bang.tsv"
    path.write_text(text, encoding="utf-8")
    code, _, err, error = run_cli("--data-dir", str(tmp_path / "data"), "import-annex", str(path))
    assert error is None and code == 0, err
    with Workspace.open(tmp_path / "data") as ws:
        doc = ws.plans.document(1)
    assert doc.sections[0].items[0].rows[0].lead == [unit]
    assert doc.plan.title == (title or "bang")
