"""Totals of an assessment: per area and criterion, and for the whole index, in exact decimals.

- Not-applicable leaves lower the applicable maximum; the index is points over it, as a percentage.
- Province-scored leaves (a survey, say) have no self-score: they count, in the maximum and in the
  points, only once the province's points are entered (as an appraisal score). The self-assessable
  part (without them) and the whole are reported apart.
- Bonus and penalty blocks lie outside the maximum: each block (and each node inside it) is capped
  by its own maximum, then bonus adds and penalty subtracts.
- The appraisal of a leaf is its latest round that has a score; lost points are self − appraisal.

A leaf whose entry breaks its rule is counted as unscored and reported in ``problems``: totals are
for showing, the checks that refuse input are in ``rules``. Percentages are kept exact; round
them only to show them (``percent_display``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..domain.assessment import Assessment, ScoreEntry
from ..domain.criteria import PENALTY, SCORE, CriteriaSet, Criterion, GradeTier
from ..errors import InvalidInputError
from ..i18n import Message, percent_text
from .rules import score_criterion

__all__ = [
    "AssessmentTotals",
    "LostPoints",
    "NodeTotals",
    "lost_points",
    "percent",
    "percent_display",
    "rollup",
]

_ZERO = Decimal(0)
_EMPTY_ENTRY = ScoreEntry("")  # stands for a criterion without an entry (read only, never scored)
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


def percent(points: Decimal | None, maximum: Decimal) -> Decimal | None:
    """points / maximum × 100, exact to Decimal's precision (None without points or maximum)."""
    if points is None or maximum == 0:
        return None
    return points * _HUNDRED / maximum


def percent_display(value: Decimal | None) -> str:
    """ "98,33 %": rounded half-up to 2 places, for showing only ("" when there is none)."""
    if value is None:
        return ""
    return percent_text(value.quantize(_CENT, rounding=ROUND_HALF_UP), 2)


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs 3× more, and roll-ups are hot
class NodeTotals:
    """One area or criterion. Points of a bonus or penalty node are its capped magnitude."""

    code: str
    text: str
    depth: int
    effect: str
    is_leaf: bool
    province_scored: bool
    maximum: Decimal
    applicable_maximum: Decimal  # not-applicable leaves removed
    self_assessable_maximum: Decimal  # ... and province-scored leaves removed
    self_score: Decimal  # points of the self-assessable leaves
    province_points: Decimal | None  # points the province entered for its own leaves
    province_entered_maximum: Decimal  # the maximum of the province leaves that have points
    appraisal: Decimal | None  # None until some leaf under it is appraised
    appraisal_maximum: Decimal  # applicable, or appraised although marked not applicable
    lost: Decimal | None  # self − appraisal, over leaves that have both
    leaves: int
    scored: int  # leaves with a self score or marked not applicable
    appraised: int
    not_applicable: int
    province_pending: int
    problem: Message | None = None

    @property
    def whole_points(self) -> Decimal:
        return self.self_score + (self.province_points or _ZERO)

    @property
    def whole_maximum(self) -> Decimal:
        return self.self_assessable_maximum + self.province_entered_maximum


@dataclass(frozen=True)
class AssessmentTotals:
    nodes: dict[str, NodeTotals]
    maximum: Decimal
    applicable_maximum: Decimal
    self_assessable_maximum: Decimal
    self_score: Decimal
    bonus: Decimal
    penalty: Decimal
    province_points: Decimal
    province_entered_maximum: Decimal
    province_pending: tuple[str, ...]
    appraisal_points: Decimal | None
    appraisal_bonus: Decimal
    appraisal_penalty: Decimal
    appraisal_maximum: Decimal
    appraisal_complete: bool
    problems: tuple[tuple[str, Message], ...]
    unknown_codes: tuple[str, ...]
    tiers: tuple[GradeTier, ...]

    @property
    def self_points(self) -> Decimal:
        """The self-assessable part: self scores + bonus − penalty."""
        return self.self_score + self.bonus - self.penalty

    @property
    def self_percent(self) -> Decimal | None:
        return percent(self.self_points, self.self_assessable_maximum)

    @property
    def whole_points(self) -> Decimal:
        """Self points plus the province's points entered so far."""
        return self.self_points + self.province_points

    @property
    def whole_maximum(self) -> Decimal:
        return self.self_assessable_maximum + self.province_entered_maximum

    @property
    def index_percent(self) -> Decimal | None:
        """The self-assessed index: whole points over the maximum they count on."""
        return percent(self.whole_points, self.whole_maximum)

    @property
    def appraisal_total(self) -> Decimal | None:
        if self.appraisal_points is None:
            return None
        return self.appraisal_points + self.appraisal_bonus - self.appraisal_penalty

    @property
    def appraisal_percent(self) -> Decimal | None:
        return percent(self.appraisal_total, self.appraisal_maximum)

    @property
    def grade(self) -> GradeTier | None:
        return _grade(self.tiers, self.index_percent)

    @property
    def appraisal_grade(self) -> GradeTier | None:
        return _grade(self.tiers, self.appraisal_percent) if self.appraisal_complete else None


