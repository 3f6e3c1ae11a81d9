"""``cchc import-annex``: what it prints, what it writes, and that a failure writes nothing."""

from __future__ import annotations

import io
import sqlite3
import sys
import unicodedata

import pytest
from annex_fixtures import (
    commune_table,
    demo_sections,
    province_table,
    write_docx,
    write_docx_without_table,
    write_xlsx,
)

from cchc_desktop import cli
from cchc_desktop.domain import Period
from cchc_desktop.importers.annex import sources
from cchc_desktop.services.workspace import Workspace
from cchc_desktop.storage.units import UnitResolver


def run(capsys, data_dir, *args):
    code = cli.run(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def db_bytes(data_dir) -> bytes:
    return (data_dir / "cchc.sqlite3").read_bytes()


def counts(data_dir) -> tuple[int, int, int, int]:
    conn = sqlite3.connect(data_dir / "cchc.sqlite3")
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("plans", "annex_items", "annex_rows", "units")
        )
    finally:
        conn.close()


@pytest.fixture
def demo_dir(tmp_path, capsys):
    """A data folder holding the demo plan (ID 1), closed, so its file can be compared byte for byte."""
    folder = tmp_path / "data"
    code, _, _ = run(capsys, folder, "--demo")
    assert code == 0
    return folder


def test_new_plan_from_the_commune_workbook(tmp_path, capsys):
    data_dir = tmp_path / "data"
    path = write_xlsx(tmp_path / "phu-luc-cua-tung.xlsx", commune_table())
    code, out, _ = run(capsys, data_dir, "import-annex", path)
    assert code == 0, out
    assert "Bảng: «Phụ lục» (bảng 2/2" in out
    assert "Kết quả/Sản phẩm ← cột 5 «Kết quả/Sản phẩm»" in out
    assert "  I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 6 nhiệm vụ, 6 dòng" in out
    assert "  II  CẢI CÁCH THỂ CHẾ: 7 nhiệm vụ, 11 dòng" in out
    assert "  VII  XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ: 8 nhiệm vụ, 8 dòng" in out
    assert "Tổng: 7 lĩnh vực, 43 nhiệm vụ, 48 dòng" in out
    assert "  - Đoàn kiểm tra CCHC của xã" in out
    assert "Cảnh báo" not in out
    assert "Đã tạo kế hoạch 1:" in out
    with Workspace.open(data_dir) as opened:
        doc = opened.plans.document(1)
        unit_names = {u.name for u in opened.units.all()}
    # Through the database and back: the register of the demo plan, row for row.
    assert doc.sections == demo_sections()
    assert doc.plan.title == "CHI TIẾT CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2025 CỦA XÃ CỬA TÙNG"
    assert doc.plan.period == Period("half_year", year=2025, half=2)
    assert doc.plan.annex_note.startswith("(Ban hành kèm theo")
    assert {"Phòng VHXH", "Trung tâm PVHCC", "Đoàn kiểm tra CCHC của xã"} <= unit_names
    assert {u.name for u in doc.units} == unit_names


def test_dry_run_prints_everything_and_writes_nothing(demo_dir, tmp_path, capsys):
    path = write_docx(tmp_path / "khung.docx", province_table())
    before = db_bytes(demo_dir)
    code, out, _ = run(capsys, demo_dir, "import-annex", path, "--new-plan", "Khung 2026", "--dry-run")
    assert code == 0
    assert "  I  CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC: 3 nhiệm vụ, 7 dòng" in out
    assert "Tổng: 2 lĩnh vực, 5 nhiệm vụ, 10 dòng" in out
    assert "Cảnh báo (dòng 2): Lĩnh vực I ghi 8 nhiệm vụ nhưng nhập được 3 nhiệm vụ." in out
    assert out.rstrip().endswith("Chưa ghi gì (--dry-run).")
    assert db_bytes(demo_dir) == before


def test_new_plan_title_option_and_period_from_the_annex(tmp_path, capsys):
    data_dir = tmp_path / "data"
    path = write_docx(tmp_path / "khung.docx", province_table())
    code, out, _ = run(capsys, data_dir, "import-annex", path, "--new-plan", "Kế hoạch CCHC tỉnh 2026")
    assert code == 0
    assert "Đã tạo kế hoạch 1: «Kế hoạch CCHC tỉnh 2026» (Năm 2026; 5 nhiệm vụ, 10 dòng)." in out
    with Workspace.open(data_dir) as opened:
        [summary] = opened.plans.all()
    assert (summary.counts.sections, summary.counts.tasks, summary.counts.rows) == (2, 5, 10)


