"""Upload packages and the outbox (``ws.packages``).

A package is one .zip for the province's software: the chosen documents (PDF, workbooks), the
evidence files (one copy of each, named by the criterion code or the task and the document
number), the interchange JSON of the plan and of the assessment, and ``manifest.json``.

As for documents, two steps: ``prepare(…)`` reads the database on the calling thread and returns
a :class:`PreparedPackage`, whose ``write(path, job)`` renders the documents and streams the
evidence into the archive without the database (a worker may run it); ``record(written)`` then
puts the package in the outbox (calling thread again). ``create(…)`` does the three in a row.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..domain import EvidenceDocument, PlanDocument
from ..domain.edits import Edit, SetField
from ..errors import NotFoundError, UsageError
from ..exporters.package import Member, PackageCheck, PackageWritten, UniqueNames, safe_name, verify_package
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages, in_source_language, source_language
from ..storage import evidence as evidence_store
from ..storage import outbox as outbox_store
from ..storage.evidence_files import evidence_dir, stored_path
from ..storage.outbox import OutboxEntry
from .documents import PreparedDocument
from .edits import Applied
from .jobs import NO_JOB, Job
from .steps import outbox as _outbox_steps  # noqa: F401 - registers the outbox field handler

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = [
    "OutboxEntry",
    "PackageCheck",
    "PackageContents",
    "PackageService",
    "PackageWritten",
    "PreparedPackage",
]

define_messages(
    {
        "package.title": QT_TRANSLATE_NOOP("Messages", "Gói nộp: {title}"),
        "package.title_scored": QT_TRANSLATE_NOOP(
            "Messages", "Gói nộp: tự chấm điểm Chỉ số CCHC năm {year} ({body}) và {title}"
        ),
        "package.ambiguous": QT_TRANSLATE_NOOP(
            "Messages", "«{reference}» khớp với nhiều gói nộp, hãy ghi số ID:\n{candidates}"
        ),
        "edit.label.package_sent": QT_TRANSLATE_NOOP("Messages", "Đánh dấu đã gửi gói «{name}»"),
        "edit.label.package_unsent": QT_TRANSLATE_NOOP("Messages", "Đánh dấu chưa gửi gói «{name}»"),
        "package.folder.documents": QT_TRANSLATE_NOOP("Messages", "Văn bản"),
        "package.folder.evidence": QT_TRANSLATE_NOOP("Messages", "Tài liệu kiểm chứng"),
        "package.folder.data": QT_TRANSLATE_NOOP("Messages", "Dữ liệu"),
        "package.ref.criterion": QT_TRANSLATE_NOOP("Messages", "Tiêu chí {code}"),
        "package.ref.task": QT_TRANSLATE_NOOP("Messages", "Nhiệm vụ {code}"),
        "package.ref.task_row": QT_TRANSLATE_NOOP("Messages", "Nhiệm vụ {code} dòng {row}"),
        "package.ref.supplement": QT_TRANSLATE_NOOP("Messages", "{reference} (bổ sung lần {round})"),
        "package.doc.plan": QT_TRANSLATE_NOOP("Messages", "Kế hoạch và phụ lục"),
        "package.doc.annex": QT_TRANSLATE_NOOP("Messages", "Phụ lục nhiệm vụ"),
        "package.doc.score": QT_TRANSLATE_NOOP("Messages", "Báo cáo tự chấm điểm"),
        "package.doc.score_sheet": QT_TRANSLATE_NOOP("Messages", "Bảng tự chấm điểm"),
        "package.assessment_label": QT_TRANSLATE_NOOP(
            "Messages", "{body} – năm {year}, lần {revision} ({criteria_set})"
        ),
    }
)


@dataclass(frozen=True)
class PackageContents:
    """What goes in: the plan with its annex as PDF, the annex as a workbook, the scoring report
    (PDF and workbook, with an assessment), the evidence files."""

    plan_pdf: bool = True
    annex_xlsx: bool = True
    score_pdf: bool = True
    score_xlsx: bool = True
    evidence: bool = True


@dataclass
class _Evidence:
    document: EvidenceDocument
    references: list[str] = field(default_factory=list)


@dataclass
class PreparedPackage:
    """Everything a package holds, read from the database; ``write`` needs none of it.
    ``title`` names it in the outbox, in the interface language; the manifest's own title
    (``header["title"]``) is in Vietnamese, as the whole package."""

    title: str
    plan_title: str
    header: dict[str, Any]
    documents: list[tuple[str, PreparedDocument]]  # (archive name, document)
    evidence: list[Member]
    data: list[tuple[str, Any]]  # (archive name, what becomes JSON there: a plan or an assessment)
    plan_uuid: str | None
    assessment_uuid: str | None

    @in_source_language  # what the province reads: in Vietnamese whatever the interface language
    def write(self, path: Path | str, job: Job = NO_JOB) -> PackageWritten:
        from ..exporters.package import write_package

        target = Path(path)
        with tempfile.TemporaryDirectory(prefix="cchc-goi-") as folder:
            members: list[Member] = []
            for index, (name, document) in enumerate(self.documents):
                written = document.write(Path(folder) / f"{index}.{document.fmt}", job)
                members.append(Member(name, "document", source=written, info={"title": document.title}))
            members += [Member(name, "data", data=_json_of(value)) for name, value in self.data]
            members += self.evidence
            return write_package(target, members, self.header, **job.callbacks())


class PackageService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self.db = ws.db

    # --- preparing and writing ------------------------------------------------------------------

    def prepare(
        self, plan_id: int, assessment_id: int | None = None, contents: PackageContents = PackageContents()
    ) -> PreparedPackage:
        with source_language():  # folder names, titles and references of the manifest: in Vietnamese
            package, title = self._prepare(plan_id, assessment_id, contents)
        package.title = str(title)  # the outbox's, in the interface language
        return package

    def _prepare(
        self, plan_id: int, assessment_id: int | None, contents: PackageContents
    ) -> tuple[PreparedPackage, Message]:
        doc = self.ws.plans.document(plan_id)
        folders = {k: str(Message(f"package.folder.{k}")) for k in ("documents", "evidence", "data")}
        names = UniqueNames()
        documents: list[tuple[str, PreparedDocument]] = []
        if contents.plan_pdf:
            documents.append(
                (names.claim(folders["documents"], _doc_name("plan", "pdf")), self.ws.documents.plan(plan_id))
            )
        if contents.annex_xlsx:
            documents.append(
                (
                    names.claim(folders["documents"], _doc_name("annex", "xlsx")),
                    self.ws.documents.annex_of(doc, "xlsx"),
                )
            )
        package = PreparedPackage(
            title=str(Message("package.title", title=doc.plan.title)),
            plan_title=doc.plan.title,
            header=_header(doc, self.ws.now()),
            documents=documents,
            evidence=[],
            data=[(names.claim(folders["data"], "ke-hoach.json"), doc)],
            plan_uuid=doc.uuid,
            assessment_uuid=None,
        )
        found: dict[str, _Evidence] = {}
        title = Message("package.title", title=doc.plan.title)
        if assessment_id is not None:
            title = self._add_assessment(package, assessment_id, contents, names, folders, found)
        if contents.evidence:
            self._row_evidence(doc, found)
            package.evidence = self._evidence_members(found, names, folders["evidence"])
        return package, title

    def _add_assessment(
        self,
        package: PreparedPackage,
        assessment_id: int,
        contents: PackageContents,
        names: UniqueNames,
        folders: dict[str, str],
        found: dict[str, _Evidence],
    ) -> Message:
        """The assessment's part of ``package``; the package's title (a message, rendered by the
        caller)."""
        from ..storage import assessments as assessment_store

        record = assessment_store.record(self.db, assessment_id)
        assessment = assessment_store.load(self.db, assessment_id)
        package.assessment_uuid = record.uuid
        title = Message("package.title_scored", year=record.year, body=record.body, title=package.plan_title)
        package.title = str(title)
        package.header["title"] = package.title
        package.header["assessment"] = {
            "uuid": record.uuid,
            "body": record.body,
            "year": record.year,
            "revision": record.revision,
            "criteria_set": record.set_name,
        }
        package.data.append((names.claim(folders["data"], "cham-diem.json"), assessment))
        criteria_set = self.ws.criteria.get(record.set_id)  # what the scores are read against
        package.data.append((names.claim(folders["data"], "bo-tieu-chi.json"), criteria_set))
        for fmt, on, name in (
            ("pdf", contents.score_pdf, "score"),
            ("xlsx", contents.score_xlsx, "score_sheet"),
        ):
            if on:
                document = self.ws.documents.score(assessment_id, fmt)
                package.documents.append((names.claim(folders["documents"], _doc_name(name, fmt)), document))
        if contents.evidence:
            for code, documents in assessment_store.evidence_documents(self.db, assessment_id).items():
                for round_, document in documents:
                    reference: Message = Message("package.ref.criterion", code=code)
                    if round_:
                        reference = Message("package.ref.supplement", reference=reference, round=round_)
                    found.setdefault(document.sha256, _Evidence(document)).references.append(str(reference))
        return title

    def _row_evidence(self, doc: PlanDocument, found: dict[str, _Evidence]) -> None:
        for section in doc.sections:
            for item in section.all_items():
                code = f"{section.code}.{item.number}" if item.number else section.code
                for index, row in enumerate(item.rows, 1):
                    if not row.evidence:
                        continue
                    reference = (
                        Message("package.ref.task_row", code=code, row=index)
                        if len(item.rows) > 1
                        else Message("package.ref.task", code=code)
                    )
                    for evidence_uuid in row.evidence:
                        document = evidence_store.by_uuid(self.db, evidence_uuid)
                        found.setdefault(document.sha256, _Evidence(document)).references.append(
                            str(reference)
                        )

    def _evidence_members(self, found: dict[str, _Evidence], names: UniqueNames, folder: str) -> list[Member]:
        """One copy of each file, named after its first reference and the document's number."""
        store = evidence_dir(self.ws.data_dir)
        members = []
        for evidence in found.values():
            document = evidence.document
            suffix = Path(document.file_name).suffix.lower()
            label = document.number or document.title or Path(document.file_name).stem
            name = safe_name(f"{evidence.references[0]} - {label}{suffix}", max_length=100)
            members.append(
                Member(
                    names.claim(folder, name),
                    "evidence",
                    source=stored_path(store, document.sha256),
                    expected_sha256=document.sha256,
                    info={
                        "references": evidence.references,
                        "number": document.number,
                        "issued_on": document.issued_on.isoformat() if document.issued_on else None,
                        "issuer": document.issuer,
                        "title": document.title,
                        "original_name": document.file_name,
                    },
                )
            )
        return members

    def record(self, prepared: PreparedPackage, written: PackageWritten) -> OutboxEntry:
        """The written package into the outbox, waiting to be sent."""
        with self.db.transaction() as tx:
            return outbox_store.add(
                tx,
                path=str(written.path.resolve()),
                file_name=written.path.name,
                size=written.size,
                sha256=written.sha256,
                title=prepared.title,
                plan_uuid=prepared.plan_uuid,
                assessment_uuid=prepared.assessment_uuid,
            )

    def create(
        self,
        plan_id: int,
        path: Path,
        *,
        assessment_id: int | None = None,
        contents: PackageContents = PackageContents(),
        job: Job = NO_JOB,
    ) -> tuple[PackageWritten, OutboxEntry]:
        prepared = self.prepare(plan_id, assessment_id, contents)
        written = prepared.write(path, job)
        return written, self.record(prepared, written)

    @staticmethod
    def verify(path: Path, job: Job = NO_JOB) -> PackageCheck:
        """Whether the package at ``path`` is complete and untouched (no database needed)."""
        return verify_package(path, **job.callbacks())

    def assessments(self) -> list[tuple[int, str]]:
        """The assessments a package can carry, newest year first: (id, label)."""
        from ..storage import assessments as assessment_store

        return [
            (
                r.id,
                str(
                    Message(
                        "package.assessment_label",
                        body=r.body,
                        year=r.year,
                        revision=r.revision,
                        criteria_set=r.set_name,
                    )
                ),
            )
            for r in assessment_store.list_all(self.db)
        ]

    # --- the outbox ---------------------------------------------------------------------------------

    def outbox(self) -> list[OutboxEntry]:
        return outbox_store.all_entries(self.db)

    def waiting_count(self) -> int:
        return outbox_store.waiting_count(self.db)

    def find(self, reference: str) -> OutboxEntry:
        """A package by outbox id, uuid, path or file name."""
        found = outbox_store.find(self.db, reference)
        if not found and reference.strip():
            found = outbox_store.find(self.db, str(Path(reference).expanduser().resolve()))
        if not found:
            raise NotFoundError("outbox.not_found", reference=reference)
        if len(found) > 1:
            raise UsageError(
                "package.ambiguous",
                reference=reference,
                candidates="\n".join(f"  {e.id}: {e.path}" for e in found),
            )
        return found[0]

    def mark_sent(self, entry_uuid: str, note: str = "", when: dt.datetime | None = None) -> Applied:
        """Mark a package sent (undoable), with the time and a note ("nộp qua phần mềm của tỉnh")."""
        entry = outbox_store.by_uuid(self.db, entry_uuid)
        sent_at = (when or self.ws.now()).isoformat(timespec="seconds")
        return self.ws.edits.apply(
            Edit(
                Message("edit.label.package_sent", name=entry.file_name),
                (
                    SetField("outbox", entry.uuid, "sent_at", entry.sent_at, sent_at),
                    SetField("outbox", entry.uuid, "note", entry.note, note.strip()),
                ),
            )
        )

    def mark_unsent(self, entry_uuid: str) -> Applied:
        entry = outbox_store.by_uuid(self.db, entry_uuid)
        return self.ws.edits.apply(
            Edit(
                Message("edit.label.package_unsent", name=entry.file_name),
                (SetField("outbox", entry.uuid, "sent_at", entry.sent_at, None),),
            )
        )


