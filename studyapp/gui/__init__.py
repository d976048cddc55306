"""The desktop app (PySide6 Widgets). Only this package imports Qt."""

from studyapp.gui.qt_refcount import make_singletons_immortal

make_singletons_immortal()
