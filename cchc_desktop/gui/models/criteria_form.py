"""The scoring form as a tree: reform areas → criteria → sub-criteria, one line each, with the
maximum, the rule, the declared figure, the self-score, "không áp dụng", the evidence count,
the explanation and the appraisal; parents carry their totals.

Editing goes through ``editor(code, column_key, value) -> bool`` (the page calls the services and
records the undoable edit); after any change the page hands the model the new state and only
the values are repainted (``set_state``): expansion, selection and scroll stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...services.scoring import RegisterFigure, ScoringState, figure_text, points_text
from .criteria_form_cells import cell_data

COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("Columns", "Mã")),
    ("text", QT_TRANSLATE_NOOP("Columns", "Tiêu chí")),
    ("maximum", QT_TRANSLATE_NOOP("Columns", "Tối đa")),
    ("rule", QT_TRANSLATE_NOOP("Columns", "Cách chấm")),
    ("figure", QT_TRANSLATE_NOOP("Columns", "Số liệu")),
    ("self_score", QT_TRANSLATE_NOOP("Columns", "Tự chấm")),
    ("not_applicable", QT_TRANSLATE_NOOP("Columns", "KAD")),
    ("evidence", QT_TRANSLATE_NOOP("Columns", "TL")),
    ("explanation", QT_TRANSLATE_NOOP("Columns", "Giải trình")),
    ("appraisal", QT_TRANSLATE_NOOP("Columns", "Thẩm định")),
)
KEYS = tuple(key for key, _title in COLUMNS)
COLUMN_WIDTHS = (84, 250, 46, 150, 80, 68, 36, 30, 120, 66)  # "Self-score" fits in English too
_TOOLTIPS = {
    "not_applicable": QT_TRANSLATE_NOOP("Columns", "Không áp dụng (chỉ với tiêu chí cho phép)"),
    "evidence": QT_TRANSLATE_NOOP("Columns", "Số tài liệu kiểm chứng (kể cả dòng nhiệm vụ)"),
}

Editor = Callable[[str, str, Any], bool]
# Combined once: or-ing Qt flags costs microseconds per call, and the view asks for every cell.
_BASE = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_EDITABLE = _BASE | Qt.ItemIsEditable
_CHECKABLE = _BASE | Qt.ItemIsUserCheckable


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


@dataclass(eq=False)
class _Node:
    code: str
    parent: _Node | None
    depth: int
    effect: str
    row: int = 0
    children: list[_Node] = field(default_factory=list)


class CriteriaFormModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: ScoringState | None = None
        self.register: dict[str, RegisterFigure] = {}
        self.evidence_counts: dict[str, int] = {}
        self.editor: Editor = lambda _code, _key, _value: False
        self._root = _Node("", None, -1, "score")
        self._nodes: dict[str, _Node] = {}
        self.criteria: dict[str, Any] = {}  # code → Criterion of the set shown
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- content -------------------------------------------------------------------------------

    def set_state(
        self,
        state: ScoringState | None,
        register: dict[str, RegisterFigure] | None = None,
        evidence_counts: dict[str, int] | None = None,
    ) -> None:
        """New values; the tree is rebuilt only when the criteria set differs. Otherwise only the
        lines whose values changed are repainted: a repainted line is measured again (its height
        follows its wrapped text), which for every line of a long set costs a second."""
        previous = self.state
        same_tree = (
            state is not None
            and previous is not None
            and state.criteria_set is previous.criteria_set
            and state.record.id == previous.record.id
        )
        old_register, old_counts = self.register, self.evidence_counts
        self.register = register if register is not None else old_register if same_tree else {}
        self.evidence_counts = (
            evidence_counts if evidence_counts is not None else old_counts if same_tree else {}
        )
        if not same_tree:
            self.beginResetModel()
            self.state = state
            self._build()
            self.endResetModel()
            return
        assert state is not None and previous is not None
        self.state = state
        changed = [
            code
            for code in self._nodes
            if state.totals.nodes[code] != previous.totals.nodes[code]
            or state.assessment.entries.get(code) != previous.assessment.entries.get(code)
            or self.register.get(code) != old_register.get(code)
            or self.evidence_counts.get(code) != old_counts.get(code)
            or state.record.finalised != previous.record.finalised
        ]
        last = len(COLUMNS) - 1
        for code in changed:
            node = self._nodes[code]
            self.dataChanged.emit(self._index_of(node), self._index_of(node, last))

    def _build(self) -> None:
        self._root = _Node("", None, -1, "score")
        self._nodes = {}
        self.criteria = {}
        if self.state is None:
            return
        self.criteria = self.state.criteria_set.index()
        stack: dict[str, _Node] = {}
        for placed in self.state.criteria_set.placed():
            parent = stack[placed.parent_code] if placed.parent_code is not None else self._root
            node = _Node(placed.code, parent, placed.depth, placed.effect, len(parent.children))
            parent.children.append(node)
            stack[placed.code] = node
            self._nodes[placed.code] = node

    def index_of_code(self, code: str, column: int = 0) -> QModelIndex:
        node = self._nodes.get(code)
        return self._index_of(node, column) if node is not None else QModelIndex()

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def code_at(self, index: QModelIndex) -> str | None:
        return self._node(index).code if index.isValid() else None

    def areas(self) -> list[QModelIndex]:
        return [self.index(row, 0) for row in range(len(self._root.children))]

    # --- QAbstractItemModel --------------------------------------------------------------------

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        # Never defer to super(): see tests/test_pyside_refcount.py.
        if orientation != Qt.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, title = COLUMNS[section]
        if role == Qt.DisplayRole:
            return _tr(title)
        if role == Qt.ToolTipRole and key in _TOOLTIPS:
            return _tr(_TOOLTIPS[key])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.state is None:
            return Qt.NoItemFlags
        base = _BASE
        key = KEYS[index.column()]
        criterion = self._criterion(index)
        if not criterion.is_leaf or self.state.record.finalised and key != "appraisal":
            return base
        if key == "appraisal" or (key == "explanation" and not criterion.province_scored):
            return _EDITABLE
        if criterion.province_scored or key not in ("figure", "self_score", "not_applicable"):
            return base
        entry = self.state.assessment.entries.get(criterion.code)
        not_applicable = entry is not None and entry.not_applicable
        if key == "figure" and criterion.rule.kind != "free" and not not_applicable:
            return _EDITABLE
        if key == "self_score" and not not_applicable:
            return _EDITABLE
        if key == "not_applicable" and criterion.allow_na:
            return _CHECKABLE
        return base

    def _criterion(self, index: QModelIndex):
        return self.criteria[self._node(index).code]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or self.state is None:
            return None
        return cell_data(self, self._node(index), KEYS[index.column()], role)

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        if not index.isValid() or self.state is None:
            return False
        key = KEYS[index.column()]
        code = self._node(index).code
        if role == Qt.CheckStateRole and key == "not_applicable":
            checked = value in (Qt.Checked, Qt.Checked.value, 2)
            return self.editor(code, key, checked)
        if role != Qt.EditRole:
            return False
        return self.editor(code, key, str(value))


__all__ = ["COLUMNS", "COLUMN_WIDTHS", "KEYS", "CriteriaFormModel", "figure_text", "points_text"]
