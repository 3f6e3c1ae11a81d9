"""The main window, a shell: navigation between the work areas (each its own page class), the
menus, the status bar, the undo history, and the routing of change notices to the pages that
show what changed."""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..domain import PlanDocument, PlanSummary
from ..domain.edits import Changed
from ..errors import CchcError
from ..i18n import Message, fmt
from ..services.edits import Applied
from ..services.workspace import Workspace
from ..text import fold
from .dialogs.change_log import ChangeLogDialog
from .forms.ui_main_window import Ui_MainContent
from .pages.backups import BackupPage
from .pages.base import Page
from .pages.placeholder import PlaceholderPage
from .pages.plans import PlansPage
from .pages.trash import TrashPage
from .pages.units import UnitsPage
from .plan_actions import PlanActions
from .plan_files import PlanFileActions
from .screen import restore_geometry, save_geometry
from .tasks import TaskRunner
from .undo import push_applied


def suggested_file_name(title: str, suffix: str) -> str:
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60] or "ke-hoach"
    return f"{slug}{suffix}"


def _page_factories() -> list[Callable[[MainWindow], Page]]:
    """The work areas in navigation order. Later features replace a placeholder here."""
    factories: list[Callable[[MainWindow], Page]] = [PlansPage]
    for module, name in (("tasks", "TasksPage"), ("scoring", "ScoringPage"), ("reports", "ReportsPage")):
        factories.append(_optional_page(module, name))
    factories += [UnitsPage, TrashPage, BackupPage]
    return factories


