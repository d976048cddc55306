"""gui.malloc_arenas: the GUI process's threads share at most two malloc arenas (glibc), so what one
thread frees can serve another (at 1,000 banks, ~20 MiB of the peak after three sittings)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

THREADS = textwrap.dedent("""
    import ctypes, sys, threading
    from studyapp.gui.malloc_arenas import limit_malloc_arenas
    limited = limit_malloc_arenas() if sys.argv[1] == "limit" else None
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    start, allocated, hold = threading.Barrier(6), threading.Barrier(7), threading.Event()
    def work():
        start.wait()  # all at once: each finds the arenas busy
        for _ in range(200):
            libc.malloc(1000)
        allocated.wait()
        hold.wait()
    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads: t.start()
    allocated.wait()
    libc.malloc_stats()  # one "Arena N:" block per arena, on stderr
    hold.set()
    for t in threads: t.join()
    print(limited)
""")


def arenas(mode: str) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-c", THREADS, mode], capture_output=True, text=True, timeout=60, check=True)
    return done.stderr.count("Arena "), done.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's arenas")
def test_threads_share_at_most_two_arenas():
    limited, said = arenas("limit")
    assert said == "True" and 1 <= limited <= 2
    unlimited, _ = arenas("leave")
    assert unlimited > 2  # what the limit changes: six threads allocating at once get arenas of their own
