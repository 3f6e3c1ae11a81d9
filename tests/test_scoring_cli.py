"""``cchc criteria …`` and ``cchc assessment …``: every command, its --json, its exit codes on bad
input (a contract: the spellings stay)."""

from __future__ import annotations

import json

import pytest

from cchc_desktop import cli


def run(capsys, data_dir, *args):
    code = cli.run(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def d(data_dir):
    return data_dir


def test_criteria_commands(capsys, d, tmp_path):
    template = tmp_path / "mau-trong.xlsx"
    code, _out, err = run(capsys, d, "criteria", "template", "-o", str(template))
    assert code == 0 and template.exists() and "mau-trong.xlsx" in err
    code, out, _ = run(capsys, d, "criteria", "list")
    assert code == 0 and "MẪU, không chính thức" in out  # the sample, there without importing
    code, out, _ = run(capsys, d, "criteria", "list", "--json")
    listed = json.loads(out)
    assert (
        len(listed) == 1
        and listed[0]["is_sample"]
        and listed[0]["leaves"] == 54
        and listed[0]["maximum"] == "100"
    )
    code, out, _ = run(capsys, d, "criteria", "show", "mau")
    assert code == 0 and "III.2.1" in out and "Xếp loại: Xuất sắc ≥ 90%" in out
    code, out, _ = run(capsys, d, "criteria", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["format"] == "cchc-criteria" and shown["criteria_set"]["areas"][0]["code"] == "I"
    exported = tmp_path / "bo.xlsx"
    from cchc_desktop.services.workspace import Workspace

    with Workspace.open(d) as ws:
        ws.criteria.export_workbook(1, exported)
    code, out, _ = run(
        capsys, d, "criteria", "import", str(exported), "--name", "Bộ tỉnh Thử", "--year", "2027", "--dry-run"
    )
    assert code == 0 and "chưa ghi" in out
    code, out, _ = run(
        capsys, d, "criteria", "import", str(exported), "--name", "Bộ tỉnh Thử", "--year", "2027", "--json"
    )
    imported = json.loads(out)
    assert code == 0 and imported["set"]["id"] == 2 and imported["year"] == 2027 and not imported["dry_run"]
    code, out, _ = run(capsys, d, "criteria", "import", "--sample", "--json")
    assert json.loads(out)["set"]["id"] == 1
    code, out, _ = run(capsys, d, "criteria", "tiers", "2", "Tốt=80", "Khá=65,5", "Thấp=0", "--json")
    assert code == 0 and json.loads(out)[1] == {"label": "Khá", "from_percent": "65.5"}
    code, _out, err = run(capsys, d, "criteria", "deadline", "2", "15/01")
    assert code == 0 and "15/01" in err


def test_criteria_bad_input(capsys, d, tmp_path):
    template = tmp_path / "trong.xlsx"
    run(capsys, d, "criteria", "template", "-o", str(template))
    code, _out, err = run(capsys, d, "criteria", "import", str(template))
    assert code == 4 and "chưa nhập gì" in err
    code, _out, err = run(capsys, d, "criteria", "import", str(tmp_path / "khong-co.xlsx"))
    assert code == 4
    code, _out, err = run(capsys, d, "criteria", "import")
    assert code == 4 and "--sample" in err
    code, _out, err = run(capsys, d, "criteria", "show", "khong-co-bo-nay")
    assert code == 3
    code, _out, err = run(capsys, d, "criteria", "tiers", "mau", "Tốt")
    assert code == 4 and "TÊN=NGƯỠNG" in err
    code, _out, err = run(capsys, d, "criteria", "tiers", "mau", "Tốt=80", "Khá=70")
    assert code == 4  # no tier from 0 %
    code, _out, err = run(capsys, d, "criteria", "deadline", "mau", "32/13")
    assert code == 4
    code, _out, _err = run(capsys, d, "criteria", "template", "-o", str(tmp_path / "khong" / "co" / "x.xlsx"))
    assert code == 6


def test_assessment_life_cycle(capsys, d, tmp_path):
    code, out, _ = run(capsys, d, "--demo", "assessment", "create", "--criteria", "mau", "--year", "2026")
    assert code == 0 and out.strip() == "1"
    code, out, _ = run(
        capsys,
        d,
        "assessment",
        "create",
        "--criteria",
        "mau",
        "--year",
        "2027",
        "--body",
        "UBND xã Khác",
        "--plan",
        "1",
        "--json",
    )
    created = json.loads(out)
    assert created["id"] == 2 and created["body"] == "UBND xã Khác" and len(created["plan_uuid"]) == 36
    code, out, _ = run(capsys, d, "assessment", "list", "--json")
    assert [a["id"] for a in json.loads(out)] == [2, 1]
    code, out, _ = run(capsys, d, "assessment", "list")
    assert "Ủy ban nhân dân xã Cửa Tùng" in out and "bộ mẫu" in out

    code, out, _ = run(capsys, d, "assessment", "score", "1", "III.2.1", "--figure", "118/120")
    assert code == 0 and "III.2.1: 4/4" in out
    code, out, _ = run(
        capsys,
        d,
        "assessment",
        "score",
        "1",
        "i.1.3",
        "--score",
        "0,75",
        "--explanation",
        "Có kế hoạch chi tiết",
    )
    assert code == 0 and "I.1.3: 0,75/1" in out
    code, out, _ = run(capsys, d, "assessment", "score", "1", "I.2.2", "--na", "Không có yêu cầu")
    assert code == 0
    code, _out, err = run(capsys, d, "assessment", "score", "1", "I.1.3", "--score", "0,8")
    assert code == 4 and "bước 0,25" in err
    code, out, _ = run(capsys, d, "assessment", "summary", "1", "--json")
    summary = json.loads(out)
    assert summary["total"] == "4.75" and summary["applicable_maximum"] == "99" and summary["grade"] == "Yếu"
    assert summary["province_pending"] == ["VIII.1"] and summary["areas"][0]["applicable_maximum"] == "13"
    code, out, _ = run(capsys, d, "assessment", "summary", "1")
    assert code == 0 and "Tổng: 4,75/89 điểm" in out and "Chờ điểm của tỉnh: VIII.1." in out
    code, out, _ = run(capsys, d, "assessment", "history", "1", "I.1.3", "--json")
    assert [x["field"] for x in json.loads(out)] == ["explanation", "self_score"]
    code, out, _ = run(capsys, d, "assessment", "history", "1", "I.1.3")
    assert "0,75" in out
    code, out, _ = run(capsys, d, "assessment", "checklist", "1", "--json")
    kinds = {(x["code"], x["kind"]) for x in json.loads(out)}
    assert ("III.2.1", "no_evidence") in kinds and ("I.1.1", "unscored") in kinds

    form = tmp_path / "phieu.xlsx"
    code, _out, err = run(capsys, d, "assessment", "form", "1", "-o", str(form))
    assert code == 0 and form.exists()
    from openpyxl import load_workbook

    book = load_workbook(form)
    sheet = book["Tự đánh giá"]
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Mã")
    rows = {sheet.cell(r, 1).value: r for r in range(header + 1, sheet.max_row + 1)}
    sheet.cell(rows["I.3.1"], 5, "có")
    book.save(form)
    code, out, _ = run(capsys, d, "assessment", "fill", "1", str(form), "--dry-run", "--json")
    filled = json.loads(out)
    assert filled["dry_run"] and not filled["written"] and filled["changes"][0]["code"] == "I.3.1"
    code, out, err = run(capsys, d, "assessment", "fill", "1", str(form))
    assert code == 0 and "Đã ghi 1 thay đổi" in err
    sheet.cell(rows["I.3.1"], 5, "có lẽ")
    book.save(form)
    code, _out, err = run(capsys, d, "assessment", "fill", "1", str(form))
    assert code == 4 and "I.3.1" in err and "chưa ghi gì" in err

    code, _out, err = run(capsys, d, "assessment", "finalise", "1")
    assert code == 4 and "--force" in err
    code, _out, err = run(capsys, d, "assessment", "finalise", "1", "--force")
    assert code == 0
    code, _out, err = run(capsys, d, "assessment", "score", "1", "I.1.3", "--score", "1")
    assert code == 4 and "đã chốt" in err
    code, out, _ = run(
        capsys, d, "assessment", "appraise", "1", "III.2.1", "--score", "3", "--comment", "Thiếu số liệu"
    )
    assert code == 0
    code, out, _ = run(capsys, d, "assessment", "lost", "1", "--json")
    assert [(x["code"], x["lost"]) for x in json.loads(out)] == [
        ("III", "1"),
        ("III.2", "1"),
        ("III.2.1", "1"),
    ]
    code, out, _ = run(capsys, d, "assessment", "lost", "1")
    assert "III.2.1" in out
    code, _out, err = run(capsys, d, "assessment", "to-plan", "1", "--plan", "1", "III.2.1")
    assert code == 0 and "Đã thêm 1 nhiệm vụ" in err
    code, out, _ = run(capsys, d, "assessment", "revise", "1", "--json")
    assert json.loads(out)["revision"] == 2
    code, _out, _err = run(capsys, d, "assessment", "revise", "1")
    assert code == 4


def test_assessment_bad_input(capsys, d, tmp_path):
    code, _out, _err = run(capsys, d, "assessment", "summary", "9")
    assert code == 3
    code, _out, _err = run(capsys, d, "assessment", "create", "--criteria", "khong-co", "--year", "2026")
    assert code == 3
    code, _out, _err = run(
        capsys, d, "assessment", "create", "--criteria", "mau", "--year", "3000", "--body", "X"
    )
    assert code == 4
    code, _out, err = run(capsys, d, "assessment", "create", "--criteria", "mau", "--year", "2026")
    assert code == 4 and "cơ quan" in err  # no plan, no settings: whose assessment is it?
    run(capsys, d, "assessment", "create", "--criteria", "mau", "--year", "2026", "--body", "UBND xã A")
    code, _out, err = run(
        capsys, d, "assessment", "create", "--criteria", "mau", "--year", "2026", "--body", "UBND xã A"
    )
    assert code == 4 and "Đã có bản chấm điểm" in err
    code, _out, err = run(capsys, d, "assessment", "score", "1", "XX.9", "--score", "1")
    assert code == 4 and "XX.9" in err
    code, _out, err = run(capsys, d, "assessment", "fill", "1", str(tmp_path / "khong-co.xlsx"))
    assert code == 4
    code, _out, err = run(capsys, d, "assessment", "to-plan", "1", "--plan", "9", "I.1.1")
    assert code == 3
    with pytest.raises(SystemExit):
        cli.run(["--data-dir", str(d), "assessment", "create", "--year", "2026"])  # --criteria is required
    capsys.readouterr()
