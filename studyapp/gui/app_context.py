"""What the main window needs from outside (folders, clock, randomness), in a module of its own.

It lives apart from `gui/app.py` so that `main_window` can take it without importing the module
that starts the app (and that imports `main_window`): the two no longer import each other.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from studyapp.paths import AppDirs


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class AppContext:
    """Everything the window needs from outside, passed in so tests can give their own."""

    dirs: AppDirs
    clock: Callable[[], datetime] = utc_now
    rng: random.Random | None = None
    fuzz: bool = True  # FSRS interval fuzzing; off in tests so intervals are exact
    install_bundled: bool = True

    def now(self) -> datetime:
        return self.clock()
