"""``cchc``: the headless commands, their output and their exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from cchc_desktop import cli, paths


def run(capsys, *args):
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plans_on_an_empty_database(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "plans")
    assert code == 0
    assert "Chưa có kế hoạch nào" in out


def test_demo_option_loads_the_demo_once(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "--demo", "plans")
    assert code == 0 and "Đã nạp kế hoạch mẫu" in err
    assert "Cửa Tùng" in out and "43" in out
    code, _, err = run(capsys, "plans", "--data-dir", str(data_dir), "--demo")
    assert code == 0 and "không nạp" in err
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "plans", "--json")
    listed = json.loads(out)
    assert len(listed) == 1
    assert len(listed[0]["uuid"]) == 36
    assert listed[0] | {"updated_at": None, "uuid": None} == {
        "id": 1,
        "uuid": None,
        "title": "Kế hoạch Cải cách hành chính nhà nước 06 tháng cuối năm 2025 của xã Cửa Tùng",
        "period": "6 tháng cuối năm 2025",
        "reference": "KH-UBND",
        "issued_date": None,
        "sections": 7,
        "items": 43,
        "tasks": 43,
        "groups": 0,
        "rows": 48,
        "updated_at": None,
        "deleted_at": None,
    }


def test_environment_variable_points_to_the_data_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CCHC_DATA_DIR", str(tmp_path / "via-env"))
    code, _, _ = run(capsys, "--demo")
    assert code == 0
    assert (tmp_path / "via-env" / "cchc.sqlite3").exists()


def test_export_then_import_json(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "--demo")
    target = tmp_path / "xuat.json"
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export-json", "cua tung", "-o", str(target))
    assert code == 0 and "Đã xuất" in err
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["version"] == 2 and len(exported["plan"]["uuid"]) == 36
    assert _without_ids(exported) == _without_ids(
        json.loads(paths.demo_plan_path().read_text(encoding="utf-8"))
    )
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import-json", str(target))
    assert code == 4 and "--as-copy" in err, "the same plan (same id) is not imported twice"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import-json", "--as-copy", str(target))
    assert code == 0 and "Đã nhập kế hoạch 2" in out and "7 lĩnh vực, 43 nhiệm vụ, 48 dòng" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "export-json", "2", "-o", "-")
    assert code == 0 and json.loads(out)["plan"]["place"] == "Cửa Tùng"


def _without_ids(data):
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k not in ("uuid", "version", "numbering")}
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data


def test_dry_run_writes_nothing(capsys, data_dir):
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "import-json", str(paths.demo_plan_path()), "--dry-run"
    )
    assert code == 0 and "Chưa ghi gì" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "plans", "--json")
    assert json.loads(out) == []


def test_ambiguous_and_missing_plans(capsys, data_dir):
    run(capsys, "--data-dir", str(data_dir), "--demo")
    run(capsys, "--data-dir", str(data_dir), "import-json", str(paths.demo_plan_path()))
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export-json", "Cửa Tùng", "-o", "-")
    assert code == 2 and "khớp với nhiều kế hoạch" in err, (
        "an ambiguous name is a command-line problem, not a bad file"
    )
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export-json", "99", "-o", "-")
    assert code == 3 and "Không tìm thấy kế hoạch «99»" in err


def test_bad_input_file_exit_code_and_message(capsys, data_dir, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{khong phai json", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import-json", str(bad))
    assert code == 4 and "không phải JSON hợp lệ" in err


def test_newer_database_exit_code(capsys, data_dir):
    run(capsys, "--data-dir", str(data_dir), "--demo")
    conn = sqlite3.connect(data_dir / "cchc.sqlite3")
    conn.execute("PRAGMA user_version = 42")
    conn.execute("UPDATE settings SET value = '42' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--data-dir", str(data_dir), "plans")
    assert code == 5 and "mới hơn" in err


def test_usage_errors_are_in_vietnamese(capsys, data_dir):
    with pytest.raises(SystemExit) as caught:
        cli.run(["--data-dir", str(data_dir), "export-json", "1"])
    assert caught.value.code == 2
    assert "thiếu tham số bắt buộc" in capsys.readouterr().err
    code, _, err = run(capsys, "--data-dir", str(data_dir))
    assert code == 2 and "cách dùng" in err


def test_real_process_module_entry_point(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "cchc_desktop.cli", "--data-dir", str(tmp_path / "d"), "--demo", "plans"],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "6 tháng cuối năm 2025" in result.stdout.decode("utf-8")
