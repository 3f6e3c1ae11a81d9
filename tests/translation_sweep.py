"""Pieces of the English interface tests: what counts as Vietnamese left in an English text, the
user's own data (which stays as written), the translators that record what found no English, and
the walk over every text a window shows (widgets, actions, headers and cells of the models)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Letters only Vietnamese uses among the languages the program speaks (with đ and the tone marks).
VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)
# What an English text may keep in Vietnamese: examples of what the user types or the files
# contain, between « », and these names (places, a person in an example, the language's own name).
QUOTED = re.compile(r"«[^»]*»")
NAMES = ("Cửa Tùng", "CỬA TÙNG", "Quảng Trị", "Nguyễn Thị Hoa", "Tiếng Việt")


def vietnamese_left(text: str, data: Iterable[str] = ()) -> str:
    """What of ``text`` is still Vietnamese once quoted examples, names and the user's own data
    (``data``, longest first) are taken out; "" when nothing is."""
    rest = QUOTED.sub(" ", text)
    if not VIETNAMESE.search(rest):
        return ""
    for value in (*data, *NAMES):
        if value in rest:
            rest = rest.replace(value, " ")
    for value in data:  # then the data shown cut short: its beginning, up to "…" or the end
        if len(value) > _CUT and value[:_CUT] in rest:
            start = rest.index(value[:_CUT])
            end = start + _CUT
            while end < len(rest) and end - start < len(value) and rest[end] == value[end - start]:
                end += 1
            if end == len(rest) or rest[end] in "…\n":
                rest = rest[:start] + " " + rest[end:]
    return rest if VIETNAMESE.search(rest) else ""


_CUT = 24


# --- the user's data -------------------------------------------------------------------------


def data_strings(*roots: Any) -> list[str]:
    """Every text held in ``roots`` (dataclasses, lists, dicts, named tuples…), longest first,
    with the line and upper-case forms the window shows of them."""
    found: set[str] = set()
    seen: set[int] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            for text in {value, value.strip(), value.upper(), *value.splitlines()}:
                if VIETNAMESE.search(text):
                    found.add(text.strip())
            return
        if isinstance(value, (int, float, bool)) or value is None or id(value) in seen:
            return
        seen.add(id(value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name, None))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dict__"):
            for item in vars(value).values():
                walk(item)
        elif hasattr(value, "__slots__"):
            for name in value.__slots__:
                walk(getattr(value, name, None))

    for root in roots:
        walk(root)
    return sorted((t for t in found if t), key=len, reverse=True)


# --- translators that record misses ----------------------------------------------------------


class MissRecorder(QTranslator):
    """Installed before the real translator (so asked after it): every lookup of one of our
    contexts reaching it found no English."""

    def __init__(self, contexts: set[str], parent=None):
        super().__init__(parent)
        self.contexts = contexts
        self.misses: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        ours = context in self.contexts or not context.startswith("Q")
        if ours and source and VIETNAMESE.search(source):
            self.misses.add((context, source))
        return None  # a null string: Qt goes on to the source text (an empty one would replace it)


class RecordingTranslations(dict):
    """Stands for the core's translation table: records the lookups that found nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()

    def __repr__(self) -> str:
        return f"<RecordingTranslations: {len(self)} texts, {len(self.misses)} misses>"

    def get(self, key, default=None):
        found = super().get(key, default)
        if not found and VIETNAMESE.search(key[1]):
            self.misses.add(key)
        return found


# --- the walk --------------------------------------------------------------------------------

_ROLES = (int(Qt.DisplayRole.value), int(Qt.ToolTipRole.value))


def _name(widget: QWidget) -> str:
    parts = []
    while widget is not None and len(parts) < 3:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model (QListWidget's): one column, the method private
        return 1


def _model_texts(model: QAbstractItemModel, where: str, limit: int = 400) -> Iterator[tuple[str, str]]:
    columns = _columns(model, QModelIndex())
    for section in range(columns):
        for role in _ROLES:
            value = model.headerData(section, Qt.Horizontal, role)
            if isinstance(value, str):
                yield f"{where} header {section}", value
    count = 0
    pending = [QModelIndex()]
    while pending and count < limit:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            count += 1
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in _ROLES:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"{where} [{row},{column}]", value
            first = model.index(row, 0, parent)
            if first.isValid() and model.rowCount(first) > 0:
                pending.append(first)


def _action_texts(actions, where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        for kind, text in (
            ("text", action.text()),
            ("tip", action.toolTip()),
            ("status", action.statusTip()),
        ):
            yield f"{where} action {kind}", text
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} menu", menu.title()
            yield from _action_texts(menu.actions(), f"{where}>{menu.title()}", seen)


def widget_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text ``top`` and its descendants show: titles, labels, buttons,
    tooltips, placeholders, group boxes, tabs, combo items, actions and menus, and the headers
    and cells of every view's model."""
    seen_actions: set[int] = set()
    models: set[int] = set()
    for widget in [top, *top.findChildren(QWidget)]:
        where = _name(widget)
        if isinstance(widget, (QMainWindow, QDialog)) or widget.isWindow():
            yield f"{where} title", widget.windowTitle()
        for kind, text in (
            ("tooltip", widget.toolTip()),
            ("status tip", widget.statusTip()),
            ("what's this", widget.whatsThis()),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
        ):
            yield f"{where} {kind}", text
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{where} placeholder", widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield f"{where} tab", widget.tabText(tab)
                yield f"{where} tab tip", widget.tabToolTip(tab)
        if isinstance(widget, QComboBox):
            for item in range(widget.count()):
                yield f"{where} item", widget.itemText(item)
                tip = widget.itemData(item, Qt.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{where} item tip", tip
            if widget.isEditable() and widget.lineEdit() is not None:
                yield f"{where} placeholder", widget.lineEdit().placeholderText()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            if id(model) not in models:
                models.add(id(model))
                yield from _model_texts(model, where)
        yield from _action_texts(QWidget.actions(widget), where, seen_actions)
        if isinstance(widget, QMainWindow):
            yield from _action_texts(widget.menuBar().actions(), f"{where} menu bar", seen_actions)
            yield f"{where} status", widget.statusBar().currentMessage()
