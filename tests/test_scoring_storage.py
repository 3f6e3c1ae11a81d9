"""Storage of criteria sets and assessments: round trips through a real database file, versions,
revisions copying everything, the register queries computed criteria read."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from conftest import add_plan

from cchc_desktop import paths
from cchc_desktop.domain import RowProgress
from cchc_desktop.domain.assessment import AppraisalRound, ScoreEntry
from cchc_desktop.domain.criteria import GradeTier
from cchc_desktop.domain.progress import EvidenceDocument
from cchc_desktop.importers.criteria_workbook import read_criteria_workbook
from cchc_desktop.interchange.assessment_json import criteria_set_to_dict
from cchc_desktop.storage import assessments as assessment_store
from cchc_desktop.storage import criteria as criteria_store
from cchc_desktop.storage import evidence as evidence_store
from cchc_desktop.storage import register_figures as register_store

SAMPLE = paths.resource("criteria", "bo-tieu-chi-mau-cap-xa.xlsx")


def _without_uuids(data):
    if isinstance(data, dict):
        return {k: _without_uuids(v) for k, v in data.items() if k != "uuid"}
    if isinstance(data, list):
        return [_without_uuids(v) for v in data]
    return data


def test_a_criteria_set_round_trips_with_rules_tiers_step_and_flags(ws):
    original = read_criteria_workbook(SAMPLE)
    original.tiers = [
        GradeTier("Tốt", Decimal("80")),
        GradeTier("Khá", Decimal("65.5")),
        GradeTier("Thấp", Decimal(0)),
    ]
    with ws.db.transaction() as tx:
        set_id = criteria_store.insert_set(tx, original, source_name="mau.xlsx", plan_deadline="15/01")
    loaded = criteria_store.load_set(ws.db, set_id)
    assert _without_uuids(criteria_set_to_dict(loaded)) == _without_uuids(criteria_set_to_dict(original))
    assert loaded.uuid == original.uuid and loaded.is_sample
    assert [c.rule for c in loaded.walk()] == [c.rule for c in original.walk()]  # rules parsed back equal
    record = criteria_store.record(ws.db, set_id)
    assert (record.leaves, record.maximum, record.plan_deadline, record.version) == (
        54,
        Decimal(100),
        "15/01",
        1,
    )
    assert loaded.total_maximum() == Decimal(100)


def test_the_same_set_imported_again_is_a_new_version(ws):
    with ws.db.transaction() as tx:
        first = criteria_store.insert_set(tx, read_criteria_workbook(SAMPLE))
        second = criteria_store.insert_set(tx, read_criteria_workbook(SAMPLE))
    versions = {r.id: r.version for r in criteria_store.list_sets(ws.db)}
    assert versions == {first: 1, second: 2}


def _set_id(ws) -> int:
    with ws.db.transaction() as tx:
        return criteria_store.insert_set(tx, read_criteria_workbook(SAMPLE))


def _document(ws, name: str) -> EvidenceDocument:
    sha = (name.encode().hex() * 64)[:64]
    with ws.db.transaction() as tx:
        return evidence_store.record(tx, EvidenceDocument(sha, name, 10, number="12/QĐ-UBND"))


def test_an_assessment_round_trips_every_field_appraisal_and_evidence(ws):
    set_id = _set_id(ws)
    with ws.db.transaction() as tx:
        assessment_id = assessment_store.insert(tx, set_id, "UBND xã A", 2026)
    original_doc, supplement = _document(ws, "a.pdf"), _document(ws, "b.pdf")
    values = {
        "figure": ("", "118", "120", ""),
        "self_score": "3",
        "not_applicable": 0,
        "explanation": "Giải trình dài\nhai dòng",
        "override_reason": "Cố ý chấm thấp hơn",
        "register_rows": ("row-1", "row-2"),
        "appraisal:1:score": "2.5",
        "appraisal:1:comment": "Thiếu tài liệu",
        "appraisal:1:explanation_requested": 1,
        "appraisal:1:response": "Đã bổ sung",
        "appraisal:2:score": "3",
    }
    with ws.db.transaction() as tx:
        for field, value in values.items():
            assessment_store.write_field(tx, assessment_id, "III.2.1", field, value)
        assessment_store.write_field(tx, assessment_id, "I.2.2", "not_applicable", 1)
        assessment_store.write_field(tx, assessment_id, "I.2.2", "na_reason", "Không có yêu cầu")
        assessment_store.link_document(tx, assessment_id, "III.2.1", original_doc.id, 0, None)
        assessment_store.link_document(tx, assessment_id, "III.2.1", supplement.id, 1, None)
    for field, value in values.items():
        assert assessment_store.read_field(ws.db, assessment_id, "III.2.1", field) == value
    loaded = assessment_store.load(ws.db, assessment_id)
    assert loaded.entries["III.2.1"] == ScoreEntry(
        "III.2.1",
        numerator=Decimal(118),
        denominator=Decimal(120),
        self_score=Decimal(3),
        explanation="Giải trình dài\nhai dòng",
        override_reason="Cố ý chấm thấp hơn",
        register_rows=["row-1", "row-2"],
        evidence=[original_doc.uuid],
        appraisal=[
            AppraisalRound(Decimal("2.5"), "Thiếu tài liệu", True, "Đã bổ sung", evidence=[supplement.uuid]),
            AppraisalRound(Decimal(3)),
        ],
    )
    assert loaded.entries["I.2.2"].not_applicable and loaded.entries["I.2.2"].na_reason == "Không có yêu cầu"
    assert loaded.entry("I.1.1").is_blank()  # never written: no row, an empty entry
    assert assessment_store.evidence_counts(ws.db, assessment_id) == {"III.2.1": 1}
    # Decimals are text in the database, never REAL.
    raw = ws.db.scalar("SELECT typeof(self_score) FROM score_entries WHERE code = 'III.2.1'")
    assert raw == "text"


def test_a_revision_copies_entries_rounds_and_evidence_and_the_old_stays(ws):
    set_id = _set_id(ws)
    document = _document(ws, "c.pdf")
    with ws.db.transaction() as tx:
        first = assessment_store.insert(tx, set_id, "UBND xã A", 2026)
        assessment_store.write_field(tx, first, "I.1.3", "self_score", "0.75")
        assessment_store.write_field(tx, first, "I.1.3", "appraisal:1:score", "0.5")
        assessment_store.link_document(tx, first, "I.1.3", document.id, 0, None)
        assessment_store.write_finalised(tx, first, "2026-12-20T10:00:00")
        second = assessment_store.insert(tx, set_id, "UBND xã A", 2026, revision=2)
        assessment_store.copy_entries(tx, first, second)
        assessment_store.write_field(tx, second, "I.1.3", "self_score", "1")
    old, new = assessment_store.load(ws.db, first), assessment_store.load(ws.db, second)
    assert old.entries["I.1.3"].self_score == Decimal("0.75") and old.finalised
    assert new.entries["I.1.3"].self_score == Decimal(1) and not new.finalised
    assert new.entries["I.1.3"].appraisal == old.entries["I.1.3"].appraisal
    assert new.entries["I.1.3"].evidence == [document.uuid]
    records = {r.id: r for r in assessment_store.list_all(ws.db)}
    assert not records[first].latest and records[second].latest
    assert assessment_store.existing(ws.db, "UBND xã A", 2026, set_id) == second


def test_an_assessment_keeps_its_set_a_used_document_stays(ws):
    set_id = _set_id(ws)
    document = _document(ws, "d.pdf")
    with ws.db.transaction() as tx:
        assessment_id = assessment_store.insert(tx, set_id, "UBND xã A", 2026)
        assessment_store.link_document(tx, assessment_id, "I.1.3", document.id, 0, None)
    for statement in (
        "DELETE FROM criteria_sets WHERE id = ?",
        "DELETE FROM evidence_documents WHERE id = ?",
    ):
        try:
            with ws.db.transaction() as tx:
                tx.execute(statement, [set_id if "criteria" in statement else document.id])
        except Exception as error:  # the foreign keys refuse: sqlite3 error wrapped in DatabaseError
            assert "FOREIGN KEY" in str(error.__cause__ or error).upper()
        else:
            raise AssertionError(statement)


def test_register_queries_read_progress_and_tags(ws, demo_doc):
    doc = demo_doc
    rows = [row for _section, _item, row in doc.all_rows()]
    rows[0].progress = RowProgress("done", dt.date(2025, 11, 3))
    rows[1].progress = RowProgress("cancelled")
    rows[2].tags = ["kiem-tra"]
    rows[2].progress = RowProgress("done")
    rows[3].tags = ["kiem-tra", "doi-thoai"]
    plan_id = add_plan(ws, doc)
    states = register_store.row_states(ws.db, plan_id)
    assert len(states) == len(rows)
    assert [s.status for s in states[:4]] == ["done", "cancelled", "done", "not_started"]
    assert states[0].done_on == dt.date(2025, 11, 3)
    assert [s.status for s in register_store.tagged_rows(ws.db, plan_id, "kiem-tra")] == [
        "done",
        "not_started",
    ]
    assert len(register_store.tagged_rows(ws.db, plan_id, "doi-thoai")) == 1
    assert [p.id for p in register_store.yearly_plans(ws.db, 2025)] == [plan_id]  # a 6-month plan of 2025
    labels = register_store.row_labels(ws.db, [states[0].uuid])
    assert labels[states[0].uuid].startswith("I.1 – ")


def test_the_migration_gives_the_tables_and_refuses_real_numbers(data_dir):
    from cchc_desktop.services.workspace import Workspace

    with Workspace.open(data_dir) as opened:
        names = {r[0] for r in opened.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {
            "criteria_sets",
            "criteria",
            "assessments",
            "score_entries",
            "appraisal_rounds",
            "score_evidence",
        } <= names
    conn = sqlite3.connect(data_dir / "cchc.sqlite3")
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 6
        conn.execute("PRAGMA foreign_keys = ON")
        try:
            conn.execute("INSERT INTO score_entries (assessment_id, code) VALUES (999, 'X')")
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("an entry without its assessment")
    finally:
        conn.close()