def _grade(tiers: tuple[GradeTier, ...], value: Decimal | None) -> GradeTier | None:
    if value is None:
        return None
    return next(
        (t for t in sorted(tiers, key=lambda t: t.from_percent, reverse=True) if value >= t.from_percent),
        None,
    )


class _Roller:
    """One pass over the tree; children's totals are summed into their parent's."""

    def __init__(self, assessment: Assessment):
        self.entries = assessment.entries
        self.nodes: dict[str, NodeTotals] = {}
        self.problems: list[tuple[str, Message]] = []
        self.pending: list[str] = []
        self.blocks: list[NodeTotals] = []  # the outermost bonus / penalty nodes

    def node(self, criterion: Criterion, depth: int, inherited: str) -> NodeTotals:
        effect = criterion.rule.effect if criterion.rule.effect != SCORE else inherited
        if not criterion.children:
            totals = self.leaf(criterion, depth, effect)
            self.nodes[criterion.code] = totals
        else:
            self.nodes[criterion.code] = None  # type: ignore[assignment]  # keeps document order
            children = [self.node(child, depth + 1, effect) for child in criterion.children]
            totals = self.parent(criterion, depth, effect, [c for c in children if c.effect == effect])
            self.nodes[criterion.code] = totals
        if effect != SCORE and inherited == SCORE:
            self.blocks.append(totals)
        return totals

    def leaf(self, criterion: Criterion, depth: int, effect: str) -> NodeTotals:
        entry = self.entries.get(criterion.code)
        if entry is None:
            entry = _EMPTY_ENTRY
        problem = None
        try:
            score = score_criterion(criterion, entry)
        except InvalidInputError as error:
            problem = Message(error.code, **error.params)
            self.problems.append((criterion.code, problem))
            score = None
        na = entry.not_applicable and criterion.allow_na
        province = criterion.province_scored
        appraisal = entry.final_appraisal()
        maximum = criterion.max_points
        applicable = _ZERO if na else maximum
        province_points = appraisal if province else None
        if province and not na and appraisal is None:
            self.pending.append(criterion.code)
        counted = not (province or na)
        lost = None
        if appraisal is not None and counted and score is not None:
            lost = score - appraisal
        return NodeTotals(
            code=criterion.code,
            text=criterion.text,
            depth=depth,
            effect=effect,
            is_leaf=True,
            province_scored=province,
            maximum=maximum,
            applicable_maximum=applicable,
            self_assessable_maximum=maximum if counted else _ZERO,
            self_score=score if (counted and score is not None) else _ZERO,
            province_points=province_points,
            province_entered_maximum=maximum if province_points is not None and not na else _ZERO,
            appraisal=appraisal,
            appraisal_maximum=maximum if (not na or appraisal is not None) else _ZERO,
            lost=lost,
            leaves=1,
            scored=int(na or score is not None or province_points is not None),
            appraised=int(appraisal is not None),
            not_applicable=int(na),
            province_pending=int(province and not na and appraisal is None),
            problem=problem,
        )

    @staticmethod
    def parent(criterion: Criterion, depth: int, effect: str, children: list[NodeTotals]) -> NodeTotals:
        # One loop with locals: this runs for every parent on every keystroke of a scoring screen.
        maximum = applicable = assessable = self_score = entered_maximum = appraisal_maximum = _ZERO
        province_points: Decimal | None = None
        appraisal: Decimal | None = None
        lost: Decimal | None = None
        leaves = scored = appraised = not_applicable = pending = 0
        for c in children:
            maximum += c.maximum
            applicable += c.applicable_maximum
            assessable += c.self_assessable_maximum
            self_score += c.self_score
            entered_maximum += c.province_entered_maximum
            appraisal_maximum += c.appraisal_maximum
            if c.province_points is not None:
                province_points = (
                    c.province_points if province_points is None else province_points + c.province_points
                )
            if c.appraisal is not None:
                appraisal = c.appraisal if appraisal is None else appraisal + c.appraisal
            if c.lost is not None:
                lost = c.lost if lost is None else lost + c.lost
            leaves += c.leaves
            scored += c.scored
            appraised += c.appraised
            not_applicable += c.not_applicable
            pending += c.province_pending
        if effect != SCORE:
            # A bonus or penalty block never gives more than its own maximum (its cap).
            maximum = criterion.max_points
            self_score = min(self_score, maximum)
            appraisal = None if appraisal is None else min(appraisal, maximum)
            lost = None if appraisal is None else self_score - appraisal
        return NodeTotals(
            code=criterion.code,
            text=criterion.text,
            depth=depth,
            effect=effect,
            is_leaf=False,
            province_scored=criterion.province_scored,
            maximum=maximum,
            applicable_maximum=applicable,
            self_assessable_maximum=assessable,
            self_score=self_score,
            province_points=province_points,
            province_entered_maximum=entered_maximum,
            appraisal=appraisal,
            appraisal_maximum=appraisal_maximum,
            lost=lost,
            leaves=leaves,
            scored=scored,
            appraised=appraised,
            not_applicable=not_applicable,
            province_pending=pending,
        )


