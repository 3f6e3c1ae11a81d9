"""What issue 9 asked of ``cchc``: exit codes that mean one thing each, clear messages for output
paths, the trash commands keeping identities, --json on every listing, usual file permissions."""

from __future__ import annotations

import json
import os
import stat

import pytest

from cchc_desktop import cli, paths


def run(capsys, data_dir, *args):
    code = cli.run(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_dir(tmp_path, capsys):
    folder = tmp_path / "data"
    assert run(capsys, folder, "--demo")[0] == 0
    return folder


def test_output_into_a_missing_folder_names_the_folder(demo_dir, tmp_path, capsys):
    code, _, err = run(capsys, demo_dir, "export-json", "1", "-o", tmp_path / "khong-co" / "x.json")
    assert code == 6
    assert "Thư mục" in err and "khong-co" in err and "không tồn tại" in err


def test_output_onto_a_folder_is_said_in_vietnamese(demo_dir, tmp_path, capsys):
    code, _, err = run(capsys, demo_dir, "export-json", "1", "-o", tmp_path)
    assert code == 6 and "là một thư mục" in err and "Is a directory" not in err


def test_exported_files_have_the_usual_permissions(demo_dir, tmp_path, capsys):
    target = tmp_path / "ke-hoach.json"
    old_mask = os.umask(0o022)
    try:
        assert run(capsys, demo_dir, "export-json", "1", "-o", target)[0] == 0
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_an_excel_file_given_to_import_json_points_to_import_annex(demo_dir, tmp_path, capsys):
    workbook = paths.resource("criteria", "bo-tieu-chi-mau-cap-xa.xlsx")
    code, _, err = run(capsys, demo_dir, "import-json", workbook)
    assert code == 4 and "import-annex" in err


def test_a_name_matching_several_plans_is_a_usage_error_not_a_bad_file(demo_dir, capsys):
    run(capsys, demo_dir, "import-json", "--as-copy", paths.demo_plan_path())
    code, _, err = run(capsys, demo_dir, "export-json", "cua tung", "-o", "-")
    assert code == 2 and "khớp với nhiều kế hoạch" in err


def test_delete_trash_and_restore_keep_every_identity(demo_dir, capsys):
    _, out, _ = run(capsys, demo_dir, "export-json", "1", "-o", "-")
    before = json.loads(out)
    code, out, _ = run(capsys, demo_dir, "delete", "1")
    assert code == 0 and "thùng rác" in out
    assert json.loads(run(capsys, demo_dir, "plans", "--json")[1]) == []
    trash = json.loads(run(capsys, demo_dir, "trash", "--json")[1])
    assert [p["uuid"] for p in trash] == [before["plan"]["uuid"]] and trash[0]["deleted_at"]
    code, _, err = run(capsys, demo_dir, "export-json", "1", "-o", "-")
    assert code == 3 and "thùng rác" in err
    assert run(capsys, demo_dir, "trash", "restore", "1")[0] == 0
    _, out, _ = run(capsys, demo_dir, "export-json", "1", "-o", "-")
    assert json.loads(out) == before
    run(capsys, demo_dir, "delete", "1")
    code, out, _ = run(capsys, demo_dir, "trash", "empty")
    assert code == 0 and "1 kế hoạch" in out
    assert json.loads(run(capsys, demo_dir, "trash", "--json")[1]) == []
    code, out, _ = run(capsys, demo_dir, "trash")
    assert "Thùng rác trống" in out


@pytest.mark.parametrize("command", [["plans"], ["trash"], ["backups"], ["log"], ["units"]])
def test_every_listing_offers_json(demo_dir, capsys, command):
    code, out, _ = run(capsys, demo_dir, *command, "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_import_annex_json_prints_the_preview(demo_dir, tmp_path, capsys):
    pasted = tmp_path / "bang.tsv"
    pasted.write_text(
        "TT\tNhiệm vụ\tChủ trì\tThời gian\nI\tCÔNG TÁC CHỈ ĐẠO\n1\tBan hành kế hoạch\tPhòng Mới Lập\t"
        "Quý I\n1\tTrùng số\tPhòng VHXH\tQuý II\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, demo_dir, "import-annex", pasted, "--dry-run", "--json")
    assert code == 0
    preview = json.loads(out)
    assert preview["dry_run"] is True
    assert preview["sections"][0]["code"] == "I" and preview["totals"]["tasks"] == 2
    assert {"column", "header"} <= set(preview["mapping"]["task"])
    assert [u["label"] for u in preview["units"] if u["new"]] == ["Phòng Mới Lập"]
    assert preview["warnings"] and all({"row", "code", "message"} <= set(w) for w in preview["warnings"])


def test_init_creates_the_database(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "moi", "init")
    assert code == 0 and "sẵn sàng" in out
