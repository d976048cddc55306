"""Making a write survive a power cut: fsync a file, a folder's entries, or a whole staged tree.

The bank copies (`bank_copies`) and the backups (`backups`) both write files, sync them and the
folders that hold their names; these are the syncs they share.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """The folder's entries (a rename into it); a no-op on Windows, where NTFS journals renames and
    folders cannot be opened for fsync."""
    if os.name != "posix":
        return
    fsync_file(folder)


def fsync_all(paths: Iterable[Path], workers: int = 16) -> None:
    """Every file and folder in `paths` on disk, the syncs running side by side.

    A folder import writes a copy per bank and commits them together: the copies only need to be
    on disk before that one commit, in any order. One fsync after another waits for a journal
    commit each (3 ms on a busy disk: 3 s for 1,000 banks); issued together, the file system folds
    them into a few (0.2 s for the same 1,000, measured on ext4)."""
    todo = list(dict.fromkeys(paths))
    if len(todo) < 2:
        for path in todo:
            _fsync_any(path)
        return
    with ThreadPoolExecutor(max_workers=min(workers, len(todo))) as pool:
        list(pool.map(_fsync_any, todo))  # list(): the first error is raised here


def _fsync_any(path: Path) -> None:
    if path.is_dir():
        fsync_dir(path)
    else:
        fsync_file(path)


class SyncsAhead:
    """fsyncs started on threads while the caller goes on writing, waited for before its commit.

    A folder import syncs its copies just before its one commit, and that was the import's last
    ~0.2-0.4 s with nothing else to do; its copies are complete well before, a batch at a time
    (`submit`), so their syncs overlap the rest of the import. Each batch's syncs are issued
    together, so the file system still folds them into a few journal commits. `failures()` waits
    for every sync started and names the paths whose sync failed (a path gone by then is none:
    its copy was dropped)."""

    def __init__(self, workers: int = 16):
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._started: list = []

    def submit(self, paths: Iterable[Path]) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self._workers)
        self._started.extend((path, self._pool.submit(_fsync_any, path)) for path in dict.fromkeys(paths))

    def failures(self) -> dict[Path, OSError]:
        failed = {}
        for path, future in self._started:
            exc = future.exception()
            if exc is not None and not isinstance(exc, FileNotFoundError):
                failed[path] = exc
        self._started = []
        return failed

    def close(self) -> None:
        """Wait for the syncs started and end the threads (before any process is forked again)."""
        pool, self._pool, self._started = self._pool, None, []
        if pool is not None:
            pool.shutdown(wait=True)
