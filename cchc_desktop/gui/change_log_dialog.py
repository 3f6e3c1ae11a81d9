"""The change log, readable from the window: when, who, what, old and new value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QTableView,
                               QVBoxLayout, QWidget)

from ..domain import ChangeEntry
from ..store import Store
from .list_table_model import ListTableModel

class ChangeLogModel(ListTableModel[ChangeEntry]):
    COLUMN_TITLES = ("Thời điểm", "Người thực hiện", "Thao tác", "Kế hoạch", "Giá trị cũ", "Giá trị mới")

    def item_data(self, e: ChangeEntry, column: int, role: int):
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        values = (e.at_display, e.user_name, e.action_label,
                  e.plan_title or self.tr("(toàn bộ dữ liệu)"), e.old_value or "", e.new_value or "")
        return values[column]


class ChangeLogDialog(QDialog):
    def __init__(self, store: Store, plan_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.plan_id = store, plan_id
        self.setWindowTitle(self.tr("Nhật ký thay đổi"))
        self.resize(1100, 500)
        self.model = ChangeLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.only_plan = QCheckBox(self.tr("Chỉ kế hoạch đang chọn"), self)
        self.only_plan.setEnabled(plan_id is not None)
        self.only_plan.setChecked(plan_id is not None)
        self.only_plan.toggled.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_plan)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        plan_id = self.plan_id if self.only_plan.isChecked() else None
        self.model.set_items(self.store.change_log(plan_id, limit=5000))
