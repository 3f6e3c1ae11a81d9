"""Assessments (bản tự đánh giá) and what was entered per leaf criterion: figures, self-score,
not applicable and its reason, explanation, override reason, register rows given as evidence,
the appraisal rounds and the evidence documents (original, and supplementary per round).

A criterion's entry is addressed by (assessment, code); its row is created on the first write.
Field values travel as the edit steps carry them (str, int, None, tuples of str): decimals as
canonical text ("0.25"), the figure as (choice, numerator, denominator, count) with "" for none.
"""

from __future__ import annotations

import json
import re
import uuid as uuidlib
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain import EvidenceDocument
from ..domain.assessment import AppraisalRound, Assessment, ScoreEntry
from ..errors import NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from .evidence import document_from_row
from .session import Database, Tx

define_messages(
    {
        "assessment.not_found": QT_TRANSLATE_NOOP(
            "Messages",
            "Không tìm thấy bản chấm điểm «{reference}». Dùng lệnh «cchc assessment list» để xem danh sách.",
        ),
    }
)

TEXT_FIELDS = ("na_reason", "explanation", "override_reason")
ENTRY_FIELDS = ("figure", "self_score", "not_applicable", "register_rows", *TEXT_FIELDS)
ROUND_FIELDS = ("score", "comment", "explanation_requested", "response")
_ROUND_FIELD = re.compile(r"^appraisal:(?P<round>[1-9]\d?):(?P<name>\w+)$")


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    uuid: str
    set_id: int
    set_uuid: str
    set_name: str
    set_is_sample: bool
    body: str
    year: int
    revision: int
    plan_uuid: str
    created_at: str
    finalised_at: str | None
    latest: bool  # the newest revision of its body, year and set

    @property
    def finalised(self) -> bool:
        return self.finalised_at is not None


