"""A body's self-assessment against a criteria set: what the commune enters per leaf criterion,
and the province's appraisal rounds. Plain data; scoring and totals are in ``scoring``.

The figure an entry declares depends on the criterion's rule: ``choice`` for yes / no and
timeliness-like choices ("có", "đúng hạn"), ``numerator`` / ``denominator`` for a rate (both kept,
not only the score), ``count`` for points per occurrence. ``self_score`` is the score entered;
for rules that compute the score from the figure it may stay None (the computed score stands) or,
with an ``override_reason``, differ from it. Penalty points are kept as positive numbers: the
roll-up subtracts them.

Evidence: ``evidence`` holds the uuids of the evidence documents attached (files of the evidence
store), ``register_rows`` the uuids of annex rows of the task register given as evidence; the
supplementary documents sent in answer to an appraisal round (tài liệu bổ sung) belong to that
round (``AppraisalRound.evidence``), kept apart from the original evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

__all__ = ["AppraisalRound", "Assessment", "ScoreEntry"]


@dataclass
class AppraisalRound:
    """One round of the province's appraisal (thẩm định) of one criterion. A round left without
    a score leaves the previous round's score standing."""

    score: Decimal | None
    comment: str = ""
    explanation_requested: bool = False
    response: str = ""
    evidence: list[str] = field(default_factory=list)  # supplementary documents (uuids)


@dataclass
class ScoreEntry:
    code: str
    choice: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    count: Decimal | None = None
    self_score: Decimal | None = None
    not_applicable: bool = False
    na_reason: str = ""
    explanation: str = ""
    override_reason: str = ""
    appraisal: list[AppraisalRound] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # evidence documents (uuids)
    register_rows: list[str] = field(default_factory=list)  # annex rows (uuids)

    def final_appraisal(self) -> Decimal | None:
        """The score of the latest round that has one."""
        for appraisal_round in reversed(self.appraisal):
            if appraisal_round.score is not None:
                return appraisal_round.score
        return None

    def has_figure(self) -> bool:
        return (
            self.choice is not None
            or self.numerator is not None
            or self.denominator is not None
            or self.count is not None
        )

    def is_blank(self) -> bool:
        """Nothing entered at all (the same as no entry)."""
        return (
            not self.has_figure()
            and self.self_score is None
            and not self.not_applicable
            and not self.na_reason
            and not self.explanation
            and not self.override_reason
            and not self.appraisal
            and not self.evidence
            and not self.register_rows
        )

    def has_evidence(self) -> bool:
        return bool(self.evidence or self.register_rows)


@dataclass
class Assessment:
    """One body's assessment for one year. ``revision`` counts re-openings after finalising;
    a finalised assessment keeps its self-assessment but still receives appraisal rounds."""

    body: str
    year: int
    criteria_set_uuid: str
    revision: int = 1
    finalised: bool = False
    entries: dict[str, ScoreEntry] = field(default_factory=dict)
    uuid: str = ""

    def entry(self, code: str) -> ScoreEntry:
        """The entry for ``code``, or an empty one (not added) when nothing was entered."""
        return self.entries.get(code) or ScoreEntry(code)

    def appraisal_rounds(self) -> int:
        return max((len(e.appraisal) for e in self.entries.values()), default=0)
