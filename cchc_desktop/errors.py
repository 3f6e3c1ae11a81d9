"""Errors the user may see. Each carries a Vietnamese message fit to show as it is."""

from __future__ import annotations


class CchcError(Exception):
    """Base of every expected failure; ``str(error)`` is the Vietnamese message."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class DatabaseError(CchcError):
    """The database cannot be opened or written (newer version, damaged, locked, disk)."""

    exit_code = 5


class NewerDatabaseError(DatabaseError):
    pass


class DamagedDatabaseError(DatabaseError):
    """The database failed its integrity check and was moved aside (never overwritten)."""

    def __init__(self, message: str, moved_to, newest_backup=None):
        super().__init__(message)
        self.moved_to = moved_to
        self.newest_backup = newest_backup


class NotFoundError(CchcError):
    exit_code = 3


class InvalidInputError(CchcError):
    """A file or value given by the user is not acceptable."""

    exit_code = 4


class OutputError(CchcError):
    """A file could not be written (disk full, no permission...)."""

    exit_code = 6


_SQLITE_EXPLANATIONS = {
    5: "cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại sau ít phút",
    6: "cơ sở dữ liệu đang bị khóa; hãy thử lại sau ít phút",
    8: "thư mục dữ liệu hoặc tệp cơ sở dữ liệu chỉ cho phép đọc",
    10: "lỗi ghi ổ đĩa (ổ đĩa có thể đã đầy hoặc vừa bị rút ra)",
    11: "tệp cơ sở dữ liệu bị hỏng",
    13: "ổ đĩa đã đầy",
    14: "không mở được tệp cơ sở dữ liệu",
    26: "tệp không phải cơ sở dữ liệu",
}


def explain_sqlite_error(error: Exception) -> str:
    """The cause of an SQLite failure in Vietnamese, with SQLite's own words in brackets."""
    code = getattr(error, "sqlite_errorcode", None)
    reason = _SQLITE_EXPLANATIONS.get(code & 0xFF) if isinstance(code, int) else None
    if reason is None:
        text = str(error).lower()
        reason = ("ổ đĩa đã đầy" if "disk is full" in text
                  else "thư mục dữ liệu chỉ cho phép đọc" if "readonly" in text
                  else "lỗi đọc/ghi ổ đĩa" if "disk i/o" in text else None)
    return f"{reason} ({error})" if reason else str(error)
