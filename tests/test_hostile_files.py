"""Hostile files: entity bombs, zip bombs, cell bombs, climbing paths, macros and formulas. Each
is refused (or read as plain text) with a Vietnamese message, before it can eat memory or run
anything."""

from __future__ import annotations

import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from annex_fixtures import (
    commune_table,
    write_docx,
    write_empty_cells_docx,
    write_empty_cells_xlsx,
    write_xlsx,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_desktop import cli
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.importers.annex import analyse, containers, load_tables, sources

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{"&lol{}; ".format(i - 1 if i > 1 else "") * 10}">'.replace("&lol0;", "&lol;")
        for i in range(1, 10)
    )
    + "]>"
)


def _without_declaration(xml: str) -> str:
    return xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml


def _rewrite_zip(
    source: Path,
    target: Path,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    compression=zipfile.ZIP_DEFLATED,
) -> Path:
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", compression) as new:
        for item in old.infolist():
            new.writestr(item.filename, replace.get(item.filename, old.read(item.filename)))
        for name, data in add.items():
            new.writestr(name, data)
    return target


def _db_bytes(data_dir: Path) -> bytes:
    return (data_dir / "cchc.sqlite3").read_bytes()


def _import_refused(data_dir: Path, path: Path, capsys) -> str:
    cli.run(["--data-dir", str(data_dir), "--demo"])
    before = _db_bytes(data_dir)
    code = cli.run(["--data-dir", str(data_dir), "import-annex", str(path)])
    err = capsys.readouterr().err
    assert code == 4, err
    assert "Traceback" not in err
    assert _db_bytes(data_dir) == before
    return err


def test_entity_expansion_in_xlsx_is_refused(tmp_path, data_dir, capsys):
    good = write_xlsx(tmp_path / "good.xlsx", commune_table())
    with zipfile.ZipFile(good) as archive:
        sheet_name = next(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
        sheet = archive.read(sheet_name).decode("utf-8")
    bomb_sheet = LAUGHS + _without_declaration(sheet).replace("<v>", "<v>&lol9;", 1)
    bomb = _rewrite_zip(good, tmp_path / "bomb.xlsx", {sheet_name: bomb_sheet.encode("utf-8")})
    err = _import_refused(data_dir, bomb, capsys)
    assert "bomb.xlsx" in err


def test_entity_expansion_in_docx_is_not_expanded(tmp_path):
    good = write_docx(tmp_path / "good.docx", commune_table())
    with zipfile.ZipFile(good) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    bomb_body = LAUGHS + _without_declaration(body).replace("<w:t>", "<w:t>&lol9;", 1)
    bomb = _rewrite_zip(good, tmp_path / "bomb.docx", {"word/document.xml": bomb_body.encode("utf-8")})
    try:
        tables = load_tables(bomb)
    except InvalidInputError:
        return  # refused: fine
    text = "".join(cell for table in tables for row in table.rows for cell in row)
    assert "lollollol" not in text, "entities must never be expanded"


def test_high_expansion_ratio_is_refused_before_parsing(tmp_path, data_dir, capsys, monkeypatch):
    good = write_xlsx(tmp_path / "good.xlsx", commune_table())
    padding = b"<!-- " + b"A" * (8 * 1024 * 1024) + b" -->"  # 8 MiB that deflates to ~8 KiB
    bomb = _rewrite_zip(good, tmp_path / "ratio.xlsx", add={"xl/padding.xml": padding})
    calls = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: calls.append(1))
    err = _import_refused(data_dir, bomb, capsys)
    assert "tỉ lệ giải nén" in err  # the CLI prints the message of "annex.suspicious_ratio"
    assert calls == [], "refused before openpyxl saw it"


