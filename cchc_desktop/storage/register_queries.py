"""Reading a plan's annex flat and fast for the task register: sections, items, rows with their
progress, units, evidence counts and tags, as plain tuples (the service builds the row views).
A whole plan, or only some rows (refreshing a view after an edit)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any, NamedTuple

from ..domain import AnnexItem, AnnexSection
from .bulk import fast_text
from .session import Database, Tx

# Texts decoded by SQLite itself, read again the lenient way if one is damaged (storage/bulk.py).
_fast_text = fast_text


class RowRecord(NamedTuple):
    id: int
    uuid: str
    item_id: int
    task: str
    activity: str
    result: str
    due_text: str
    budget: str
    status: str
    done_on: str | None
    note: str
    reason: str


class ItemRecord(NamedTuple):
    id: int
    uuid: str
    section_id: int
    parent_id: int | None
    number: str
    objective: str


class SectionRecord(NamedTuple):
    id: int
    uuid: str
    code: str
    title: str


class RowUnits(NamedTuple):
    """A row's lead and partner labels, in order, and the directory units they name. Shared
    between rows naming the same units: never changed in place."""

    lead: tuple[str, ...]
    partners: tuple[str, ...]
    unit_ids: tuple[int, ...]


NO_UNITS = RowUnits((), (), ())


def _scope(plan_id: int, row_ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    """The WHERE clause over rows ``r`` joined to items ``i`` and sections ``s``."""
    if row_ids is None:
        return "s.plan_id = ?", [plan_id]
    return f"s.plan_id = ? AND r.id IN ({','.join('?' * len(row_ids))})", [plan_id, *row_ids]


_JOIN = "JOIN annex_items i ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id"


@_fast_text
def sections(db: Database | Tx, plan_id: int) -> list[SectionRecord]:
    return [
        SectionRecord(*r)
        for r in db.conn.execute(
            "SELECT id, uuid, code, title FROM annex_sections WHERE plan_id = ? ORDER BY position", [plan_id]
        )
    ]


@_fast_text
def items(db: Database | Tx, plan_id: int, section_uuids: Collection[str] | None = None) -> list[ItemRecord]:
    """Items of a plan (or of some of its sections), siblings in order (the caller walks them
    into annex order)."""
    where = "s.plan_id = ?"
    params: list[Any] = [plan_id]
    if section_uuids is not None:
        where += f" AND s.uuid IN ({','.join('?' * len(section_uuids))})"
        params += list(section_uuids)
    cursor = db.conn.execute(
        "SELECT i.id, i.uuid, i.section_id, i.parent_id, i.number, i.objective FROM annex_items i "
        f"JOIN annex_sections s ON s.id = i.section_id WHERE {where} ORDER BY i.position, i.id",
        params,
    )
    return list(map(ItemRecord._make, cursor))


@_fast_text
def rows(db: Database | Tx, plan_id: int, row_ids: Sequence[int] | None = None) -> list[RowRecord]:
    """Rows with their progress, by item then position."""
    where, params = _scope(plan_id, row_ids)
    cursor = db.conn.execute(
        "SELECT r.id, r.uuid, r.item_id, r.task, r.activity, r.result, r.due_text, "
        "r.budget, coalesce(p.status, 'not_started'), p.done_on, coalesce(p.note, ''), coalesce(p.reason, '') "
        f"FROM annex_rows r LEFT JOIN row_progress p ON p.row_id = r.id {_JOIN} WHERE {where} "
        "ORDER BY r.item_id, r.position",
        params,
    )
    return list(map(RowRecord._make, cursor))


# A row as the whole register reads it: (id, uuid, item id, position, task, activity, result,
# due text, budget); its progress apart (most rows have none).
RowCells = tuple[int, str, int, int, str, str, str, str, str]
Progress = tuple[str, str | None, str, str]  # status, done_on, note, reason
NO_PROGRESS: Progress = ("not_started", None, "", "")


@_fast_text
def row_cells(db: Database | Tx, plan_id: int) -> list[RowCells]:
    """Every row of a plan, in no particular order (the caller groups them by item and sorts
    each item's rows by position: cheaper than SQLite sorting them all)."""
    return db.conn.execute(
        "SELECT r.id, r.uuid, r.item_id, r.position, r.task, r.activity, r.result, r.due_text, r.budget "
        f"FROM annex_rows r {_JOIN} WHERE s.plan_id = ?",
        [plan_id],
    ).fetchall()


@_fast_text
def progress(db: Database | Tx, plan_id: int) -> dict[int, Progress]:
    """The progress recorded on a plan's rows, by row id (rows without any are left out)."""
    return {
        r[0]: r[1:]
        for r in db.conn.execute(
            "SELECT p.row_id, p.status, p.done_on, p.note, p.reason FROM row_progress p "
            f"WHERE p.row_id IN (SELECT r.id FROM annex_rows r {_JOIN} WHERE s.plan_id = ?)",
            [plan_id],
        )
    }


@_fast_text
def row_units(db: Database | Tx, plan_id: int, row_ids: Sequence[int] | None = None) -> dict[int, RowUnits]:
    """Lead and partner labels of rows, in order, and the directory units they name.

    One line per row, its units gathered by SQLite as a JSON array: a 10,000-row annex names
    30,000 units, and reading them one by one costs more than the rest of the register; rows
    naming the same units (most of them) share one parsed value. Each unit carries its role and
    position, so the order SQLite gathers them in does not matter."""
    where, params = _scope(plan_id, row_ids)
    parsed: dict[str, RowUnits] = {}
    out: dict[int, RowUnits] = {}
    for row_id, joined in db.conn.execute(
        "SELECT ru.row_id, json_group_array(json_array(ru.role != 'lead', ru.position, ru.unit_id, ru.label)) "
        f"FROM annex_row_units ru WHERE ru.row_id IN (SELECT r.id FROM annex_rows r {_JOIN} WHERE {where}) "
        "GROUP BY ru.row_id",
        params,
    ):
        units = parsed.get(joined)
        if units is None:
            units = parsed[joined] = _parse_units(joined)
        out[row_id] = units
    return out


def _parse_units(joined: str) -> RowUnits:
    pieces = sorted(map(tuple, json.loads(joined)))  # (partner, position, unit id, label)
    return RowUnits(
        tuple(label for partner, _p, _u, label in pieces if not partner),
        tuple(label for partner, _p, _u, label in pieces if partner),
        tuple(dict.fromkeys(unit_id for _r, _p, unit_id, _l in pieces if unit_id)),
    )


@_fast_text
def evidence_counts(db: Database | Tx, plan_id: int, row_ids: Sequence[int] | None = None) -> dict[int, int]:
    where, params = _scope(plan_id, row_ids)
    return dict(
        db.conn.execute(
            f"SELECT re.row_id, count(*) FROM row_evidence re JOIN annex_rows r ON r.id = re.row_id {_JOIN} "
            f"WHERE {where} GROUP BY re.row_id",
            params,
        ).fetchall()
    )


@_fast_text
def row_tags(db: Database | Tx, plan_id: int, row_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
    where, params = _scope(plan_id, row_ids)
    out: dict[int, list[str]] = defaultdict(list)
    for row_id, tag in db.conn.execute(
        f"SELECT t.row_id, t.tag FROM row_tags t JOIN annex_rows r ON r.id = t.row_id {_JOIN} "
        f"WHERE {where} ORDER BY t.row_id, t.tag",
        params,
    ):
        out[row_id].append(tag)
    return out


@_fast_text
def unit_names(db: Database | Tx) -> dict[int, tuple[str, str]]:
    """Every unit of the directory: id → (name, short name)."""
    return {r[0]: (r[1], r[2]) for r in db.conn.execute("SELECT id, name, short_name FROM units")}


@_fast_text
def row_order(
    db: Database | Tx, plan_id: int, section_uuids: Collection[str] | None = None
) -> list[tuple[int, str, int]]:
    """(id, uuid, item id) of every row (of some sections), by item then position: the annex's
    shape, cheaply."""
    where = "s.plan_id = ?"
    params: list[Any] = [plan_id]
    if section_uuids is not None:
        where += f" AND s.uuid IN ({','.join('?' * len(section_uuids))})"
        params += list(section_uuids)
    return db.conn.execute(
        f"SELECT r.id, r.uuid, r.item_id FROM annex_rows r {_JOIN} WHERE {where} ORDER BY r.item_id, r.position",
        params,
    ).fetchall()


def plan_heading(db: Database | Tx, plan_id: int) -> tuple[Any, ...] | None:
    """(uuid, title, period kind, year, half, start year, end year, numbering) of a plan: what
    a register's heading shows, without the counts of the plan list."""
    return db.conn.execute(
        "SELECT uuid, title, period_kind, period_year, period_half, period_start_year, period_end_year, "
        "numbering FROM plans WHERE id = ?",
        [plan_id],
    ).fetchone()


def row_ids(db: Database | Tx, plan_id: int, uuids: Sequence[str]) -> dict[str, int]:
    """Ids of the plan's rows among ``uuids`` (others are left out)."""
    if not uuids:
        return {}
    marks = ",".join("?" * len(uuids))
    return {
        r[0]: r[1]
        for r in db.conn.execute(
            f"SELECT r.uuid, r.id FROM annex_rows r {_JOIN} WHERE s.plan_id = ? AND r.uuid IN ({marks})",
            [plan_id, *uuids],
        )
    }


def plan_of_row(db: Database | Tx, row_uuid: str) -> int | None:
    row = db.conn.execute(
        f"SELECT s.plan_id FROM annex_rows r {_JOIN} WHERE r.uuid = ?", [row_uuid]
    ).fetchone()
    return row[0] if row else None


def uuid_of(db: Database | Tx, kind: str, node_id: int | None) -> str:
    """The uuid of a plan, section or item by its id ("" when there is none)."""
    table = {"plan": "plans", "section": "annex_sections", "item": "annex_items"}[kind]
    row = db.conn.execute(f"SELECT uuid FROM {table} WHERE id = ?", [node_id]).fetchone()
    return row[0] if row else ""


def numbering_tree(
    db: Database | Tx, plan_id: int, section_uuids: Collection[str] | None = None
) -> list[AnnexSection]:
    """Sections and items (numbers and uuids, no rows): all renumbering needs, at a fraction of
    the cost of loading the whole annex; items of the given sections only, when given."""
    tree = [AnnexSection(s.code, s.title, id=s.id, uuid=s.uuid) for s in sections(db, plan_id)]
    by_section = {s.id: s for s in tree}
    made: dict[int, AnnexItem] = {}
    records = items(db, plan_id, section_uuids)
    for record in records:
        made[record.id] = AnnexItem(record.number, id=record.id, uuid=record.uuid)
    for record in records:
        item = made[record.id]
        if record.parent_id is None:
            by_section[record.section_id].items.append(item)
        else:
            made[record.parent_id].children.append(item)
    return tree
