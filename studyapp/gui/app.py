"""Starting the desktop app: QApplication, name and icon, theme, logging, and the safety net.

An unexpected exception anywhere in a Qt callback reaches `sys.excepthook`; `ErrorHook` writes
it with its traceback to the log file and shows a dialog with details to copy, and the app keeps
running. Errors meant for users (StudyAppError) show their message without a traceback.
"""

from __future__ import annotations

import gc
import linecache
import logging
import logging.handlers
import random
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from studyapp import __version__
from studyapp.errors import StudyAppError
from studyapp.gui import first_window
from studyapp.gui.app_context import AppContext, utc_now
from studyapp.paths import APP_NAME, AppDirs, bundled_assets_dir

log = logging.getLogger("studyapp.gui")

__all__ = ["AppContext", "ErrorHook", "make_application", "setup_logging", "utc_now"]

LOG_FILE = "studyapp.log"


def setup_logging(dirs: AppDirs) -> Path | None:
    """Log to a rotating file in the log folder (and keep warnings on stderr). None when the log
    folder cannot be written (a full disk): the app still starts, and says why things fail when
    they do, instead of stopping here with "unexpected error"."""
    path = dirs.log / LOG_FILE
    root = logging.getLogger("studyapp")
    root.setLevel(logging.INFO)
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        dirs.log.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        print(f"studyapp: warning: no log file ({path}: {exc.strerror}); messages go to this terminal",
              file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def app_icon() -> QIcon:
    icon = QIcon()
    assets = bundled_assets_dir()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = assets / f"icon-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once; names, icon and style are set here."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("studyapp")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("studyapp")
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    return app


class ErrorHook:
    """sys.excepthook: log the traceback, show a dialog, keep the app running."""

    def __init__(self, parent: Callable[[], QWidget | None], log_path: Path | None):
        self.parent = parent
        self.log_path = log_path
        self.dialogs: list[QWidget] = []  # kept so open dialogs are not garbage-collected
        self.previous = sys.excepthook

    def install(self) -> "ErrorHook":
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from studyapp.gui.error_dialog import ErrorDialog

        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, StudyAppError):
            log.warning("%s", exc)
            dialog = ErrorDialog("studyapp", str(exc), "", self.parent())
        else:
            details = "".join(traceback.format_exception(kind, exc, tb))
            log.error("unexpected error\n%s", details)
            where = f" It was written to {self.log_path}." if self.log_path else ""
            dialog = ErrorDialog(
                "Something went wrong",
                f"studyapp ran into an unexpected problem: {exc}.{where} You can keep working; "
                "if it happens again, please send the details below.",
                f"studyapp {__version__}\n{details}", self.parent())
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        dialog.open()


def keep_collections_short(window) -> None:
    """Once the library has first opened, leave the objects alive then (modules, Qt's wrappers, the
    library's rows) out of the garbage collector's full passes (`gc.freeze`). A full pass walks every
    tracked object while holding the interpreter, so the window stops for it, whichever thread
    allocated: ~50 ms per 100,000 objects here, and a 1,000-bank library keeps over 200,000. They
    are not garbage; what is made after is still collected as before.

    The source lines PySide6 read are dropped first: its import hook reads the whole source of every
    module imported after it (`inspect.getsource`, kept in `linecache`) to look for `__feature__`,
    ~15 MiB for the storage layer's imports; a traceback reads the lines it shows again from disk."""
    def freeze() -> None:
        window.ready.disconnect(freeze)
        linecache.clearcache()
        gc.freeze()

    window.ready.connect(freeze)


def run_gui(args) -> int:
    """`studyapp` without a command: open the main window on the library."""
    from studyapp.gui.main_window import MainWindow
    from studyapp.gui.single_instance import SingleInstance, bring_forward

    dirs = AppDirs.resolve(getattr(args, "data_dir", None))
    log_path = setup_logging(dirs)
    app = make_application()
    instance = SingleInstance(dirs.data)  # trust: one app per data folder; a second launch wakes it
    if not instance.claim():
        return instance.hand_over()
    window_holder: list[QWidget] = []
    hook = ErrorHook(lambda: window_holder[0] if window_holder else None, log_path).install()
    try:
        window = MainWindow(AppContext(dirs=dirs, rng=random.Random()))
        window_holder.append(window)
        instance.activated.connect(lambda: bring_forward(window))
        # The store opens (and the storage layer is imported) once the window is on screen.
        def start() -> None:
            from studyapp.gui.malloc_arenas import limit_malloc_arenas  # ctypes: after the first paint

            limit_malloc_arenas()  # before the window's worker threads start (see the module)
            window.start()

        first_window.after_first_paint(window, start)
        keep_collections_short(window)
        first_window.watch(window, app.quit)  # benchmarks only; a no-op unless its env var is set
        window.show()
        code = app.exec()
        window.runner.wait()  # the loop can end before the window closes: let background work finish first
        window.writer.wait()  # and every queued change to progress: an acknowledged answer is never dropped
        window.trust.wait_closing()  # the backup on closing is made off the GUI thread: it is in place before exit
        return code
    finally:
        hook.uninstall()
        instance.release()
