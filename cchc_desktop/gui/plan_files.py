"""The plan-level file actions of the window: import a plan (JSON) or an annex table (Excel, Word,
pasted text) with its preview, export a plan as JSON, move a plan to the trash. Reading and
writing files run in the window's task runner; what is written is one undoable action."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from .. import APP_NAME
from ..domain import PlanDocument
from ..errors import CchcError
from ..i18n import fmt
from ..services.plans import write_document_json
from ..text import fold

if TYPE_CHECKING:
    from .dialogs.import_annex import ImportChoice
    from .main_window import MainWindow


def suggested_file_name(title: str, suffix: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60] or "ke-hoach"
    return f"{slug}{suffix}"


class PlanFileActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def import_json_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Nhập kế hoạch"),
            str(Path.home()),
            self.tr("Kế hoạch CCHC (*.json);;Mọi tệp (*)"),
        )
        if path:
            self.import_json(Path(path))

    def import_json(self, path: Path, as_copy: bool = False) -> None:
        self.window.tasks.run(
            fmt(self.tr("Đang đọc {name}…"), name=path.name),
            lambda _job: self.window.ws.plans.read_json(path),
            lambda doc: self._add_imported_plan(doc, as_copy),
            self.window.show_error,
        )

    def _add_imported_plan(self, doc: PlanDocument, as_copy: bool) -> None:
        try:
            result = self.window.ws.plans.import_document(doc, as_copy=as_copy)
        except CchcError as error:
            if error.code == "plan.uuid_exists" and not as_copy:
                answer = QMessageBox.question(
                    self,
                    APP_NAME,
                    error.message + "\n\n" + self.tr("Nhập thành bản sao (mã định danh mới)?"),
                )
                if answer == QMessageBox.Yes:
                    self._add_imported_plan(doc, True)
                return
            self.window.show_error(error)
            return
        assert result.applied is not None
        self.window.record(result.applied)
        self.window.status(fmt(self.tr("Đã nhập {counts}."), counts=result.counts.message()))

    def import_annex_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Nhập phụ lục nhiệm vụ"),
            str(Path.home()),
            self.tr("Excel, Word hoặc văn bản tách Tab (*.xlsx *.docx *.tsv *.txt);;Mọi tệp (*)"),
        )
        if path:
            self.import_annex(Path(path))

    def import_annex(self, path: Path) -> None:
        from ..services.imports import analyse_tables, read_tables  # loaded on first use: keeps start-up fast

        directory = self.window.ws.imports.directory()

        def read_and_analyse(_job):
            tables = read_tables(path)
            return tables, analyse_tables(tables, directory)

        self.window.tasks.run(
            fmt(self.tr("Đang đọc {name}…"), name=path.name),
            read_and_analyse,
            lambda result: self.open_import_preview(*result, source_name=path.name),
            self.window.show_error,
        )

    def paste_annex(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.show_error(
                self.tr(
                    "Bộ nhớ tạm không có bảng nào. Hãy chọn bảng phụ lục trong Excel, nhấn Ctrl+C "
                    "rồi thử lại."
                )
            )
            return
        from ..services.imports import analyse_tables, read_pasted  # loaded on first use: keeps start-up fast

        directory = self.window.ws.imports.directory()
        source_name = self.tr("bảng dán từ bộ nhớ tạm")

        def read_and_analyse(_job):
            tables = read_pasted(text, source_name)
            return tables, analyse_tables(tables, directory)

        self.window.tasks.run(
            self.tr("Đang đọc bảng dán…"),
            read_and_analyse,
            lambda result: self.open_import_preview(*result, source_name=source_name),
            self.window.show_error,
        )

    def open_import_preview(self, tables, preview, source_name: str) -> None:
        from .dialogs.import_annex import ImportAnnexDialog  # loaded on first use: keeps start-up fast

        dialog = ImportAnnexDialog(
            tables,
            preview,
            self.window.ws.plans.all(),
            self.window.ws.imports.directory(),
            source_name,
            self.window.current_plan.id if self.window.current_plan else None,
            self.window,
        )
        try:
            # A failed write (full disk, read-only folder) brings the same preview back to retry.
            while dialog.exec() == QDialog.Accepted:
                if self.apply_import(dialog.choice()):
                    break
        finally:
            dialog.deleteLater()

    def apply_import(self, choice: ImportChoice) -> bool:
        """Write the confirmed import in one transaction, as one undoable action."""
        try:
            result = self.window.ws.imports.apply(
                choice.preview,
                plan_id=choice.plan_id,
                new_title=choice.new_plan_title if choice.plan_id is None else None,
            )
        except CchcError as error:
            self.window.show_error(error)
            return False
        self.window.record(result.applied)
        self.window.plans_page.select_plan(result.plan_uuid)
        self.window.status(fmt(self.tr("Đã nhập {counts}."), counts=result.counts.tasks_message()))
        return True

    # --- exporting and other actions ----------------------------------------------------------

    def export_json_dialog(self) -> None:
        if self.window.current_plan is None:
            return
        default = Path.home() / suggested_file_name(self.window.current_plan.plan.title, ".json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất kế hoạch"), str(default), self.tr("Kế hoạch CCHC (*.json)")
        )
        if path:
            self.export_json(Path(path))

    def export_json(self, path: Path) -> None:
        doc = self.window.current_plan
        if doc is None:
            return
        self.window.tasks.run(
            fmt(self.tr("Đang ghi {name}…"), name=path.name),
            lambda _job: write_document_json(doc, path),
            lambda _result: self.window.status(fmt(self.tr("Đã xuất kế hoạch ra {path}"), path=path)),
            self.window.show_error,
        )

    def delete_plan_dialog(self) -> None:
        doc = self.window.current_plan
        if doc is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Xóa kế hoạch"),
            fmt(
                self.tr(
                    "Chuyển kế hoạch «{title}» cùng toàn bộ phụ lục vào thùng rác?\n(Hoàn tác bằng Ctrl+Z, hoặc khôi phục "
                    "từ Thùng rác.)"
                ),
                title=doc.plan.title,
            ),
        )
        if answer == QMessageBox.Yes:
            self.delete_current_plan()

    def delete_current_plan(self) -> None:
        doc = self.window.current_plan
        if doc is None or doc.id is None:
            return
        try:
            self.window.record(self.window.ws.plans.move_to_trash(doc.id))
        except CchcError as error:
            self.window.show_error(error)
