"""The change log (who changed what, old and new value) and the backup commands of ``cchc``."""

from __future__ import annotations

import json
import sqlite3

from cchc_desktop import cli, database, paths
from cchc_desktop.store import Store


def run(capsys, *args):
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_plan_change_is_logged_in_its_own_transaction(store, demo_doc, monkeypatch):
    store.set_user_name("Nguyễn Thị Hoa")
    plan_id = store.insert_plan(demo_doc)
    section = demo_doc.sections[0]
    added = store.append_annex(plan_id, [section])
    store.remove_appended(added)
    store.delete_plan(plan_id)
    entries = store.change_log()
    assert [e.action for e in entries] == ["delete", "remove-appended", "append", "create"]
    assert {e.user_name for e in entries} == {"Nguyễn Thị Hoa"}
    assert entries[-1].new_value == "7 lĩnh vực, 43 nhiệm vụ, 48 dòng"
    assert entries[0].old_value == "7 lĩnh vực, 43 nhiệm vụ, 48 dòng"
    assert entries[0].plan_title == demo_doc.plan.title, "the log remembers a deleted plan"
    assert entries[2].new_value == "6 nhiệm vụ, 6 dòng (lĩnh vực I)"
    assert store.change_log(plan_id, limit=1)[0].action == "delete"


def test_a_failed_change_leaves_no_log_line(store, demo_doc, monkeypatch):
    store.insert_plan(demo_doc)
    before = store.change_log()
    original = Store._log

    def fail_after_logging(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "_log", fail_after_logging)
    try:
        store.insert_plan(demo_doc)
    except Exception:
        pass
    assert store.change_log() == before and store.plan_count() == 1


def test_upgrading_a_version_1_database_keeps_its_plans_and_starts_the_log(tmp_path, demo_doc):
    db_file = tmp_path / "cchc.sqlite3"
    migrations = database.find_migrations()
    conn = database.connect(db_file)
    database.migrate(conn, db_file, tmp_path / "backups", migrations[:1])  # the first release
    assert database.schema_version(conn) == 1
    conn.execute("INSERT INTO plans (title, period_kind, period_year) VALUES ('Kế hoạch cũ', 'year', 2024)")
    conn.close()
    with Store.open_file(db_file) as store:
        assert store.schema_version == database.latest_version()
        assert [p.title for p in store.list_plans()] == ["Kế hoạch cũ"]
        store.insert_plan(demo_doc)
        assert store.change_log()[0].action == "create"
    assert list((tmp_path / "backups").glob("cchc-*-pre-migration-v1.sqlite3"))


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

    run(capsys, *d, "import-json", str(paths.demo_plan_path()))
    code, out, _ = run(capsys, *d, "backups", "--json")
    listed = json.loads(out)
    assert [b["kind"] for b in listed] == ["manual"] and listed[0]["plans"] == 1

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
    window.store.set_user_name("Lê Thị Mai")
    window.delete_current_plan()
    window.undo_stack.undo()
    dialog = window.show_change_log()
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() >= 2
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][1] == "Lê Thị Mai" and rows[0][2] == "Thêm kế hoạch"
    assert rows[1][2] == "Xóa kế hoạch"
