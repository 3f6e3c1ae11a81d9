"""Reading many rows at once: a 10,000-row annex comes back as some 100,000 Python objects.

- :func:`fast_text`: SQLite decodes the texts itself. The connection's lenient decoder (a
  damaged byte shows as "�" instead of failing) is a Python call per value, a third of the time
  of such a read; a damaged text fails the fast read, which is then done again the lenient way.
- :func:`collector_paused`: the cyclic garbage collector waits until the read is over. None of
  those objects is garbage, yet while they are being made the collector walks them again and
  again (a third of the time of loading a plan).
"""

from __future__ import annotations

import functools
import gc
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def fast_text(read: Callable[_P, _R]) -> Callable[_P, _R]:
    """Decorate a read whose first argument has ``conn`` (a Database or a Tx)."""

    @functools.wraps(read)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        conn = args[0].conn  # type: ignore[attr-defined]
        lenient = conn.text_factory
        if lenient is str:  # already inside a fast read
            return read(*args, **kwargs)
        conn.text_factory = str
        try:
            return read(*args, **kwargs)
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise
        finally:
            conn.text_factory = lenient
        return read(*args, **kwargs)

    return wrapper
