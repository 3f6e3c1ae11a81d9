"""The change log, readable from the window: when, who, what, old and new value."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import ChangeEntry
from ...services.workspace import Workspace
from ..models.list_table import ListTableModel
from ..screen import fit_to_screen


class ChangeLogModel(ListTableModel[ChangeEntry]):
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Thời điểm"),
        QT_TRANSLATE_NOOP("Columns", "Người thực hiện"),
        QT_TRANSLATE_NOOP("Columns", "Thao tác"),
        QT_TRANSLATE_NOOP("Columns", "Kế hoạch"),
        QT_TRANSLATE_NOOP("Columns", "Trường"),
        QT_TRANSLATE_NOOP("Columns", "Giá trị cũ"),
        QT_TRANSLATE_NOOP("Columns", "Giá trị mới"),
    )

    def item_data(self, e: ChangeEntry, column: int, role: int):
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        values = (
            e.at_display,
            e.user_name,
            e.action_label,
            e.plan_title or self.tr("(toàn bộ dữ liệu)"),
            e.field,
            e.old_value or "",
            e.new_value or "",
        )
        return values[column]


class ChangeLogDialog(QDialog):
    def __init__(self, workspace: Workspace, plan_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.plan_id = workspace, plan_id
        self.setWindowTitle(self.tr("Nhật ký thay đổi"))
        fit_to_screen(self, 1100, 560)
        self.model = ChangeLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 130, 170, 260, 90, 150)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.Interactive)
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
        self.model.set_items(self.ws.log.entries(plan_id, limit=5000))
