"""Plans: list, find, read, create, edit their document fields, duplicate for the next period,
trash and restore, import and export as JSON."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import PlanCounts, PlanDocument, PlanInfo, PlanSummary, RowProgress
from ..errors import InvalidInputError, NotFoundError, UsageError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages, source_language
from ..storage import plans as plan_store
from ..text import fold
from .plan_fields import stored_value

if TYPE_CHECKING:
    from .edits import Applied
    from .workspace import Workspace

define_messages(
    {
        "plan.not_found": QT_TRANSLATE_NOOP(
            "Messages", "Không tìm thấy kế hoạch «{reference}». Dùng lệnh «cchc plans» để xem danh sách."
        ),
        "plan.ambiguous": QT_TRANSLATE_NOOP(
            "Messages", "«{reference}» khớp với nhiều kế hoạch, hãy ghi số ID:\n{candidates}"
        ),
        "plan.in_trash": QT_TRANSLATE_NOOP(
            "Messages",
            "Kế hoạch «{title}» đang ở thùng rác; hãy khôi phục trước («cchc trash restore {id}»).",
        ),
        "plan.not_in_trash": QT_TRANSLATE_NOOP("Messages", "Kế hoạch «{reference}» không ở thùng rác."),
        "plan.empty_title": QT_TRANSLATE_NOOP("Messages", "Tên kế hoạch không được để trống."),
        "plan.bad_field": QT_TRANSLATE_NOOP("Messages", "Trường «{field}» không sửa được."),
        "plan.looks_like_annex": QT_TRANSLATE_NOOP(
            "Messages",
            "«{name}» là tệp {kind}, không phải kế hoạch JSON. Để nhập bảng phụ lục từ tệp này, "
            "dùng «cchc import-annex {name}» (trong cửa sổ: Tệp → Nhập phụ lục từ Excel/Word).",
        ),
        "edit.label.create_plan": QT_TRANSLATE_NOOP("Messages", "Thêm kế hoạch «{title}»"),
        "edit.label.import_plan": QT_TRANSLATE_NOOP("Messages", "Nhập kế hoạch «{title}»"),
        "edit.label.trash_plan": QT_TRANSLATE_NOOP("Messages", "Xóa kế hoạch «{title}»"),
        "edit.label.untrash_plan": QT_TRANSLATE_NOOP("Messages", "Khôi phục kế hoạch «{title}»"),
        "edit.label.plan_field": QT_TRANSLATE_NOOP("Messages", "Sửa thông tin kế hoạch «{title}»"),
        "edit.label.duplicate_plan": QT_TRANSLATE_NOOP("Messages", "Nhân bản kế hoạch cho kỳ sau"),
        "plan.copy_suffix": QT_TRANSLATE_NOOP("Messages", "{title} (bản sao)"),
    }
)

EDITABLE_FIELDS = (
    "title",
    "issuer",
    "issuer_header",
    "number",
    "symbol",
    "issued_date",
    "place",
    "signer_name",
    "signer_position",
    "signer_authority",
    "recipients",
    "annex_title",
    "annex_note",
    "numbering",
    "body",
    "period",
)


@dataclass(frozen=True)
class PlanImport:
    """What importing a plan file did (or would do, for a dry run)."""

    title: str
    counts: PlanCounts
    plan_id: int | None
    applied: Applied | None


def fresh_identities(doc: PlanDocument, clear_progress: bool = False) -> PlanDocument:
    """A deep copy with new uuids everywhere (a copy is a new plan), progress cleared if asked."""
    out = copy.deepcopy(doc)
    out.uuid, out.id = "", None
    for section in out.sections:
        section.uuid, section.id = "", None
        for item in section.all_items():
            item.uuid, item.id = "", None
            for row in item.rows:
                row.uuid, row.id = "", None
                if clear_progress:
                    row.progress = RowProgress()
                    row.evidence = []
    for unit in out.units:
        unit.id = None
    return out


class PlanService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self.db = ws.db

    # --- reading -------------------------------------------------------------------------------

    def all(self) -> list[PlanSummary]:
        return plan_store.summaries(self.db)

    def trash(self) -> list[PlanSummary]:
        return plan_store.summaries(self.db, trashed=True)

    def summary(self, plan_id: int) -> PlanSummary:
        found = plan_store.summaries(self.db, plan_id=plan_id)
        if not found:
            raise NotFoundError("plan.not_found", reference=str(plan_id))
        return found[0]

    def find(self, reference: str, *, in_trash: bool = False) -> PlanSummary:
        """A plan by id ("3"), uuid, or a piece of its title (accents optional)."""
        reference = reference.strip()
        plans = self.trash() if in_trash else self.all()
        if reference.isdigit():
            found = [p for p in plans if p.id == int(reference)]
        else:
            found = [p for p in plans if p.uuid == reference]
            if not found:
                needle = fold(reference)
                found = [p for p in plans if fold(p.title) == needle] or [
                    p for p in plans if needle and needle in fold(p.title)
                ]
        if not found and not in_trash:
            trashed = [p for p in self.trash() if reference in (str(p.id), p.uuid)]
            if trashed:
                raise NotFoundError("plan.in_trash", title=trashed[0].title, id=trashed[0].id)
        if not found:
            raise NotFoundError("plan.not_found", reference=reference)
        if len(found) > 1:
            raise UsageError(
                "plan.ambiguous",
                reference=reference,
                candidates="\n".join(f"  {p.id}: {p.title}" for p in found),
            )
        return found[0]

    def document(self, plan_id: int) -> PlanDocument:
        return plan_store.load_document(self.db, plan_id)

    def document_by_uuid(self, plan_uuid: str) -> PlanDocument:
        plan_id = plan_store.id_for_uuid(self.db, plan_uuid)
        if plan_id is None:
            raise NotFoundError("plan.not_found", reference=plan_uuid)
        return self.document(plan_id)

    # --- creating ------------------------------------------------------------------------------

    def create(self, doc: PlanDocument, label: Message | None = None) -> Applied:
        from ..domain.edits import CreatePlan, Edit  # with the engine: listing plans needs neither

        if not doc.plan.title.strip():
            raise InvalidInputError("plan.empty_title")
        return self.ws.edits.apply(
            Edit(label or Message("edit.label.create_plan", title=doc.plan.title), (CreatePlan(doc),))
        )

    def new_plan(self, info: PlanInfo) -> Applied:
        """An empty plan from the document form (defaults from the commune settings)."""
        return self.create(PlanDocument(plan=info))

    def read_json(self, path: Path) -> PlanDocument:
        from ..interchange.plan_json import read_plan_file

        _refuse_office_files(path)
        return read_plan_file(path)

    def import_json(self, path: Path, *, as_copy: bool = False, dry_run: bool = False) -> PlanImport:
        doc = self.read_json(path)
        return self.import_document(doc, as_copy=as_copy, dry_run=dry_run)

    def import_document(
        self, doc: PlanDocument, *, as_copy: bool = False, dry_run: bool = False
    ) -> PlanImport:
        if as_copy:
            doc = fresh_identities(doc)
        elif doc.uuid and plan_store.id_for_uuid(self.db, doc.uuid) is not None:
            existing = plan_store.summaries(self.db, plan_id=plan_store.id_for_uuid(self.db, doc.uuid))[0]
            raise InvalidInputError(
                "plan.uuid_exists",
                title=existing.title,
                uuid=doc.uuid,
                where="" if existing.deleted_at is None else Message("plan.uuid_exists.trash"),
            )
        from ..domain.edits import CreatePlan

        counts = doc.counts()
        if dry_run:
            return PlanImport(doc.plan.title, counts, None, None)
        applied = self.create(doc, Message("edit.label.import_plan", title=doc.plan.title))
        created = applied.edit.steps[0]
        assert isinstance(created, CreatePlan)
        return PlanImport(doc.plan.title, counts, created.doc.id, applied)

    def export_json(self, plan_id: int, path: Path | None) -> str | None:
        """Write the plan to ``path`` (interchange v2); with None, return the JSON text."""
        from ..interchange.plan_json import dumps_plan, write_plan_file

        doc = self.document(plan_id)
        if path is None:
            return dumps_plan(doc)
        write_plan_file(doc, path)
        return None

    def duplicate_for_next_period(self, plan_id: int) -> Applied:
        """Sections, items and rows into a new plan for the following period, progress cleared."""
        source = self.document(plan_id)
        doc = fresh_identities(source, clear_progress=True)
        doc.plan.period = source.plan.period.following()
        with source_language():  # the title is the plan's (printed): periods named in Vietnamese
            doc.plan.title = _next_title(doc.plan.title, source.plan.period.label(), doc.plan.period.label())
        doc.plan.number, doc.plan.issued_date = "", None
        return self.create(doc, Message("edit.label.duplicate_plan"))

    # --- changing ------------------------------------------------------------------------------

    def set_field(self, plan_id: int, field: str, value: Any) -> Applied:
        from ..domain.edits import Edit, SetField

        if field not in EDITABLE_FIELDS:
            raise InvalidInputError("plan.bad_field", field=field)
        if field == "title" and not str(value).strip():
            raise InvalidInputError("plan.empty_title")
        summary = self.summary(plan_id)
        old = plan_store.read_info_field(self.db, plan_id, field)
        new = stored_value(field, value)  # the shape the database reads back (undo compares)
        return self.ws.edits.apply(
            Edit(
                Message("edit.label.plan_field", title=summary.title),
                (SetField("plan", summary.uuid, field, old, new),),
            )
        )

    def move_to_trash(self, plan_id: int) -> Applied:
        from ..domain.edits import Edit, TrashPlan

        summary = self.summary(plan_id)
        return self.ws.edits.apply(
            Edit(Message("edit.label.trash_plan", title=summary.title), (TrashPlan(summary.uuid),))
        )

    def restore_from_trash(self, reference: str) -> Applied:
        from ..domain.edits import Edit, UntrashPlan

        summary = self.find(reference, in_trash=True)
        return self.ws.edits.apply(
            Edit(Message("edit.label.untrash_plan", title=summary.title), (UntrashPlan(summary.uuid),))
        )

    def empty_trash(self) -> int:
        """Remove every plan in the trash for good (not undoable; the backups still hold them)."""
        from ..domain.edits import Edit, PurgePlan

        trashed = self.trash()
        if not trashed:
            return 0
        self.ws.backups.create("auto")
        self.ws.edits.apply(Edit(Message("log.action.purge"), tuple(PurgePlan(p.uuid) for p in trashed)))
        return len(trashed)


def write_document_json(doc: PlanDocument, path: Path) -> None:
    """A plan already loaded, written as interchange JSON (safe in a worker thread: no database)."""
    from ..interchange.plan_json import write_plan_file

    write_plan_file(doc, path)


def _refuse_office_files(path: Path) -> None:
    """An Excel or Word file given to the JSON import: point to the annex import instead."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return  # the reader reports it in its own words
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        kind = {".xlsx": "Excel", ".xls": "Excel", ".docx": "Word", ".doc": "Word"}.get(
            path.suffix.lower(), "Office"
        )
        raise InvalidInputError("plan.looks_like_annex", name=path.name, kind=kind)


def _next_title(title: str, old_label: str, new_label: str) -> str:
    """The title of the plan for the following period: its period renamed when it names it."""
    if old_label.lower() in title.lower():
        start = title.lower().index(old_label.lower())
        return title[:start] + new_label.lower() + title[start + len(old_label) :]
    if fold(old_label) in fold(title):
        return f"{title} ({new_label})"
    return str(Message("plan.copy_suffix", title=title))
