"""The "Báo cáo & gói nộp" work area: documents out (export, print, print preview) on the left,
upload packages on the right, the outbox below (``outbox_panel.OutboxPanel``).

Data is read here on the UI thread (``ws.documents.…`` returns a prepared document); laying
out, rendering and writing run in the window's task runner, cancellable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from ...domain import ROW_STATUSES, status_label
from ...domain.edits import Changed
from ...errors import CchcError
from ...i18n import fmt
from ...services.documents import KIND_FORMATS, PreparedDocument, TaskFilter, format_label, kind_label
from ..forms.ui_reports_page import Ui_ReportsPage
from ..screen import settings
from .base import Page
from .outbox_panel import OutboxPanel

if TYPE_CHECKING:
    from ..main_window import MainWindow

FOLDER_KEY = "reports/folder"
_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "docx": "Word (*.docx)"}


class ReportsPage(Page):
    KINDS = frozenset({"plans", "annex", "progress", "units", "scores", "criteria", "outbox"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self._filters_for: int | None = None  # the plan whose units and sections the filters list
        ui = self.ui
        for kind in KIND_FORMATS:
            ui.kindCombo.addItem(kind_label(kind), kind)
        periods = (
            ("q1", self.tr("Quý I")),
            ("q2", self.tr("Quý II")),
            ("q3", self.tr("Quý III")),
            ("q4", self.tr("Quý IV")),
            ("h1", self.tr("6 tháng đầu năm")),
            ("h2", self.tr("6 tháng cuối năm")),
            ("year", self.tr("Cả năm")),
        )
        for key, label in periods:
            ui.periodCombo.addItem(label, key)
        ui.periodCombo.setCurrentIndex(ui.periodCombo.count() - 1)
        today = self.ws.today()
        ui.asOfEdit.setDate(QDate(today.year, today.month, today.day))
        for combo, everything in (
            (ui.unitCombo, self.tr("Mọi đơn vị")),
            (ui.statusCombo, self.tr("Mọi trạng thái")),
            (ui.sectionCombo, self.tr("Mọi lĩnh vực")),
        ):
            combo.addItem(everything, None)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.planCombo.currentIndexChanged.connect(lambda _i: self._plan_changed())
        ui.exportButton.clicked.connect(self.export_dialog)
        ui.previewButton.clicked.connect(lambda: self.print_document(preview=True))
        ui.printButton.clicked.connect(lambda: self.print_document(preview=False))
        self.outbox = OutboxPanel(self)
        self.reload_choices()
        self._kind_changed()

    def title(self) -> str:
        return self.tr("Báo cáo & gói nộp")

    # --- choices -------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        ui = self.ui
        keep_plan, keep_assessment = ui.planCombo.currentData(), ui.assessmentCombo.currentData()
        ui.planCombo.blockSignals(True)
        ui.planCombo.clear()
        for plan in self.ws.plans.all():
            ui.planCombo.addItem(f"{plan.id}. {plan.title} ({plan.period.label()})", plan.id)
        found = ui.planCombo.findData(keep_plan)
        ui.planCombo.setCurrentIndex(found if found >= 0 else 0)
        ui.planCombo.blockSignals(False)
        ui.assessmentCombo.clear()
        ui.assessmentCombo.addItem(self.tr("(không kèm bản chấm điểm)"), None)
        try:
            assessments = self.ws.packages.assessments()
        except CchcError:
            assessments = []
        for assessment_id, label in assessments:
            ui.assessmentCombo.addItem(label, assessment_id)
        # The newest assessment by default; the one chosen before, once there was a choice.
        found = ui.assessmentCombo.findData(keep_assessment) if keep_assessment is not None else -1
        ui.assessmentCombo.setCurrentIndex(found if found >= 0 else min(1, ui.assessmentCombo.count() - 1))
        self._filters_for = None
        self._plan_changed()

    def plan_id(self) -> int | None:
        return self.ui.planCombo.currentData()

    def assessment_id(self) -> int | None:
        return self.ui.assessmentCombo.currentData()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.kind()
        keep = ui.formatCombo.currentData()
        ui.formatCombo.clear()
        for fmt_key in KIND_FORMATS[kind]:
            ui.formatCombo.addItem(format_label(fmt_key), fmt_key)
        found = ui.formatCombo.findData(keep)
        ui.formatCombo.setCurrentIndex(max(found, 0))
        for widget in (ui.periodLabel, ui.periodCombo, ui.asOfLabel, ui.asOfEdit):
            widget.setEnabled(kind == "progress")
        for widget in (ui.filterLabel, ui.unitCombo, ui.statusCombo, ui.sectionCombo):
            widget.setEnabled(kind == "tasks")
        ui.planCombo.setEnabled(kind != "score")
        if kind == "tasks":
            self._fill_filters()
        self._update_buttons()

    def _plan_changed(self) -> None:
        if self.kind() == "tasks":
            self._fill_filters()
        self._update_buttons()

    def _fill_filters(self) -> None:
        """The units and reform areas of the chosen plan, for the task table's filters."""
        plan_id, ui = self.plan_id(), self.ui
        if plan_id is None or plan_id == self._filters_for:
            return
        self._filters_for = plan_id
        try:
            doc = self.ws.plans.document(plan_id)
        except CchcError as error:
            self.window_.show_error(error)
            return
        named = {name for _s, _i, row in doc.all_rows() for name in (*row.lead, *row.partners)}
        units = sorted(named, key=str.casefold)
        for combo, everything, entries in (
            (ui.unitCombo, self.tr("Mọi đơn vị"), [(u, u) for u in units]),
            (ui.statusCombo, self.tr("Mọi trạng thái"), [(status_label(s), s) for s in ROW_STATUSES]),
            (
                ui.sectionCombo,
                self.tr("Mọi lĩnh vực"),
                [(f"{s.code}. {s.title}", s.code) for s in doc.sections],
            ),
        ):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for label, value in entries:
                combo.addItem(label, value)
            found = combo.findData(keep)
            combo.setCurrentIndex(max(found, 0))

    def task_filter(self) -> TaskFilter:
        ui = self.ui
        unit, status, section = (c.currentData() for c in (ui.unitCombo, ui.statusCombo, ui.sectionCombo))
        return TaskFilter(
            units=(unit,) if unit else (),
            statuses=(status,) if status else (),
            sections=(section,) if section else (),
        )

    def _update_buttons(self) -> None:
        ui, kind = self.ui, self.kind()
        ready = self.assessment_id() is not None if kind == "score" else self.plan_id() is not None
        for button in (ui.exportButton, ui.previewButton, ui.printButton):
            button.setEnabled(ready)
        self.outbox.update_buttons()

    def on_changed(self, changed: Changed) -> None:
        if changed.kinds & {"plans", "scores", "criteria"}:
            self.reload_choices()
        elif changed.kinds & {"annex", "units", "progress"}:
            self._filters_for = None
            self._plan_changed()
        if "outbox" in changed.kinds:
            self.outbox.refresh()

    # --- documents -----------------------------------------------------------------------------

    def prepare(self, fmt_key: str) -> PreparedDocument | None:
        """The chosen document with its data loaded (here, on the UI thread); None on an error
        (already shown)."""
        kind, documents = self.kind(), self.ws.documents
        try:
            if kind == "score":
                return documents.score(self.assessment_id(), fmt_key)
            plan_id = self.plan_id()
            if kind == "plan":
                return documents.plan(plan_id, fmt_key)
            if kind == "progress":
                qdate = self.ui.asOfEdit.date()
                from datetime import date

                as_of = date(qdate.year(), qdate.month(), qdate.day())
                return documents.progress(
                    plan_id, fmt_key, period=self.ui.periodCombo.currentData(), as_of=as_of
                )
            task_filter = self.task_filter() if kind == "tasks" else None
            if kind == "tasks" and task_filter is not None and task_filter.is_empty():
                return documents.annex(plan_id, fmt_key)
            return documents.annex(plan_id, fmt_key, task_filter=task_filter)
        except CchcError as error:
            self.window_.show_error(error)
            return None

    def export_dialog(self) -> None:
        fmt_key = self.ui.formatCombo.currentData()
        prepared = self.prepare(fmt_key)
        if prepared is None:
            return
        folder = Path(str(settings().value(FOLDER_KEY, str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất tài liệu"), str(folder / prepared.suggested_name()), _FILTERS[fmt_key]
        )
        if path:
            settings().setValue(FOLDER_KEY, str(Path(path).parent))
            self.export(prepared, Path(path))

    def export(self, prepared: PreparedDocument, path: Path) -> None:
        def done(written: Path) -> None:
            self.window_.status(
                fmt(self.tr("Đã xuất {document} ra {path}"), document=kind_label(prepared.kind), path=written)
            )

        label = fmt(self.tr("Đang xuất {name}…"), name=path.name)
        if prepared.info.get("needs_database"):
            # The scoring report reads the database while it writes: on this thread.
            try:
                done(prepared.write(path))
            except CchcError as error:
                self.window_.show_error(error)
            return
        self.window_.tasks.run(
            label, lambda job: prepared.write(path, job), done, self.window_.show_error, cancellable=True
        )

    def print_document(self, preview: bool) -> None:
        """Print, or preview, exactly the PDF the export writes."""
        prepared = self.prepare("pdf")
        if prepared is None:
            return
        title = kind_label(prepared.kind)

        def show(data: bytes) -> None:
            from ..print_preview import preview_pdf, print_pdf

            if preview:
                self.last_preview = preview_pdf(self, data, title)
                self.last_preview.open()
            else:
                print_pdf(self, data, title)

        self.window_.tasks.run(
            fmt(self.tr("Đang dựng trang in «{title}»…"), title=title),
            lambda job: prepared.pdf_bytes(job),
            show,
            self.window_.show_error,
            cancellable=True,
        )
