"""Which of the suite's markers a test gets from where it lives and what its module uses.

Applied to every collected test by `tests/conftest.py`, so nobody has to remember the decorator:
`-m "not gui"` runs without a display's worth of widgets, `-m "not integration"` skips the tests
that start other processes or servers (the slow, machine-dependent part of the suite).
"""

from __future__ import annotations

from pathlib import PurePath
from types import ModuleType

# A test folder (the first part under tests/) -> the marker all its tests get.
FOLDER_MARKS = {
    "gui": "gui",                # real widgets driven with qtbot
    "hub": "integration",        # a throwaway PostgreSQL cluster
    "build": "integration",      # PyInstaller and the packaged app
    "benchmarks": "integration",  # each runs a benchmark script in a child process
}

# A module holding one of these starts processes of its own (python -c, the CLI, a kill loop).
PROCESS_MODULES = {"subprocess", "multiprocessing"}
PROCESS_CLASSES = {("tests.helpers.zygote", "Zygote"), ("tests.hub.pg_server", "PgServer")}


def starts_processes(module: ModuleType | None) -> bool:
    if module is None:
        return False
    for value in vars(module).values():
        if isinstance(value, ModuleType) and value.__name__ in PROCESS_MODULES:
            return True
        if isinstance(value, type) and (value.__module__, value.__name__) in PROCESS_CLASSES:
            return True
    return False


def marks_for(path: PurePath, tests_root: PurePath, module: ModuleType | None) -> set[str]:
    """The markers a test at `path` (a file under `tests_root`) gets."""
    marks = set()
    try:
        parts = PurePath(path).relative_to(tests_root).parts
    except ValueError:
        parts = ()
    if len(parts) > 1 and parts[0] in FOLDER_MARKS:
        marks.add(FOLDER_MARKS[parts[0]])
    if starts_processes(module):
        marks.add("integration")
    return marks
