"""A pre-forked child process for the kill tests: it imports the app once, then forks a worker
per `run N` line, so each kill lands in real work rather than in interpreter start-up."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


class Zygote:
    def __init__(self, script: Path, *args: str, capture_stderr: bool = True):
        self.proc = subprocess.Popen([sys.executable, str(script), *args], cwd=REPO, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE if capture_stderr else subprocess.DEVNULL)
        self.buffer = b""

    def run(self, seed: int) -> None:
        """Ask the zygote to fork one worker."""
        self.proc.stdin.write(f"run {seed}\n".encode())
        self.proc.stdin.flush()

    def lines(self, deadline: float | None):
        """Complete lines from the zygote and its workers, until `deadline` (None: until EXIT)."""
        fd = self.proc.stdout.fileno()
        while True:
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                yield line.decode()
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                return
            chunk = os.read(fd, 65536)
            if not chunk:
                why = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                raise AssertionError("the zygote died: " + why)
            self.buffer += chunk

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        self.proc.stdout.close()
        if self.proc.stderr:
            self.proc.stderr.close()
