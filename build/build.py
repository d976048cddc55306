"""Build the studyapp desktop app: `python build/build.py` (from any folder).

Runs PyInstaller on build/studyapp.spec with its work folder in `.pyinstaller/work` and its output
in `dist/` at the repository root (PyInstaller's default work folder, ./build, would mix its
scratch files with this folder), then adds the Linux desktop integration (a .desktop file, the
icon, install.sh) to the app folder and packs it as `dist/<name>-<version>-linux-<arch>.tar.gz`.
Needs the build extra: `pip install -e ".[build]"`.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DIR = ROOT / "build"
SPEC = BUILD_DIR / "studyapp.spec"


@dataclass(frozen=True)
class Layout:
    """Where a build of this repository puts things; all outside build/."""

    root: Path
    name: str
    version: str

    @classmethod
    def of(cls, root: Path = ROOT) -> "Layout":
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        return cls(root=root, name=project["name"], version=project["version"])

    @property
    def work(self) -> Path:
        return self.root / ".pyinstaller" / "work"

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    @property
    def app_dir(self) -> Path:
        return self.dist / self.name

    @property
    def executable(self) -> Path:
        return self.app_dir / self.name

    @property
    def archive(self) -> Path:
        return self.dist / f"{self.name}-{self.version}-linux-{platform.machine()}.tar.gz"

    @property
    def archive_top(self) -> str:
        """The folder a user gets when unpacking the archive."""
        return f"{self.name}-{self.version}"


def run_pyinstaller(layout: Layout, clean: bool) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
        "--workpath", str(layout.work), "--distpath", str(layout.dist),
    ]
    if clean:
        command.append("--clean")
    subprocess.run(command, cwd=layout.root, check=True)


def _pixels(icon: Path) -> int:
    size = icon.stem.rpartition("-")[2]
    return int(size) if size.isdigit() else 0


def icon_source(root: Path) -> Path | None:
    """The app icon for the desktop menu: the 256 px PNG (every desktop reads PNG), else the
    largest one there is."""
    assets = root / "assets"
    sized = sorted(assets.glob("icon-*.png"), key=_pixels, reverse=True)
    preferred = [assets / "icon-256.png", assets / "icon.png", *sized]
    return next((p for p in preferred if p.is_file()), None)


def add_desktop_integration(layout: Layout) -> None:
    """Put the .desktop file, the icon and install.sh next to the executable.

    The .desktop file is the one in assets/ (also installed by pip); install.sh points its Exec,
    TryExec and Icon at wherever the user unpacked the app.
    """
    app = layout.app_dir
    shutil.copy2(layout.root / "assets" / f"{layout.name}.desktop", app / f"{layout.name}.desktop")
    installer = app / "install.sh"
    shutil.copy2(BUILD_DIR / "install.sh", installer)
    installer.chmod(0o755)
    icon = icon_source(layout.root)
    if icon:
        shutil.copy2(icon, app / f"{layout.name}.png")
    else:
        print("build.py: warning: no assets/icon-*.png; the menu entry has no icon", file=sys.stderr)
    (app / "README.txt").write_text(
        f"{layout.name} {layout.version}\n\n"
        f"Run it:                             ./{layout.name}\n"
        "Add it to the applications menu:    ./install.sh   (remove: ./install.sh --uninstall)\n"
        f"Check that it works (no window):    ./{layout.name} selftest\n"
        f"Everything else it can do:          ./{layout.name} --help\n\n"
        "Progress, settings and logs live in your user folders (~/.local/share/studyapp,\n"
        "~/.config/studyapp, ~/.local/state/studyapp/log), never in this folder, so you can\n"
        "replace this folder with a newer version without losing anything.\n",
        encoding="utf-8",
    )


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_archive(layout: Layout) -> Path:
    """A .tar.gz of the app folder; symlinks stay symlinks, owners are cleared."""
    archive = layout.archive
    partial = archive.with_name(archive.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
        tar.add(layout.app_dir, arcname=layout.archive_top, filter=_normalise)
    partial.replace(archive)
    return archive


def disk_size(folder: Path) -> int:
    """Bytes of all regular files under folder (symlinks not followed, not counted twice)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build.py: PyInstaller is missing; run: pip install -e ".[build]"', file=sys.stderr)
        return 2
    layout = Layout.of()
    run_pyinstaller(layout, clean=args.clean)
    add_desktop_integration(layout)
    print(f"app:     {layout.app_dir}  ({disk_size(layout.app_dir) / 1e6:.1f} MB)")
    if not args.no_archive:
        archive = make_archive(layout)
        print(f"archive: {archive}  ({archive.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
