"""Criteria sets (``ws.criteria``): the empty template, importing a province's workbook (all or
nothing), the sample set, listing and showing sets, editing a set's grade tiers and the deadline
by which the yearly plan counts as issued on time.

The sample set ("Bộ tiêu chí mẫu cấp xã") ships in resources/criteria and is stored the first
time the list of sets is asked for, marked as a sample (never presented as an official set), so
scoring works before the province's file arrives; ``cchc criteria import --sample`` stores it
explicitly. Sets are immutable once stored (assessments point at them); importing the same
issuer, year and name again stores a new version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.criteria import CriteriaSet, GradeTier
from ..domain.edits import Changed
from ..domain.plan import MAX_YEAR, MIN_YEAR
from ..errors import InvalidInputError, NotFoundError, UsageError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import criteria as criteria_store
from ..storage.criteria import CriteriaSetRecord
from ..text import clean, fold

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["CriteriaImport", "CriteriaService", "CriteriaSetRecord", "criteria_set_json", "parse_deadline"]

SAMPLE_FILE = ("criteria", "bo-tieu-chi-mau-cap-xa.xlsx")

define_messages(
    {
        "criteria.ambiguous": QT_TRANSLATE_NOOP(
            "Messages", "«{reference}» khớp với nhiều bộ tiêu chí, hãy ghi số ID:\n{candidates}"
        ),
        "criteria.candidate": QT_TRANSLATE_NOOP("Messages", "{id}: {name} ({year}, lần {version})"),
        "criteria.in_use": QT_TRANSLATE_NOOP(
            "Messages", "Bộ tiêu chí «{name}» đang được {count} bản chấm điểm dùng, không xóa được."
        ),
        "criteria.tiers_empty": QT_TRANSLATE_NOOP("Messages", "Cần ít nhất một mức xếp loại."),
        "criteria.tiers_bad": QT_TRANSLATE_NOOP(
            "Messages",
            "Các mức xếp loại phải có tên, ngưỡng từ 0 đến 100 không trùng nhau, và mức thấp nhất từ 0%.",
        ),
        "criteria.deadline_bad": QT_TRANSLATE_NOOP(
            "Messages", "Hạn ban hành kế hoạch «{text}» không đọc được (ghi dạng 31/12 hoặc 15/01/2026)."
        ),
        "criteria.year_bad": QT_TRANSLATE_NOOP("Messages", "Năm {year} không hợp lệ."),
    }
)

_DEADLINE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*$")


def parse_deadline(text: str) -> tuple[int, int, int | None] | None:
    """ "31/12" → (31, 12, None); "15/01/2026" → (15, 1, 2026); None when not a date."""
    match = _DEADLINE.match(text or "")
    if not match:
        return None
    day, month = int(match.group(1)), int(match.group(2))
    year = int(match.group(3)) if match.group(3) else None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return day, month, year


@dataclass(frozen=True)
class CriteriaImport:
    """What importing a workbook stored (or, for a dry run, would store)."""

    criteria_set: CriteriaSet
    record: CriteriaSetRecord | None
    changed: Changed


class CriteriaService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self.db = ws.db
        self._cache: dict[str, CriteriaSet] = {}  # by uuid: stored sets never change, but for their tiers

    # --- reading -------------------------------------------------------------------------------

    def all(self) -> list[CriteriaSetRecord]:
        """Every stored set, the sample among them (stored on first use)."""
        self.ensure_sample()
        return criteria_store.list_sets(self.db)

    def record(self, set_id: int) -> CriteriaSetRecord:
        return criteria_store.record(self.db, set_id)

    def get(self, set_id: int) -> CriteriaSet:
        """The set as domain objects, parsed once per open workspace. Kept by uuid, checked at each
        call: after a restore the same id may name another set."""
        uuid = criteria_store.uuid_of(self.db, set_id)
        found = self._cache.get(uuid)
        if found is None:
            found = self._cache[uuid] = criteria_store.load_set(self.db, set_id)
        return found

    def find(self, reference: str) -> CriteriaSetRecord:
        """A set by id ("3"), uuid, "mau" / "sample" for the sample, or a piece of its name."""
        reference = reference.strip()
        sets = self.all()
        key = fold(reference)
        if reference.isdigit():
            found = [s for s in sets if s.id == int(reference)]
        elif key in ("mau", "sample", "bo mau"):
            found = [s for s in sets if s.is_sample][:1]
        else:
            found = [s for s in sets if s.uuid == reference]
            if not found and key:
                found = [s for s in sets if fold(s.name) == key] or [s for s in sets if key in fold(s.name)]
        if not found:
            raise NotFoundError("criteria.not_found", reference=reference)
        if len(found) > 1:
            raise UsageError(
                "criteria.ambiguous",
                reference=reference,
                candidates="\n".join(
                    f"  {Message('criteria.candidate', id=s.id, name=s.name, year=s.year, version=s.version)}"
                    for s in found
                ),
            )
        return found[0]

    # --- the sample ----------------------------------------------------------------------------

    def ensure_sample(self) -> int | None:
        """The sample set's id, stored from resources the first time (None in a read-only folder
        that has none)."""
        found = criteria_store.sample_id(self.db)
        if found is not None or self.ws.read_only:
            return found
        from .. import paths
        from ..importers.criteria_workbook import read_criteria_workbook

        sample = read_criteria_workbook(paths.resource(*SAMPLE_FILE))
        sample.is_sample = True
        with self.db.transaction() as tx:
            set_id = criteria_store.insert_set(tx, sample, source_name=SAMPLE_FILE[1])
            tx.log("create", "criteria", entity_id=set_id, entity_uuid=sample.uuid, new=sample.name)
        return set_id

    # --- files ---------------------------------------------------------------------------------

    @staticmethod
    def write_template(path: Path) -> None:
        from ..exporters.criteria_template import write_criteria_template
        from ..i18n import source_language

        with source_language():  # a workbook in Vietnamese, whatever the interface language
            write_criteria_template(path)

    @staticmethod
    def read_file(path: Path, name: str | None = None, year: int | None = None) -> CriteriaSet:
        """The set in a workbook, checked whole (no database: safe in a worker thread)."""
        from ..importers.criteria_workbook import read_criteria_workbook

        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidInputError("criteria.year_bad", year=year)
        return read_criteria_workbook(path, name=name, year=year)

    def import_file(
        self, path: Path, name: str | None = None, year: int | None = None, dry_run: bool = False
    ) -> CriteriaImport:
        criteria_set = self.read_file(path, name, year)
        if dry_run:
            return CriteriaImport(criteria_set, None, Changed())
        return self.store(criteria_set, Path(path).name)

    def import_sample(self) -> CriteriaImport:
        set_id = self.ensure_sample()
        if set_id is None:
            raise NotFoundError("criteria.not_found", reference="mẫu")
        return CriteriaImport(self.get(set_id), self.record(set_id), Changed(frozenset({"criteria"})))

    def store(self, criteria_set: CriteriaSet, source_name: str = "") -> CriteriaImport:
        """A set read from a file, stored as a new version."""
        with self.db.transaction() as tx:
            set_id = criteria_store.insert_set(tx, criteria_set, source_name=source_name)
            tx.log(
                "create", "criteria", entity_id=set_id, entity_uuid=criteria_set.uuid, new=criteria_set.name
            )
        return CriteriaImport(self.get(set_id), self.record(set_id), Changed(frozenset({"criteria"})))

    def export_workbook(self, set_id: int, path: Path) -> None:
        from ..exporters.criteria_template import write_criteria_workbook

        write_criteria_workbook(self.get(set_id), path)

    # --- editing -------------------------------------------------------------------------------

    def set_tiers(self, set_id: int, tiers: list[tuple[str, Decimal]]) -> Changed:
        """Replace the set's grade tiers (labels with their lower bound in percent)."""
        cleaned = [GradeTier(clean(label), Decimal(value)) for label, value in tiers]
        if not cleaned:
            raise InvalidInputError("criteria.tiers_empty")
        labels = [fold(t.label) for t in cleaned]
        bounds = [t.from_percent for t in cleaned]
        if (
            any(not label for label in labels)
            or len(set(labels)) != len(labels)
            or len(set(bounds)) != len(bounds)
            or any(not Decimal(0) <= b <= Decimal(100) for b in bounds)
            or min(bounds) != 0
        ):
            raise InvalidInputError("criteria.tiers_bad")
        old = criteria_store.read_tiers(self.db, set_id)
        with self.db.transaction() as tx:
            criteria_store.write_tiers(tx, set_id, cleaned)
            tx.log(
                "edit",
                "criteria",
                entity_id=set_id,
                entity_uuid=self.record(set_id).uuid,
                field="tiers",
                old=_tiers_text(old),
                new=_tiers_text(cleaned),
            )
        self._cache.pop(criteria_store.uuid_of(self.db, set_id), None)
        return Changed(frozenset({"criteria", "scores"}))

    def set_plan_deadline(self, set_id: int, text: str) -> Changed:
        """ "31/12" (of the year before the assessed year when the month is October or later,
        else of the assessed year), "15/01/2026", or "" for the default (31/12 of the year before)."""
        text = clean(text)
        if text and parse_deadline(text) is None:
            raise InvalidInputError("criteria.deadline_bad", text=text)
        record = self.record(set_id)
        with self.db.transaction() as tx:
            criteria_store.write_plan_deadline(tx, set_id, text)
            tx.log(
                "edit",
                "criteria",
                entity_id=set_id,
                entity_uuid=record.uuid,
                field="plan_deadline",
                old=record.plan_deadline,
                new=text,
            )
        return Changed(frozenset({"criteria", "scores"}))

    def remove(self, set_id: int) -> Changed:
        record = self.record(set_id)
        if record.assessments:
            raise InvalidInputError("criteria.in_use", name=record.name, count=record.assessments)
        with self.db.transaction() as tx:
            criteria_store.delete_set(tx, set_id)
            tx.log("remove", "criteria", entity_id=set_id, entity_uuid=record.uuid, old=record.name)
        self._cache.pop(record.uuid, None)
        return Changed(frozenset({"criteria"}))


def criteria_set_json(criteria_set: CriteriaSet) -> dict:
    """The set in the interchange format "cchc-criteria" (docs/criteria-format.md)."""
    from ..interchange.assessment_json import criteria_set_to_dict

    return criteria_set_to_dict(criteria_set)


def _tiers_text(tiers: list[GradeTier]) -> str:
    from ..scoring.rules import points_text

    return "; ".join(f"{t.label} ≥ {points_text(t.from_percent)}%" for t in tiers)
