"""The plan list: one line per plan, newest period first (the store's order)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..domain import PlanSummary
from .list_table_model import ListTableModel

_NUMERIC_COLUMNS = (3, 4, 5)


class PlanListModel(ListTableModel[PlanSummary]):
    COLUMN_TITLES = ("Kỳ kế hoạch", "Số, ký hiệu", "Tên kế hoạch", "Lĩnh vực", "Nhiệm vụ", "Dòng")

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self.set_items(plans)

    def plan_at(self, row: int) -> PlanSummary | None:
        return self.item_at(row)

    def row_of(self, plan_id: int) -> int:
        return next((i for i, p in enumerate(self._items) if p.id == plan_id), -1)

    def item_data(self, plan: PlanSummary, column: int, role: int):
        if role == Qt.DisplayRole:
            return (plan.period.label(), plan.reference, plan.title, plan.counts.sections,
                    plan.counts.items, plan.counts.rows)[column]
        if role == Qt.ToolTipRole and column == 2:
            return plan.title
        if role == Qt.TextAlignmentRole and column in _NUMERIC_COLUMNS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None
