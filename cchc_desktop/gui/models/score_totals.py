"""The totals strip of the scoring page: one column per reform area (points over the maximum
they count on), then bonus, penalty and the whole; it stays in view while the form scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from ...i18n import fmt
from ...services.scoring import ScoringState, percent, percent_display, points_text

_DISPLAY, _TOOLTIP = int(Qt.DisplayRole.value), int(Qt.ToolTipRole.value)
_ALIGNMENT, _FONT = int(Qt.TextAlignmentRole.value), int(Qt.FontRole.value)
_CENTRE = int(Qt.AlignCenter)


class AreaTotalsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[tuple[str, str, str, str]] = []  # header, cell, tooltip, kind
        self._bold = QFont()
        self._bold.setBold(True)

    def set_state(self, state: ScoringState | None) -> None:
        columns = []
        if state is not None:
            totals = state.totals
            for area in state.criteria_set.areas:
                node = totals.nodes[area.code]
                if node.effect != "score":
                    continue
                maximum = node.whole_maximum
                tip = f"{area.code}. {area.text}\n" + fmt(
                    QCoreApplication.translate(
                        "ScoringTotals", "{points} / {maximum} điểm được tính ({percent})"
                    ),
                    points=points_text(node.whole_points),
                    maximum=points_text(maximum),
                    percent=percent_display(percent(node.whole_points, maximum)) or "—",
                )
                columns.append(
                    (area.code, f"{points_text(node.whole_points)}/{points_text(maximum)}", tip, "area")
                )
            columns.append(
                (
                    QCoreApplication.translate("ScoringTotals", "Thưởng"),
                    f"+{points_text(totals.bonus)}",
                    QCoreApplication.translate("ScoringTotals", "Điểm thưởng"),
                    "bonus",
                )
            )
            columns.append(
                (
                    QCoreApplication.translate("ScoringTotals", "Trừ"),
                    f"−{points_text(totals.penalty)}",
                    QCoreApplication.translate("ScoringTotals", "Điểm trừ"),
                    "penalty",
                )
            )
            columns.append(
                (
                    QCoreApplication.translate("ScoringTotals", "Tổng"),
                    f"{points_text(totals.whole_points)}/{points_text(totals.whole_maximum)}",
                    QCoreApplication.translate("ScoringTotals", "Tổng điểm trên điểm tối đa được tính"),
                    "total",
                )
            )
        if [c[0] for c in columns] != [c[0] for c in self._columns]:
            self.beginResetModel()
            self._columns = columns
            self.endResetModel()
            return
        changed = [i for i, (new, old) in enumerate(zip(columns, self._columns)) if new != old]
        self._columns = columns
        for column in changed:  # only the cells that changed are painted again
            self.dataChanged.emit(self.index(0, column), self.index(0, column))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._columns else 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        # Never defer to super(): see tests/test_pyside_refcount.py.
        if orientation == Qt.Horizontal and 0 <= section < len(self._columns):
            role = int(role)
            if role == _DISPLAY:
                return self._columns[section][0]
            if role == _TOOLTIP:
                return self._columns[section][2]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        _header, cell, tip, kind = self._columns[index.column()]
        role = int(role)
        if role == _DISPLAY:
            return cell
        if role == _TOOLTIP:
            return tip
        if role == _ALIGNMENT:
            return _CENTRE
        if role == _FONT and kind == "total":
            return self._bold
        return None
