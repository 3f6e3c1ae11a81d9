"""The "Sao lưu" work area: the backup list, back up now (here or to a USB stick), restore,
and automatic backups every few minutes while something changed and when the window closes."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QTableView, QWidget

from .. import backup, datadir
from ..errors import CchcError
from ..store import Store
from .background import BackgroundRunner
from .list_table_model import ListTableModel

AUTO_BACKUP_INTERVAL_MS = 5 * 60 * 1000


class BackupListModel(ListTableModel[backup.BackupInfo]):
    COLUMN_TITLES = ("Thời điểm", "Loại", "Dung lượng", "Nội dung")

    def set_backups(self, backups: list[backup.BackupInfo]) -> None:
        self.set_items(backups)

    def backup_at(self, row: int) -> backup.BackupInfo | None:
        return self.item_at(row)

    def item_data(self, info: backup.BackupInfo, column: int, role: int):
        if role == Qt.DisplayRole:
            return (info.created.strftime("%d/%m/%Y %H:%M:%S"), info.kind_label,
                    f"{info.size / 1024:,.0f} KB".replace(",", "."), info.describe())[column]
        if role == Qt.ToolTipRole:
            return str(info.path)
        if role == Qt.ForegroundRole and not info.ok:
            return QColor("#b00020")
        return None


def _backup_file(db_path: Path, folder: Path, kind: str) -> Path:
    """Back up through a connection of the worker's own (sqlite3 connections stay in one thread)."""
    conn = sqlite3.connect(str(db_path))
    try:
        made = backup.create_backup(conn, folder, kind)
    finally:
        conn.close()
    if kind == "auto":
        backup.prune_backups(folder)
    return made


class BackupPanel(QObject):
    def __init__(self, page: QWidget, store: Store, data_dir: Path, runner: BackgroundRunner,
                 after_restore: Callable[[], None], show_error: Callable[[str], None]):
        super().__init__(page)
        self.page, self.store, self.runner = page, store, runner
        self.folder = datadir.backup_dir(data_dir)
        self._after_restore = after_restore
        self._show_error = show_error
        self._changes_at_last_backup = store.conn.total_changes

        self.model = BackupListModel(self)
        self.table: QTableView = page.findChild(QTableView, "backupTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        for column, width in enumerate((160, 170, 100)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        # An empty list alone looks like a fault: say when the first copy will be made.
        self.empty_hint = QLabel(self.tr(
            "Chưa có bản sao lưu nào. Bản đầu tiên được tạo trong vòng %1 phút sau lần thay đổi đầu "
            "tiên, khi đóng cửa sổ, hoặc ngay khi bấm «Sao lưu ngay».")
            .replace("%1", str(AUTO_BACKUP_INTERVAL_MS // 60_000)), page)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555; font-style: italic;")
        page.layout().insertWidget(page.layout().indexOf(self.table), self.empty_hint)
        page.findChild(QPushButton, "backupNowButton").clicked.connect(self.back_up_now)
        page.findChild(QPushButton, "backupToButton").clicked.connect(self.back_up_to_dialog)
        page.findChild(QPushButton, "restoreButton").clicked.connect(self.restore_selected_dialog)
        page.findChild(QPushButton, "restoreFromFileButton").clicked.connect(self.restore_from_file_dialog)

        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.auto_backup_if_changed)
        self.timer.start()
        self.refresh()

    # --- list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        backups = backup.list_backups(self.folder)
        self.model.set_backups(backups)
        self.empty_hint.setVisible(not backups)

    def changed_since_backup(self) -> bool:
        return self.store.conn.total_changes != self._changes_at_last_backup

    # --- backing up ----------------------------------------------------------------------

    def auto_backup_if_changed(self) -> None:
        if not self.changed_since_backup() or self.runner.busy():
            return
        self._changes_at_last_backup = self.store.conn.total_changes
        self.runner.run(self.tr("Đang sao lưu tự động…"),
                        lambda: _backup_file(self.store.path, self.folder, "auto"),
                        lambda _path: self.refresh(), self._show_error)

    def back_up_on_close(self) -> None:
        """Runs on the UI thread: the window is closing and nothing else is going on."""
        try:
            if not self.changed_since_backup():
                return
            backup.create_backup(self.store.conn, self.folder, "auto")
            backup.prune_backups(self.folder)
            self._changes_at_last_backup = self.store.conn.total_changes
        except CchcError as error:
            self._show_error(error.message)
        except sqlite3.ProgrammingError:
            pass  # the store was already closed: nothing left to back up

    def back_up_now(self, folder: Path | None = None) -> None:
        target = folder or self.folder
        self.runner.run(self.tr("Đang sao lưu…"),
                        lambda: _backup_file(self.store.path, target, "manual"),
                        self._backup_done, self._show_error)

    def _backup_done(self, path: Path) -> None:
        self.refresh()
        QMessageBox.information(self.page, self.tr("Sao lưu"),
                                self.tr("Đã sao lưu vào:\n%1").replace("%1", str(path)))

    def back_up_to_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.page, self.tr("Chọn thư mục (ví dụ USB) để sao lưu"))
        if folder:
            self.back_up_now(Path(folder))

    # --- restoring -----------------------------------------------------------------------

    def restore_selected_dialog(self) -> None:
        info = self.model.backup_at(self.table.currentIndex().row())
        if info is None:
            self._show_error(self.tr("Hãy chọn một bản sao lưu trong danh sách."))
            return
        self._confirm_and_restore(info.path)

    def restore_from_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Chọn tệp sao lưu"), "",
                                              self.tr("Sao lưu CCHC (*.sqlite3);;Mọi tệp (*)"))
        if path:
            self._confirm_and_restore(Path(path))

    def _confirm_and_restore(self, path: Path) -> None:
        info = backup.inspect_backup(path)
        if not info.ok:
            self._show_error(self.tr("Bản sao «%1» không dùng được: %2")
                             .replace("%1", path.name).replace("%2", info.problem))
            return
        answer = QMessageBox.question(
            self.page, self.tr("Khôi phục"),
            self.tr("Khôi phục dữ liệu về bản sao lúc %1 (%2)?\nTrạng thái hiện tại sẽ được sao lưu "
                    "trước để có thể quay lại.").replace("%1", info.created.strftime("%d/%m/%Y %H:%M"))
            .replace("%2", info.describe()))
        if answer == QMessageBox.Yes:
            self.restore(path)

    def restore(self, path: Path) -> Path | None:
        try:
            safety = self.store.restore_backup(path)
        except CchcError as error:
            self._show_error(error.message)
            return None
        self._changes_at_last_backup = self.store.conn.total_changes
        self.refresh()
        self._after_restore()
        return safety
