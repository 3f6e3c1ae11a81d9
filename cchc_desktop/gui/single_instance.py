"""One window per data folder: a second start brings the first window forward.

QLockFile marks the folder as in use; it records the process id and host, so a lock left by a
crash (power cut, killed process) is recognised as stale and taken over. QLocalServer lets the
second copy ask the first to come to the front before it exits.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "cchc.lock"
_MESSAGE = b"show"


def server_name(data_dir: Path) -> str:
    # SHA-1 as hashlib's (the same name from every version), from Qt: hashlib loads OpenSSL.
    key = f"{getpass.getuser()}|{data_dir.resolve()}".encode()
    digest = bytes(QCryptographicHash.hash(key, QCryptographicHash.Sha1).toHex().data()).decode()
    return f"cchc-desktop-{digest[:16]}"


class SingleInstance(QObject):
    """Hold the folder's lock for the life of the window; ``activation_requested`` asks to show it."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never its age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the folder; False when another window runs on it."""
        if not self._lock.tryLock(200):
            if self._lock.error() == QLockFile.LockFailedError and self._lock.removeStaleLockFile():
                if not self._lock.tryLock(200):
                    return False
            else:
                return False
        QLocalServer.removeServer(self._name)  # a socket left behind by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def ask_running_instance_to_show(self, timeout_ms: int = 1500) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        # Read at once (the message is four bytes and already sent): no callbacks are left
        # pointing at a socket that Qt may delete with the server.
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            arrived = connection.bytesAvailable() or connection.waitForReadyRead(1000)
            if arrived and bytes(connection.readAll().data()).startswith(_MESSAGE):
                self.activation_requested.emit()
            connection.abort()
            connection.deleteLater()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
