"""The "Kế hoạch" work area: the plan list and the selected plan's annex."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView

from ...domain import PlanDocument, PlanSummary
from ...domain.edits import Changed
from ...errors import CchcError
from ...i18n import fmt
from ..forms.ui_plans_page import Ui_PlansPage
from ..models.annex_tree import AnnexTreeModel
from ..models.plan_list import PlanListModel
from ..models.wrapping_delegate import configure_annex_tree
from ..screen import remember_columns
from .base import Page

if TYPE_CHECKING:
    from ..main_window import MainWindow


class PlansPage(Page):
    KINDS = frozenset({"plans", "annex", "progress", "units"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_PlansPage()
        self.ui.setupUi(self)
        self.current: PlanDocument | None = None

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
        configure_annex_tree(self.ui.annexTree, self.annex_model)
        remember_columns(self.ui.annexTree.header(), "plans/annex")
        self.ui.plansSplitter.setSizes([150, 600])
        self.reload_list(None)

    def title(self) -> str:
        return self.tr("Kế hoạch")

    # --- the list ------------------------------------------------------------------------------

    def reload_list(self, select_uuid: str | None) -> None:
        keep = select_uuid or (self.current.uuid if self.current else None)
        plans = self.ws.plans.all()
        self.plan_model.set_items(plans)
        row = next((i for i, p in enumerate(plans) if p.uuid == keep), -1)
        if row < 0 and plans:
            row = 0
        self.current = None
        if row >= 0:
            self.ui.planTable.selectRow(row)
            self._show_row(row)
        else:
            self._show(None)

    def current_summary(self) -> PlanSummary | None:
        return self.plan_model.plan_at(self.ui.planTable.currentIndex().row())

    def select_plan(self, plan_uuid: str) -> None:
        self.reload_list(plan_uuid)

    def _show_row(self, row: int) -> None:
        summary = self.plan_model.plan_at(row)
        if summary is None:
            self._show(None)
            return
        if self.current is not None and self.current.uuid == summary.uuid:
            return
        try:
            self._show(self.ws.plans.document(summary.id))
        except CchcError as error:
            self.window_.show_error(error)

    def _show(self, doc: PlanDocument | None) -> None:
        self.current = doc
        self.annex_model.set_document(doc)
        self.window_.current_plan_changed(doc)
        if doc is None:
            self.ui.planHeader.setText(
                self.tr(
                    "Chưa có kế hoạch nào. Dùng menu Tệp → Nhập phụ lục từ Excel/Word "
                    "hoặc Tệp → Nhập kế hoạch từ tệp JSON để bắt đầu."
                )
            )
            return
        plan = doc.plan
        facts = [plan.period.label()]
        if plan.reference():
            facts.append(fmt(self.tr("Số: {reference}"), reference=plan.reference()))
        if plan.issued_date:
            facts.append(fmt(self.tr("ngày {date}"), date=plan.issued_date.strftime("%d/%m/%Y")))
        if plan.signer.name:
            facts.append(fmt(self.tr("Người ký: {name}"), name=plan.signer.name))
        facts.append(str(doc.counts().message()))
        self.ui.planHeader.setText(
            f"<b style='font-size:12pt'>{html.escape(plan.title)}</b><br>{html.escape(' · '.join(facts))}"
        )

    # --- changes -------------------------------------------------------------------------------

    def on_changed(self, changed: Changed) -> None:
        if "plans" in changed.kinds or changed.focus and changed.focus in changed.plans:
            self.reload_list(changed.focus if changed.focus in changed.plans else None)
            return
        if self.current is not None and self.current.uuid in changed.plans:
            # The annex of the plan on screen changed: read it again (the editor updates in place).
            try:
                self._show(self.ws.plans.document(self.current.id or 0))
            except CchcError as error:
                self.window_.show_error(error)
