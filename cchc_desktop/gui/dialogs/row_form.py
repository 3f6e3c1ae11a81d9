"""The row form (Ctrl+Enter on the annex): every column of a row and of its item at once — the
item's number and objective, the row's task, activity, result, lead and cooperating units (picked
from the directory), due time with what the program reads in it shown live beside it, budget and
tags. Saving is one undo step; "save and go to the previous / next row" walks the annex."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.due import parse_due
from ...domain.register import ItemRef, RegisterRow
from ...domain.register_view import RegisterView
from ...errors import CchcError
from ...i18n import QT_TRANSLATE_NOOP, Message, define_messages, fmt
from ...services.edits import Applied
from ..edit_batch import apply_all
from ..forms.ui_row_form import Ui_RowFormDialog
from ..models.annex_nodes import before_period
from ..models.flag_icons import flag_icon
from .unit_picker import Choices, UnitPicker

if TYPE_CHECKING:
    from ...services.workspace import Workspace

define_messages({"edit.label.row_form": QT_TRANSLATE_NOOP("Messages", "Sửa dòng nhiệm vụ (biểu mẫu)")})

_ROW_TEXTS = ("task", "activity", "result")


def tag_text(tags: tuple[str, ...]) -> str:
    return ", ".join(tag.replace("-", " ") for tag in tags)


class RowFormDialog(QDialog):
    """Edits the row ``row_uuid`` (or, with ``item_uuid`` only, an item without rows of its own)
    of ``view``; ``record(applied)`` puts a saved form into the undo history."""

    def __init__(
        self,
        ws: Workspace,
        view: RegisterView,
        record: Callable[[Applied], None],
        report: Callable[[CchcError], None],
        *,
        row_uuid: str | None = None,
        item_uuid: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_RowFormDialog()
        self.ui.setupUi(self)
        self.ws, self.view, self._record, self._report = ws, view, record, report
        choices: Choices = ws.register.unit_choices
        self.lead = UnitPicker(choices, self)
        self.partners = UnitPicker(choices, self)
        self.ui.leadHolder.addWidget(self.lead)
        self.ui.partnersHolder.addWidget(self.partners)
        self.ui.buttons.button(QDialogButtonBox.Save).setText(self.tr("Lưu (Ctrl+Enter)"))
        self.ui.buttons.button(QDialogButtonBox.Save).setShortcut("Ctrl+Return")
        self.ui.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        self.ui.buttons.accepted.connect(self.save_and_close)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.previousButton.clicked.connect(lambda: self.save_and_step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.save_and_step(+1))
        self.ui.dueEdit.textChanged.connect(self._show_due)
        self.ui.dueParsedLayout.setStretch(1, 1)  # the reading on one line beside its icon
        self.row: RegisterRow | None = None
        self.item: ItemRef | None = None
        self.load(row_uuid=row_uuid, item_uuid=item_uuid)

    # --- showing a row -------------------------------------------------------------------------

    def load(self, *, row_uuid: str | None = None, item_uuid: str | None = None) -> None:
        view = self.view
        self.row = view.row(row_uuid) if row_uuid and view.index_of(row_uuid) is not None else None
        self.item = view.item(self.row.item_uuid if self.row else item_uuid or "")
        item, row = self.item, self.row
        ui = self.ui
        ui.numberEdit.setText(item.number if item else "")
        ui.objectiveEdit.setPlainText(item.objective if item else "")
        for field in _ROW_TEXTS:
            getattr(ui, f"{field}Edit").setPlainText(getattr(row, field) if row else "")
        ui.dueEdit.setText(row.due_text if row else "")
        ui.budgetEdit.setText(row.budget if row else "")
        ui.tagsEdit.setText(tag_text(row.tags) if row else "")
        self.lead.set_names(list(row.lead) if row else [])
        self.partners.set_names(list(row.partners) if row else [])
        for widget in (
            ui.taskEdit,
            ui.activityEdit,
            ui.resultEdit,
            ui.dueEdit,
            ui.budgetEdit,
            ui.tagsEdit,
            self.lead,
            self.partners,
        ):
            widget.setEnabled(row is not None)
        ui.taskEdit.setPlaceholderText(
            self.tr("để trống: dòng này là một hoạt động khác của cùng nhiệm vụ với dòng trên")
            if row is not None and row.row_index > 0
            else ""
        )
        self._show_place()
        self._show_due()
        index = view.index_of(row.uuid) if row else None
        ui.previousButton.setEnabled(index is not None and index > 0)
        ui.nextButton.setEnabled(index is not None and index + 1 < len(view.rows))
        (ui.taskEdit if row is not None else ui.objectiveEdit).setFocus()

    def _show_place(self) -> None:
        item, row = self.item, self.row
        if item is None:
            self.ui.placeLabel.setText("")
            return
        section = next((s for s in self.view.sections if s.uuid == item.section_uuid), None)
        facts = []
        if section is not None:
            facts.append(fmt(self.tr("Lĩnh vực {code}. {title}"), code=section.code, title=section.title))
        facts.append(fmt(self.tr("nhiệm vụ {number}"), number=item.number or "—"))
        if row is not None and item.rows > 1:
            facts.append(fmt(self.tr("dòng {n}/{count}"), n=row.row_index + 1, count=item.rows))
        elif row is None:
            facts.append(self.tr("nhóm nhiệm vụ (không có dòng riêng)"))
        self.setWindowTitle(fmt(self.tr("Dòng nhiệm vụ {number}"), number=item.number or ""))
        self.ui.placeLabel.setText(" · ".join(facts))

    def _show_due(self) -> None:
        period = self.view.plan.period
        text = self.ui.dueEdit.text()
        due = parse_due(text, period.start_date(), period.end_date())
        kind = ""
        if due.kind == "unknown":
            kind = "unknown"
            shown = (
                self.tr(
                    "Chưa rõ thời hạn: không đọc được ngày, tháng, quý hay năm; dòng này sẽ không được theo dõi quá hạn."
                )
                if text.strip()
                else self.tr("Chưa ghi thời gian hoàn thành.")
            )
        else:
            shown = fmt(self.tr("Đọc được: {label}"), label=due.label())
            if before_period(due, period.start_date()):
                kind = "earlier"
                shown += " " + self.tr("(đã qua trước khi kỳ kế hoạch bắt đầu)")
        self.ui.dueParsed.setText(shown)
        if kind:
            self.ui.dueIcon.setPixmap(flag_icon(kind).pixmap(16, 16))
        else:
            self.ui.dueIcon.clear()

    # --- saving --------------------------------------------------------------------------------

    def _actions(self) -> list[Callable[[], Applied | None]]:
        register, ui = self.ws.register, self.ui
        item, row = self.item, self.row
        actions: list[Callable[[], Applied | None]] = []
        if item is not None:
            for field, value in (
                ("number", ui.numberEdit.text()),
                ("objective", ui.objectiveEdit.toPlainText()),
            ):
                if value != getattr(item, field):
                    actions.append(lambda f=field, v=value: register.set_cell(item.uuid, f, v))
        if row is not None:
            values: dict[str, object] = {f: getattr(ui, f"{f}Edit").toPlainText() for f in _ROW_TEXTS}
            values |= {
                "due_text": ui.dueEdit.text(),
                "budget": ui.budgetEdit.text(),
                "lead": self.lead.names(),
                "partners": self.partners.names(),
            }
            for field, value in values.items():
                current = getattr(row, field)
                if value != (list(current) if isinstance(current, tuple) else current):
                    actions.append(lambda f=field, v=value: register.set_cell(row.uuid, f, v))
            if ui.tagsEdit.text() != tag_text(row.tags):
                labels = [t for t in ui.tagsEdit.text().split(",") if t.strip()]
                actions.append(lambda: register.set_tags(row.uuid, labels))
        return actions

    def save(self) -> bool:
        """Every field that changed, as one undo step; False (and the reason shown) if refused."""
        try:
            applied = apply_all(self.ws, Message("edit.label.row_form"), self._actions())
        except CchcError as error:
            self._report(error)
            return False
        if applied is not None:
            self._record(applied)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def save_and_step(self, step: int) -> None:
        row = self.row
        if row is None or not self.save():
            return
        index = self.view.index_of(row.uuid)
        if index is None:
            return
        target = index + step
        if 0 <= target < len(self.view.rows):
            self.load(row_uuid=self.view.rows[target].uuid)
