"""The criteria set (bộ tiêu chí) of the yearly reform index, as plain data.

A set has areas (lĩnh vực, "I" or "1"), each area criteria ("1.2"), each criterion possibly
sub-criteria ("1.2.3"), to any depth. A parent's maximum is the sum of its children's, except in
a bonus or penalty block (điểm thưởng / điểm trừ), whose maximum is the block's cap.

Each criterion carries a scoring rule (cách chấm). The rule kinds and their syntax live in
``cchc_desktop.scoring.rules`` (a layer above this one); here a rule is anything that says its
kind, its effect (score, bonus or penalty) and describes itself in Vietnamese.

Grade tiers (xếp loại) are data of the set, never code: provinces and years differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from ..text import clean, fold

__all__ = [
    "BONUS",
    "DEFAULT_STEP",
    "EFFECTS",
    "PENALTY",
    "SCORE",
    "CriteriaSet",
    "Criterion",
    "GradeTier",
    "Placed",
    "Rule",
    "default_tiers",
    "register_source_key",
    "register_source_text",
]

# What a criterion's points do: count towards the maximum, add outside it, or subtract.
SCORE, BONUS, PENALTY = "score", "bonus", "penalty"
EFFECTS = (SCORE, BONUS, PENALTY)
DEFAULT_STEP = Decimal("0.25")


class Rule(Protocol):
    """What the domain needs of a scoring rule (the concrete kinds are in scoring.rules)."""

    @property
    def kind(self) -> str: ...

    @property
    def effect(self) -> str: ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class GradeTier:
    """A grade from a percentage of the maximum upwards: ("Tốt", 80) means 80 % or more."""

    label: str
    from_percent: Decimal


def default_tiers() -> list[GradeTier]:
    """The tiers of the empty template; a province's own set replaces them."""
    return [
        GradeTier("Xuất sắc", Decimal(90)),
        GradeTier("Tốt", Decimal(80)),
        GradeTier("Khá", Decimal(70)),
        GradeTier("Trung bình", Decimal(60)),
        GradeTier("Yếu", Decimal(0)),
    ]


@dataclass
class Criterion:
    """An area, criterion or sub-criterion; a leaf when it has no children.

    ``register_source`` names a figure the task register can supply: "plan_on_time",
    "rows_done_rate" or "tag:<folded-label>" ("" for none)."""

    code: str
    text: str
    max_points: Decimal
    rule: Rule
    evidence_hint: str = ""
    allow_na: bool = False
    province_scored: bool = False
    register_source: str = ""
    children: list[Criterion] = field(default_factory=list)
    uuid: str = ""

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self) -> Iterator[Criterion]:
        """This criterion and everything under it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def leaves(self) -> Iterator[Criterion]:
        return (c for c in self.walk() if c.is_leaf)

    def children_sum(self) -> Decimal:
        return sum((c.max_points for c in self.children), Decimal(0))


@dataclass(frozen=True)
class Placed:
    """A criterion with where it sits: depth (0 for an area), parent code, and its effect as
    inherited (a sub-criterion of a bonus block adds, whatever its own rule says)."""

    criterion: Criterion
    depth: int
    parent_code: str | None
    effect: str

    @property
    def code(self) -> str:
        return self.criterion.code


@dataclass
class CriteriaSet:
    name: str
    issuer: str
    year: int
    step: Decimal = DEFAULT_STEP
    tiers: list[GradeTier] = field(default_factory=default_tiers)
    areas: list[Criterion] = field(default_factory=list)
    is_sample: bool = False
    uuid: str = ""

    def walk(self) -> Iterator[Criterion]:
        for area in self.areas:
            yield from area.walk()

    def leaves(self) -> Iterator[Criterion]:
        return (c for c in self.walk() if c.is_leaf)

    def placed(self) -> Iterator[Placed]:
        """Every node with its depth, parent and inherited effect, in document order."""

        def visit(node: Criterion, depth: int, parent: Criterion | None, inherited: str) -> Iterator[Placed]:
            effect = node.rule.effect if node.rule.effect != SCORE else inherited
            yield Placed(node, depth, parent.code if parent else None, effect)
            for child in node.children:
                yield from visit(child, depth + 1, node, effect)

        for area in self.areas:
            yield from visit(area, 0, None, SCORE)

    def index(self) -> dict[str, Criterion]:
        return {c.code: c for c in self.walk()}

    def find(self, code: str) -> Criterion | None:
        return next((c for c in self.walk() if c.code == code), None)

    def total_maximum(self) -> Decimal:
        """The points the index is counted on: every scoring leaf's maximum (bonus and penalty
        blocks lie outside it)."""
        return sum(
            (p.criterion.max_points for p in self.placed() if p.criterion.is_leaf and p.effect == SCORE),
            Decimal(0),
        )

    def blocks(self, effect: str) -> list[Criterion]:
        """The outermost bonus (or penalty) blocks: each is capped by its own maximum."""
        placed = list(self.placed())
        effects = {p.code: p.effect for p in placed}
        return [
            p.criterion
            for p in placed
            if p.effect == effect and (p.parent_code is None or effects[p.parent_code] != effect)
        ]

    def sorted_tiers(self) -> list[GradeTier]:
        return sorted(self.tiers, key=lambda t: t.from_percent, reverse=True)

    def grade_for(self, percent: Decimal | None) -> GradeTier | None:
        """The highest tier whose threshold ``percent`` reaches (exact value, not the rounded
        display), or None when no tier applies or there is no percentage yet."""
        if percent is None:
            return None
        return next((t for t in self.sorted_tiers() if percent >= t.from_percent), None)


# --- register sources: figures the task register can supply ------------------------------------


def register_source_key(text: str) -> str | None:
    """ "kế hoạch ban hành đúng hạn" → "plan_on_time", "tỷ lệ nhiệm vụ hoàn thành" →
    "rows_done_rate", "số nhiệm vụ có nhãn: kiểm tra" → "tag:kiem-tra"; "" for blank text, None
    when not understood. The keys themselves are accepted too."""
    key = re.sub(r"[^0-9a-z]+", " ", fold(clean(text))).strip()
    if not key:
        return ""
    if key == "plan on time" or ("ke hoach" in key and "dung han" in key):
        return "plan_on_time"
    if key == "rows done rate" or ("ty le" in key and "hoan thanh" in key):
        return "rows_done_rate"
    tag = re.match(r"^(?:tag|(?:so\s+)?(?:nhiem\s+vu\s+)?(?:co\s+)?nhan)\s+(?P<label>.+)$", key)
    if tag:
        return "tag:" + tag.group("label").replace(" ", "-")
    return None


# Tag keys lose their accents; the labels users type most often get them back for display.
_TAG_LABELS = {
    "kiem-tra": "kiểm tra",
    "doi-thoai": "đối thoại",
    "tuyen-truyen": "tuyên truyền",
    "khao-sat": "khảo sát",
    "tap-huan": "tập huấn",
    "boi-duong": "bồi dưỡng",
    "bao-cao": "báo cáo",
    "ra-soat": "rà soát",
    "sang-kien": "sáng kiến",
    "chuyen-doi-so": "chuyển đổi số",
}


def register_source_text(key: str) -> str:
    """The Vietnamese a workbook shows for a register source key (read back to the same key)."""
    if key == "plan_on_time":
        return "Kế hoạch ban hành đúng hạn"
    if key == "rows_done_rate":
        return "Tỷ lệ nhiệm vụ hoàn thành"
    if key.startswith("tag:"):
        slug = key[4:]
        return f"Số nhiệm vụ có nhãn: {_TAG_LABELS.get(slug, slug.replace('-', ' '))}"
    return key
