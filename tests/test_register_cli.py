"""The register's command line (a contract): cchc tasks, progress, dashboard, evidence, targets,
duplicate — text and --json, and bad input with its exit code, nothing written."""

from __future__ import annotations

import json

import pytest

from cchc_desktop import cli
from cchc_desktop.services.workspace import Workspace


def run(capsys, data_dir, *args):
    try:
        code = cli.run(["--data-dir", str(data_dir), *map(str, args)])
    except SystemExit as stop:  # argparse: a wrong command line
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_dir(tmp_path, capsys):
    folder = tmp_path / "data"
    assert run(capsys, folder, "--demo")[0] == 0
    return folder


def tasks(capsys, folder, *args):
    code, out, err = run(capsys, folder, "tasks", "1", "--json", *args)
    assert code == 0, err
    return json.loads(out)


def log_lines(folder) -> int:
    with Workspace.open(folder) as ws:
        return len(ws.log.entries(None, None))


def test_tasks_json_has_the_contract_fields_in_annex_order(demo_dir, capsys):
    rows = tasks(capsys, demo_dir, "--as-of", "2025-10-15")
    assert len(rows) == 48
    first = rows[0]
    for key in ("id", "section", "item", "task", "activity", "result", "lead", "partners", "due_text", "due",
                "status", "done_on", "note", "evidence"):  # fmt: skip
        assert key in first
    assert first["section"] == "I" and first["item"] == "1" and first["lead"] == ["Phòng VHXH"]
    assert first["due"] == {"kind": "deadline", "start": "2025-07-01", "end": "2025-07-31"}
    assert first["status"] == "not_started" and first["done_on"] is None and first["evidence"] == 0
    unknown = next(r for r in rows if r["due"]["kind"] == "unknown")
    assert unknown["due"] == {"kind": "unknown", "start": None, "end": None}
    assert [r["section"] for r in rows] == sorted(
        [r["section"] for r in rows], key=["I", "II", "III", "IV", "V", "VI", "VII"].index
    )


def test_tasks_filters(demo_dir, capsys):
    every = tasks(capsys, demo_dir, "--as-of", "2025-10-15")
    overdue = tasks(capsys, demo_dir, "--overdue", "--as-of", "2025-10-15")
    assert {r["id"] for r in overdue} == {
        r["id"] for r in every if r["due"]["end"] and r["due"]["end"] < "2025-10-15"
    }
    soon = tasks(capsys, demo_dir, "--due-within", "45", "--as-of", "2025-10-15")
    assert {r["due_text"] for r in soon} >= {"Trước ngày 18/11/2025", "Hoàn thành trước 25/11 hàng năm"}
    assert all(r["section"] == "III" for r in tasks(capsys, demo_dir, "--section", "III"))
    by_unit = tasks(capsys, demo_dir, "--unit", "phong vhxh")
    assert by_unit and all(
        {"Phòng VHXH", "Phòng Văn hóa – Xã hội"} & {*r["lead"], *r["partners"]} for r in by_unit
    )
    found = tasks(capsys, demo_dir, "--search", "TRUNG TAM PVHCC")
    assert found and all(
        "Trung tâm PVHCC" in (*r["lead"], *r["partners"]) or "PVHCC" in r["task"] + r["activity"]
        for r in found
    )
    assert tasks(capsys, demo_dir, "--status", "done") == []
    code, out, _err = run(capsys, demo_dir, "tasks", "1", "--search", "kiem tra")
    assert code == 0 and "kiểm tra" in out.lower()


def test_progress_is_one_change_in_the_log_with_evidence(demo_dir, capsys, tmp_path):
    row = tasks(capsys, demo_dir)[0]
    scan = tmp_path / "ke-hoach.pdf"
    scan.write_bytes(b"%PDF ke hoach")
    before = log_lines(demo_dir)
    code, out, err = run(
        capsys, demo_dir, "progress", row["id"], "--status", "done", "--date", "2025-08-02",
        "--note", "Đã ban hành", "--evidence", scan,
    )  # fmt: skip
    assert code == 0, err and "Hoàn thành" in out
    after = tasks(capsys, demo_dir)[0]
    assert (after["status"], after["done_on"], after["note"], after["evidence"]) == (
        "done",
        "2025-08-02",
        "Đã ban hành",
        1,
    )
    assert log_lines(demo_dir) > before
    code, out, _ = run(capsys, demo_dir, "evidence", "list", "--json")
    listed = json.loads(out)
    assert [(d["file_name"], d["rows"]) for d in listed] == [("ke-hoach.pdf", 1)]
    code, out, _ = run(capsys, demo_dir, "progress", row["id"], "--status", "done", "--json")
    assert code == 0 and json.loads(out)["changed"] is False


@pytest.mark.parametrize(
    ("args", "exit_code", "words"),
    [
        (["--status", "finished"], 4, "Trạng thái «finished» không có"),
        (["--status", "cancelled"], 4, "lý do"),
        (["--status", "done", "--date", "2025-02-31"], 4, "không hợp lệ"),
        (["--status", "done", "--date", "31/13/2025"], 4, "không hợp lệ"),
        (["--status", "done", "--evidence", "/khong/co/tep.pdf"], 4, "không phải là một tệp"),
        (["--note", "thiếu trạng thái"], 2, ""),
    ],
)
def test_progress_bad_input_writes_nothing(demo_dir, capsys, args, exit_code, words):
    row = tasks(capsys, demo_dir)[0]
    before = log_lines(demo_dir)
    code, _out, err = run(capsys, demo_dir, "progress", row["id"], *args)
    assert code == exit_code and words in err
    assert log_lines(demo_dir) == before
    assert tasks(capsys, demo_dir)[0] == row


