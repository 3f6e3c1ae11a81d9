"""The plan's document fields: title and period, the issuing body and its header lines, number /
symbol, date and place, the annex's title and note, how items are numbered, the signer and the
recipients, and the free-text sections of the body. The same form creates a plan (filled with
the commune's defaults from the settings) and edits one (saved as one undo step)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QStringListModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain import BodySection, Period, PlanInfo
from ...i18n import date_text
from ..forms.ui_plan_form import Ui_PlanFormDialog

# (kind, half) in the order of the period list.
_PERIODS = (("year", None), ("half_year", 1), ("half_year", 2), ("multi_year", None))


class PlanFormDialog(QDialog):
    """``save(values, numbering) -> bool`` carries the form out (False: refused, the form stays)."""

    def __init__(
        self,
        info: PlanInfo,
        save: Callable[[dict[str, Any], str], bool],
        *,
        new: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_PlanFormDialog()
        self.ui.setupUi(self)
        self._save = save
        ui = self.ui
        for text in (
            self.tr("Năm"),
            self.tr("6 tháng đầu năm"),
            self.tr("6 tháng cuối năm"),
            self.tr("Giai đoạn nhiều năm"),
        ):
            ui.periodCombo.addItem(text)
        ui.numberingCombo.addItem(self.tr("Đánh số lại từ 1 ở mỗi lĩnh vực"), "per_section")
        ui.numberingCombo.addItem(self.tr("Đánh số liên tục qua các lĩnh vực"), "continuous")
        ui.periodCombo.currentIndexChanged.connect(self._period_kind_changed)
        self.setWindowTitle(self.tr("Kế hoạch mới") if new else self.tr("Thông tin kế hoạch"))
        ui.introLabel.setText(
            self.tr(
                "Các ô đã điền sẵn theo Cài đặt của xã (Tệp → Cài đặt…); sửa lại nếu cần. "
                "Phụ lục nhiệm vụ soạn trên trang Kế hoạch sau khi tạo."
            )
            if new
            else self.tr("Sửa xong bấm Lưu: mọi thay đổi là một bước, hoàn tác được bằng Ctrl+Z.")
        )
        save_button = ui.buttons.button(QDialogButtonBox.Save)
        save_button.setText(self.tr("Tạo kế hoạch") if new else self.tr("Lưu"))
        ui.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        ui.buttons.accepted.connect(self._accept)
        ui.buttons.rejected.connect(self.reject)
        self._body: list[list[str]] = []
        self._listing = False
        self._body_model = QStringListModel(self)
        ui.bodyList.setModel(self._body_model)
        ui.bodyList.selectionModel().currentChanged.connect(
            lambda current, previous: self._body_chosen(current.row(), previous.row())
        )
        ui.addBodyButton.clicked.connect(self._add_body)
        ui.removeBodyButton.clicked.connect(self._remove_body)
        ui.upBodyButton.clicked.connect(lambda: self._move_body(-1))
        ui.downBodyButton.clicked.connect(lambda: self._move_body(+1))
        ui.headingEdit.textEdited.connect(self._heading_typed)
        self._fill(info)

    # --- the values ----------------------------------------------------------------------------

    def _fill(self, info: PlanInfo) -> None:
        ui = self.ui
        ui.titleEdit.setText(info.title)
        period = info.period
        position = next(
            (
                i
                for i, (kind, half) in enumerate(_PERIODS)
                if kind == period.kind and (half is None or half == period.half)
            ),
            0,
        )
        ui.periodCombo.setCurrentIndex(position)
        ui.yearSpin.setValue(period.first_year or 2026)
        ui.endYearSpin.setValue(period.last_year or period.first_year or 2030)
        self._period_kind_changed(position)
        ui.issuerHeaderEdit.setPlainText("\n".join(info.issuer_header))
        ui.issuerEdit.setText(info.issuer)
        ui.numberEdit.setText(info.number)
        ui.symbolEdit.setText(info.symbol)
        ui.dateEdit.setText(date_text(info.issued_date))
        ui.placeEdit.setText(info.place)
        ui.annexTitleEdit.setText(info.annex_title)
        ui.annexNoteEdit.setText(info.annex_note)
        ui.numberingCombo.setCurrentIndex(max(ui.numberingCombo.findData(info.numbering), 0))
        ui.authorityEdit.setText(info.signer.authority)
        ui.positionEdit.setText(info.signer.position)
        ui.signerNameEdit.setText(info.signer.name)
        ui.recipientsEdit.setPlainText("\n".join(info.recipients))
        self._body = [[b.heading, b.text] for b in info.body]
        self._show_body_list(0 if self._body else -1)

    def period(self) -> Period:
        kind, half = _PERIODS[self.ui.periodCombo.currentIndex()]
        year = self.ui.yearSpin.value()
        if kind == "multi_year":
            return Period(kind, start_year=year, end_year=self.ui.endYearSpin.value())
        return Period(kind, year=year, half=half)

    def values(self) -> dict[str, Any]:
        """The form as ``save_plan_form`` takes it (the numbering apart)."""
        self._keep_body_text()
        ui = self.ui
        return {
            "title": ui.titleEdit.text(),
            "period": self.period(),
            "issuer_header": ui.issuerHeaderEdit.toPlainText().split("\n"),
            "issuer": ui.issuerEdit.text(),
            "number": ui.numberEdit.text(),
            "symbol": ui.symbolEdit.text(),
            "issued_date": ui.dateEdit.text(),
            "place": ui.placeEdit.text(),
            "annex_title": ui.annexTitleEdit.text(),
            "annex_note": ui.annexNoteEdit.text(),
            "signer_authority": ui.authorityEdit.text(),
            "signer_position": ui.positionEdit.text(),
            "signer_name": ui.signerNameEdit.text(),
            "recipients": ui.recipientsEdit.toPlainText().split("\n"),
            "body": [BodySection(h, t) for h, t in self._body if h.strip() or t.strip()],
        }

    def numbering(self) -> str:
        return self.ui.numberingCombo.currentData()

    def _accept(self) -> None:
        if self._save(self.values(), self.numbering()):
            self.accept()

    def _period_kind_changed(self, position: int) -> None:
        multi = _PERIODS[position][0] == "multi_year"
        self.ui.toYearLabel.setVisible(multi)
        self.ui.endYearSpin.setVisible(multi)

    # --- the body's sections ------------------------------------------------------------------

    def _label(self, heading: str, text: str) -> str:
        if heading.strip():
            return heading.strip()
        first = text.strip().split("\n", 1)[0]
        return self.tr("(đoạn không đề mục) ") + first[:40]

    def _show_body_list(self, select: int) -> None:
        # Resetting the list moves its current line: what the editor holds is saved already.
        self._listing = True
        self._body_model.setStringList([self._label(h, t) for h, t in self._body])
        self._listing = False
        if 0 <= select < len(self._body):
            self.ui.bodyList.selectionModel().setCurrentIndex(
                self._body_model.index(select), QItemSelectionModel.ClearAndSelect
            )
        else:
            self.ui.headingEdit.clear()
            self.ui.bodyText.clear()
        has = bool(self._body)
        for widget in (self.ui.headingEdit, self.ui.bodyText, self.ui.removeBodyButton):
            widget.setEnabled(has)

    def _current_body(self) -> int:
        return self.ui.bodyList.currentIndex().row()

    def _keep_body_text(self, row: int | None = None) -> None:
        row = self._current_body() if row is None else row
        if 0 <= row < len(self._body):
            self._body[row][1] = self.ui.bodyText.toPlainText()

    def _body_chosen(self, row: int, previous: int) -> None:
        if not self._listing:
            self._keep_body_text(previous)
        if 0 <= row < len(self._body):
            heading, text = self._body[row]
            self.ui.headingEdit.setText(heading)
            self.ui.bodyText.setPlainText(text)

    def _heading_typed(self, text: str) -> None:
        row = self._current_body()
        if 0 <= row < len(self._body):
            self._body[row][0] = text
            self._body_model.setData(self._body_model.index(row), self._label(text, self._body[row][1]))

    def _add_body(self) -> None:
        self._keep_body_text()
        row = self._current_body() + 1 if self._body else 0
        self._body.insert(row, ["", ""])
        self._show_body_list(row)
        self.ui.headingEdit.setFocus()

    def _remove_body(self) -> None:
        row = self._current_body()
        if 0 <= row < len(self._body):
            del self._body[row]
            self._show_body_list(min(row, len(self._body) - 1))

    def _move_body(self, step: int) -> None:
        row = self._current_body()
        target = row + step
        if 0 <= row < len(self._body) and 0 <= target < len(self._body):
            self._keep_body_text(row)
            self._body[row], self._body[target] = self._body[target], self._body[row]
            self._show_body_list(target)
