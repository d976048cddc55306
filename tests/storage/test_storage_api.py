"""The storage API keeps its engine (issue 15): callers reach every query through the opened store,
and no statement is made by cutting up another one."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "studyapp"
# The store's callers named in issue 15: they speak to `progress`, never to its engine.
CALLERS = ["gui/main_window.py", "gui/library_controller.py", "gui/stats_view.py", "gui/browse_window.py",
           "gui/progress_ops.py", "exchange/progress_report.py", "commands/stats.py", "commands/banks.py",
           "commands/find.py", "commands/marks.py", "hub/sync.py", "hub/local.py"]


@pytest.mark.parametrize("module", CALLERS)
def test_callers_never_hold_the_stores_engine(module):
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    engines = [node.lineno for node in ast.walk(tree)
               if isinstance(node, ast.Attribute) and node.attr == "engine"
               and not (isinstance(node.value, ast.Name) and node.value.id == "self")]
    assert engines == [], f"{module}: lines {engines} reach the store's engine; use the progress object's queries"


def test_no_statement_is_cut_out_of_another():
    for path in (PACKAGE / "storage").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""\.split\(\s*["'] WHERE """, text), f"{path.name} builds SQL by splitting a statement"


def test_the_queries_come_through_the_opened_store(mini_installed, now):
    from studyapp.core.insight import Insight
    from studyapp.core.records import CardKey
    from tests.helpers.reviews import answer_timed

    answer_timed(mini_installed, "q-quote", 3, now)
    assert [e.question_id for e in mini_installed.history.review_events()] == ["q-quote"]
    assert isinstance(mini_installed.history.load_insight(now), Insight)
    assert mini_installed.marks.counts(now) == {}
    mini_installed.marks.suspend([CardKey("mini", "q-tf")], now)
    assert CardKey("mini", "q-tf") in mini_installed.marks.excluded(now)
    assert mini_installed.browse is mini_installed.browse and mini_installed.history is mini_installed.history
