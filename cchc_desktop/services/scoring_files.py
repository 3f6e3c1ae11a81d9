"""Evidence files of scored criteria, and the data the form and the report are written from.

Attaching a file: the copy into the evidence store (by its SHA-256, once per content) runs in a
worker (``store_file``: no database); then, on the thread that owns the database, the document is
recorded and linked to the criterion as an undoable step ("score" for the original evidence,
"score_supplement" for documents sent in answer to an appraisal round, kept apart)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import EvidenceDocument
from ..domain.edits import Edit, LinkEvidence, SetField, UnlinkEvidence
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages, in_source_language
from ..importers.assessment_form import FormFill
from ..storage import assessments as assessment_store
from ..storage import evidence as evidence_store
from ..storage import evidence_files
from ..storage import register_figures as register_store
from ..text import clean
from . import scoring_entries as entries
from .edits import Applied
from .jobs import Job
from .scoring_documents import FormData, ReportData
from .steps.scoring import entry_key

if TYPE_CHECKING:
    from .scoring import ScoringService, ScoringState

define_messages(
    {
        "edit.label.score_attach_evidence": QT_TRANSLATE_NOOP(
            "Messages", "Đính kèm «{name}» cho tiêu chí {code}"
        ),
        "edit.label.score_detach_evidence": QT_TRANSLATE_NOOP(
            "Messages", "Gỡ tài liệu «{name}» khỏi tiêu chí {code}"
        ),
        "evidence.supplement_round": QT_TRANSLATE_NOOP("Messages", "Bổ sung (thẩm định lần {round}): {text}"),
        "evidence.register_row": QT_TRANSLATE_NOOP("Messages", "Sổ nhiệm vụ: {text}"),
    }
)

DEFAULT_RECIPIENTS = ["Sở Nội vụ tỉnh;", "Lưu: VT, VHXH."]


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the evidence store, not yet recorded."""

    sha256: str
    size: int
    file_name: str


@dataclass(frozen=True)
class EvidenceItem:
    """One line of a criterion's evidence: a document (``round`` 0 original, N supplementary for
    appraisal round N) or a row of the task register (``kind`` "row")."""

    kind: str  # "document" or "row"
    uuid: str
    label: str
    round: int = 0


