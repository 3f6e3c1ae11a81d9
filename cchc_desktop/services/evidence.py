"""Evidence documents (tài liệu kiểm chứng) of annex rows: files copied into the data folder's
evidence store under their SHA-256 (stored once, never modified), each recorded once with its
number, date, issuer and title, attached to rows as undoable links.

Threads: :meth:`EvidenceService.store` copies and hashes a file and touches no database — run it
in a worker (it reports progress and honours cancel through a Job); then :meth:`attach`, on the
UI thread, records the document and links it as one edit. :meth:`check_hashes` likewise runs in
a worker over the hashes :meth:`hashes` listed on the UI thread.

The evidence store is ``<data folder>/evidence``; backups carry a mirror of it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import MAX_NAME_LENGTH, MAX_NUMBER_LENGTH, EvidenceDocument
from ..domain.edits import Edit, ForgetEvidence, LinkEvidence, RecordEvidence, SetField, Step, UnlinkEvidence
from ..errors import InvalidInputError, NotFoundError
from ..fileio import write_with_atomic
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import annex as annex_store
from ..storage import evidence as evidence_store
from ..storage import evidence_records
from ..storage.evidence_files import EvidenceCheck, check_files, evidence_dir, store_file, stored_path
from ..storage.evidence_records import EvidenceUse
from ..text import clean
from .edits import Applied
from .jobs import NO_JOB, Job

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["EvidenceCheck", "EvidenceService", "EvidenceUse", "StoredFile"]

define_messages(
    {
        "evidence.already_attached": QT_TRANSLATE_NOOP(
            "Messages", "Tệp «{name}» đã được đính kèm vào dòng này (cùng nội dung với «{existing}»)."
        ),
        "evidence.not_attached": QT_TRANSLATE_NOOP("Messages", "Tài liệu «{name}» không gắn với dòng này."),
        "evidence.bad_date": QT_TRANSLATE_NOOP("Messages", "Ngày «{value}» không hợp lệ."),
        "evidence.bad_field": QT_TRANSLATE_NOOP("Messages", "Trường «{field}» của tài liệu không sửa được."),
        "evidence.text_too_long": QT_TRANSLATE_NOOP("Messages", "«{field}» dài quá {limit} ký tự."),
        "evidence.missing_file": QT_TRANSLATE_NOOP(
            "Messages", "Tệp của tài liệu «{name}» không còn trong kho tài liệu kiểm chứng ({path})."
        ),
        "evidence.not_a_row": QT_TRANSLATE_NOOP(
            "Messages", "Tài liệu kiểm chứng được gắn vào từng dòng nhiệm vụ."
        ),
        "edit.label.attach_evidence": QT_TRANSLATE_NOOP("Messages", "Đính kèm tài liệu «{name}»"),
        "edit.label.detach_evidence": QT_TRANSLATE_NOOP("Messages", "Bỏ tài liệu «{name}» khỏi dòng"),
        "edit.label.evidence_field": QT_TRANSLATE_NOOP("Messages", "Sửa thông tin tài liệu «{name}»"),
    }
)

EDITABLE_FIELDS = ("number", "issued_on", "issuer", "title", "file_name")
_LIMITS = {"number": MAX_NUMBER_LENGTH, "issuer": MAX_NAME_LENGTH, "title": MAX_NAME_LENGTH, "file_name": 255}


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the evidence store (what :meth:`EvidenceService.store` returns)."""

    sha256: str
    size: int
    file_name: str


def _field_value(field: str, value: Any) -> str | None:
    if field == "issued_on":
        if value in (None, ""):
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        return (
            value.isoformat() if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)).isoformat()
        )
    text = " ".join(clean("" if value is None else str(value)).split())
    if len(text) > _LIMITS[field]:
        raise InvalidInputError("evidence.text_too_long", field=field, limit=_LIMITS[field])
    return text


