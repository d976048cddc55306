"""Room for a sitting's answers in the write-ahead log, made before SQLite makes the log.

Each answer is one commit of about ten pages to the `-wal` file and an fsync. While that file grows,
every fsync also has to commit the file's new size to the file system's journal: measured on the
development machine (ext4), a commit that appends costs ~0.24 ms against ~0.17 ms for one that
overwrites pages already there. SQLite deletes the log when the last connection closes and it only
stops growing once it reaches the automatic checkpoint (1,000 pages, about a hundred answers), so
without this every sitting of fewer than a hundred answers appended on each of them.

SQLite's own answer is to keep the file (SQLITE_FCNTL_PERSIST_WAL), which Python's sqlite3 module
cannot ask for. The same effect: before the first connection opens the log, a zero-filled file of
the log's working size is put in its place. A log whose header is not a log's (all zeros) is an
empty log to SQLite: it writes its header and frames from the start and ignores the rest, exactly
as it reuses its own log after a checkpoint. The zeros are written and synced under another name and
then linked into place, which fails if a log already exists, so a log that holds committed pages
(after a crash, or another process's open connection) is never touched. Where links are not
supported, or the disk is full, nothing is made and SQLite grows the log as before. A file not yet in
WAL mode (new, or from before studyapp used WAL) gets its room from the next start on.
"""

from __future__ import annotations

import os
from pathlib import Path

# SQLite's automatic checkpoint (pages) and a frame's size (its 24-byte header and a 4 KiB page).
CHECKPOINT_PAGES = 1000
FRAME_BYTES = 24 + 4096
WAL_HEADER_BYTES = 32
ROOM_BYTES = WAL_HEADER_BYTES + (CHECKPOINT_PAGES + 64) * FRAME_BYTES


def _in_wal_mode(database: Path) -> bool:
    """Does the file's header say it is a WAL database (bytes 18 and 19 are 2)? A new file, or one in
    rollback mode, is left to `PRAGMA journal_mode=WAL` to convert first: SQLite opens any log it finds
    as the file's log, whatever the header says, so a room beside such a file would skip the header's
    conversion."""
    try:
        with open(database, "rb") as f:
            head = f.read(20)
    except OSError:
        return False
    return len(head) == 20 and head.startswith(b"SQLite format 3\x00") and head[18] == 2 and head[19] == 2


def make_room(database: Path | str, size: int = ROOM_BYTES) -> bool:
    """Put a zero-filled write-ahead log beside `database` if it has none; True if one was put there."""
    wal = Path(f"{database}-wal")
    if wal.exists() or not _in_wal_mode(Path(database)):
        return False
    staged = wal.with_name(f"{wal.name}.{os.getpid()}.room")
    try:
        mode = Path(database).stat().st_mode & 0o666 if Path(database).exists() else 0o644
        fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            chunk = bytes(1 << 20)
            left = size
            while left > 0:
                left -= os.write(fd, chunk[:min(left, len(chunk))])
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(staged, wal)  # atomic, and never over an existing log
        return True
    except OSError:
        return False  # a log appeared meanwhile, no hard links here, or no space: SQLite grows its own
    finally:
        try:
            staged.unlink()
        except OSError:
            pass
