"""The main window: navigation between work areas, the plan list and the selected plan's annex."""

from __future__ import annotations

import html
import re
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QDialog, QFileDialog, QHeaderView, QInputDialog, QLabel, QListWidget, QMainWindow,
                               QMessageBox, QSplitter, QStackedWidget, QTableView, QTreeView)

from .. import APP_NAME, __version__, datadir
from ..annex_import import analyse, load_tables, load_tables_from_text
from ..domain import PlanCounts, PlanDocument
from ..errors import CchcError
from ..interchange import read_plan_file, write_plan_file
from ..store import Store
from ..text import fold
from .annex_model import AnnexTreeModel
from .background import BackgroundRunner
from .backup_panel import BackupPanel
from .change_log_dialog import ChangeLogDialog
from .commands import AddPlanCommand, AppendAnnexCommand, DeletePlanCommand
from .forms import load_form
from .import_annex_dialog import ImportAnnexDialog, ImportChoice
from .plan_list_model import PlanListModel
from .wrapping_delegate import configure_annex_tree

AREA_PLANS, AREA_TASKS, AREA_SCORING, AREA_REPORTS, AREA_BACKUP = range(5)


def suggested_file_name(title: str, suffix: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60] or "ke-hoach"
    return f"{slug}{suffix}"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, data_dir: Path):
        super().__init__()
        self.store = store
        self.data_dir = data_dir
        self.undo_stack = QUndoStack(self)
        self.background = BackgroundRunner(self)
        self.current_plan: PlanDocument | None = None

        self.setWindowTitle(self.tr("CCHC Desktop – Kế hoạch và Chỉ số cải cách hành chính"))
        self.resize(1500, 860)
        self.content = load_form("main_window.ui")
        self.setCentralWidget(self.content)
        self.nav: QListWidget = self.content.findChild(QListWidget, "navList")
        self.pages: QStackedWidget = self.content.findChild(QStackedWidget, "pages")
        self.plan_table: QTableView = self.content.findChild(QTableView, "planTable")
        self.annex_tree: QTreeView = self.content.findChild(QTreeView, "annexTree")
        self.plan_header: QLabel = self.content.findChild(QLabel, "planHeader")
        self.backup_info: QLabel = self.content.findChild(QLabel, "backupInfo")
        splitter: QSplitter = self.content.findChild(QSplitter, "plansSplitter")
        splitter.setSizes([120, 740])

        self._setup_navigation()
        self._setup_plan_list()
        self._setup_annex()
        self._setup_menus()
        self._setup_status_bar()
        self.backup_panel = BackupPanel(self.pages.widget(AREA_BACKUP), store, data_dir,
                                        self.background, self._after_restore, self.show_error)
        self.plans_changed(None)

    # --- set-up --------------------------------------------------------------------------

    def _setup_navigation(self) -> None:
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(AREA_PLANS)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; padding-top: 8px; }"
                               "QListWidget::item { padding: 8px 12px; }")

    def _setup_plan_list(self) -> None:
        self.plan_model = PlanListModel(self)
        self.plan_table.setModel(self.plan_model)
        header = self.plan_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((170, 130, 620, 70, 80, 60)):
            self.plan_table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.plan_table.verticalHeader().setVisible(False)
        self.plan_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_plan_at(current.row()))

    def _setup_annex(self) -> None:
        self.annex_model = AnnexTreeModel(self)
        configure_annex_tree(self.annex_tree, self.annex_model)

    def _setup_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.action_import_json = self._action(self.tr("&Nhập kế hoạch từ tệp JSON…"),
                                               self.import_json_dialog, QKeySequence.Open)
        self.action_export_json = self._action(self.tr("&Xuất kế hoạch đang chọn ra JSON…"),
                                               self.export_json_dialog, QKeySequence("Ctrl+E"))
        self.action_import_annex = self._action(self.tr("Nhập &phụ lục từ Excel/Word…"),
                                                self.import_annex_dialog, QKeySequence("Ctrl+I"))
        self.action_paste_annex = self._action(self.tr("&Dán phụ lục từ bộ nhớ tạm (Excel)…"),
                                               self.paste_annex, QKeySequence("Ctrl+Shift+V"))
        file_menu.addAction(self.action_import_annex)
        file_menu.addAction(self.action_paste_annex)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import_json)
        file_menu.addAction(self.action_export_json)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Tên &người dùng (ghi vào nhật ký)…"),
                                         self.user_name_dialog))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("T&hoát"), self.close, QKeySequence.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Hoàn tác"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Làm lại"))
        redo.setShortcut(QKeySequence.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.action_delete_plan = self._action(self.tr("&Xóa kế hoạch đang chọn…"),
                                               self.delete_plan_dialog)
        edit_menu.addAction(self.action_delete_plan)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Nhật ký thay đổi…"), self.show_change_log,
                                         QKeySequence("Ctrl+L")))

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(self._action(self.tr("&Giới thiệu"), self.show_about))

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _setup_status_bar(self) -> None:
        self.db_label = QLabel(self.tr("Cơ sở dữ liệu: %1").replace("%1", str(self.store.path)))
        self.db_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self.backup_info.setText(self.tr(
            "Dữ liệu được lưu tại: %1\nThư mục sao lưu: %2\n"
            "Chương trình tự sao lưu mỗi 5 phút khi có thay đổi và khi đóng cửa sổ, giữ bản mới nhất "
            "theo ngày, tuần, tháng. Mỗi bản sao đều được kiểm tra toàn vẹn ngay sau khi ghi.")
            .replace("%1", str(self.store.path)).replace("%2", str(datadir.backup_dir(self.data_dir))))

    # --- showing plans -------------------------------------------------------------------

    def plans_changed(self, select_plan_id: int | None) -> None:
        """Reload the plan list and select ``select_plan_id`` (or keep / take the first)."""
        keep = select_plan_id
        if keep is None and self.current_plan is not None:
            keep = self.current_plan.id
        self.plan_model.set_plans(self.store.list_plans())
        row = self.plan_model.row_of(keep) if keep is not None else -1
        if row < 0 and self.plan_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.current_plan = None  # the plan's content may have changed: always reload it
            self.plan_table.selectRow(row)
            self._show_plan_at(row)
        else:
            self._show_plan(None)

    def _show_plan_at(self, row: int) -> None:
        summary = self.plan_model.plan_at(row)
        if summary is None:
            self._show_plan(None)
            return
        if self.current_plan is not None and self.current_plan.id == summary.id:
            return
        try:
            self._show_plan(self.store.load_plan(summary.id))
        except CchcError as error:
            self.show_error(error.message)

    def _show_plan(self, doc: PlanDocument | None) -> None:
        self.current_plan = doc
        self.annex_model.set_document(doc)
        self.action_export_json.setEnabled(doc is not None)
        self.action_delete_plan.setEnabled(doc is not None)
        if doc is None:
            self.plan_header.setText(self.tr(
                "Chưa có kế hoạch nào. Dùng menu Tệp → Nhập kế hoạch để bắt đầu."))
            return
        plan = doc.plan
        counts = doc.counts()
        facts = [plan.period.label()]
        if plan.reference():
            facts.append(self.tr("Số: %1").replace("%1", plan.reference()))
        if plan.issued_date:
            facts.append(self.tr("ngày %1").replace("%1", plan.issued_date.strftime("%d/%m/%Y")))
        if plan.signer.name:
            facts.append(self.tr("Người ký: %1").replace("%1", plan.signer.name))
        facts.append(self.tr("%1 lĩnh vực, %2 nhiệm vụ, %3 dòng")
                     .replace("%1", str(counts.sections)).replace("%2", str(counts.items))
                     .replace("%3", str(counts.rows)))
        self.plan_header.setText(
            f"<b style='font-size:12pt'>{html.escape(plan.title)}</b><br>"
            f"{html.escape(' · '.join(facts))}")

    # --- actions -------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def import_json_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập kế hoạch"), str(Path.home()),
            self.tr("Kế hoạch CCHC (*.json);;Mọi tệp (*)"))
        if path:
            self.import_json(Path(path))

    def import_json(self, path: Path) -> None:
        self.background.run(self.tr("Đang đọc %1…").replace("%1", path.name),
                            lambda: read_plan_file(path), self._add_imported_plan, self.show_error)

    def _add_imported_plan(self, doc: PlanDocument) -> None:
        try:
            plan_id = self.store.insert_plan(doc)
        except CchcError as error:
            self.show_error(error.message)
            return
        self._after_import(AddPlanCommand(self.store, doc, plan_id, self), plan_id, doc.counts())

    def _after_import(self, command, plan_id: int, counts: PlanCounts) -> None:
        self.undo_stack.push(command)
        self.plans_changed(plan_id)
        self.statusBar().showMessage(
            self.tr("Đã nhập %1 nhiệm vụ, %2 dòng.").replace("%1", str(counts.items))
            .replace("%2", str(counts.rows)), 8000)

    # --- annex import (Excel, Word, clipboard) --------------------------------------------

    def import_annex_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập phụ lục nhiệm vụ"), str(Path.home()),
            self.tr("Excel hoặc Word (*.xlsx *.docx);;Văn bản tách bằng Tab (*.tsv *.txt);;Mọi tệp (*)"))
        if path:
            self.import_annex(Path(path))

    def import_annex(self, path: Path) -> None:
        units = self.store.list_units()

        def read_and_analyse():
            tables = load_tables(path)
            return tables, analyse(tables, unit_directory=units)

        self.background.run(self.tr("Đang đọc %1…").replace("%1", path.name), read_and_analyse,
                            lambda result: self.open_import_preview(*result, source_name=path.name),
                            self.show_error)

    def paste_annex(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error(self.tr("Bộ nhớ tạm không có bảng nào. Hãy chọn bảng phụ lục trong Excel, "
                                    "nhấn Ctrl+C rồi thử lại."))
            return
        units = self.store.list_units()

        source_name = self.tr("bảng dán từ bộ nhớ tạm")

        def read_and_analyse():
            tables = load_tables_from_text(text, source_name)
            return tables, analyse(tables, unit_directory=units)

        self.background.run(self.tr("Đang đọc bảng dán…"), read_and_analyse,
                            lambda result: self.open_import_preview(*result, source_name=source_name),
                            self.show_error)

    def open_import_preview(self, tables, preview, source_name: str) -> None:
        dialog = ImportAnnexDialog(tables, preview, self.store.list_plans(), self.store.list_units(),
                                   source_name, self.current_plan.id if self.current_plan else None, self)
        try:
            # A failed write (full disk, read-only folder) brings the same preview back to retry.
            while dialog.exec() == QDialog.Accepted:
                if self.apply_import(dialog.choice()):
                    break
        finally:
            dialog.deleteLater()

    def apply_import(self, choice: ImportChoice) -> bool:
        """Write the confirmed import in one transaction, as one undoable action."""
        preview = choice.preview
        try:
            if choice.plan_id is None:
                doc = preview.to_plan_document(choice.new_plan_title)
                plan_id = self.store.insert_plan(doc)
                command = AddPlanCommand(self.store, doc, plan_id, self)
            else:
                plan_id = choice.plan_id
                units = preview.plan_units()
                added = self.store.append_annex(plan_id, preview.sections, units)
                command = AppendAnnexCommand(self.store, preview.sections, units, added,
                                             self.store.plan_title(plan_id), self)
        except CchcError as error:
            self.show_error(error.message)
            return False
        self._after_import(command, plan_id,
                           PlanCounts(len(preview.counts), preview.total_items, preview.total_rows))
        return True

    def export_json_dialog(self) -> None:
        if self.current_plan is None:
            return
        default = Path.home() / suggested_file_name(self.current_plan.plan.title, ".json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất kế hoạch"), str(default),
                                              self.tr("Kế hoạch CCHC (*.json)"))
        if path:
            self.export_json(Path(path))

    def export_json(self, path: Path) -> None:
        doc = self.current_plan
        if doc is None:
            return
        self.background.run(
            self.tr("Đang ghi %1…").replace("%1", path.name), lambda: write_plan_file(doc, path),
            lambda _result: self.statusBar().showMessage(
                self.tr("Đã xuất kế hoạch ra %1").replace("%1", str(path)), 8000),
            self.show_error)

    def delete_plan_dialog(self) -> None:
        doc = self.current_plan
        if doc is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa kế hoạch"),
            self.tr("Xóa kế hoạch «%1» cùng toàn bộ phụ lục?\n(Có thể hoàn tác bằng Ctrl+Z.)")
            .replace("%1", doc.plan.title))
        if answer == QMessageBox.Yes:
            self.delete_current_plan()

    def delete_current_plan(self) -> None:
        doc = self.current_plan
        if doc is None or doc.id is None:
            return
        try:
            self.store.delete_plan(doc.id)
        except CchcError as error:
            self.show_error(error.message)
            return
        self.current_plan = None
        self.undo_stack.push(DeletePlanCommand(self.store, doc, doc.id, self))
        self.plans_changed(None)

    def show_change_log(self) -> ChangeLogDialog:
        dialog = ChangeLogDialog(self.store, self.current_plan.id if self.current_plan else None, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def user_name_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Tên người dùng"),
            self.tr("Tên ghi vào nhật ký thay đổi (ví dụ: Nguyễn Thị Hoa – Phòng VHXH):"),
            text=self.store.user_name)
        if ok and name.strip():
            try:
                self.store.set_user_name(name)
            except CchcError as error:
                self.show_error(error.message)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "<b>CCHC Desktop %1</b><br>Lập kế hoạch, theo dõi nhiệm vụ và tự chấm điểm Chỉ số "
            "cải cách hành chính cấp xã. Làm việc hoàn toàn không cần mạng.").replace("%1", __version__))

    def _after_restore(self) -> None:
        # The undo history speaks of plans as they were before the restore: it no longer applies.
        self.undo_stack.clear()
        self.current_plan = None
        self.plans_changed(None)
        self.statusBar().showMessage(self.tr("Đã khôi phục dữ liệu từ bản sao lưu."), 8000)

    def bring_to_front(self) -> None:
        """Another start of the program on the same data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:
        # An exception escaping a Qt virtual such as closeEvent crashes PySide6 6.11 outright.
        try:
            self.background.wait()
            self.backup_panel.back_up_on_close()
        except Exception:  # noqa: BLE001 - closing must go on whatever failed
            traceback.print_exc()
        super().closeEvent(event)
