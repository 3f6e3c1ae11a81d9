"""The one place that speaks SQL: plans, their annex, units and settings.

Every change of more than one row runs inside ``self.db.atomic()`` (one transaction,
savepoints when nested), so a failure half-way leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import sqlite_utils

from . import backup, database, datadir
from .domain import (AnnexItem, AnnexRow, AnnexSection, BodySection, ChangeEntry, Period, PlanCounts,
                     PlanDocument, PlanInfo, PlanSummary, Signer, Unit)
from .errors import DatabaseError, NotFoundError, explain_sqlite_error
from .text import clean, fold


def _now() -> str:
    return dt.datetime.now().strftime("%Y-%m-%dT%H:%M:%S")


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


@dataclass
class AnnexAppend:
    """What one ``append_annex`` added to a plan."""

    plan_id: int
    section_ids: list[int] = field(default_factory=list)
    item_ids: list[int] = field(default_factory=list)      # top-level items; sub-items follow them
    unit_ids: list[int] = field(default_factory=list)      # units newly listed on the plan


class _UnitResolver:
    """Matches the unit names written in an annex to the directory, creating what is new."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.by_name: dict[str, int] = {}
        self.by_short: dict[str, set[int]] = defaultdict(set)
        for row in db.query("SELECT id, name, short_name FROM units"):
            self._remember(row["id"], row["name"], row["short_name"])

    def _remember(self, unit_id: int, name: str, short_name: str) -> None:
        self.by_name[fold(name)] = unit_id
        if short_name:
            self.by_short[fold(short_name)].add(unit_id)

    def declare(self, unit: Unit) -> int:
        """The id of a unit the document lists, adding it (or its missing short name)."""
        key = fold(unit.name)
        if key in self.by_name:
            unit_id = self.by_name[key]
            if unit.short_name:
                self.db.execute(
                    "UPDATE units SET short_name = ?, search_text = ? WHERE id = ? AND short_name = ''",
                    [unit.short_name, fold(f"{unit.name} {unit.short_name}"), unit_id])
                self.by_short[fold(unit.short_name)].add(unit_id)
            return unit_id
        return self._create(unit.name, unit.short_name)

    def resolve(self, label: str) -> int:
        key = fold(label)
        if key in self.by_name:
            return self.by_name[key]
        matches = self.by_short.get(key, set())
        if len(matches) == 1:
            return next(iter(matches))
        return self._create(label, "")

    def _create(self, name: str, short_name: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO units (name, short_name, search_text) VALUES (?, ?, ?)",
            [name, short_name, fold(f"{name} {short_name}")])
        unit_id = cursor.lastrowid
        self._remember(unit_id, name, short_name)
        return unit_id


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, backup_folder: Path | None = None):
        self.conn = conn
        self.path = path
        self.backup_folder = backup_folder or path.parent / datadir.BACKUP_SUBDIR
        self.db = sqlite_utils.Database(conn, execute_plugins=False)

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path) -> "Store":
        return cls.open_file(datadir.database_path(data_dir), datadir.backup_dir(data_dir))

    @classmethod
    def open_file(cls, db_path: Path, backup_folder: Path | None = None) -> "Store":
        backup_folder = backup_folder or db_path.parent / datadir.BACKUP_SUBDIR
        conn = database.open_database(db_path, backup_folder)
        return cls(conn, db_path, backup_folder)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return database.schema_version(self.conn)

    # --- backups -------------------------------------------------------------------------

    def back_up(self, kind: str = "manual", folder: Path | None = None) -> Path:
        """A verified copy in the backup folder (or ``folder``, e.g. a USB stick)."""
        made = backup.create_backup(self.conn, folder or self.backup_folder, kind)
        if kind == "auto" and folder is None:
            backup.prune_backups(self.backup_folder)
        return made

    def restore_backup(self, source: Path) -> Path:
        """Replace everything with ``source`` after a safety copy; return the safety copy.

        An older backup is brought up to the current schema; the restore is logged.
        """
        safety = backup.restore_into(self.conn, source, self.backup_folder, database.latest_version())
        database.migrate(self.conn, self.path, self.backup_folder)
        self.log_restore(str(source))
        return safety

    # --- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        try:
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
        except sqlite3.Error as error:
            raise DatabaseError(f"Không lưu được cài đặt: {explain_sqlite_error(error)}.") from error

    USER_NAME_KEY = "user_name"

    @property
    def user_name(self) -> str:
        """The name written into the change log: set once in settings, else the login name."""
        name = self.get_setting(self.USER_NAME_KEY)
        if name:
            return name
        try:
            return getpass.getuser()
        except Exception:  # no login name on some Windows set-ups
            return ""

    def set_user_name(self, name: str) -> None:
        self.set_setting(self.USER_NAME_KEY, clean(name).replace("\n", " "))

    # --- change log ----------------------------------------------------------------------

    def _log(self, action: str, entity: str, plan_id: int | None, plan_title: str,
             entity_id: int | None = None, field: str = "", old: str | None = None,
             new: str | None = None) -> None:
        """Called inside the transaction of the change it records."""
        self.db.execute(
            "INSERT INTO change_log (at, user_name, plan_id, plan_title, action, entity, entity_id, "
            "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_now(), self.user_name, plan_id, plan_title, action, entity, entity_id, field, old, new])

    def log_restore(self, source: str) -> None:
        self._log("restore", "database", None, "", new=source)

    def change_log(self, plan_id: int | None = None, limit: int | None = None) -> list[ChangeEntry]:
        """Newest first; only one plan's entries when ``plan_id`` is given."""
        sql = "SELECT * FROM change_log"
        params: list = []
        if plan_id is not None:
            sql += " WHERE plan_id = ?"
            params.append(plan_id)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [ChangeEntry(**row) for row in self.db.query(sql, params)]

    def plan_title(self, plan_id: int) -> str:
        row = self.conn.execute("SELECT title FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise NotFoundError(f"Không có kế hoạch số {plan_id}.")
        return row[0]

    # --- plans: reading ------------------------------------------------------------------

    def plan_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM plans").fetchone()[0]

    _COUNTS_SQL = """
        (SELECT count(*) FROM annex_sections s WHERE s.plan_id = p.id) AS n_sections,
        (SELECT count(*) FROM annex_items i JOIN annex_sections s ON s.id = i.section_id
          WHERE s.plan_id = p.id) AS n_items,
        (SELECT count(*) FROM annex_rows r JOIN annex_items i ON i.id = r.item_id
          JOIN annex_sections s ON s.id = i.section_id WHERE s.plan_id = p.id) AS n_rows
    """

    def _plan_counts(self, plan_id: int) -> PlanCounts:
        row = next(self.db.query(f"SELECT {self._COUNTS_SQL} FROM plans p WHERE p.id = ?", [plan_id]))
        return PlanCounts(row["n_sections"], row["n_items"], row["n_rows"])

    def list_plans(self) -> list[PlanSummary]:
        sql = f"""
            SELECT p.*, {self._COUNTS_SQL}
            FROM plans p
            ORDER BY coalesce(p.period_year, p.period_start_year) DESC,
                     coalesce(p.period_half, 0) DESC, p.id DESC
        """
        return [self._summary(row) for row in self.db.query(sql)]

    def find_plans(self, reference: str) -> list[PlanSummary]:
        """Plans matching an id ("3") or a piece of the title, accents optional."""
        reference = reference.strip()
        plans = self.list_plans()
        if reference.isdigit():
            return [p for p in plans if p.id == int(reference)]
        needle = fold(reference)
        exact = [p for p in plans if fold(p.title) == needle]
        return exact or [p for p in plans if needle and needle in fold(p.title)]

    def load_plan(self, plan_id: int) -> PlanDocument:
        row = next(self.db.query("SELECT * FROM plans WHERE id = ?", [plan_id]), None)
        if row is None:
            raise NotFoundError(f"Không có kế hoạch số {plan_id}.")
        info = self._plan_info(row)
        info.body = [BodySection(b["heading"], b["text"]) for b in self.db.query(
            "SELECT heading, text FROM plan_body_sections WHERE plan_id = ? ORDER BY position",
            [plan_id])]
        units = [Unit(u["name"], u["short_name"], id=u["id"]) for u in self.db.query(
            "SELECT u.id, u.name, u.short_name FROM plan_units pu JOIN units u ON u.id = pu.unit_id "
            "WHERE pu.plan_id = ? ORDER BY pu.position", [plan_id])]

        labels: dict[tuple[int, str], list[str]] = defaultdict(list)
        for ru in self.db.query(
                "SELECT ru.row_id, ru.role, ru.label FROM annex_row_units ru "
                "JOIN annex_rows r ON r.id = ru.row_id JOIN annex_items i ON i.id = r.item_id "
                "JOIN annex_sections s ON s.id = i.section_id WHERE s.plan_id = ? "
                "ORDER BY ru.row_id, ru.role, ru.position", [plan_id]):
            labels[(ru["row_id"], ru["role"])].append(ru["label"])

        rows_by_item: dict[int, list[AnnexRow]] = defaultdict(list)
        for r in self.db.query(
                "SELECT r.* FROM annex_rows r JOIN annex_items i ON i.id = r.item_id "
                "JOIN annex_sections s ON s.id = i.section_id WHERE s.plan_id = ? "
                "ORDER BY r.item_id, r.position", [plan_id]):
            rows_by_item[r["item_id"]].append(AnnexRow(
                task=r["task"], activity=r["activity"], result=r["result"],
                lead=labels[(r["id"], "lead")], partners=labels[(r["id"], "partner")],
                due_text=r["due_text"], budget=r["budget"], id=r["id"]))

        sections = []
        items_by_id: dict[int, AnnexItem] = {}
        top_items: dict[int, list[AnnexItem]] = defaultdict(list)
        item_rows = list(self.db.query(
            "SELECT i.* FROM annex_items i JOIN annex_sections s ON s.id = i.section_id "
            "WHERE s.plan_id = ? ORDER BY i.position, i.id", [plan_id]))
        for it in item_rows:
            items_by_id[it["id"]] = AnnexItem(number=it["number"], objective=it["objective"],
                                              rows=rows_by_item[it["id"]], id=it["id"])
        for it in item_rows:
            item = items_by_id[it["id"]]
            if it["parent_id"] is None:
                top_items[it["section_id"]].append(item)
            else:
                items_by_id[it["parent_id"]].children.append(item)
        for s in self.db.query("SELECT * FROM annex_sections WHERE plan_id = ? ORDER BY position",
                               [plan_id]):
            sections.append(AnnexSection(code=s["code"], title=s["title"],
                                         items=top_items[s["id"]], id=s["id"]))
        return PlanDocument(plan=info, sections=sections, units=units, id=plan_id)

    @staticmethod
    def _plan_info(row: dict) -> PlanInfo:
        return PlanInfo(
            title=row["title"],
            period=Period(kind=row["period_kind"], year=row["period_year"], half=row["period_half"],
                          start_year=row["period_start_year"], end_year=row["period_end_year"]),
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
        )

    def _summary(self, row: dict) -> PlanSummary:
        info = self._plan_info(row)
        return PlanSummary(id=row["id"], title=info.title, period=info.period,
                           reference=info.reference(), issued_date=info.issued_date,
                           counts=PlanCounts(row["n_sections"], row["n_items"], row["n_rows"]),
                           updated_at=row["updated_at"])

    # --- plans: writing ------------------------------------------------------------------

    def insert_plan(self, doc: PlanDocument) -> int:
        """Store a whole plan with its annex in one transaction; return its id."""
        try:
            with self.db.atomic():
                return self._insert_plan(doc)
        except sqlite3.Error as error:
            raise DatabaseError(f"Không lưu được kế hoạch: {explain_sqlite_error(error)}. Dữ liệu giữ nguyên.") from error

    def _insert_plan(self, doc: PlanDocument) -> int:
        plan = doc.plan
        period = plan.period
        now = _now()
        cursor = self.db.execute(
            """INSERT INTO plans (title, issuer, issuer_header, number, symbol, issued_date, place,
                   period_kind, period_year, period_half, period_start_year, period_end_year,
                   signer_name, signer_position, signer_authority, recipients,
                   annex_title, annex_note, search_text, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [plan.title, plan.issuer, json.dumps(plan.issuer_header, ensure_ascii=False),
             plan.number, plan.symbol, plan.issued_date.isoformat() if plan.issued_date else None,
             plan.place, period.kind, period.year, period.half, period.start_year, period.end_year,
             plan.signer.name, plan.signer.position, plan.signer.authority,
             json.dumps(plan.recipients, ensure_ascii=False), plan.annex_title, plan.annex_note,
             fold(f"{plan.title} {plan.reference()}"), now, now])
        plan_id = cursor.lastrowid
        self.db.conn.executemany(
            "INSERT INTO plan_body_sections (plan_id, position, heading, text) VALUES (?, ?, ?, ?)",
            [(plan_id, i, b.heading, b.text) for i, b in enumerate(plan.body)])

        resolver = _UnitResolver(self.db)
        declared: list[int] = []
        for unit in doc.units:
            unit_id = resolver.declare(unit)
            if unit_id not in declared:
                declared.append(unit_id)
        self.db.conn.executemany(
            "INSERT INTO plan_units (plan_id, unit_id, position) VALUES (?, ?, ?)",
            [(plan_id, unit_id, i) for i, unit_id in enumerate(declared)])

        for s_pos, section in enumerate(doc.sections):
            section_id = self.db.execute(
                "INSERT INTO annex_sections (plan_id, position, code, title) VALUES (?, ?, ?, ?)",
                [plan_id, s_pos, section.code, section.title]).lastrowid
            self._insert_items(section_id, None, section.items, resolver)
        counts = doc.counts()
        self._log("create", "plan", plan_id, plan.title, plan_id,
                  new=f"{counts.sections} lĩnh vực, {counts.items} nhiệm vụ, {counts.rows} dòng")
        return plan_id

    def _insert_items(self, section_id: int, parent_id: int | None, items: Iterable[AnnexItem],
                      resolver: _UnitResolver) -> None:
        for position, item in enumerate(items):
            item_id = self.db.execute(
                "INSERT INTO annex_items (section_id, parent_id, position, number, objective) "
                "VALUES (?, ?, ?, ?, ?)",
                [section_id, parent_id, position, item.number, item.objective]).lastrowid
            for r_pos, row in enumerate(item.rows):
                row_id = self.db.execute(
                    "INSERT INTO annex_rows (item_id, position, task, activity, result, due_text, budget) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [item_id, r_pos, row.task, row.activity, row.result, row.due_text, row.budget]
                ).lastrowid
                links = [(row_id, "lead", i, label, resolver.resolve(label))
                         for i, label in enumerate(row.lead)]
                links += [(row_id, "partner", i, label, resolver.resolve(label))
                          for i, label in enumerate(row.partners)]
                self.db.conn.executemany(
                    "INSERT INTO annex_row_units (row_id, role, position, label, unit_id) "
                    "VALUES (?, ?, ?, ?, ?)", links)
            self._insert_items(section_id, item_id, item.children, resolver)

    def delete_plan(self, plan_id: int) -> None:
        title = self.plan_title(plan_id)
        counts = self._plan_counts(plan_id)
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM plans WHERE id = ?", [plan_id])
                self._log("delete", "plan", plan_id, title, plan_id,
                          old=f"{counts.sections} lĩnh vực, {counts.items} nhiệm vụ, {counts.rows} dòng")
        except sqlite3.Error as error:
            raise DatabaseError(f"Không xóa được kế hoạch: {explain_sqlite_error(error)}. Dữ liệu giữ nguyên.") from error

    # --- units ---------------------------------------------------------------------------

    def list_units(self) -> list[Unit]:
        return [Unit(r["name"], r["short_name"], id=r["id"]) for r in
                self.db.query("SELECT id, name, short_name FROM units ORDER BY name COLLATE NOCASE")]

    def add_unit(self, name: str, short_name: str = "") -> int:
        name, short_name = clean(name), clean(short_name)
        try:
            return self.db.execute(
                "INSERT INTO units (name, short_name, search_text) VALUES (?, ?, ?)",
                [name, short_name, fold(f"{name} {short_name}")]).lastrowid
        except sqlite3.IntegrityError as error:
            raise DatabaseError(f"Đơn vị «{name}» đã có trong danh mục hoặc tên trống.") from error

    # --- annex import ----------------------------------------------------------------------

    def append_annex(self, plan_id: int, sections: list[AnnexSection],
                     units: Iterable[Unit] = ()) -> AnnexAppend:
        """Add imported sections to a plan, after its own, in one transaction.

        A section whose code and title (accents and case aside) equal one of the plan's gets its
        items appended there instead of a second copy of the section. ``units`` (the units the
        import names) are declared in the directory and added to the plan's unit list.
        Returns what was added, so that ``remove_appended`` can take it back (undo).
        """
        try:
            with self.db.atomic():
                return self._append_annex(plan_id, sections, units)
        except sqlite3.Error as error:
            raise DatabaseError(f"Không nhập được phụ lục: {explain_sqlite_error(error)}. Dữ liệu giữ nguyên.") from error

    def remove_appended(self, added: AnnexAppend) -> None:
        """Undo ``append_annex``: its items (with their rows and sub-items), then its new sections."""
        try:
            with self.db.atomic():
                self.conn.executemany("DELETE FROM annex_items WHERE id = ?",
                                      [(i,) for i in added.item_ids])
                self.conn.executemany("DELETE FROM annex_sections WHERE id = ?",
                                      [(i,) for i in added.section_ids])
                self.conn.executemany("DELETE FROM plan_units WHERE plan_id = ? AND unit_id = ?",
                                      [(added.plan_id, u) for u in added.unit_ids])
                self.db.execute("UPDATE plans SET updated_at = ? WHERE id = ?", [_now(), added.plan_id])
                self._log("remove-appended", "annex", added.plan_id, self.plan_title(added.plan_id),
                          old=f"{len(added.item_ids)} nhiệm vụ, {len(added.section_ids)} lĩnh vực mới")
        except sqlite3.Error as error:
            raise DatabaseError(f"Không hoàn tác được việc nhập phụ lục: {explain_sqlite_error(error)}. Dữ liệu giữ nguyên.") from error

    def _append_annex(self, plan_id: int, sections: list[AnnexSection], units: Iterable[Unit]) -> AnnexAppend:
        added = AnnexAppend(plan_id)
        if self.conn.execute("SELECT 1 FROM plans WHERE id = ?", [plan_id]).fetchone() is None:
            raise NotFoundError(f"Không có kế hoạch số {plan_id}.")
        resolver = _UnitResolver(self.db)
        listed = {r[0] for r in self.conn.execute("SELECT unit_id FROM plan_units WHERE plan_id = ?", [plan_id])}
        next_unit_position = self.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM plan_units WHERE plan_id = ?", [plan_id]).fetchone()[0]
        for unit in units:
            unit_id = resolver.declare(unit)
            if unit_id not in listed:
                self.db.execute("INSERT INTO plan_units (plan_id, unit_id, position) VALUES (?, ?, ?)",
                                [plan_id, unit_id, next_unit_position])
                listed.add(unit_id)
                added.unit_ids.append(unit_id)
                next_unit_position += 1

        existing = {(s["code"], fold(s["title"])): s["id"] for s in self.db.query(
            "SELECT id, code, title FROM annex_sections WHERE plan_id = ? ORDER BY position", [plan_id])}
        next_section_position = self.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM annex_sections WHERE plan_id = ?", [plan_id]).fetchone()[0]
        for section in sections:
            section_id = existing.get((section.code, fold(section.title)))
            if section_id is None:
                section_id = self.db.execute(
                    "INSERT INTO annex_sections (plan_id, position, code, title) VALUES (?, ?, ?, ?)",
                    [plan_id, next_section_position, section.code, section.title]).lastrowid
                next_section_position += 1
                existing[(section.code, fold(section.title))] = section_id
                added.section_ids.append(section_id)
            # _insert_items numbers siblings from 0; the new top-level items are then moved after
            # the section's existing ones. SQLite gives a new row max(id) + 1, so the items
            # inserted now are exactly those with an id above the largest one before.
            offset = self.conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM annex_items "
                "WHERE section_id = ? AND parent_id IS NULL", [section_id]).fetchone()[0]
            max_item_id = self.conn.execute("SELECT coalesce(max(id), 0) FROM annex_items").fetchone()[0]
            self._insert_items(section_id, None, section.items, resolver)
            added.item_ids.extend(r[0] for r in self.conn.execute(
                "SELECT id FROM annex_items WHERE section_id = ? AND parent_id IS NULL AND id > ?",
                [section_id, max_item_id]))
            if offset:
                self.db.execute("UPDATE annex_items SET position = position + ? WHERE section_id = ? "
                                "AND parent_id IS NULL AND id > ?", [offset, section_id, max_item_id])
        self.db.execute("UPDATE plans SET updated_at = ? WHERE id = ?", [_now(), plan_id])
        rows = sum(len(i.rows) for s in sections for i in s.all_items())
        items = sum(1 for s in sections for _ in s.all_items())
        codes = ", ".join(dict.fromkeys(s.code or s.title for s in sections))
        self._log("append", "annex", plan_id, self.plan_title(plan_id),
                  new=f"{items} nhiệm vụ, {rows} dòng (lĩnh vực {codes})")
        return added
