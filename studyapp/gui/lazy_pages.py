"""The main window's pages, each built (and its module imported) the first time it is needed.

Only the library is on screen at start; the study, statistics, article and result pages cost
imports (the scheduler, charts, rich text) and widgets the first window does not need.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages:
    """Pages by name in one QStackedWidget; `get(name)` builds a page on first use."""

    def __init__(self, stack: QStackedWidget, builders: dict[str, Callable[[], QWidget]]):
        self.stack = stack
        self.builders = builders
        self.built: dict[str, QWidget] = {}

    def get(self, name: str) -> QWidget:
        page = self.built.get(name)
        if page is None:
            page = self.builders[name]()
            self.built[name] = page
            self.stack.addWidget(page)
        return page

    def name_of(self, widget: QWidget | None) -> str:
        """The name of a built page, or "" (a page not built yet cannot be `widget`)."""
        return next((n for n, page in self.built.items() if page is widget), "")

    def current_is(self, *names: str) -> bool:
        return self.name_of(self.stack.currentWidget()) in names
