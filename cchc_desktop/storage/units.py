"""The unit directory (Đơn vị): names as annexes write them, matched by ``text.unit_key``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..domain import Unit
from ..errors import InvalidInputError, NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, define_messages
from ..text import clean, fold, unit_key
from .session import Database, Tx

define_messages(
    {
        "unit.empty_name": QT_TRANSLATE_NOOP("Messages", "Tên đơn vị không được để trống."),
        "unit.exists": QT_TRANSLATE_NOOP(
            "Messages",
            "Đơn vị «{name}» đã có trong danh mục (trùng với «{existing}»). Hãy gộp hai đơn vị "
            "nếu đó là một.",
        ),
        "unit.not_found": QT_TRANSLATE_NOOP("Messages", "Không tìm thấy đơn vị «{reference}»."),
        "unit.merge_self": QT_TRANSLATE_NOOP("Messages", "Không gộp một đơn vị vào chính nó."),
    }
)


@dataclass(frozen=True)
class UnitUse:
    """A unit with how many rows name it (lead or partner)."""

    unit: Unit
    rows: int


def _unit(row) -> Unit:
    return Unit(row["name"], row["short_name"], id=row["id"], uuid=row["uuid"])


def list_units(db: Database) -> list[Unit]:
    return [
        _unit(r)
        for r in db.query("SELECT id, uuid, name, short_name FROM units ORDER BY name COLLATE NOCASE")
    ]


def list_usage(db: Database) -> list[UnitUse]:
    rows = db.query(
        "SELECT u.id, u.uuid, u.name, u.short_name, "
        "(SELECT count(DISTINCT ru.row_id) FROM annex_row_units ru WHERE ru.unit_id = u.id) AS uses "
        "FROM units u ORDER BY u.name COLLATE NOCASE"
    )
    return [UnitUse(_unit(r), r["uses"]) for r in rows]


def find_unit(db: Database, reference: str) -> Unit:
    """By uuid, id, exact name or short name (as unit_key sees them)."""
    row = db.query_one("SELECT id, uuid, name, short_name FROM units WHERE uuid = ?", [reference])
    if row is None and reference.isdigit():
        row = db.query_one("SELECT id, uuid, name, short_name FROM units WHERE id = ?", [int(reference)])
    if row is None:
        key = unit_key(reference)
        row = db.query_one("SELECT id, uuid, name, short_name FROM units WHERE match_key = ?", [key])
        if row is None:
            matches = [u for u in list_units(db) if u.short_name and unit_key(u.short_name) == key]
            if len(matches) == 1:
                return matches[0]
    if row is None:
        raise NotFoundError("unit.not_found", reference=reference)
    return _unit(row)


def fill_match_keys(tx: Tx) -> None:
    """Units stored before match keys existed get theirs (one pass, at open)."""
    missing = tx.execute("SELECT id, name FROM units WHERE match_key = ''").fetchall()
    tx.executemany("UPDATE units SET match_key = ? WHERE id = ?", [(unit_key(n), i) for i, n in missing])


class UnitResolver:
    """Matches the unit names written in an annex to the directory, creating what is new."""

    def __init__(self, tx: Tx):
        self.tx = tx
        self.by_key: dict[str, int] = {}
        self.by_short: dict[str, set[int]] = defaultdict(set)
        for unit_id, name, short_name in tx.execute("SELECT id, name, short_name FROM units"):
            self._remember(unit_id, name, short_name)

    def _remember(self, unit_id: int, name: str, short_name: str) -> None:
        self.by_key.setdefault(unit_key(name), unit_id)
        if short_name:
            self.by_short[unit_key(short_name)].add(unit_id)

    def declare(self, unit: Unit) -> int:
        """The id of a unit a document lists, adding it (or its missing short name)."""
        key = unit_key(unit.name)
        if key in self.by_key:
            unit_id = self.by_key[key]
            if unit.short_name:
                self.tx.execute(
                    "UPDATE units SET short_name = ?, search_text = ? WHERE id = ? AND short_name = ''",
                    [unit.short_name, fold(f"{unit.name} {unit.short_name}"), unit_id],
                )
                self.by_short[unit_key(unit.short_name)].add(unit_id)
            return unit_id
        return self._create(unit.name, unit.short_name, unit.uuid)

    def resolve(self, label: str) -> int:
        key = unit_key(label)
        if key in self.by_key:
            return self.by_key[key]
        matches = self.by_short.get(key, set())
        if len(matches) == 1:
            return next(iter(matches))
        return self._create(label, "", "")

    def _create(self, name: str, short_name: str, uuid: str) -> int:
        import uuid as uuidlib  # loaded on first use: keeps start-up fast

        if uuid and self.tx.execute("SELECT 1 FROM units WHERE uuid = ?", [uuid]).fetchone():
            uuid = ""  # the same unit under another spelling in this folder: a new identity
        cursor = self.tx.execute(
            "INSERT INTO units (uuid, name, short_name, search_text, match_key) VALUES (?, ?, ?, ?, ?)",
            [uuid or str(uuidlib.uuid4()), name, short_name, fold(f"{name} {short_name}"), unit_key(name)],
        )
        unit_id = int(cursor.lastrowid or 0)
        self._remember(unit_id, name, short_name)
        return unit_id


def add_unit(tx: Tx, name: str, short_name: str = "") -> Unit:
    name, short_name = clean(name).replace("\n", " "), clean(short_name).replace("\n", " ")
    if not name:
        raise InvalidInputError("unit.empty_name")
    existing = tx.execute("SELECT name FROM units WHERE match_key = ?", [unit_key(name)]).fetchone()
    if existing:
        raise InvalidInputError("unit.exists", name=name, existing=existing[0])
    import uuid as uuidlib  # loaded on first use: keeps start-up fast

    new_uuid = str(uuidlib.uuid4())
    cursor = tx.execute(
        "INSERT INTO units (uuid, name, short_name, search_text, match_key) VALUES (?, ?, ?, ?, ?)",
        [new_uuid, name, short_name, fold(f"{name} {short_name}"), unit_key(name)],
    )
    tx.log("insert", "unit", entity_id=cursor.lastrowid, entity_uuid=new_uuid, new=name)
    return Unit(name, short_name, id=cursor.lastrowid, uuid=new_uuid)


def set_unit_field(tx: Tx, unit_uuid: str, field: str, value: str) -> None:
    """Rename a unit (``name``) or change its short name; rows naming it follow (their labels
    are rewritten where they used the old name)."""
    assert field in ("name", "short_name")
    row = tx.execute("SELECT id, name, short_name FROM units WHERE uuid = ?", [unit_uuid]).fetchone()
    if row is None:
        raise NotFoundError("unit.not_found", reference=unit_uuid)
    unit_id, name, short_name = row
    value = clean(value).replace("\n", " ")
    if field == "name":
        if not value:
            raise InvalidInputError("unit.empty_name")
        clash = tx.execute(
            "SELECT name FROM units WHERE match_key = ? AND id != ?", [unit_key(value), unit_id]
        ).fetchone()
        if clash:
            raise InvalidInputError("unit.exists", name=value, existing=clash[0])
        tx.execute(
            "UPDATE annex_row_units SET label = ? WHERE unit_id = ? AND label = ?", [value, unit_id, name]
        )
        name = value
    else:
        short_name = value
    tx.execute(
        "UPDATE units SET name = ?, short_name = ?, search_text = ?, match_key = ? WHERE id = ?",
        [name, short_name, fold(f"{name} {short_name}"), unit_key(name), unit_id],
    )


@dataclass(frozen=True)
class MergeRecord:
    """What merging ``source`` into ``target`` changed, to take it back exactly (undo)."""

    source: Unit
    target_uuid: str
    links: tuple[tuple[int, str, int, str], ...]  # (row_id, role, position, label) moved
    plan_links: tuple[tuple[int, int], ...]  # (plan_id, position) of the source's plan_units


def merge_units(tx: Tx, source_uuid: str, target_uuid: str) -> MergeRecord:
    """Every row naming ``source`` names ``target`` instead; ``source`` leaves the directory."""
    if source_uuid == target_uuid:
        raise InvalidInputError("unit.merge_self")
    source = tx.execute(
        "SELECT id, uuid, name, short_name FROM units WHERE uuid = ?", [source_uuid]
    ).fetchone()
    target = tx.execute("SELECT id, name FROM units WHERE uuid = ?", [target_uuid]).fetchone()
    if source is None or target is None:
        raise NotFoundError("unit.not_found", reference=source_uuid if source is None else target_uuid)
    source_id, _uuid, source_name, source_short = source
    target_id, target_name = target
    links = tuple(
        tx.execute(
            "SELECT row_id, role, position, label FROM annex_row_units WHERE unit_id = ?", [source_id]
        ).fetchall()
    )
    tx.execute(
        "UPDATE annex_row_units SET unit_id = ?, label = CASE WHEN label = ? THEN ? ELSE label END "
        "WHERE unit_id = ?",
        [target_id, source_name, target_name, source_id],
    )
    plan_links = tuple(
        tx.execute("SELECT plan_id, position FROM plan_units WHERE unit_id = ?", [source_id]).fetchall()
    )
    for plan_id, position in plan_links:
        tx.execute(
            "INSERT OR IGNORE INTO plan_units (plan_id, unit_id, position) VALUES (?, ?, ?)",
            [plan_id, target_id, position],
        )
    tx.execute("DELETE FROM plan_units WHERE unit_id = ?", [source_id])
    tx.execute("DELETE FROM units WHERE id = ?", [source_id])
    return MergeRecord(Unit(source_name, source_short, uuid=source_uuid), target_uuid, links, plan_links)


def unmerge_units(tx: Tx, record: MergeRecord) -> None:
    """Undo :func:`merge_units`: the source unit comes back with its own uuid and rows."""
    cursor = tx.execute(
        "INSERT INTO units (uuid, name, short_name, search_text, match_key) VALUES (?, ?, ?, ?, ?)",
        [
            record.source.uuid,
            record.source.name,
            record.source.short_name,
            fold(f"{record.source.name} {record.source.short_name}"),
            unit_key(record.source.name),
        ],
    )
    source_id = cursor.lastrowid
    tx.executemany(
        "UPDATE annex_row_units SET unit_id = ?, label = ? WHERE row_id = ? AND role = ? AND position = ?",
        [(source_id, label, row_id, role, position) for row_id, role, position, label in record.links],
    )
    tx.executemany(
        "INSERT OR IGNORE INTO plan_units (plan_id, unit_id, position) VALUES (?, ?, ?)",
        [(plan_id, source_id, position) for plan_id, position in record.plan_links],
    )


def read_field(db: Database | Tx, unit_uuid: str, field: str) -> str:
    assert field in ("name", "short_name")
    row = db.conn.execute(f"SELECT {field} FROM units WHERE uuid = ?", [unit_uuid]).fetchone()
    if row is None:
        raise NotFoundError("unit.not_found", reference=unit_uuid)
    return row[0]