def test_plan_option_appends_after_the_existing_register(demo_dir, tmp_path, capsys):
    path = write_docx(tmp_path / "khung.docx", province_table())
    with Workspace.open(demo_dir) as opened:
        before = opened.plans.document(1)
    code, out, _ = run(capsys, demo_dir, "import-annex", path, "--plan", "Cửa Tùng")
    assert code == 0
    assert "Đã thêm 5 nhiệm vụ, 10 dòng vào kế hoạch 1." in out
    with Workspace.open(demo_dir) as opened:
        after = opened.plans.document(1)
        assert len(opened.plans.all()) == 1
    # "II CẢI CÁCH THỂ CHẾ" exists: its items go after the plan's own. The province's section I
    # has another title, so it is a new section at the end.
    assert [(s.code, s.title) for s in after.sections] == [(s.code, s.title) for s in before.sections] + [
        ("I", "CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC")
    ]
    ii_before, ii_after = before.sections[1], after.sections[1]
    assert ii_after.items[:7] == ii_before.items
    assert [i.number for i in ii_after.items[7:]] == ["4", "5"]
    assert after.sections[-1].items[0].objective.startswith("1.1. 100%")
    assert before.sections[0] == after.sections[0]
    assert "Sở Tư pháp" in {u.name for u in after.units}


def test_appending_merges_a_section_by_folded_title(demo_dir, capsys, monkeypatch):
    pasted = (
        "TT\tMục tiêu\tNhiệm vụ\tChủ trì\n"
        "II\tCải cách thể chế\n"
        "8\tTheo dõi thi hành pháp luật\tBáo cáo theo dõi\tVăn phòng HĐND&UBND\n"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pasted.encode("utf-8")), encoding="utf-8"))
    code, out, _ = run(capsys, demo_dir, "import-annex", "-", "--plan", "1")
    assert code == 0, out
    with Workspace.open(demo_dir) as opened:
        doc = opened.plans.document(1)
    assert len(doc.sections) == 7
    assert [i.number for i in doc.sections[1].items] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert doc.sections[1].items[-1].rows[0].lead == ["Văn phòng HĐND&UBND"]


def test_a_failure_half_way_through_appending_writes_nothing(demo_dir, tmp_path, capsys, monkeypatch):
    path = write_xlsx(tmp_path / "phu-luc.xlsx", commune_table())
    before, before_counts = db_bytes(demo_dir), counts(demo_dir)
    original = UnitResolver.resolve
    calls = []

    def resolve_then_fail(self, label):
        calls.append(label)
        if len(calls) > 20:  # after sections, items and rows have been inserted
            raise RuntimeError("đĩa hỏng giữa chừng")
        return original(self, label)

    monkeypatch.setattr(UnitResolver, "resolve", resolve_then_fail)
    with pytest.raises(RuntimeError, match="giữa chừng"):
        cli.run(["--data-dir", str(demo_dir), "import-annex", str(path), "--plan", "1"])
    capsys.readouterr()
    assert len(calls) == 21
    assert counts(demo_dir) == before_counts
    assert db_bytes(demo_dir) == before


def test_append_to_a_missing_plan_is_not_found(demo_dir, tmp_path, capsys):
    path = write_xlsx(tmp_path / "phu-luc.xlsx", commune_table())
    before = db_bytes(demo_dir)
    code, _, err = run(capsys, demo_dir, "import-annex", path, "--plan", "99")
    assert code == 3
    assert "Không tìm thấy kế hoạch «99»" in err
    assert db_bytes(demo_dir) == before


def test_plan_and_new_plan_exclude_each_other(demo_dir, tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.run(["--data-dir", str(demo_dir), "import-annex", "x.xlsx", "--plan", "1", "--new-plan", "A"])
    assert exited.value.code == 2
    assert "không dùng cùng với" in capsys.readouterr().err


def _txt_renamed(tmp_path):
    path = tmp_path / "bang.xlsx"
    path.write_text("TT\tNhiệm vụ\n1\tKiểm tra\n", encoding="utf-8")
    return path


def _ole2(tmp_path):
    path = tmp_path / "cu.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    return path


def _truncated(tmp_path):
    good = write_docx(tmp_path / "good.docx", province_table())
    path = tmp_path / "dang-tai.docx"
    path.write_bytes(good.read_bytes()[:-300])
    return path


def _no_table(tmp_path):
    return write_docx_without_table(tmp_path / "khong-bang.docx")


def _too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 2048)
    return write_xlsx(tmp_path / "lon.xlsx", commune_table())


