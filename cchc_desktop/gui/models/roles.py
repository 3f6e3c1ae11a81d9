"""Qt's item roles and flags as plain values, looked up once. A model's ``data`` is asked for a
dozen roles per cell on every paint; on PySide6 a flat enum name such as ``Qt.DisplayRole``
costs ten microseconds per lookup (and or-ing flags twenty), a module constant nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

_R = Qt.ItemDataRole
DISPLAY = int(_R.DisplayRole.value)
DECORATION = int(_R.DecorationRole.value)
EDIT = int(_R.EditRole.value)
TOOLTIP = int(_R.ToolTipRole.value)
FONT = int(_R.FontRole.value)
ALIGNMENT = int(_R.TextAlignmentRole.value)
BACKGROUND = int(_R.BackgroundRole.value)
FOREGROUND = int(_R.ForegroundRole.value)
CHECK_STATE = int(_R.CheckStateRole.value)
USER = int(_R.UserRole.value)

_F = Qt.ItemFlag
NO_FLAGS = _F.NoItemFlags
SELECTABLE = _F.ItemIsEnabled | _F.ItemIsSelectable
EDITABLE = SELECTABLE | _F.ItemIsEditable
LEAF = _F.ItemNeverHasChildren
DRAG_DROP = _F.ItemIsDragEnabled | _F.ItemIsDropEnabled

TOP_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value)
TOP_CENTER = int((Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop).value)
CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
