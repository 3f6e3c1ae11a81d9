"""The "Kế hoạch" work area: the plan list, the selected plan's annex edited in place (the
actions are annex_actions.py) and its targets.

The annex tree shows the plan's register view (shared with the Nhiệm vụ page): after an edit
the view is refreshed and only what changed is redrawn (a cell, or the sections reshaped)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from ...domain import PlanDocument, PlanSummary
from ...errors import CchcError
from ...i18n import fmt, number
from ..forms.ui_plans_page import Ui_PlansPage
from ..models.annex_delegate import AnnexDelegate
from ..models.annex_nodes import before_period
from ..models.annex_tree import COLUMN_WIDTHS, AnnexTreeModel
from ..models.plan_list import PlanListModel
from ..register_views import shared_views
from ..screen import remember_columns
from .annex_actions import AnnexActions
from .base import Page

if TYPE_CHECKING:
    from ...domain.edits import Changed
    from ...services.edits import Applied
    from ..dialogs.targets import TargetsPanel
    from ..main_window import MainWindow


class PlansPage(Page):
    KINDS = frozenset({"plans", "annex", "progress", "units", "evidence", "targets"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_PlansPage()
        self.ui.setupUi(self)
        self.ui.planNotice.hide()
        self.current: PlanSummary | None = None
        self._document: PlanDocument | None = None
        self._counted: tuple[tuple, tuple[int, int]] | None = None  # see _due_counts
        self.views = shared_views(window)

        self.plan_model = PlanListModel(self)
        table = self.ui.planTable
        table.setModel(self.plan_model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for column, width in enumerate((150, 110, 520, 70, 90, 60)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        table.verticalHeader().setVisible(False)
        table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_row(current.row()))
        remember_columns(header, "plans/list")

        self.annex_model = AnnexTreeModel(self)
        tree = self.ui.annexTree
        self._setup_tree()
        remember_columns(tree.header(), "plans/annex")
        self.actions = AnnexActions(self)
        if not self.ws.read_only:
            self.annex_model.editor = self.edit_cell
            self.annex_model.mover = self.actions.move_node
            tree.setEditTriggers(
                QAbstractItemView.DoubleClicked
                | QAbstractItemView.EditKeyPressed
                | QAbstractItemView.AnyKeyPressed
            )
            tree.setDragEnabled(True)
            tree.setAcceptDrops(True)
            tree.setDropIndicatorShown(True)
            tree.setDragDropMode(QAbstractItemView.InternalMove)
        else:
            tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        window.edit_menu.addMenu(self.actions.menu)
        # The targets tab's panel is built when that tab is first shown (or asked for): its
        # tab title alone (the count) is kept up to date until then.
        self._targets: TargetsPanel | None = None
        self.ui.planTabs.currentChanged.connect(self._tab_shown)
        self.ui.plansSplitter.setSizes([150, 600])
        self.reload_list(None)

    def title(self) -> str:
        return self.tr("Kế hoạch")

    @property
    def targets(self) -> TargetsPanel:
        """The plan's targets (the second tab), built on first use: keeps start-up fast."""
        return self._targets if self._targets is not None else self._build_targets()

    def _build_targets(self) -> TargetsPanel:
        from ..dialogs.targets import TargetsPanel

        self._targets = TargetsPanel(self)
        self.ui.targetsLayout.addWidget(self._targets)
        self._targets.set_plan(self.current)
        return self._targets

    def _tab_shown(self, index: int) -> None:
        if self._targets is None and self.ui.planTabs.widget(index) is self.ui.targetsTab:
            self._build_targets()

    def _show_target_count(self) -> None:
        """The targets tab's title, as the panel sets it (same texts), while it is not built."""
        count = self.ws.target_count(self.current.id) if self.current is not None else 0
        tabs = self.ui.planTabs
        tabs.setTabText(
            tabs.indexOf(self.ui.targetsTab),
            fmt(QCoreApplication.translate("TargetsPanel", "Chỉ tiêu ({count})"), count=count)
            if count
            else QCoreApplication.translate("TargetsPanel", "Chỉ tiêu"),
        )

    def _setup_tree(self) -> None:
        """The annex look (as the import preview has it: wrapped rows, section lines across the
        width), every line expanded."""
        tree, model = self.ui.annexTree, self.annex_model
        tree.setModel(model)
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        tree.header().setStretchLastSection(True)
        tree.setIndentation(14)
        tree.setItemDelegate(AnnexDelegate(tree, self.ws.register.unit_choices))
        # Row heights depend on column widths: lay the rows out again when a column changes.
        tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())
        model.modelReset.connect(self._after_reset)
        model.section_rebuilt.connect(self._expand_under)

    def _after_reset(self) -> None:
        tree, model = self.ui.annexTree, self.annex_model
        # One walk in C++ expands and lays out every line (expanding line by line costs a Python
        # call per item, and the layout after it a second walk). The spans after it: while a
        # line spans, laying out asks the model of every line whether it spans too.
        tree.expandAll()
        for row in range(model.rowCount()):
            tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _expand_under(self, parent: QModelIndex) -> None:
        # Cheap while the view has a layout pending (after a reset or an insert): it only notes them.
        tree = self.ui.annexTree
        for index in self.annex_model.expandable(parent):
            tree.expand(index)
        if parent.isValid():
            tree.expand(parent)

    # --- the list ------------------------------------------------------------------------------

    def reload_list(self, select_uuid: str | None) -> None:
        """The plan list read again; the plan on screen stays (or ``select_uuid`` is chosen)."""
        keep = select_uuid or (self.current.uuid if self.current else None)
        plans = self.ws.plans.all()
        self.plan_model.set_items(plans)
        row = next((i for i, p in enumerate(plans) if p.uuid == keep), -1)
        if row < 0 and plans:
            row = 0
        if row >= 0:
            self.ui.planTable.selectRow(row)
            self._show_row(row)
        else:
            self._open(None)

    def current_summary(self) -> PlanSummary | None:
        return self.plan_model.plan_at(self.ui.planTable.currentIndex().row())

    def current_document(self) -> PlanDocument | None:
        """The whole plan on screen (read when asked for: export, delete, the plan form)."""
        if self.current is None:
            return None
        if self._document is None or self._document.uuid != self.current.uuid:
            self._document = self.ws.plans.document(self.current.id)
        return self._document

    def select_plan(self, plan_uuid: str) -> None:
        """Show that plan ("": none, the list without a selection)."""
        if not plan_uuid:
            self.ui.planTable.clearSelection()
            self._open(None)
            return
        self.reload_list(plan_uuid)

    def _show_row(self, row: int) -> None:
        summary = self.plan_model.plan_at(row)
        if summary is None:
            self._open(None)
        elif self.current is not None and self.current.uuid == summary.uuid:
            self.current = summary  # the same plan: its counts and title may be new
            self._show_header(notice=False)
        else:
            self._open(summary)

    def _open(self, summary: PlanSummary | None) -> None:
        self.current = summary
        self._document = None
        view = None
        if summary is not None:
            try:
                view = self.views.use(self, summary.id)
            except CchcError as error:
                self.window_.show_error(error)
                self.current = summary = None
        if summary is None:
            self.views.release(self)
        self.annex_model.set_view(view)
        if self._targets is not None:
            self._targets.set_plan(summary)
        else:
            self._show_target_count()
        self.actions.update()
        self.window_.current_plan_changed(summary)
        self._show_header()

    def _show_header(self, notice: bool = True) -> None:
        summary = self.current
        view = self.annex_model.view
        if summary is None or view is None:
            self.ui.planHeader.setText(
                self.tr(
                    "Chưa có kế hoạch nào. Dùng Tệp → Kế hoạch mới… để soạn kế hoạch, hoặc Tệp → Nhập phụ lục "
                    "từ Excel/Word, Tệp → Nhập kế hoạch từ tệp JSON."
                )
            )
            self.ui.planNotice.hide()
            return
        facts = [summary.period.label()]
        if summary.reference:
            facts.append(fmt(self.tr("Số: {reference}"), reference=summary.reference))
        if summary.issued_date:
            facts.append(fmt(self.tr("ngày {date}"), date=summary.issued_date.strftime("%d/%m/%Y")))
        facts.append(str(summary.counts.message()))
        facts.append(
            self.tr("đánh số liên tục")
            if view.plan.numbering == "continuous"
            else self.tr("đánh số theo lĩnh vực")
        )
        self.ui.planHeader.setText(
            f"<b style='font-size:12pt'>{html.escape(summary.title)}</b><br>{html.escape(' · '.join(facts))}"
        )
        if notice:
            self._show_notice()

    def _show_notice(self) -> None:
        """Rows whose due time names no date, or ended before the plan's period (a plan
        duplicated for the next period keeps its rows' texts): pointed out to the user."""
        view = self.annex_model.view
        if view is None or self.ws.read_only:
            self.ui.planNotice.hide()
            return
        earlier, unknown = self._due_counts(view)
        notes = []
        if earlier:
            notes.append(
                fmt(
                    self.tr(
                        "{count} dòng có thời gian thuộc kỳ trước (dấu ! đỏ ở cột Thời gian): hãy sửa cho kỳ này."
                    ),
                    count=number(earlier),
                )
            )
        if unknown:
            notes.append(
                fmt(
                    self.tr(
                        "{count} dòng chưa rõ thời hạn (dấu ? cam): chương trình không theo dõi quá hạn được."
                    ),
                    count=number(unknown),
                )
            )
        self.ui.planNotice.setText("  ".join(notes))
        self.ui.planNotice.setVisible(bool(notes))

    def _due_counts(self, view) -> tuple[int, int]:
        """(rows due before the period, rows with no date): counted once per state of the view."""
        start = view.plan.period.start_date()
        key = (view, view.generation, start)
        if self._counted is None or self._counted[0] != key:
            earlier = sum(1 for row in view.rows if before_period(row.due, start))
            unknown = sum(1 for row in view.rows if row.due.kind == "unknown")
            self._counted = (key, (earlier, unknown))
        return self._counted[1]

    # --- editing -------------------------------------------------------------------------------

    def edit_cell(self, uuid: str, field: str, value) -> bool:
        """A cell typed into (the tree's model calls this)."""
        try:
            applied = self.ws.register.set_cell(uuid, field, value)
        except CchcError as error:
            self.window_.show_error(error)
            return False
        if applied is not None:
            self.record(applied)
        return True

    def record(self, applied: Applied) -> None:
        self.window_.record(applied)

    # --- changes -------------------------------------------------------------------------------

    def on_changed(self, changed: Changed) -> None:
        refreshed = self.views.sync(changed)
        if self.current is not None and self.current.uuid in changed.plans:
            self._document = None
        tree = self.ui.annexTree
        current = tree.currentIndex()
        keep = (self.annex_model.node(current).uuid, current.column()) if current.isValid() else None
        if "plans" in changed.kinds or "settings" in changed.kinds:
            focus = changed.focus if changed.focus in changed.plans else None
            shown = self.current.uuid if self.current else None
            self.reload_list(focus)
            if self.current is None or self.current.uuid != shown:
                return  # another plan opened: it is read as it is now
        if self.current is None:
            return
        result = refreshed.get(self.current.id)
        if result is None and self.current.id in refreshed:
            self.reload_list(None)  # the plan is gone
            return
        if result is not None and not result.nothing:
            self.annex_model.update(result)
            # The notice counts every row's due time: only after a change that can alter it.
            dues = result.full or any(field == "due_text" for _e, _u, field in changed.fields)
            self._show_header(notice=dues)
        self._restore(changed.focus, keep)
        if "targets" in changed.kinds:
            if self._targets is not None:
                self._targets.refresh(changed)
            else:
                self._show_target_count()
        self.actions.update()

    def _restore(self, focus: str | None, keep: tuple[str, int] | None) -> None:
        """After an edit: select what it made or moved, else keep the selected line."""
        tree = self.ui.annexTree
        index = QModelIndex()
        if focus:
            index = self.annex_model.index_of(focus, keep[1] if keep else 0)
        if not index.isValid() and keep is not None and not tree.currentIndex().isValid():
            index = self.annex_model.index_of(*keep)
        if index.isValid():
            tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            )
            tree.scrollTo(index)
