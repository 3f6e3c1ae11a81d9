"""Plans: their document fields, body sections and unit list; the plan list; the trash.

Deleting moves a plan to the trash (``deleted_at``); restoring it brings back the same plan,
same ids. Only emptying the trash removes rows for good.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..domain import BodySection, Period, PlanCounts, PlanDocument, PlanInfo, PlanSummary, Signer, Unit
from ..errors import InvalidInputError, NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..text import fold
from . import annex
from .session import Database, Tx
from .units import UnitResolver

define_messages(
    {
        "plan.not_found_id": QT_TRANSLATE_NOOP("Messages", "Không có kế hoạch số {id}."),
        "plan.uuid_exists": QT_TRANSLATE_NOOP(
            "Messages",
            "Kế hoạch «{title}» (mã {uuid}) đã có trong dữ liệu này{where}. Muốn thêm một bản "
            "sao với mã mới, hãy nhập lại với tùy chọn --as-copy (trong cửa sổ: «Nhập thành bản sao»).",
        ),
        "plan.uuid_exists.trash": QT_TRANSLATE_NOOP("Messages", " (đang ở thùng rác)"),
    }
)

# Columns of the plans table that a document field writes (the plan form edits these).
INFO_COLUMNS = {
    "title": "title",
    "issuer": "issuer",
    "issuer_header": "issuer_header",
    "number": "number",
    "symbol": "symbol",
    "issued_date": "issued_date",
    "place": "place",
    "signer_name": "signer_name",
    "signer_position": "signer_position",
    "signer_authority": "signer_authority",
    "recipients": "recipients",
    "annex_title": "annex_title",
    "annex_note": "annex_note",
    "numbering": "numbering",
}


# Stored values are read leniently: a damaged byte must cost one field, not the whole plan.
def _json_list(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _iso_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except (ValueError, TypeError):
        return None


def plan_info(row: Any) -> PlanInfo:
    return PlanInfo(
        title=row["title"],
        period=Period(
            kind=row["period_kind"],
            year=row["period_year"],
            half=row["period_half"],
            start_year=row["period_start_year"],
            end_year=row["period_end_year"],
        ),
        issuer=row["issuer"],
        issuer_header=_json_list(row["issuer_header"]),
        number=row["number"],
        symbol=row["symbol"],
        issued_date=_iso_date(row["issued_date"]),
        place=row["place"],
        signer=Signer(row["signer_name"], row["signer_position"], row["signer_authority"]),
        recipients=_json_list(row["recipients"]),
        annex_title=row["annex_title"],
        annex_note=row["annex_note"],
        numbering=row["numbering"] or "per_section",
    )


_COUNTS_SQL = """
    (SELECT count(*) FROM annex_sections s WHERE s.plan_id = p.id) AS n_sections,
    (SELECT count(*) FROM annex_items i JOIN annex_sections s ON s.id = i.section_id
      WHERE s.plan_id = p.id AND NOT EXISTS (SELECT 1 FROM annex_items c WHERE c.parent_id = i.id)) AS n_tasks,
    (SELECT count(*) FROM annex_items i JOIN annex_sections s ON s.id = i.section_id
      WHERE s.plan_id = p.id AND EXISTS (SELECT 1 FROM annex_items c WHERE c.parent_id = i.id)) AS n_groups,
    (SELECT count(*) FROM annex_rows r JOIN annex_items i ON i.id = r.item_id
      JOIN annex_sections s ON s.id = i.section_id WHERE s.plan_id = p.id) AS n_rows
"""


def _summary(row: Any) -> PlanSummary:
    info = plan_info(row)
    return PlanSummary(
        id=row["id"],
        uuid=row["uuid"],
        title=info.title,
        period=info.period,
        reference=info.reference(),
        issued_date=info.issued_date,
        counts=PlanCounts(row["n_sections"], row["n_tasks"], row["n_rows"], row["n_groups"]),
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def summaries(db: Database, *, trashed: bool = False, plan_id: int | None = None) -> list[PlanSummary]:
    """The plan list, newest period first (or the trash, most recently deleted first)."""
    where = "p.deleted_at IS NOT NULL" if trashed else "p.deleted_at IS NULL"
    params: list[Any] = []
    if plan_id is not None:
        where, params = "p.id = ?", [plan_id]
    order = (
        "p.deleted_at DESC"
        if trashed
        else "coalesce(p.period_year, p.period_start_year) DESC, coalesce(p.period_half, 0) DESC, p.id DESC"
    )
    return [
        _summary(r)
        for r in db.query(f"SELECT p.*, {_COUNTS_SQL} FROM plans p WHERE {where} ORDER BY {order}", params)
    ]


def counts(db: Database | Tx, plan_id: int) -> PlanCounts:
    row = db.conn.execute(f"SELECT {_COUNTS_SQL} FROM plans p WHERE p.id = ?", [plan_id]).fetchone()
    return PlanCounts(row[0], row[1], row[3], row[2]) if row else PlanCounts(0, 0, 0)


def live_count(db: Database | Tx) -> int:
    return db.conn.execute("SELECT count(*) FROM plans WHERE deleted_at IS NULL").fetchone()[0]


def id_for_uuid(db: Database | Tx, plan_uuid: str) -> int | None:
    row = db.conn.execute("SELECT id FROM plans WHERE uuid = ?", [plan_uuid]).fetchone()
    return row[0] if row else None


def load_info(db: Database, plan_id: int) -> tuple[PlanInfo, str, str | None]:
    """(info, uuid, deleted_at) of a plan, body included."""
    row = db.query_one("SELECT * FROM plans WHERE id = ?", [plan_id])
    if row is None:
        raise NotFoundError("plan.not_found_id", id=plan_id)
    info = plan_info(row)
    info.body = [
        BodySection(b["heading"], b["text"])
        for b in db.query(
            "SELECT heading, text FROM plan_body_sections WHERE plan_id = ? ORDER BY position", [plan_id]
        )
    ]
    return info, row["uuid"], row["deleted_at"]


def load_document(db: Database, plan_id: int) -> PlanDocument:
    info, plan_uuid, _deleted = load_info(db, plan_id)
    # The plan's own unit list, then the units its rows name that the list lacks (added by
    # editing or by appending an annex), in the order the annex names them.
    units = [
        Unit(u["name"], u["short_name"], id=u["id"], uuid=u["uuid"])
        for u in db.query(
            "SELECT u.id, u.uuid, u.name, u.short_name FROM plan_units pu JOIN units u ON u.id = pu.unit_id "
            "WHERE pu.plan_id = ? ORDER BY pu.position",
            [plan_id],
        )
    ]
    listed = {u.id for u in units}
    for u in db.query(
        "SELECT u.id, u.uuid, u.name, u.short_name, min(s.position * 1000000 + i.position * 1000 + ru.position) "
        "AS first_use FROM annex_row_units ru JOIN units u ON u.id = ru.unit_id "
        "JOIN annex_rows r ON r.id = ru.row_id JOIN annex_items i ON i.id = r.item_id "
        "JOIN annex_sections s ON s.id = i.section_id WHERE s.plan_id = ? GROUP BY u.id ORDER BY first_use",
        [plan_id],
    ):
        if u["id"] not in listed:
            units.append(Unit(u["name"], u["short_name"], id=u["id"], uuid=u["uuid"]))
    return PlanDocument(
        plan=info, sections=annex.load_sections(db, plan_id), units=units, id=plan_id, uuid=plan_uuid
    )


def insert_document(tx: Tx, doc: PlanDocument) -> int:
    """Store a whole plan with its annex; the document's uuids are kept (new ones where empty).
    A plan uuid already in the database (also in the trash) is refused."""
    plan, period = doc.plan, doc.plan.period
    if doc.uuid:
        row = tx.execute("SELECT title, deleted_at FROM plans WHERE uuid = ?", [doc.uuid]).fetchone()
        if row:
            raise InvalidInputError(
                "plan.uuid_exists",
                title=row[0],
                uuid=doc.uuid,
                where="" if row[1] is None else Message("plan.uuid_exists.trash"),
            )
    import uuid as uuidlib  # loaded on first use: keeps start-up fast

    doc.uuid = doc.uuid or str(uuidlib.uuid4())
    now = tx.now
    cursor = tx.execute(
        """INSERT INTO plans (uuid, title, issuer, issuer_header, number, symbol, issued_date, place,
               period_kind, period_year, period_half, period_start_year, period_end_year,
               signer_name, signer_position, signer_authority, recipients, annex_title, annex_note,
               numbering, search_text, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            doc.uuid,
            plan.title,
            plan.issuer,
            json.dumps(plan.issuer_header, ensure_ascii=False),
            plan.number,
            plan.symbol,
            plan.issued_date.isoformat() if plan.issued_date else None,
            plan.place,
            period.kind,
            period.year,
            period.half,
            period.start_year,
            period.end_year,
            plan.signer.name,
            plan.signer.position,
            plan.signer.authority,
            json.dumps(plan.recipients, ensure_ascii=False),
            plan.annex_title,
            plan.annex_note,
            plan.numbering,
            fold(f"{plan.title} {plan.reference()}"),
            now,
            now,
        ],
    )
    plan_id = int(cursor.lastrowid or 0)
    doc.id = plan_id
    tx.executemany(
        "INSERT INTO plan_body_sections (plan_id, position, heading, text) VALUES (?, ?, ?, ?)",
        [(plan_id, i, b.heading, b.text) for i, b in enumerate(plan.body)],
    )
    resolver = UnitResolver(tx)
    declare_units(tx, plan_id, doc.units, resolver)
    annex.insert_sections(tx, plan_id, doc.sections, 0, resolver)
    return plan_id