class EvidenceService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self.folder = evidence_dir(ws.data_dir)

    # --- files (no database: safe in a worker thread) -----------------------------------------

    def store(self, path: Path, job: Job = NO_JOB) -> StoredFile:
        """Copy a file into the evidence store (once per content); its hash and size."""
        sha, size = store_file(self.folder, Path(path), job.progress)
        return StoredFile(sha, size, Path(path).name)

    def check_hashes(self, hashes: list[str], job: Job = NO_JOB) -> EvidenceCheck:
        """Every stored file of ``hashes`` against its hash (missing and altered files)."""
        return check_files(self.folder, hashes, job.progress)

    def path_of(self, evidence_uuid: str) -> Path:
        """The stored file of a document (read-only: open it, or copy it out)."""
        document = self.document(evidence_uuid)
        path = stored_path(self.folder, document.sha256)
        if not path.is_file():
            raise NotFoundError("evidence.missing_file", name=document.file_name, path=str(path))
        return path

    def copy_out(self, evidence_uuid: str, target: Path) -> Path:
        """A copy of the stored file for the user (a folder: the file keeps its own name)."""
        document = self.document(evidence_uuid)
        source = self.path_of(evidence_uuid)
        target = Path(target)
        if target.is_dir():
            target = target / document.file_name
        with open(source, "rb") as handle:
            write_with_atomic(target, lambda out: shutil.copyfileobj(handle, out))
        return target

    # --- reading -----------------------------------------------------------------------------

    def document(self, evidence_uuid: str) -> EvidenceDocument:
        return evidence_store.by_uuid(self.ws.db, evidence_uuid)

    def documents(self, row_uuid: str) -> list[EvidenceDocument]:
        ref = annex_store.locate(self.ws.db, row_uuid)
        return evidence_store.row_documents(self.ws.db, ref.id)

    def all(self) -> list[EvidenceUse]:
        """Every recorded document with how many rows use it."""
        return evidence_records.usage(self.ws.db)

    def hashes(self) -> list[str]:
        return sorted(evidence_store.referenced_hashes(self.ws.db))

    def check(self, job: Job = NO_JOB) -> EvidenceCheck:
        return self.check_hashes(self.hashes(), job)

    # --- changing ----------------------------------------------------------------------------

    def attach_steps(
        self,
        row_uuid: str,
        stored: StoredFile,
        *,
        number: str = "",
        issued_on: dt.date | None = None,
        issuer: str = "",
        title: str = "",
    ) -> list[Step]:
        """The steps that record a stored file (or find its record) and link it to a row."""
        ref = annex_store.locate(self.ws.db, row_uuid)
        if ref.kind != "row":
            raise InvalidInputError("evidence.not_a_row")
        existing = evidence_store.by_sha(self.ws.db, stored.sha256)
        if existing is not None:
            attached = {d.uuid for d in evidence_store.row_documents(self.ws.db, ref.id)}
            if existing.uuid in attached:
                raise InvalidInputError(
                    "evidence.already_attached", name=stored.file_name, existing=existing.file_name
                )
            document = existing
            steps: list[Step] = [RecordEvidence(existing)]
            wanted = {"number": number, "issued_on": issued_on, "issuer": issuer, "title": title}
            for field, value in wanted.items():
                new = _field_value(field, value)
                old = evidence_store.read_field(self.ws.db, existing.uuid, field)
                if new and not old:  # fill what the record lacks; never overwrite silently
                    steps.append(SetField("evidence", existing.uuid, field, old, new))
        else:
            document = EvidenceDocument(
                sha256=stored.sha256,
                file_name=_field_value("file_name", stored.file_name) or "",
                size=stored.size,
                number=_field_value("number", number) or "",
                issued_on=issued_on,
                issuer=_field_value("issuer", issuer) or "",
                title=_field_value("title", title) or "",
                uuid=str(uuidlib.uuid4()),
            )
            steps = [RecordEvidence(document)]
        plan_uuid = self.ws.plans.summary(ref.plan_id).uuid
        steps.append(LinkEvidence("row", row_uuid, document.uuid, plan_uuid=plan_uuid))
        return steps

    def attach(self, row_uuid: str, stored: StoredFile, **details: Any) -> Applied:
        """Record a stored file and attach it to a row, as one action (details: number,
        issued_on, issuer, title)."""
        steps = self.attach_steps(row_uuid, stored, **details)
        return self.ws.edits.apply(
            Edit(Message("edit.label.attach_evidence", name=stored.file_name), tuple(steps))
        )

    def attach_file(self, row_uuid: str, path: Path, job: Job = NO_JOB, **details: Any) -> Applied:
        """Store and attach in one call (the command line; the window splits the two)."""
        return self.attach(row_uuid, self.store(path, job), **details)

    def detach(self, row_uuid: str, evidence_uuid: str) -> Applied:
        """Take a document off a row; its record goes too when no other row uses it (the file
        stays in the store: attaching it again finds it)."""
        ref = annex_store.locate(self.ws.db, row_uuid)
        document = self.document(evidence_uuid)
        if evidence_uuid not in {d.uuid for d in evidence_store.row_documents(self.ws.db, ref.id)}:
            raise InvalidInputError("evidence.not_attached", name=document.file_name)
        last = evidence_records.link_count(self.ws.db, document.id or 0) == 1
        plan_uuid = self.ws.plans.summary(ref.plan_id).uuid
        steps: list[Step] = [UnlinkEvidence("row", row_uuid, evidence_uuid, plan_uuid=plan_uuid)]
        if last:
            steps.append(ForgetEvidence(document, created=True))
        return self.ws.edits.apply(
            Edit(Message("edit.label.detach_evidence", name=document.file_name), tuple(steps))
        )

    def set_field(self, evidence_uuid: str, field: str, value: Any) -> Applied | None:
        """Number, date of issue, issuer, title or shown file name of a document."""
        if field not in EDITABLE_FIELDS:
            raise InvalidInputError("evidence.bad_field", field=field)
        document = self.document(evidence_uuid)
        try:
            new = _field_value(field, value)
        except ValueError:
            raise InvalidInputError("evidence.bad_date", value=str(value)) from None
        old = evidence_store.read_field(self.ws.db, evidence_uuid, field)
        if field == "file_name" and not new:
            return None  # a document keeps a name
        if new == old or (not new and not old):
            return None
        return self.ws.edits.apply(
            Edit(
                Message("edit.label.evidence_field", name=document.file_name),
                (SetField("evidence", evidence_uuid, field, old, new),),
            )
        )
