"""Importing an annex table (Excel, Word, pasted text): read, preview, then write as a new plan
or appended to an existing one, as one undoable edit.

Reading and analysing touch no database (the window runs them off the UI thread, with a copy
of the unit directory taken on the UI thread); writing does.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import PlanCounts, Unit
from ..domain.edits import CreatePlan, Edit, InsertNodes
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..importers.annex import (
    FIELD_LABELS,
    FIELDS,
    ColumnMapping,
    ImportPreview,
    RawTable,
    analyse,
    field_label,
    load_tables,
    load_tables_from_text,
)
from ..importers.annex import sources as annex_sources
from ..storage import units as unit_store
from ..text import fold
from .edits import Applied

if TYPE_CHECKING:
    from .workspace import Workspace

define_messages(
    {
        "import.nothing": QT_TRANSLATE_NOOP("Messages", "Bảng không có nhiệm vụ nào để nhập. Chưa ghi gì."),
        "import.no_table": QT_TRANSLATE_NOOP("Messages", "Không có bảng số {number} (tệp có {count} bảng)."),
        "import.stdin_too_large": QT_TRANSLATE_NOOP(
            "Messages", "Dữ liệu đầu vào quá lớn (tối đa {limit} MB)."
        ),
        "edit.label.import_annex": QT_TRANSLATE_NOOP("Messages", "Nhập phụ lục vào «{title}»"),
        "edit.label.import_new_plan": QT_TRANSLATE_NOOP("Messages", "Nhập kế hoạch «{title}» từ phụ lục"),
    }
)


# What the window and the command line name of the importer, through this module only.
__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "field_label",
    "ColumnMapping",
    "ImportPreview",
    "RawTable",
    "AnnexImportResult",
    "ImportService",
    "analyse_tables",
    "read_pasted",
    "read_tables",
    "read_piped",
    "MAX_INPUT_BYTES",
]
MAX_INPUT_BYTES = annex_sources.MAX_FILE_BYTES


def read_piped(stream) -> bytes:
    """A table piped in on standard input (bytes or text stream), bounded like a file."""
    raw = getattr(stream, "buffer", None)
    limit = annex_sources.MAX_FILE_BYTES
    return raw.read(limit + 1) if raw is not None else stream.read(limit + 1).encode("utf-8")


@dataclass(frozen=True)
class AnnexImportResult:
    plan_id: int
    plan_uuid: str
    title: str
    counts: PlanCounts
    created: bool  # a new plan, else appended
    applied: Applied


def read_tables(source: Path | str | bytes) -> list[RawTable]:
    """A file (.xlsx/.docx/.tsv/.txt), or bytes piped in (tab-separated, as on the clipboard)."""
    if isinstance(source, bytes):
        if len(source) > annex_sources.MAX_FILE_BYTES:
            raise InvalidInputError("import.stdin_too_large", limit=annex_sources.MAX_FILE_BYTES // 1_048_576)
        return load_tables_from_text(annex_sources.decode_text(source, "-"))
    return load_tables(Path(source))


def read_pasted(text: str, source_name: str) -> list[RawTable]:
    return load_tables_from_text(text, source_name)


def analyse_tables(
    tables: list[RawTable],
    directory: Sequence[Unit],
    *,
    mapping: ColumnMapping | None = None,
    table_number: int | None = None,
) -> ImportPreview:
    """The preview; ``table_number`` is 1-based as users count ("--table 2")."""
    index = None
    if table_number is not None:
        if not 1 <= table_number <= len(tables):
            raise InvalidInputError("import.no_table", number=table_number, count=len(tables))
        index = table_number - 1
    return analyse(tables, mapping, index, directory)


class ImportService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def directory(self) -> list[Unit]:
        """The unit directory as it is now (hand it to analyse_tables in a worker thread)."""
        return unit_store.list_units(self.ws.db)

    def preview(
        self, source: Path | str | bytes, *, table_number: int | None = None
    ) -> tuple[list[RawTable], ImportPreview]:
        tables = read_tables(source)
        return tables, analyse_tables(tables, self.directory(), table_number=table_number)

    def apply(
        self,
        preview: ImportPreview,
        *,
        plan_id: int | None = None,
        new_title: str | None = None,
        fallback_title: str | None = None,
    ) -> AnnexImportResult:
        """Write the previewed annex: a new plan (``plan_id`` None) or appended to ``plan_id``."""
        if preview.counts.tasks + preview.counts.groups == 0:
            raise InvalidInputError("import.nothing")
        new_title = new_title.strip() if new_title and new_title.strip() else None  # blank: the default title
        if plan_id is None:
            doc = preview.to_plan_document(new_title or preview.suggested_title or fallback_title)
            applied = self.ws.edits.apply(
                Edit(Message("edit.label.import_new_plan", title=doc.plan.title), (CreatePlan(doc),)),
                renumber=False,
            )
            created = applied.edit.steps[0]
            assert isinstance(created, CreatePlan)
            return AnnexImportResult(
                created.doc.id or 0, created.doc.uuid, doc.plan.title, preview.counts, True, applied
            )
        target = self.ws.plans.document(plan_id)
        existing = {(s.code, fold(s.title)): s for s in target.sections}
        steps = []
        next_section = len(target.sections)
        for section in copy.deepcopy(preview.sections):
            match = existing.get((section.code, fold(section.title)))
            if match is not None:
                # The same reform area: the new items go after its own.
                steps.append(
                    InsertNodes("item", target.uuid, match.uuid, len(match.items), tuple(section.items))
                )
            else:
                steps.append(InsertNodes("section", target.uuid, target.uuid, next_section, (section,)))
                next_section += 1
        applied = self.ws.edits.apply(
            Edit(Message("edit.label.import_annex", title=target.plan.title), tuple(steps)), renumber=False
        )
        return AnnexImportResult(plan_id, target.uuid, target.plan.title, preview.counts, False, applied)
