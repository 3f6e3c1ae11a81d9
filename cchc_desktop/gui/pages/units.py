"""The "Đơn vị" work area: the unit directory with how many rows name each unit; add, rename,
merge duplicates (the rows follow), all undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog

from ...domain.edits import Changed
from ...errors import CchcError
from ...i18n import fmt
from ...services.units import UnitUse
from ..forms.ui_units_page import Ui_UnitsPage
from ..models.list_table import ListTableModel
from ..screen import remember_columns
from .base import Page

if TYPE_CHECKING:
    from ..main_window import MainWindow


class UnitListModel(ListTableModel[UnitUse]):
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Tên đơn vị"),
        QT_TRANSLATE_NOOP("Columns", "Tên viết tắt"),
        QT_TRANSLATE_NOOP("Columns", "Số dòng nhiệm vụ"),
    )

    def item_data(self, use: UnitUse, column: int, role: int):
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return (use.unit.name, use.unit.short_name, use.rows)[column]
        if role == Qt.TextAlignmentRole and column == 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class UnitsPage(Page):
    KINDS = frozenset({"units", "annex"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_UnitsPage()
        self.ui.setupUi(self)
        self.model = UnitListModel(self)
        table = self.ui.unitsTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setColumnWidth(0, 460)
        table.setColumnWidth(1, 160)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        remember_columns(table.horizontalHeader(), "units/list")
        self.ui.addUnitButton.clicked.connect(self.add_dialog)
        self.ui.renameUnitButton.clicked.connect(self.rename_dialog)
        self.ui.mergeUnitsButton.clicked.connect(self.merge_dialog)
        self._stale = True
        self.refresh()

    def title(self) -> str:
        return self.tr("Đơn vị")

    def refresh(self) -> None:
        self.model.set_items(self.ws.units.usage())
        self._stale = False
        self._update_buttons()

    def on_changed(self, changed: Changed) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def _selected(self) -> UnitUse | None:
        if not self.ui.unitsTable.selectionModel().selectedRows():
            return None
        return self.model.item_at(self.ui.unitsTable.currentIndex().row())

    def _update_buttons(self) -> None:
        selected = self._selected() is not None and not self.ws.read_only
        self.ui.addUnitButton.setEnabled(not self.ws.read_only)
        self.ui.renameUnitButton.setEnabled(selected)
        self.ui.mergeUnitsButton.setEnabled(selected and self.model.rowCount() > 1)

    def add_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Thêm đơn vị"), self.tr("Tên đầy đủ của đơn vị:"))
        if not ok or not name.strip():
            return
        try:
            _unit, changed = self.ws.units.add(name)
        except CchcError as error:
            self.window_.show_error(error)
            return
        self.window_.notify(changed)

    def rename_dialog(self) -> None:
        use = self._selected()
        if use is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Đổi tên đơn vị"),
            self.tr("Tên mới (các dòng nhiệm vụ nêu tên cũ được đổi theo):"),
            text=use.unit.name,
        )
        if not ok or not name.strip() or name.strip() == use.unit.name:
            return
        try:
            self.window_.record(self.ws.units.rename(use.unit.uuid, name))
        except CchcError as error:
            self.window_.show_error(error)

    def merge_dialog(self) -> None:
        use = self._selected()
        if use is None:
            return
        others = [u for u in self.model.items() if u.unit.uuid != use.unit.uuid]
        labels = [u.unit.name for u in others]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Gộp đơn vị"),
            fmt(
                self.tr("Gộp «{name}» vào đơn vị nào? ({rows} dòng nhiệm vụ sẽ nêu tên đơn vị được chọn.)"),
                name=use.unit.name,
                rows=use.rows,
            ),
            labels,
            0,
            False,
        )
        if not ok:
            return
        target = others[labels.index(choice)]
        try:
            self.window_.record(self.ws.units.merge(use.unit.uuid, target.unit.uuid))
        except CchcError as error:
            self.window_.show_error(error)