def test_an_unknown_row_is_not_found(demo_dir, capsys):
    code, _out, err = run(
        capsys, demo_dir, "progress", "00000000-0000-4000-8000-000000000000", "--status", "done"
    )
    assert code == 3 and "Không tìm thấy" in err


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["tasks", "1", "--as-of", "2025-13-01"], 4),
        (["tasks", "1", "--due-within", "-3"], 4),
        (["tasks", "1", "--status", "xong"], 4),
        (["tasks", "1", "--due-kind", "soon"], 4),
        (["tasks", "99"], 3),
        (["dashboard", "99"], 3),
        (["dashboard", "1", "--as-of", "hôm qua"], 4),
        (["evidence"], 2),
    ],
)
def test_bad_input_and_unknown_plans(demo_dir, capsys, args, exit_code):
    code, _out, err = run(capsys, demo_dir, *args)
    assert code == exit_code and err


def test_dashboard_text_and_json(demo_dir, capsys):
    row = tasks(capsys, demo_dir)[0]
    run(capsys, demo_dir, "progress", row["id"], "--status", "done", "--date", "2025-08-01")
    code, out, _ = run(capsys, demo_dir, "dashboard", "1", "--as-of", "2025-10-15", "--json")
    board = json.loads(out)
    assert code == 0 and [s["section"] for s in board["sections"]] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
    ]
    first = board["sections"][0]
    for key in ("rows", "done", "in_progress", "overdue", "not_started", "completion"):
        assert key in first
    assert first["done"] == 1 and first["completion"] == round(100 / first["rows"], 1)
    assert board["total"]["rows"] == 48 and board["total"]["done"] == 1 and board["as_of"] == "2025-10-15"
    code, out, _ = run(capsys, demo_dir, "dashboard", "1", "--as-of", "15/10/2025")
    assert code == 0 and "Cả kế hoạch" in out and "16,7 %" in out


def test_evidence_check_exit_codes(demo_dir, capsys, tmp_path):
    assert run(capsys, demo_dir, "evidence", "check")[0] == 0
    row = tasks(capsys, demo_dir)[0]
    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"bien ban kiem tra")
    code, out, _ = run(
        capsys,
        demo_dir,
        "evidence",
        "attach",
        row["id"],
        scan,
        "--number",
        "05/BB-KT",
        "--date",
        "2025-09-30",
    )
    assert code == 0
    code, out, _ = run(capsys, demo_dir, "evidence", "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    stored = next((demo_dir / "evidence").glob("??/*"))
    stored.chmod(0o644)
    stored.write_bytes(b"sua doi")
    code, out, _ = run(capsys, demo_dir, "evidence", "check")
    assert code == 4 and "không khớp" in out
    listed = json.loads(run(capsys, demo_dir, "evidence", "list", "--json")[1])
    assert listed[0]["number"] == "05/BB-KT" and listed[0]["issued_on"] == "2025-09-30"
    code, _out, _ = run(capsys, demo_dir, "evidence", "detach", row["id"], listed[0]["id"])
    assert code == 0 and json.loads(run(capsys, demo_dir, "evidence", "list", "--json")[1]) == []


def test_targets_suggest_add_and_list(demo_dir, capsys):
    code, out, _ = run(capsys, demo_dir, "targets", "1", "--suggest", "--json")
    suggested = json.loads(out)
    assert code == 0 and suggested and {"text", "comparator", "value", "unit", "area"} <= set(suggested[0])
    assert run(capsys, demo_dir, "targets", "1", "--suggest", "--add")[0] == 0
    groups = json.loads(run(capsys, demo_dir, "targets", "1", "--json")[1])
    assert sum(len(g["targets"]) for g in groups) == len(suggested)
    assert json.loads(run(capsys, demo_dir, "targets", "1", "--suggest", "--json")[1]) == []
    code, out, _ = run(capsys, demo_dir, "targets", "1")
    assert code == 0 and "III" in out


def test_duplicate_for_the_next_period(demo_dir, capsys):
    code, out, _ = run(capsys, demo_dir, "duplicate", "1", "--json")
    made = json.loads(out)
    assert code == 0 and made["period"] == "6 tháng đầu năm 2026"
    copied = json.loads(run(capsys, demo_dir, "tasks", str(made["id"]), "--json")[1])
    assert len(copied) == 48 and all(r["status"] == "not_started" for r in copied)
    # Due texts stay as written (the user moves their dates): read against the new period.
    assert copied[0]["due_text"] == "Trước ngày 31/7/2025" and copied[0]["due"]["end"] == "2025-07-31"
    quarter = next(r for r in copied if r["due_text"] == "Quý IV")
    # "Quý IV" with no year, in a plan for 1–6/2026: the nearest fourth quarter (the parser's rule).
    assert quarter["due"] == {"kind": "range", "start": "2025-10-01", "end": "2025-12-31"}