def test_declared_size_over_the_limit_is_refused(tmp_path, monkeypatch):
    good = write_xlsx(tmp_path / "good.xlsx", commune_table())
    monkeypatch.setattr(containers, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(InvalidInputError) as caught:
        load_tables(good)
    assert caught.value.code == "annex.unpacked_too_large"


# --- cell bombs: millions of empty cells in a small file ----------------------------------------------


@pytest.mark.parametrize(
    "writer, suffix, rows, columns",
    [
        (write_empty_cells_xlsx, "xlsx", 2_500, 600),  # 1.5 million <c r="..."/>: 27 s and 610 MB before
        (write_empty_cells_docx, "docx", 50_000, 30),  # 1.5 million <w:tc>: 18 s and 430 MB before
    ],
    ids=["xlsx", "docx"],
)
def test_millions_of_empty_cells_are_refused_before_any_parser(
    tmp_path, monkeypatch, writer, suffix, rows, columns
):
    path = writer(tmp_path / f"o-trong.{suffix}", rows, columns)
    # Within every other documented bound: size, unpacked size, ratio, rows (the xlsx).
    assert path.stat().st_size < sources.MAX_FILE_BYTES
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
    assert sum(e.file_size for e in entries) < containers.MAX_UNCOMPRESSED_BYTES
    assert all(e.file_size <= containers.MAX_EXPANSION_RATIO * e.compress_size for e in entries)
    parsed = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: parsed.append("openpyxl"))
    monkeypatch.setattr(docx, "Document", lambda *a, **k: parsed.append("python-docx"))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InvalidInputError) as caught:
            load_tables(path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (caught.value.code, caught.value.params) == (
        "annex.too_many_cells",
        {"name": path.name, "limit": "300.000"},
    )
    assert parsed == [], "refused before a library parsed it"
    assert elapsed < 10, elapsed
    assert peak < 300 * 2**20, f"{peak / 2**20:.0f} MiB"


_CELL_TOKENS = {  # (text, counted as a cell or row)
    '<c r="A1"/>': True,
    "<c>": True,
    '<c\n r="B2" s="1">': True,
    "<c/>": True,
    '<x:c r="C3">': True,
    "</x:c>": False,
    "</c>": False,
    '<row r="4">': True,
    "<x:row>": True,
    "</row>": False,
    '<col min="1" max="3"/>': False,
    "<cfRule/>": False,
    "<cols>": False,
    "<!-- <c> -->": True,
    "<v>12</v>": False,
    "<is><t>c</t></is>": False,
    "<rowBreaks/>": False,
    "&lt;c &gt;": False,
}


@settings(derandomize=True, max_examples=60, deadline=None)
@given(tokens=st.lists(st.sampled_from(sorted(_CELL_TOKENS)), max_size=40), chunk=st.integers(1, 64))
def test_cell_count_is_exact_across_chunk_boundaries(tokens, chunk):
    # A comment holding "<c>" counts: harmless, only crafted files write one.
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "".join(tokens))
    original = containers._CHUNK
    containers._CHUNK = chunk
    try:
        with zipfile.ZipFile(buffer) as archive:
            info = archive.getinfo("xl/worksheets/sheet1.xml")
            counted = containers.count_elements(archive, info, containers._COUNTED["xlsx"], 10**9)
    finally:
        containers._CHUNK = original
    assert counted == sum(_CELL_TOKENS[t] for t in tokens)


def test_a_file_at_the_cell_bound_is_read_and_one_over_it_refused(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "phu-luc.xlsx", commune_table(), notes_sheet_first=False)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    elements = len(re.findall(rb"<(?:c|row)[\s/>]", sheet))
    monkeypatch.setattr(containers, "MAX_CELLS", elements)
    assert load_tables(path)[0].rows
    monkeypatch.setattr(containers, "MAX_CELLS", elements - 1)
    with pytest.raises(InvalidInputError) as caught:
        load_tables(path)
    assert caught.value.code == "annex.too_many_cells"


@pytest.mark.parametrize("member", ["../../evil.xml", "/etc/cron.d/evil", "xl/../../evil.xml", "C:/evil.xml"])
def test_climbing_or_absolute_member_names_are_refused(tmp_path, member):
    good = write_xlsx(tmp_path / "good.xlsx", commune_table())
    bad = _rewrite_zip(good, tmp_path / "paths.xlsx", add={member: b"<x/>"})
    with pytest.raises(InvalidInputError) as caught:
        load_tables(bad)
    assert caught.value.code == "annex.unsafe_path"
    assert not (tmp_path.parent / "evil.xml").exists()


def test_formulas_are_never_evaluated_and_macros_are_ignored(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Nhiệm vụ", "Kết quả/Sản phẩm", "Chủ trì", "Thời gian"])
    sheet.append(["I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"])
    sheet.append([1, '=HYPERLINK("http://example.invalid","Bấm")', "=1+1", "Phòng VHXH", "Quý I"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    # a macro part beside it, as in a renamed .xlsm
    with_macro = _rewrite_zip(path, tmp_path / "macro.xlsx", add={"xl/vbaProject.bin": b"\xd0\xcf" * 100})
    preview = analyse(load_tables(with_macro))
    row = preview.sections[0].items[0].rows[0]
    # openpyxl wrote no cached values: nothing computed "2", nothing followed the link
    assert row.result in ("", "=1+1")
    assert "example.invalid" not in row.task or row.task.startswith("=")


def test_json_bombs_are_refused(tmp_path, data_dir, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "cchc-plan", "version": 1, "plan": ' + "[" * 200_000 + "]" * 200_000 + "}",
        encoding="utf-8",
    )
    code = cli.run(["--data-dir", str(data_dir), "import-json", str(deep)])
    err = capsys.readouterr().err
    assert code == 4 and "Traceback" not in err
