"""Reversible edits, Qt-free: each user action is one :class:`Edit` made of steps, each step
carrying what it needs to be taken back (old and new values, the snapshot of what it removed).

The services apply an edit in one transaction, with its change-log lines, and hand back the
edit *as applied* (a removal then holds the snapshot of what it removed); ``inverse()`` of
that is what undo applies. The window wraps each in one generic QUndoCommand; the command line
applies them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..i18n import Message
from .plan import AnnexItem, AnnexRow, AnnexSection, PlanDocument, Unit
from .progress import EvidenceDocument

if TYPE_CHECKING:  # only named in annotations: the targets' reading rules load when used
    from .targets import PlanTarget

__all__ = [
    "NODE_KINDS",
    "Changed",
    "CreatePlan",
    "Edit",
    "InsertNodes",
    "MergeUnits",
    "MoveNode",
    "PurgePlan",
    "RemoveNodes",
    "SetField",
    "Step",
    "TrashPlan",
    "UnmergeUnits",
    "UntrashPlan",
    "LinkEvidence",
    "UnlinkEvidence",
    "RecordEvidence",
    "ForgetEvidence",
    "InsertTarget",
    "RemoveTarget",
]

NODE_KINDS = ("section", "item", "row")
AnnexNode = AnnexSection | AnnexItem | AnnexRow


@dataclass(frozen=True)
class SetField:
    """One field of one record: ``entity`` is plan, section, item, row, progress (by row uuid),
    unit, target, score…; values are str, int, None or tuples of str."""

    entity: str
    uuid: str
    field: str
    old: Any
    new: Any
    plan_uuid: str = ""

    def inverse(self) -> SetField:
        return replace(self, old=self.new, new=self.old)


@dataclass(frozen=True)
class InsertNodes:
    """Put ``nodes`` (sections, items or rows, with all below them) under ``parent_uuid`` at
    ``position``. The parent of a section is the plan."""

    kind: str
    plan_uuid: str
    parent_uuid: str
    position: int
    nodes: tuple[AnnexNode, ...]

    def inverse(self) -> RemoveNodes:
        return RemoveNodes(self.kind, self.plan_uuid, self.parent_uuid, self.position, self.nodes)


@dataclass(frozen=True)
class RemoveNodes:
    """Take nodes out. As a request only the nodes' uuids matter; as applied, ``nodes`` is the
    snapshot and ``parent_uuid``/``position`` where the first one stood."""

    kind: str
    plan_uuid: str
    parent_uuid: str
    position: int
    nodes: tuple[AnnexNode, ...]

    def inverse(self) -> InsertNodes:
        return InsertNodes(self.kind, self.plan_uuid, self.parent_uuid, self.position, self.nodes)


@dataclass(frozen=True)
class MoveNode:
    kind: str
    uuid: str
    plan_uuid: str
    to_parent: str
    to_position: int
    from_parent: str = ""
    from_position: int = -1

    def inverse(self) -> MoveNode:
        return MoveNode(
            self.kind,
            self.uuid,
            self.plan_uuid,
            self.from_parent,
            self.from_position,
            self.to_parent,
            self.to_position,
        )


@dataclass(frozen=True)
class CreatePlan:
    doc: PlanDocument

    def inverse(self) -> PurgePlan:
        return PurgePlan(self.doc.uuid, self.doc)


@dataclass(frozen=True)
class PurgePlan:
    """Remove a plan for good. As applied, ``doc`` is its snapshot (uuids included)."""

    plan_uuid: str
    doc: PlanDocument | None = None

    def inverse(self) -> CreatePlan:
        assert self.doc is not None, "only an applied purge can be taken back"
        return CreatePlan(self.doc)


@dataclass(frozen=True)
class TrashPlan:
    plan_uuid: str

    def inverse(self) -> UntrashPlan:
        return UntrashPlan(self.plan_uuid)


@dataclass(frozen=True)
class UntrashPlan:
    plan_uuid: str

    def inverse(self) -> TrashPlan:
        return TrashPlan(self.plan_uuid)


@dataclass(frozen=True)
class MergeUnits:
    """Rows naming ``source_uuid`` name ``target_uuid`` instead. As applied, ``source`` and
    ``links`` record what moved."""

    source_uuid: str
    target_uuid: str
    source: Unit | None = None
    links: tuple[tuple[Any, ...], ...] = ()
    plan_links: tuple[tuple[Any, ...], ...] = ()

    def inverse(self) -> UnmergeUnits:
        return UnmergeUnits(self)


@dataclass(frozen=True)
class UnmergeUnits:
    merged: MergeUnits

    def inverse(self) -> MergeUnits:
        return replace(self.merged, source=None, links=(), plan_links=())


@dataclass(frozen=True)
class LinkEvidence:
    """Attach an evidence document to a record: an annex row ("row"), or what a later feature
    names (a scored criterion). ``position`` -1: last; as applied, where it went."""

    target: str
    target_uuid: str
    evidence_uuid: str
    position: int = -1
    plan_uuid: str = ""

    def inverse(self) -> UnlinkEvidence:
        return UnlinkEvidence(
            self.target, self.target_uuid, self.evidence_uuid, self.position, self.plan_uuid
        )


@dataclass(frozen=True)
class UnlinkEvidence:
    target: str
    target_uuid: str
    evidence_uuid: str
    position: int = -1
    plan_uuid: str = ""

    def inverse(self) -> LinkEvidence:
        return LinkEvidence(self.target, self.target_uuid, self.evidence_uuid, self.position, self.plan_uuid)


@dataclass(frozen=True)
class RecordEvidence:
    """Record an evidence document whose file is already in the evidence store. As applied,
    ``created`` says whether this step made the record (else the one for the same file was
    there already, and undo leaves it)."""

    document: EvidenceDocument
    created: bool = False

    def inverse(self) -> ForgetEvidence:
        return ForgetEvidence(self.document, self.created)


@dataclass(frozen=True)
class ForgetEvidence:
    """Remove an evidence record that nothing links any more (the file stays in the store,
    which is never pruned). Only a record with ``created`` set is removed; as applied,
    ``document`` is its snapshot."""

    document: EvidenceDocument
    created: bool = False

    def inverse(self) -> RecordEvidence:
        return RecordEvidence(self.document, self.created)


@dataclass(frozen=True)
class InsertTarget:
    """Put a target of a plan at ``position`` (-1: last); as applied, with its uuid and place."""

    plan_uuid: str
    position: int
    target: PlanTarget

    def inverse(self) -> RemoveTarget:
        return RemoveTarget(self.plan_uuid, self.position, self.target)


@dataclass(frozen=True)
class RemoveTarget:
    """Take a target out. As a request (``position`` -1) only its uuid matters; as applied,
    ``target`` is its snapshot and ``position`` where it stood."""

    plan_uuid: str
    position: int
    target: PlanTarget

    def inverse(self) -> InsertTarget:
        return InsertTarget(self.plan_uuid, self.position, self.target)


Step = (
    SetField
    | InsertNodes
    | RemoveNodes
    | MoveNode
    | CreatePlan
    | PurgePlan
    | TrashPlan
    | UntrashPlan
    | MergeUnits
    | UnmergeUnits
    | LinkEvidence
    | UnlinkEvidence
    | RecordEvidence
    | ForgetEvidence
    | InsertTarget
    | RemoveTarget
)


@dataclass(frozen=True)
class Edit:
    """What one user action changes, applied all or nothing."""

    label: Message
    steps: tuple[Step, ...]

    def inverse(self) -> Edit:
        return Edit(self.label, tuple(step.inverse() for step in reversed(self.steps)))


@dataclass(frozen=True)
class Changed:
    """What an applied edit (or any use case) changed, so that views refresh only that.

    ``kinds``: plans (the list: titles, counts, trash), annex, progress, units, targets,
    evidence, scores, criteria, backups, outbox, settings. ``fields``: (entity, uuid, field) of
    single-field changes; ``structure``: plan uuids whose annex tree changed shape; ``focus``:
    a record to select afterwards."""

    kinds: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    fields: tuple[tuple[str, str, str], ...] = ()
    structure: frozenset[str] = frozenset()
    focus: str | None = None
    sections: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changed) -> Changed:
        return Changed(
            self.kinds | other.kinds,
            self.plans | other.plans,
            self.fields + other.fields,
            self.structure | other.structure,
            other.focus or self.focus,
            self.sections | other.sections,
        )
