"""Documents out through ``ws.documents`` and ``cchc export``: every format written to a real
file and read back (pypdf, openpyxl, python-docx), exported annexes imported back through
``cchc import-annex``, filtered task tables, refused format pairs, cancel, and a start-up that
loads none of the heavy libraries."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import add_plan
from test_pdf_support import all_text, fonts_of, is_landscape, is_portrait, reader, squash

from cchc_desktop import cli
from cchc_desktop.domain.edits import Edit, SetField
from cchc_desktop.errors import CancelledError, InvalidInputError, UsageError
from cchc_desktop.i18n import Message
from cchc_desktop.services.documents import KIND_FORMATS, TaskFilter, check_format
from cchc_desktop.services.jobs import Job

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, data_dir, *args):
    code = cli.run(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan_id(ws, demo_doc):
    return add_plan(ws, demo_doc)


def _set_status(ws, row_uuid: str, status: str) -> None:
    ws.edits.apply(Edit(Message("x"), (SetField("progress", row_uuid, "status", "not_started", status),)))


# --- PDF ---------------------------------------------------------------------------------------


def test_plan_pdf_reads_back_with_diacritics_embedded_fonts_and_orientations(ws, plan_id, tmp_path):
    target = ws.documents.plan(plan_id, "pdf").write(tmp_path / "ke-hoach.pdf")
    pdf = reader(target.read_bytes())
    text = all_text(pdf)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Nơi nhận" in text and "Cải cách hành chính nhà nước" in text
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values())  # every font that draws text is embedded
    assert all(
        name.split("+")[-1].startswith("/LiberationSerif") or "LiberationSerif" in name for name in fonts
    )
    kinds = ["portrait" if is_portrait(p) else "landscape" if is_landscape(p) else "?" for p in pdf.pages]
    assert kinds[0] == "portrait" and kinds[-1] == "landscape" and "?" not in kinds
    # Portrait body first, then the annex on landscape pages, never back.
    assert kinds == sorted(kinds, key=lambda k: k == "landscape")


def test_annex_pdf_is_landscape_with_every_task(ws, plan_id, demo_doc, tmp_path):
    target = ws.documents.annex(plan_id, "pdf").write(tmp_path / "phu-luc.pdf")
    pdf = reader(target.read_bytes())
    assert all(is_landscape(p) for p in pdf.pages)
    text = all_text(pdf)
    for _section, _item, row in list(demo_doc.all_rows())[:10]:
        if row.task:
            assert squash(row.task)[:40] in text


def test_filtered_task_table_keeps_only_the_unit_and_status_asked(ws, plan_id, tmp_path):
    doc = ws.plans.document(plan_id)
    rows = [row for _s, _i, row in doc.all_rows()]
    chosen = [r for r in rows if "Phòng VHXH" in r.lead][:3]
    for row in chosen:
        _set_status(ws, row.uuid, "in_progress")
    task_filter = TaskFilter(units=("Phòng VHXH",), statuses=("in_progress",))
    assert set(task_filter.row_uuids(ws.plans.document(plan_id))) == {r.uuid for r in chosen}

    prepared = ws.documents.annex(plan_id, "xlsx", task_filter=task_filter)
    assert prepared.kind == "tasks" and prepared.suggested_name().startswith("bang-nhiem-vu-")
    book = openpyxl.load_workbook(prepared.write(tmp_path / "bang.xlsx"))
    values = [c for row in book.active.iter_rows(values_only=True) for c in row if c]
    assert any("Đang thực hiện" in str(v) and "Phòng VHXH" in str(v) for v in values)  # the heading
    tasks = {str(v) for v in values}
    assert all(any(r.activity in t for t in tasks) for r in chosen if r.activity)
    others = [
        r for r in rows if r not in chosen and r.activity and r.activity not in {c.activity for c in chosen}
    ]
    assert not any(r.activity in tasks for r in others[:5])

    pdf = reader(
        ws.documents.annex(plan_id, "pdf", task_filter=task_filter).write(tmp_path / "b.pdf").read_bytes()
    )
    assert "Đang thực hiện" in all_text(pdf)
    word = docx.Document(
        ws.documents.annex(plan_id, "docx", task_filter=task_filter).write(tmp_path / "b.docx")
    )
    assert len(word.tables[0].rows) < len(rows)


def test_a_filter_keeping_nothing_is_refused_before_anything_is_written(ws, plan_id, tmp_path):
    with pytest.raises(InvalidInputError) as error:
        ws.documents.annex(plan_id, "pdf", task_filter=TaskFilter(units=("Không có đơn vị này",)))
    assert error.value.code == "document.empty_selection"
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_status_names_in_vietnamese_or_as_keys():
    assert TaskFilter.parse_status("hoan thanh") == "done"
    assert TaskFilter.parse_status("Chưa thực hiện") == "not_started"
    assert TaskFilter.parse_status("in_progress") == "in_progress"
    with pytest.raises(InvalidInputError):
        TaskFilter.parse_status("xong rồi")


# --- Excel and Word: read back, and imported back -----------------------------------------------


def _annex_content(ws, plan_id):
    doc = ws.plans.document(plan_id)
    return [
        (s.code, s.title, [(i.number, i.objective, i.rows, [c.number for c in i.children]) for i in s.items])
        for s in doc.sections
    ]


@pytest.mark.parametrize(("kind", "fmt"), [("annex", "xlsx"), ("annex", "docx"), ("plan", "docx")])
def test_exported_annex_imports_back_to_the_same_plan_content(
    ws, data_dir, plan_id, tmp_path, capsys, kind, fmt
):
    target = tmp_path / f"xuat.{fmt}"
    ws.documents.export(kind, plan_id, fmt, target)
    ws.close()
    code, out, err = run(capsys, data_dir, "import-annex", target, "--new-plan", "Nhập lại")
    assert code == 0, err
    from cchc_desktop.services.workspace import Workspace

    with Workspace.open(data_dir) as again:
        back = next(p for p in again.plans.all() if p.title == "Nhập lại")
        assert _annex_content(again, back.id) == _annex_content(again, plan_id)


def test_workbook_print_set_up_and_word_format(ws, plan_id, tmp_path):
    sheet = openpyxl.load_workbook(ws.documents.annex(plan_id, "xlsx").write(tmp_path / "p.xlsx")).active
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows and sheet.freeze_panes
    word = docx.Document(ws.documents.plan(plan_id, "docx").write(tmp_path / "k.docx"))
    text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert word.sections[0].page_width < word.sections[0].page_height  # portrait body
    assert word.sections[-1].page_width > word.sections[-1].page_height  # landscape annex


# --- refusing, cancelling, threads -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "fmt"), [("plan", "xlsx"), ("progress", "docx"), ("score", "docx"), ("annex", "odt")]
)
def test_pairs_that_make_no_sense_are_refused(kind, fmt):
    with pytest.raises(UsageError) as error:
        check_format(kind, fmt)
    assert error.value.code == "document.bad_format"
    assert all(f in error.value.message for f in KIND_FORMATS[kind])


def test_cli_refuses_a_plan_as_a_workbook_with_a_clear_message(ws, data_dir, plan_id, tmp_path, capsys):
    ws.close()
    code, _, err = run(
        capsys, data_dir, "export", "plan", plan_id, "--format", "xlsx", "-o", tmp_path / "x.xlsx"
    )
    assert code == 2 and "không xuất được ra xlsx" in err and "pdf, docx" in err
    code, _, err = run(capsys, data_dir, "export", "annex", plan_id, "-o", tmp_path / "x.odt")
    assert code == 2 and "--format" in err
    assert not list(tmp_path.glob("x.*"))


def test_writing_needs_no_database_and_runs_in_another_thread(ws, plan_id, tmp_path):
    prepared = [
        ws.documents.plan(plan_id, "pdf"),
        ws.documents.annex(plan_id, "xlsx"),
        ws.documents.plan(plan_id, "docx"),
    ]
    ws.close()  # the worker never touches the database
    done: list[Path] = []
    threads = [
        threading.Thread(target=lambda p=p, i=i: done.append(p.write(tmp_path / f"{i}.{p.fmt}")))
        for i, p in enumerate(prepared)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(done) == 3 and all(path.stat().st_size > 1000 for path in done)


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "docx"])
def test_a_cancelled_export_writes_nothing(ws, plan_id, tmp_path, fmt):
    job = Job()
    job.cancel()
    with pytest.raises(CancelledError):
        ws.documents.annex(plan_id, fmt).write(tmp_path / f"x.{fmt}", job)
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no file, no temporary left


def test_progress_reaches_the_job(ws, plan_id, tmp_path):
    seen: list[tuple[int, int]] = []
    ws.documents.annex(plan_id, "pdf").write(
        tmp_path / "a.pdf", Job(lambda done, total: seen.append((done, total)))
    )
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_print_bytes_are_the_exported_pdf(ws, plan_id, tmp_path):
    prepared = ws.documents.annex(plan_id, "pdf")
    data = prepared.pdf_bytes()
    assert len(reader(data).pages) == len(reader(prepared.write(tmp_path / "a.pdf").read_bytes()).pages)
    with pytest.raises(UsageError):
        ws.documents.annex(plan_id, "xlsx").pdf_bytes()


# --- the command line ------------------------------------------------------------------------------


def test_cli_exports_every_document_of_a_plan(ws, data_dir, plan_id, tmp_path, capsys):
    ws.close()
    for kind, fmt in [
        ("plan", "pdf"),
        ("plan", "docx"),
        ("annex", "pdf"),
        ("annex", "xlsx"),
        ("annex", "docx"),
    ]:
        target = tmp_path / f"{kind}.{fmt}"
        code, _, err = run(capsys, data_dir, "export", kind, plan_id, "--format", fmt, "-o", target)
        assert code == 0 and target.stat().st_size > 0 and "Đã xuất" in err
    code, _, err = run(
        capsys, data_dir, "export", "annex", plan_id, "--unit", "Phòng VHXH", "--status", "chưa thực hiện",
        "--section", "I", "-o", tmp_path / "loc.pdf",
    )  # fmt: skip
    assert code == 0 and "bảng nhiệm vụ" in err
    assert "Lĩnh vực: I" in all_text(reader((tmp_path / "loc.pdf").read_bytes()))


def test_the_export_command_loads_no_heavy_library(data_dir, tmp_path, capsys):
    """``cchc export annex … --format pdf`` runs without openpyxl, python-docx, jsonschema or
    the scoring core (the 500-row annex must come out in half a second, start-up included)."""
    assert run(capsys, data_dir, "--demo", "plans")[0] == 0
    script = f"""
