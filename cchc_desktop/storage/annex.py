"""The annex of a plan: sections → items (→ sub-items) → rows, with their units, progress,
evidence links and tags. Addressed by uuid; positions kept dense (0, 1, 2 …) among siblings.

Inserting takes domain objects and keeps their uuids (a snapshot put back by undo or the
trash gets its own identities back); new objects get new ones.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import AnnexItem, AnnexRow, AnnexSection, RowProgress
from ..errors import InvalidInputError, NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from .bulk import collector_paused, fast_text
from .session import Database, Tx
from .units import UnitResolver

define_messages(
    {
        "annex.node_not_found": QT_TRANSLATE_NOOP(
            "Messages", "Không tìm thấy dòng hoặc mục này trong phụ lục (có thể đã bị xóa)."
        ),
        "annex.bad_parent": QT_TRANSLATE_NOOP("Messages", "Không thể đặt {what} vào vị trí này."),
        "annex.uuid_taken": QT_TRANSLATE_NOOP(
            "Messages", "Mã định danh {uuid} đã có trong cơ sở dữ liệu; không thêm lần nữa."
        ),
    }
)

ROW_FIELDS = ("task", "activity", "result", "due_text", "budget")
UNIT_FIELDS = {"lead": "lead", "partners": "partner"}
ITEM_FIELDS = ("number", "objective")
SECTION_FIELDS = ("code", "title")
_TABLES = {"section": "annex_sections", "item": "annex_items", "row": "annex_rows"}


def new_uuid() -> str:
    import uuid as uuidlib  # loaded on first use: keeps start-up fast

    return str(uuidlib.uuid4())


@dataclass(frozen=True)
class NodeRef:
    """Where a node of the annex is: its kind, id, plan and parent, and its place among siblings.

    The parent of a section is its plan; of an item, its section (``parent_item_id`` None) or
    the item above it; of a row, its item."""

    kind: str
    id: int
    uuid: str
    plan_id: int
    section_id: int | None
    parent_item_id: int | None
    item_id: int | None  # for a row: its item
    position: int


def locate(db_or_tx: Database | Tx, node_uuid: str) -> NodeRef:
    conn = db_or_tx.conn
    row = conn.execute(
        "SELECT id, plan_id, position FROM annex_sections WHERE uuid = ?", [node_uuid]
    ).fetchone()
    if row:
        return NodeRef("section", row[0], node_uuid, row[1], row[0], None, None, row[2])
    row = conn.execute(
        "SELECT i.id, s.plan_id, i.section_id, i.parent_id, i.position FROM annex_items i "
        "JOIN annex_sections s ON s.id = i.section_id WHERE i.uuid = ?",
        [node_uuid],
    ).fetchone()
    if row:
        return NodeRef("item", row[0], node_uuid, row[1], row[2], row[3], None, row[4])
    row = conn.execute(
        "SELECT r.id, s.plan_id, i.section_id, r.item_id, r.position FROM annex_rows r "
        "JOIN annex_items i ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id "
        "WHERE r.uuid = ?",
        [node_uuid],
    ).fetchone()
    if row:
        return NodeRef("row", row[0], node_uuid, row[1], row[2], None, row[3], row[4])
    raise NotFoundError("annex.node_not_found")


# --- reading -----------------------------------------------------------------------------------


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


_IN_PLAN = "JOIN annex_items i ON i.id = r.item_id JOIN annex_sections s ON s.id = i.section_id"


def load_sections(
    db: Database,
    plan_id: int,
    *,
    section_ids: Sequence[int] | None = None,
    item_ids: Sequence[int] | None = None,
) -> list[AnnexSection]:
    """The annex of a plan (or of some of its sections) as domain objects, in annex order."""
    where, params = "s.plan_id = ?", [plan_id]
    if section_ids is not None:
        where += f" AND s.id IN ({','.join('?' * len(section_ids))})"
        params += list(section_ids)
    with collector_paused():
        sections = _load_sections(db, where, params)
    if item_ids is not None:
        wanted = set(item_ids)
        return [s for s in sections if any(i.id in wanted for i in s.all_items())]
    return sections


@fast_text
def _load_sections(db: Database, where: str, params: list[Any]) -> list[AnnexSection]:
    rows_by_item = _load_rows(db, _IN_PLAN, where, params)
    items_by_id: dict[int, AnnexItem] = {}
    top_items: dict[int, list[AnnexItem]] = defaultdict(list)
    item_rows = db.conn.execute(
        "SELECT i.id, i.uuid, i.section_id, i.parent_id, i.number, i.objective FROM annex_items i "
        f"JOIN annex_sections s ON s.id = i.section_id WHERE {where} ORDER BY i.position, i.id",
        params,
    ).fetchall()
    for item_id, item_uuid, _section, _parent, number, objective in item_rows:
        items_by_id[item_id] = AnnexItem(
            number, objective, rows_by_item.get(item_id) or [], [], item_id, item_uuid
        )
    for item_id, _uuid, section_id, parent_id, _number, _objective in item_rows:
        item = items_by_id[item_id]
        parent = items_by_id.get(parent_id) if parent_id is not None else None
        if parent is not None:
            parent.children.append(item)
        else:
            top_items[section_id].append(item)
    return [
        AnnexSection(code, title, top_items[section_id], section_id, section_uuid)
        for section_id, section_uuid, code, title in db.conn.execute(
            f"SELECT s.id, s.uuid, s.code, s.title FROM annex_sections s WHERE {where} ORDER BY s.position",
            params,
        )
    ]


def _load_rows(db: Database | Tx, joins: str, where: str, params: Sequence[Any]) -> dict[int, list[AnnexRow]]:
    """The rows ``annex_rows r {joins} WHERE {where}`` by item, in order, with their units,
    progress, evidence and tags."""
    conn = db.conn
    chosen = f"SELECT r.id FROM annex_rows r {joins} WHERE {where}"
    leads: dict[int, list[str]] = {}
    partners: dict[int, list[str]] = {}
    for row_id, is_partner, label in conn.execute(
        "SELECT ru.row_id, ru.role = 'partner', ru.label FROM annex_row_units ru "
        f"WHERE ru.row_id IN ({chosen}) ORDER BY ru.row_id, ru.role, ru.position",
        params,
    ):
        labels = (partners if is_partner else leads).get(row_id)
        if labels is None:
            labels = (partners if is_partner else leads)[row_id] = []
        labels.append(label)
    evidence: dict[int, list[str]] = defaultdict(list)
    for row_id, evidence_uuid in conn.execute(
        "SELECT re.row_id, e.uuid FROM row_evidence re JOIN evidence_documents e ON e.id = re.evidence_id "
        f"WHERE re.row_id IN ({chosen}) ORDER BY re.row_id, re.position",
        params,
    ):
        evidence[row_id].append(evidence_uuid)
    tags: dict[int, list[str]] = defaultdict(list)
    for row_id, tag in conn.execute(
        f"SELECT t.row_id, t.tag FROM row_tags t WHERE t.row_id IN ({chosen}) ORDER BY t.row_id, t.tag",
        params,
    ):
        tags[row_id].append(tag)
    rows_by_item: dict[int, list[AnnexRow]] = defaultdict(list)
    for row_id, row_uuid, item_id, task, activity, result, due_text, budget, *progress in conn.execute(
        "SELECT r.id, r.uuid, r.item_id, r.task, r.activity, r.result, r.due_text, r.budget, "
        "p.status, p.done_on, p.note, p.reason FROM annex_rows r LEFT JOIN row_progress p ON p.row_id = r.id "
        f"{joins} WHERE {where} ORDER BY r.item_id, r.position",
        params,
    ):
        status, done_on, note, reason = progress
        rows_by_item[item_id].append(
            AnnexRow(
                task,
                activity,
                result,
                leads.get(row_id) or [],
                partners.get(row_id) or [],
                due_text,
                budget,
                row_id,
                row_uuid,
                RowProgress(status or "not_started", _date(done_on), note or "", reason or "")
                if status is not None
                else RowProgress(),
                evidence.get(row_id) or [],
                tags.get(row_id) or [],
            )
        )
    return rows_by_item


def load_node(db: Database, ref: NodeRef) -> AnnexSection | AnnexItem | AnnexRow:
    """One node with everything below it, as domain objects (a snapshot for undo). Only that
    node is read: a row, an item with its sub-items, or a section."""
    if ref.kind == "section":
        for section in load_sections(db, ref.plan_id, section_ids=[ref.id]):
            return section
    elif ref.kind == "row":
        with collector_paused():
            rows = _fast_load_rows(db, "", "r.id = ?", [ref.id])
        for found in rows.values():
            return found[0]
    else:
        with collector_paused():
            item = _load_item(db, ref.id)
        if item is not None:
            return item
    raise NotFoundError("annex.node_not_found")


_fast_load_rows = fast_text(_load_rows)


@fast_text
def _load_item(db: Database, item_id: int) -> AnnexItem | None:
    """An item and every item below it, with their rows."""
    records = db.conn.execute(
        "WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT i.id FROM annex_items i JOIN below "
        "ON i.parent_id = below.id) SELECT i.id, i.uuid, i.parent_id, i.number, i.objective FROM annex_items i "
        "WHERE i.id IN (SELECT id FROM below) ORDER BY i.position, i.id",
        [item_id],
    ).fetchall()
    if not records:
        return None
    ids = [record[0] for record in records]
    rows_by_item = _load_rows(db, "", f"r.item_id IN ({','.join('?' * len(ids))})", ids)
    items = {
        record_id: AnnexItem(number, objective, rows_by_item.get(record_id) or [], [], record_id, record_uuid)
        for record_id, record_uuid, _parent, number, objective in records
    }
    for record_id, _uuid, parent_id, _number, _objective in records:
        if record_id != item_id and parent_id in items:
            items[parent_id].children.append(items[record_id])
    return items.get(item_id)


# --- inserting ---------------------------------------------------------------------------------


def _claim_uuid(tx: Tx, kind: str, wanted: str) -> str:
    if not wanted:
        return new_uuid()
    if tx.execute(f"SELECT 1 FROM {_TABLES[kind]} WHERE uuid = ?", [wanted]).fetchone():
        raise InvalidInputError("annex.uuid_taken", uuid=wanted)
    return wanted


def insert_sections(
    tx: Tx, plan_id: int, sections: Iterable[AnnexSection], position: int, resolver: UnitResolver
) -> list[int]:
    ids = []
    for offset, section in enumerate(sections):
        section.uuid = _claim_uuid(tx, "section", section.uuid)
        cursor = tx.execute(
            "INSERT INTO annex_sections (uuid, plan_id, position, code, title) VALUES (?, ?, ?, ?, ?)",
            [section.uuid, plan_id, position + offset, section.code, section.title],
        )
        section.id = int(cursor.lastrowid or 0)
        ids.append(section.id)
        insert_items(tx, section.id, None, section.items, 0, resolver)
    return ids


def insert_items(
    tx: Tx,
    section_id: int,
    parent_id: int | None,
    items: Iterable[AnnexItem],
    position: int,
    resolver: UnitResolver,
) -> list[int]:
    ids = []
    for offset, item in enumerate(items):
        item.uuid = _claim_uuid(tx, "item", item.uuid)
        cursor = tx.execute(
            "INSERT INTO annex_items (uuid, section_id, parent_id, position, number, objective) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [item.uuid, section_id, parent_id, position + offset, item.number, item.objective],
        )
        item.id = int(cursor.lastrowid or 0)
        ids.append(item.id)
        insert_rows(tx, item.id, item.rows, 0, resolver)
        insert_items(tx, section_id, item.id, item.children, 0, resolver)
    return ids


def insert_rows(
    tx: Tx, item_id: int, rows: Iterable[AnnexRow], position: int, resolver: UnitResolver
) -> list[int]:
    ids = []
    for offset, row in enumerate(rows):
        row.uuid = _claim_uuid(tx, "row", row.uuid)
        cursor = tx.execute(
            "INSERT INTO annex_rows (uuid, item_id, position, task, activity, result, due_text, budget) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row.uuid,
                item_id,
                position + offset,
                row.task,
                row.activity,
                row.result,
                row.due_text,
                row.budget,
            ],
        )
        row.id = int(cursor.lastrowid or 0)
        ids.append(row.id)
        write_row_units(tx, row.id, "lead", row.lead, resolver)
        write_row_units(tx, row.id, "partner", row.partners, resolver)
        if not row.progress.is_empty():
            write_progress(tx, row.id, row.progress)
        if row.evidence:
            tx.executemany(
                "INSERT OR IGNORE INTO row_evidence (row_id, evidence_id, position) "
                "SELECT ?, id, ? FROM evidence_documents WHERE uuid = ?",
                [(row.id, i, e) for i, e in enumerate(row.evidence)],
            )
        if row.tags:
            tx.executemany(
                "INSERT OR IGNORE INTO row_tags (row_id, tag) VALUES (?, ?)", [(row.id, t) for t in row.tags]
            )
    return ids


def write_row_units(tx: Tx, row_id: int, role: str, labels: Sequence[str], resolver: UnitResolver) -> None:
    tx.execute("DELETE FROM annex_row_units WHERE row_id = ? AND role = ?", [row_id, role])
    tx.executemany(
        "INSERT INTO annex_row_units (row_id, role, position, label, unit_id) VALUES (?, ?, ?, ?, ?)",
        [(row_id, role, i, label, resolver.resolve(label)) for i, label in enumerate(labels)],
    )


def write_progress(tx: Tx, row_id: int, progress: RowProgress) -> None:
    tx.execute(
        "INSERT INTO row_progress (row_id, status, done_on, note, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (row_id) DO UPDATE SET status = excluded.status, done_on = excluded.done_on, "
        "note = excluded.note, reason = excluded.reason, updated_at = excluded.updated_at",
        [
            row_id,
            progress.status,
            progress.done_on.isoformat() if progress.done_on else None,
            progress.note,
            progress.reason,
            tx.now,
        ],
    )


# --- changing ----------------------------------------------------------------------------------


def sibling_ids(
    tx: Tx | Database,
    kind: str,
    *,
    plan_id: int | None = None,
    section_id: int | None = None,
    parent_item_id: int | None = None,
    item_id: int | None = None,
) -> list[int]:
    """Ids of a parent's children of one kind, in order."""
    conn = tx.conn
    if kind == "section":
        return [
            r[0]
            for r in conn.execute(
                "SELECT id FROM annex_sections WHERE plan_id = ? ORDER BY position", [plan_id]
            )
        ]
    if kind == "item":
        if parent_item_id is None:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM annex_items WHERE section_id = ? AND parent_id IS NULL "
                    "ORDER BY position, id",
                    [section_id],
                )
            ]
        return [
            r[0]
            for r in conn.execute(
                "SELECT id FROM annex_items WHERE parent_id = ? ORDER BY position, id", [parent_item_id]
            )
        ]
    return [
        r[0] for r in conn.execute("SELECT id FROM annex_rows WHERE item_id = ? ORDER BY position", [item_id])
    ]


