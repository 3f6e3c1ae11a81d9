"""The evidence documents attached to a row: the file, its number, date and issuer, its title;
those details are edited in place (``editor(evidence_uuid, field, value) -> bool``; the page
records the undoable edit)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...domain import EvidenceDocument
from ...i18n import date_text, number
from . import roles

COLUMNS = (
    ("file_name", QT_TRANSLATE_NOOP("Columns", "Tệp")),
    ("number", QT_TRANSLATE_NOOP("Columns", "Số hiệu")),
    ("issued_on", QT_TRANSLATE_NOOP("Columns", "Ngày")),
    ("issuer", QT_TRANSLATE_NOOP("Columns", "Nơi ban hành")),
    ("title", QT_TRANSLATE_NOOP("Columns", "Trích yếu")),
)
KEYS = tuple(key for key, _title in COLUMNS)
COLUMN_WIDTHS = (100, 98, 74, 92, 140)
_PLACEHOLDERS = {
    "number": QT_TRANSLATE_NOOP("Evidence", "(số hiệu)"),
    "issued_on": QT_TRANSLATE_NOOP("Evidence", "(ngày)"),
    "issuer": QT_TRANSLATE_NOOP("Evidence", "(cơ quan)"),
}

Editor = Callable[[str, str, Any], bool]


class EvidenceDocsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.documents: list[EvidenceDocument] = []
        self.editor: Editor | None = None

    def set_documents(self, documents: Sequence[EvidenceDocument]) -> None:
        self.beginResetModel()
        self.documents = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> EvidenceDocument | None:
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == roles.DISPLAY and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Columns", COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return roles.NO_FLAGS
        return roles.EDITABLE if self.editor is not None else roles.SELECTABLE

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        document = self.document_at(index.row()) if index.isValid() else None
        if document is None:
            return None
        key = KEYS[index.column()]
        value = getattr(document, key)
        if role == roles.DISPLAY:
            text = date_text(value) if key == "issued_on" else value
            if not text and key in _PLACEHOLDERS:
                return QCoreApplication.translate("Evidence", _PLACEHOLDERS[key])
            return text
        if role == roles.EDIT:
            return date_text(value) if key == "issued_on" else value
        if role == roles.FOREGROUND and not value and key in _PLACEHOLDERS:
            return Qt.GlobalColor.gray
        if role == roles.TOOLTIP:
            if key == "file_name":
                return f"{document.file_name} ({number(document.size)} byte)\nSHA-256: {document.sha256}"
            return document.describe() or None
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        document = self.document_at(index.row()) if index.isValid() else None
        if role != roles.EDIT or document is None or self.editor is None:
            return False
        key = KEYS[index.column()]
        if value == self.data(index, roles.EDIT):
            return False
        if key == "issued_on":
            value = _iso_date(str(value))
        return self.editor(document.uuid, key, value)


def _iso_date(text: str) -> str:
    """ "31/7/2025" → "2025-07-31" (what the service reads); anything else as typed (refused there)."""
    parts = text.strip().replace(".", "/").replace("-", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        day, month, year = (int(p) for p in parts)
        return f"{year:04d}-{month:02d}-{day:02d}"
    return text.strip()
