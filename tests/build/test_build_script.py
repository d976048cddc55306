"""build/build.py: where a build goes, the desktop files it adds, the archive, and install.sh."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import tarfile
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO


def test_layout_comes_from_pyproject_and_stays_out_of_build(build_script):
    layout = build_script.Layout.of(REPO)
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (layout.name, layout.version) == (project["name"], project["version"])
    build_dir = REPO / "build"
    for folder in (layout.work, layout.dist, layout.app_dir, layout.archive):
        assert folder.is_relative_to(REPO) and not folder.is_relative_to(build_dir), folder
    assert layout.archive.name.startswith(f"{layout.name}-{layout.version}-linux-")
    assert layout.archive.name.endswith(".tar.gz")


def test_build_outputs_are_ignored_by_git(build_script):
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout: this checks .gitignore with git itself")
    layout = build_script.Layout.of(REPO)
    paths = [str(p.relative_to(REPO)) for p in (layout.work / "x", layout.app_dir / "x", layout.archive)]
    result = subprocess.run(["git", "check-ignore", *paths], cwd=REPO, capture_output=True, text=True)
    assert sorted(result.stdout.split()) == sorted(paths)


def test_spec_and_build_script_locate_the_repository_from_their_own_folder(build_script):
    assert build_script.ROOT == REPO
    assert build_script.SPEC == REPO / "build" / "studyapp.spec"
    spec = build_script.SPEC.read_text(encoding="utf-8")
    assert "ROOT = Path(SPECPATH).resolve().parent" in spec


def test_icon_prefers_the_256_px_png(build_script, tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    assert build_script.icon_source(tmp_path) is None
    for size in (16, 512, 64):
        (assets / f"icon-{size}.png").write_bytes(b"png")
    assert build_script.icon_source(tmp_path) == assets / "icon-512.png"
    (assets / "icon-256.png").write_bytes(b"png")
    assert build_script.icon_source(tmp_path) == assets / "icon-256.png"


@pytest.fixture
def fake_build(build_script, tmp_path):
    """A repository copy with pyproject and assets, and a fake PyInstaller output folder."""
    root = tmp_path / "repo"
    (root / "assets").mkdir(parents=True)
    shutil.copy2(REPO / "pyproject.toml", root / "pyproject.toml")
    for name in ("studyapp.desktop", "icon-256.png"):
        shutil.copy2(REPO / "assets" / name, root / "assets" / name)
    layout = build_script.Layout.of(root)
    (layout.app_dir / "_internal").mkdir(parents=True)
    layout.executable.write_text("#!/bin/sh\necho studyapp\n", encoding="utf-8")
    layout.executable.chmod(0o755)
    (layout.app_dir / "_internal" / "libreal.so.1").write_bytes(b"\x7fELF")
    (layout.app_dir / "_internal" / "libreal.so").symlink_to("libreal.so.1")
    build_script.add_desktop_integration(layout)
    return layout


def test_app_folder_gets_desktop_entry_icon_and_installer(fake_build):
    app = fake_build.app_dir
    assert (app / "studyapp.png").read_bytes() == (REPO / "assets" / "icon-256.png").read_bytes()
    assert os.access(app / "install.sh", os.X_OK)
    entry = _desktop_entry(app / "studyapp.desktop")
    assert entry["Type"] == "Application" and entry["Exec"] and entry["Terminal"] == "false"
    assert "./install.sh" in (app / "README.txt").read_text(encoding="utf-8")


def test_archive_unpacks_to_a_runnable_app(build_script, fake_build, tmp_path):
    archive = build_script.make_archive(fake_build)
    assert archive == fake_build.archive and not archive.with_name(archive.name + ".partial").exists()
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        top = fake_build.archive_top
        assert all(name == top or name.startswith(top + "/") for name in members)
        exe = members[f"{top}/studyapp"]
        assert exe.mode & stat.S_IXUSR and exe.uid == 0 and exe.uname == ""
        link = members[f"{top}/_internal/libreal.so"]
        assert link.issym() and link.linkname == "libreal.so.1"
        tar.extractall(tmp_path / "unpacked", filter="tar")
    out = subprocess.run([tmp_path / "unpacked" / top / "studyapp"], capture_output=True, text=True, check=True)
    assert out.stdout == "studyapp\n"


def _desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def _exec_program(value: str) -> str:
    """The program of a quoted Exec value, undoing desktop-entry string and quoting escapes."""
    unescaped = value.replace("\\\\", "\\")  # string-level escape comes first
    assert unescaped.startswith('"') and unescaped.endswith('"'), value
    inner, out, i = unescaped[1:-1], [], 0
    while i < len(inner):
        if inner[i] == "\\":
            i += 1
        out.append(inner[i])
        i += 1
    return "".join(out).replace("%%", "%")


def test_install_sh_adds_and_removes_the_menu_entry_even_for_awkward_folders(fake_build, tmp_path):
    awkward = tmp_path / 'my apps $HOME "x" 100%'
    shutil.copytree(fake_build.app_dir, awkward / "studyapp", symlinks=True)
    app = awkward / "studyapp"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    subprocess.run(["sh", str(app / "install.sh")], env=env, check=True, capture_output=True, cwd=tmp_path)
    installed = tmp_path / "share" / "applications" / "studyapp.desktop"
    entry = _desktop_entry(installed)
    assert _exec_program(entry["Exec"]) == str(app / "studyapp")
    assert entry["TryExec"] == str(app / "studyapp")
    assert entry["Icon"] == str(app / "studyapp.png")
    assert entry["Name"] == "studyapp" and entry["Type"] == "Application"
    subprocess.run(["sh", str(app / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True)
    assert not installed.exists()
