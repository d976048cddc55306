"""The desktop app (PySide6 Widgets). Only this package imports Qt."""
