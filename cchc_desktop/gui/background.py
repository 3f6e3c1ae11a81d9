"""Long work (reading, writing, packaging files) off the UI thread, behind a progress dialog."""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import CchcError


class _Relay(QObject):
    """Lives in the UI thread, so the worker's signals arrive there (queued)."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[str], None]):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._on_done(result)

    @Slot(str)
    def _deliver_error(self, message: str) -> None:
        self._on_error(message)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except CchcError as error:
            self._relay.failed.emit(error.message)
        except Exception as error:  # a bug must still reach the user as a message
            traceback.print_exc()
            self._relay.failed.emit(f"Lỗi không mong đợi: {error!r}")
        else:
            self._relay.succeeded.emit(result)


class BackgroundRunner:
    """Runs one job at a time for a window; keeps its helpers alive until the job ends."""

    def __init__(self, parent: QWidget):
        self._parent = parent
        self._pool = QThreadPool(parent)
        self._pool.setMaxThreadCount(1)
        self._active: set[_Relay] = set()

    def busy(self) -> bool:
        return bool(self._active)

    def run(self, label: str, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[str], None]) -> None:
        dialog = QProgressDialog(label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)  # the work is short and atomic: nothing half-done to cancel
        dialog.setWindowTitle(self._parent.tr("Đang xử lý"))
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)

        relay: _Relay

        def finish(callback: Callable, value: Any) -> None:
            dialog.reset()
            dialog.deleteLater()
            self._active.discard(relay)
            callback(value)

        relay = _Relay(lambda result: finish(on_done, result), lambda msg: finish(on_error, msg))
        self._active.add(relay)
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
