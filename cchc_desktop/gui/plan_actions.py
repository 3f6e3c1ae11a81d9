"""The plan actions of the Tệp menu: a new plan from the document form (filled with the commune's
defaults), the form on the selected plan (one undo step), duplicating it for the next period,
and the settings dialog. (Import, export and delete are plan_files.py.)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..domain import Period
from ..errors import CchcError, InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages, fmt

if TYPE_CHECKING:
    from .dialogs.plan_form import PlanFormDialog
    from .dialogs.settings import SettingsDialog
    from .main_window import MainWindow

define_messages({"edit.label.plan_form": QT_TRANSLATE_NOOP("Messages", "Sửa thông tin kế hoạch «{title}»")})


class PlanActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.ws = window.ws

    def _plans_page(self):
        return self.window.plans_page

    # --- a new plan ------------------------------------------------------------------------

    def new_plan_dialog(self) -> PlanFormDialog:
        today = self.ws.today()
        # The plan users write most: next year's, drafted at the end of this one.
        period = Period("year", year=today.year + 1 if today.month >= 10 else today.year)
        info = self.ws.settings.commune().new_plan_info("", period)
        from .dialogs.plan_form import PlanFormDialog  # loaded on first use: keeps start-up fast

        dialog = PlanFormDialog(info, self._create, new=True, parent=self.window)
        dialog.open()
        return dialog

    def _create(self, values: dict[str, Any], numbering: str) -> bool:
        from .edit_batch import apply_all  # loaded on first use: keeps start-up fast

        fields = dict(values)
        title, period = fields.pop("title"), fields.pop("period")
        register = self.ws.register
        try:
            if not str(title).strip():
                raise InvalidInputError("plan.empty_title")
            # Created with the commune's defaults, then the form's fields: a refused field takes
            # the new plan back with it (one action, wholly or not at all).
            created = register.new_plan(title, period)
            plan_id = created.edit.steps[0].doc.id or 0  # type: ignore[union-attr]
            applied = apply_all(
                self.ws,
                created.edit.label,
                [
                    lambda: created,
                    lambda: register.save_plan_form(plan_id, fields),
                    lambda: register.set_numbering(plan_id, numbering),
                ],
            )
        except CchcError as error:
            self.window.show_error(error)
            return False
        assert applied is not None
        self.window.record(applied)
        self.window.status(
            fmt(self.tr("Đã tạo kế hoạch «{title}». Soạn phụ lục ngay bên dưới."), title=title)
        )
        return True

    # --- the selected plan -----------------------------------------------------------------

    def plan_form_dialog(self) -> PlanFormDialog | None:
        from .edit_batch import apply_all  # loaded on first use: keeps start-up fast

        summary = self.window.current_summary
        doc = self._plans_page().current_document()
        if summary is None or doc is None:
            return None
        plan_id = summary.id

        def save(values: dict[str, Any], numbering: str) -> bool:
            register = self.ws.register
            label = Message("edit.label.plan_form", title=values.get("title") or summary.title)
            try:
                applied = apply_all(
                    self.ws,
                    label,
                    [
                        lambda: register.save_plan_form(plan_id, values),
                        lambda: register.set_numbering(plan_id, numbering),
                    ],
                )
            except CchcError as error:
                self.window.show_error(error)
                return False
            if applied is not None:
                self.window.record(applied)
            return True

        from .dialogs.plan_form import PlanFormDialog  # loaded on first use: keeps start-up fast

        dialog = PlanFormDialog(doc.plan, save, new=False, parent=self.window)
        dialog.open()
        return dialog

    def duplicate_plan(self) -> None:
        summary = self.window.current_summary
        if summary is None:
            return
        try:
            applied = self.ws.register.duplicate_for_next_period(summary.id)
        except CchcError as error:
            self.window.show_error(error)
            return
        self.window.record(applied)
        following = summary.period.following()
        self.window.status(
            fmt(
                self.tr(
                    "Đã nhân bản cho {period}: tiến độ và tài liệu kiểm chứng để trống. Cột Thời gian vẫn ghi "
                    "theo kỳ cũ: các dòng có dấu ! đỏ cần sửa lại."
                ),
                period=following.label(),
            ),
            20000,
        )

    # --- settings --------------------------------------------------------------------------

    def settings_dialog(self) -> SettingsDialog:
        from ..domain.edits import Changed  # loaded on first use: keeps start-up fast
        from .dialogs.settings import SettingsDialog  # loaded on first use: keeps start-up fast

        dialog = SettingsDialog(self.ws, self.window)

        def saved() -> None:
            self.window.notify(Changed(frozenset({"settings"})))
            note = self.tr("Đã lưu cài đặt.")
            if dialog.language_changed:
                note += " " + self.tr("Ngôn ngữ mới có hiệu lực từ lần mở chương trình sau.")
            self.window.status(note)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog
