"""The progress report (quarter, half, year, as of a date), built on the task register's roll-up:
its figures, the rows listed as done and as not done with reasons, the targets met or not; the
PDF and the workbook read back."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from conftest import add_plan
from test_pdf_support import all_text, fonts_of, is_portrait, reader

from cchc_desktop import cli
from cchc_desktop.services.progress_report import period_window, progress_data

AS_OF = dt.date(2025, 11, 30)


@pytest.fixture
def plan_id(ws, demo_doc):
    """The demo plan (July–December 2025): three rows done (one in August, one in October, one
    on 5 December, after the report date), one in progress with a reason, one decided against."""
    plan_id = add_plan(ws, demo_doc)
    rows = [row for _s, _i, row in ws.plans.document(plan_id).all_rows()]
    ws.register.set_progress(rows[0].uuid, "done", done_on=dt.date(2025, 8, 10), note="Đã ban hành KH")
    ws.register.set_progress(rows[1].uuid, "done", done_on=dt.date(2025, 10, 3))
    ws.register.set_progress(rows[2].uuid, "done", done_on=dt.date(2025, 12, 5))
    ws.register.set_progress(rows[3].uuid, "in_progress", reason="Chờ hướng dẫn của tỉnh")
    ws.register.set_progress(rows[4].uuid, "cancelled", reason="Không còn phù hợp")
    ws.targets.add(plan_id, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", target="99", unit="%", reached="99,5")
    ws.targets.add(plan_id, "Số cuộc đối thoại với người dân", target="2", unit="cuộc", reached="1")
    ws.targets.add(plan_id, "Tỷ lệ hài lòng", target="90", unit="%")
    return plan_id


def test_periods_are_the_quarters_halves_and_year():
    assert period_window("q1", 2026)[:2] == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert period_window("q3", 2026)[:2] == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert period_window("h2", 2026)[:2] == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert period_window("year", 2026)[2] == "năm 2026"
    assert period_window("q4", 2026)[2] == "quý IV năm 2026"


def test_figures_are_as_of_the_report_date(ws, plan_id):
    data = progress_data(ws, plan_id, "h2", AS_OF)
    rows = ws.plans.document(plan_id).counts().rows
    assert (data.start, data.end, data.as_of) == (dt.date(2025, 7, 1), dt.date(2025, 12, 31), AS_OF)
    total = data.total
    assert total.rows == rows == sum(a.rows for a in data.areas)
    # Done on 5 December counts as in progress on 30 November.
    assert (total.done, total.cancelled) == (2, 1)
    assert total.in_progress == 2 and total.not_started == rows - 5
    assert total.completion is not None and float(total.completion) == pytest.approx(
        200 / (rows - 1), abs=0.05
    )
    assert [line.done_on for line in data.done] == [dt.date(2025, 8, 10), dt.date(2025, 10, 3)]
    reasons = {line.reason for line in data.not_done}
    assert {"Chờ hướng dẫn của tỉnh", "Không còn phù hợp"} <= reasons
    assert [t.met for t in data.targets] == [True, False, None]


def test_a_quarter_lists_only_what_was_done_in_it(ws, plan_id):
    data = progress_data(ws, plan_id, "q4", AS_OF)
    assert [line.done_on for line in data.done] == [dt.date(2025, 10, 3)]
    assert data.period_label == "quý IV năm 2025"
    later = progress_data(ws, plan_id, "q4", dt.date(2025, 12, 31))
    assert [line.done_on for line in later.done] == [dt.date(2025, 10, 3), dt.date(2025, 12, 5)]


def test_overdue_rows_are_marked_and_listed(ws, plan_id):
    data = progress_data(ws, plan_id, "h2", dt.date(2025, 12, 31))
    overdue = [line for line in data.not_done if line.overdue]
    assert overdue and all(line.status.startswith("Quá hạn") for line in overdue)
    assert data.total.overdue == len(overdue)


def test_pdf_reads_back_in_the_national_format(ws, plan_id, tmp_path):
    prepared = ws.documents.progress(plan_id, "pdf", period="h2", as_of=AS_OF)
    pdf = reader(prepared.write(tmp_path / "bao-cao.pdf").read_bytes())
    text = all_text(pdf)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng cuối năm 2025",
        "Số liệu tính đến ngày 30/11/2025",
        "KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC",
        "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
        "Không đạt",
        "Chờ hướng dẫn của tỉnh",
        "/BC-UBND",
    ):
        assert expected in text, expected
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values())
    assert all(is_portrait(page) for page in pdf.pages)
    assert prepared.suggested_name().startswith("bao-cao-tien-do-6-thang-cuoi-nam-2025")


def test_workbook_reads_back_with_print_set_up(ws, plan_id, tmp_path):
    path = ws.documents.progress(plan_id, "xlsx", period="q4", as_of=AS_OF).write(tmp_path / "bc.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tổng hợp", "Đã hoàn thành", "Chưa hoàn thành"]
    summary = book["Tổng hợp"]
    values = [v for row in summary.iter_rows(values_only=True) for v in row if v is not None]
    assert "Tổng cộng" in values and "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" in values and "Đạt" in values
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.print_title_rows and sheet.freeze_panes
    done = [r for r in book["Đã hoàn thành"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(done) == 1 and done[0][4] == "03/10/2025"
    pending = [r for r in book["Chưa hoàn thành"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert any(r[6] == "Không còn phù hợp" for r in pending)


def test_cli_exports_the_progress_report(ws, data_dir, plan_id, tmp_path, capsys):
    ws.close()
    target = tmp_path / "q4.pdf"
    code = cli.run(
        [
            "--data-dir",
            str(data_dir),
            "export",
            "progress",
            str(plan_id),
            "--period",
            "q4",
            "--as-of",
            "30/11/2025",
            "-o",
            str(target),
        ]
    )
    assert code == 0 and "quý IV năm 2025" in all_text(reader(target.read_bytes()))
    code = cli.run(
        [
            "--data-dir",
            str(data_dir),
            "export",
            "progress",
            str(plan_id),
            "--as-of",
            "31/13/2025",
            "-o",
            str(target),
        ]
    )
    assert code == 4 and "31/13/2025" in capsys.readouterr().err
    code = cli.run(
        ["--data-dir", str(data_dir), "export", "progress", str(plan_id), "-o", str(tmp_path / "x.docx")]
    )
    assert code == 2 and "pdf, xlsx" in capsys.readouterr().err
