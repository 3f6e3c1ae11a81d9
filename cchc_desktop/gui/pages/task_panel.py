"""Beside the register: the selected rows' progress (status, completion date, result note, the
reason a row is not carried out) saved for one row or several at once as one undo step, and the
evidence documents of the selected row — attached (copied into the evidence store off the UI
thread), opened, copied out, detached, their number, date and issuer typed in place."""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView

from ...domain import ROW_STATUSES, status_label
from ...domain.register import RegisterRow
from ...errors import CchcError
from ...i18n import QT_TRANSLATE_NOOP, Message, define_messages, fmt
from ...services.edits import Applied
from ..edit_batch import apply_all
from ..models.evidence_docs import COLUMN_WIDTHS, KEYS, EvidenceDocsModel
from ..models.register_table import task_text

if TYPE_CHECKING:
    from .tasks import TasksPage

define_messages(
    {
        "edit.label.progress_rows": QT_TRANSLATE_NOOP("Messages", "Cập nhật tiến độ {count} dòng: {status}"),
        "edit.label.attach_files": QT_TRANSLATE_NOOP("Messages", "Đính kèm {count} tài liệu"),
    }
)


class TaskPanel(QObject):
    def __init__(self, page: TasksPage):
        super().__init__(page)
        self.page, self.ws, self.ui = page, page.ws, page.ui
        self.rows: list[RegisterRow] = []
        ui = self.ui
        for status in ROW_STATUSES:
            ui.progressStatus.addItem(status_label(status), status)
        ui.progressStatus.currentIndexChanged.connect(lambda _i: self._status_changed())
        ui.doneDate.setMaximumDate(QDate(self.ws.today()))
        ui.saveProgressButton.clicked.connect(self.save_progress)
        self.documents = EvidenceDocsModel(page)
        if not self.ws.read_only:
            self.documents.editor = self.edit_document
        table = ui.evidenceTable
        table.setModel(self.documents)
        table.verticalHeader().setVisible(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setSectionResizeMode(KEYS.index("file_name"), QHeaderView.Stretch)
        table.setColumnHidden(KEYS.index("title"), True)  # in the tooltip; the panel is narrow
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        table.doubleClicked.connect(lambda index: self.open_document() if index.column() == 0 else None)
        ui.attachButton.clicked.connect(self.attach_dialog)
        ui.openButton.clicked.connect(self.open_document)
        ui.saveCopyButton.clicked.connect(self.save_copy_dialog)
        ui.detachButton.clicked.connect(self.detach)
        self.show_rows([])

    # --- showing -------------------------------------------------------------------------------

    def show_rows(self, rows: list[RegisterRow]) -> None:
        self.rows = rows
        ui = self.ui
        writable = not self.ws.read_only
        ui.progressBox.setEnabled(bool(rows) and writable)
        if not rows:
            ui.rowTitle.setText(
                self.tr("Chọn một dòng (hoặc nhiều dòng) để ghi tiến độ và tài liệu kiểm chứng.")
            )
            self.documents.set_documents([])
            self._update_buttons()
            return
        row = rows[0]
        if len(rows) == 1:
            facts = [
                fmt(
                    self.tr("Lĩnh vực {code} · nhiệm vụ {number}"),
                    code=row.section_code,
                    number=row.item_number,
                ),
                fmt(
                    self.tr("Thời gian: {text} → {label}"),
                    text=row.due_text or "—",
                    label=row.due.label(),
                ),
            ]
            if row.lead:
                facts.append(fmt(self.tr("Chủ trì: {units}"), units="; ".join(row.lead)))
            ui.rowTitle.setText(
                f"<b>{html.escape(task_text(row))}</b><br><small>{'<br>'.join(html.escape(f) for f in facts)}</small>"
            )
        else:
            ui.rowTitle.setText(
                fmt(
                    self.tr(
                        "<b>{count} dòng đã chọn</b>: trạng thái và ngày lưu cho tất cả; kết quả, lý do khi có ghi."
                    ),
                    count=len(rows),
                )
            )
        ui.progressStatus.setCurrentIndex(max(ui.progressStatus.findData(row.status), 0))
        today = self.ws.today()
        ui.doneDate.setMaximumDate(QDate(today))
        ui.doneDate.setDate(QDate(row.done_on or today))
        ui.noteEdit.setPlainText(row.note if len(rows) == 1 else "")
        ui.reasonEdit.setText(row.reason if len(rows) == 1 else "")
        self._status_changed()
        self._show_documents()

    def _show_documents(self) -> None:
        row = self.rows[0] if len(self.rows) == 1 else None
        try:
            documents = self.ws.evidence.documents(row.uuid) if row is not None else []
        except CchcError:
            documents = []
        self.documents.set_documents(documents)
        self._update_buttons()

    def _status_changed(self) -> None:
        status = self.ui.progressStatus.currentData()
        self.ui.doneDate.setEnabled(status == "done")
        self.ui.reasonLabel.setText(self.tr("<b>Lý do:</b>") if status == "cancelled" else self.tr("&Lý do:"))

    def _update_buttons(self) -> None:
        one = len(self.rows) == 1
        chosen = self.documents.document_at(self.ui.evidenceTable.currentIndex().row()) is not None
        writable = not self.ws.read_only
        self.ui.evidenceBox.setEnabled(one)
        self.ui.attachButton.setEnabled(one and writable)
        self.ui.openButton.setEnabled(chosen)
        self.ui.saveCopyButton.setEnabled(chosen)
        self.ui.detachButton.setEnabled(chosen and writable)

    def focus_progress(self) -> None:
        if self.ui.progressBox.isEnabled():
            self.ui.progressStatus.setFocus()

    # --- progress ------------------------------------------------------------------------------

    def _record(self, applied: Applied | None) -> None:
        if applied is not None:
            self.page.window_.record(applied)

    def save_progress(self) -> bool:
        """The form's progress on every selected row, one undo step."""
        rows, ui = list(self.rows), self.ui
        if not rows:
            return False
        status = ui.progressStatus.currentData()
        one = len(rows) == 1
        note = ui.noteEdit.toPlainText()
        reason = ui.reasonEdit.text()
        details: dict[str, Any] = {
            "note": note if one or note.strip() else None,
            "reason": reason if one or reason.strip() else None,
        }
        if status == "done":
            details["done_on"] = ui.doneDate.date().toPython()
        register = self.ws.register
        label = Message("edit.label.progress_rows", count=len(rows), status=Message(f"status.{status}"))
        try:
            applied = apply_all(
                self.ws, label, [lambda r=r: register.set_progress(r.uuid, status, **details) for r in rows]
            )
        except CchcError as error:
            self.page.window_.show_error(error)
            return False
        self._record(applied)
        return True

    # --- evidence ------------------------------------------------------------------------------

    def _document(self):
        return self.documents.document_at(self.ui.evidenceTable.currentIndex().row())

    def edit_document(self, evidence_uuid: str, field: str, value: Any) -> bool:
        try:
            applied = self.ws.evidence.set_field(evidence_uuid, field, value)
        except CchcError as error:
            self.page.window_.show_error(error)
            return False
        self._record(applied)
        return True

    def attach_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.page,
            self.tr("Chọn tài liệu kiểm chứng"),
            str(Path.home()),
            self.tr("Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png);;Mọi tệp (*)"),
        )
        if paths:
            self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        """Copy the files into the evidence store in the background, then attach them to the
        row (one undo step)."""
        if len(self.rows) != 1 or not paths:
            return
        row_uuid = self.rows[0].uuid
        evidence = self.ws.evidence

        def store(job):
            return [evidence.store(path, job) for path in paths]

        def link(stored) -> None:
            actions = [lambda s=s: evidence.attach(row_uuid, s) for s in stored]
            try:
                applied = apply_all(self.ws, Message("edit.label.attach_files", count=len(stored)), actions)
            except CchcError as error:
                self.page.window_.show_error(error)
                return
            self._record(applied)
            self._edit_number_of_last()

        label = fmt(self.tr("Đang chép {name} vào kho tài liệu kiểm chứng…"), name=paths[0].name)
        self.page.window_.tasks.run(label, store, link, self.page.window_.show_error, cancellable=True)

    def _edit_number_of_last(self) -> None:
        """After attaching: the number of the new document is the next thing to type."""
        count = self.documents.rowCount()
        if count and len(self.rows) == 1:
            index = self.documents.index(count - 1, KEYS.index("number"))
            self.ui.evidenceTable.setCurrentIndex(index)

    def _copy(self, target: Path, then) -> None:
        document = self._document()
        if document is None:
            return
        try:
            source = self.ws.evidence.path_of(document.uuid)  # the database: on the UI thread
        except CchcError as error:
            self.page.window_.show_error(error)
            return

        def copy(_job) -> Path:
            path = target / document.file_name if target.is_dir() else target
            shutil.copyfile(source, path)
            return path

        self.page.window_.tasks.run(
            fmt(self.tr("Đang chép {name}…"), name=document.file_name),
            copy,
            then,
            self.page.window_.show_error,
            quiet=True,
        )

    def open_document(self) -> None:
        """A copy under its own name in a temporary folder (the store names files by their hash,
        and its files are never to be changed), opened with the program the system chooses."""
        folder = Path(tempfile.mkdtemp(prefix="cchc-tai-lieu-"))
        self._copy(folder, lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def save_copy_dialog(self) -> None:
        document = self._document()
        if document is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self.page, self.tr("Lưu bản sao tài liệu"), str(Path.home() / document.file_name)
        )
        if target:
            self._copy(
                Path(target),
                lambda path: self.page.window_.status(fmt(self.tr("Đã lưu bản sao: {path}"), path=str(path))),
            )

    def detach(self) -> None:
        document = self._document()
        if document is None or len(self.rows) != 1:
            return
        try:
            applied = self.ws.evidence.detach(self.rows[0].uuid, document.uuid)
        except CchcError as error:
            self.page.window_.show_error(error)
            return
        self._record(applied)
        self.page.window_.status(
            fmt(self.tr("Đã gỡ «{name}» khỏi dòng (Ctrl+Z để hoàn tác)."), name=document.file_name)
        )
