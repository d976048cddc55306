"""One studyapp per data folder: an OS file lock that says "this folder's database is in use".

Why an OS lock and not a lock file with a pid in it: the OS drops the lock when the process ends,
however it ends (SIGKILL, power cut), so there is never a stale lock to clean up or guess about.
flock (POSIX) and msvcrt.locking (Windows) both lock per open file, so two locks taken in one
process also exclude each other, which keeps the tests honest. Qt-free, so headless commands
(`studyapp restore`) can check it too; the GUI adds a local socket beside it to wake the window
that holds the lock (`studyapp.gui.single_instance`).
"""

from __future__ import annotations

import os
from pathlib import Path

from studyapp.errors import StorageError

LOCK_NAME = ".studyapp.lock"


class AppLock:
    """Held while a studyapp has `data` open; `acquire()` is False when another one holds it."""

    def __init__(self, data: Path | str):
        self.path = Path(data) / LOCK_NAME
        self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> bool:
        if self._fh is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+b")
        except OSError as exc:
            raise StorageError(f"{self.path.parent}: the data folder cannot be used ({exc.strerror}); "
                               "make it writable or choose another with --data-dir") from None
        if not _try_lock(fh):
            fh.close()
            return False
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()}\n".encode())
            fh.flush()
        except OSError:
            pass  # the lock is what counts; the pid is only a hint for a person looking
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            _unlock(self._fh)
            self._fh.close()
            self._fh = None

    def in_use(self) -> bool:
        """Is another process (or another AppLock here) holding the folder? Does not keep the lock."""
        if self._fh is not None:
            return False
        if not self.acquire():
            return True
        self.release()
        return False

    def __enter__(self) -> "AppLock":
        if not self.acquire():
            raise StorageError(f"{self.path.parent}: studyapp is open on this data folder; close it first "
                               "(or use File → Backups… in the app)")
        return self

    def __exit__(self, *exc) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fh) -> None:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fh) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
