"""Upload packages on the reports page: prepare one, check one, the outbox list with "Đánh dấu
đã gửi…" and "Mở thư mục", and the reminder in the status bar while packages wait to be sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QMessageBox, QPushButton

from ...domain.edits import Changed
from ...errors import CchcError
from ...i18n import fmt
from ...services.documents import slug
from ...services.packages import OutboxEntry, PackageCheck, PackageContents, PackageWritten, PreparedPackage
from ..models.outbox_list import OutboxModel
from ..screen import settings

if TYPE_CHECKING:
    from .reports import ReportsPage

FOLDER_KEY = "reports/package_folder"


class OutboxPanel(QObject):
    def __init__(self, page: ReportsPage):
        super().__init__(page)
        self.page, self.ui, self.ws, self.window = page, page.ui, page.ws, page.window_
        ui = self.ui
        ui.packageNote.setText(
            self.tr(
                "Gói luôn kèm dữ liệu JSON của kế hoạch (và của bản chấm điểm) cùng danh mục manifest.json ghi "
                "dung lượng và mã kiểm tra SHA-256 của từng tệp, để bên nhận kiểm tra gói còn nguyên vẹn."
            )
        )
        ui.packageNote.setStyleSheet("color: #555;")
        self.model = OutboxModel(self)
        table = ui.outboxTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        for column, width in enumerate((170, 120, 260, 90, 330)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        table.doubleClicked.connect(lambda _index: self.open_folder())
        ui.packageButton.clicked.connect(self.package_dialog)
        ui.verifyButton.clicked.connect(self.verify_dialog)
        ui.verifySelectedButton.clicked.connect(self.verify_selected)
        ui.markSentButton.clicked.connect(self.mark_sent_dialog)
        ui.openFolderButton.clicked.connect(self.open_folder)
        # The reminder: a button in the status bar while packages wait (it leads here).
        self.reminder = QPushButton(self.window)
        self.reminder.setFlat(True)
        self.reminder.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.reminder.clicked.connect(self.show_page)
        self.window.statusBar().addPermanentWidget(self.reminder)
        self.refresh()

    # --- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.selected()
        entries = self.ws.packages.outbox()
        self.model.set_items(entries)
        if chosen is not None:
            self.select(chosen.uuid)
        waiting = sum(1 for e in entries if not e.sent)
        if not entries:
            hint = self.tr("Chưa có gói nộp nào. Bấm «Chuẩn bị gói nộp…» để tạo gói đầu tiên.")
        elif waiting:
            hint = fmt(
                self.tr("{count} gói chưa gửi. Gửi xong, bấm «Đánh dấu đã gửi…» để ghi lại ngày gửi."),
                count=waiting,
            )
        else:
            hint = self.tr("Mọi gói đã được gửi.")
        self.ui.outboxHint.setText(hint)
        self.reminder.setText(fmt(self.tr("{count} gói nộp chưa gửi"), count=waiting))
        self.reminder.setToolTip(self.tr("Mở trang Báo cáo & gói nộp"))
        self.reminder.setVisible(waiting > 0)
        self.update_buttons()

    def selected(self) -> OutboxEntry | None:
        rows = self.ui.outboxTable.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def select(self, entry_uuid: str) -> None:
        for row, entry in enumerate(self.model.items()):
            if entry.uuid == entry_uuid:
                self.ui.outboxTable.selectRow(row)
                return

    def update_buttons(self) -> None:
        ui, entry = self.ui, self.selected()
        writable = not self.ws.read_only
        ui.markSentButton.setEnabled(writable and entry is not None)
        ui.markSentButton.setText(
            self.tr("Đánh dấu &chưa gửi")
            if entry is not None and entry.sent
            else self.tr("Đánh dấu &đã gửi…")
        )
        ui.openFolderButton.setEnabled(entry is not None)
        ui.verifySelectedButton.setEnabled(entry is not None and Path(entry.path).is_file())
        ui.packageButton.setEnabled(writable and self.page.plan_id() is not None)
        ui.includeScore.setEnabled(self.page.assessment_id() is not None)

    def show_page(self) -> None:
        self.window.show_page(self.page)

    # --- preparing a package ---------------------------------------------------------------------

    def contents(self) -> PackageContents:
        ui = self.ui
        score = ui.includeScore.isChecked()
        return PackageContents(
            plan_pdf=ui.includePlan.isChecked(),
            annex_xlsx=ui.includeAnnex.isChecked(),
            score_pdf=score,
            score_xlsx=score,
            evidence=ui.includeEvidence.isChecked(),
        )

    def default_path(self) -> Path:
        folder = Path(str(settings().value(FOLDER_KEY, str(Path.home()))))
        title = self.ui.planCombo.currentText().split(". ", 1)[-1]
        return folder / f"goi-nop-{slug(title, 50)}-{dt.date.today():%Y%m%d}.zip"

    def package_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Lưu gói nộp"), str(self.default_path()), self.tr("Gói nộp (*.zip)")
        )
        if path:
            settings().setValue(FOLDER_KEY, str(Path(path).parent))
            self.create_package(Path(path))

    def create_package(self, path: Path) -> None:
        plan_id = self.page.plan_id()
        if plan_id is None:
            return
        try:
            prepared = self.ws.packages.prepare(plan_id, self.page.assessment_id(), self.contents())
        except CchcError as error:
            self.window.show_error(error)
            return

        self.window.tasks.run(
            fmt(self.tr("Đang tạo gói nộp {name}…"), name=path.name),
            lambda job: prepared.write(path, job),
            lambda written: self._packaged(prepared, written),
            self.window.show_error,
            cancellable=True,
        )

    def _packaged(self, prepared: PreparedPackage, written: PackageWritten) -> None:
        entry = self.ws.packages.record(prepared, written)
        self.window.notify(Changed(frozenset({"outbox"})))
        self.select(entry.uuid)
        counts = written.manifest.get("counts", {})
        self.window.status(
            fmt(
                self.tr("Đã tạo gói nộp {path}: {documents} văn bản, {evidence} tài liệu kiểm chứng."),
                path=written.path,
                documents=counts.get("document", 0),
                evidence=counts.get("evidence", 0),
            ),
            15000,
        )

    # --- checking a package ----------------------------------------------------------------------

    def verify_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Kiểm tra gói nộp"),
            str(self.default_path().parent),
            self.tr("Gói nộp (*.zip);;Mọi tệp (*)"),
        )
        if path:
            self.verify(Path(path))

    def verify_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.verify(Path(entry.path))

    def verify(self, path: Path) -> None:
        self.window.tasks.run(
            fmt(self.tr("Đang kiểm tra {name}…"), name=path.name),
            lambda job: self.ws.packages.verify(path, job),
            self.show_check,
            self.window.show_error,
            cancellable=True,
        )

    def show_check(self, check: PackageCheck) -> None:
        details = "\n".join(str(line) for line in check.details())
        box = QMessageBox(
            QMessageBox.Information if check.ok else QMessageBox.Warning,
            self.tr("Kiểm tra gói nộp"),
            f"{check.path.name}\n\n{check.summary()}",
            QMessageBox.Ok,
            self.page,
        )
        if details:
            box.setDetailedText(details)
        self.last_check = box
        box.open()

    # --- the outbox ------------------------------------------------------------------------------

    def mark_sent_dialog(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.sent:
            self._record(lambda: self.ws.packages.mark_unsent(entry.uuid))
            return
        note, ok = QInputDialog.getText(
            self.page,
            self.tr("Đánh dấu đã gửi"),
            fmt(
                self.tr("Gói «{name}» đã được gửi.\nGhi chú (gửi qua đâu, cho ai), có thể để trống:"),
                name=entry.file_name,
            ),
        )
        if ok:
            self._record(lambda: self.ws.packages.mark_sent(entry.uuid, note))

    def _record(self, change) -> None:
        try:
            self.window.record(change())
        except CchcError as error:
            self.window.show_error(error)

    def open_folder(self) -> None:
        """The package's folder in the file manager, to drag the file into the browser."""
        entry = self.selected()
        if entry is None:
            return
        folder = Path(entry.path).parent
        if not folder.is_dir():
            self.window.show_error(fmt(self.tr("Thư mục «{folder}» không còn nữa."), folder=folder))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
