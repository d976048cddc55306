"""Reading a file the app did not write (a bank, an article, a CSV, a GIFT file), and nothing else.

Every reader of untrusted files goes through `read_limited`, so each of them refuses the same
odd files the same way, before a byte of content is read:

- the size is checked on the open descriptor (`fstat`), not on the name: a symlink to
  `/dev/zero` or a FIFO named `bank.toml` is found out by what was opened, and the read itself
  stops one byte past the limit even if the file grows meanwhile;
- it opens non-blocking, so a FIFO with no writer cannot hang the app, and only a regular file
  is read (no FIFO, device, socket or folder);
- a file found inside a folder (an import folder, a bank's article) is opened without following
  a symlink (`follow_links=False`); a path the user typed may be a symlink to a regular file;
- a message names the file and what to do, never the content of a file it refused.

A Word, PDF, OpenDocument or zip file is named as such with how to save it as text
(`binary_kind`): "not UTF-8" alone leaves a teacher guessing.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class ReadRefused(Exception):
    """The file was not read; `reason` says why and what to do, without any of its content."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


_KINDS = {"fifo": "a pipe (FIFO)", "chr": "a device", "blk": "a device", "sock": "a socket", "dir": "a folder"}


def read_limited(path: Path | str, limit: int, *, what: str = "file", follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; else ReadRefused.

    `what` names the file in messages ("a bank", "an article"); `follow_links=False` refuses a
    symlink as the last part of the path (the folder it sits in was chosen by someone else).
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        if not hasattr(os, "O_NOFOLLOW"):  # Windows: no O_NOFOLLOW; look first (a race only an admin could win)
            try:
                if path.is_symlink():
                    raise ReadRefused(path, _symlink_reason())
            except OSError:
                pass
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ReadRefused(path, _open_reason(path, exc, follow_links)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused(path, _not_regular_reason(info.st_mode))
        if info.st_size > limit:
            raise ReadRefused(path, f"is {info.st_size:,} bytes; {what} may be at most {limit:,} bytes")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise ReadRefused(path, f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ReadRefused(path, f"is more than {limit:,} bytes; {what} may be at most {limit:,} bytes")
    return data


def _symlink_reason() -> str:
    return ("is a symbolic link; only regular files in the folder are read (copy the file itself into the "
            "folder instead)")


def _open_reason(path: Path, exc: OSError, follow_links: bool) -> str:
    code = exc.errno
    if code == errno.ENOENT:
        return "no such file; check the path"
    if code == errno.ENAMETOOLONG or (code is None and len(str(path)) > 4096):
        return "the file name is too long; use a shorter name"
    if code == errno.ELOOP or (not follow_links and code == getattr(errno, "EMLINK", None) and path.is_symlink()):
        return _symlink_reason() if not follow_links else "is a loop of symbolic links"
    if code == errno.EISDIR:
        return "is a folder, not a file"
    if code in (errno.EACCES, errno.EPERM):
        return "cannot be read: permission denied"
    if code == errno.ENXIO:  # a socket or a FIFO that refuses non-blocking opens on some systems
        return "is not a regular file; give a text file"
    return f"cannot be read ({exc.strerror or exc})"


def _not_regular_reason(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    for name, test in (("fifo", stat.S_ISFIFO), ("chr", stat.S_ISCHR), ("blk", stat.S_ISBLK),
                       ("sock", stat.S_ISSOCK)):
        if test(mode):
            return f"is {_KINDS[name]}, not a regular file; give a text file"
    return "is not a regular file; give a text file"


def binary_kind(data: bytes) -> str | None:
    """What a file that is not text is, from its first bytes ("a Word document (.docx)"), or None."""
    head = data[:8]
    if head.startswith(b"%PDF-"):
        return "a PDF file"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "an old Word or Excel file (.doc/.xls)"
    if head.startswith(b"{\\rtf"):
        return "a rich-text file (.rtf)"
    if head.startswith(b"PK\x03\x04"):
        window = data[:65536]
        if b"word/" in window:
            return "a Word document (.docx)"
        if b"xl/" in window:
            return "an Excel workbook (.xlsx)"
        if b"application/vnd.oasis.opendocument.text" in window:
            return "an OpenDocument text (.odt)"
        if b"application/vnd.oasis.opendocument.spreadsheet" in window:
            return "an OpenDocument spreadsheet (.ods)"
        if b"application/epub" in window:
            return "an e-book (.epub)"
        return "a zip archive"
    return None


def save_as_text_hint(kind: str, plain: str = "Plain Text (.txt), encoding UTF-8") -> str:
    """The sentence telling a teacher how to turn `kind` into the text file the app reads."""
    if "PDF" in kind:
        return f"is {kind}, not plain text; copy its text into a text editor and save it as {plain}"
    if "zip" in kind or "e-book" in kind:
        return f"is {kind}, not plain text; unpack it and give the text file inside, saved as {plain}"
    return (f"is {kind}, not plain text; open it in your word processor or spreadsheet and choose "
            f"File › Save As › {plain}")
