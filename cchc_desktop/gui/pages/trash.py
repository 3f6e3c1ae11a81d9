"""The "Thùng rác" work area: deleted plans, restored whole (same ids) or removed for good."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QMessageBox

from ...domain.edits import Changed
from ...errors import CchcError
from ...i18n import fmt
from ..forms.ui_trash_page import Ui_TrashPage
from ..models.plan_list import TrashListModel
from .base import Page

if TYPE_CHECKING:
    from ..main_window import MainWindow


class TrashPage(Page):
    KINDS = frozenset({"plans"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_TrashPage()
        self.ui.setupUi(self)
        self.model = TrashListModel(self)
        table = self.ui.trashTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        for column, width in enumerate((150, 150, 500)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ui.restorePlanButton.clicked.connect(self.restore_selected)
        self.ui.emptyTrashButton.clicked.connect(self.empty_dialog)
        self.refresh()

    def title(self) -> str:
        return self.tr("Thùng rác")

    def refresh(self) -> None:
        self.model.set_items(self.ws.plans.trash())
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.ws.read_only
        self.ui.restorePlanButton.setEnabled(
            writable and bool(self.ui.trashTable.selectionModel().selectedRows())
        )
        self.ui.emptyTrashButton.setEnabled(writable and self.model.rowCount() > 0)

    def on_changed(self, changed: Changed) -> None:
        self.refresh()

    def restore_selected(self) -> None:
        plan = self.model.item_at(self.ui.trashTable.currentIndex().row())
        if plan is None:
            return
        try:
            applied = self.ws.plans.restore_from_trash(str(plan.id))
        except CchcError as error:
            self.window_.show_error(error)
            return
        self.window_.record(applied)
        self.window_.status(fmt(self.tr("Đã khôi phục kế hoạch «{title}»."), title=plan.title))

    def empty_dialog(self) -> None:
        count = self.model.rowCount()
        answer = QMessageBox.question(
            self,
            self.tr("Dọn sạch thùng rác"),
            fmt(
                self.tr(
                    "Xóa hẳn {count} kế hoạch trong thùng rác? Việc này không hoàn tác được (bản sao lưu tự động được tạo "
                    "ngay trước khi xóa vẫn giữ chúng)."
                ),
                count=count,
            ),
        )
        if answer != QMessageBox.Yes:
            return
        try:
            self.ws.plans.empty_trash()
        except CchcError as error:
            self.window_.show_error(error)
            return
        # Plans removed for good: undo steps that name them can no longer be replayed.
        self.window_.undo_stack.clear()
        self.window_.notify(Changed(frozenset({"plans", "backups"})))
