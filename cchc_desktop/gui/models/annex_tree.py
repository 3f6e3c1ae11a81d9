"""The annex as a tree: sections → items (→ sub-items) with their rows (see annex_nodes.py),
editable in place and by drag and drop when the page gives it its callbacks.

Two sources: a register view (``set_view``: the plan being edited, refreshed in place after each
edit through ``update``) or a plan document (``set_document``: an import preview, read-only).

Editing goes through ``editor(uuid, field, value) -> bool`` and moving through
``mover(kind, uuid, to_parent, position) -> bool``: the page calls the services and records the
undoable edit; the window's change notice then comes back here as ``update(refreshed)``. After
a cell edit only that line repaints; after a reshape only the sections whose lines changed are
rebuilt (``section_rebuilt`` tells the view to expand them again); a section added, removed or
moved resets the tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ...domain import PlanDocument
from ...domain.register_view import RegisterView
from ...services.register import Refreshed
from . import annex_nodes as nodes
from . import roles
from .annex_cells import DUE_COLUMN, ROW_FIELDS, cell_text, due_flag, edit_value, tooltip
from .annex_drops import AnnexDragAndDrop, Mover

COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "TT"),
    QT_TRANSLATE_NOOP("Columns", "Mục tiêu"),
    QT_TRANSLATE_NOOP("Columns", "Nhiệm vụ"),
    QT_TRANSLATE_NOOP("Columns", "Hoạt động"),
    QT_TRANSLATE_NOOP("Columns", "Kết quả/Sản phẩm"),
    QT_TRANSLATE_NOOP("Columns", "Chủ trì"),
    QT_TRANSLATE_NOOP("Columns", "Phối hợp"),
    QT_TRANSLATE_NOOP("Columns", "Thời gian"),
    QT_TRANSLATE_NOOP("Columns", "Kinh phí"),
)
COLUMN_WIDTHS = (56, 180, 190, 180, 160, 115, 115, 100, 90)
_SECTION_BACKGROUND = QColor("#e8eef7")
_COLUMNS = len(COLUMN_TITLES)
_LAST = _COLUMNS - 1
# (editable, leaf) → flags, combined once: the view asks for every cell (see roles.py).
_FLAGS = {
    (editable, leaf): (roles.EDITABLE if editable else roles.SELECTABLE)
    | roles.DRAG_DROP
    | (roles.LEAF if leaf else roles.NO_FLAGS)
    for editable in (False, True)
    for leaf in (False, True)
}
_READ_LEAF = roles.SELECTABLE | roles.LEAF
_DROP_ON_ROOT = Qt.ItemFlag.ItemIsDropEnabled

Editor = Callable[[str, str, Any], bool]
_LINE_FLAGS: dict[tuple, tuple] = {}


def _line_flags(kind: str, has_row: bool, leaf: bool, editable_model: bool) -> tuple:
    """The flags of each column of a line of this kind (a dozen combinations in all)."""
    if not editable_model:
        return ((_READ_LEAF if leaf else roles.SELECTABLE),) * _COLUMNS
    out = []
    for column in range(_COLUMNS):
        if kind == nodes.SECTION:
            editable = column == 0
        elif column < 2:
            editable = kind == nodes.ITEM
        else:
            editable = has_row
        out.append(_FLAGS[editable, leaf])
    return tuple(out)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


class AnnexTreeModel(AnnexDragAndDrop, QAbstractItemModel):
    section_rebuilt = Signal(QModelIndex)  # its lines were replaced: expand them again

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = nodes.Node("root", "", None)
        self._by_uuid: dict[str, nodes.Node] = {}
        self._view: RegisterView | None = None
        self._period_start = None
        self.editor: Editor | None = None
        self.mover: Mover | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        # A colour, which Qt takes for a brush: a QBrush made here would load QGradient and its
        # enums first (milliseconds, at every start).
        self._section_brush = _SECTION_BACKGROUND
        self._editable = False
        # The generation of the view the lines show it at (RegisterView.generation), and the
        # lines of the view shown before, kept while it stays as it was: shown again (the plan
        # list clicked back and forth), they are not built again.
        self._generation = -1
        self._kept: tuple[RegisterView, int, bool, nodes.Node, dict[str, nodes.Node]] | None = None

    # --- content -------------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        """A plan not stored yet (an import preview): shown, never edited."""
        self._keep_lines()
        self._view = None
        if doc is None:
            self._reset([], [], [])
            return
        try:
            self._period_start = doc.plan.period.start_date()
        except (TypeError, ValueError):
            self._period_start = None
        self._reset(*nodes.from_document(doc))

    def set_view(self, view: RegisterView | None) -> None:
        kept, self._kept = self._kept, None
        if view is not self._view:
            self._keep_lines()
        if (
            self._kept is None
            and kept is not None
            and kept[0] is not view
            and (view is None or kept[0].plan.id != view.plan.id)
        ):
            self._kept = kept  # another plan's lines: still aside (the same plan's: outdated)
        self._view = view
        self._period_start = view.plan.period.start_date() if view is not None else None
        if view is None:
            self._reset([], [], [])
        elif kept is not None and kept[0] is view and kept[1] == view.generation and kept[2] == self.editable:
            self._reset_to(kept[3], kept[4])
        else:
            self._reset(view.sections, view.items, view.rows)
        self._generation = view.generation if view is not None else -1

    def _keep_lines(self) -> None:
        """The lines of the view shown now, set aside before another is shown (they show it as
        it is: the model was told of every change, ``update``)."""
        view = self._view
        if view is not None and self._generation == view.generation:
            self._kept = (view, view.generation, self._editable, self._root, self._by_uuid)

    @property
    def view(self) -> RegisterView | None:
        return self._view

    def _reset(self, sections, items, rows) -> None:
        self._reset_to(*nodes.build(sections, items, rows))

    def _reset_to(self, root: nodes.Node, by_uuid: dict[str, nodes.Node]) -> None:
        # Indexes hold bare pointers to nodes: the old ones stay alive until the reset is over.
        old = self._root
        self.beginResetModel()
        self._editable = self.editable
        self._root, self._by_uuid = root, by_uuid
        self.endResetModel()
        del old

    def update(self, refreshed: Refreshed) -> None:
        """The view was refreshed after an edit: show what changed, keep the rest."""
        view = self._view
        if view is None or refreshed.nothing:
            return
        if refreshed.full:
            self._reconcile(view, refreshed.sections)
        else:
            for index in refreshed.indexes:
                row = view.rows[index]
                node = self._by_uuid.get(row.uuid)
                if node is None:  # not expected: the view and the tree disagree, so rebuild
                    self._reconcile(view)
                    break
                node.row = row
                self._changed(node)
        self._generation = view.generation

    def _changed(self, node: nodes.Node) -> None:
        self.dataChanged.emit(
            self.createIndex(node.index, 0, node), self.createIndex(node.index, _LAST, node)
        )

    def _reconcile(self, view: RegisterView, only: frozenset[str] | None = None) -> None:
        """The lines brought in line with the view: of the sections ``only`` names (the others
        are as they were), else of all."""
        if [s.uuid for s in view.sections] != [n.uuid for n in self._root.children]:
            self.set_view(view)  # sections added, removed or moved: everything anew
            return
        if only is None:
            items_of, rows_of = nodes.group_by_section(view.rows, view.items)
        for node, section in zip(self._root.children, view.sections):
            if only is not None:
                if section.uuid not in only:
                    continue
                section_rows, section_items = view.section_part(section.uuid)
                items_of, rows_of = nodes.group_by_section(section_rows, section_items)
            if node.section != section:
                node.section = section
                self._changed(node)
            items = items_of.get(section.uuid, [])
            shape = nodes.section_shape(items, rows_of)
            if shape == nodes.shown_shape(node):
                self._refill(items, rows_of)
            else:
                self._rebuild(node, items, rows_of)

    def _refill(self, items, rows_of) -> None:
        """Same lines: new contents where the objects differ."""
        by_uuid = self._by_uuid
        for item in items:
            rows = rows_of.get(item.uuid, ())
            node = by_uuid[item.uuid]
            first = rows[0] if rows else None
            if node.item != item or node.row is not first:
                node.item, node.row = item, first
                self._changed(node)
            for row in rows[1:]:
                row_node = by_uuid[row.uuid]
                row_node.item = item
                if row_node.row is not row:
                    row_node.row = row
                    self._changed(row_node)

    def _rebuild(self, section: nodes.Node, items, rows_of) -> None:
        """The section's lines replaced (removed, then inserted): the other sections stay."""
        parent = self.createIndex(section.index, 0, section)
        stack = list(section.children)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            for uuid in (node.uuid, node.row.uuid if node.row is not None else None):
                if uuid is not None and self._by_uuid.get(uuid) is node:
                    del self._by_uuid[uuid]
        removed = section.children  # alive until Qt is done with them (indexes point at them)
        if removed:
            self.beginRemoveRows(parent, 0, len(removed) - 1)
            section.children = []
            self.endRemoveRows()
        del removed
        section.flags = None  # it may have gained or lost all its lines
        holder = nodes.Node(nodes.SECTION, section.uuid, None)
        nodes.fill_section(holder, items, rows_of, self._by_uuid)
        if holder.children:
            self.beginInsertRows(parent, 0, len(holder.children) - 1)
            for child in holder.children:
                child.parent = section
            section.children = holder.children
            self.endInsertRows()
        self.section_rebuilt.emit(parent)

    def expandable(self, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:
        """Lines with lines below them (sections, items with further rows or sub-items), under
        ``parent``: what the view expands, without walking every line as expandAll does."""
        out = []
        stack = [self.node(parent)]
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.children:
                    out.append(self.createIndex(child.index, 0, child))
                    stack.append(child)
        return out

    # --- looking up ------------------------------------------------------------------------

    def node(self, index: QModelIndex | QPersistentModelIndex) -> nodes.Node:
        return index.internalPointer() if index.isValid() else self._root

    def index_of(self, uuid: str, column: int = 0) -> QModelIndex:
        """The line showing a section, an item or a row (an item's first row: the item's line)."""
        node = self._by_uuid.get(uuid)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.index, column, node)

    def size_key(self, index: QModelIndex) -> tuple:
        """What decides a cell's wrapped height besides its column's width and the view's font:
        its text, its line's kind (a section's is bold) and depth (the first column's
        indentation), the flag beside a due time. Cells with equal keys are as tall (the
        delegate measures each key once)."""
        node = index.internalPointer()
        column = index.column()
        return (
            column,
            node.kind,
            cell_text(node, column),
            node.depth() if column == 0 else 0,
            column == DUE_COLUMN and due_flag(node, self._period_start) is not None,
        )

    def is_section(self, index: QModelIndex) -> bool:
        return index.isValid() and self.node(index).kind == nodes.SECTION

    @property
    def editable(self) -> bool:
        return self._view is not None and self.editor is not None

    def field_at(self, index: QModelIndex) -> tuple[str, str] | None:
        """(uuid, field) a cell edits, or None."""
        if not index.isValid():
            return None
        node, column = self.node(index), index.column()
        if node.kind == nodes.SECTION:
            return (node.uuid, "title") if column == 0 else None
        if column == 0:
            return (node.uuid, "number") if node.kind == nodes.ITEM else None
        if column == 1:
            return (node.uuid, "objective") if node.kind == nodes.ITEM else None
        if node.row is None:
            return None
        return node.row.uuid, ROW_FIELDS[column - 2]

    # --- QAbstractItemModel --------------------------------------------------------------
    # The view calls these tens of thousands of times when it lays a big annex out: plain
    # attribute access, module constants for roles and flags (see roles.py).

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # An invalid parent's pointer is None: the root (one call to Qt fewer than isValid()).
        children = (parent.internalPointer() or self._root).children
        if 0 <= row < len(children) and 0 <= column <= _LAST:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = index.internalPointer()
        if node is None:
            return QModelIndex()
        parent_node = node.parent
        if parent_node is None or parent_node is self._root:
            return QModelIndex()
        return self.createIndex(parent_node.index, 0, parent_node)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        node = parent.internalPointer()
        if node is None:
            return len(self._root.children)
        return len(node.children) if parent.column() == 0 else 0

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return _COLUMNS

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        node = index.internalPointer()
        if node is None:
            return _DROP_ON_ROOT if self._editable else roles.NO_FLAGS
        # Worked out once per line (the view asks for every cell of every line it lays out).
        per_column = node.flags
        if per_column is None:
            per_column = node.flags = self._line_flags(node)
        return per_column[index.column()]

    def _line_flags(self, node: nodes.Node) -> tuple:
        key = (node.kind, node.row is not None, not node.children, self._editable)
        found = _LINE_FLAGS.get(key)
        if found is None:
            found = _LINE_FLAGS[key] = _line_flags(*key)
        return found

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        # Never defer to super(): an empty QVariant coming back costs a reference to None
        # on some PySide6 builds (see tests/test_pyside_refcount.py).
        if orientation == Qt.Orientation.Horizontal and role == roles.DISPLAY and 0 <= section <= _LAST:
            return _tr(COLUMN_TITLES[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        column = index.column()
        if role == roles.DISPLAY:
            return cell_text(node, column)
        if role == roles.EDIT:
            return edit_value(node, column)
        if role == roles.ALIGNMENT:
            return roles.TOP_CENTER if column == 0 and node.kind != nodes.SECTION else roles.TOP_LEFT
        if role == roles.DECORATION:
            return due_flag(node, self._period_start) if column == DUE_COLUMN else None
        if role == roles.TOOLTIP:
            return tooltip(node, column, self._period_start)
        if node.kind == nodes.SECTION:
            if role == roles.FONT:
                return self._bold
            if role == roles.BACKGROUND:
                return self._section_brush
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:
        if role != roles.EDIT or self.editor is None:
            return False
        target = self.field_at(index)
        if target is None:
            return False
        if value == edit_value(self.node(index), index.column()):
            return False  # opened and closed without a change: nothing to record
        return self.editor(target[0], target[1], value)
