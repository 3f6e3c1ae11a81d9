"""The plan list: one line per plan, newest period first (the store's order)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ..domain import PlanSummary


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanListModel", text)


COLUMN_TITLES = ("Kỳ kế hoạch", "Số, ký hiệu", "Tên kế hoạch", "Lĩnh vực", "Nhiệm vụ", "Dòng")
_NUMERIC_COLUMNS = (3, 4, 5)


class PlanListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._plans: list[PlanSummary] = []

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def plan_at(self, row: int) -> PlanSummary | None:
        return self._plans[row] if 0 <= row < len(self._plans) else None

    def row_of(self, plan_id: int) -> int:
        return next((i for i, p in enumerate(self._plans) if p.id == plan_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        # No super() fallback: see AnnexTreeModel.headerData.
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(COLUMN_TITLES):
            return _tr(COLUMN_TITLES[section])
        if orientation == Qt.Vertical:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        plan = self.plan_at(index.row()) if index.isValid() else None
        if plan is None:
            return None
        column = index.column()
        if role == Qt.DisplayRole:
            values = (plan.period.label(), plan.reference, plan.title, plan.counts.sections,
                      plan.counts.items, plan.counts.rows)
            return values[column]
        if role == Qt.ToolTipRole and column == 2:
            return plan.title
        if role == Qt.TextAlignmentRole and column in _NUMERIC_COLUMNS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None
