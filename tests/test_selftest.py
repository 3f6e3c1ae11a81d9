"""The self-test (``cchc selftest``, ``cchc-desktop --self-test``) and the log / console switch.

The self-test itself runs twice here (the command line's, then the window's with its own checks),
~4 s each; tests/test_bundle.py runs it again inside the built bundle."""

from __future__ import annotations

import json
import logging
import shutil
import sys

import pytest

from cchc_desktop import cli, logconsole, paths, selftest
from cchc_desktop.selftest import CheckFailed, SelfTest, SelfTestContext, Step, runner

CORE_KEYS = {
    "resources",
    "database",
    "demo",
    "progress",
    "scoring",
    *(f"{kind}.{fmt}" for kind, fmt in selftest.DOCUMENTS),
    "reimport.xlsx",
    "reimport.docx",
    "package",
    "backup",
}


def test_the_command_runs_every_check_in_a_folder_of_its_own(capsys, tmp_path, monkeypatch):
    data_dir = tmp_path / "that-must-stay-untouched"
    monkeypatch.setenv("CCHC_DATA_DIR", str(data_dir))
    code = cli.run(["--data-dir", str(data_dir), "selftest", "--json"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 0, out + err
    assert report["ok"] and report["kept"] is None
    assert {check["key"] for check in report["checks"]} == CORE_KEYS
    assert all(check["ok"] for check in report["checks"]), report["checks"]
    details = {check["key"]: check["detail"] for check in report["checks"]}
    assert details["demo"] == "7 lĩnh vực, 43 nhiệm vụ, 48 dòng"
    assert "trang" in details["annex.pdf"] and "trang tính" in details["annex.xlsx"]
    assert "khớp với kế hoạch" in details["reimport.docx"]
    assert "nguyên vẹn" in details["package"]
    assert not data_dir.exists()  # the real data folder was never opened nor made


def test_lines_say_what_passed_what_failed_and_what_was_skipped():
    def broken(_ctx: SelfTestContext) -> str:
        raise CheckFailed("thiếu tệp")

    def buggy(_ctx: SelfTestContext) -> str:
        return str(1 / 0)

    test = SelfTest(
        [
            Step("a", "Bước A", lambda ctx: "tốt"),
            Step("b", "Bước B", broken, ("a",)),
            Step("c", "Bước C", lambda ctx: "không chạy", ("b",)),
            Step("d", "Bước D", buggy),
        ]
    )
    seen = []
    report = test.run(seen.append)
    assert [r.line() for r in seen] == [
        "✓ Bước A: tốt",
        "✗ Bước B: thiếu tệp",
        "✗ Bước C: bỏ qua vì bước «Bước B» không đạt",
        "✗ Bước D: lỗi không mong đợi ZeroDivisionError: division by zero",
    ]
    assert not report.ok and len(report.failed) == 3
    assert report.summary().startswith("Kết quả: 3/4 mục KHÔNG đạt")


def test_the_temporary_folder_goes_unless_kept():
    folders = []

    def note_folder(ctx: SelfTestContext) -> str:
        (ctx.folder / "evidence").mkdir()
        locked = ctx.folder / "evidence" / "x.pdf"
        locked.write_bytes(b"%PDF-")
        locked.chmod(0o444)  # as the evidence store keeps its files
        folders.append(ctx.folder)
        return "ok"

    assert SelfTest([Step("a", "A", note_folder)]).run().ok
    assert not folders[0].exists()
    kept = SelfTest([Step("a", "A", note_folder)]).run(keep=True)
    assert kept.folder == folders[1] and folders[1].is_dir()
    runner._remove(folders[1])


def test_a_missing_data_file_is_named(monkeypatch, tmp_path):
    partial = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), partial)
    (partial / "fonts" / "LiberationSerif-Bold.ttf").unlink()
    (partial / "criteria" / "bo-tieu-chi-mau-cap-xa.xlsx").unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: partial)
    with pytest.raises(CheckFailed) as failed:
        selftest.check_resources(SelfTestContext(tmp_path))
    text = str(failed.value.message)
    assert "criteria/bo-tieu-chi-mau-cap-xa.xlsx" in text and "fonts/LiberationSerif-Bold.ttf" in text


def test_a_document_that_does_not_read_back_is_a_failed_line(tmp_path):
    from cchc_desktop.selftest.files import ReadBackError, read_back

    fake = tmp_path / "x.pdf"
    fake.write_bytes(b"not a pdf")
    with pytest.raises(ReadBackError) as failed:
        read_back(fake, "pdf", "Cửa Tùng")
    assert "%PDF-" in str(failed.value.message)


def test_the_window_adds_its_own_checks(qtbot, capsys):
    from cchc_desktop.gui.app import main

    code = main(["--self-test"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert code == 0, out
    assert lines[0].startswith("Tự kiểm tra CCHC Desktop")
    assert not [line for line in lines if line.startswith("✗")], out
    for label in (
        "Phông chữ tiếng Việt",
        "Bản dịch giao diện",
        "Biểu tượng",
        "Cửa sổ chính",
        "In và xem trước",
    ):
        assert any(line.startswith(f"✓ {label}") for line in lines), label
    window_line = next(line for line in lines if line.startswith("✓ Cửa sổ chính"))
    assert "Kế hoạch" in window_line and "Sao lưu" in window_line
    assert lines[-1].startswith("Kết quả: cả")


# --- the log file and the console switch -------------------------------------------------------


@pytest.fixture
def clean_logger(monkeypatch):
    seen: list[type] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, trace: seen.append(kind))
    logger = logging.getLogger(logconsole.LOGGER)
    yield logger
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.mark.parametrize(("value", "wanted"), [("1", True), ("yes", True), ("", False), ("0", False)])
def test_the_console_switch(value, wanted):
    assert logconsole.console_requested({logconsole.ENV_VAR: value}) is wanted


def test_the_log_file_in_the_data_folder(tmp_path, clean_logger, capsys):
    log_file = logconsole.start_logging("cchc-desktop", tmp_path, console=True)
    assert log_file == tmp_path / "logs" / "cchc-desktop.log"
    clean_logger.getChild("qt").warning("Một cảnh báo của Qt")
    try:
        raise ValueError("hỏng")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for handler in clean_logger.handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "cchc-desktop 0" in text and "Một cảnh báo của Qt" in text
    assert "uncaught exception" in text and "ValueError: hỏng" in text
    assert "Một cảnh báo của Qt" in capsys.readouterr().err  # the console copy


def test_the_log_file_is_rotated_at_start(tmp_path, clean_logger):
    folder = tmp_path / "logs"
    folder.mkdir()
    big = folder / "cchc-desktop.log"
    big.write_bytes(b"x" * (logconsole.LOG_BYTES + 1))
    (folder / "cchc-desktop.log.1").write_text("older", encoding="utf-8")
    logconsole.start_logging("cchc-desktop", tmp_path, console=False)
    assert (folder / "cchc-desktop.log.2").read_text(encoding="utf-8") == "older"
    assert (folder / "cchc-desktop.log.1").stat().st_size == logconsole.LOG_BYTES + 1


def test_no_log_file_where_the_data_folder_cannot_be_written(tmp_path, clean_logger):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    assert logconsole.start_logging("cchc-desktop", blocked, console=False) is None
