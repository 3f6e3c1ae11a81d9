"""A generated criteria set for the scoring benchmarks: many sub-criteria, every kind of rule."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc_desktop.domain.criteria import CriteriaSet, Criterion
from cchc_desktop.scoring.rules import parse_rule

RULES = [
    "",
    "có/không",
    "đúng hạn: 1; trễ hạn: 0,5; không thực hiện: 0",
    "tỷ lệ: từ 90% trở lên → 1; dưới 90% → 0",
]
TEXT = "Thực hiện đầy đủ, đúng hạn nhiệm vụ cải cách hành chính được giao trong năm theo kế hoạch số {n}"


def big_set(areas: int = 10, criteria: int = 5, leaves: int = 6) -> CriteriaSet:
    """areas × criteria × leaves sub-criteria of 1 point, rules of every kind, texts that wrap."""
    top = []
    for i in range(1, areas + 1):
        middle = []
        for j in range(1, criteria + 1):
            bottom = [
                Criterion(
                    f"{i}.{j}.{k}",
                    TEXT.format(n=f"{i}{j}{k}"),
                    Decimal(1),
                    parse_rule(RULES[(i + j + k) % len(RULES)], Decimal(1)),
                )
                for k in range(1, leaves + 1)
            ]
            middle.append(
                Criterion(
                    f"{i}.{j}",
                    f"Tiêu chí {i}.{j}",
                    Decimal(leaves),
                    parse_rule("", Decimal(leaves)),
                    children=bottom,
                )
            )
        top.append(
            Criterion(
                str(i),
                f"Lĩnh vực {i}",
                Decimal(leaves * criteria),
                parse_rule("", Decimal(1)),
                children=middle,
            )
        )
    return CriteriaSet("Bộ tiêu chí đo tốc độ", "bench", 2026, areas=top)
