"""The plan list (and the trash): one line per plan, newest period first (the services' order)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...domain import PlanSummary
from ...i18n import fmt
from .list_table import ListTableModel

_NUMERIC_COLUMNS = (3, 4, 5)


def tasks_text(plan: PlanSummary) -> str:
    """ "8" or "8 (3 nhóm)": users count tasks, groups apart."""
    if plan.counts.groups:
        return fmt(
            QCoreApplication.translate("Columns", "{tasks} ({groups} nhóm)"),
            tasks=plan.counts.tasks,
            groups=plan.counts.groups,
        )
    return str(plan.counts.tasks)


class PlanListModel(ListTableModel[PlanSummary]):
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Kỳ kế hoạch"),
        QT_TRANSLATE_NOOP("Columns", "Số, ký hiệu"),
        QT_TRANSLATE_NOOP("Columns", "Tên kế hoạch"),
        QT_TRANSLATE_NOOP("Columns", "Lĩnh vực"),
        QT_TRANSLATE_NOOP("Columns", "Nhiệm vụ"),
        QT_TRANSLATE_NOOP("Columns", "Dòng"),
    )

    def plan_at(self, row: int) -> PlanSummary | None:
        return self.item_at(row)

    def row_of(self, plan_id: int | None) -> int:
        return next((i for i, p in enumerate(self._items) if p.id == plan_id), -1)

    def item_data(self, plan: PlanSummary, column: int, role: int):
        if role == Qt.DisplayRole:
            return (
                plan.period.label(),
                plan.reference,
                plan.title,
                plan.counts.sections,
                tasks_text(plan),
                plan.counts.rows,
            )[column]
        if role == Qt.ToolTipRole and column == 2:
            return plan.title
        if role == Qt.TextAlignmentRole and column in _NUMERIC_COLUMNS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class TrashListModel(ListTableModel[PlanSummary]):
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Xóa lúc"),
        QT_TRANSLATE_NOOP("Columns", "Kỳ kế hoạch"),
        QT_TRANSLATE_NOOP("Columns", "Tên kế hoạch"),
        QT_TRANSLATE_NOOP("Columns", "Nội dung"),
    )

    def item_data(self, plan: PlanSummary, column: int, role: int):
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            when = (plan.deleted_at or "").replace("T", " ")
            return (when, plan.period.label(), plan.title, str(plan.counts.message()))[column]
        return None
