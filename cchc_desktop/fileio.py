"""Safe file writing: a document appears whole or not at all, and failures speak Vietnamese."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import InvalidInputError, OutputError, os_error_message
from .i18n import QT_TRANSLATE_NOOP, define_messages

define_messages(
    {
        "file.not_a_file": QT_TRANSLATE_NOOP("Messages", "«{path}» không phải là một tệp."),
        "file.too_large": QT_TRANSLATE_NOOP(
            "Messages", "Tệp {what} «{name}» quá lớn ({size} MB; tối đa {limit} MB)."
        ),
        "file.unreadable": QT_TRANSLATE_NOOP("Messages", "Không đọc được tệp: {reason}"),
        "file.unwritable": QT_TRANSLATE_NOOP("Messages", "{reason}"),
        "file.no_folder": QT_TRANSLATE_NOOP(
            "Messages",
            "Thư mục «{folder}» không tồn tại, nên không ghi được «{name}». Hãy chọn một thư mục có sẵn "
            "(hoặc tạo thư mục đó trước).",
        ),
    }
)

# Files we create are for the user to open, copy and send: the usual permissions (0666 less the
# umask), not mkstemp's private 0600.
_DEFAULT_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def describe_os_error(error: OSError, path: Path | str) -> str:
    return str(os_error_message(error, path))


@contextmanager
def atomic_output(path: Path | str) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``path`` only once it is complete and on disk.

    The stream is a temporary file beside ``path``; any failure (including an exception inside
    the ``with`` block) removes it and leaves ``path`` as it was. OS errors become OutputError."""
    target = Path(path)
    if not target.parent.is_dir():
        raise OutputError("file.no_folder", folder=str(target.parent), name=target.name)
    if target.is_dir():
        raise OutputError("file.unwritable", reason=os_error_message(IsADirectoryError(21, "dir"), target))
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(tmp_name, _DEFAULT_MODE & ~_umask())
        except OSError:
            pass  # permissions are a courtesy; the content is what matters
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as error:
        raise OutputError("file.unwritable", reason=os_error_message(error, target)) from error
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename over ``path``."""
    with atomic_output(path) as handle:
        handle.write(data)


def write_with_atomic(path: Path | str, writer: Callable[[BinaryIO], None]) -> None:
    """``writer(stream)`` into a temporary file that replaces ``path`` when complete."""
    with atomic_output(path) as handle:
        writer(handle)


def read_bytes_bounded(path: Path | str, max_bytes: int, what: object) -> bytes:
    """The file's content, refusing anything larger than ``max_bytes`` before reading it."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise InvalidInputError("file.not_a_file", path=str(source))
        if size > max_bytes:
            raise InvalidInputError(
                "file.too_large",
                what=what,
                name=source.name,
                size=f"{size / 1_048_576:.1f}".replace(".", ","),
                limit=f"{max_bytes / 1_048_576:.0f}",
            )
        with source.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as error:
        raise InvalidInputError("file.unreadable", reason=os_error_message(error, source)) from error
