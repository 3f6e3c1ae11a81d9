"""Vietnamese wording for argparse's own messages (usage, errors, help headings).

argparse looks its strings up through the module-level ``_`` at call time, so replacing it
translates the parser without re-implementing it. In another interface language argparse keeps
its own (English) wording.
"""

from __future__ import annotations

import argparse
import gettext

from .i18n import SOURCE_LANGUAGE, language

_MESSAGES = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s không rõ, có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
}


def _translate(message: str) -> str:
    return _MESSAGES.get(message, message)


def install() -> None:
    """argparse's wording in the interface language (call after choosing the language)."""
    argparse._ = _translate if language() == SOURCE_LANGUAGE else gettext.gettext  # type: ignore[attr-defined]
