"""The main window, a shell: navigation between the work areas (each its own page class), the
menus, the status bar, the undo history, and the routing of change notices to the pages that
show what changed."""

from __future__ import annotations

import importlib
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..domain import PlanDocument, PlanSummary
from ..errors import CchcError
from ..i18n import Message, fmt
from ..services.workspace import Workspace
from ..text import fold
from .auto_backup import AutoBackup
from .forms.ui_main_window import Ui_MainContent
from .pages.base import Page
from .pages.plans import PlansPage
from .plan_actions import PlanActions
from .plan_files import PlanFileActions
from .screen import restore_geometry, save_geometry
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..domain.edits import Changed
    from ..services.edits import Applied
    from .dialogs.change_log import ChangeLogDialog
    from .pages.backups import BackupPage


def suggested_file_name(title: str, suffix: str) -> str:
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60] or "ke-hoach"
    return f"{slug}{suffix}"


# The work areas in navigation order: (module in pages/, class, its title as the page gives it).
# Only the first, shown at start, is built with the window; the others, and the modules they
# import (reports, scoring, exporters…), on their first visit: keeps start-up fast. The titles
# are the pages' own (same context and text as their ``title()``), for the navigation list.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("plans", "PlansPage", "Kế hoạch"),
    ("tasks", "TasksPage", "Nhiệm vụ"),
    ("scoring", "ScoringPage", "Chấm điểm"),
    ("reports", "ReportsPage", "Báo cáo & gói nộp"),
    ("units", "UnitsPage", "Đơn vị"),
    ("trash", "TrashPage", "Thùng rác"),
    ("backups", "BackupPage", "Sao lưu"),
)
# Pages that arrive with a later version: a placeholder stands in when their module is absent.
_OPTIONAL_PAGES = frozenset({"tasks", "scoring", "reports"})


def _page_title(row: int) -> str:
    _module, name, title = PAGES[row]
    return QCoreApplication.translate(name, title)


def _page_class(module: str, name: str) -> type[Page] | None:
    """The page class (its module imported now if it was not yet); None for a page of a later
    version whose module is absent."""
    try:
        return getattr(importlib.import_module(f"{__package__}.pages.{module}"), name)
    except ModuleNotFoundError as error:
        if module not in _OPTIONAL_PAGES or error.name != f"{__package__}.pages.{module}":
            raise
    return None


def _page_factory(module: str, name: str) -> Callable[[MainWindow], Page]:
    found = _page_class(module, name)
    if found is not None:
        return found
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

    def placeholder(window: MainWindow) -> Page:
        from .pages.placeholder import PlaceholderPage

        return PlaceholderPage(window, title, text)

    return placeholder


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
        # Automatic backups (every few minutes after a change, and on close) need no page.
        self.auto_backup = AutoBackup(self)
        # One slot per work area: the page once built, None until its first visit (the stack
        # holds an empty stand-in meanwhile).
        self._built: list[Page | None] = [None] * len(PAGES)
        for row in range(len(PAGES)):
            self.stack.addWidget(QWidget())
            self.nav.addItem(_page_title(row))
        self.built_page(0)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        self._setup_status_bar()
        if self.ws.packages_waiting():
            # The reminder of packages waiting to be sent lives on the reports page: built just
            # after the window has shown.
            QTimer.singleShot(0, self, lambda: self.page_named("ReportsPage"))

    # --- pages ---------------------------------------------------------------------------------

    def built_page(self, row: int) -> Page:
        """The page of navigation row ``row``, built now if it was not yet."""
        page = self._built[row]
        if page is None:
            module, name, _title = PAGES[row]
            page = _page_factory(module, name)(self)
            self._built[row] = page
            stand_in = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if current == row:
                self.stack.setCurrentIndex(row)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every work area in navigation order, each built if it was not yet (the self-test,
        tests, screenshots). The window itself only builds the ones visited."""
        return [self.built_page(row) for row in range(len(PAGES))]

    def built_pages(self) -> list[Page]:
        """The pages built so far (the others show what is current when they are built)."""
        return [page for page in self._built if page is not None]

    def page(self, kind: type) -> Page | None:
        """The page of that class (or a subclass), built if it was not yet."""
        for page in self.built_pages():
            if isinstance(page, kind):
                return page
        # The pages whose modules are loaded first (whoever holds ``kind`` has loaded its
        # module): the others are imported only when none of those is ``kind``.
        rows = [row for row in range(len(PAGES)) if self._built[row] is None]
        rows.sort(key=lambda row: f"{__package__}.pages.{PAGES[row][0]}" not in sys.modules)
        for row in rows:
            found = _page_class(*PAGES[row][:2])
            if found is not None and issubclass(found, kind):
                return self.built_page(row)
        return None

    def page_named(self, name: str) -> Page:
        """The page whose class is ``name`` (PAGES), built if it was not yet."""
        row = next(row for row, (_module, page, _title) in enumerate(PAGES) if page == name)
        return self.built_page(row)

    def show_page(self, page: Page) -> None:
        """Make ``page`` (a built one) the visible work area."""
        self.nav.setCurrentRow(self._built.index(page))

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            page = self.built_page(row)
            self.stack.setCurrentIndex(row)
            page.on_shown()

    @property
    def plans_page(self) -> PlansPage:
        page = self.built_page(0)
        assert isinstance(page, PlansPage)
        return page

    @property
    def backup_page(self) -> BackupPage:
        page = self.page_named("BackupPage")
        from .pages.backups import BackupPage

        assert isinstance(page, BackupPage)
        return page

    # --- the window's services to its pages ---------------------------------------------------

    def notify(self, changed: Changed) -> None:
        """Tell each page about the change, if it shows that kind of thing (a page not built
        yet shows the data as it is when it is built)."""
        for page in self.built_pages():
            if page.KINDS & changed.kinds:
                page.on_changed(changed)
        self._update_actions()

    def record(self, applied: Applied) -> None:
        """An action the services carried out: into the undo history, then to the pages."""
        from .undo import push_applied  # loaded on first use: keeps start-up fast

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
        page = self._built[0]
        return page.current_document() if isinstance(page, PlansPage) else None

    def after_restore(self) -> None:
        # The undo history speaks of the data as it was before the restore: it no longer applies.
        from ..domain.edits import Changed  # loaded on first use: keeps start-up fast

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
        from .dialogs.change_log import ChangeLogDialog  # loaded on first use: keeps start-up fast

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
            self.auto_backup.back_up_on_close()
        except Exception:
            traceback.print_exc()
        super().closeEvent(event)
