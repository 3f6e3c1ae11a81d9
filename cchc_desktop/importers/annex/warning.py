"""What an import warns about: a row, a code and its parameters, rendered when shown.

``ImportWarning(12, "annex.number_jump", {"previous": 1, "number": 3})`` renders as
"Cảnh báo (dòng 12): Số thứ tự nhảy từ 1 sang 3." in the interface language of the moment.
Tests check ``code`` and ``params``; the command line prints ``str(warning)``; ``--json``
writes ``to_json()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, Message, define_messages

define_messages(
    {
        "annex.warning": QT_TRANSLATE_NOOP("Messages", "Cảnh báo: {message}"),
        "annex.warning_at_row": QT_TRANSLATE_NOOP("Messages", "Cảnh báo (dòng {row}): {message}"),
        "annex.no_number": QT_TRANSLATE_NOOP("Messages", "(không số)"),
    }
)

# How many row numbers a warning lists before "…".
SHOWN_ROWS = 8


@dataclass(frozen=True)
class ImportWarning:
    """Something the user should check; ``row_number`` is the table's row, 1-based (None: the
    whole table or section)."""

    row_number: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """The sentence, without the "Cảnh báo (dòng …)" prefix."""
        return str(Message(self.code, **self.params))

    def __str__(self) -> str:
        if self.row_number:
            return str(Message("annex.warning_at_row", row=self.row_number, message=self.message))
        return str(Message("annex.warning", message=self.message))

    def to_json(self) -> dict[str, Any]:
        """{"row", "code", "params", "message"}: parameters as JSON values."""
        rendered = Message(self.code, **self.params).to_json()
        return {
            "row": self.row_number,
            "code": self.code,
            "params": rendered["params"],
            "message": rendered["message"],
        }


class Numbering(str):
    """An item number or section code as a message parameter: the text itself, shown as
    "(không số)" when empty. It compares and serialises as the bare text ("" included)."""

    __slots__ = ()

    def __str__(self) -> str:
        return str.__str__(self) or str(Message("annex.no_number"))


class RowNumbers(tuple):
    """Row numbers as a message parameter: "5, 6, 7" (the first SHOWN_ROWS, then "…"); a list
    of integers in JSON."""

    __slots__ = ()

    def __str__(self) -> str:
        shown = ", ".join(str(n) for n in self[:SHOWN_ROWS])
        return shown + (", …" if len(self) > SHOWN_ROWS else "")


class Bullets(tuple):
    """Messages as one parameter: a line "- …" each; a list of {"code", "params", "message"} in JSON."""

    __slots__ = ()

    def __str__(self) -> str:
        return "\n".join(f"- {item}" for item in self)
