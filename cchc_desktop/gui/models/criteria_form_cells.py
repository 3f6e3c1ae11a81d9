"""What each cell of the scoring form shows, per role: text, edit text, check state, colours,
fonts, tooltips. Apart from the model so that the tree's shape and its look change separately."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ...services.scoring import figure_hint, figure_text, points_text

if TYPE_CHECKING:
    from .criteria_form import CriteriaFormModel, _Node

_AREA_BACKGROUND = QColor("#e8eef7")
_PROBLEM_BACKGROUND = QColor("#fde2e1")
_MUTED = QColor("#707070")
_PROBLEM = QColor("#b00020")
_CENTRED = int(Qt.AlignHCenter | Qt.AlignTop)
# Roles as plain ints: comparing an int with a Qt enum member costs a microsecond each time, and
# this runs for every cell the view measures or paints.
_DISPLAY, _EDIT, _CHECK = int(Qt.DisplayRole.value), int(Qt.EditRole.value), int(Qt.CheckStateRole.value)
_FONT, _BACKGROUND, _FOREGROUND = (
    int(Qt.FontRole.value),
    int(Qt.BackgroundRole.value),
    int(Qt.ForegroundRole.value),
)
_ALIGNMENT, _TOOLTIP = int(Qt.TextAlignmentRole.value), int(Qt.ToolTipRole.value)
_ROLES = {_DISPLAY, _EDIT, _CHECK, _FONT, _BACKGROUND, _FOREGROUND, _ALIGNMENT, _TOOLTIP}
_NUMBERS = {"maximum", "self_score", "appraisal", "evidence", "not_applicable", "figure"}


def _signed(value: Decimal, effect: str) -> str:
    text = points_text(value)
    return f"−{text}" if effect == "penalty" and value > 0 else text


def cell_data(model: CriteriaFormModel, node: _Node, key: str, role: int) -> Any:
    role = int(role)
    if role not in _ROLES:
        return None
    state = model.state
    assert state is not None
    criterion = model.criteria[node.code]
    totals = state.totals.nodes[node.code]
    leaf = criterion.is_leaf
    if role == _DISPLAY:
        return _display(model, node, key) or ""
    if role == _EDIT:
        return _edit_text(model, node, key)
    if role == _CHECK and key == "not_applicable" and leaf and criterion.allow_na:
        return Qt.Checked if state.assessment.entry(node.code).not_applicable else Qt.Unchecked
    if role == _FONT:
        if not leaf:
            return model._bold
        if key == "figure" and _register_hint(model, node.code):
            return model._italic
        return None
    if role == _BACKGROUND:
        if totals.problem is not None and leaf:
            return QBrush(_PROBLEM_BACKGROUND)
        if node.depth == 0:
            return QBrush(_AREA_BACKGROUND)
        return None
    if role == _FOREGROUND:
        if key == "self_score" and totals.problem is not None:
            return QBrush(_PROBLEM)
        if (key == "figure" and _register_hint(model, node.code)) or (
            key in ("self_score", "rule") and criterion.province_scored
        ):
            return QBrush(_MUTED)
        return None
    if role == _ALIGNMENT:
        return _CENTRED if key in _NUMBERS else int(Qt.AlignLeft | Qt.AlignTop)
    if role == _TOOLTIP:
        return _tooltip(model, node, key)
    return None


def _register_hint(model: CriteriaFormModel, code: str) -> str:
    """The register's figure shown greyed in an empty "Số liệu" cell (an offer, not a value)."""
    figure = model.register.get(code)
    state = model.state
    if figure is None or figure.entry is None or state is None:
        return ""
    entry = state.assessment.entry(code)
    if entry.has_figure() or entry.not_applicable:
        return ""
    return figure_text(model.criteria[code].rule, figure.entry)


def _display(model: CriteriaFormModel, node: _Node, key: str) -> str:
    state = model.state
    assert state is not None
    criterion = model.criteria[node.code]
    totals = state.totals.nodes[node.code]
    if key == "code":
        return node.code
    if key == "text":
        return criterion.text
    if key == "maximum":
        return points_text(totals.maximum)
    if not criterion.is_leaf:
        if key == "self_score":
            return _signed(totals.whole_points, totals.effect)
        if key == "appraisal" and totals.appraisal is not None:
            return _signed(totals.appraisal, totals.effect)
        return ""
    entry = state.assessment.entry(node.code)
    if key == "rule":
        return (
            QCoreApplication.translate("ScoringForm", "Tỉnh chấm")
            if criterion.province_scored
            else criterion.rule.describe()
        )
    if key == "figure":
        shown = figure_text(criterion.rule, entry)
        hint = _register_hint(model, node.code)
        # (lupdate reads no call inside an f-string: the texts are translated outside them)
        return shown or (QCoreApplication.translate("ScoringForm", "sổ:") + f" {hint}" if hint else "")
    if key == "self_score":
        if entry.not_applicable:
            return QCoreApplication.translate("ScoringForm", "KAD")
        if criterion.province_scored:
            return "" if totals.province_points is None else points_text(totals.province_points)
        if totals.problem is not None:
            return points_text(entry.self_score) if entry.self_score is not None else "!"
        return _signed(totals.self_score, totals.effect) if totals.scored else ""
    if key == "evidence":
        count = model.evidence_counts.get(node.code, 0) + len(entry.register_rows)
        return str(count) if count else ""
    if key == "explanation":
        text = entry.na_reason if entry.not_applicable else entry.explanation
        return text.split("\n", 1)[0]
    if key == "appraisal":
        final = entry.final_appraisal()
        return "" if final is None else _signed(final, totals.effect)
    return ""


def _edit_text(model: CriteriaFormModel, node: _Node, key: str) -> str:
    state = model.state
    assert state is not None
    entry = state.assessment.entry(node.code)
    criterion = model.criteria[node.code]
    if key == "figure":
        return figure_text(criterion.rule, entry)
    if key == "self_score":
        totals = state.totals.nodes[node.code]
        if entry.self_score is not None:
            return points_text(entry.self_score)
        return points_text(totals.self_score) if totals.scored and not entry.not_applicable else ""
    if key == "explanation":
        return entry.na_reason if entry.not_applicable else entry.explanation
    if key == "appraisal":
        scores = [r.score for r in entry.appraisal]
        return points_text(scores[-1]) if scores and scores[-1] is not None else ""
    return _display(model, node, key)


def _tooltip(model: CriteriaFormModel, node: _Node, key: str) -> str | None:
    state = model.state
    assert state is not None
    criterion = model.criteria[node.code]
    totals = state.totals.nodes[node.code]
    if totals.problem is not None and key in ("self_score", "figure", "code"):
        return str(totals.problem)
    if key == "text":
        hint = (
            "\n"
            + QCoreApplication.translate("ScoringForm", "Tài liệu kiểm chứng cần có:")
            + f" {criterion.evidence_hint}"
            if criterion.evidence_hint
            else ""
        )
        return criterion.text + hint
    if not criterion.is_leaf:
        return None
    if key == "rule":
        return criterion.rule.describe()
    if key == "figure":
        figure = model.register.get(node.code)
        hint = str(figure_hint(criterion.rule))
        register = (
            "\n" + QCoreApplication.translate("ScoringForm", "Sổ nhiệm vụ:") + f" {figure.note}"
            if figure is not None
            else ""
        )
        return (
            QCoreApplication.translate("ScoringForm", "Số liệu:") + f" {hint}" if hint else ""
        ) + register or None
    if key == "explanation":
        entry = state.assessment.entry(node.code)
        return (entry.na_reason if entry.not_applicable else entry.explanation) or None
    return None
