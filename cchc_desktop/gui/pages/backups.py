"""The "Sao lưu" work area: the backup list, back up now (here or to a USB stick), restore, and
automatic backups every few minutes while something changed and when the window closes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ... import datadir
from ...domain.edits import Changed
from ...errors import CchcError
from ...i18n import fmt
from ...services import backups as backup_service
from ...services.backups import BackupInfo
from ..auto_backup import AUTO_BACKUP_INTERVAL_MS
from ..forms.ui_backup_page import Ui_BackupPage
from ..models.list_table import ListTableModel
from ..screen import remember_columns
from .base import Page

if TYPE_CHECKING:
    from ..main_window import MainWindow


class BackupListModel(ListTableModel[BackupInfo]):
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Thời điểm"),
        QT_TRANSLATE_NOOP("Columns", "Loại"),
        QT_TRANSLATE_NOOP("Columns", "Dung lượng"),
        QT_TRANSLATE_NOOP("Columns", "Nội dung"),
    )

    def item_data(self, info: BackupInfo, column: int, role: int):
        if role == Qt.DisplayRole:
            return (
                info.created.strftime("%d/%m/%Y %H:%M:%S"),
                info.kind_label,
                f"{info.size / 1024:,.0f} KB".replace(",", "."),
                info.describe(),
            )[column]
        if role == Qt.ToolTipRole:
            return str(info.path)
        if role == Qt.ForegroundRole and not info.ok:
            return QColor("#b00020")
        return None


class BackupPage(Page):
    KINDS = frozenset({"backups"})

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self.model = BackupListModel(self)
        table = self.ui.backupTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        for column, width in enumerate((160, 170, 100)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        remember_columns(table.horizontalHeader(), "backups/list")
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # An empty list alone looks like a fault: say when the first copy will be made.
        self.ui.emptyHint.setText(
            fmt(
                self.tr(
                    "Chưa có bản sao lưu nào. Bản đầu tiên được tạo trong vòng {minutes} phút sau lần thay đổi đầu tiên, "
                    "khi đóng cửa sổ, hoặc ngay khi bấm «Sao lưu ngay»."
                ),
                minutes=AUTO_BACKUP_INTERVAL_MS // 60_000,
            )
        )
        self.ui.emptyHint.setStyleSheet("color: #555; font-style: italic;")
        self.ui.backupInfo.setText(
            fmt(
                self.tr(
                    "Dữ liệu được lưu tại: {database}\nThư mục sao lưu: {folder}\nChương trình tự sao lưu mỗi {minutes} phút "
                    "khi có thay đổi và khi đóng cửa sổ, giữ bản mới nhất theo ngày, tuần, tháng. Mỗi bản sao được kiểm tra "
                    "toàn vẹn ngay sau khi ghi và kèm mã kiểm tra SHA-256, được đối chiếu lại trước khi khôi phục."
                ),
                database=self.ws.db.path,
                folder=datadir.backup_dir(self.ws.data_dir),
                minutes=AUTO_BACKUP_INTERVAL_MS // 60_000,
            )
        )
        self.ui.backupNowButton.clicked.connect(lambda: self.back_up_now())
        self.ui.backupToButton.clicked.connect(self.back_up_to_dialog)
        self.ui.restoreButton.clicked.connect(self.restore_selected_dialog)
        self.ui.restoreFromFileButton.clicked.connect(self.restore_from_file_dialog)
        for button in (
            self.ui.backupNowButton,
            self.ui.backupToButton,
            self.ui.restoreButton,
            self.ui.restoreFromFileButton,
        ):
            button.setEnabled(not self.ws.read_only or button is self.ui.backupToButton)
        # The automatic backups are the window's (auto_backup.py): they run whether or not
        # this page was ever opened.
        self.refresh()

    def title(self) -> str:
        return self.tr("Sao lưu")

    # --- list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        backups = self.ws.backups.all()
        self.model.set_items(backups)
        self.ui.emptyHint.setVisible(not backups)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.model.item_at(self.ui.backupTable.currentIndex().row())
        has_selection = bool(self.ui.backupTable.selectionModel().selectedRows())
        self.ui.restoreButton.setEnabled(
            not self.ws.read_only and has_selection and selected is not None and selected.ok
        )

    def on_changed(self, changed: Changed) -> None:
        self.refresh()

    # --- backing up ----------------------------------------------------------------------------

    def _job(self, kind: str, target: Path | None = None):
        db_path, folder = self.ws.db.path, self.ws.backups.folder
        return lambda _job: backup_service.make_backup(db_path, folder, kind, target)

    def auto_backup_if_changed(self) -> None:
        """What the window's timer does every few minutes (the list is read again after it)."""
        self.window_.auto_backup.back_up_if_changed()

    def back_up_on_close(self) -> None:
        self.window_.auto_backup.back_up_on_close()

    def back_up_now(self, folder: Path | None = None) -> None:
        self.window_.tasks.run(
            self.tr("Đang sao lưu…"), self._job("manual", folder), self._backup_done, self.window_.show_error
        )

    def _backup_done(self, info: BackupInfo) -> None:
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Sao lưu"),
            fmt(self.tr("Đã sao lưu vào:\n{path}\n({contents})"), path=info.path, contents=info.describe()),
        )

    def back_up_to_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục (ví dụ USB) để sao lưu"))
        if folder:
            self.back_up_now(Path(folder))

    # --- restoring -----------------------------------------------------------------------------

    def restore_selected_dialog(self) -> None:
        info = self.model.item_at(self.ui.backupTable.currentIndex().row())
        if info is None:
            return
        self._confirm_and_restore(info.path)

    def restore_from_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp sao lưu"), "", self.tr("Sao lưu CCHC (*.sqlite3);;Mọi tệp (*)")
        )
        if path:
            self._confirm_and_restore(Path(path))

    def _confirm_and_restore(self, path: Path) -> None:
        try:
            info = backup_service.choose_source(self.ws.backups.folder, path)
        except CchcError as error:
            self.window_.show_error(error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục"),
            fmt(
                self.tr(
                    "Khôi phục dữ liệu về bản sao lúc {when} ({contents})?\nTrạng thái hiện tại sẽ được sao lưu "
                    "trước để có thể quay lại."
                ),
                when=info.created.strftime("%d/%m/%Y %H:%M"),
                contents=info.describe(),
            ),
        )
        if answer == QMessageBox.Yes:
            self.restore(path)

    def restore(self, path: Path) -> Path | None:
        try:
            result = self.ws.backups.restore(path)
        except CchcError as error:
            self.window_.show_error(error)
            return None
        self.refresh()
        self.window_.after_restore()
        return result.safety