def resequence(tx: Tx, kind: str, ordered_ids: Sequence[int]) -> None:
    """Positions 0, 1, 2 … in the given order. Two passes: the tables keep positions unique."""
    if not ordered_ids:
        return
    table = _TABLES[kind]
    marks = ",".join("?" * len(ordered_ids))
    tx.execute(f"UPDATE {table} SET position = -1 - position WHERE id IN ({marks})", list(ordered_ids))
    tx.executemany(
        f"UPDATE {table} SET position = ? WHERE id = ?", [(i, n) for i, n in enumerate(ordered_ids)]
    )


def siblings_of(tx: Tx | Database, ref: NodeRef) -> list[int]:
    return sibling_ids(
        tx,
        ref.kind,
        plan_id=ref.plan_id,
        section_id=ref.section_id,
        parent_item_id=ref.parent_item_id,
        item_id=ref.item_id,
    )


def delete_node(tx: Tx, ref: NodeRef) -> None:
    """Remove a node and everything below it (rows cascade), then close the gap."""
    tx.execute(f"DELETE FROM {_TABLES[ref.kind]} WHERE id = ?", [ref.id])
    resequence(tx, ref.kind, siblings_of(tx, ref))


def update_field(
    tx: Tx, ref: NodeRef, field: str, value: object, resolver: UnitResolver | None = None
) -> None:
    if ref.kind == "row" and field in UNIT_FIELDS:
        write_row_units(tx, ref.id, UNIT_FIELDS[field], list(value), resolver or UnitResolver(tx))  # type: ignore[call-overload]
    elif (ref.kind, field) in {("row", f) for f in ROW_FIELDS} | {("item", f) for f in ITEM_FIELDS} | {
        ("section", f) for f in SECTION_FIELDS
    }:
        tx.execute(f"UPDATE {_TABLES[ref.kind]} SET {field} = ? WHERE id = ?", [value, ref.id])
    else:
        raise ValueError(f"{ref.kind}.{field}")


