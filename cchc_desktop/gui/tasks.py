"""One task runner for background work: a worker thread, a progress dialog with a value and a
cancel button, typed errors back on the UI thread. Reading, writing and packaging files runs
here; the database is only touched on the UI thread (sqlite3 connections stay in theirs)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import CancelledError, CchcError
from ..services.jobs import Job


class _Relay(QObject):
    """Lives in the UI thread: the worker emits, the relay's own slots run there (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.on_done: Callable[[Any], None] = lambda _result: None
        self.on_error: Callable[[Any], None] = lambda _error: None
        self.on_progress: Callable[[int, int], None] = lambda _done, _total: None
        self.succeeded.connect(self._done)
        self.failed.connect(self._error)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.on_done(result)

    @Slot(object)
    def _error(self, error: Any) -> None:
        self.on_error(error)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.on_progress(done, total)


class _Work(QRunnable):
    def __init__(self, work: Callable[[Job], Any], job: Job, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._job, self._relay = work, job, relay

    def run(self) -> None:
        try:
            result = self._work(self._job)
        except CchcError as error:
            self._relay.failed.emit(error)
        except Exception as error:  # a bug must still reach the user as a message
            traceback.print_exc()
            self._relay.failed.emit(CchcError("unexpected", detail=repr(error)))
        else:
            self._relay.succeeded.emit(result)


class TaskRunner:
    """Runs one task at a time for a window; keeps its helpers alive until the task ends."""

    def __init__(self, parent: QWidget):
        self._parent = parent
        self._pool = QThreadPool(parent)
        self._pool.setMaxThreadCount(1)
        self._active: set[_Relay] = set()

    def busy(self) -> bool:
        return bool(self._active)

    def run(
        self,
        label: str,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[CchcError], None],
        *,
        cancellable: bool = False,
        quiet: bool = False,
    ) -> Job:
        """``work(job)`` in the worker; ``on_done(result)`` or ``on_error(error)`` on the UI thread.
        A cancelled task ends in neither (nothing was written)."""
        relay = _Relay()
        job = Job(lambda done, total: relay.progressed.emit(done, total))
        dialog = None
        if not quiet:
            dialog = QProgressDialog(
                label,
                QCoreApplication.translate("TaskRunner", "Hủy") if cancellable else "",
                0,
                0,
                self._parent,
            )
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.setWindowTitle(QCoreApplication.translate("TaskRunner", "Đang xử lý"))
            dialog.setWindowModality(Qt.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(job.cancel)

        def on_progress(done: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)

        def finish(callback: Callable, value: Any) -> None:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            self._active.discard(relay)
            relay.deleteLater()
            if isinstance(value, CancelledError):
                return
            try:
                callback(value)
            except CchcError as error:
                on_error(error)
            except Exception as error:  # a bug in a callback still reaches the user as a message
                traceback.print_exc()
                on_error(CchcError("unexpected", detail=repr(error)))

        relay.on_progress = on_progress
        relay.on_done = lambda result: finish(on_done, result)
        relay.on_error = lambda error: finish(on_error, error)
        self._active.add(relay)
        self._pool.start(_Work(work, job, relay))
        return job

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