def _doc_name(kind: str, fmt: str) -> str:
    return safe_name(f"{Message(f'package.doc.{kind}')}.{fmt}")


def _header(doc: PlanDocument, now: dt.datetime) -> dict[str, Any]:
    from .. import APP_NAME

    plan = doc.plan
    return {
        "application": APP_NAME,
        "application_version": __version__,
        "created_at": now.isoformat(timespec="seconds"),
        "title": str(Message("package.title", title=plan.title)),
        "plan": {
            "uuid": doc.uuid,
            "title": plan.title,
            "issuer": plan.issuer,
            "reference": plan.reference(),
            "period": plan.period.label(),
        },
        "assessment": None,
    }


def _json_of(value: Any) -> bytes:
    """The interchange JSON of a plan, an assessment or its criteria set (made in the worker:
    no database)."""
    if isinstance(value, PlanDocument):
        from ..interchange.plan_json import dumps_plan

        return dumps_plan(value).encode("utf-8")
    from ..domain.criteria import CriteriaSet
    from ..exporters.package import json_bytes
    from ..interchange.assessment_json import assessment_to_dict, criteria_set_to_dict

    if isinstance(value, CriteriaSet):
        return json_bytes(criteria_set_to_dict(value))
    return json_bytes(assessment_to_dict(value))
