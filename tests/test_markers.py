"""The `gui` and `integration` markers land where `tests/conftest.py` says, without decorators."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from tests.helpers import zygote
from tests.helpers.markers import marks_for

ROOT = Path(__file__).resolve().parent


def _module(**names) -> ModuleType:
    module = ModuleType("tests.toy")
    vars(module).update(names)
    return module


def test_folders_give_their_marker():
    assert marks_for(ROOT / "gui" / "test_views.py", ROOT, _module()) == {"gui"}
    assert marks_for(ROOT / "hub" / "test_roles.py", ROOT, _module()) == {"integration"}
    assert marks_for(ROOT / "build" / "test_trim.py", ROOT, _module()) == {"integration"}
    assert marks_for(ROOT / "core" / "test_grading.py", ROOT, _module()) == set()
    assert marks_for(ROOT / "test_cli.py", ROOT, _module()) == set()  # a file named like a folder is not one
    assert marks_for(ROOT / "gui.py", ROOT, _module()) == set()


def test_a_module_that_starts_processes_is_integration_wherever_it_is():
    subprocess = importlib.import_module("subprocess")  # not at module level: this file starts none
    assert marks_for(ROOT / "core" / "test_x.py", ROOT, _module(subprocess=subprocess)) == {"integration"}
    assert marks_for(ROOT / "storage" / "test_x.py", ROOT, _module(Zygote=zygote.Zygote)) == {"integration"}
    assert marks_for(ROOT / "gui" / "test_x.py", ROOT, _module(run=subprocess.run, sp=subprocess)) == {
        "gui", "integration"}


def test_this_run_marked_what_it_collected(request):
    """Every collected test carries its markers; this file gets none (not in a marked folder, starts no process)."""
    for item in request.session.items:
        expected = marks_for(Path(str(item.path)), ROOT, getattr(item, "module", None))
        assert expected <= {m.name for m in item.iter_markers()}, item.nodeid
    own = {m.name for m in request.node.iter_markers()}
    assert not own & {"gui", "integration"}
