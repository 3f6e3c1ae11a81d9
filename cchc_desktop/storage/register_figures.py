"""What the task register says for computed criteria: the plan of a year and when it was issued,
its rows with their progress, and the rows carrying a tag (row_tags: "kiem-tra", "doi-thoai"…).
Read-only queries; the scoring service turns them into figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .session import Database, Tx


@dataclass(frozen=True)
class PlanIssue:
    id: int
    uuid: str
    title: str
    reference: str  # "12/KH-UBND"
    issued_on: dt.date | None
    period_kind: str
    period_year: int | None


@dataclass(frozen=True)
class RowState:
    uuid: str
    status: str  # not_started, in_progress, done, cancelled
    done_on: dt.date | None


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


_PLAN = "SELECT id, uuid, title, number, symbol, issued_date, period_kind, period_year FROM plans"


def _issue(row) -> PlanIssue:
    number, symbol = row[3] or "", row[4] or ""
    reference = f"{number}/{symbol}" if number and symbol else number or symbol
    return PlanIssue(row[0], row[1], row[2], reference, _date(row[5]), row[6], row[7])


def plan_by_uuid(db: Database | Tx, plan_uuid: str) -> PlanIssue | None:
    row = db.conn.execute(_PLAN + " WHERE uuid = ? AND deleted_at IS NULL", [plan_uuid]).fetchone()
    return _issue(row) if row else None


def yearly_plans(db: Database | Tx, year: int) -> list[PlanIssue]:
    """Live plans of ``year``: yearly plans first, then the two halves (oldest first)."""
    rows = db.conn.execute(
        _PLAN + " WHERE deleted_at IS NULL AND period_year = ? AND period_kind IN ('year', 'half_year') "
        "ORDER BY period_kind = 'half_year', period_half, id",
        [year],
    ).fetchall()
    return [_issue(r) for r in rows]


def row_states(db: Database | Tx, plan_id: int) -> list[RowState]:
    """Every row of the plan's annex with its progress (not started when none is recorded)."""
    rows = db.conn.execute(
        "SELECT r.uuid, coalesce(p.status, 'not_started'), p.done_on FROM annex_rows r "
        "JOIN annex_items i ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id "
        "LEFT JOIN row_progress p ON p.row_id = r.id WHERE s.plan_id = ? "
        "ORDER BY s.position, i.id, r.position",
        [plan_id],
    ).fetchall()
    return [RowState(r[0], r[1], _date(r[2])) for r in rows]


def tagged_rows(db: Database | Tx, plan_id: int, tag: str) -> list[RowState]:
    rows = db.conn.execute(
        "SELECT r.uuid, coalesce(p.status, 'not_started'), p.done_on FROM row_tags t "
        "JOIN annex_rows r ON r.id = t.row_id JOIN annex_items i ON i.id = r.item_id "
        "JOIN annex_sections s ON s.id = i.section_id LEFT JOIN row_progress p ON p.row_id = r.id "
        "WHERE s.plan_id = ? AND t.tag = ? ORDER BY s.position, i.id, r.position",
        [plan_id, tag],
    ).fetchall()
    return [RowState(r[0], r[1], _date(r[2])) for r in rows]


def row_labels(db: Database | Tx, row_uuids: list[str]) -> dict[str, str]:
    """A short label per row uuid ("I.3 – Kiểm tra công tác CCHC…") for evidence lists."""
    if not row_uuids:
        return {}
    marks = ",".join("?" * len(row_uuids))
    found = {}
    for row_uuid, code, number, task, activity in db.conn.execute(
        "SELECT r.uuid, s.code, i.number, r.task, r.activity FROM annex_rows r "
        "JOIN annex_items i ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id "
        f"WHERE r.uuid IN ({marks})",
        list(row_uuids),
    ):
        text = (task or activity or "").replace("\n", " ")
        found[row_uuid] = f"{code}.{number} – {text[:80]}" if number else text[:80]
    return found