import json, sys
heavy = ("openpyxl", "docx", "jsonschema", "cchc_desktop.scoring")
def loaded():
    return sorted(m for m in sys.modules if m in heavy or m.startswith(tuple(h + "." for h in heavy)))
from cchc_desktop.cli import main
import cchc_desktop.cli.cmd_documents, cchc_desktop.services.documents
at_start = loaded()
code = main(["--data-dir", {str(data_dir)!r}, "export", "annex", "1", "--format", "pdf",
             "-o", {str(tmp_path / "a.pdf")!r}])
print(json.dumps({{"code": code, "at_start": at_start, "after": loaded()}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "at_start": [], "after": []}


def test_a_task_table_of_what_the_register_shows(ws, plan_id, tmp_path):
    from cchc_desktop.services.register import RegisterFilter

    rows = [row for _s, _i, row in ws.plans.document(plan_id).all_rows()]
    ws.register.set_progress(rows[2].uuid, "done", done_on=ws.today())
    wanted = RegisterFilter(statuses=frozenset({"done"}))
    prepared = ws.documents.annex(plan_id, "xlsx", register_filter=wanted)
    assert prepared.kind == "tasks" and prepared.info["rows"] == 1
    sheet = openpyxl.load_workbook(prepared.write(tmp_path / "xong.xlsx")).active
    values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert any("Trạng thái: Hoàn thành" in v for v in values)
    with pytest.raises(InvalidInputError):
        ws.documents.annex(plan_id, "pdf", register_filter=RegisterFilter(search="khong co chu nay"))
