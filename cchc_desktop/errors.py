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
