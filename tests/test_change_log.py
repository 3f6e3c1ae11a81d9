"""The change log (who changed what, old and new value) and the backup commands of ``cchc``."""

from __future__ import annotations

import json
import sqlite3

from conftest import add_plan

from cchc_desktop import cli, paths
from cchc_desktop.storage import session


def run(capsys, *args):
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_plan_change_is_logged_in_its_own_transaction(ws, demo_doc):
    ws.settings.set_user_name("Nguyễn Thị Hoa")
    plan_id = add_plan(ws, demo_doc)
    ws.plans.set_field(plan_id, "number", "12")
    ws.plans.move_to_trash(plan_id)
    entries = ws.log.entries()
    assert [e.action for e in entries] == ["delete", "edit", "create"]
    assert {e.user_name for e in entries} == {"Nguyễn Thị Hoa"}
    assert entries[-1].new_value == "7 lĩnh vực, 43 nhiệm vụ, 48 dòng"
    assert (entries[1].field, entries[1].old_value, entries[1].new_value) == ("number", "", "12")
    assert entries[0].plan_title == demo_doc.plan.title, "the log remembers a deleted plan"
    assert ws.log.entries(plan_id, limit=1)[0].action == "delete"


def test_a_failed_change_leaves_no_log_line(ws, demo_doc, monkeypatch):
    add_plan(ws, demo_doc)
    before = ws.log.entries()
    original = session.Tx.log

    def fail_after_logging(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(session.Tx, "log", fail_after_logging)
    try:
        add_plan(ws, demo_doc)
    except Exception:
        pass
    assert ws.log.entries() == before and len(ws.plans.all()) == 1


def test_cli_log_backup_and_restore(capsys, data_dir, tmp_path):
    d = ["--data-dir", str(data_dir)]
    assert run(capsys, *d, "set-user", "Trần Văn Nam")[0] == 0
    run(capsys, *d, "--demo")
    code, out, _ = run(capsys, *d, "log")
    assert code == 0 and "Trần Văn Nam" in out and "Thêm kế hoạch" in out
    code, out, _ = run(capsys, *d, "log", "1", "--json")
    assert json.loads(out)[0]["action"] == "create"

    code, out, _ = run(capsys, *d, "backup")
    assert code == 0 and "đã kiểm tra toàn vẹn" in out and "1 kế hoạch" in out
    usb = tmp_path / "usb"
    code, out, _ = run(capsys, *d, "backup", "--to", str(usb))
    assert code == 0 and list(usb.glob("cchc-*-manual.sqlite3"))

    run(capsys, *d, "import-json", "--as-copy", str(paths.demo_plan_path()))
    code, out, _ = run(capsys, *d, "backups", "--json")
    listed = json.loads(out)
    assert [b["kind"] for b in listed] == ["manual"] and listed[0]["plans"] == 1
    assert listed[0]["checksum"] == "ok"

    code, out, _ = run(capsys, *d, "restore", "latest")
    assert code == 0 and "Đã khôi phục" in out
    code, out, _ = run(capsys, *d, "plans", "--json")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, *d, "log", "--limit", "1")
    assert "Khôi phục dữ liệu" in out
    code, out, _ = run(capsys, *d, "backups")
    assert "trước khi khôi phục" in out and "2 kế hoạch" in out


def test_cli_restore_after_damage_and_refusals(capsys, data_dir, tmp_path):
    d = ["--data-dir", str(data_dir)]
    code, _, err = run(capsys, *d, "restore", "latest")
    assert code == 3 and "Không có bản sao lưu nào" in err
    code, _, err = run(capsys, *d, "restore", str(tmp_path / "khong-co.sqlite3"))
    assert code == 3
    run(capsys, *d, "--demo", "backup")
    (data_dir / "cchc.sqlite3").write_bytes(b"hong" * 4096)
    for extra in ("cchc.sqlite3-wal", "cchc.sqlite3-shm"):
        (data_dir / extra).unlink(missing_ok=True)
    code, _, err = run(capsys, *d, "plans")
    assert code == 5 and "bị hỏng" in err
    code, out, err = run(capsys, *d, "restore", "latest")
    assert code == 0 and "Đã khôi phục" in out
    code, out, _ = run(capsys, *d, "plans", "--json")
    assert len(json.loads(out)) == 1
    assert len(list(data_dir.glob("cchc-hong-*.sqlite3"))) == 1


def test_change_log_dialog_shows_entries(qtbot, data_dir):
    from cchc_desktop.gui.app import create_application, open_main_window

    create_application()
    window = open_main_window(data_dir)
    qtbot.addWidget(window)
    window.ws.settings.set_user_name("Lê Thị Mai")
    window.files.delete_current_plan()
    window.undo_stack.undo()
    dialog = window.show_change_log()
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() >= 3
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][1] == "Lê Thị Mai" and rows[0][2] == "Khôi phục kế hoạch từ thùng rác"
    assert rows[1][2] == "Xóa kế hoạch (vào thùng rác)"
    window.ws.close()
