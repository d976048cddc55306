"""One writer per data folder: an OS file lock that says "this folder's progress is in use".

Why an OS lock and not a lock file with a pid in it: the OS drops the lock when the process ends,
however it ends (SIGKILL, power cut), so there is never a stale lock to clean up or guess about.
flock (POSIX) and msvcrt.locking (Windows) both lock per open file, so two `AppLock`s taken in
one process also exclude each other, which keeps the tests honest. Qt-free, so headless commands
check it too; the GUI adds a local socket beside it to wake the window that holds the lock
(`studyapp.gui.single_instance`).

Every process that writes progress holds the lock for as long as it has the database open: the
app for its whole run, a command (`import`, `stats`, the Qt-free `open_progress`) while it runs.
`restore` therefore never replaces the file under another writer (issue 16: a restore beside a
running import silently dropped 318 of its 478 answers, written into the replaced file).

The holder writes its pid and its kind ("app" or "command") into the lock file. A process that
finds the folder held by a command waits for it (`wait`), saying so once; one that finds the app
there gives up at once with a message, since the app may stay open for hours. Waiting goes
through a second lock, the turnstile: a waiter holds it while it polls, so a holder that lets go
and at once wants the folder back (an importer opening the store for each file) queues behind
the waiter instead of starving it.

Inside one process, `open_progress` shares the hold the process already has (`FolderHold`): the
app's window holds the folder and its store opens inside that hold. Which folders this process
holds is the one piece of process state here, because the OS lock itself is per process.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from studyapp.errors import StorageError

LOCK_NAME = ".studyapp.lock"
TURNSTILE_NAME = ".studyapp.lock.queue"
APP, COMMAND = "app", "command"
WAIT_SECONDS = 120.0  # how long a command waits for another command before giving up
POLL_SECONDS = 0.02

# resolved lock path -> [the AppLock that holds it in this process, how many FolderHolds share it,
#                       whether a FolderHold took it (and the last one lets it go)]
_HELD_HERE: dict[str, list] = {}
_HELD_GUARD = threading.RLock()  # the app opens its store on a worker thread


class AppLock:
    """Held while a studyapp writes to `data`; `acquire()` is False when another one holds it."""

    def __init__(self, data: Path | str, kind: str = APP):
        self.path = Path(data) / LOCK_NAME
        self.kind = kind
        self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def _open(self, path: Path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Unbuffered: a pid that cannot be written (a full disk) must not linger in a buffer
            # and fail again when the file is closed, hiding the error that really happened.
            return open(path, "a+b", buffering=0)
        except OSError as exc:
            raise StorageError(f"{path.parent}: the data folder cannot be written ({exc.strerror}); "
                               "make it writable or choose another with --data-dir") from None

    def acquire(self) -> bool:
        """Take the lock if it is free; never waits."""
        if self._fh is not None:
            return True
        fh = self._open(self.path)
        if not _try_lock(fh):
            _close(fh)
            return False
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()}\n{self.kind}\n".encode())
        except OSError:
            pass  # the lock is what counts; the pid is only a hint for a person looking
        self._fh = fh
        with _HELD_GUARD:
            _HELD_HERE.setdefault(_key(self.path), [self, 0, False])
        return True

    def wait(self, timeout: float = WAIT_SECONDS, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock, waiting while another command holds it; StorageError if the app holds it,
        if this process already holds it through another AppLock, or after `timeout` seconds."""
        if self._fh is not None:
            return
        here = _HELD_HERE.get(_key(self.path))
        if here is not None:  # waiting on ourselves would never end
            if here[0].kind == APP:
                raise self.busy_error()
            raise StorageError(f"{self.path.parent}: this studyapp already has the data folder open; "
                               "close it first")
        deadline = time.monotonic() + timeout
        turnstile = self._open(self.path.with_name(TURNSTILE_NAME))
        told = False
        try:
            while not _try_lock(turnstile):
                told = self._waiting(deadline, on_wait, told)
            try:
                while not self.acquire():
                    told = self._waiting(deadline, on_wait, told)
            finally:
                _unlock(turnstile)
        finally:
            _close(turnstile)

    def _waiting(self, deadline: float, on_wait: Callable[[str], None] | None, told: bool) -> bool:
        pid, kind = self.holder()
        if kind == APP:
            raise self.busy_error()
        if time.monotonic() >= deadline:
            who = f"another studyapp command (process {pid})" if pid else "another studyapp command"
            raise StorageError(f"{self.path.parent}: {who} is still using the data folder; let it finish "
                               "(or stop it) and try again")
        if not told and on_wait is not None:
            who = f"process {pid}" if pid else "another process"
            on_wait(f"{self.path.parent}: another studyapp command ({who}) is using the data folder; "
                    "waiting for it to finish…")
        time.sleep(POLL_SECONDS)
        return True

    def busy_error(self) -> StorageError:
        return StorageError(f"{self.path.parent}: studyapp is open on this data folder; close it first "
                            "(or use File → Backups… in the app)")

    def holder(self) -> tuple[int | None, str | None]:
        """(pid, kind) the holder wrote into the lock file, if readable: for messages only."""
        try:
            lines = self.path.read_text(encoding="ascii", errors="replace").split()
        except OSError:
            return None, None
        pid = int(lines[0]) if lines and lines[0].isdigit() else None
        return pid, (lines[1] if len(lines) > 1 else None)

    def release(self) -> None:
        """Never raises: releasing must not hide the error that made the caller stop."""
        if self._fh is not None:
            with _HELD_GUARD:
                if _HELD_HERE.get(_key(self.path), [None])[0] is self:
                    del _HELD_HERE[_key(self.path)]
            _unlock(self._fh)
            _close(self._fh)
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
        """Taken at once, or after another command finishes; refused at once if the app holds it."""
        if not self.acquire():
            self.wait()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


class FolderHold:
    """What a writer of progress holds while it has the database open (`open_progress`).

    Shares the hold this process already has on the folder (the app's window, or an outer
    command), else takes the folder's lock as a command, waiting for another command to finish;
    the lock it took is let go when the last sharer in this process releases.
    """

    def __init__(self, data: Path | str, timeout: float = WAIT_SECONDS,
                 on_wait: Callable[[str], None] | None = None):
        self._key = _key(Path(data) / LOCK_NAME)
        with _HELD_GUARD:
            self._entry = _HELD_HERE.get(self._key)
            if self._entry is not None:
                self._entry[1] += 1
                return
        lock = AppLock(data, COMMAND)
        lock.wait(timeout, on_wait)
        with _HELD_GUARD:
            self._entry = _HELD_HERE[self._key]
            self._entry[1] += 1
            self._entry[2] = True  # taken for the holds: the last of them lets it go

    def release(self) -> None:
        with _HELD_GUARD:
            entry, self._entry = self._entry, None
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] <= 0 and entry[2]:
                entry[0].release()


def holds(data: Path | str) -> bool:
    """Does this process hold the folder?"""
    return _key(Path(data) / LOCK_NAME) in _HELD_HERE


def _key(path: Path) -> str:
    try:
        return str(path.parent.resolve() / path.name)
    except OSError:
        return str(path.absolute())


def _close(fh) -> None:
    try:
        fh.close()
    except OSError:
        pass


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
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        except OSError:
            pass
