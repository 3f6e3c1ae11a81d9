"""Upload packages: what goes in (documents, evidence named by task or criterion and number,
the interchange JSON, the manifest with sizes and SHA-256), the check that fails on one byte
changed, a file removed or a file added, safe names, cancel, and the outbox (undoable "sent")."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import unicodedata
import zipfile
from pathlib import Path

import pytest
from conftest import add_plan
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_desktop import __version__, cli
from cchc_desktop.domain import EvidenceDocument
from cchc_desktop.domain.edits import Edit, LinkEvidence
from cchc_desktop.errors import CancelledError, InvalidInputError
from cchc_desktop.exporters.package import MANIFEST_NAME, UniqueNames, safe_name, verify_package
from cchc_desktop.i18n import Message
from cchc_desktop.services.jobs import Job
from cchc_desktop.services.packages import PackageContents
from cchc_desktop.storage import evidence as evidence_store
from cchc_desktop.storage.evidence_files import evidence_dir, store_file, stored_path


def run(capsys, data_dir, *args):
    code = cli.run(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def attach(
    ws, row_uuid: str, tmp_path: Path, name: str, content: bytes, number: str = ""
) -> EvidenceDocument:
    """A file into the evidence store, its record, and a link to the row (as the evidence
    feature does it)."""
    source = tmp_path / name
    source.write_bytes(content)
    sha, size = store_file(evidence_dir(ws.data_dir), source)
    with ws.db.transaction() as tx:
        document = evidence_store.record(
            tx,
            EvidenceDocument(
                sha, name, size, number=number, issued_on=dt.date(2025, 8, 1), title="Quyết định"
            ),
        )
    ws.edits.apply(Edit(Message("x"), (LinkEvidence("row", row_uuid, document.uuid),)))
    return document


@pytest.fixture
def plan(ws, demo_doc, tmp_path):
    plan_id = add_plan(ws, demo_doc)
    rows = [row for _s, _i, row in ws.plans.document(plan_id).all_rows()]
    attach(ws, rows[0].uuid, tmp_path, "QĐ ban hành.pdf", b"%PDF-1.4 quyet dinh" * 1000, "125/QĐ-UBND")
    shared = attach(ws, rows[1].uuid, tmp_path, "bao-cao.docx", os.urandom(50_000), "12/BC-UBND")
    ws.edits.apply(Edit(Message("x"), (LinkEvidence("row", rows[4].uuid, shared.uuid),)))
    return plan_id


def make(ws, plan_id, tmp_path, **contents):
    written, entry = ws.packages.create(plan_id, tmp_path / "goi.zip", contents=PackageContents(**contents))
    return written, entry


# --- what is in a package ----------------------------------------------------------------------


def test_package_holds_documents_evidence_json_and_a_manifest_that_matches(ws, plan, tmp_path):
    written, entry = make(ws, plan, tmp_path)
    with zipfile.ZipFile(written.path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(MANIFEST_NAME))
        assert manifest["format"] == "cchc-package" and manifest["application_version"] == __version__
        assert manifest["plan"]["uuid"] == ws.plans.document(plan).uuid
        listed = {f["path"]: f for f in manifest["files"]}
        assert set(listed) == set(names) - {MANIFEST_NAME}
        for name, entry_ in listed.items():
            data = archive.read(name)
            assert entry_["size"] == len(data) and entry_["sha256"] == hashlib.sha256(data).hexdigest()
        # Vietnamese names kept, with the zip's UTF-8 flag.
        for info in archive.infolist():
            if not info.filename.isascii():
                assert info.flag_bits & 0x800
        plan_json = json.loads(archive.read("Dữ liệu/ke-hoach.json"))
        assert plan_json["plan"]["title"] == ws.plans.document(plan).plan.title
    assert manifest["counts"] == {"document": 2, "data": 1, "evidence": 2}
    evidence = [f for f in manifest["files"] if f["kind"] == "evidence"]
    # One copy of a file attached to two tasks, named by the first and listing both.
    assert sorted(len(f["references"]) for f in evidence) == [1, 2]
    names = sorted(f["path"] for f in evidence)
    assert names == [
        "Tài liệu kiểm chứng/Nhiệm vụ I.1 - 125-QĐ-UBND.pdf",
        "Tài liệu kiểm chứng/Nhiệm vụ I.2 - 12-BC-UBND.docx",
    ]
    assert {f["number"] for f in evidence} == {"125/QĐ-UBND", "12/BC-UBND"}
    assert written.sha256 == hashlib.sha256(written.path.read_bytes()).hexdigest() == entry.sha256


def test_what_to_include_is_chosen(ws, plan, tmp_path):
    written, _ = make(ws, plan, tmp_path, plan_pdf=False, annex_xlsx=True, evidence=False)
    assert written.manifest["counts"] == {"document": 1, "data": 1}


def test_verify_passes_then_fails_on_a_changed_a_missing_and_an_extra_file(ws, plan, tmp_path, capsys):
    written, _ = make(ws, plan, tmp_path)
    check = verify_package(written.path)
    assert check.ok and check.checked == 5 and str(check.summary()).startswith("Gói nộp đầy đủ")
    victim = "Tài liệu kiểm chứng/Nhiệm vụ I.1 - 125-QĐ-UBND.pdf"

    def rewrite(target: Path, change) -> Path:
        with zipfile.ZipFile(written.path) as source, zipfile.ZipFile(target, "w") as out:
            for info in source.infolist():
                data = change(info.filename, source.read(info))
                if data is not None:
                    out.writestr(info, data)
            if change("", b"") == b"extra":
                out.writestr("Tài liệu kiểm chứng/thêm.pdf", b"khong co trong danh muc")
        return target

    def one_byte(name, data):
        return bytes([data[0] ^ 1]) + data[1:] if name == victim else data

    changed = verify_package(rewrite(tmp_path / "sua.zip", one_byte))
    assert not changed.ok and changed.changed == [victim] and not changed.missing and not changed.extra
    missing = verify_package(rewrite(tmp_path / "thieu.zip", lambda n, d: None if n == victim else d))
    assert missing.missing == [victim] and not missing.ok
    extra = verify_package(rewrite(tmp_path / "them.zip", lambda n, d: b"extra" if n == "" else d))
    assert extra.extra == ["Tài liệu kiểm chứng/thêm.pdf"] and not extra.ok
    assert any("thêm.pdf" in str(line) for line in extra.details())
    ws.close()
    assert run(capsys, ws.data_dir, "package", "verify", written.path)[0] == 0
    code, out, _ = run(capsys, ws.data_dir, "package", "verify", tmp_path / "sua.zip")
    assert code == 4 and "KHÔNG còn nguyên vẹn" in out and victim in out
    code, out, _ = run(capsys, ws.data_dir, "package", "verify", tmp_path / "thieu.zip", "--json")
    assert code == 4 and json.loads(out)["missing"] == [victim]


def test_a_byte_flipped_inside_the_archive_is_caught(ws, plan, tmp_path):
    written, _ = make(ws, plan, tmp_path)
    raw = bytearray(written.path.read_bytes())
    with zipfile.ZipFile(written.path) as archive:
        info = archive.getinfo("Tài liệu kiểm chứng/Nhiệm vụ I.2 - 12-BC-UBND.docx")  # stored as it is
    raw[info.header_offset + 30 + len(info.filename.encode()) + 1000] ^= 0xFF
    damaged = tmp_path / "hong.zip"
    damaged.write_bytes(bytes(raw))
    check = verify_package(damaged)
    assert not check.ok and check.changed == [info.filename]


def test_not_a_package_is_said_plainly(tmp_path):
    text = tmp_path / "x.zip"
    text.write_text("không phải zip", encoding="utf-8")
    assert verify_package(text).summary().code == "package.not_zip"
    with zipfile.ZipFile(tmp_path / "y.zip", "w") as archive:
        archive.writestr("a.txt", "a")
    assert verify_package(tmp_path / "y.zip").summary().code == "package.no_manifest"


def test_an_altered_evidence_file_stops_the_package_and_writes_nothing(ws, plan, tmp_path):
    document = next(d for d in evidence_store.all_documents(ws.db) if d.number == "125/QĐ-UBND")
    stored = stored_path(evidence_dir(ws.data_dir), document.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"da bi sua")
    with pytest.raises(InvalidInputError) as error:
        make(ws, plan, tmp_path)
    assert error.value.code == "package.source_altered"
    assert not (tmp_path / "goi.zip").exists() and not list(tmp_path.glob(".goi.zip.*"))
    assert ws.packages.outbox() == []


def test_a_cancelled_package_leaves_no_file(ws, plan, tmp_path):
    prepared = ws.packages.prepare(plan)
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) == 3:
            job.cancel()

    job = Job(progress)
    with pytest.raises(CancelledError):
        prepared.write(tmp_path / "goi.zip", job)
    assert not (tmp_path / "goi.zip").exists() and not list(tmp_path.glob(".goi.zip.*"))


# --- names -------------------------------------------------------------------------------------


WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=12, max_value=120))
def test_safe_names_are_accepted_everywhere(text, limit):
    name = safe_name(text, limit)
    assert name and len(name) <= limit
    assert not set(name) & WINDOWS_FORBIDDEN
    assert not name.endswith((" ", ".")) and name == unicodedata.normalize("NFC", name)
    assert name.split(".")[0].casefold() not in {"con", "prn", "aux", "nul", "com1", "lpt1"}


def test_a_short_limit_is_kept_even_when_the_extension_takes_most_of_it():
    # Found by the property above: the name kept 8 characters whatever the extension took.
    assert safe_name("00000000.0000", 12) == "0000000.0000"
    assert safe_name("Quyết định.docx", 12) == "Quyết đ.docx"
    assert safe_name("CON.txt", 12) == "_CON.txt"


def test_safe_names_keep_vietnamese_and_the_extension():
    assert (
        safe_name("Tiêu chí II.1 - 125/QĐ-UBND: kết luận?.pdf")
        == "Tiêu chí II.1 - 125-QĐ-UBND_ kết luận_.pdf"
    )
    assert safe_name("CON.txt") == "_CON.txt"
    assert safe_name("a" * 200 + ".pdf", 40).endswith(".pdf") and len(safe_name("a" * 200 + ".pdf", 40)) == 40


@settings(derandomize=True, max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["Quyết định.pdf", "quyết định.pdf", "QUYẾT ĐỊNH.PDF", "Báo cáo"]), max_size=12)
)
def test_unique_names_never_collide_even_without_case(names):
    claimed = UniqueNames()
    paths = [claimed.claim("Tài liệu", n) for n in names]
    assert len({p.casefold() for p in paths}) == len(paths)


# --- the outbox ------------------------------------------------------------------------------------


def test_outbox_lists_waiting_packages_and_marking_sent_is_undoable(ws, plan, tmp_path):
    _, entry = make(ws, plan, tmp_path)
    assert [e.uuid for e in ws.packages.outbox()] == [entry.uuid] and ws.packages.waiting_count() == 1
    assert not entry.sent and entry.path == str((tmp_path / "goi.zip").resolve())
    applied = ws.packages.mark_sent(entry.uuid, "Nộp qua phần mềm của tỉnh", dt.datetime(2026, 1, 5, 9, 30))
    assert "outbox" in applied.changed.kinds
    sent = ws.packages.find(str(entry.id))
    assert sent.sent_at == "2026-01-05T09:30:00" and sent.note == "Nộp qua phần mềm của tỉnh"
    assert ws.packages.waiting_count() == 0
    ws.edits.replay(applied.edit.inverse())
    back = ws.packages.find(entry.uuid)
    assert back.sent_at is None and back.note == "" and ws.packages.waiting_count() == 1
    assert any(e.action == "outbox" and e.action_label == "Gói nộp" for e in ws.log.entries(None, 5))


def test_outbox_from_the_command_line(ws, data_dir, plan, tmp_path, capsys):
    ws.close()
    target = tmp_path / "goi-nop.zip"
    code, out, _ = run(capsys, data_dir, "package", "create", plan, "-o", target)
    assert code == 0 and "Đã tạo gói nộp" in out and target.is_file()
    code, out, _ = run(capsys, data_dir, "outbox")
    assert code == 0 and "chưa gửi" in out and "goi-nop.zip" in out
    code, out, _ = run(capsys, data_dir, "outbox", "sent", "goi-nop.zip", "--note", "Gửi anh Hùng, Sở Nội vụ")
    assert code == 0 and "đã gửi" in out
    listed = json.loads(run(capsys, data_dir, "outbox", "--json")[1])
    assert listed[0]["sent"] and listed[0]["note"] == "Gửi anh Hùng, Sở Nội vụ" and listed[0]["file_exists"]
    code, _, err = run(capsys, data_dir, "outbox", "sent", "khong-co.zip")
    assert code == 3 and "Không tìm thấy gói nộp" in err
    code, out, _ = run(
        capsys, data_dir, "package", "create", plan, "-o", tmp_path / "b.zip", "--no-evidence", "--json"
    )
    assert code == 0 and json.loads(out)["counts"] == {"document": 2, "data": 1}


def test_a_package_written_again_to_the_same_path_replaces_its_waiting_record(ws, plan, tmp_path):
    make(ws, plan, tmp_path)
    _, second = make(ws, plan, tmp_path)
    assert [e.uuid for e in ws.packages.outbox()] == [second.uuid]


# --- with an assessment ----------------------------------------------------------------------------


def test_a_package_with_an_assessment_carries_its_report_data_and_criterion_evidence(
    ws, plan, tmp_path, capsys
):
    set_id = ws.criteria.import_sample().record.id
    record = ws.scoring.create(set_id, 2025, "UBND xã Cửa Tùng", plan)
    criteria = ws.criteria.get(set_id)
    code = next(c.code for area in criteria.areas for c in area.walk() if not c.children)
    source = tmp_path / "bien-ban.pdf"
    source.write_bytes(b"%PDF-1.4 bien ban kiem tra" * 500)
    stored = ws.scoring.store_evidence_file(source, ws.data_dir)
    ws.scoring.attach_evidence(record.id, code, stored, number="7/BB-UBND")
    written, entry = ws.packages.create(plan, tmp_path / "goi.zip", assessment_id=record.id)
    assert entry.assessment_uuid == record.uuid and written.manifest["assessment"]["uuid"] == record.uuid
    names = [f["path"] for f in written.manifest["files"]]
    assert "Văn bản/Báo cáo tự chấm điểm.pdf" in names and "Văn bản/Bảng tự chấm điểm.xlsx" in names
    assert f"Tài liệu kiểm chứng/Tiêu chí {code} - 7-BB-UBND.pdf" in names
    with zipfile.ZipFile(written.path) as archive:
        data = json.loads(archive.read("Dữ liệu/cham-diem.json"))
        criteria_json = json.loads(archive.read("Dữ liệu/bo-tieu-chi.json"))
    assert data["format"] == "cchc-assessment" and data["assessment"]["uuid"] == record.uuid
    assert criteria_json["format"] == "cchc-criteria"
    assert verify_package(written.path).ok
    ws.close()
    target = tmp_path / "bao-cao.pdf"
    code_, _, err = run(capsys, ws.data_dir, "export", "score", record.id, "-o", target)
    assert code_ == 0 and target.stat().st_size > 0, err
