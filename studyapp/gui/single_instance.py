"""One studyapp window per data folder: a second launch wakes the first and exits.

Two parts, each doing what it is good at. The OS file lock (`storage.app_lock.AppLock`) decides
who is first; the OS frees it when a process dies, even by SIGKILL, so a crash never leaves the
app refusing to start. A QLocalServer (QtNetwork: local sockets only, no network) named from a
hash of the data folder carries the one message a second launch sends, "activate", so the
running window comes forward. Keyed by folder, so runs with different --data-dir (tests, a
teacher's second profile) never see each other. A second launch never opens the database.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from studyapp.storage.app_lock import AppLock

MESSAGE = b"activate\n"


def server_name(data: Path | str) -> str:
    """Short (a Unix socket path has ~100 bytes) and private to this user and folder."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    key = f"{user}\0{Path(data).resolve()}".encode()
    return "studyapp-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    """`claim()` True: this is the app for the folder (keep the object alive). False: another runs."""

    activated = Signal()  # a second launch asked this window to come forward

    def __init__(self, data: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.lock = AppLock(data)
        self.name = server_name(data)
        self.server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    def claim(self) -> bool:
        if not self.lock.acquire():
            return False
        # We hold the lock, so a socket of this name can only be left over from a crashed run.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.server.listen(self.name)  # if this fails we are still the app; only waking us is lost
        return True

    def notify_running(self, timeout_ms: int = 3000) -> bool:
        """Ask the running app to come forward; False if it could not be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(MESSAGE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return ok

    def hand_over(self) -> int:
        """What a second launch does instead of opening the window: wake the first, say so, exit 0."""
        import sys

        if self.notify_running():
            print("studyapp is already open; its window was brought to the front.", file=sys.stderr)
        else:
            print(f"studyapp is already open on {self.lock.path.parent}; switch to its window.", file=sys.stderr)
        return 0

    def release(self) -> None:
        for socket in self._sockets:
            socket.readyRead.disconnect()
            socket.abort()
        self._sockets.clear()
        if self.server is not None:
            self.server.newConnection.disconnect()
            self.server.close()
            self.server = None
        self.lock.release()

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()  # a child of the server; freed with it
            self._sockets.append(socket)
            socket.readyRead.connect(self._read)
            if socket.bytesAvailable():
                self._read()

    def _read(self) -> None:
        for socket in list(self._sockets):
            if socket.bytesAvailable() and bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
                socket.readyRead.disconnect()
                socket.abort()
                self._sockets.remove(socket)
                self.activated.emit()


def bring_forward(window: QWidget) -> None:
    """Un-minimise, raise and focus the window (as far as the window manager allows)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
