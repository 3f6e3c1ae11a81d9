"""The dashboard of a plan (a tab of the Nhiệm vụ page): per reform area the rows, done, in
progress, overdue, not started, not carried out and the completion %, with a bar per area drawn
by the table's delegate; the overdue rows and those due within N days (double-click: the row in
the register); the targets met and not met. Figures are the core's roll-up of the shared register
view, as of a date (today by default), recomputed when the tab is shown after a change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import QHeaderView, QWidget

from ...domain.edits import Changed
from ...domain.register import Dashboard
from ...i18n import date_text, fmt, number, percent_text
from ..forms.ui_dashboard_panel import Ui_DashboardPanel
from ..models.dashboard_models import AREA_COLUMNS, AREA_KEYS, DUE_COLUMNS, AreaFiguresModel, DueListModel
from ..models.progress_bars import ProgressBarDelegate, legend_html

if TYPE_CHECKING:
    from .tasks import TasksPage


class DashboardPanel(QWidget):
    def __init__(self, page: TasksPage):
        super().__init__(page)
        self.page, self.ws = page, page.ws
        self.ui = Ui_DashboardPanel()
        self.ui.setupUi(self)
        self.figures: Dashboard | None = None
        self._stale = True
        self.areas = AreaFiguresModel(self)
        table = self.ui.areaTable
        table.setModel(self.areas)
        table.verticalHeader().setVisible(False)
        for column, (_key, _title, width) in enumerate(AREA_COLUMNS):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(AREA_KEYS.index("area"), QHeaderView.Stretch)
        table.setItemDelegateForColumn(AREA_KEYS.index("bar"), ProgressBarDelegate(table))
        table.verticalHeader().setDefaultSectionSize(26)
        self.ui.legendLabel.setText(legend_html())
        # The lists below take the height left; the figures keep theirs.
        self.ui.panelLayout.setStretchFactor(self.ui.listsSplitter, 1)
        self.overdue = DueListModel(True, self)
        self.soon = DueListModel(False, self)
        for view, model in ((self.ui.overdueTable, self.overdue), (self.ui.soonTable, self.soon)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            for column, (_key, _title, width) in enumerate(DUE_COLUMNS):
                view.setColumnWidth(column, width)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
            view.doubleClicked.connect(lambda index, m=model: self._open_row(m, index))
            view.activated.connect(lambda index, m=model: self._open_row(m, index))
        self.ui.asOfDate.setDate(QDate(self.ws.today()))
        self.ui.asOfDate.dateChanged.connect(lambda _d: self.refresh())
        self.ui.withinSpin.valueChanged.connect(lambda _v: self.refresh())
        self.ui.targetsButton.clicked.connect(self._show_targets)

    # --- when to compute ----------------------------------------------------------------------

    def plan_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def changed(self, changed: Changed) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- computing and showing ---------------------------------------------------------------

    def as_of(self):
        return self.ui.asOfDate.date().toPython()

    def refresh(self) -> None:
        view = self.page.view
        self._stale = False
        if view is None:
            self.figures = None
        else:
            self.figures = self.ws.register.dashboard_of(view, self.as_of(), self.ui.withinSpin.value())
        self._show()

    def _show(self) -> None:
        figures = self.figures
        ui = self.ui
        self.areas.set_dashboard(figures)
        table = ui.areaTable
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(self.areas.rowCount())
        )
        table.setFixedHeight(height + 2 * table.frameWidth())
        if figures is None:
            ui.summaryLabel.setText(self.tr("Chưa có kế hoạch nào."))
            ui.targetsLabel.setText("")
            self.overdue.set_rows([], self.as_of())
            self.soon.set_rows([], self.as_of())
            ui.overdueTitle.setText("")
            ui.soonTitle.setText("")
            return
        total = figures.total
        completion = percent_text(total.completion) if total.completion is not None else "—"
        parts = [
            fmt(self.tr("<b>Toàn kế hoạch, tính đến {date}:</b>"), date=date_text(figures.as_of)),
            fmt(self.tr("{rows} dòng nhiệm vụ"), rows=number(total.rows)),
            fmt(
                self.tr("hoàn thành <b>{done}</b> ({completion})"),
                done=number(total.done),
                completion=completion,
            ),
        ]
        if total.done_late:
            parts.append(fmt(self.tr("trong đó {late} trễ hạn"), late=number(total.done_late)))
        parts.append(fmt(self.tr("đang thực hiện {count}"), count=number(total.in_progress)))
        parts.append(
            fmt(
                self.tr("<span style='color:#c62828'><b>quá hạn {count}</b></span>"),
                count=number(total.overdue),
            )
            if total.overdue
            else self.tr("không có dòng quá hạn")
        )
        if total.unknown_due:
            parts.append(fmt(self.tr("{count} dòng chưa rõ thời hạn"), count=number(total.unknown_due)))
        ui.summaryLabel.setText(parts[0] + " " + " · ".join(parts[1:]))
        targets = figures.targets
        if targets.total:
            ui.targetsLabel.setText(
                fmt(
                    self.tr("Chỉ tiêu: <b>{met}</b> đạt, <b>{not_met}</b> chưa đạt, {open} chưa có số liệu"),
                    met=targets.met,
                    not_met=targets.not_met,
                    open=targets.total - targets.met - targets.not_met,
                )
            )
        else:
            ui.targetsLabel.setText(self.tr("Kế hoạch chưa có chỉ tiêu."))
        as_of = figures.as_of
        self.overdue.set_rows(figures.overdue, as_of)
        self.soon.set_rows(figures.due_soon, as_of)
        ui.overdueTitle.setText(
            fmt(self.tr("<b>Quá hạn</b> ({count}) — nhấp đúp để mở dòng"), count=number(len(figures.overdue)))
        )
        ui.soonTitle.setText(
            fmt(
                self.tr("<b>Đến hạn trong {days} ngày tới</b> ({count})"),
                days=figures.within_days,
                count=number(len(figures.due_soon)),
            )
        )

    # --- going from here ---------------------------------------------------------------------

    def _open_row(self, model: DueListModel, index: QModelIndex) -> None:
        row = model.row_at(index.row())
        if row is not None:
            self.page.go_to_row(row.uuid)

    def _show_targets(self) -> None:
        window = self.page.window_
        plans = window.plans_page
        if self.page.plan_id is not None:
            summary = next((p for p in self.ws.plans.all() if p.id == self.page.plan_id), None)
            if summary is not None:
                plans.select_plan(summary.uuid)
        window.show_page(plans)
        plans.ui.planTabs.setCurrentWidget(plans.ui.targetsTab)
