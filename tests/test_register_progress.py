"""Progress of rows (status, completion date, note, reason; done late derived) and evidence files
(stored by SHA-256 once, recorded once, linked and unlinked as undoable edits, checked)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat

import pytest
from register_fixtures import TODAY, open_with_demo, state, undo_redo_exact

from cchc_desktop.errors import InvalidInputError, NotFoundError
from cchc_desktop.services.jobs import Job


@pytest.fixture
def demo(data_dir, demo_doc):
    ws, plan_id = open_with_demo(data_dir, demo_doc)
    yield ws, plan_id
    ws.close()


def _row(ws, plan_id, due_text=None):
    view = ws.register.view(plan_id)
    if due_text is None:
        return view.rows[0]
    return next(r for r in view.rows if r.due_text == due_text)


def _log_count(ws):
    return len(ws.log.entries(None, None))


# --- progress ----------------------------------------------------------------------------------


def test_done_is_one_edit_of_several_fields_dated_today_by_default(demo):
    ws, plan_id = demo
    row = _row(ws, plan_id)
    before = state(ws, plan_id)
    logged = _log_count(ws)
    applied = ws.register.set_progress(row.uuid, "done", note="Đã ban hành Kế hoạch số 12/KH-UBND")
    assert {s.field for s in applied.edit.steps} == {"status", "done_on", "note"}
    assert all(s.entity == "progress" for s in applied.edit.steps)
    assert _log_count(ws) == logged + 3  # one transaction, each field in the change log
    got = ws.register.view(plan_id).row(row.uuid)
    assert (got.status, got.done_on, got.note) == ("done", TODAY.date(), "Đã ban hành Kế hoạch số 12/KH-UBND")
    undo_redo_exact(ws, plan_id, applied, before)


def test_done_late_is_derived_from_the_due_end(demo):
    ws, plan_id = demo
    row = _row(ws, plan_id, "Trước ngày 31/7/2025")
    ws.register.set_progress(row.uuid, "done", done_on=dt.date(2025, 7, 31))
    assert not ws.register.view(plan_id).row(row.uuid).done_late
    ws.register.set_progress(row.uuid, "done", done_on=dt.date(2025, 8, 1))
    got = ws.register.view(plan_id).row(row.uuid)
    assert got.done_late and not got.is_overdue(TODAY.date())


def test_cancelled_needs_a_reason_and_a_refusal_writes_nothing(demo):
    ws, plan_id = demo
    row = _row(ws, plan_id)
    before, logged = state(ws, plan_id), _log_count(ws)
    with pytest.raises(InvalidInputError) as error:
        ws.register.set_progress(row.uuid, "cancelled")
    assert error.value.code == "progress.reason_required" and "lý do" in error.value.message
    with pytest.raises(InvalidInputError):
        ws.register.set_progress(row.uuid, "cancelled", reason="   ")
    assert state(ws, plan_id) == before and _log_count(ws) == logged
    ws.register.set_progress(row.uuid, "cancelled", reason="Sáp nhập đơn vị hành chính")
    assert ws.register.view(plan_id).row(row.uuid).reason == "Sáp nhập đơn vị hành chính"


def test_statuses_dates_and_rows_are_checked(demo):
    ws, plan_id = demo
    row = _row(ws, plan_id)
    for status in ("finished", ""):
        with pytest.raises(InvalidInputError) as error:
            ws.register.set_progress(row.uuid, status)
        assert error.value.code == "progress.bad_status"
    with pytest.raises(InvalidInputError) as error:
        ws.register.set_progress(row.uuid, "done", done_on=TODAY.date() + dt.timedelta(days=1))
    assert error.value.code == "progress.future_date"
    with pytest.raises(InvalidInputError) as error:
        ws.register.set_progress(row.uuid, "in_progress", done_on=TODAY.date())
    assert error.value.code == "progress.date_needs_done"
    with pytest.raises(InvalidInputError) as error:
        ws.register.set_progress(ws.register.view(plan_id).items[0].uuid, "done")
    assert error.value.code == "progress.not_a_row"
    with pytest.raises(NotFoundError):
        ws.register.set_progress("00000000-0000-4000-8000-000000000000", "done")


def test_vietnamese_status_names_are_understood(demo):
    ws, plan_id = demo
    row = _row(ws, plan_id)
    ws.register.set_progress(row.uuid, "Đang thực hiện")
    assert ws.register.view(plan_id).row(row.uuid).status == "in_progress"
    ws.register.set_progress(row.uuid, "hoan thanh")
    assert ws.register.view(plan_id).row(row.uuid).status == "done"


def test_leaving_done_clears_the_date_and_nothing_new_changes_nothing(demo):
    ws, plan_id = demo
    row = _row(ws, plan_id)
    ws.register.set_progress(row.uuid, "done", done_on=dt.date(2025, 9, 1))
    assert ws.register.set_progress(row.uuid, "done") is None  # keeps its date
    assert ws.register.view(plan_id).row(row.uuid).done_on == dt.date(2025, 9, 1)
    ws.register.set_progress(row.uuid, "in_progress")
    assert ws.register.view(plan_id).row(row.uuid).done_on is None


# --- evidence ----------------------------------------------------------------------------------


@pytest.fixture
def scan(tmp_path):
    path = tmp_path / "QD-125-UBND.pdf"
    path.write_bytes(b"%PDF-1.4 quyet dinh 125/QD-UBND " * 1000)
    return path


def test_attach_stores_by_hash_once_records_once_and_undoes_whole(demo, scan):
    ws, plan_id = demo
    rows = ws.register.view(plan_id).rows
    seen = []
    stored = ws.evidence.store(scan, Job(lambda done, total: seen.append((done, total))))
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert stored.sha256 == sha and stored.size == scan.stat().st_size and seen[-1] == (stored.size,) * 2
    path = ws.evidence.folder / sha[:2] / sha
    assert path.read_bytes() == scan.read_bytes()
    assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)  # never modified
    before = state(ws, plan_id)
    applied = ws.evidence.attach(
        rows[0].uuid, stored, number="125/QĐ-UBND", issued_on=dt.date(2025, 8, 20), title="Kế hoạch CCHC"
    )
    doc = ws.evidence.documents(rows[0].uuid)[0]
    assert (doc.number, doc.issued_on, doc.file_name) == ("125/QĐ-UBND", dt.date(2025, 8, 20), scan.name)
    assert ws.register.view(plan_id).row(rows[0].uuid).evidence == 1
    undo_redo_exact(ws, plan_id, applied, before)
    # The same file again, to another row: stored once, recorded once.
    copy = scan.with_name("ban-sao.pdf")
    copy.write_bytes(scan.read_bytes())
    again = ws.evidence.attach_file(rows[1].uuid, copy, number="ignored: the record has one")
    assert [p.name for p in (ws.evidence.folder / sha[:2]).iterdir()] == [sha]
    assert [u.rows for u in ws.evidence.all()] == [2]
    assert ws.evidence.documents(rows[1].uuid)[0].number == "125/QĐ-UBND"
    with pytest.raises(InvalidInputError) as error:
        ws.evidence.attach_file(rows[1].uuid, scan)
    assert error.value.code == "evidence.already_attached"
    # Undo of the second attach leaves the record the first one made.
    ws.edits.replay(again.edit.inverse())
    assert [u.rows for u in ws.evidence.all()] == [1]


def test_detach_keeps_the_file_and_is_undoable(demo, scan):
    ws, plan_id = demo
    row = ws.register.view(plan_id).rows[0]
    ws.evidence.attach_file(row.uuid, scan)
    doc = ws.evidence.documents(row.uuid)[0]
    before = state(ws, plan_id)
    applied = ws.evidence.detach(row.uuid, doc.uuid)
    assert ws.evidence.documents(row.uuid) == [] and ws.evidence.all() == []
    assert (ws.evidence.folder / doc.sha256[:2] / doc.sha256).is_file()
    undo_redo_exact(ws, plan_id, applied, before)
    with pytest.raises(NotFoundError):  # its record went with its last link
        ws.evidence.detach(row.uuid, doc.uuid)
    ws.edits.replay(applied.edit.inverse())
    with pytest.raises(InvalidInputError) as error:
        ws.evidence.detach(ws.register.view(plan_id).rows[1].uuid, doc.uuid)
    assert error.value.code == "evidence.not_attached"


def test_document_details_are_undoable_field_edits(demo, scan):
    ws, plan_id = demo
    row = ws.register.view(plan_id).rows[0]
    ws.evidence.attach_file(row.uuid, scan)
    doc = ws.evidence.documents(row.uuid)[0]
    before = state(ws, plan_id)
    applied = ws.evidence.set_field(doc.uuid, "issued_on", "2025-09-05")
    ws.evidence.set_field(doc.uuid, "issuer", "UBND xã Cửa Tùng")
    assert ws.evidence.document(doc.uuid).issued_on == dt.date(2025, 9, 5)
    assert ws.evidence.set_field(doc.uuid, "issuer", "UBND xã Cửa Tùng") is None
    ws.edits.replay(ws.edits.replay(applied.edit.inverse()).edit.inverse())
    with pytest.raises(InvalidInputError):
        ws.evidence.set_field(doc.uuid, "issued_on", "31/02/2025")
    with pytest.raises(InvalidInputError):
        ws.evidence.set_field(doc.uuid, "sha256", "x")
    assert state(ws, plan_id) != before


def test_check_finds_a_missing_and_an_altered_file(demo, scan, tmp_path):
    ws, plan_id = demo
    rows = ws.register.view(plan_id).rows
    other = tmp_path / "bao-cao.docx"
    other.write_bytes(b"PK bao cao ket qua")
    ws.evidence.attach_file(rows[0].uuid, scan)
    ws.evidence.attach_file(rows[1].uuid, other)
    assert ws.evidence.check().ok
    first, second = (u.document for u in ws.evidence.all())
    ws.evidence.path_of(first.uuid).unlink()
    altered = ws.evidence.path_of(second.uuid)
    os.chmod(altered, 0o644)
    altered.write_bytes(b"changed")
    result = ws.evidence.check()
    assert not result.ok and result.missing == [first.sha256] and result.altered == [second.sha256]
    with pytest.raises(NotFoundError):
        ws.evidence.path_of(first.uuid)


def test_a_stored_file_is_copied_out_with_its_own_name(demo, scan, tmp_path):
    ws, plan_id = demo
    row = ws.register.view(plan_id).rows[0]
    ws.evidence.attach_file(row.uuid, scan)
    doc = ws.evidence.documents(row.uuid)[0]
    out = tmp_path / "ra"
    out.mkdir()
    copied = ws.evidence.copy_out(doc.uuid, out)
    assert copied == out / scan.name and copied.read_bytes() == scan.read_bytes()
    assert os.stat(copied).st_mode & stat.S_IWUSR  # the user's copy is theirs to change


def test_progress_with_evidence_is_one_edit_and_a_refusal_stores_nothing(demo, scan):
    ws, plan_id = demo
    row = ws.register.view(plan_id).rows[0]
    with pytest.raises(InvalidInputError):
        ws.register.set_progress(row.uuid, "cancelled", evidence=[scan])
    assert not ws.evidence.folder.exists() or not any(ws.evidence.folder.rglob("*"))
    with pytest.raises(InvalidInputError) as error:
        ws.register.set_progress(row.uuid, "done", evidence=[scan.with_name("khong-co.pdf")])
    assert error.value.code == "evidence.not_a_file"
    before = state(ws, plan_id)
    applied = ws.register.set_progress(row.uuid, "done", evidence=[scan])
    assert ws.register.view(plan_id).row(row.uuid).evidence == 1
    undo_redo_exact(ws, plan_id, applied, before)


def test_backups_carry_the_evidence_store(demo, scan):
    ws, plan_id = demo
    row = ws.register.view(plan_id).rows[0]
    ws.evidence.attach_file(row.uuid, scan)
    sha = ws.evidence.documents(row.uuid)[0].sha256
    backup = ws.backups.create("manual")
    mirrored = list(ws.db.backup_folder.rglob(sha))
    assert backup is not None and mirrored and mirrored[0].read_bytes() == scan.read_bytes()