class ScoringFiles:
    def __init__(self, service: ScoringService):
        self.service = service
        self.ws = service.ws

    # --- evidence ------------------------------------------------------------------------------

    @staticmethod
    def store_file(path: Path, data_dir: Path, job: Job | None = None) -> StoredFile:
        progress = job.progress if job is not None else None
        sha, size = evidence_files.store_file(evidence_files.evidence_dir(data_dir), Path(path), progress)
        return StoredFile(sha, size, Path(path).name)

    def attach(
        self,
        assessment_id: int,
        code: str,
        stored: StoredFile,
        round_: int = 0,
        number: str = "",
        title: str = "",
        issuer: str = "",
        issued_on: dt.date | None = None,
    ) -> Applied:
        record, _criterion, _entry = self.service.entry_context(assessment_id, code)
        if record.finalised and round_ == 0:
            raise InvalidInputError("score.assessment_finalised")
        document = EvidenceDocument(
            sha256=stored.sha256,
            file_name=stored.file_name,
            size=stored.size,
            number=clean(number),
            issued_on=issued_on,
            issuer=clean(issuer),
            title=clean(title),
        )
        with self.ws.db.transaction() as tx:
            document = evidence_store.record(tx, document)
        target, key = _target(record.uuid, code, round_)
        label = Message("edit.label.score_attach_evidence", name=stored.file_name, code=code)
        return self.ws.edits.apply(Edit(label, (LinkEvidence(target, key, document.uuid),)))

    def detach(self, assessment_id: int, code: str, evidence_uuid: str, round_: int = 0) -> Applied:
        record, _criterion, _entry = self.service.entry_context(assessment_id, code)
        document = evidence_store.by_uuid(self.ws.db, evidence_uuid)
        target, key = _target(record.uuid, code, round_)
        label = Message("edit.label.score_detach_evidence", name=document.file_name, code=code)
        return self.ws.edits.apply(Edit(label, (UnlinkEvidence(target, key, evidence_uuid),)))

    def items(self, assessment_id: int, code: str, state: ScoringState) -> list[EvidenceItem]:
        documents = assessment_store.evidence_documents(self.ws.db, assessment_id, code).get(code, [])
        entry = state.assessment.entry(code)
        labels = register_store.row_labels(self.ws.db, entry.register_rows)
        out = [
            EvidenceItem(
                "document",
                document.uuid,
                _document_label(document)
                if round_ == 0
                else str(Message("evidence.supplement_round", round=round_, text=_document_label(document))),
                round_,
            )
            for round_, document in documents
        ]
        out += [
            EvidenceItem("row", u, str(Message("evidence.register_row", text=labels.get(u, u))))
            for u in entry.register_rows
        ]
        return out

    def counts(self, assessment_id: int) -> dict[str, int]:
        """Original evidence documents per criterion (the form's "TL" column)."""
        return assessment_store.evidence_counts(self.ws.db, assessment_id)

    def evidence_text(self, state: ScoringState) -> dict[str, str]:
        """Per criterion: its documents, register rows and supplementary documents, one a line."""
        documents = self.service.evidence(state.record.id)
        row_uuids = [u for e in state.assessment.entries.values() for u in e.register_rows]
        labels = register_store.row_labels(self.ws.db, row_uuids)
        out: dict[str, str] = {}
        for code, entry in state.assessment.entries.items():
            lines = []
            for round_, document in documents.get(code, []):
                text = _document_label(document)
                lines.append(
                    text
                    if round_ == 0
                    else str(Message("evidence.supplement_round", round=round_, text=text))
                )
            lines += [
                str(Message("evidence.register_row", text=labels.get(u, u))) for u in entry.register_rows
            ]
            if lines:
                out[code] = "\n".join(lines)
        return out

    # --- form and report data (documents: in Vietnamese whatever the interface language) ------

    @in_source_language
    def form_data(self, assessment_id: int) -> FormData:
        state = self.service.load(assessment_id)
        return FormData(state.criteria_set, state.assessment, self.evidence_text(state))

    @in_source_language
    def report_data(self, assessment_id: int) -> ReportData:
        state = self.service.load(assessment_id)
        commune = self.ws.settings.commune()
        issuer_lines = [line for line in commune.issuer_header.splitlines() if line.strip()]
        issuer_lines.append(commune.issuer or state.assessment.body)
        recipients = [line for line in commune.recipients.splitlines() if line.strip()] or DEFAULT_RECIPIENTS
        return ReportData(
            criteria_set=state.criteria_set,
            assessment=state.assessment,
            evidence=self.evidence_text(state),
            issuer_lines=issuer_lines,
            place=commune.place,
            signer=(commune.signer_authority, commune.signer_position, commune.signer_name),
            recipients=recipients,
        )

    def apply_fill(self, assessment_id: int, fill: FormFill, name: str = "") -> Applied:
        """The changes of a filled form (already checked whole), as one undoable edit."""
        state = self.service.load(assessment_id)
        steps: list[SetField] = []
        for code, new in fill.entries.items():
            steps.extend(entries.steps(state.record.uuid, state.assessment.entry(code), new))
        if state.record.finalised and any(entries.touches_self(s) for s in steps):
            raise InvalidInputError("score.assessment_finalised")
        return self.ws.edits.apply(Edit(Message("edit.label.fill_form", name=name), tuple(steps)))


def _document_label(document: EvidenceDocument) -> str:
    described = document.describe()
    if document.file_name and document.file_name not in described:
        described = f"{described} ({document.file_name})" if described else document.file_name
    return described


def _target(assessment_uuid: str, code: str, round_: int) -> tuple[str, str]:
    key = entry_key(assessment_uuid, code)
    return ("score", key) if round_ == 0 else ("score_supplement", f"{key}:{round_}")
