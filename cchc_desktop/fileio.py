"""Safe file writing: a document appears whole or not at all, and failures speak Vietnamese."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from .errors import InvalidInputError, OutputError


def describe_os_error(error: OSError, path: Path | str) -> str:
    if error.errno == errno.ENOSPC:
        return f"Ổ đĩa đã đầy, không ghi được «{path}». Hãy giải phóng dung lượng rồi thử lại."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Không có quyền ghi vào «{path}» (thư mục chỉ đọc hoặc tệp đang bị khóa)."
    if error.errno == errno.ENOENT:
        return f"Không tìm thấy «{path}»."
    if error.errno == errno.EFBIG:
        return f"Tệp «{path}» vượt quá dung lượng cho phép của ổ đĩa."
    return f"Lỗi đọc/ghi «{path}»: {error.strerror or error}."


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename over ``path``."""
    target = Path(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as error:
        raise OutputError(describe_os_error(error, target)) from error
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def read_bytes_bounded(path: Path | str, max_bytes: int, what: str) -> bytes:
    """The file's content, refusing anything larger than ``max_bytes`` before reading it."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise InvalidInputError(f"«{source}» không phải là một tệp.")
        if size > max_bytes:
            raise InvalidInputError(
                f"Tệp {what} «{source.name}» quá lớn ({size / 1_048_576:.1f} MB; "
                f"tối đa {max_bytes / 1_048_576:.0f} MB)."
            )
        with source.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as error:
        raise InvalidInputError(describe_os_error(error, source)) from error
