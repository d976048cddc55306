"""What the packaged app leaves out, as plain data and pure functions.

The spec imports this so the rules can be tested on sample names without running PyInstaller.
PyInstaller's Qt hooks collect every plugin type QtGui may load, the Qt and system libraries
those plugins link to, and Qt's translations; the app needs a few of them (the lists below say
which and why). Qt libraries and plugins are kept by allow-list: a Qt module the app starts to
use must be added here on purpose, and `check_qt_modules` stops the build if one is imported
but its library would be trimmed, rather than shipping an app that crashes on import. Likewise
`check_app_imports` stops it if the app's code imports, unguarded, a module excluded here.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# PySide6 modules the app may import (PyInstaller collects only those imported).
# QtTest: `studyapp selftest` drives the real widgets with QTest key clicks (0.7 MB).
# QtNetwork: QLocalServer/QLocalSocket keep one window per data folder (local sockets only: its
# TLS and network-information plugins are still left out).
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtDBus", "QtTest", "QtNetwork")

# Qt shared libraries (libQt6<Name>.so.6) kept. DBus: QtGui links to it (portals, tray, a11y).
# XcbQpa: the X11 platform plugin's library (X11 and XWayland sessions).
QT_LIBS_KEPT = frozenset({"Core", "Gui", "Widgets", "DBus", "XcbQpa", "PrintSupport", "Test", "Network"})

# Qt plugins kept, as "type/file". Everything else under Qt/plugins is dropped.
QT_PLUGINS_KEPT = frozenset(
    {
        "platforms/libqxcb.so",  # X11, and Wayland desktops through XWayland
        "platforms/libqoffscreen.so",  # `studyapp selftest` and headless runs
        "platformthemes/libqxdgdesktopportal.so",  # native file dialogs through the desktop portal
        # Not libqgtk3.so: it would drag in a private copy of the build machine's cairo, pango,
        # gdk-pixbuf and friends (~10 MB) that may clash with the user's GTK; the portal plugin
        # already gives GNOME users their native file dialogs.
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",  # dead keys: é in typed answers
        "platforminputcontexts/libibusplatforminputcontextplugin.so",  # input methods (CJK, emoji)
        "printsupport/libcupsprintersupport.so",  # only collected if QtPrintSupport is imported
        # imageformats: none. The icon and any pictures are PNG, which QtGui reads without a plugin.
    }
)

# Modules never bundled: test and build tools, toolkits and heavy libraries the app does not use
# (the generator's optional dependencies are added from pyproject.toml by `excluded_modules`).
# A module that a core dependency needs is never excluded, whatever this list says.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "PyInstaller",
    "setuptools",
    "pip",
    "IPython",
    "numpy",
    "pandas",
    "torch",
    "spacy",
    "thinc",
    "blis",
    "lxml",
    "trafilatura",
    "anki",
    "matplotlib",
    "PIL",
    # fsrs computes personal parameters only with torch and pandas (not bundled); its tqdm and
    # pydantic's optional pretty-printing pull in rich, pygments and markdown-it (~6 MB).
    "fsrs.optimizer",
    "tqdm",
    "rich",
    "pygments",
    "markdown_it",
    # The app does no networking; the standard library guards every `import ssl`, and hashlib
    # falls back to its built-in SHA-2/MD5 without OpenSSL. Saves libssl + libcrypto (5 MB).
    "ssl",
    "_ssl",
    "_hashlib",
    # rapidfuzz tries its AVX2 build, then its baseline build, then pure Python, each import
    # guarded. Grading compares short answers: the baseline distance module is plenty, and
    # `fuzz`/`process` (unused) fall back to Python. Saves 8 MB.
    "rapidfuzz.distance.metrics_cpp_avx2",
    "rapidfuzz.fuzz_cpp_avx2",
    "rapidfuzz.fuzz_cpp",
    "rapidfuzz.process_cpp_impl",
)

_QT_LIB = re.compile(r"^libQt6(?P<name>\w+?)\.so(\.\d+)*$")
_QT_DIR = "PySide6/Qt/"
# PyInstaller's QtNetwork hook adds OpenSSL for Qt's TLS backend, which Qt loads only for
# encrypted sockets; the app uses local sockets alone (and Python's ssl is excluded too).
_OPENSSL = ("libssl.so", "libcrypto.so")


def _posix(dest: str) -> PurePosixPath:
    return PurePosixPath(dest.replace("\\", "/"))


def keep(dest: str) -> bool:
    """True when the file at bundle path `dest` (a binary, data file or symlink) belongs in the app.

    Qt libraries and plugins are kept by allow-list; PyInstaller also puts a symlink to each Qt
    library at the bundle's top, which goes with its library. Qt's translations go: the app's
    text is English and its own strings are not translated.
    """
    path = _posix(dest)
    text = str(path)
    if text.startswith(_QT_DIR + "plugins/"):
        return str(path.relative_to(_QT_DIR + "plugins")) in QT_PLUGINS_KEPT
    if text.startswith((_QT_DIR + "translations/", _QT_DIR + "qml/")):
        return False
    if path.name.startswith(_OPENSSL):
        return False
    match = _QT_LIB.match(path.name)
    if match:
        return match["name"] in QT_LIBS_KEPT
    return not path.name.startswith("libpyside6qml")


def orphaned_libraries(
    kept: Iterable[str], dropped: Iterable[str], imports: Callable[[str], set[str]]
) -> set[str]:
    """Top-level shared libraries that only dropped binaries needed.

    PyInstaller collects each binary's link-time dependencies before the spec filters anything,
    so dropping a plugin leaves its private libraries behind (dropping the GTK theme plugin
    leaves cairo, pango, gdk-pixbuf...). `imports(dest)` is the set of library file names a
    binary needs, transitively (ldd). A library that any kept binary needs stays, and so does
    one no dropped binary needed (it may be loaded with dlopen).
    """
    kept = list(kept)
    candidates = {name for d in dropped for name in imports(d)}
    roots = [d for d in kept if d not in candidates]
    needed = {name for d in roots for name in imports(d)}
    return {name for name in candidates - needed if name in kept}


def qt_modules_in(binary_dests: Iterable[str]) -> set[str]:
    """Names of the PySide6 extension modules (QtCore, ...) among collected binaries."""
    names = set()
    for dest in binary_dests:
        path = _posix(dest)
        if path.parent == PurePosixPath("PySide6") and path.name.startswith("Qt") and path.suffix == ".so":
            names.add(path.name.split(".", 1)[0])
    return names


def check_qt_modules(binary_dests: Iterable[str]) -> None:
    """Fail the build when the app imports a PySide6 module whose Qt library this file trims.

    PyInstaller collects only the PySide6 modules the app imports, so this sees a new one as
    soon as the GUI starts using it.
    """
    used = qt_modules_in(binary_dests)
    unknown = sorted(used - set(QT_MODULES_USED))
    if unknown:
        raise SystemExit(
            f"build/trim.py: the app imports {', '.join('PySide6.' + u for u in unknown)} but its Qt "
            "library would be trimmed; add it to QT_MODULES_USED and QT_LIBS_KEPT."
        )


def _dist_key(requirement: str) -> str:
    name = re.split(r"[\s\[<>=!~;@]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(roots: Iterable[str], requires: Callable[[str], list[str]]) -> set[str]:
    """Distribution keys the roots need at runtime, transitively; requirements that apply only to
    an extra (`; extra == "x"`) are not followed. `requires(dist)` gives a dist's requirement
    strings (importlib.metadata.requires), or [] when it is not installed."""
    seen: set[str] = set()
    todo = [_dist_key(r) for r in roots]
    while todo:
        dist = todo.pop()
        if dist in seen:
            continue
        seen.add(dist)
        for req in requires(dist):
            if "extra" not in req.partition(";")[2]:
                todo.append(_dist_key(req))
    return seen


def excluded_modules(
    pyproject: dict,
    module_dists: dict[str, list[str]],
    requires: Callable[[str], list[str]] = lambda dist: [],
) -> list[str]:
    """Modules for Analysis(excludes=...): EXCLUDED_MODULES plus the top-level modules of
    distributions only optional extras need (the generator's heavy dependencies, test tools),
    so they are never bundled even if some module imports them lazily. Modules of anything the
    core dependencies need, directly or not, are kept.

    `module_dists` is `importlib.metadata.packages_distributions()`: import name -> distributions;
    `requires` as for `runtime_closure`.
    """
    project = pyproject["project"]
    # The project itself is always needed; an extra naming it ("studyapp[generate]") only
    # brings another extra's dependencies, which are counted there.
    core = runtime_closure(project.get("dependencies", []), requires) | {_dist_key(project["name"])}
    optional = {
        _dist_key(r)
        for extra in project.get("optional-dependencies", {}).values()
        for r in extra
    } - core
    needed = set()
    result = set(EXCLUDED_MODULES)
    for module, dists in module_dists.items():
        keys = {_dist_key(d) for d in dists}
        if keys & core:
            needed.add(module)
        elif keys & optional:
            result.add(module)
    # A dotted name (fsrs.optimizer) is a deliberate cut inside a needed package; keep it.
    return sorted(m for m in result if "." in m or m not in needed)


def unguarded_imports(source: str, excluded: Iterable[str]) -> list[tuple[int, str]]:
    """(line, module) for each module-level import of an excluded module that no try/except
    guards: the packaged app would fail on it at startup. Imports inside functions are left to
    their code (the generator imports its optional extras lazily and says what to install)."""
    cut = tuple(excluded)

    def hit(name: str) -> bool:
        return any(name == m or name.startswith(m + ".") for m in cut)

    found = []
    for node in ast.parse(source).body:  # module level only; a Try node is a guarded import
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if hit(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            found += [(node.lineno, n) for n in names if hit(n)][:1]
    return found


def check_app_imports(package: Path, excluded: Iterable[str]) -> None:
    """Fail the build when the app's own code imports, unguarded, a module the spec excludes."""
    excluded = list(excluded)
    problems = [
        f"{path.relative_to(package.parent)}:{line}: imports {module}"
        for path in sorted(package.rglob("*.py"))
        for line, module in unguarded_imports(path.read_text(encoding="utf-8"), excluded)
    ]
    if problems:
        raise SystemExit(
            "build/trim.py: the app imports modules the build leaves out; make the dependency a "
            "core one or import it lazily:\n  " + "\n  ".join(problems)
        )


def keep_bundled_file(rel: PurePosixPath) -> bool:
    """True for files of questions/ and assets/ that ship; code (caches, package markers, the
    icon-drawing script) does not."""
    if "__pycache__" in rel.parts or rel.suffix in {".py", ".pyc", ".pyo"}:
        return False
    return rel.name not in {"__init__.py", ".gitignore", ".DS_Store"}
