"""Limits on what a bank may make the app read or draw, in one place.

A bank is untrusted input (a teacher's file, a download): these bounds keep a hostile or broken
one from exhausting memory or reading outside its folder. Text and counts are enforced by the
models (`core.bank`), file sizes by the loader; images by `check_image`, the one gate any code
that shows a bank's image goes through.
"""

from __future__ import annotations

import struct
from pathlib import Path

from studyapp.core.loader import MAX_ARTICLE_BYTES, MAX_BANK_BYTES, inside_folder
from studyapp.core.safe_read import ReadRefused, read_limited

MAX_QUESTIONS = 10_000       # core.bank.Bank.questions max_length
MAX_TEXT = 4_000             # core.bank.Text max_length
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_IMAGE_SIDE = 4_096
MAX_IMAGE_PIXELS = 8_000_000  # ~32 MB decoded at 4 bytes a pixel
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif")

__all__ = ["MAX_ARTICLE_BYTES", "MAX_BANK_BYTES", "MAX_QUESTIONS", "MAX_TEXT", "MAX_IMAGE_BYTES",
           "MAX_IMAGE_SIDE", "MAX_IMAGE_PIXELS", "ImageRefused", "check_image", "image_size"]


class ImageRefused(ValueError):
    """An image a bank names that the app will not read; the message says why."""


def check_image(folder: Path | str, relative: str) -> Path:
    """The image file `relative` names inside the bank's `folder`, after every check; else ImageRefused.

    Refused: anything that leaves the folder (.., absolute paths, drive letters, symlinks that
    point out, device names), URLs of any scheme, other file types, and files too big in bytes or
    in pixels (read from the header, before anything is decoded).
    """
    if "://" in relative or relative.lower().startswith(("data:", "file:", "http:", "https:", "qrc:")):
        raise ImageRefused(f"{relative!r}: an image must be a file in the bank's folder, not a URL")
    target = inside_folder(Path(folder), relative)
    if target is None:
        raise ImageRefused(f"{relative!r} leaves the bank's folder")
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        raise ImageRefused(f"{relative!r}: use a .png, .jpg or .gif image")
    try:
        data = read_limited(target, MAX_IMAGE_BYTES, what="an image", follow_links=False)
    except ReadRefused as exc:
        reason = "does not exist in the bank's folder" if exc.reason.startswith("no such file") else exc.reason
        raise ImageRefused(f"{relative!r} {reason}") from None
    dims = image_size(data[:64 * 1024])
    if dims is None:
        raise ImageRefused(f"{relative!r} is not a PNG, JPEG or GIF image")
    w, h = dims
    if w > MAX_IMAGE_SIDE or h > MAX_IMAGE_SIDE or w * h > MAX_IMAGE_PIXELS:
        raise ImageRefused(f"{relative!r} is {w}×{h} pixels; at most {MAX_IMAGE_SIDE} a side and "
                           f"{MAX_IMAGE_PIXELS:,} in all")
    return target


def image_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from the first bytes of a PNG, GIF or JPEG; None if it is none of them."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR" and len(head) >= 24:
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        return struct.unpack("<HH", head[6:10])
    if head.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(head):
            if head[i] != 0xFF:
                return None
            marker = head[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            length = struct.unpack(">H", head[i + 2:i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h, w = struct.unpack(">HH", head[i + 5:i + 9])
                return w, h
            i += 2 + length
    return None
