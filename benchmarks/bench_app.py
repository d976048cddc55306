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

`--pages` measures the library and statistics pages instead (from the source tree, in this
process, offscreen; the packaged app is not needed):

    python benchmarks/bench_app.py --pages                      # 1,000 banks of 100, 1,000,000 reviews
    python benchmarks/bench_app.py --pages --dir /tmp/pages     # keep (and reuse) the library there

The library and history are bench_core's (its synthetic banks, imported as a teacher does; its
history writer). A real `MainWindow` opens the folder: "library ready" is `start()` until the
`ready` signal (the store opened, the counts of the banks the page first shows computed off the
GUI thread, the rows drawn), "library drawn" after the next repaint, "every bank counted" until the
other banks' counts, computed just after, are in the list (before that commit: the same as ready). Then Statistics: "first figures" is until the
per-bank table has its rows on screen, "all figures" until every chart is drawn from the whole
history (the page shows the cards' figures first). Then the window's close: "on the GUI thread"
is `window.close()` (what the user waits for), "backup in the background" the close copy's thread
after it. Each run is one sitting; after them, the database and `backups/` sizes and the peak
memory of the process (max RSS; with a reused `--dir` the library is not built in it), and the
same for `--runs` processes that each run one sitting, as the app does. Each sitting also gives the
resident memory and the peak so far once the library is ready and once the statistics are drawn
(Linux's VmRSS / VmHWM), to see which page a peak comes from. Beside
the wall times: the longest stretch the GUI thread did not run its event loop (a 5 ms timer's
largest gap; the target is ≤ 50 ms), and the CPU time of the GUI thread (`time.thread_time()`;
it barely moves with the machine's load, unlike the wall times); for the library also the CPU time
of the whole process until ready (every thread: opening the store, the refresh off the GUI thread
and its helper threads), which moves far less with the load than the wall time does.
`--first-window` also times `python -m studyapp --data-dir` on a copy of the folder until its
first paint, every start.

Medians with min-max; numbers are printed, never asserted. The machine is shared: rerun to
see the spread.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


class GuiThreadWatch:
    """The longest stretch the GUI thread left its event loop: a 5 ms timer's largest gap. Also
    the GUI thread's CPU time between start() and stop()."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0
        self._cpu = 0.0
        self.cpu = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last, self._cpu = 0.0, time.perf_counter(), time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tick()
        self.cpu = time.thread_time() - self._cpu


def build_pages_library(work: Path, questions: int, bank_size: int, reviews: int) -> dict:
    """bench_core's library imported into work/studyapp and its history written; reused when there."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import bench_core

    w = bench_core.Workload(questions, reviews, 0, bank_size)
    done = work / "studyapp" / "built.json"
    if done.exists():
        return json.loads(done.read_text())
    bench_core.write_library(w, work / "library")
    load = bench_core.studyapp_load(w, work)
    history = bench_core.studyapp_history(w, work)
    info = {"banks": w.banks, "questions": questions, "review_rows": history["review_rows"], "load_s": load["load_s"]}
    done.write_text(json.dumps(info))
    return info


def table_rows(view) -> int:
    """Rows in the statistics page's per-bank table (a model/view table, or the QTableWidget before it)."""
    table = view.table
    return table.model().rowCount() if hasattr(table, "model") else table.rowCount()


def library_rows(view) -> int:
    """Banks on the library page (a model/view list, or one card widget per bank before it)."""
    model = getattr(view, "model", None)
    return model.rowCount() if model is not None else len(view.cards)


def wait_for(app, done: Callable[[], bool], timeout: float = 1800) -> None:
    """Run the event loop until done() (checked every 5 ms), as the app's own loop would run."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    deadline = time.monotonic() + timeout

    def poll() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(poll)
    check.start()
    loop.exec()
    check.stop()
    if not done():
        raise RuntimeError("timed out")


def stats_complete(view) -> bool:
    """Every figure drawn from the whole history (the page shows partial figures while it reads)."""
    complete = getattr(view, "complete", None)
    if complete is None:  # before partial figures: the figures came all at once
        return view.data is not None and not view.is_loading
    return complete


def page_times(work: Path, runs: int) -> dict:
    """Library and statistics pages of a real MainWindow on the library in `work` (see --pages),
    then its close: each run is one sitting (open, statistics, close)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import random

    from PySide6.QtWidgets import QApplication

    from studyapp.gui.app import AppContext
    from studyapp.gui.main_window import MainWindow
    from studyapp.paths import AppDirs

    try:
        from studyapp.gui.app import keep_collections_short
    except ImportError:  # before it
        keep_collections_short = None
    try:
        from studyapp.gui.malloc_arenas import limit_malloc_arenas
    except ImportError:  # before it
        limit_malloc_arenas = None
    if limit_malloc_arenas is not None:
        limit_malloc_arenas()  # as run_gui does, before the window's worker threads start
    app = QApplication.instance() or QApplication([])
    out: dict = {}
    for run in range(runs):
        watch = GuiThreadWatch()
        ctx = AppContext(dirs=AppDirs.under(work / "studyapp"), rng=random.Random(7), install_bundled=False)
        window = MainWindow(ctx)
        window.resize(1100, 800)
        window.show()
        app.processEvents()
        ready, counted = [], []
        window.ready.connect(lambda: ready.append(time.perf_counter()))
        if hasattr(window.library, "counted"):  # the first view's banks counted before ready, the rest after
            window.library.counted.connect(lambda: counted.append(time.perf_counter()))
        if keep_collections_short is not None:
            keep_collections_short(window)  # as run_gui does
        watch.start()
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        window.start()
        wait_for(app, lambda: ready)
        cpu = time.process_time() - cpu0
        window.repaint()
        drawn = time.perf_counter()
        watch.stop()  # the library's GUI-thread figures end where they did before `counted` came
        if hasattr(window.library, "counted"):
            wait_for(app, lambda: counted)
        every = (counted[0] if counted else ready[0]) - t0
        library_rss = rss_mib()
        sample = {"library ready": ready[0] - t0, "library drawn": drawn - t0,
                  "library: every bank counted": every,
                  "library, longest GUI-thread block": watch.longest, "library, GUI-thread CPU": watch.cpu,
                  "library, process CPU until ready": cpu,
                  "banks listed": library_rows(window.library_view),
                  "library ready: MiB RSS / peak": (library_rss, peak_rss_mib())}
        app.processEvents()
        watch.start()
        t0 = time.perf_counter()
        window.show_stats()
        view = window.stats_view
        first = []
        wait_for(app, lambda: table_rows(view) > 0 or view.data is not None)
        view.repaint()
        first.append(time.perf_counter())
        wait_for(app, lambda: stats_complete(view))
        view.repaint()
        everything = time.perf_counter()
        watch.stop()
        sample.update({"statistics: first figures drawn": first[0] - t0, "statistics: all drawn": everything - t0,
                       "statistics, longest GUI-thread block": watch.longest,
                       "statistics, GUI-thread CPU": watch.cpu, "statistics table rows": table_rows(view),
                       "statistics drawn: MiB RSS / peak": (rss_mib(), peak_rss_mib())})
        app.processEvents()
        t0 = time.perf_counter()
        window.close()  # what the user waits for: the window goes (the close backup runs in a thread)
        closed = time.perf_counter()
        window.trust.wait_closing()
        sample.update({"close: on the GUI thread": closed - t0,
                       "close: backup in the background": time.perf_counter() - closed})
        window.deleteLater()
        app.processEvents()
        gc.unfreeze()  # each run stands for one app process: its window's objects are not kept frozen
        for key, value in sample.items():
            out.setdefault(key, []).append(value)
    database = work / "studyapp" / "progress.sqlite3"
    backups = work / "studyapp" / "backups"
    size = sum(p.stat().st_size for p in backups.iterdir()) if backups.is_dir() else 0
    out["database MB"] = [database.stat().st_size / 1e6]
    out["backups MB (all sittings so far)"] = [size / 1e6]
    out["peak memory MiB (this process)"] = [peak_rss_mib()]
    return out


def folder_state(data: Path) -> dict:
    """The library folder as the first sitting finds it: its schema version, and how many banks' stored
    copies are under its own banks/ (a folder copied elsewhere keeps the old paths until a sitting reads them)."""
    import sqlite3

    conn = sqlite3.connect(f"{(data / 'progress.sqlite3').resolve().as_uri()}?mode=ro", uri=True)
    try:
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        paths = [r[0] for r in conn.execute("SELECT stored_path FROM bank WHERE NOT removed")]
    finally:
        conn.close()
    here = str((data / "banks").resolve()) + os.sep
    return {"schema": schema, "banks": len(paths), "copies_here": sum(p.startswith(here) for p in paths)}


def first_window_on(folder: Path, runs: int) -> dict:
    """`python -m studyapp --data-dir folder` from the source tree until its first paint (every start)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDYAPP_EXIT_AFTER_FIRST_WINDOW": "1"}
    command = [sys.executable, "-m", "studyapp", "--data-dir", str(folder)]
    time_until_line(command, FIRST_WINDOW, env)  # warm-up (the first start installs the bundled bank)
    samples = [time_until_line(command, FIRST_WINDOW, env) for _ in range(runs)]
    return {"first window (source, this folder)": summary([w for w, _ in samples]),
            "first window, CPU": summary([c for _, c in samples])}


def rss_mib() -> float:
    """This process's resident memory now (Linux's VmRSS; 0 where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_rss_mib() -> float:
    """This process's peak resident memory: Linux's VmHWM, else max RSS. (A child started by a big
    process reports the parent's max RSS as its own ru_maxrss: Linux keeps it across the exec.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_sitting_peaks(work: Path, runs: int) -> dict[str, float]:
    """The peak memory of a process that runs one sitting (library, statistics, close), as the app
    does: the in-process runs above add what earlier windows' threads left behind to each peak."""
    peaks = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "one.json"
            subprocess.run([sys.executable, __file__, "--pages", "--dir", str(work), "--runs", "1", "--one-sitting",
                            "--json", str(out)], check=True, capture_output=True, timeout=1800)
            peaks.append(json.loads(out.read_text())["peak memory MiB (this process)"])
    return summary(peaks)


def pages_main(args) -> int:
    work = args.dir or Path(tempfile.mkdtemp(prefix="studyapp-pages-"))
    work.mkdir(parents=True, exist_ok=True)
    built = build_pages_library(work, args.questions, args.bank_size, args.reviews)
    print(f"library        {built['banks']:,} banks, {built['questions']:,} questions, "
          f"{built['review_rows']:,} review rows ({work})")
    results = {"pages": built, "load_average_before": os.getloadavg()}
    folder = folder_state(work / "studyapp")
    results["library folder"] = folder
    print(f"library folder schema v{folder['schema']} (the first sitting migrates an older one); bank copies in this "
          f"folder {folder['copies_here']:,} of {folder['banks']:,} (a copied folder's others take the moved-folder path)")
    print(f"load average before {' '.join(f'{x:.2f}' for x in results['load_average_before'])}")
    times = page_times(work, args.runs)
    for key, samples in times.items():
        if key in ("banks listed", "statistics table rows"):
            print(f"{key:38} {samples[0]:,}")
            continue
        if key.endswith("RSS / peak"):  # each sitting's, in order: later sittings reuse what earlier ones freed
            results[key] = samples
            print(f"{key:38} {'  '.join(f'{rss:,.1f} / {peak:,.1f}' for rss, peak in samples)}")
            continue
        if key.endswith(("MB", "MiB", "so far)", "process)")):
            results[key] = samples[0]
            print(f"{key:38} {samples[0]:,.1f}")
            continue
        s = summary(samples)
        results[key] = s
        print(f"{key:38} {fmt(s)}")
    if args.runs > 1 and not args.one_sitting:
        results["peak memory MiB, one sitting per process"] = s = one_sitting_peaks(work, args.runs)
        print(f"{'peak memory MiB, one sitting per process':38} {s['median']:,.1f}  "
              f"(min {s['min']:,.1f}, max {s['max']:,.1f}, n={s['n']})")
    if args.first_window:
        # On a copy: the app's first start installs the bundled bank, which would change the library.
        copy = work / "first-window"
        if not copy.exists():
            shutil.copytree(work / "studyapp", copy, ignore=shutil.ignore_patterns("backups"))
        for key, s in first_window_on(copy, args.runs).items():
            results[key] = s
            print(f"{key:38} {fmt(s)}")
    results["load_average"] = os.getloadavg()
    print(f"load average   {' '.join(f'{x:.2f}' for x in results['load_average'])} (2 cores, shared)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.dir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xvfb", action="store_true", help="also time the first window on Xvfb (xcb)")
    parser.add_argument("--source", action="store_true", help="also time `python -m studyapp` from the source tree")
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    parser.add_argument("--pages", action="store_true", help="time the library and statistics pages instead")
    parser.add_argument("--dir", type=Path, help="--pages: the library's folder (kept and reused)")
    parser.add_argument("--questions", type=int, default=100_000, help="--pages: questions in the library")
    parser.add_argument("--bank-size", type=int, default=100, help="--pages: questions per bank")
    parser.add_argument("--reviews", type=int, default=1_000_000, help="--pages: review rows")
    parser.add_argument("--one-sitting", action="store_true", help=argparse.SUPPRESS)  # a child of --pages
    parser.add_argument("--first-window", action="store_true",
                        help="--pages: also time the first window of `python -m studyapp` on (a copy of) the folder")
    args = parser.parse_args(argv)
    if args.pages:
        return pages_main(args)

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
