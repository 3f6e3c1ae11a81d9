"""What the scoring page does with files and with the assessment's life: import a criteria set
or write the empty template, open an assessment, write the Excel form and read a filled one back
(all or nothing, the changes shown before they are written), the report, finalise, revise.

Files are read and written in the window's task runner; the data they need is loaded first, on
the thread that owns the database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ... import APP_NAME
from ...errors import CchcError
from ...i18n import fmt
from ...services.scoring import FormFill
from ..dialogs.new_assessment import NewAssessmentDialog

if TYPE_CHECKING:
    from .scoring import ScoringPage

_XLSX = "Excel (*.xlsx)"
_SHOWN_CHANGES = 25


class ScoringActions:
    def __init__(self, page: ScoringPage):
        self.page, self.ui, self.ws = page, page.ui, page.ws
        self.window = page.window_
        ui = self.ui
        ui.newAssessmentButton.clicked.connect(self.new_assessment)
        ui.importCriteriaButton.clicked.connect(self.import_criteria_dialog)
        ui.templateButton.clicked.connect(self.template_dialog)
        ui.exportFormButton.clicked.connect(self.export_form_dialog)
        ui.fillFormButton.clicked.connect(self.fill_form_dialog)
        ui.reportButton.clicked.connect(self.report_dialog)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.reviseButton.clicked.connect(self.revise)

    @staticmethod
    def tr(text: str) -> str:
        # Not a QObject: its texts live under its own name in the translation file.
        return QCoreApplication.translate("ScoringActions", text)

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.page, title, str(Path.home() / name), pattern)
        return Path(path) if path else None

    # --- criteria sets -------------------------------------------------------------------------

    def template_dialog(self) -> None:
        path = self._save_path(self.tr("Ghi mẫu bộ tiêu chí"), "bo-tieu-chi-trong.xlsx", _XLSX)
        if path is not None:
            self.write_template(path)

    def write_template(self, path: Path) -> None:
        self.window.tasks.run(
            fmt(self.tr("Đang ghi {name}…"), name=path.name),
            lambda _job: self.ws.criteria.write_template(path),
            lambda _result: self.window.status(fmt(self.tr("Đã ghi mẫu bộ tiêu chí ra {path}"), path=path)),
            self.window.show_error,
        )

    def import_criteria_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("Nhập bộ tiêu chí"), str(Path.home()), _XLSX + ";;" + self.tr("Mọi tệp (*)")
        )
        if path:
            self.import_criteria(Path(path))

    def import_criteria(self, path: Path) -> None:
        """The file is read and checked whole in the background, stored on this thread."""

        def store(criteria_set) -> None:
            try:
                result = self.ws.criteria.store(criteria_set, path.name)
            except CchcError as error:
                self.window.show_error(error)
                return
            self.window.notify(result.changed)
            self.window.status(
                fmt(
                    self.tr("Đã nhập bộ tiêu chí «{name}» ({count} tiêu chí)."),
                    name=criteria_set.name,
                    count=sum(1 for _ in criteria_set.leaves()),
                )
            )

        self.window.tasks.run(
            fmt(self.tr("Đang đọc {name}…"), name=path.name),
            lambda _job: self.ws.criteria.read_file(path),
            store,
            self.window.show_error,
        )

    # --- assessments ---------------------------------------------------------------------------

    def new_assessment(self) -> None:
        try:
            sets = self.ws.criteria.all()
        except CchcError as error:
            self.window.show_error(error)
            return
        dialog = NewAssessmentDialog(sets, self.ws.plans.all(), self.ws.today().year, self.page)
        try:
            while dialog.exec() == QDialog.Accepted:
                choice = dialog.choice()
                if choice is None:
                    return
                try:
                    record = self.ws.scoring.create(
                        choice.set_id, choice.year, choice.body or None, choice.plan_id
                    )
                except CchcError as error:
                    self.window.show_error(error)
                    continue
                self.page.reload(record.id)
                return
        finally:
            dialog.deleteLater()

    def finalise(self) -> None:
        state = self.page.state
        if state is None:
            return
        items = self.ws.scoring.checklist(state.record.id, state)
        text = self.tr("Chốt bản tự đánh giá? Sau khi chốt, phần tự chấm chỉ đọc; vẫn nhận điểm thẩm định.")
        if items:
            text = fmt(
                self.tr("Còn {count} việc cần xem (tab «Kiểm tra»):\n{first}\n\nVẫn chốt bản tự đánh giá?"),
                count=len(items),
                first="\n".join(f"– {item}" for item in items[:8]) + ("\n…" if len(items) > 8 else ""),
            )
        if QMessageBox.question(self.page, self.tr("Chốt bản tự đánh giá"), text) != QMessageBox.Yes:
            return
        try:
            self.page.record(self.ws.scoring.finalise(state.record.id, force=True))
        except CchcError as error:
            self.window.show_error(error)

    def revise(self) -> None:
        state = self.page.state
        if state is None:
            return
        try:
            record = self.ws.scoring.revise(state.record.id)
        except CchcError as error:
            self.window.show_error(error)
            return
        self.page.reload(record.id)
        self.window.status(
            fmt(self.tr("Đã mở lần chấm {revision}; lần trước giữ nguyên."), revision=record.revision)
        )

    # --- the Excel form and the report ----------------------------------------------------------

    def _file_stem(self) -> str:
        state = self.page.state
        return f"cham-diem-{state.record.year}-lan-{state.record.revision}" if state else "cham-diem"

    def export_form_dialog(self) -> None:
        path = self._save_path(self.tr("Xuất phiếu chấm điểm"), self._file_stem() + ".xlsx", _XLSX)
        if path is not None:
            self.export_form(path)

    def export_form(self, path: Path) -> None:
        state = self.page.state
        if state is None:
            return
        data = self.ws.scoring.form_data(state.record.id)
        self.window.tasks.run(
            fmt(self.tr("Đang ghi {name}…"), name=path.name),
            lambda job: data.write(path, job),
            lambda _result: self.window.status(fmt(self.tr("Đã xuất phiếu chấm điểm ra {path}"), path=path)),
            self.window.show_error,
        )

    def fill_form_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("Nhập phiếu chấm điểm đã điền"), str(Path.home()), _XLSX
        )
        if path:
            self.fill_form(Path(path))

    def fill_form(self, path: Path) -> None:
        """Read in the background (all or nothing), show the changes, write them as one edit."""
        state = self.page.state
        if state is None:
            return
        data = self.ws.scoring.form_data(state.record.id)
        assessment_id = state.record.id
        self.window.tasks.run(
            fmt(self.tr("Đang đọc {name}…"), name=path.name),
            lambda _job: data.read_filled(path),
            lambda fill: self._confirm_fill(assessment_id, fill, path.name),
            self.window.show_error,
        )

    def _confirm_fill(self, assessment_id: int, fill: FormFill, name: str) -> None:
        changes = fill.all_changes()
        if not changes:
            QMessageBox.information(
                self.page, APP_NAME, self.tr("Phiếu không có thay đổi nào so với bản đang chấm.")
            )
            return
        lines = [f"{c.code}: {c.label}: {c.old or '—'} → {c.new or '—'}" for c in changes[:_SHOWN_CHANGES]]
        if len(changes) > _SHOWN_CHANGES:
            lines.append(fmt(self.tr("… và {count} thay đổi khác"), count=len(changes) - _SHOWN_CHANGES))
        text = fmt(
            self.tr("Phiếu «{name}» hợp lệ, có {count} thay đổi:\n\n{lines}\n\nGhi các thay đổi này?"),
            name=name,
            count=len(changes),
            lines="\n".join(lines),
        )
        if QMessageBox.question(self.page, self.tr("Nhập phiếu chấm điểm"), text) != QMessageBox.Yes:
            return
        try:
            self.page.record(self.ws.scoring.apply_fill(assessment_id, fill, name))
        except CchcError as error:
            self.window.show_error(error)

    def report_dialog(self) -> None:
        path = self._save_path(
            self.tr("Báo cáo kết quả tự đánh giá"),
            f"bao-cao-{self._file_stem()}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is not None:
            self.report(path)

    def report(self, path: Path, fmt_name: str = "pdf") -> None:
        state = self.page.state
        if state is None:
            return
        data = self.ws.scoring.report_data(state.record.id)
        self.window.tasks.run(
            fmt(self.tr("Đang ghi {name}…"), name=path.name),
            lambda job: data.write(path, fmt_name, job),
            lambda _result: self.window.status(fmt(self.tr("Đã ghi báo cáo ra {path}"), path=path)),
            self.window.show_error,
            cancellable=True,
        )
