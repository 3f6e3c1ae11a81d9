"""Self-assessment scoring (``ws.scoring``): assessments and their revisions, what is entered per
criterion (each change an undoable edit with its change-log line), totals and the index, the
figures the task register offers, the checklist before finalising, evidence, appraisal rounds,
the Excel form, the scoring report, and lost points turned into tasks of next year's plan.

The window and the command line reach every scoring type they name through this module."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import ChangeEntry, EvidenceDocument
from ..domain.assessment import Assessment, ScoreEntry
from ..domain.criteria import CriteriaSet, Criterion
from ..domain.edits import Edit, SetField
from ..errors import InvalidInputError, NotFoundError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..importers.assessment_form import FieldChange, FormFill
from ..scoring.rollup import (
    AssessmentTotals,
    LostPoints,
    NodeTotals,
    lost_points,
    percent,
    percent_display,
    rollup,
)
from ..scoring.rules import figure_hint, figure_text, points_text
from ..storage import assessments as assessment_store
from ..storage.assessments import AssessmentRecord
from . import scoring_entries as entries
from . import scoring_register
from .edits import Applied
from .jobs import Job
from .scoring_checklist import ChecklistItem, checklist
from .scoring_documents import REPORT_FORMATS, FormData, ReportData
from .scoring_files import EvidenceItem, ScoringFiles, StoredFile
from .scoring_register import RegisterFigure
from .scoring_summary import AreaSummary, AssessmentSummary, summarise
from .steps import scoring as _scoring_steps  # noqa: F401 - registers the "score" handlers
from .steps.scoring import entry_key

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = [
    "REPORT_FORMATS",
    "AreaSummary",
    "AssessmentRecord",
    "AssessmentSummary",
    "AssessmentTotals",
    "ChecklistItem",
    "EvidenceItem",
    "FieldChange",
    "FormFill",
    "LostPoints",
    "NodeTotals",
    "RegisterFigure",
    "ScoringService",
    "ScoringState",
    "StoredFile",
    "figure_hint",
    "figure_text",
    "percent",
    "percent_display",
    "points_text",
]

define_messages(
    {
        "edit.label.score": QT_TRANSLATE_NOOP("Messages", "Chấm điểm tiêu chí {code}"),
        "edit.label.appraisal": QT_TRANSLATE_NOOP("Messages", "Điểm thẩm định tiêu chí {code}"),
        "edit.label.register_figure": QT_TRANSLATE_NOOP("Messages", "Lấy số liệu từ sổ nhiệm vụ cho {code}"),
        "edit.label.finalise": QT_TRANSLATE_NOOP("Messages", "Chốt bản tự đánh giá năm {year}"),
        "edit.label.assessment_plan": QT_TRANSLATE_NOOP("Messages", "Chọn kế hoạch cho bản chấm điểm"),
        "edit.label.fill_form": QT_TRANSLATE_NOOP("Messages", "Nhập phiếu chấm điểm «{name}»"),
        "assessment.nothing_to_apply": QT_TRANSLATE_NOOP(
            "Messages", "Sổ nhiệm vụ không có số liệu để áp dụng cho {code}: {note}"
        ),
        "assessment.already_final": QT_TRANSLATE_NOOP("Messages", "Bản chấm điểm này đã chốt."),
        "assessment.checklist": QT_TRANSLATE_NOOP(
            "Messages",
            "Còn {count} việc cần xem trước khi chốt (chốt vẫn được nếu cố ý, với «--force»):\n{items}",
        ),
    }
)

_UNSET: Any = object()


@dataclass
class ScoringState:
    """An assessment as the scoring screen shows it: loaded once, rolled up as entries change."""

    record: AssessmentRecord
    criteria_set: CriteriaSet
    assessment: Assessment
    totals: AssessmentTotals

    def refresh_totals(self) -> AssessmentTotals:
        self.totals = rollup(self.criteria_set, self.assessment)
        return self.totals


class _Lines(list):
    def __str__(self) -> str:
        return "\n".join(f"– {item}" for item in self)


class ScoringService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self.db = ws.db
        self.files = ScoringFiles(self)

    # --- reading -------------------------------------------------------------------------------

    def all(self) -> list[AssessmentRecord]:
        return assessment_store.list_all(self.db)

    def record(self, assessment_id: int) -> AssessmentRecord:
        return assessment_store.record(self.db, assessment_id)

    def find(self, reference: str) -> AssessmentRecord:
        """By id ("3") or uuid."""
        reference = reference.strip()
        found = assessment_store.id_for_uuid(self.db, reference)
        if found is None and reference.isdigit():
            found = int(reference)
        if found is None:
            raise NotFoundError("assessment.not_found", reference=reference)
        return self.record(found)

    def load(self, assessment_id: int) -> ScoringState:
        record = self.record(assessment_id)
        criteria_set = self.ws.criteria.get(record.set_id)
        assessment = assessment_store.load(self.db, assessment_id)
        return ScoringState(record, criteria_set, assessment, rollup(criteria_set, assessment))

    def reload_entries(self, state: ScoringState, codes: list[str]) -> ScoringState:
        """``state`` with the entries of ``codes`` read again and the totals rolled up (a change
        to a few criteria need not read the whole assessment)."""
        record = self.record(state.record.id)
        fresh = assessment_store.load_entries(self.db, record.id, codes)
        entries = dict(state.assessment.entries)
        for code in codes:
            if code in fresh:
                entries[code] = fresh[code]
            else:
                entries.pop(code, None)
        assessment = dataclasses.replace(
            state.assessment, entries=entries, finalised=record.finalised, revision=record.revision
        )
        return ScoringState(record, state.criteria_set, assessment, rollup(state.criteria_set, assessment))

    def summary(self, assessment_id: int) -> AssessmentSummary:
        state = self.load(assessment_id)
        return summarise(state.record, state.criteria_set, state.totals)

    def register_figures(
        self, assessment_id: int, state: ScoringState | None = None
    ) -> dict[str, RegisterFigure]:
        state = state or self.load(assessment_id)
        record = state.record
        deadline = self.ws.criteria.record(record.set_id).plan_deadline
        leaves = list(state.criteria_set.leaves())
        return scoring_register.figures(
            self.db, leaves, record.year, record.plan_uuid, deadline, self.ws.today()
        )

    def checklist(self, assessment_id: int, state: ScoringState | None = None) -> list[ChecklistItem]:
        state = state or self.load(assessment_id)
        figures = self.register_figures(assessment_id, state)
        return checklist(state.criteria_set, state.assessment, state.totals, figures)

    def lost_points(self, assessment_id: int) -> list[LostPoints]:
        state = self.load(assessment_id)
        return lost_points(state.criteria_set, state.assessment)

    def history(self, assessment_id: int, code: str) -> list[ChangeEntry]:
        """One criterion's change log, newest first, through the earlier revisions too."""
        record = self.record(assessment_id)
        keys = [
            entry_key(r.uuid, code)
            for r in self.all()
            if (r.body, r.year, r.set_id) == (record.body, record.year, record.set_id)
            and r.revision <= record.revision
        ]
        found = [line for key in keys for line in self.ws.log.entries(entity_uuid=key)]
        return sorted(found, key=lambda line: line.id, reverse=True)

    def evidence(self, assessment_id: int) -> dict[str, list[tuple[int, EvidenceDocument]]]:
        return assessment_store.evidence_documents(self.db, assessment_id)

    def evidence_items(self, state: ScoringState, code: str) -> list[EvidenceItem]:
        """A criterion's documents (original, then supplementary) and register rows."""
        return self.files.items(state.record.id, code, state)

    def evidence_counts(self, assessment_id: int) -> dict[str, int]:
        return self.files.counts(assessment_id)

    # --- assessments ---------------------------------------------------------------------------

    def create(
        self, set_id: int, year: int, body: str | None = None, plan_id: int | None = None
    ) -> AssessmentRecord:
        from .scoring_creation import create_assessment

        return create_assessment(self.ws, set_id, year, body, plan_id)

    def revise(self, assessment_id: int) -> AssessmentRecord:
        from .scoring_creation import revise_assessment

        return revise_assessment(self.ws, assessment_id)

    def set_plan(self, assessment_id: int, plan_id: int | None) -> Applied:
        record = self.record(assessment_id)
        plan_uuid = self.ws.plans.summary(plan_id).uuid if plan_id is not None else ""
        step = SetField("assessment", record.uuid, "plan_uuid", record.plan_uuid, plan_uuid)
        return self.ws.edits.apply(Edit(Message("edit.label.assessment_plan"), (step,)))

    def finalise(self, assessment_id: int, force: bool = False) -> Applied:
        record = self.record(assessment_id)
        if record.finalised:
            raise InvalidInputError("assessment.already_final")
        items = self.checklist(assessment_id)
        if items and not force:
            raise InvalidInputError("assessment.checklist", count=len(items), items=_Lines(items))
        when = self.ws.now().strftime("%Y-%m-%dT%H:%M:%S")
        step = SetField("assessment", record.uuid, "finalised_at", None, when)
        return self.ws.edits.apply(Edit(Message("edit.label.finalise", year=record.year), (step,)))

    # --- scoring one criterion -----------------------------------------------------------------

    def entry_context(self, assessment_id: int, code: str) -> tuple[AssessmentRecord, Criterion, ScoreEntry]:
        record = self.record(assessment_id)
        criterion = entries.leaf(self.ws.criteria.get(record.set_id).index(), code)
        found = assessment_store.load_entries(self.db, assessment_id, [code])
        return record, criterion, found.get(code) or ScoreEntry(code)

    def _apply(self, record: AssessmentRecord, old: ScoreEntry, new: ScoreEntry, label: Message) -> Applied:
        steps = tuple(entries.steps(record.uuid, old, new))
        if record.finalised and any(entries.touches_self(s) for s in steps):
            raise InvalidInputError("score.assessment_finalised")
        return self.ws.edits.apply(Edit(label, steps))

    def update(
        self,
        assessment_id: int,
        code: str,
        *,
        figure: str | None = _UNSET,
        self_score: Decimal | str | None = _UNSET,
        not_applicable: bool = _UNSET,
        na_reason: str = _UNSET,
        explanation: str = _UNSET,
        override_reason: str = _UNSET,
        register_rows: list[str] = _UNSET,
    ) -> Applied:
        """Change what is entered for one criterion; the result is checked against the rule
        (refused with the reason) and written as one undoable edit (no steps if nothing changed)."""
        record, criterion, old = self.entry_context(assessment_id, code)
        given = {
            "override_reason": override_reason,
            "na_reason": na_reason,
            "explanation": explanation,
            "not_applicable": not_applicable,
            "register_rows": register_rows,
        }
        new = entries.with_fields(old, **{k: v for k, v in given.items() if v is not _UNSET})
        if figure is not _UNSET:
            new = entries.with_figure(criterion, new, figure)
        if self_score is not _UNSET:
            new = entries.with_self_score(criterion, new, entries.points_value(code, self_score))
        entries.check(criterion, new)
        return self._apply(record, old, new, Message("edit.label.score", code=code))

    def appraise(self, assessment_id: int, code: str, round_: int = 1, **changes: Any) -> Applied:
        """Appraisal round ``round_`` of one criterion: score, comment, explanation_requested,
        response (the commune's answer). Open after finalising."""
        record, criterion, old = self.entry_context(assessment_id, code)
        new = entries.with_appraisal(criterion, old, round_, **changes)
        return self._apply(record, old, new, Message("edit.label.appraisal", code=code))

    def use_register_figure(self, assessment_id: int, code: str) -> Applied:
        state = self.load(assessment_id)
        figure = self.register_figures(assessment_id, state).get(code)
        if figure is None or figure.entry is None:
            note = figure.note if figure is not None else ""
            raise InvalidInputError("assessment.nothing_to_apply", code=code, note=note)
        record, criterion, old = self.entry_context(assessment_id, code)
        new = entries.with_register_figure(old, figure.entry)
        entries.check(criterion, new)
        return self._apply(record, old, new, Message("edit.label.register_figure", code=code))

    # --- evidence documents --------------------------------------------------------------------

    @staticmethod
    def store_evidence_file(path: Path, data_dir: Path, job: Job | None = None) -> StoredFile:
        """Copy a file into the evidence store (no database: run it in a worker)."""
        return ScoringFiles.store_file(path, data_dir, job)

    def attach_evidence(
        self, assessment_id: int, code: str, stored: StoredFile, round_: int = 0, **info: Any
    ) -> Applied:
        return self.files.attach(assessment_id, code, stored, round_, **info)

    def detach_evidence(self, assessment_id: int, code: str, evidence_uuid: str, round_: int = 0) -> Applied:
        return self.files.detach(assessment_id, code, evidence_uuid, round_)

    # --- files ---------------------------------------------------------------------------------

    def form_data(self, assessment_id: int) -> FormData:
        return self.files.form_data(assessment_id)

    def write_form(self, assessment_id: int, path: Path) -> None:
        self.form_data(assessment_id).write(Path(path))

    def fill(self, assessment_id: int, path: Path, dry_run: bool = False) -> tuple[FormFill, Applied | None]:
        """Read a filled form: all or nothing. ``dry_run``: what it would change, nothing written."""
        fill = self.form_data(assessment_id).read_filled(Path(path))
        if dry_run or fill.is_empty:
            return fill, None
        return fill, self.apply_fill(assessment_id, fill, Path(path).name)

    def apply_fill(self, assessment_id: int, fill: FormFill, name: str = "") -> Applied:
        return self.files.apply_fill(assessment_id, fill, name)

    def report_data(self, assessment_id: int) -> ReportData:
        return self.files.report_data(assessment_id)

    def write_report(self, assessment_id: int, path: Path, fmt: str = "pdf", job: Job | None = None) -> None:
        """The scoring report: "pdf" (national format) or "xlsx" (the scoring form)."""
        data = self.report_data(assessment_id)
        data.write(Path(path), fmt, job or Job())

    # --- lost points ---------------------------------------------------------------------------

    def losses_to_plan(self, assessment_id: int, codes: list[str], plan_id: int) -> Applied:
        from .scoring_creation import losses_to_plan

        return losses_to_plan(self.ws, assessment_id, codes, plan_id)
