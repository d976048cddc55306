"""Spies for the hostile-bank tests: file opens seen by the kernel, and network or link attempts."""

from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path

IN_ACCESS, IN_OPEN = 0x1, 0x20


class FileOpens:
    """Counts opens and reads of files under a folder with Linux inotify, so it sees Qt's own C++
    file access too (monkeypatching Python's open would not)."""

    def __init__(self, folder: Path):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        self.watches = []
        for path in [folder, *folder.rglob("*")]:
            wd = self.libc.inotify_add_watch(self.fd, str(path).encode(), IN_ACCESS | IN_OPEN)
            if wd < 0:
                raise OSError(ctypes.get_errno(), f"inotify_add_watch {path}")
            self.watches.append(wd)

    def count(self) -> int:
        n = 0
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return n
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                offset += 16 + length
                n += 1

    def close(self) -> None:
        os.close(self.fd)
