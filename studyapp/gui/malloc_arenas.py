"""Fewer malloc arenas for the GUI process (glibc): the memory one thread frees stays with that thread's arena.

glibc gives each thread that allocates while another holds the main arena an arena of its own, up
to eight per core. The window's work runs on several threads (the writer, the library's reads, the
statistics' two passes, the open check, the close backup), and what each leaves freed in its arena
is kept there for that arena only: at 1,000 banks that was ~7 MiB of the first sitting's peak and
~20 MiB after three sittings in one process. Python allocates under its one interpreter lock, so
two arenas lose nothing to contention. This is the documented `mallopt(M_ARENA_MAX)` setting
(what the MALLOC_ARENA_MAX variable sets), made after the first paint and before the window starts
its worker threads (arenas made before stay; no new one is made past the limit); elsewhere (macOS,
Windows, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """At most `arenas` malloc arenas from now on; False where the C library is not glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)  # the symbols already loaded: no search for the library (ctypes.util runs programs)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    if not hasattr(libc, "gnu_get_libc_version"):  # musl has mallopt too, and no arenas
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return mallopt(M_ARENA_MAX, arenas) == 1
