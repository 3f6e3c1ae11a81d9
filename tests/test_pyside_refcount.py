"""Regression guard: PySide6 6.12.0 on Python 3.11 drops a reference to None each time Qt hands
back an empty QVariant, and the process dies with "none_dealloc". The pinned version must not."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem

from cchc_desktop.gui.models.annex_tree import AnnexTreeModel
from cchc_desktop.gui.models.plan_list import PlanListModel

CALLS = 3000


def _none_refs_lost(action) -> int:
    action()  # warm caches first
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        action()
    return before - sys.getrefcount(None)


def test_empty_property_keeps_none_alive(qapp):
    obj = QObject()
    assert _none_refs_lost(lambda: obj.property("missing")) < CALLS // 10


def test_empty_item_data_keeps_none_alive(qapp):
    item = QStandardItem("x")
    assert _none_refs_lost(lambda: item.data(Qt.UserRole + 7)) < CALLS // 10


def test_our_models_unhandled_roles_keep_none_alive(qapp, demo_doc):
    tree = AnnexTreeModel()
    tree.set_document(demo_doc)
    plans = PlanListModel()
    first = tree.index(0, 0)

    def touch():
        tree.headerData(0, Qt.Horizontal, Qt.DecorationRole)
        tree.headerData(0, Qt.Vertical, Qt.DisplayRole)
        tree.data(first, Qt.UserRole)
        tree.data(QModelIndex(), Qt.DisplayRole)
        plans.headerData(1, Qt.Horizontal, Qt.SizeHintRole)
        plans.data(plans.index(0, 0), Qt.DisplayRole)

    assert _none_refs_lost(touch) < CALLS // 10


def test_pinned_pyside_is_not_the_leaking_build():
    import PySide6

    leaking = PySide6.__version__.startswith("6.12.0") and sys.version_info[:2] == (3, 11)
    assert not leaking, "PySide6 6.12.0 on Python 3.11 aborts with none_dealloc: keep the pin"
