"""Long work (import, export, packaging) reports progress and honours cancel through a
``Job`` handed in by the caller: the window's task runner (a worker thread) or the command
line (which ignores it). Qt-free."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..errors import CancelledError


class Job:
    """Progress and cancel for one piece of long work."""

    def __init__(self, on_progress: Callable[[int, int], None] | None = None):
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` (total 0: unknown); raises CancelledError once cancelled."""
        self.check()
        if self._on_progress is not None:
            self._on_progress(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise CancelledError("cancelled")

    # The shapes the exporters take: progress(done, total) and cancelled() -> bool.
    def callbacks(self) -> dict[str, Callable]:
        return {"progress": self.progress, "cancelled": lambda: self.cancelled}


NO_JOB = Job()
