"""Errors the user may see: a code and its parameters, rendered in the interface language.

``raise InvalidInputError("annex.too_many_rows", name=..., limit=...)``; the template of the
code is registered with :func:`cchc_desktop.i18n.define_messages` in the module that raises
it. ``error.message`` is the sentence; the window and the command line show it, tests check
``error.code`` and ``error.params``. The class says what kind of failure it is, and with it
the command line's exit code.
"""

from __future__ import annotations

import errno
import os
from typing import Any

from .i18n import QT_TRANSLATE_NOOP, Message, define_messages, message


class CchcError(Exception):
    """Base of every expected failure."""

    exit_code = 1

    def __init__(self, code: str, /, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def message(self) -> str:
        return message(self.code, self.params)

    def __str__(self) -> str:
        return self.message

    def to_json(self) -> dict[str, Any]:
        return Message(self.code, **self.params).to_json() | {"exit_code": self.exit_code}


class UsageError(CchcError):
    """The command names something ambiguously (a title piece matching several plans...)."""

    exit_code = 2


class NotFoundError(CchcError):
    exit_code = 3


class InvalidInputError(CchcError):
    """A file or value given by the user is not acceptable."""

    exit_code = 4


class DatabaseError(CchcError):
    """The database cannot be opened or written (newer version, damaged, locked, disk)."""

    exit_code = 5


class NewerDatabaseError(DatabaseError):
    pass


class DamagedDatabaseError(DatabaseError):
    """The database is damaged or missing; a damaged file was moved aside, never overwritten.

    ``moved_to`` is where the damaged file went (None when there was no file to move);
    ``newest_backup`` the newest good backup to offer, if any."""

    def __init__(
        self, code: str, /, moved_to: os.PathLike | None = None, newest_backup: Any = None, **params: Any
    ):
        super().__init__(code, **params)
        self.moved_to = moved_to
        self.newest_backup = newest_backup


class OutputError(CchcError):
    """A file could not be written (disk full, no permission...)."""

    exit_code = 6


class CancelledError(CchcError):
    """The user cancelled long work; nothing was written."""

    exit_code = 130


define_messages(
    {
        "os.disk_full": QT_TRANSLATE_NOOP(
            "Messages", "Ổ đĩa đã đầy, không ghi được «{path}». Hãy giải phóng dung lượng rồi thử lại."
        ),
        "os.no_permission": QT_TRANSLATE_NOOP(
            "Messages", "Không có quyền ghi vào «{path}» (thư mục chỉ đọc hoặc tệp đang bị khóa)."
        ),
        "os.not_found": QT_TRANSLATE_NOOP("Messages", "Không tìm thấy «{path}»."),
        "os.is_directory": QT_TRANSLATE_NOOP(
            "Messages", "«{path}» là một thư mục; hãy ghi rõ tên tệp cần ghi."
        ),
        "os.not_directory": QT_TRANSLATE_NOOP(
            "Messages", "Một phần của đường dẫn «{path}» không phải là thư mục."
        ),
        "os.too_big": QT_TRANSLATE_NOOP("Messages", "Tệp «{path}» vượt quá dung lượng cho phép của ổ đĩa."),
        "os.other": QT_TRANSLATE_NOOP("Messages", "Lỗi đọc/ghi «{path}»: {reason}."),
        "cancelled": QT_TRANSLATE_NOOP("Messages", "Đã hủy theo yêu cầu; chưa ghi gì."),
        "unexpected": QT_TRANSLATE_NOOP(
            "Messages", "Lỗi không mong đợi: {detail}. Hãy báo cho nhóm phát triển."
        ),
        "sqlite.busy": QT_TRANSLATE_NOOP(
            "Messages", "cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại sau ít phút"
        ),
        "sqlite.locked": QT_TRANSLATE_NOOP("Messages", "cơ sở dữ liệu đang bị khóa; hãy thử lại sau ít phút"),
        "sqlite.readonly": QT_TRANSLATE_NOOP(
            "Messages", "thư mục dữ liệu hoặc tệp cơ sở dữ liệu chỉ cho phép đọc"
        ),
        "sqlite.ioerr": QT_TRANSLATE_NOOP(
            "Messages", "lỗi ghi ổ đĩa (ổ đĩa có thể đã đầy hoặc vừa bị rút ra)"
        ),
        "sqlite.corrupt": QT_TRANSLATE_NOOP("Messages", "tệp cơ sở dữ liệu bị hỏng"),
        "sqlite.full": QT_TRANSLATE_NOOP("Messages", "ổ đĩa đã đầy"),
        "sqlite.cantopen": QT_TRANSLATE_NOOP("Messages", "không mở được tệp cơ sở dữ liệu"),
        "sqlite.notadb": QT_TRANSLATE_NOOP("Messages", "tệp không phải cơ sở dữ liệu"),
        "sqlite.other": QT_TRANSLATE_NOOP("Messages", "{detail}"),
        "sqlite.explained": QT_TRANSLATE_NOOP("Messages", "{reason} ({detail})"),
    }
)

_SQLITE_CODES = {
    5: "sqlite.busy",
    6: "sqlite.locked",
    8: "sqlite.readonly",
    10: "sqlite.ioerr",
    11: "sqlite.corrupt",
    13: "sqlite.full",
    14: "sqlite.cantopen",
    26: "sqlite.notadb",
}


def explain_sqlite_error(error: Exception) -> Message:
    """The cause of an SQLite failure, with SQLite's own words in brackets."""
    code = getattr(error, "sqlite_errorcode", None)
    reason = _SQLITE_CODES.get(code & 0xFF) if isinstance(code, int) else None
    if reason is None:
        text = str(error).lower()
        reason = (
            "sqlite.full"
            if "disk is full" in text
            else "sqlite.readonly"
            if "readonly" in text
            else "sqlite.ioerr"
            if "disk i/o" in text
            else None
        )
    if reason is None:
        return Message("sqlite.other", detail=str(error))
    return Message("sqlite.explained", reason=Message(reason), detail=str(error))


def os_error_message(error: OSError, path: os.PathLike | str) -> Message:
    """Why a file could not be read or written, in the interface language."""
    number = error.errno
    if number == errno.ENOSPC:
        return Message("os.disk_full", path=str(path))
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("os.no_permission", path=str(path))
    if number == errno.ENOENT:
        return Message("os.not_found", path=str(path))
    if number == errno.EISDIR or isinstance(error, IsADirectoryError):
        return Message("os.is_directory", path=str(path))
    if number == errno.ENOTDIR:
        return Message("os.not_directory", path=str(path))
    if number == errno.EFBIG:
        return Message("os.too_big", path=str(path))
    return Message("os.other", path=str(path), reason=error.strerror or str(error))
