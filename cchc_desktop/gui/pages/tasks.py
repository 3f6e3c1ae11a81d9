"""The "Nhiệm vụ" work area: a plan's register as a flat table with its filters (reform area, unit
leading or cooperating, status, kind of due time, overdue, due within N days, done late) and a
search box that ignores accents, đ and case, updated as the user types; beside it the progress
and evidence of the selected rows (task_panel.py); in a second tab the plan's dashboard
(dashboard.py).

The register view is shared with the Kế hoạch page (register_views.py): loaded once, refreshed
after each edit; filtering is the view's own (a few milliseconds on 10,000 rows), the table
shows fixed-height lines, so each keystroke costs a filter and a model reset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu

from ...domain import ROW_STATUSES, status_label
from ...domain.due import DUE_KINDS, due_kind_label
from ...domain.edits import Changed
from ...domain.register import RegisterFilter, RegisterRow
from ...domain.register_view import RegisterView
from ...errors import CchcError
from ...i18n import fmt, number
from ..forms.ui_tasks_page import Ui_TasksPage
from ..models.register_table import COLUMNS, HIDDEN_AT_FIRST, KEYS, RegisterTableModel
from ..register_views import shared_views
from ..screen import remember_columns
from .base import Page
from .dashboard import DashboardPanel
from .task_panel import TaskPanel

if TYPE_CHECKING:
    from ..main_window import MainWindow

_OPEN = frozenset({"not_started", "in_progress"})


class TasksPage(Page):
    KINDS = frozenset({"plans", "annex", "progress", "units", "evidence", "targets", "settings"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_TasksPage()
        self.ui.setupUi(self)
        self.views = shared_views(window)
        self.view: RegisterView | None = None
        self.plan_id: int | None = None
        self._stale = True
        self._plans: list = []
        self._selected_uuids: list[str] = []
        self.model = RegisterTableModel(self)
        self._setup_table()
        self._setup_filters()
        self.panel = TaskPanel(self)
        self.dashboard = DashboardPanel(self)
        self.ui.dashboardLayout.addWidget(self.dashboard)
        self.ui.mainSplitter.setSizes([780, 360])
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.planCombo.activated.connect(self._plan_chosen)
        self.ui.tabs.currentChanged.connect(lambda _i: self._tab_changed())

    def title(self) -> str:
        return self.tr("Nhiệm vụ")

    # --- building ------------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.ui.registerTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column, (_key, _title, width) in enumerate(COLUMNS):
            table.setColumnWidth(column, width)
        for key in HIDDEN_AT_FIRST:
            table.setColumnHidden(KEYS.index(key), True)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(KEYS.index("task"), QHeaderView.Stretch)  # the others keep their width
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Bấm chuột phải để chọn các cột hiện ra"))
        # Two lines per row, always: a big register is never measured row by row.
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(2 * table.fontMetrics().lineSpacing() + 8)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        remember_columns(header, "tasks/register")
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        table.doubleClicked.connect(lambda _index: self.panel.focus_progress())

    def _column_menu(self, pos) -> None:
        table = self.ui.registerTable
        menu = QMenu(self)
        for column, key in enumerate(KEYS):
            action = menu.addAction(self.model.headerData(column, Qt.Horizontal, Qt.DisplayRole))
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(column))
            action.setEnabled(key != "task")
            action.toggled.connect(lambda shown, c=column: table.setColumnHidden(c, not shown))
        menu.exec(table.horizontalHeader().mapToGlobal(pos))

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.statusCombo.addItem(self.tr("Mọi trạng thái"), frozenset())
        ui.statusCombo.addItem(self.tr("Chưa xong (chưa / đang thực hiện)"), _OPEN)
        for status in ROW_STATUSES:
            ui.statusCombo.addItem(status_label(status), frozenset({status}))
        ui.kindCombo.addItem(self.tr("Mọi loại thời hạn"), frozenset())
        for kind in DUE_KINDS:
            ui.kindCombo.addItem(
                fmt(self.tr("Thời hạn: {kind}"), kind=due_kind_label(kind)), frozenset({kind})
            )
        ui.kindCombo.setToolTip(self.tr("«chưa rõ»: cột Thời gian không ghi ngày, tháng, quý hay năm nào"))
        ui.searchEdit.textChanged.connect(lambda _t: self.refilter())
        for combo in (ui.sectionCombo, ui.unitCombo, ui.statusCombo, ui.kindCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refilter())
        for check in (ui.overdueCheck, ui.soonCheck, ui.lateCheck):
            check.toggled.connect(lambda _on: self.refilter())
        ui.daysSpin.valueChanged.connect(lambda _v: self.refilter() if ui.soonCheck.isChecked() else None)
        ui.clearButton.clicked.connect(self.clear_filters)

    def _fill_view_filters(self) -> None:
        """The lists that depend on the plan: its reform areas and the units its rows name."""
        ui, view = self.ui, self.view
        for combo, first, items in (
            (
                ui.sectionCombo,
                self.tr("Mọi lĩnh vực"),
                [(f"{s.code}. {s.title}" if s.code else s.title, s.uuid) for s in view.sections]
                if view
                else [],
            ),
            (ui.unitCombo, self.tr("Mọi đơn vị"), [(u, u) for u in view.unit_labels()] if view else []),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for text, data in items:
                combo.addItem(text, data)
                combo.setItemData(combo.count() - 1, text, Qt.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)

    # --- which plan ----------------------------------------------------------------------------

    def reload_plans(self) -> None:
        self._plans = self.ws.plans.all()
        combo = self.ui.planCombo
        combo.blockSignals(True)
        combo.clear()
        for plan in self._plans:
            combo.addItem(f"{plan.title} ({plan.period.label()})", plan.id)
        wanted = self.plan_id
        if wanted is None or combo.findData(wanted) < 0:
            chosen = self.window_.current_summary
            wanted = chosen.id if chosen is not None else (self._plans[0].id if self._plans else None)
        combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else -1)
        combo.blockSignals(False)
        if wanted != self.plan_id or self.view is None:
            self.open_plan(wanted)

    def _plan_chosen(self, row: int) -> None:
        if 0 <= row < len(self._plans):
            self.open_plan(self._plans[row].id)

    def open_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.view = None
        if plan_id is not None:
            try:
                self.view = self.views.use(self, plan_id)
            except CchcError as error:
                self.window_.show_error(error)
                self.plan_id = None
        if self.view is None:
            self.views.release(self)
        self._fill_view_filters()
        self.refilter()
        self._stale = False
        if self.view is not None:
            # Fold the search texts once the rows are on screen: the first keystroke is then as
            # quick as the others.
            QTimer.singleShot(0, self.view.prepare_search)
        self.dashboard.plan_changed()

    # --- filtering -----------------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        ui = self.ui
        return RegisterFilter(
            search=ui.searchEdit.text(),
            section=ui.sectionCombo.currentData() or "",
            unit=ui.unitCombo.currentData() or "",
            statuses=ui.statusCombo.currentData() or frozenset(),
            due_kinds=ui.kindCombo.currentData() or frozenset(),
            overdue=ui.overdueCheck.isChecked(),
            due_within=ui.daysSpin.value() if ui.soonCheck.isChecked() else None,
            done_late=ui.lateCheck.isChecked(),
        )

    def refilter(self) -> None:
        """The rows the filters let through, the selection kept where it still shows."""
        keep = list(self._selected_uuids)
        view = self.view
        as_of = self.ws.today()
        indexes = view.matching(self.current_filter(), as_of) if view is not None else []
        self.model.show(view, indexes, as_of)
        total = len(view.rows) if view is not None else 0
        self.ui.countLabel.setText(
            fmt(self.tr("Hiển thị {shown} / {total} dòng"), shown=number(len(indexes)), total=number(total))
        )
        self._select(keep)

    def clear_filters(self) -> None:
        ui = self.ui
        widgets = (ui.searchEdit, ui.sectionCombo, ui.unitCombo, ui.statusCombo, ui.kindCombo)
        checks = (ui.overdueCheck, ui.soonCheck, ui.lateCheck)
        for widget in (*widgets, *checks):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        for check in checks:
            check.setChecked(False)
        for widget in (*widgets, *checks):
            widget.blockSignals(False)
        self.refilter()

    # --- selection -----------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        # Kept by identity: after an edit reshapes the register, lines are found again by it.
        self._selected_uuids = [row.uuid for row in rows]
        self.panel.show_rows(rows)

    def selected_rows(self) -> list[RegisterRow]:
        table = self.ui.registerTable
        lines = sorted({index.row() for index in table.selectionModel().selectedRows()})
        rows = [self.model.row_at(line) for line in lines]
        return [row for row in rows if row is not None]

    def _select(self, uuids: list[str]) -> None:
        table = self.ui.registerTable
        selection = table.selectionModel()
        first = True
        for uuid in uuids:
            line = self.model.line_of(uuid)
            if line is None:
                continue
            flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
            if first:
                selection.setCurrentIndex(self.model.index(line, KEYS.index("task")), flags)
                first = False
            else:
                selection.select(self.model.index(line, 0), flags)
        if first:
            self.panel.show_rows([])

    def go_to_row(self, row_uuid: str) -> None:
        """Show a row in the list (the filters cleared when they hide it) and select it."""
        if self.view is None or self.view.index_of(row_uuid) is None:
            return
        self.ui.tabs.setCurrentWidget(self.ui.listTab)
        if self.model.line_of(row_uuid) is None:
            self.clear_filters()
        self.ui.registerTable.clearSelection()
        self._select([row_uuid])
        line = self.model.line_of(row_uuid)
        if line is not None:
            self.ui.registerTable.scrollTo(self.model.index(line, 0), QAbstractItemView.PositionAtCenter)
        self.ui.registerTable.setFocus()

    # --- changes -------------------------------------------------------------------------------

    def on_changed(self, changed: Changed) -> None:
        refreshed = self.views.sync(changed)
        if not self.isVisible():
            self._stale = True
            return
        if "plans" in changed.kinds or self.plan_id in refreshed and refreshed[self.plan_id] is None:
            self.reload_plans()
        result = refreshed.get(self.plan_id) if self.plan_id is not None else None
        if result is not None and result.full:
            self._fill_view_filters()
            self.refilter()
        elif result is not None and result.indexes:
            self.model.rows_changed(result.indexes)
            self.panel.show_rows(self.selected_rows())
        elif "evidence" in changed.kinds:
            self.panel.show_rows(self.selected_rows())
        self.dashboard.changed(changed)

    def on_shown(self) -> None:
        if self._stale:
            self.reload_plans()
            if self.view is not None:
                self._fill_view_filters()
                self.refilter()
            self._stale = False

    def _tab_changed(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.dashboardTab:
            self.dashboard.refresh()