@pytest.mark.parametrize(
    "make, message",
    [
        (_txt_renamed, "Tệp «bang.xlsx» không phải Excel (.xlsx) hoặc Word (.docx)."),
        (_ole2, "được đặt mật khẩu, hoặc là định dạng Excel/Word cũ (.xls/.doc)"),
        (_truncated, "bị hỏng hoặc chưa được tải về/chép trọn vẹn"),
        (_no_table, "Không tìm thấy bảng phụ lục nhiệm vụ trong tệp «khong-bang.docx»"),
        (_too_large, "quá lớn"),
    ],
    ids=["txt-renamed", "ole2", "truncated-zip", "docx-without-table", "too-large"],
)
def test_bad_files_leave_the_database_as_it_was(demo_dir, tmp_path, capsys, monkeypatch, make, message):
    path = make(tmp_path, monkeypatch) if make is _too_large else make(tmp_path)
    before, before_counts = db_bytes(demo_dir), counts(demo_dir)
    for extra in ([], ["--plan", "1"]):
        code, out, err = run(capsys, demo_dir, "import-annex", path, *extra)
        assert code == 4
        assert message in err and err.startswith("Lỗi: ")
        assert "Đã " not in out
    assert counts(demo_dir) == before_counts
    assert db_bytes(demo_dir) == before


def test_imported_text_is_nfc_in_the_database(tmp_path, capsys):
    table = province_table()
    table.header = [unicodedata.normalize("NFD", h) for h in table.header]
    table.rows = [
        [unicodedata.normalize("NFD", c) if isinstance(c, str) else c for c in row] for row in table.rows
    ]
    assert unicodedata.normalize("NFD", "Sở Nội vụ") in table.rows[1]
    data_dir = tmp_path / "data"
    code, out, _ = run(capsys, data_dir, "import-annex", write_xlsx(tmp_path / "nfd.xlsx", table))
    assert code == 0, out
    conn = sqlite3.connect(data_dir / "cchc.sqlite3")
    try:
        texts = [
            v
            for row in conn.execute(
                "SELECT s.title, i.objective, r.task, r.activity, r.result, r.due_text, r.budget "
                "FROM annex_rows r JOIN annex_items i ON i.id = r.item_id "
                "JOIN annex_sections s ON s.id = i.section_id"
            )
            for v in row
        ]
        texts += [row[0] for row in conn.execute("SELECT label FROM annex_row_units")]
        texts += [row[0] for row in conn.execute("SELECT name FROM units")]
    finally:
        conn.close()
    assert len(texts) > 60 and any(t for t in texts if t != t.encode("ascii", "ignore").decode())
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert "Sở Nội vụ" in texts


def test_stdin_paste_creates_a_plan_for_this_year(tmp_path, capsys, monkeypatch):
    import datetime as dt

    pasted = (
        'STT\tNhiệm vụ\t"Kết quả, sản phẩm"\tChủ trì\tThời gian\n'
        "I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\n"
        '1\t"Xây dựng\nkế hoạch"\tKế hoạch\tPhòng VHXH\tQuý I\n'
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pasted.encode("utf-8")), encoding="utf-8"))
    data_dir = tmp_path / "data"
    code, out, _ = run(capsys, data_dir, "import-annex", "-")
    assert code == 0, out
    assert "  I  CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH: 1 nhiệm vụ, 1 dòng" in out
    with Workspace.open(data_dir) as opened:
        doc = opened.plans.document(1)
    assert doc.plan.period == Period("year", year=dt.date.today().year)
    assert doc.sections[0].items[0].rows[0].task == "Xây dựng\nkế hoạch"


_QT_BLOCKER = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt bị chặn trong bài kiểm tra: ' + name)
        return None
sys.meta_path.insert(0, BlockQt())
"""


def test_whole_import_runs_with_qt_blocked(tmp_path):
    import subprocess

    path = write_docx(tmp_path / "khung.docx", province_table())
    code = _QT_BLOCKER + (
        "from cchc_desktop.cli import main\n"
        f"rc = main(['--data-dir', {str(tmp_path / 'd')!r}, 'import-annex', {str(path)!r}])\n"
        "assert not any(k.split('.')[0] in ('PySide6', 'shiboken6') for k in sys.modules)\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Đã tạo kế hoạch 1" in result.stdout
