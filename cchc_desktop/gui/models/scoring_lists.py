"""The lists beside the scoring form: a criterion's evidence and its change history, the checklist
before finalising, and the lost points (with a check to send each to next year's plan)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from ...domain import ChangeEntry
from ...i18n import fmt
from ...services.scoring import ChecklistItem, EvidenceItem, LostPoints, points_text
from .list_table import ListTableModel

_FIELDS = {
    "figure": QT_TRANSLATE_NOOP("ScoringFields", "Số liệu"),
    "self_score": QT_TRANSLATE_NOOP("ScoringFields", "Điểm tự chấm"),
    "not_applicable": QT_TRANSLATE_NOOP("ScoringFields", "Không áp dụng"),
    "na_reason": QT_TRANSLATE_NOOP("ScoringFields", "Lý do không áp dụng"),
    "explanation": QT_TRANSLATE_NOOP("ScoringFields", "Giải trình"),
    "override_reason": QT_TRANSLATE_NOOP("ScoringFields", "Lý do điều chỉnh"),
    "register_rows": QT_TRANSLATE_NOOP("ScoringFields", "Dòng nhiệm vụ kiểm chứng"),
    "evidence": QT_TRANSLATE_NOOP("ScoringFields", "Tài liệu kiểm chứng"),
    "score": QT_TRANSLATE_NOOP("ScoringFields", "Điểm thẩm định lần {round}"),
    "comment": QT_TRANSLATE_NOOP("ScoringFields", "Nhận xét lần {round}"),
    "explanation_requested": QT_TRANSLATE_NOOP("ScoringFields", "Yêu cầu giải trình lần {round}"),
    "response": QT_TRANSLATE_NOOP("ScoringFields", "Giải trình lần {round}"),
}
_ROUND_FIELD = re.compile(r"^appraisal:(\d+):(\w+)$")


def field_label(field: str) -> str:
    """ "appraisal:2:score" → "Điểm thẩm định lần 2"; unknown fields as they are."""
    match = _ROUND_FIELD.match(field)
    key, number = (match.group(2), match.group(1)) if match else (field, "")
    text = _FIELDS.get(key)
    if text is None:
        return field
    return fmt(QCoreApplication.translate("ScoringFields", text), round=number)


class EvidenceListModel(ListTableModel[EvidenceItem]):
    COLUMN_TITLES = (QT_TRANSLATE_NOOP("Columns", "Tài liệu"),)

    def item_data(self, item: EvidenceItem, column: int, role: int) -> Any:
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return item.label
        return None


class HistoryModel(ListTableModel[ChangeEntry]):
    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Thời điểm"),
        QT_TRANSLATE_NOOP("Columns", "Người"),
        QT_TRANSLATE_NOOP("Columns", "Nội dung"),
        QT_TRANSLATE_NOOP("Columns", "Cũ"),
        QT_TRANSLATE_NOOP("Columns", "Mới"),
    )

    def item_data(self, e: ChangeEntry, column: int, role: int) -> Any:
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        return (e.at_display, e.user_name, field_label(e.field), e.old_value or "", e.new_value or "")[column]


class ChecklistModel(ListTableModel[ChecklistItem]):
    COLUMN_TITLES = (QT_TRANSLATE_NOOP("Columns", "Mã"), QT_TRANSLATE_NOOP("Columns", "Việc cần xem"))

    def item_data(self, item: ChecklistItem, column: int, role: int) -> Any:
        if role == Qt.DisplayRole:
            return item.code if column == 0 else str(item.message)
        if role == Qt.ToolTipRole:
            return f"{item.code}. {item.text}\n{item.message}"
        return None


class LostPointsModel(ListTableModel[LostPoints]):
    """Criteria (not whole areas) can be checked to become tasks of next year's plan."""

    COLUMN_TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Mã"),
        QT_TRANSLATE_NOOP("Columns", "Tiêu chí"),
        QT_TRANSLATE_NOOP("Columns", "Tự chấm"),
        QT_TRANSLATE_NOOP("Columns", "Thẩm định"),
        QT_TRANSLATE_NOOP("Columns", "Mất"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checked: set[str] = set()

    def set_items(self, items) -> None:
        self.checked &= {i.code for i in items}
        super().set_items(items)

    def item_data(self, item: LostPoints, column: int, role: int) -> Any:
        if role == Qt.DisplayRole:
            values = (
                item.code,
                item.text,
                points_text(item.self_score),
                points_text(item.appraisal),
                f"−{points_text(item.lost)}",
            )
            return values[column]
        if role == Qt.ToolTipRole and column == 1:
            return item.text
        if role == Qt.CheckStateRole and column == 0 and item.level != "area":
            return Qt.Checked if item.code in self.checked else Qt.Unchecked
        if role == Qt.FontRole and item.level == "area":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole and column >= 2:
            return int(Qt.AlignCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        item = self.item_at(index.row())
        if index.column() == 0 and item is not None and item.level != "area":
            return base | Qt.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        item = self.item_at(index.row())
        if role != Qt.CheckStateRole or item is None or index.column() != 0 or item.level == "area":
            return False
        if value in (Qt.Checked, Qt.Checked.value, 2):
            self.checked.add(item.code)
        else:
            self.checked.discard(item.code)
        self.dataChanged.emit(index, index)
        return True

    def chosen(self) -> list[str]:
        return [i.code for i in self.items() if i.code in self.checked]