def dec_text(value: Decimal | None) -> str | None:
    if value is None:
        return None
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _dec(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


# --- assessments ---------------------------------------------------------------------------------


def insert(tx: Tx, set_id: int, body: str, year: int, revision: int = 1, plan_uuid: str = "") -> int:
    cursor = tx.execute(
        "INSERT INTO assessments (uuid, set_id, body, year, revision, plan_uuid, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [str(uuidlib.uuid4()), set_id, body, year, revision, plan_uuid, tx.now],
    )
    return int(cursor.lastrowid or 0)


_SELECT = (
    "SELECT a.id, a.uuid, a.set_id, s.uuid, s.name, s.is_sample, a.body, a.year, a.revision, a.plan_uuid, "
    "a.created_at, a.finalised_at, a.revision = (SELECT max(b.revision) FROM assessments b "
    "WHERE b.body = a.body AND b.year = a.year AND b.set_id = a.set_id) "
    "FROM assessments a JOIN criteria_sets s ON s.id = a.set_id"
)


def _record(row: Any) -> AssessmentRecord:
    return AssessmentRecord(
        id=row[0],
        uuid=row[1],
        set_id=row[2],
        set_uuid=row[3],
        set_name=row[4],
        set_is_sample=bool(row[5]),
        body=row[6],
        year=row[7],
        revision=row[8],
        plan_uuid=row[9],
        created_at=row[10],
        finalised_at=row[11],
        latest=bool(row[12]),
    )


def list_all(db: Database | Tx) -> list[AssessmentRecord]:
    rows = db.conn.execute(_SELECT + " ORDER BY a.year DESC, a.body, s.name, a.revision DESC").fetchall()
    return [_record(r) for r in rows]


def record(db: Database | Tx, assessment_id: int) -> AssessmentRecord:
    row = db.conn.execute(_SELECT + " WHERE a.id = ?", [assessment_id]).fetchone()
    if row is None:
        raise NotFoundError("assessment.not_found", reference=str(assessment_id))
    return _record(row)


def id_for_uuid(db: Database | Tx, assessment_uuid: str) -> int | None:
    row = db.conn.execute("SELECT id FROM assessments WHERE uuid = ?", [assessment_uuid]).fetchone()
    return row[0] if row else None


def existing(db: Database | Tx, body: str, year: int, set_id: int) -> int | None:
    """The newest revision for this body, year and set, if any."""
    row = db.conn.execute(
        "SELECT id FROM assessments WHERE body = ? AND year = ? AND set_id = ? ORDER BY revision DESC LIMIT 1",
        [body, year, set_id],
    ).fetchone()
    return row[0] if row else None


def finalised_at(db: Database | Tx, assessment_id: int) -> str | None:
    row = db.conn.execute("SELECT finalised_at FROM assessments WHERE id = ?", [assessment_id]).fetchone()
    if row is None:
        raise NotFoundError("assessment.not_found", reference=str(assessment_id))
    return row[0]


def write_finalised(tx: Tx, assessment_id: int, when: str | None) -> None:
    tx.execute("UPDATE assessments SET finalised_at = ? WHERE id = ?", [when, assessment_id])


def write_plan(tx: Tx, assessment_id: int, plan_uuid: str) -> None:
    tx.execute("UPDATE assessments SET plan_uuid = ? WHERE id = ?", [plan_uuid, assessment_id])


# --- loading ---------------------------------------------------------------------------------------


_ENTRY_COLUMNS = (
    "id, code, choice, numerator, denominator, count, self_score, not_applicable, na_reason, explanation, "
    "override_reason, register_rows"
)
_ENTRY_COLUMNS_E = ", ".join(f"e.{c}" for c in _ENTRY_COLUMNS.split(", "))


def load(db: Database | Tx, assessment_id: int) -> Assessment:
    """The assessment with every entry, its appraisal rounds and its evidence (uuids), in three
    queries whatever the number of criteria."""
    rec = record(db, assessment_id)
    assessment = Assessment(
        body=rec.body,
        year=rec.year,
        criteria_set_uuid=rec.set_uuid,
        revision=rec.revision,
        finalised=rec.finalised,
        uuid=rec.uuid,
    )
    assessment.entries.update(load_entries(db, assessment_id))
    return assessment


def load_entries(
    db: Database | Tx, assessment_id: int, codes: Collection[str] | None = None
) -> dict[str, ScoreEntry]:
    """The entries of an assessment (or of some of its criteria), with their appraisal rounds and
    evidence (uuids), in three queries whatever their number."""
    where = "e.assessment_id = ?"
    params: list[Any] = [assessment_id]
    if codes is not None:
        where += f" AND e.code IN ({','.join('?' * len(codes))})"
        params += list(codes)
    entries: dict[str, ScoreEntry] = {}
    by_id: dict[int, ScoreEntry] = {}
    for row in db.conn.execute(
        f"SELECT {_ENTRY_COLUMNS_E} FROM score_entries e WHERE {where} ORDER BY e.id", params
    ):
        entry = ScoreEntry(
            code=row[1],
            choice=row[2],
            numerator=_dec(row[3]),
            denominator=_dec(row[4]),
            count=_dec(row[5]),
            self_score=_dec(row[6]),
            not_applicable=bool(row[7]),
            na_reason=row[8],
            explanation=row[9],
            override_reason=row[10],
            register_rows=list(json.loads(row[11] or "[]")),
        )
        by_id[row[0]] = entries[entry.code] = entry
    for entry_id, number, score, comment, requested, response in db.conn.execute(
        "SELECT r.entry_id, r.round, r.score, r.comment, r.explanation_requested, r.response "
        f"FROM appraisal_rounds r JOIN score_entries e ON e.id = r.entry_id WHERE {where} "
        "ORDER BY r.entry_id, r.round",
        params,
    ):
        rounds = by_id[entry_id].appraisal
        while len(rounds) < number:
            rounds.append(AppraisalRound(None))
        rounds[number - 1] = AppraisalRound(_dec(score), comment, bool(requested), response)
    for entry_id, number, document_uuid in db.conn.execute(
        "SELECT se.entry_id, se.round, d.uuid FROM score_evidence se JOIN score_entries e ON e.id = se.entry_id "
        f"JOIN evidence_documents d ON d.id = se.evidence_id WHERE {where} "
        "ORDER BY se.entry_id, se.round, se.position",
        params,
    ):
        entry = by_id[entry_id]
        if number == 0:
            entry.evidence.append(document_uuid)
        else:
            while len(entry.appraisal) < number:
                entry.appraisal.append(AppraisalRound(None))
            entry.appraisal[number - 1].evidence.append(document_uuid)
    return entries


def evidence_counts(db: Database | Tx, assessment_id: int) -> dict[str, int]:
    """Original evidence documents per criterion code."""
    return dict(
        db.conn.execute(
            "SELECT e.code, count(*) FROM score_evidence se JOIN score_entries e ON e.id = se.entry_id "
            "WHERE e.assessment_id = ? AND se.round = 0 GROUP BY e.code",
            [assessment_id],
        ).fetchall()
    )


def evidence_documents(
    db: Database | Tx, assessment_id: int, code: str | None = None
) -> dict[str, list[tuple[int, EvidenceDocument]]]:
    """Per criterion code (or for one): (round, document) in order; round 0 is the original
    evidence."""
    found: dict[str, list[tuple[int, EvidenceDocument]]] = {}
    columns = ", ".join(f"d.{c}" for c in ("id", "uuid", "sha256", "file_name", "size", "number"))
    for row in db.conn.execute(
        f"SELECT e.code, se.round, {columns}, d.issued_on, d.issuer, d.title FROM score_evidence se "
        "JOIN score_entries e ON e.id = se.entry_id JOIN evidence_documents d ON d.id = se.evidence_id "
        "WHERE e.assessment_id = ? AND (? IS NULL OR e.code = ?) ORDER BY e.code, se.round, se.position",
        [assessment_id, code, code],
    ):
        found.setdefault(row[0], []).append((row[1], document_from_row(row[2:])))
    return found


# --- one field of one entry ------------------------------------------------------------------------


def _entry_id(db: Database | Tx, assessment_id: int, code: str) -> int | None:
    row = db.conn.execute(
        "SELECT id FROM score_entries WHERE assessment_id = ? AND code = ?", [assessment_id, code]
    ).fetchone()
    return row[0] if row else None


def ensure_entry(tx: Tx, assessment_id: int, code: str) -> int:
    tx.execute(
        "INSERT OR IGNORE INTO score_entries (assessment_id, code) VALUES (?, ?)", [assessment_id, code]
    )
    entry_id = _entry_id(tx, assessment_id, code)
    assert entry_id is not None
    return entry_id


def split_round_field(field: str) -> tuple[int, str] | None:
    """ "appraisal:2:score" → (2, "score"); None for a field of the entry itself."""
    match = _ROUND_FIELD.match(field)
    if not match or match.group("name") not in ROUND_FIELDS:
        return None
    return int(match.group("round")), match.group("name")


def is_field(field: str) -> bool:
    return field in ENTRY_FIELDS or split_round_field(field) is not None


def read_field(db: Database | Tx, assessment_id: int, code: str, field: str) -> Any:
    entry_id = _entry_id(db, assessment_id, code)
    in_round = split_round_field(field)
    if in_round is not None:
        number, name = in_round
        row = (
            db.conn.execute(
                f"SELECT {name} FROM appraisal_rounds WHERE entry_id = ? AND round = ?", [entry_id, number]
            ).fetchone()
            if entry_id is not None
            else None
        )
        if row is None:
            return {"score": None, "comment": "", "explanation_requested": 0, "response": ""}[name]
        return row[0]
    assert field in ENTRY_FIELDS, field
    if entry_id is None:
        return {"figure": ("", "", "", ""), "self_score": None, "not_applicable": 0, "register_rows": ()}.get(
            field, ""
        )
    if field == "figure":
        row = db.conn.execute(
            "SELECT choice, numerator, denominator, count FROM score_entries WHERE id = ?", [entry_id]
        ).fetchone()
        return tuple(v or "" for v in row)
    value = db.conn.execute(f"SELECT {field} FROM score_entries WHERE id = ?", [entry_id]).fetchone()[0]
    if field == "register_rows":
        return tuple(json.loads(value or "[]"))
    return value


def write_field(tx: Tx, assessment_id: int, code: str, field: str, value: Any) -> None:
    entry_id = ensure_entry(tx, assessment_id, code)
    in_round = split_round_field(field)
    if in_round is not None:
        number, name = in_round
        for missing in range(1, number + 1):
            tx.execute(
                "INSERT OR IGNORE INTO appraisal_rounds (entry_id, round) VALUES (?, ?)", [entry_id, missing]
            )
        tx.execute(
            f"UPDATE appraisal_rounds SET {name} = ? WHERE entry_id = ? AND round = ?",
            [value, entry_id, number],
        )
        return
    assert field in ENTRY_FIELDS, field
    if field == "figure":
        choice, numerator, denominator, count = (v or None for v in value)
        tx.execute(
            "UPDATE score_entries SET choice = ?, numerator = ?, denominator = ?, count = ? WHERE id = ?",
            [choice, numerator, denominator, count, entry_id],
        )
        return
    if field == "register_rows":
        value = json.dumps(list(value), ensure_ascii=False)
    tx.execute(f"UPDATE score_entries SET {field} = ? WHERE id = ?", [value, entry_id])


# --- evidence documents of an entry ---------------------------------------------------------------


def link_document(
    tx: Tx, assessment_id: int, code: str, evidence_id: int, round_: int, position: int | None
) -> int:
    """Attach (at ``position``, or last); returns the position used (the same if attached)."""
    entry_id = ensure_entry(tx, assessment_id, code)
    key = [entry_id, evidence_id, round_]
    row = tx.execute(
        "SELECT position FROM score_evidence WHERE entry_id = ? AND evidence_id = ? AND round = ?", key
    ).fetchone()
    if row:
        return row[0]
    if position is None:
        position = tx.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM score_evidence WHERE entry_id = ? AND round = ?",
            [entry_id, round_],
        ).fetchone()[0]
    else:
        tx.execute(
            "UPDATE score_evidence SET position = position + 1 WHERE entry_id = ? AND round = ? AND position >= ?",
            [entry_id, round_, position],
        )
    tx.execute(
        "INSERT INTO score_evidence (entry_id, evidence_id, round, position) VALUES (?, ?, ?, ?)",
        [*key, position],
    )
    return position


