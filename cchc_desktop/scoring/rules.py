"""Scoring rules (cách chấm): one import for the rule kinds (``rule_kinds``), their one-cell syntax
(``rule_syntax``), scoring an entry (``rule_scoring``) and the figure column (``figures``).

Kinds (each also a bonus or a penalty when prefixed "điểm thưởng" / "điểm trừ"):

- ``FreeRule``    free score 0..maximum in a step:   "chấm từ 0 đến tối đa, bước 0,5" (blank cell:
                  the set's step)
- ``YesNoRule``   có → maximum, không → 0:           "có/không"
- ``ChoiceRule``  each choice with its points:       "đúng hạn: 1; trễ hạn: 0,5; không thực hiện: 0"
- ``RateRule``    bands on numerator/denominator:    "tỷ lệ: trên 90% → 2; từ 70% đến 90% → 1;
                  dưới 70% → 0" ("trên" >, "từ" ≥, "đến" ≤, "dưới" <; ">90%", ">=70%", "70-90%")
- ``CountRule``   points per occurrence up to a cap: "mỗi lần: 0,25", "0,5 điểm/1 cuộc",
                  "trừ 0,5 mỗi lần, tối đa 2"

``Rule.describe()`` gives the canonical text, which ``parse_rule`` reads back to an equal rule.
Scoring never uses floats.
"""

from __future__ import annotations

from .figures import NO, YES, FigureFields, figure_hint, figure_text, parse_figure
from .rule_kinds import (
    Band,
    Choice,
    ChoiceRule,
    CountRule,
    FreeRule,
    RateRule,
    Rule,
    YesNoRule,
    parse_points,
    points_text,
)
from .rule_scoring import check_appraisal, score_criterion, score_entry
from .rule_syntax import parse_rule

__all__ = [
    "NO",
    "YES",
    "Band",
    "Choice",
    "ChoiceRule",
    "CountRule",
    "FigureFields",
    "FreeRule",
    "RateRule",
    "Rule",
    "YesNoRule",
    "check_appraisal",
    "figure_hint",
    "figure_text",
    "parse_figure",
    "parse_points",
    "parse_rule",
    "points_text",
    "score_criterion",
    "score_entry",
]
