"""Packaged-app benchmark: size on disk and as the archive, launch to first window, selftest.

    python build/build.py                   # first: the onedir app and its .tar.gz in dist/
    python benchmarks/bench_app.py          # 7 runs of each timing, offscreen
    python benchmarks/bench_app.py --runs 11 --xvfb --json out.json

What is measured:

- size: every file of the app folder (bytes, symlinks not followed), the blocks they take on disk
  (what `du` says), and the .tar.gz users download.
- first window: wall time from starting the process to the line the app prints after the main
  window's first paint, and the CPU time the process had used by then (read from /proc as the
  line arrives; a number that barely moves with the load of a shared machine) (STUDYAPP_EXIT_AFTER_FIRST_WINDOW=1, studyapp/gui/first_window.py); the
  process then quits. "first launch" uses a new data folder each run (the app creates its
  database and installs the bundled bank); "later launch" reuses one. One untimed run first
  so all runs see a warm file cache. With `--xvfb`, also on a real X server (Xvfb) through the
  xcb plugin users get; `--source` adds the same from the source tree (`python -m studyapp`).
- selftest: wall time of `studyapp selftest` (the whole process).

Medians with min-max; numbers are printed, never asserted. The machine is shared: rerun to
see the spread.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIRST_WINDOW = "first window shown"
TIMEOUT = 120


def _layout():
    spec = importlib.util.spec_from_file_location("studyapp_build_script", REPO / "build" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.Layout.of(REPO)


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes of all regular files, bytes of the blocks they occupy), symlinks not followed."""
    files = [p.lstat() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(s.st_size for s in files), sum(s.st_blocks * 512 for s in files)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a running process has used so far (Linux /proc), all threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_until_line(command: list[str], line: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from starting `command` to `line` on its stdout; the process
    is then waited for. CPU time barely depends on what else runs on a shared machine."""
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        try:
            for out in proc.stdout:
                if out.strip() == line:
                    elapsed = time.perf_counter() - start
                    cpu = cpu_seconds(proc.pid)
                    break
            else:
                raise RuntimeError(f"{command[0]} exited ({proc.wait()}) without printing {line!r}")
            proc.wait(timeout=TIMEOUT)
            return elapsed, cpu
        finally:
            if proc.poll() is None:
                proc.kill()


def time_run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=TIMEOUT)
    return time.perf_counter() - start


def summary(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def fmt(s: dict[str, float]) -> str:
    return f"{s['median']:.3f} s  (min {s['min']:.3f}, max {s['max']:.3f}, n={s['n']})"


def first_window_times(app: list[str], env: dict[str, str], runs: int, work: Path) -> dict[str, dict]:
    probe_env = {**env, "STUDYAPP_EXIT_AFTER_FIRST_WINDOW": "1"}
    kept = work / "kept-data"
    time_until_line([*app, "--data-dir", str(kept)], FIRST_WINDOW, probe_env)  # warm-up, creates `kept`
    first = [time_until_line([*app, "--data-dir", str(work / f"fresh-{i}")], FIRST_WINDOW, probe_env)
             for i in range(runs)]
    later = [time_until_line([*app, "--data-dir", str(kept)], FIRST_WINDOW, probe_env) for _ in range(runs)]
    return {"first launch": summary([w for w, _ in first]), "first launch, CPU": summary([c for _, c in first]),
            "later launch": summary([w for w, _ in later]), "later launch, CPU": summary([c for _, c in later])}


class Xvfb:
    """A private X server for the xcb measurements."""

    def __enter__(self) -> str:
        self.display = f":{os.getpid() % 400 + 100}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        socket = Path(f"/tmp/.X11-unix/X{self.display[1:]}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        return self.display

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xvfb", action="store_true", help="also time the first window on Xvfb (xcb)")
    parser.add_argument("--source", action="store_true", help="also time `python -m studyapp` from the source tree")
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    args = parser.parse_args(argv)

    layout = _layout()
    if not layout.executable.is_file():
        print(f"no app at {layout.executable}; build it first: python build/build.py", file=sys.stderr)
        return 2
    results: dict = {}
    apparent, allocated = folder_size(layout.app_dir)
    results["size"] = {"files_bytes": apparent, "disk_bytes": allocated,
                       "archive_bytes": layout.archive.stat().st_size if layout.archive.is_file() else None}
    print(f"app folder     {layout.app_dir}")
    print(f"size of files  {apparent / 1e6:7.1f} MB  ({apparent / 2**20:.1f} MiB)")
    print(f"on disk (du)   {allocated / 1e6:7.1f} MB  ({allocated / 2**20:.1f} MiB)")
    if layout.archive.is_file():
        size = layout.archive.stat().st_size
        print(f"archive        {size / 1e6:7.1f} MB  ({size / 2**20:.1f} MiB)  {layout.archive.name}")
    else:
        print("archive        (none: build without --no-archive to make it)")

    with tempfile.TemporaryDirectory(prefix="studyapp-bench-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "HOME": str(work / "home"), "XDG_DATA_HOME": str(work / "xdg-data"),
               "XDG_CONFIG_HOME": str(work / "xdg-config"), "XDG_STATE_HOME": str(work / "xdg-state")}
        offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
        apps = {"packaged": [str(layout.executable)]}
        if args.source:
            apps["source"] = [sys.executable, "-m", "studyapp"]
        for name, app in apps.items():
            times = first_window_times(app, offscreen, args.runs, work / f"{name}-offscreen")
            results[f"first window, {name}, offscreen"] = times
            for kind, s in times.items():
                print(f"first window   {name}, offscreen, {kind}: {fmt(s)}")
        if args.xvfb:
            if shutil.which("Xvfb") is None:
                print("first window   (no Xvfb here: skipped the xcb runs)")
            else:
                with Xvfb() as display:
                    xcb = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
                    for name, app in apps.items():
                        times = first_window_times(app, xcb, args.runs, work / f"{name}-xcb")
                        results[f"first window, {name}, xcb (Xvfb)"] = times
                        for kind, s in times.items():
                            print(f"first window   {name}, xcb on Xvfb, {kind}: {fmt(s)}")
        selftest = [time_run([str(layout.executable), "selftest"], offscreen) for _ in range(args.runs)]
        results["selftest"] = summary(selftest)
        print(f"selftest       packaged, whole process: {fmt(results['selftest'])}")
    results["load_average"] = os.getloadavg()
    print(f"load average   {' '.join(f'{x:.2f}' for x in results['load_average'])} (2 cores, shared)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
