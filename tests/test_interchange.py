"""Interchange format v1: validation, NFC, and the lossless JSON → database → JSON round trip."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path

import jsonschema
import pytest

from cchc_desktop import interchange, paths
from cchc_desktop.errors import InvalidInputError

DOCS = Path(__file__).resolve().parent.parent / "docs" / "interchange.md"


def _demo_json() -> dict:
    return json.loads(paths.demo_plan_path().read_text(encoding="utf-8"))


def _write(tmp_path, data, name="plan.json") -> Path:
    target = tmp_path / name
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def test_demo_round_trip_through_the_database_is_lossless(store, tmp_path):
    original = _demo_json()
    plan_id = store.insert_plan(interchange.document_from_dict(original))
    out = tmp_path / "out.json"
    interchange.write_plan_file(store.load_plan(plan_id), out)
    assert json.loads(out.read_text(encoding="utf-8")) == original
    # and the bytes are stable on a second trip
    second_id = store.insert_plan(interchange.read_plan_file(out))
    assert interchange.dumps_plan(store.load_plan(second_id)) == out.read_text(encoding="utf-8")


def test_group_items_continuation_rows_and_empty_cells_survive(store, tmp_path):
    data = _demo_json()
    group = {"number": "9", "objective": "Nhóm nhiệm vụ", "rows": [], "children": [
        {"number": "9.1", "objective": "", "rows": [
            {"task": "Nhiệm vụ gộp", "activity": "Hoạt động 1", "result": "", "lead": ["Phòng VHXH"],
             "partners": [], "due_text": "Quý I", "budget": ""},
            {"task": "", "activity": "Hoạt động 2", "result": "Báo cáo", "lead": ["Đơn vị mới tinh"],
             "partners": ["Phòng VHXH", "Phòng VHXH"], "due_text": "", "budget": "Ngân sách xã"}],
         "children": [{"number": "9.1.1", "objective": "Cấp ba", "rows": [], "children": []}]},
        {"number": "9.2", "objective": "Thứ hai", "rows": [], "children": []}]}
    data["sections"][0]["items"].append(group)
    plan_id = store.insert_plan(interchange.document_from_dict(data))
    assert interchange.document_to_dict(store.load_plan(plan_id)) == data


def test_text_is_stored_and_written_in_nfc(store):
    data = _demo_json()
    decomposed = unicodedata.normalize("NFD", "Kế hoạch cải cách hành chính Đặc biệt")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    data["plan"]["title"] = decomposed
    data["sections"][0]["items"][0]["rows"][0]["lead"] = [unicodedata.normalize("NFD", "Phòng Tư pháp")]
    plan_id = store.insert_plan(interchange.document_from_dict(data))
    title = store.conn.execute("SELECT title FROM plans WHERE id = ?", [plan_id]).fetchone()[0]
    assert title == unicodedata.normalize("NFC", decomposed)
    text = interchange.dumps_plan(store.load_plan(plan_id))
    assert unicodedata.is_normalized("NFC", text)
    assert "Phòng Tư pháp" in text


def test_schema_accepts_the_demo_and_the_documented_example():
    schema = json.loads(paths.interchange_schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_demo_json(), schema)
    example = re.search(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S).group(1)
    doc = interchange.document_from_dict(json.loads(example))
    assert doc.plan.issued_date.isoformat() == "2026-01-15"
    assert doc.counts().rows == 2


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d.update(format="something-else"), "không phải là kế hoạch CCHC"),
    (lambda d: d.update(version=2), "phiên bản CCHC Desktop mới hơn"),
    (lambda d: d["plan"].update(issued_date="2025-02-30"), "không tồn tại"),
    (lambda d: d["plan"].update(issued_date="30/02/2025"), "NNNN-TT-NN"),
    (lambda d: d["plan"].update(period={"kind": "half_year", "year": 2025, "half": 3}), "kỳ kế hoạch"),
    (lambda d: d["plan"].update(period={"kind": "multi_year", "start_year": 2030, "end_year": 2026}),
     "năm bắt đầu 2030"),
    (lambda d: d["plan"].update(title="   "), "plan.title: không được để trống"),
    (lambda d: d["sections"][1]["items"][0]["rows"][0].update(lead="Phòng VHXH"),
     "sections[1].items[0].rows[0].lead: phải là danh sách"),
    (lambda d: d["sections"][0].pop("code"), "thiếu trường bắt buộc «code»"),
    (lambda d: d["sections"][0]["items"][0].update(number=12), "phải là chuỗi"),
])
def test_invalid_documents_are_refused_with_vietnamese_messages(tmp_path, store, mutate, expected):
    data = copy.deepcopy(_demo_json())
    mutate(data)
    with pytest.raises(InvalidInputError) as caught:
        interchange.read_plan_file(_write(tmp_path, data))
    assert expected in caught.value.message
    assert store.plan_count() == 0


def test_broken_files_are_reported(tmp_path, monkeypatch):
    not_json = tmp_path / "a.json"
    not_json.write_text('{"format": "cchc-plan", ', encoding="utf-8")
    with pytest.raises(InvalidInputError, match="không phải JSON hợp lệ"):
        interchange.read_plan_file(not_json)
    latin1 = tmp_path / "b.json"
    latin1.write_bytes('{"tên": "Hà"}'.encode("latin-1"))
    with pytest.raises(InvalidInputError, match="UTF-8"):
        interchange.read_plan_file(latin1)
    with pytest.raises(InvalidInputError, match="Không tìm thấy"):
        interchange.read_plan_file(tmp_path / "missing.json")
    monkeypatch.setattr(interchange, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InvalidInputError, match="quá lớn"):
        interchange.read_plan_file(paths.demo_plan_path())
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    monkeypatch.setattr(interchange, "MAX_FILE_BYTES", 10_000_000)
    with pytest.raises(InvalidInputError):
        interchange.read_plan_file(deep)


def test_unknown_keys_are_ignored(tmp_path):
    data = _demo_json()
    data["generator"] = {"name": "tool X"}
    data["sections"][0]["colour"] = "blue"
    doc = interchange.read_plan_file(_write(tmp_path, data))
    assert doc.counts().items == 43


def test_disk_full_while_writing_leaves_the_old_file_and_no_temporary(tmp_path, demo_doc, monkeypatch):
    import errno
    import os

    from cchc_desktop import fileio
    from cchc_desktop.errors import OutputError

    target = tmp_path / "plan.json"
    target.write_text("old content", encoding="utf-8")

    def full_disk(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full_disk)
    with pytest.raises(OutputError, match="Ổ đĩa đã đầy"):
        interchange.write_plan_file(demo_doc, target)
    assert target.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["plan.json"], "the temporary file must be removed"
