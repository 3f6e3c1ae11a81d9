"""What the user does to the annex on the Kế hoạch page: add a section, an item, a sub-item or
another row of an item; delete; move up and down, indent and outdent; copy rows for Excel or
Word and paste rows from them; open the row form; choose how items are numbered. Each is one
undoable action. The actions sit in a toolbar over the tree, in its right-click menu and in
Sửa → Phụ lục, with their keys in the tooltips:

    Insert              Thêm nhiệm vụ (after the selected one, at its level)
    Ctrl+Alt+Insert     Thêm nhiệm vụ con
    Ctrl+Shift+Insert   Thêm dòng cho nhiệm vụ (another activity / product / date)
    Delete              Xóa
    Alt+Up / Alt+Down   Chuyển lên / xuống
    Alt+Right / Alt+Left  Thụt vào (thành nhiệm vụ con) / Lùi ra
    Ctrl+C / Ctrl+V     Sao chép / Dán dòng (Excel, Word)
    Ctrl+Enter          Biểu mẫu dòng
    F2, double-click, or just typing: edit the cell
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog

from ...errors import CchcError
from ...i18n import fmt
from ..models.annex_nodes import ITEM, ROW, SECTION, Node
from .annex_toolbar import annex_menu, annex_toolbar

if TYPE_CHECKING:
    from ...services.edits import Applied
    from ..dialogs.row_form import RowFormDialog
    from .plans import PlansPage


class AnnexActions(QObject):
    def __init__(self, page: PlansPage):
        super().__init__(page)
        self.page = page
        self.tree = page.ui.annexTree
        self.ws = page.ws
        self.add_section = self._action(self.tr("Thêm lĩnh vực"), self.do_add_section, None)
        self.add_item = self._action(self.tr("Thêm nhiệm vụ"), self.do_add_item, "Insert")
        self.add_sub_item = self._action(
            self.tr("Thêm nhiệm vụ con"), self.do_add_sub_item, "Ctrl+Alt+Insert"
        )
        self.add_row = self._action(self.tr("Thêm dòng cho nhiệm vụ"), self.do_add_row, "Ctrl+Shift+Insert")
        self.row_form = self._action(
            self.tr("Biểu mẫu dòng…"), self.do_row_form, ("Ctrl+Return", "Ctrl+Enter")
        )
        self.delete = self._action(self.tr("Xóa"), self.do_delete, "Delete")
        self.move_up = self._action(
            self.tr("Chuyển lên"), lambda: self._move(self.ws.register.move_up), "Alt+Up"
        )
        self.move_down = self._action(
            self.tr("Chuyển xuống"), lambda: self._move(self.ws.register.move_down), "Alt+Down"
        )
        self.indent = self._action(
            self.tr("Thụt vào (thành nhiệm vụ con)"),
            lambda: self._shift(self.ws.register.indent),
            "Alt+Right",
        )
        self.outdent = self._action(
            self.tr("Lùi ra"), lambda: self._shift(self.ws.register.outdent), "Alt+Left"
        )
        self.copy = self._action(self.tr("Sao chép dòng"), self.do_copy, QKeySequence.Copy)
        self.paste = self._action(self.tr("Dán dòng (từ Excel, Word)"), self.do_paste, QKeySequence.Paste)
        self.edit_cell = self._action(self.tr("Sửa ô (F2, nhấp đúp hoặc gõ luôn)"), self.do_edit_cell, None)
        self.numbering_group = QActionGroup(self)
        self.per_section = self._numbering(self.tr("Đánh số lại từ 1 ở mỗi lĩnh vực"), "per_section")
        self.continuous = self._numbering(self.tr("Đánh số liên tục qua các lĩnh vực"), "continuous")
        for action in self._all():
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.tree.addAction(action)
        self.menu = annex_menu(self)
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: self.menu.exec(self.tree.viewport().mapToGlobal(pos))
        )
        self.toolbar = annex_toolbar(self)
        page.ui.annexToolbarLayout.addWidget(self.toolbar)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.update())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self.update())

    # --- building --------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], keys) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            keys = keys if isinstance(keys, tuple) else (keys,)
            action.setShortcuts([QKeySequence(k) for k in keys])
            shown = QKeySequence(keys[0]).toString(QKeySequence.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({shown})")
        action.triggered.connect(slot)
        return action

    def _numbering(self, text: str, mode: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setData(mode)
        action.triggered.connect(lambda: self.do_numbering(mode))
        self.numbering_group.addAction(action)
        return action

    def _all(self) -> list[QAction]:
        return [
            self.add_section,
            self.add_item,
            self.add_sub_item,
            self.add_row,
            self.row_form,
            self.delete,
            self.move_up,
            self.move_down,
            self.indent,
            self.outdent,
            self.copy,
            self.paste,
        ]

    # --- what is selected ------------------------------------------------------------------

    def current(self) -> Node | None:
        index = self.tree.currentIndex()
        return self.page.annex_model.node(index) if index.isValid() else None

    def selected(self) -> list[Node]:
        model = self.page.annex_model
        chosen = [model.node(i) for i in self.tree.selectionModel().selectedRows(0)]
        if not chosen and self.current() is not None:
            chosen = [self.current()]
        return chosen

    def update(self) -> None:
        node = self.current()
        editable = self.page.annex_model.editable
        has_plan = self.page.annex_model.view is not None
        kind = node.kind if node is not None else None
        self.add_section.setEnabled(editable and has_plan)
        self.add_item.setEnabled(editable and kind is not None)
        self.add_sub_item.setEnabled(editable and kind in (ITEM, ROW))
        self.add_row.setEnabled(editable and kind in (ITEM, ROW))
        self.row_form.setEnabled(editable and kind is not None)
        self.edit_cell.setEnabled(editable and kind is not None)
        for action in (self.delete, self.move_up, self.move_down):
            action.setEnabled(editable and kind is not None)
        self.indent.setEnabled(editable and kind in (ITEM, ROW))
        self.outdent.setEnabled(editable and kind in (ITEM, ROW))
        self.copy.setEnabled(has_plan and kind is not None)
        self.paste.setEnabled(editable and kind is not None)
        numbering = self.page.annex_model.view.plan.numbering if has_plan else "per_section"
        self.per_section.setChecked(numbering == "per_section")
        self.continuous.setChecked(numbering == "continuous")
        for action in (self.per_section, self.continuous):
            action.setEnabled(editable)

    # --- carrying out ----------------------------------------------------------------------

    def _run(self, action: Callable[[], Applied | None], edit_column: int | None = None) -> bool:
        """One use case: refused, the reason shows; done, into the undo history (the tree then
        selects what it touched and, with ``edit_column``, opens that cell for typing)."""
        try:
            applied = action()
        except CchcError as error:
            self.page.window_.show_error(error)
            return False
        if applied is None:
            return False
        self.page.window_.record(applied)
        focus = applied.changed.focus
        if edit_column is not None and focus:
            index = self.page.annex_model.index_of(focus, edit_column)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.edit(index)
        return True

    def _view(self):
        return self.page.annex_model.view

    def do_add_section(self) -> None:
        view = self._view()
        if view is None:
            return
        node = self.current()
        position = -1
        if node is not None:
            section = node
            while section.parent is not None and section.kind != SECTION:
                section = section.parent
            position = section.index + 1
        self._run(lambda: self.ws.register.add_section(view.plan.id, position), edit_column=0)

    def do_add_item(self) -> None:
        node = self.current()
        if node is None:
            return
        register = self.ws.register
        if node.kind == SECTION:
            self._run(lambda: register.add_item(node.uuid), edit_column=2)
        else:
            self._run(lambda: register.add_item_after(node.item_uuid or node.uuid), edit_column=2)

    def do_add_sub_item(self) -> None:
        node = self.current()
        if node is not None and node.item_uuid:
            self._run(lambda: self.ws.register.add_item(node.item_uuid), edit_column=2)

    def do_add_row(self) -> None:
        node = self.current()
        if node is None or node.item is None:
            return
        register = self.ws.register
        if node.kind == ROW:
            action = lambda: register.add_row(node.uuid)  # noqa: E731 - after this row
        else:  # the item's line: after its first row (its rows keep their order)
            action = lambda: register.add_row(node.uuid, 1 if node.item.rows else -1)  # noqa: E731
        self._run(action, edit_column=3)

    def do_delete(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        uuids = [n.uuid for n in chosen]
        if self._run(lambda: self.ws.register.remove(uuids)):
            self.page.window_.status(
                fmt(self.tr("Đã xóa {count} mục. Bấm Ctrl+Z để hoàn tác."), count=len(uuids))
            )

    def _move(self, use_case: Callable[[str], Applied | None]) -> None:
        node = self.current()
        if node is not None:
            self._run(lambda: use_case(node.uuid))

    def _shift(self, use_case: Callable[[str], Applied | None]) -> None:
        node = self.current()
        if node is not None and node.item_uuid:
            self._run(lambda: use_case(node.item_uuid))

    def move_node(self, kind: str, uuid: str, to_parent: str, position: int) -> bool:
        """A line dropped in the tree."""
        return self._run(lambda: self.ws.register.move(uuid, to_parent, position))

    def do_numbering(self, mode: str) -> None:
        view = self._view()
        if view is not None and view.plan.numbering != mode:
            self._run(lambda: self.ws.register.set_numbering(view.plan.id, mode))
        self.update()

    def do_edit_cell(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index)

    # --- clipboard -------------------------------------------------------------------------

    def do_copy(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        try:
            clip = self.ws.register.copy_rows([n.uuid for n in chosen])
        except CchcError as error:
            self.page.window_.show_error(error)
            return
        data = QMimeData()
        data.setText(clip.text)
        data.setHtml(clip.html)
        QGuiApplication.clipboard().setMimeData(data)
        self.page.window_.status(
            fmt(self.tr("Đã sao chép {count} dòng: dán được vào Excel hoặc Word."), count=clip.rows)
        )

    def do_paste(self) -> None:
        node = self.current()
        text = QGuiApplication.clipboard().text()
        if node is None or not text.strip():
            return
        try:
            result = self.ws.register.paste_rows(node.uuid, text)
        except CchcError as error:
            self.page.window_.show_error(error)
            return
        self.page.window_.record(result.applied)
        notes = [fmt(self.tr("Đã dán {counts}."), counts=str(result.counts.tasks_message()))]
        if result.new_units:
            notes.append(fmt(self.tr("Đơn vị mới: {names}."), names=", ".join(result.new_units)))
        notes += [str(w) for w in result.warnings[:2]]
        self.page.window_.status(" ".join(notes), 15000)

    # --- the row form ----------------------------------------------------------------------

    def do_row_form(self) -> RowFormDialog | None:
        node = self.current()
        view = self._view()
        if node is None or view is None:
            return None
        if node.kind == SECTION:
            self._section_title(node)
            return None
        from ..dialogs.row_form import RowFormDialog  # loaded on first use: keeps start-up fast

        dialog = RowFormDialog(
            self.ws,
            view,
            self.page.window_.record,
            self.page.window_.show_error,
            row_uuid=node.row.uuid if node.row is not None else None,
            item_uuid=node.item_uuid,
            parent=self.page,
        )
        dialog.finished.connect(lambda _result: self._select(dialog.row.uuid if dialog.row else None))
        dialog.open()
        return dialog

    def _select(self, uuid: str | None) -> None:
        if uuid:
            index = self.page.annex_model.index_of(uuid)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def _section_title(self, node: Node) -> None:
        title, ok = QInputDialog.getText(
            self.page, self.tr("Tên lĩnh vực"), self.tr("Tên lĩnh vực:"), text=node.section.title
        )
        if ok:
            self._run(lambda: self.ws.register.set_cell(node.uuid, "title", title))
