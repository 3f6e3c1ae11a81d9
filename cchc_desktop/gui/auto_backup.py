"""Automatic backups while the window is open: every few minutes when something changed, and
when the window closes. The window's own (not the Sao lưu page's), so that they run whether or
not that page was ever opened; the page shows the list and backs up on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..errors import CchcError

if TYPE_CHECKING:
    from .main_window import MainWindow

AUTO_BACKUP_INTERVAL_MS = 5 * 60 * 1000


class AutoBackup(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.ws = window.ws
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.timer.start()

    def back_up_if_changed(self) -> None:
        """In the background; the backup list (if shown) is read again after it."""
        from ..domain.edits import Changed  # loaded on first use: keeps start-up fast

        window = self.window
        if self.ws.read_only or not self.ws.changed_since_backup() or window.tasks.busy():
            return
        from ..services import backups as backup_service  # loaded on first use: keeps start-up fast

        self.ws.backups.mark_backed_up()
        db_path, folder = self.ws.db.path, self.ws.backups.folder
        window.tasks.run(
            QCoreApplication.translate("BackupPage", "Đang sao lưu tự động…"),  # the page's text
            lambda _job: backup_service.make_backup(db_path, folder, "auto", None),
            lambda _info: window.notify(Changed(frozenset({"backups"}))),
            window.show_error,
            quiet=True,
        )

    def back_up_on_close(self) -> None:
        """Runs on the UI thread: the window is closing and nothing else is going on."""
        if self.ws.read_only or not self.ws.changed_since_backup():
            return
        try:
            self.ws.backups.create("auto")
        except CchcError as error:
            self.window.show_error(error)
