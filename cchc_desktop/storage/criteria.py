"""Criteria sets (bộ tiêu chí), versioned by issuer and year: the tree of areas, criteria and
sub-criteria in document order, each rule kept as its canonical "Cách chấm" text (read back with
``parse_rule`` to an equal rule), the tiers, the step, whether the set is a sample."""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain.criteria import SCORE, CriteriaSet, Criterion, GradeTier
from ..errors import NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..scoring.rules import parse_rule
from .session import Database, Tx

define_messages(
    {
        "criteria.not_found": QT_TRANSLATE_NOOP(
            "Messages",
            "Không tìm thấy bộ tiêu chí «{reference}». Dùng lệnh «cchc criteria list» để xem danh sách.",
        ),
    }
)


@dataclass(frozen=True)
class CriteriaSetRecord:
    """A line of the list of stored sets."""

    id: int
    uuid: str
    name: str
    issuer: str
    year: int
    version: int
    is_sample: bool
    leaves: int
    maximum: Decimal
    plan_deadline: str
    source_name: str
    imported_at: str
    assessments: int


def _dec(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def tiers_json(tiers: list[GradeTier]) -> str:
    ordered = sorted(tiers, key=lambda t: t.from_percent, reverse=True)
    return json.dumps([[t.label, _dec(t.from_percent)] for t in ordered], ensure_ascii=False)


def _tiers(text: str) -> list[GradeTier]:
    return [GradeTier(label, Decimal(value)) for label, value in json.loads(text or "[]")]


def next_version(db: Database | Tx, issuer: str, year: int, name: str) -> int:
    row = db.conn.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM criteria_sets WHERE issuer = ? AND year = ? AND name = ?",
        [issuer, year, name],
    ).fetchone()
    return int(row[0])


def insert_set(tx: Tx, criteria_set: CriteriaSet, source_name: str = "", plan_deadline: str = "") -> int:
    """Store ``criteria_set`` as a new version; its uuid (a new one where empty) and the nodes'
    uuids are set on the object. Returns the set's id."""
    criteria_set.uuid = criteria_set.uuid or str(uuidlib.uuid4())
    version = next_version(tx, criteria_set.issuer, criteria_set.year, criteria_set.name)
    cursor = tx.execute(
        "INSERT INTO criteria_sets (uuid, name, issuer, year, version, step, tiers, is_sample, plan_deadline, "
        "source_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            criteria_set.uuid,
            criteria_set.name,
            criteria_set.issuer,
            criteria_set.year,
            version,
            _dec(criteria_set.step),
            tiers_json(criteria_set.tiers),
            int(criteria_set.is_sample),
            plan_deadline,
            source_name,
            tx.now,
        ],
    )
    set_id = int(cursor.lastrowid or 0)
    position = 0

    def insert(node: Criterion, parent_id: int | None) -> None:
        nonlocal position
        node.uuid = f"{criteria_set.uuid}:{node.code}"
        cursor = tx.execute(
            "INSERT INTO criteria (set_id, parent_id, position, code, text, max_points, rule, effect, "
            "evidence_hint, allow_na, province_scored, register_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                set_id,
                parent_id,
                position,
                node.code,
                node.text,
                _dec(node.max_points),
                node.rule.describe(),
                node.rule.effect,
                node.evidence_hint,
                int(node.allow_na),
                int(node.province_scored),
                node.register_source,
            ],
        )
        position += 1
        for child in node.children:
            insert(child, int(cursor.lastrowid or 0))

    for area in criteria_set.areas:
        insert(area, None)
    return set_id


_LIST = (
    "SELECT s.id, s.uuid, s.name, s.issuer, s.year, s.version, s.is_sample, s.plan_deadline, s.source_name, "
    "s.imported_at, (SELECT count(*) FROM assessments a WHERE a.set_id = s.id) FROM criteria_sets s"
)


def _record(row: Any, leaves: dict[int, tuple[int, Decimal]]) -> CriteriaSetRecord:
    count, maximum = leaves.get(row[0], (0, Decimal(0)))
    return CriteriaSetRecord(
        id=row[0],
        uuid=row[1],
        name=row[2],
        issuer=row[3],
        year=row[4],
        version=row[5],
        is_sample=bool(row[6]),
        plan_deadline=row[7],
        source_name=row[8],
        imported_at=row[9],
        assessments=row[10],
        leaves=count,
        maximum=maximum,
    )


