"""The change log as users read it: when, who, what, the old and the new value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, define_messages, message

__all__ = ["ChangeEntry"]

define_messages(
    {
        "log.action.create": QT_TRANSLATE_NOOP("Messages", "Thêm kế hoạch"),
        "log.action.delete": QT_TRANSLATE_NOOP("Messages", "Xóa kế hoạch (vào thùng rác)"),
        "log.action.undelete": QT_TRANSLATE_NOOP("Messages", "Khôi phục kế hoạch từ thùng rác"),
        "log.action.purge": QT_TRANSLATE_NOOP("Messages", "Xóa hẳn kế hoạch"),
        "log.action.append": QT_TRANSLATE_NOOP("Messages", "Nhập phụ lục"),
        "log.action.remove-appended": QT_TRANSLATE_NOOP("Messages", "Hoàn tác nhập phụ lục"),
        "log.action.restore": QT_TRANSLATE_NOOP("Messages", "Khôi phục dữ liệu"),
        "log.action.edit": QT_TRANSLATE_NOOP("Messages", "Sửa"),
        "log.action.insert": QT_TRANSLATE_NOOP("Messages", "Thêm"),
        "log.action.remove": QT_TRANSLATE_NOOP("Messages", "Xóa"),
        "log.action.move": QT_TRANSLATE_NOOP("Messages", "Di chuyển"),
        "log.action.progress": QT_TRANSLATE_NOOP("Messages", "Cập nhật tiến độ"),
        "log.action.evidence": QT_TRANSLATE_NOOP("Messages", "Tài liệu kiểm chứng"),
        "log.action.score": QT_TRANSLATE_NOOP("Messages", "Chấm điểm"),
        "log.action.unit": QT_TRANSLATE_NOOP("Messages", "Danh mục đơn vị"),
        "log.action.settings": QT_TRANSLATE_NOOP("Messages", "Cài đặt"),
        "log.action.outbox": QT_TRANSLATE_NOOP("Messages", "Gói nộp"),
    }
)


@dataclass(frozen=True)
class ChangeEntry:
    """One line of the change log."""

    id: int
    at: str
    user_name: str
    plan_id: int | None
    plan_title: str
    action: str
    entity: str
    entity_id: int | None
    field: str
    old_value: str | None
    new_value: str | None
    entity_uuid: str = ""

    @property
    def action_label(self) -> str:
        code = f"log.action.{self.action}"
        text = message(code)
        return self.action if text.startswith("[") else text

    @property
    def at_display(self) -> str:
        """ "23/11/2026 19:34:05", as Vietnamese offices write dates."""
        try:
            return dt.datetime.fromisoformat(self.at).strftime("%d/%m/%Y %H:%M:%S")
        except ValueError:
            return self.at