def declare_units(tx: Tx, plan_id: int, units: list[Unit], resolver: UnitResolver) -> list[int]:
    """Add units to the plan's own unit list (after those it has); return the ids newly listed."""
    listed = {r[0] for r in tx.execute("SELECT unit_id FROM plan_units WHERE plan_id = ?", [plan_id])}
    position = tx.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM plan_units WHERE plan_id = ?", [plan_id]
    ).fetchone()[0]
    added = []
    for unit in units:
        unit_id = resolver.declare(unit)
        if unit_id not in listed:
            tx.execute(
                "INSERT INTO plan_units (plan_id, unit_id, position) VALUES (?, ?, ?)",
                [plan_id, unit_id, position],
            )
            listed.add(unit_id)
            added.append(unit_id)
            position += 1
    return added


def touch(tx: Tx, plan_id: int) -> None:
    tx.execute("UPDATE plans SET updated_at = ? WHERE id = ?", [tx.now, plan_id])


def set_trashed(tx: Tx, plan_id: int, trashed: bool) -> None:
    tx.execute("UPDATE plans SET deleted_at = ? WHERE id = ?", [tx.now if trashed else None, plan_id])


def purge(tx: Tx, plan_id: int) -> None:
    tx.execute("DELETE FROM plans WHERE id = ?", [plan_id])


def read_info_field(db: Database | Tx, plan_id: int, field: str) -> Any:
    if field == "body":
        return [
            (h, t)
            for h, t in db.conn.execute(
                "SELECT heading, text FROM plan_body_sections WHERE plan_id = ? ORDER BY position", [plan_id]
            )
        ]
    if field == "period":
        row = db.conn.execute(
            "SELECT period_kind, period_year, period_half, period_start_year, period_end_year "
            "FROM plans WHERE id = ?",
            [plan_id],
        ).fetchone()
        return tuple(row)
    value = db.conn.execute(f"SELECT {INFO_COLUMNS[field]} FROM plans WHERE id = ?", [plan_id]).fetchone()[0]
    if field in ("issuer_header", "recipients"):
        return tuple(_json_list(value))
    return value


def write_info_field(tx: Tx, plan_id: int, field: str, value: Any) -> None:
    """One document field of a plan. Lists are tuples of lines; the period a 5-tuple."""
    if field == "body":
        tx.execute("DELETE FROM plan_body_sections WHERE plan_id = ?", [plan_id])
        tx.executemany(
            "INSERT INTO plan_body_sections (plan_id, position, heading, text) VALUES (?, ?, ?, ?)",
            [(plan_id, i, h, t) for i, (h, t) in enumerate(value)],
        )
    elif field == "period":
        tx.execute(
            "UPDATE plans SET period_kind = ?, period_year = ?, period_half = ?, period_start_year = ?, "
            "period_end_year = ? WHERE id = ?",
            [*value, plan_id],
        )
    else:
        if field in ("issuer_header", "recipients"):
            value = json.dumps(list(value), ensure_ascii=False)
        tx.execute(f"UPDATE plans SET {INFO_COLUMNS[field]} = ? WHERE id = ?", [value, plan_id])
    if field in ("title", "number", "symbol"):
        row = tx.execute("SELECT title, number, symbol FROM plans WHERE id = ?", [plan_id]).fetchone()
        reference = f"{row[1]}/{row[2]}" if row[1] and row[2] else row[1] or row[2]
        tx.execute("UPDATE plans SET search_text = ? WHERE id = ?", [fold(f"{row[0]} {reference}"), plan_id])
    touch(tx, plan_id)
