"""The plan's targets (chỉ tiêu), in a tab under the plan: grouped by reform area, each with its
text, target value and unit, the value reached and met / not met; added, edited in place,
reordered and deleted as undoable edits; "Gợi ý từ nội dung kế hoạch" offers the targets the
plan's own text names, for the user to tick."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QWidget,
)

from ...domain import PlanSummary
from ...domain.edits import Changed
from ...domain.targets import COMPARATORS, comparator_symbol
from ...errors import CchcError
from ...i18n import decimal_text, fmt
from ...services.edits import Applied
from ...services.targets import TargetSuggestion
from ..forms.ui_target_suggestions import Ui_TargetSuggestionsDialog
from ..forms.ui_targets_panel import Ui_TargetsPanel
from ..models.target_tree import COLUMN_WIDTHS, KEYS, TargetTreeModel

if TYPE_CHECKING:
    from ..pages.plans import PlansPage


class _ChoiceDelegate(QStyledItemDelegate):
    """A list to pick from for the comparator and the reform area."""

    def __init__(self, parent, choices):
        super().__init__(parent)
        self.choices = choices  # callable → [(value, text)]

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self.choices():
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        position = editor.findData(index.data(Qt.EditRole) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.EditRole)


class TargetsPanel(QWidget):
    def __init__(self, page: PlansPage):
        super().__init__(page)
        self.page, self.ws = page, page.ws
        self.ui = Ui_TargetsPanel()
        self.ui.setupUi(self)
        self.plan: PlanSummary | None = None
        self.model = TargetTreeModel(self)
        tree = self.ui.targetTree
        tree.setModel(self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        tree.header().setSectionResizeMode(0, QHeaderView.Interactive)
        tree.setItemDelegateForColumn(
            KEYS.index("comparator"),
            _ChoiceDelegate(tree, lambda: [(c, comparator_symbol(c)) for c in COMPARATORS]),
        )
        tree.setItemDelegateForColumn(KEYS.index("area"), _ChoiceDelegate(tree, self._areas))
        tree.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        if not self.ws.read_only:
            self.model.editor = self.edit
        self.model.modelReset.connect(self._after_reset)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.suggestButton.clicked.connect(self.suggest)
        self.ui.upButton.clicked.connect(lambda: self.move(-1))
        self.ui.downButton.clicked.connect(lambda: self.move(+1))
        tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _areas(self) -> list[tuple[str, str]]:
        view = self.page.annex_model.view
        areas = [("", self.tr("(chỉ tiêu chung)"))]
        if view is not None:
            areas += [(s.code, f"{s.code}. {s.title}"[:60]) for s in view.sections if s.code]
        return areas

    # --- showing -------------------------------------------------------------------------------

    def set_plan(self, plan: PlanSummary | None) -> None:
        self.plan = plan
        self.refresh()

    def refresh(self, changed: Changed | None = None) -> None:
        keep = self._current_uuid()
        try:
            groups = self.ws.targets.grouped(self.plan.id) if self.plan is not None else []
        except CchcError:
            groups = []
        self.model.set_groups(groups)
        focus = changed.focus if changed is not None and changed.focus else keep
        index = self.model.index_of(focus) if focus else QModelIndex()
        if index.isValid():
            self.ui.targetTree.setCurrentIndex(index)
        targets = [t for g in groups for t in g.targets]
        met = sum(1 for t in targets if t.met is True)
        not_met = sum(1 for t in targets if t.met is False)
        self.ui.summaryLabel.setText(
            fmt(
                self.tr("{count} chỉ tiêu: {met} đạt, {not_met} chưa đạt, {open} chưa có số liệu để so"),
                count=len(targets),
                met=met,
                not_met=not_met,
                open=len(targets) - met - not_met,
            )
            if targets
            else self.tr("Chưa có chỉ tiêu nào.")
        )
        self.page.ui.planTabs.setTabText(
            self.page.ui.planTabs.indexOf(self.page.ui.targetsTab),
            fmt(self.tr("Chỉ tiêu ({count})"), count=len(targets)) if targets else self.tr("Chỉ tiêu"),
        )
        self._update_buttons()

    def _after_reset(self) -> None:
        tree = self.ui.targetTree
        tree.expandAll()
        for row in range(self.model.rowCount()):
            tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _current_uuid(self) -> str | None:
        target = self.model.target_at(self.ui.targetTree.currentIndex())
        return target.uuid if target else None

    def _update_buttons(self) -> None:
        writable = not self.ws.read_only and self.plan is not None
        chosen = self._current_uuid() is not None
        self.ui.addButton.setEnabled(writable)
        self.ui.suggestButton.setEnabled(writable)
        for button in (self.ui.removeButton, self.ui.upButton, self.ui.downButton):
            button.setEnabled(writable and chosen)

    # --- changing ------------------------------------------------------------------------------

    def _run(self, action) -> Applied | None:
        try:
            applied = action()
        except CchcError as error:
            self.page.window_.show_error(error)
            return None
        if applied is not None:
            self.page.window_.record(applied)
        return applied

    def edit(self, target_uuid: str, field: str, value: Any) -> bool:
        return self._run(lambda: self.ws.targets.set_field(target_uuid, field, value)) is not None

    def add(self) -> None:
        if self.plan is None:
            return
        group = self.model.group_at(self.ui.targetTree.currentIndex())
        plan_id = self.plan.id
        applied = self._run(
            lambda: self.ws.targets.add(plan_id, self.tr("Chỉ tiêu mới"), area=group.code if group else "")
        )
        if applied is not None and applied.changed.focus:
            index = self.model.index_of(applied.changed.focus)
            if index.isValid():
                self.ui.targetTree.setCurrentIndex(index)
                self.ui.targetTree.edit(index)

    def remove(self) -> None:
        uuid = self._current_uuid()
        if uuid:
            self._run(lambda: self.ws.targets.remove(uuid))

    def move(self, step: int) -> None:
        uuid = self._current_uuid()
        if uuid is None or self.plan is None:
            return
        targets = self.ws.targets.all(self.plan.id)
        order = [t.uuid for t in targets]
        here = order.index(uuid)
        area = targets[here].area
        # The neighbour in the same reform area (the list shows areas apart).
        others = [i for i, t in enumerate(targets) if t.area == area]
        place = others.index(here) + step
        if 0 <= place < len(others):
            self._run(lambda: self.ws.targets.move(uuid, others[place]))

    def suggest(self) -> SuggestionsDialog | None:
        if self.plan is None:
            return None
        suggestions = self.ws.targets.suggest(self.plan.id)
        if not suggestions:
            self.page.window_.status(self.tr("Không tìm thấy chỉ tiêu nào mới trong nội dung kế hoạch."))
            return None
        dialog = SuggestionsDialog(suggestions, self)
        plan_id = self.plan.id
        dialog.accepted.connect(
            lambda: self._run(lambda: self.ws.targets.add_suggestions(plan_id, dialog.picked()))
        )
        dialog.open()
        return dialog


class _SuggestionModel(QAbstractTableModel):
    TITLES = (
        "",
        QT_TRANSLATE_NOOP("Columns", "Chỉ tiêu"),
        QT_TRANSLATE_NOOP("Columns", "Mục tiêu"),
        QT_TRANSLATE_NOOP("Columns", "Lĩnh vực"),
    )

    def __init__(self, suggestions: Sequence[TargetSuggestion], parent=None):
        super().__init__(parent)
        self.suggestions = list(suggestions)
        self.ticked = [True] * len(self.suggestions)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.suggestions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.TITLES):
            return QCoreApplication.translate("Columns", self.TITLES[section]) if section else ""
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.suggestions[index.row()]
        if role == Qt.CheckStateRole and index.column() == 0:
            return Qt.Checked if self.ticked[index.row()] else Qt.Unchecked
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if index.column() == 1:
                return item.text
            if index.column() == 2 and item.value is not None:
                return f"{comparator_symbol(item.comparator)} {decimal_text(item.value)} {item.unit}".strip()
            if index.column() == 3:
                return item.area
            return "" if role == Qt.DisplayRole else None
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        if role != Qt.CheckStateRole or index.column() != 0:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.Checked
        self.dataChanged.emit(index, index)
        return True


class SuggestionsDialog(QDialog):
    def __init__(self, suggestions: Sequence[TargetSuggestion], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TargetSuggestionsDialog()
        self.ui.setupUi(self)
        self.model = _SuggestionModel(suggestions, self)
        table = self.ui.suggestionTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        for column, width in enumerate((28, 560, 140, 70)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        table.resizeRowsToContents()  # a few dozen suggestions at most
        self.ui.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Thêm các chỉ tiêu đã chọn"))
        self.ui.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def picked(self) -> list[TargetSuggestion]:
        return [s for s, ticked in zip(self.model.suggestions, self.model.ticked) if ticked]