def unlink_document(tx: Tx, assessment_id: int, code: str, evidence_id: int, round_: int) -> int | None:
    entry_id = _entry_id(tx, assessment_id, code)
    if entry_id is None:
        return None
    key = [entry_id, evidence_id, round_]
    row = tx.execute(
        "SELECT position FROM score_evidence WHERE entry_id = ? AND evidence_id = ? AND round = ?", key
    ).fetchone()
    if row is None:
        return None
    tx.execute("DELETE FROM score_evidence WHERE entry_id = ? AND evidence_id = ? AND round = ?", key)
    tx.execute(
        "UPDATE score_evidence SET position = position - 1 WHERE entry_id = ? AND round = ? AND position > ?",
        [entry_id, round_, row[0]],
    )
    return row[0]


# --- revisions -----------------------------------------------------------------------------------


def copy_entries(tx: Tx, source_id: int, target_id: int) -> None:
    """Every entry of ``source_id`` with its rounds and evidence, into ``target_id``."""
    columns = _ENTRY_COLUMNS.split(", ", 2)[2]  # all but id and code
    tx.execute(
        f"INSERT INTO score_entries (assessment_id, code, {columns}) "
        f"SELECT ?, code, {columns} FROM score_entries WHERE assessment_id = ?",
        [target_id, source_id],
    )
    pairs = "SELECT o.id AS old, n.id AS new FROM score_entries o JOIN score_entries n ON n.code = o.code "
    pairs += "AND n.assessment_id = ? WHERE o.assessment_id = ?"
    tx.execute(
        "INSERT INTO appraisal_rounds (entry_id, round, score, comment, explanation_requested, response) "
        f"SELECT p.new, r.round, r.score, r.comment, r.explanation_requested, r.response FROM ({pairs}) p "
        "JOIN appraisal_rounds r ON r.entry_id = p.old",
        [target_id, source_id],
    )
    tx.execute(
        "INSERT INTO score_evidence (entry_id, evidence_id, round, position) "
        f"SELECT p.new, s.evidence_id, s.round, s.position FROM ({pairs}) p JOIN score_evidence s ON s.entry_id = p.old",
        [target_id, source_id],
    )