def read_field(db: Database | Tx, ref: NodeRef, field: str) -> object:
    if ref.kind == "row" and field in UNIT_FIELDS:
        return [
            r[0]
            for r in db.conn.execute(
                "SELECT label FROM annex_row_units WHERE row_id = ? AND role = ? ORDER BY position",
                [ref.id, UNIT_FIELDS[field]],
            )
        ]
    return db.conn.execute(f"SELECT {field} FROM {_TABLES[ref.kind]} WHERE id = ?", [ref.id]).fetchone()[0]


def place(
    tx: Tx,
    ref: NodeRef,
    *,
    section_id: int | None,
    parent_item_id: int | None,
    item_id: int | None,
    position: int,
) -> NodeRef:
    """Move a node under a new parent (or within its own) at ``position``; sub-items follow."""
    old_siblings = [i for i in siblings_of(tx, ref) if i != ref.id]
    if ref.kind == "section":
        tx.execute("UPDATE annex_sections SET position = -1000000 - id WHERE id = ?", [ref.id])
    elif ref.kind == "item":
        tx.execute(
            "UPDATE annex_items SET section_id = ?, parent_id = ?, position = -1000000 - id WHERE id = ?",
            [section_id, parent_item_id, ref.id],
        )
        if section_id != ref.section_id:  # the sub-items move to the new section too
            tx.execute(
                "WITH RECURSIVE below(id) AS (SELECT id FROM annex_items WHERE parent_id = ? "
                "UNION ALL SELECT a.id FROM annex_items a JOIN below b ON a.parent_id = b.id) "
                "UPDATE annex_items SET section_id = ? WHERE id IN below",
                [ref.id, section_id],
            )
    elif ref.kind == "row":
        tx.execute(
            "UPDATE annex_rows SET item_id = ?, position = -1000000 - id WHERE id = ?", [item_id, ref.id]
        )
    resequence(tx, ref.kind, old_siblings)
    moved = NodeRef(
        ref.kind,
        ref.id,
        ref.uuid,
        ref.plan_id,
        section_id if ref.kind != "row" else ref.section_id,
        parent_item_id,
        item_id,
        position,
    )
    new_siblings = [i for i in siblings_of(tx, moved) if i != ref.id]
    position = max(0, min(position, len(new_siblings)))
    new_siblings.insert(position, ref.id)
    resequence(tx, ref.kind, new_siblings)
    return locate(tx, ref.uuid)