def rollup(criteria_set: CriteriaSet, assessment: Assessment) -> AssessmentTotals:
    """Every node's totals and the index, from the set and the entries (one pass, no I/O)."""
    roller = _Roller(assessment)
    areas = [roller.node(area, 0, SCORE) for area in criteria_set.areas]
    tops = roller.blocks
    scoring = [a for a in areas if a.effect == SCORE]

    def block_sum(effect: str, name: str) -> Decimal:
        return sum((getattr(b, name) or _ZERO for b in tops if b.effect == effect), _ZERO)

    def area_sum(name: str) -> Decimal:
        return sum((getattr(a, name) for a in scoring), _ZERO)

    appraised = [a.appraisal for a in scoring if a.appraisal is not None]
    leaves = [n for n in roller.nodes.values() if n.is_leaf and n.effect == SCORE]
    appraisal_complete = bool(leaves) and all(n.appraisal is not None or n.not_applicable for n in leaves)
    known = roller.nodes
    return AssessmentTotals(
        nodes=roller.nodes,
        maximum=area_sum("maximum"),
        applicable_maximum=area_sum("applicable_maximum"),
        self_assessable_maximum=area_sum("self_assessable_maximum"),
        self_score=area_sum("self_score"),
        bonus=block_sum("bonus", "self_score"),
        penalty=block_sum(PENALTY, "self_score"),
        province_points=sum((a.province_points or _ZERO for a in scoring), _ZERO),
        province_entered_maximum=area_sum("province_entered_maximum"),
        province_pending=tuple(roller.pending),
        appraisal_points=sum(appraised, _ZERO) if appraised else None,
        appraisal_bonus=block_sum("bonus", "appraisal"),
        appraisal_penalty=block_sum(PENALTY, "appraisal"),
        appraisal_maximum=area_sum("appraisal_maximum"),
        appraisal_complete=appraisal_complete,
        problems=tuple(roller.problems),
        unknown_codes=tuple(
            sorted(c for c, e in assessment.entries.items() if c not in known and not e.is_blank())
        ),
        tiers=tuple(criteria_set.tiers),
    )


@dataclass(frozen=True)
class LostPoints:
    """Points the appraisal took off the self-assessment, for one area or criterion."""

    code: str
    text: str
    level: str  # "area" or "criterion"
    is_leaf: bool
    maximum: Decimal
    self_score: Decimal
    appraisal: Decimal
    lost: Decimal


def lost_points(criteria_set: CriteriaSet, assessment: Assessment) -> list[LostPoints]:
    """Areas and criteria where the appraisal gave less than the self-score, biggest loss first
    (then document order). Bonus / penalty nodes and province-scored leaves are left out: the
    first are no part of the index's maximum, the second had no self-score to lose."""
    totals = rollup(criteria_set, assessment)
    found = []
    for order, node in enumerate(totals.nodes.values()):
        if node.lost is None or node.lost <= 0 or node.effect != SCORE:
            continue
        appraisal = node.appraisal if node.appraisal is not None else _ZERO
        found.append(
            (
                order,
                LostPoints(
                    code=node.code,
                    text=node.text,
                    level="area" if node.depth == 0 else "criterion",
                    is_leaf=node.is_leaf,
                    maximum=node.maximum,
                    self_score=node.self_score,
                    appraisal=appraisal,
                    lost=node.lost,
                ),
            )
        )
    found.sort(key=lambda pair: (-pair[1].lost, pair[0]))
    return [item for _, item in found]
