"""The annex's menu (Sửa → Phụ lục, and on a right click in the tree) and the toolbar over it,
built from the annex actions (annex_actions.py), with each action's key in its tooltip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QToolButton

if TYPE_CHECKING:
    from .annex_actions import AnnexActions


def annex_menu(actions: AnnexActions) -> QMenu:
    """Sửa → Phụ lục and the tree's right-click menu."""
    menu = QMenu(QCoreApplication.translate("AnnexActions", "&Phụ lục"), actions.page)
    groups = (
        (actions.edit_cell, actions.row_form),
        (actions.add_section, actions.add_item, actions.add_sub_item, actions.add_row),
        (actions.move_up, actions.move_down, actions.indent, actions.outdent),
        (actions.copy, actions.paste),
        (actions.delete,),
    )
    for group in groups:
        for action in group:
            menu.addAction(action)
        menu.addSeparator()
    numbering = menu.addMenu(QCoreApplication.translate("AnnexActions", "Cách đánh số nhiệm vụ"))
    numbering.addAction(actions.per_section)
    numbering.addAction(actions.continuous)
    return menu


def annex_toolbar(actions: AnnexActions) -> QToolBar:
    """Over the tree: Thêm ▸ (item, sub-item, row, section), the row form, delete, the four
    moves as arrows, copy and paste, the numbering."""
    bar = QToolBar(actions.page)
    bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    bar.setIconSize(QSize(14, 14))
    bar.setStyleSheet("QToolBar { spacing: 2px; } QToolButton { padding: 2px 6px; }")
    add = QToolButton(bar)
    add.setText(QCoreApplication.translate("AnnexActions", "Thêm"))
    add.setToolTip(
        QCoreApplication.translate("AnnexActions", "Thêm lĩnh vực, nhiệm vụ, nhiệm vụ con hoặc dòng")
    )
    add_menu = QMenu(add)
    for action in (actions.add_item, actions.add_sub_item, actions.add_row, actions.add_section):
        add_menu.addAction(action)
    add.setMenu(add_menu)
    add.setPopupMode(QToolButton.InstantPopup)
    bar.addWidget(add)
    for action in (actions.row_form, actions.delete):
        bar.addAction(action)
    bar.addSeparator()
    style = actions.tree.style()
    for action, icon in (
        (actions.move_up, QStyle.SP_ArrowUp),
        (actions.move_down, QStyle.SP_ArrowDown),
        (actions.outdent, QStyle.SP_ArrowLeft),
        (actions.indent, QStyle.SP_ArrowRight),
    ):
        action.setIcon(style.standardIcon(icon))
        button = QToolButton(bar)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonIconOnly)
        bar.addWidget(button)
    bar.addSeparator()
    for action in (actions.copy, actions.paste):
        bar.addAction(action)
    bar.addSeparator()
    numbering = QToolButton(bar)
    numbering.setText(QCoreApplication.translate("AnnexActions", "Đánh số"))
    numbering.setToolTip(
        QCoreApplication.translate("AnnexActions", "Đánh số nhiệm vụ lại từ 1 ở mỗi lĩnh vực, hoặc liên tục")
    )
    number_menu = QMenu(numbering)
    number_menu.addAction(actions.per_section)
    number_menu.addAction(actions.continuous)
    numbering.setMenu(number_menu)
    numbering.setPopupMode(QToolButton.InstantPopup)
    bar.addWidget(numbering)
    return bar