def insert_at(
    tx: Tx,
    kind: str,
    nodes: Sequence[AnnexSection | AnnexItem | AnnexRow],
    position: int,
    *,
    plan_id: int | None = None,
    section_id: int | None = None,
    parent_item_id: int | None = None,
    item_id: int | None = None,
    resolver: UnitResolver | None = None,
) -> list[int]:
    """Insert ``nodes`` (with everything below them) among a parent's children at ``position``."""
    resolver = resolver or UnitResolver(tx)
    siblings = sibling_ids(
        tx, kind, plan_id=plan_id, section_id=section_id, parent_item_id=parent_item_id, item_id=item_id
    )
    parked = 1_000_000 + len(siblings)  # clear of every existing position (they are unique)
    if kind == "section":
        ids = insert_sections(tx, plan_id or 0, nodes, parked, resolver)  # type: ignore[arg-type]
    elif kind == "item":
        ids = insert_items(tx, section_id or 0, parent_item_id, nodes, parked, resolver)  # type: ignore[arg-type]
    else:
        ids = insert_rows(tx, item_id or 0, nodes, parked, resolver)  # type: ignore[arg-type]
    position = max(0, min(position, len(siblings)))
    resequence(tx, kind, siblings[:position] + ids + siblings[position:])
    return ids
