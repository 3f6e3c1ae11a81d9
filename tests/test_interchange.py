"""Interchange format v2 (reads v1): validation, NFC, identities kept across data folders, nesting
bounded, and the lossless JSON → database → JSON round trip."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from conftest import add_plan

from cchc_desktop import paths
from cchc_desktop.domain import MAX_ITEM_DEPTH
from cchc_desktop.errors import InvalidInputError
from cchc_desktop.interchange import plan_json as interchange
from cchc_desktop.services.workspace import Workspace

DOCS = Path(__file__).resolve().parent.parent / "docs" / "interchange.md"


def _demo_json() -> dict:
    return json.loads(paths.demo_plan_path().read_text(encoding="utf-8"))


def _write(tmp_path, data, name="plan.json") -> Path:
    target = tmp_path / name
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def _without_ids(data):
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k not in ("uuid", "version", "numbering")}
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data


def _store(ws, data) -> int:
    return ws.plans.import_document(interchange.document_from_dict(data)).plan_id


def test_demo_round_trip_through_the_database_is_lossless(ws, tmp_path):
    original = _demo_json()
    plan_id = _store(ws, original)
    out = tmp_path / "out.json"
    interchange.write_plan_file(ws.plans.document(plan_id), out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["version"] == 2 and _without_ids(written) == _without_ids(original)
    # and the bytes are stable on a second trip, through another data folder
    with Workspace.open(tmp_path / "other") as other:
        second_id = _store(other, json.loads(out.read_text(encoding="utf-8")))
        assert interchange.dumps_plan(other.plans.document(second_id)) == out.read_text(encoding="utf-8")


def test_an_exported_plan_keeps_every_id_in_another_data_folder(ws, demo_doc, tmp_path):
    plan_id = add_plan(ws, demo_doc)
    source = ws.plans.document(plan_id)
    out = tmp_path / "ke-hoach.json"
    ws.plans.export_json(plan_id, out)
    with Workspace.open(tmp_path / "may-khac") as other:
        imported = other.plans.import_json(out)
        copy_doc = other.plans.document(imported.plan_id)
        ids = lambda d: (
            [d.uuid]
            + [s.uuid for s in d.sections]
            + [i.uuid for i in d.all_items()]
            + [r.uuid for _s, _i, r in d.all_rows()]
            + sorted(u.uuid for u in d.units)
        )
        assert ids(copy_doc) == ids(source)
        with pytest.raises(InvalidInputError) as caught:
            other.plans.import_json(out)
        assert caught.value.code == "plan.uuid_exists"
        again = other.plans.import_json(out, as_copy=True)
        fresh = other.plans.document(again.plan_id)
        assert fresh == source and not set(ids(fresh)[: -len(source.units)]) & set(ids(source))


def test_a_version_1_file_is_read_and_gets_new_ids(ws):
    data = _demo_json()
    assert data["version"] == 1
    plan_id = _store(ws, data)
    doc = ws.plans.document(plan_id)
    assert len(doc.uuid) == 36 and all(len(r.uuid) == 36 for _s, _i, r in doc.all_rows())


@pytest.mark.parametrize("depth", [MAX_ITEM_DEPTH + 1, 180, 450, 900, 5000])
def test_items_nested_beyond_the_limit_are_refused(tmp_path, depth):
    data = _demo_json()
    data["sections"][0]["items"] = ["NESTED"]
    item = '{"number": "1", "objective": "", "rows": [], "children": [%s]}'
    nested = "%s"
    for _ in range(depth):  # written as text: json.dumps itself cannot nest this deep
        nested = nested % item
    text = json.dumps(data, ensure_ascii=False).replace('"NESTED"', nested % "")
    target = tmp_path / "deep.json"
    target.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        interchange.read_plan_file(target)
    assert caught.value.code == "json.too_deep" and caught.value.exit_code == 4


def test_items_nested_to_the_limit_are_read(tmp_path):
    data = _demo_json()
    item = {"number": "1", "objective": "", "rows": [], "children": []}
    root = item
    for level in range(MAX_ITEM_DEPTH - 1):
        child = {"number": f"1.{level}", "objective": "", "rows": [], "children": []}
        item["children"].append(child)
        item = child
    data["sections"][0]["items"] = [root]
    doc = interchange.read_plan_file(_write(tmp_path, data))
    assert doc.sections[0].items[0].depth() == MAX_ITEM_DEPTH


def test_group_items_continuation_rows_and_empty_cells_survive(ws, tmp_path):
    data = _demo_json()
    group = {
        "number": "9",
        "objective": "Nhóm nhiệm vụ",
        "rows": [],
        "children": [
            {
                "number": "9.1",
                "objective": "",
                "rows": [
                    {
                        "task": "Nhiệm vụ gộp",
                        "activity": "Hoạt động 1",
                        "result": "",
                        "lead": ["Phòng VHXH"],
                        "partners": [],
                        "due_text": "Quý I",
                        "budget": "",
                    },
                    {
                        "task": "",
                        "activity": "Hoạt động 2",
                        "result": "Báo cáo",
                        "lead": ["Đơn vị mới tinh"],
                        "partners": ["Phòng VHXH", "Phòng VHXH"],
                        "due_text": "",
                        "budget": "Ngân sách xã",
                    },
                ],
                "children": [{"number": "9.1.1", "objective": "Cấp ba", "rows": [], "children": []}],
            },
            {"number": "9.2", "objective": "Thứ hai", "rows": [], "children": []},
        ],
    }
    data["sections"][0]["items"].append(group)
    plan_id = _store(ws, data)
    expected = _without_ids(data)
    # The plan's unit list gains the unit its rows name but the list lacked.
    expected["units"].append({"name": "Đơn vị mới tinh", "short_name": ""})
    assert _without_ids(interchange.document_to_dict(ws.plans.document(plan_id))) == expected


def test_text_is_stored_and_written_in_nfc(ws):
    data = _demo_json()
    decomposed = unicodedata.normalize("NFD", "Kế hoạch cải cách hành chính Đặc biệt")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    data["plan"]["title"] = decomposed
    data["sections"][0]["items"][0]["rows"][0]["lead"] = [unicodedata.normalize("NFD", "Phòng Tư pháp")]
    plan_id = _store(ws, data)
    title = ws.db.scalar("SELECT title FROM plans WHERE id = ?", [plan_id])
    assert title == unicodedata.normalize("NFC", decomposed)
    text = interchange.dumps_plan(ws.plans.document(plan_id))
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


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d.update(format="something-else"), "không phải là kế hoạch CCHC"),
        (lambda d: d.update(version=3), "phiên bản CCHC Desktop mới hơn"),
        (lambda d: d["plan"].update(issued_date="2025-02-30"), "không tồn tại"),
        (lambda d: d["plan"].update(issued_date="30/02/2025"), "NNNN-TT-NN"),
        (lambda d: d["plan"].update(period={"kind": "half_year", "year": 2025, "half": 3}), "kỳ kế hoạch"),
        (
            lambda d: d["plan"].update(period={"kind": "multi_year", "start_year": 2030, "end_year": 2026}),
            "năm bắt đầu 2030",
        ),
        (lambda d: d["plan"].update(title="   "), "plan.title: không được để trống"),
        (
            lambda d: d["sections"][1]["items"][0]["rows"][0].update(lead="Phòng VHXH"),
            "sections[1].items[0].rows[0].lead: phải là danh sách",
        ),
        (lambda d: d["sections"][0].pop("code"), "thiếu trường bắt buộc «code»"),
        (lambda d: d["sections"][0]["items"][0].update(number=12), "phải là chuỗi"),
    ],
)
def test_invalid_documents_are_refused_with_vietnamese_messages(tmp_path, ws, mutate, expected):
    data = copy.deepcopy(_demo_json())
    mutate(data)
    with pytest.raises(InvalidInputError) as caught:
        interchange.read_plan_file(_write(tmp_path, data))
    assert expected in caught.value.message
    assert ws.plans.all() == []


def test_broken_files_are_reported(tmp_path, monkeypatch):
    not_json = tmp_path / "a.json"
    not_json.write_text('{"format": "cchc-plan", ', encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        interchange.read_plan_file(not_json)
    assert caught.value.code == "json.syntax"
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
    assert doc.counts().tasks == 43


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
    with pytest.raises(OutputError) as caught:
        interchange.write_plan_file(demo_doc, target)
    assert "Ổ đĩa đã đầy" in caught.value.message
    assert target.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["plan.json"], "the temporary file must be removed"