def _leaf_totals(db: Database | Tx) -> dict[int, tuple[int, Decimal]]:
    """Leaves and the maximum of the areas that score (bonus and penalty blocks aside) per set."""
    totals: dict[int, tuple[int, Decimal]] = {}
    for set_id, parent_id, max_points, effect, is_leaf in db.conn.execute(
        "SELECT c.set_id, c.parent_id, c.max_points, c.effect, NOT EXISTS (SELECT 1 FROM criteria k "
        "WHERE k.parent_id = c.id) FROM criteria c"
    ):
        count, maximum = totals.get(set_id, (0, Decimal(0)))
        if is_leaf:
            count += 1
        if parent_id is None and effect == SCORE:
            maximum += Decimal(max_points)
        totals[set_id] = (count, maximum)
    return totals


def list_sets(db: Database | Tx) -> list[CriteriaSetRecord]:
    """Newest year first, then by name and version."""
    leaves = _leaf_totals(db)
    rows = db.conn.execute(_LIST + " ORDER BY s.is_sample, s.year DESC, s.name, s.version DESC").fetchall()
    return [_record(r, leaves) for r in rows]


def record(db: Database | Tx, set_id: int) -> CriteriaSetRecord:
    row = db.conn.execute(_LIST + " WHERE s.id = ?", [set_id]).fetchone()
    if row is None:
        raise NotFoundError("criteria.not_found", reference=str(set_id))
    return _record(row, _leaf_totals(db))


def id_for_uuid(db: Database | Tx, set_uuid: str) -> int | None:
    row = db.conn.execute("SELECT id FROM criteria_sets WHERE uuid = ?", [set_uuid]).fetchone()
    return row[0] if row else None


def uuid_of(db: Database | Tx, set_id: int) -> str:
    row = db.conn.execute("SELECT uuid FROM criteria_sets WHERE id = ?", [set_id]).fetchone()
    if row is None:
        raise NotFoundError("criteria.not_found", reference=str(set_id))
    return row[0]


def sample_id(db: Database | Tx) -> int | None:
    row = db.conn.execute("SELECT id FROM criteria_sets WHERE is_sample = 1 ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def load_set(db: Database | Tx, set_id: int) -> CriteriaSet:
    """The stored set as domain objects, rules parsed from their canonical text."""
    head = db.conn.execute(
        "SELECT uuid, name, issuer, year, step, tiers, is_sample FROM criteria_sets WHERE id = ?", [set_id]
    ).fetchone()
    if head is None:
        raise NotFoundError("criteria.not_found", reference=str(set_id))
    step = Decimal(head[4])
    criteria_set = CriteriaSet(
        name=head[1],
        issuer=head[2],
        year=head[3],
        step=step,
        tiers=_tiers(head[5]),
        is_sample=bool(head[6]),
        uuid=head[0],
    )
    nodes: dict[int, Criterion] = {}
    for row in db.conn.execute(
        "SELECT id, parent_id, code, text, max_points, rule, evidence_hint, allow_na, province_scored, "
        "register_source FROM criteria WHERE set_id = ? ORDER BY position",
        [set_id],
    ):
        maximum = Decimal(row[4])
        node = Criterion(
            code=row[2],
            text=row[3],
            max_points=maximum,
            rule=parse_rule(row[5], maximum, step),
            evidence_hint=row[6],
            allow_na=bool(row[7]),
            province_scored=bool(row[8]),
            register_source=row[9],
            uuid=f"{head[0]}:{row[2]}",
        )
        nodes[row[0]] = node
        if row[1] is None:
            criteria_set.areas.append(node)
        else:
            nodes[row[1]].children.append(node)
    return criteria_set


def write_tiers(tx: Tx, set_id: int, tiers: list[GradeTier]) -> None:
    tx.execute("UPDATE criteria_sets SET tiers = ? WHERE id = ?", [tiers_json(tiers), set_id])


def read_tiers(db: Database | Tx, set_id: int) -> list[GradeTier]:
    row = db.conn.execute("SELECT tiers FROM criteria_sets WHERE id = ?", [set_id]).fetchone()
    if row is None:
        raise NotFoundError("criteria.not_found", reference=str(set_id))
    return _tiers(row[0])


def write_plan_deadline(tx: Tx, set_id: int, text: str) -> None:
    tx.execute("UPDATE criteria_sets SET plan_deadline = ? WHERE id = ?", [text, set_id])


def delete_set(tx: Tx, set_id: int) -> None:
    """Only a set no assessment uses (the foreign key refuses otherwise)."""
    tx.execute("DELETE FROM criteria_sets WHERE id = ?", [set_id])