def _optional_page(module: str, name: str) -> Callable[[MainWindow], Page]:
    import importlib

    try:
        return getattr(importlib.import_module(f"{__package__}.pages.{module}"), name)
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.pages.{module}":
            raise
    texts = {
        "tasks": (
            QGuiApplication.translate("Navigation", "Nhiệm vụ"),
            QGuiApplication.translate("Navigation", "Theo dõi tiến độ từng nhiệm vụ sẽ có ở phiên bản sau."),
        ),
        "scoring": (
            QGuiApplication.translate("Navigation", "Chấm điểm"),
            QGuiApplication.translate(
                "Navigation", "Tự đánh giá, chấm điểm Chỉ số CCHC sẽ có ở phiên bản sau."
            ),
        ),
        "reports": (
            QGuiApplication.translate("Navigation", "Báo cáo & gói nộp"),
            QGuiApplication.translate(
                "Navigation", "Báo cáo, bảng nhiệm vụ in PDF, Excel và gói nộp sẽ có ở phiên bản sau."
            ),
        ),
    }
    title, text = texts[module]
    return lambda window: PlaceholderPage(window, title, text)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.ws = workspace
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self.current_summary: PlanSummary | None = None
        self.setWindowTitle(self.tr("CCHC Desktop – Kế hoạch và Chỉ số cải cách hành chính"))
        restore_geometry(self, "main", 1400, 860)
        self.content = Ui_MainContent()
        central = QWidget(self)
        self.content.setupUi(central)
        self.setCentralWidget(central)
        self.nav, self.stack = self.content.navList, self.content.pages
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; padding-top: 8px; }QListWidget::item { padding: 8px 12px; }"
        )
        self.files = PlanFileActions(self)
        self.plan_actions = PlanActions(self)
        self._setup_menus()
        self.pages: list[Page] = []
        for factory in _page_factories():
            self.add_page(factory(self))
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        self._setup_status_bar()

    # --- pages ---------------------------------------------------------------------------------

    def add_page(self, page: Page) -> None:
        self.pages.append(page)
        self.stack.addWidget(page)
        self.nav.addItem(page.title())

    def page(self, kind: type) -> Page | None:
        return next((p for p in self.pages if isinstance(p, kind)), None)

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if 0 <= row < len(self.pages):
            self.pages[row].on_shown()

    @property
    def plans_page(self) -> PlansPage:
        page = self.page(PlansPage)
        assert isinstance(page, PlansPage)
        return page

    @property
    def backup_page(self) -> BackupPage:
        page = self.page(BackupPage)
        assert isinstance(page, BackupPage)
        return page

    # --- the window's services to its pages ---------------------------------------------------

    def notify(self, changed: Changed) -> None:
        """Tell each page about the change, if it shows that kind of thing."""
        for page in self.pages:
            if page.KINDS & changed.kinds:
                page.on_changed(changed)
        self._update_actions()

    def record(self, applied: Applied) -> None:
        """An action the services carried out: into the undo history, then to the pages."""
        push_applied(self.undo_stack, self.ws, applied, self.notify, self.show_error)

    def show_error(self, error: CchcError | Message | str) -> None:
        text = error.message if isinstance(error, CchcError) else str(error)
        QMessageBox.warning(self, APP_NAME, text)

    def status(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    def current_plan_changed(self, summary: PlanSummary | None) -> None:
        self.current_summary = summary
        self._update_actions()

    @property
    def current_plan(self) -> PlanDocument | None:
        """The plan selected on the Kế hoạch page, read whole only when asked for (a register of
        10,000 rows is not loaded twice per edit)."""
        page = self.page(PlansPage)
        return page.current_document() if isinstance(page, PlansPage) else None

    def after_restore(self) -> None:
        # The undo history speaks of the data as it was before the restore: it no longer applies.
        self.undo_stack.clear()
        self.notify(
            Changed(
                frozenset(
                    {
                        "plans",
                        "annex",
                        "progress",
                        "units",
                        "targets",
                        "evidence",
                        "scores",
                        "criteria",
                        "backups",
                        "outbox",
                        "settings",
                    }
                )
            )
        )
        self.status(self.tr("Đã khôi phục dữ liệu từ bản sao lưu."))

    # --- menus ---------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts(list(shortcut))
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _setup_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        plans = self.plan_actions
        self.action_new_plan = self._action(
            self.tr("Kế hoạch &mới…"), plans.new_plan_dialog, QKeySequence.New
        )
        self.action_plan_form = self._action(self.tr("&Thông tin kế hoạch…"), plans.plan_form_dialog)
        self.action_duplicate_plan = self._action(self.tr("Nhân &bản cho kỳ sau"), plans.duplicate_plan)
        for action in (self.action_new_plan, self.action_plan_form, self.action_duplicate_plan, None):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.action_import_annex = self._action(
            self.tr("Nhập &phụ lục từ Excel/Word…"), self.files.import_annex_dialog, QKeySequence("Ctrl+I")
        )
        self.action_paste_annex = self._action(
            self.tr("&Dán phụ lục từ bộ nhớ tạm (Excel)…"),
            self.files.paste_annex,
            QKeySequence("Ctrl+Shift+V"),
        )
        self.action_import_json = self._action(
            self.tr("&Nhập kế hoạch từ tệp JSON…"), self.files.import_json_dialog, QKeySequence.Open
        )
        self.action_export_json = self._action(
            self.tr("&Xuất kế hoạch đang chọn ra JSON…"),
            self.files.export_json_dialog,
            QKeySequence("Ctrl+E"),
        )
        for action in (
            self.action_import_annex,
            self.action_paste_annex,
            None,
            self.action_import_json,
            self.action_export_json,
            None,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.file_menu = file_menu
        self.action_user_name = self._action(
            self.tr("Tên &người dùng (ghi vào nhật ký)…"), self.user_name_dialog
        )
        file_menu.addAction(self.action_user_name)
        self.action_settings = self._action(self.tr("&Cài đặt…"), plans.settings_dialog)
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("T&hoát"), self.close, QKeySequence.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Hoàn tác"))
        self.action_undo.setShortcuts([QKeySequence.Undo])
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Làm lại"))
        # Ctrl+Y as Word and Excel have it, and Ctrl+Shift+Z as elsewhere.
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        self.action_delete_plan = self._action(
            self.tr("&Xóa kế hoạch đang chọn (vào thùng rác)…"), self.files.delete_plan_dialog
        )
        edit_menu.addAction(self.action_delete_plan)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(self.tr("&Nhật ký thay đổi…"), self.show_change_log, QKeySequence("Ctrl+L"))
        )
        self.edit_menu = edit_menu
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(self._action(self.tr("&Giới thiệu"), self.show_about))

    def _update_actions(self) -> None:
        has_plan = self.current_summary is not None
        writable = not self.ws.read_only
        self.action_export_json.setEnabled(has_plan)
        self.action_delete_plan.setEnabled(has_plan and writable)
        self.action_plan_form.setEnabled(has_plan and writable)
        self.action_duplicate_plan.setEnabled(has_plan and writable)
        for action in (
            self.action_import_annex,
            self.action_paste_annex,
            self.action_import_json,
            self.action_user_name,
            self.action_new_plan,
            self.action_settings,
        ):
            action.setEnabled(writable)

    def _setup_status_bar(self) -> None:
        label = QLabel(fmt(self.tr("Cơ sở dữ liệu: {path}"), path=self.ws.db.path))
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(label)
        if self.ws.read_only:
            self.statusBar().addPermanentWidget(QLabel(self.tr("CHỈ ĐỌC")))
        self._update_actions()

    def show_change_log(self) -> ChangeLogDialog:
        dialog = ChangeLogDialog(self.ws, self.current_summary.id if self.current_summary else None, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def user_name_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Tên người dùng"),
            self.tr("Tên ghi vào nhật ký thay đổi (ví dụ: Nguyễn Thị Hoa – Phòng VHXH):"),
            text=self.ws.settings.user_name,
        )
        if ok and name.strip():
            try:
                self.ws.settings.set_user_name(name)
            except CchcError as error:
                self.show_error(error)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            fmt(
                self.tr(
                    "<b>CCHC Desktop {version}</b><br>Lập kế hoạch, theo dõi nhiệm vụ và tự chấm điểm Chỉ số cải cách hành "
                    "chính cấp xã. Làm việc hoàn toàn không cần mạng."
                ),
                version=__version__,
            ),
        )

    def bring_to_front(self) -> None:
        """Another start of the program on the same data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:
        # An exception escaping a Qt virtual such as closeEvent crashes PySide6 outright.
        try:
            self.tasks.wait()
            save_geometry(self, "main")
            self.backup_page.back_up_on_close()
        except Exception:
            traceback.print_exc()
        super().closeEvent(event)
