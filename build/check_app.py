"""Check a built app the way CI does: `python build/check_app.py` after `python build/build.py`.

Runs the packaged executable headless (QT_QPA_PLATFORM=offscreen) with HOME and the XDG folders
in a temporary folder: its version, the bundled bank through `validate`, `export` to PDF and
Anki, `generate` on the bundled article, `studyapp selftest` (the contract in DESIGN §6), the
GUI up to its first painted window, and the trimmed ICU data. Fails on a non-zero
exit, on any stderr line not in ALLOWED_STDERR, or if anything was written inside the app folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import Layout  # noqa: E402  (build/build.py, next to this file)

# stderr lines that are harmless, each with the reason. Everything else fails the check.
ALLOWED_STDERR = {
    # Qt's offscreen platform has no window manager, so it cannot forward size hints; it says so
    # once per top-level window. Only seen headless; real desktops use the xcb plugin.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
}

# Run with this Python's PySide6 against the app's own Qt libraries (LD_LIBRARY_PATH wins over
# PySide6's RUNPATH), so the trimmed ICU data is what answers: collation, case, zone names.
ICU_PROBE = """
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTimeZone
app = QCoreApplication([])
assert any("{lib}" in line for line in open("/proc/self/maps")), "the app's ICU was not loaded"
assert sorted(["Zebra", "\u00c4pfel", "apfel"], key=QCollator(QLocale("de_DE")).sortKey) == ["apfel", "\u00c4pfel", "Zebra"]
assert QCollator(QLocale("sv_SE")).compare("\u00f6", "z") > 0
assert QLocale("tr_TR").toUpper("i") == "\u0130"
name = QTimeZone(b"Europe/Paris").displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en_US"))
assert name == "Central European Standard Time", name
"""

TIMEOUT = 120  # seconds per run; selftest takes about 2 s here


def unexpected_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(p.fullmatch(line.strip()) for p in ALLOWED_STDERR)]


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def run(label: str, command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    problems = []
    if result.returncode != 0:
        problems.append(f"exit code {result.returncode}")
    noise = unexpected_lines(result.stderr)
    if noise:
        problems.append("unexpected stderr:\n    " + "\n    ".join(noise))
    status = "ok" if not problems else "FAILED: " + "; ".join(problems)
    print(f"{label}: {status}")
    if problems:
        print(result.stdout, end="")
        raise SystemExit(1)
    return result


def main() -> int:
    layout = Layout.of()
    exe = layout.executable
    if not exe.is_file():
        print(f"check_app.py: no app at {exe}; build it first with: python build/build.py", file=sys.stderr)
        return 2
    before = snapshot(layout.app_dir)
    with tempfile.TemporaryDirectory(prefix="studyapp-check-") as tmp:
        home = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
        env.pop("STUDYAPP_EXIT_AFTER_FIRST_WINDOW", None)

        version = run("version", [str(exe), "--version"], env).stdout.strip()
        if version != f"{layout.name} {layout.version}":
            print(f"version: FAILED: printed {version!r}")
            return 1
        banks = sorted(str(p) for p in layout.app_dir.rglob("questions/*.toml"))
        if not banks:
            print("bundled banks: FAILED: no questions/*.toml in the app folder")
            return 1
        run(f"validate {len(banks)} bundled bank(s)", [str(exe), "validate", *banks], env)
        out = home / "out"
        out.mkdir()
        for suffix in (".pdf", ".apkg"):  # Qt's PDF writer and genanki, from the bundle
            target = out / f"bank{suffix}"
            run(f"export {suffix}", [str(exe), "export", banks[0], "--to", str(target)], env)
            if not target.is_file() or target.stat().st_size == 0:
                print(f"export {suffix}: FAILED: no {target}")
                return 1
        article = next(layout.app_dir.rglob("questions/sources/*.txt"), None)
        if article is not None:  # the generator on a bundled article, then its bank validated
            generated = out / "generated.toml"
            run("generate", [str(exe), "generate", str(article), "-o", str(generated)], env)
            run("validate the generated bank", [str(exe), "validate", str(generated)], env)
        selftest = run("selftest", [str(exe), "selftest"], env)
        print("   ", selftest.stdout.strip().splitlines()[-1] if selftest.stdout.strip() else "(no output)")
        gui = run("first window", [str(exe), "--data-dir", str(home / "gui")],
                  {**env, "STUDYAPP_EXIT_AFTER_FIRST_WINDOW": "1"})
        if "first window shown" not in gui.stdout:
            print("first window: FAILED: the window never reported its first paint")
            return 1
    icu = next(layout.app_dir.rglob("libicudata.so.*"))
    run("ICU data (collation, case, zone names)", [sys.executable, "-c", ICU_PROBE.format(lib=icu.resolve())],
        {**os.environ, "LD_LIBRARY_PATH": str(icu.resolve().parent), "QT_QPA_PLATFORM": "offscreen"})
    after = snapshot(layout.app_dir)
    if after != before:
        changed = sorted(set(after.items()) ^ set(before.items()))
        print("app folder: FAILED: the app wrote inside its own folder:", *changed[:10], sep="\n    ")
        return 1
    print("app folder: ok (nothing written inside it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
