"""Opening assessments and revisions, and sending lost points to next year's plan.

One assessment per body, year and criteria set. The body is the one given, else the commune's
issuing body from the settings, else the issuer of the chosen plan (or of the newest plan). ``revise`` opens revision N + 1 of
a finalised assessment with a copy of its entries (appraisal and evidence included); revision N
stays as it was, read-only. Opening is not undoable (a new empty record); what is entered is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.edits import Edit
from ..domain.plan import MAX_YEAR, MIN_YEAR
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..scoring.rollup import lost_points
from ..storage import assessments as assessment_store
from ..storage.assessments import AssessmentRecord
from ..text import clean
from .edits import Applied
from .scoring_losses import loss_steps

if TYPE_CHECKING:
    from .workspace import Workspace

define_messages(
    {
        "assessment.exists": QT_TRANSLATE_NOOP(
            "Messages",
            "Đã có bản chấm điểm năm {year} của «{body}» theo bộ tiêu chí này (ID {id}); mở bản đó, hoặc "
            "mở lần chấm mới sau khi chốt.",
        ),
        "assessment.bad_year": QT_TRANSLATE_NOOP("Messages", "Năm {year} không hợp lệ."),
        "assessment.no_body": QT_TRANSLATE_NOOP(
            "Messages", "Chưa rõ cơ quan tự đánh giá: ghi tên (ví dụ «UBND xã Cửa Tùng»)."
        ),
        "assessment.not_final": QT_TRANSLATE_NOOP(
            "Messages", "Bản chấm điểm lần {revision} chưa chốt: vẫn sửa trực tiếp được, chưa cần mở lần mới."
        ),
        "assessment.not_latest": QT_TRANSLATE_NOOP(
            "Messages", "Đã có lần chấm mới hơn (ID {id}); mở lần mới từ bản đó."
        ),
    }
)


def _body(ws: Workspace, given: str | None, plan_id: int | None) -> str:
    body = clean(given or "").replace("\n", " ")
    if body:
        return body
    commune = ws.settings.commune()
    if commune.issuer:
        return commune.issuer
    if commune.commune:
        return f"UBND xã {commune.commune}"
    # The chosen plan's issuer, else the newest plan's: the commune writes its own plans.
    candidates = [plan_id] if plan_id is not None else [p.id for p in ws.plans.all()]
    for candidate in candidates:
        issuer = clean(ws.plans.document(candidate).plan.issuer).replace("\n", " ")
        if issuer:
            return issuer
    raise InvalidInputError("assessment.no_body")


def create_assessment(
    ws: Workspace, set_id: int, year: int, body: str | None, plan_id: int | None
) -> AssessmentRecord:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInputError("assessment.bad_year", year=year)
    criteria = ws.criteria.record(set_id)
    if plan_id is None:
        found = [p for p in ws.plans.all() if p.period.kind == "year" and p.period.year == year]
        plan_id = found[0].id if len(found) == 1 else None
    plan_uuid = ws.plans.summary(plan_id).uuid if plan_id is not None else ""
    name = _body(ws, body, plan_id)
    existing = assessment_store.existing(ws.db, name, year, set_id)
    if existing is not None:
        raise InvalidInputError("assessment.exists", year=year, body=name, id=existing)
    with ws.db.transaction() as tx:
        assessment_id = assessment_store.insert(tx, set_id, name, year, 1, plan_uuid)
        record = assessment_store.record(tx, assessment_id)
        tx.log(
            "create",
            "assessment",
            entity_id=assessment_id,
            entity_uuid=record.uuid,
            new=f"{name} – {year} – {criteria.name}",
        )
    return record


def revise_assessment(ws: Workspace, assessment_id: int) -> AssessmentRecord:
    old = assessment_store.record(ws.db, assessment_id)
    if not old.finalised:
        raise InvalidInputError("assessment.not_final", revision=old.revision)
    newest = assessment_store.existing(ws.db, old.body, old.year, old.set_id)
    if newest is not None and newest != old.id:
        raise InvalidInputError("assessment.not_latest", id=newest)
    with ws.db.transaction() as tx:
        new_id = assessment_store.insert(tx, old.set_id, old.body, old.year, old.revision + 1, old.plan_uuid)
        assessment_store.copy_entries(tx, old.id, new_id)
        record = assessment_store.record(tx, new_id)
        tx.log(
            "create",
            "assessment",
            entity_id=new_id,
            entity_uuid=record.uuid,
            field="revision",
            old=str(old.revision),
            new=str(record.revision),
        )
    return record


def losses_to_plan(ws: Workspace, assessment_id: int, codes: list[str], plan_id: int) -> Applied:
    state = ws.scoring.load(assessment_id)
    doc = ws.plans.document(plan_id)
    lead = ws.settings.commune().office
    losses = lost_points(state.criteria_set, state.assessment)
    steps = loss_steps(state.criteria_set, losses, codes, doc, state.record.year, lead)
    label = Message("edit.label.losses_to_plan", count=len(codes), title=doc.plan.title)
    return ws.edits.apply(Edit(label, tuple(steps)))
