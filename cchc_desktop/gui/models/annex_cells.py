"""What a cell of the annex tree shows: its text, the value its editor starts from, and beside
the due time the flag and tooltip that say what the program read in it (a due time naming no
date, or one that ended before the plan's period began)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...i18n import fmt
from . import annex_nodes as nodes
from .flag_icons import flag_icon

ROW_FIELDS = ("task", "activity", "result", "lead", "partners", "due_text", "budget")
DUE_COLUMN = 2 + ROW_FIELDS.index("due_text")
UNIT_FIELDS = frozenset({"lead", "partners"})


def _row_cell(row, column: int) -> str:
    field = ROW_FIELDS[column - 2]
    value = getattr(row, field)
    return "\n".join(value) if field in UNIT_FIELDS else value


def cell_text(node: nodes.Node, column: int) -> str:
    if node.kind == nodes.SECTION:
        if column != 0:
            return ""
        section = node.section
        return f"{section.code}. {section.title}" if section.code else section.title
    if column == 0:
        return node.item.number if node.kind == nodes.ITEM else ""
    if column == 1:
        return node.item.objective if node.kind == nodes.ITEM else ""
    return _row_cell(node.row, column) if node.row is not None else ""


def edit_value(node: nodes.Node, column: int) -> Any:
    """What the cell's editor starts from (units: a list of names)."""
    if node.kind == nodes.SECTION:
        return node.section.title if column == 0 else None
    if column == 0:
        return node.item.number if node.kind == nodes.ITEM else None
    if column == 1:
        return node.item.objective if node.kind == nodes.ITEM else None
    if node.row is None:
        return None
    value = getattr(node.row, ROW_FIELDS[column - 2])
    return list(value) if isinstance(value, tuple) else value


def due_flag(node: nodes.Node, period_start: dt.date | None):
    row = node.row
    if row is None or node.kind == nodes.SECTION:
        return None
    if row.due.kind == "unknown":
        return flag_icon("unknown")
    if nodes.before_period(row.due, period_start):
        return flag_icon("earlier")
    return None


def tooltip(node: nodes.Node, column: int, period_start: dt.date | None) -> str | None:
    if column == DUE_COLUMN and node.row is not None and node.kind != nodes.SECTION:
        due = node.row.due
        if due.kind == "unknown":
            return QCoreApplication.translate(
                "Annex",
                "Chưa rõ thời hạn: chương trình không đọc được ngày, tháng, quý hay năm nào trong "
                "cột này nên không theo dõi được quá hạn. Hãy ghi rõ, ví dụ «Trước ngày 31/7/2025» "
                "hoặc «Quý IV/2025».",
            )
        text = fmt(QCoreApplication.translate("Annex", "Đọc được: {label}"), label=due.label())
        if nodes.before_period(due, period_start):
            text += "\n" + QCoreApplication.translate(
                "Annex", "Thời hạn này đã qua trước khi kỳ kế hoạch bắt đầu: hãy sửa lại cho kỳ này."
            )
        return text
    return cell_text(node, column) or None
