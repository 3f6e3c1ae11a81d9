"""Files of an assessment: the Excel scoring form (written, and read back all or nothing), and the
scoring report (PDF in the national format, or the form as xlsx).

Each is prepared on the thread that owns the database (``*Data``: the set, the entries, the
evidence as text, the commune's letterhead) and then written in a worker: ``data.write(path)``
touches no database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.assessment import Assessment
from ..domain.criteria import CriteriaSet
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, define_messages, in_source_language
from ..importers.assessment_form import FormFill, read_assessment_form
from .jobs import NO_JOB, Job

define_messages(
    {
        "report.bad_format": QT_TRANSLATE_NOOP(
            "Messages", "Định dạng «{fmt}» không có; chọn «pdf» hoặc «xlsx»."
        ),
    }
)

REPORT_FORMATS = ("pdf", "xlsx")


@dataclass
class FormData:
    criteria_set: CriteriaSet
    assessment: Assessment
    evidence: dict[str, str]

    @in_source_language  # documents stay in Vietnamese whatever the interface language
    def write(self, path: Path, job: Job = NO_JOB) -> None:
        from ..exporters.assessment_form import write_assessment_form

        job.check()
        write_assessment_form(self.criteria_set, self.assessment, path, self.evidence)

    def read_filled(self, path: Path) -> FormFill:
        """What a filled form would change (InvalidInputError listing every problem otherwise)."""
        return read_assessment_form(path, self.criteria_set, self.assessment)


@dataclass
class ReportData:
    criteria_set: CriteriaSet
    assessment: Assessment
    evidence: dict[str, str]
    issuer_lines: list[str]
    place: str
    signer: tuple[str, str, str]  # authority, position, name
    recipients: list[str]

    @in_source_language
    def write(self, path: Path, fmt: str = "pdf", job: Job = NO_JOB) -> None:
        if fmt not in REPORT_FORMATS:
            raise InvalidInputError("report.bad_format", fmt=fmt)
        if fmt == "xlsx":
            FormData(self.criteria_set, self.assessment, self.evidence).write(path, job)
            return
        from ..exporters.pdf import SignatureBlock, write_pdf
        from ..exporters.pdf.score_report import ReportParts, score_report_document

        authority, position, name = self.signer
        parts = ReportParts(
            issuer_lines=self.issuer_lines,
            place=self.place,
            signature=SignatureBlock(self.recipients, authority, position, name),
            evidence=self.evidence,
        )
        document = score_report_document(self.criteria_set, self.assessment, parts)
        write_pdf(document, path, **job.callbacks())
