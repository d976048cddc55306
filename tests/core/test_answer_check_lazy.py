"""core.answer_check imports rapidfuzz when it first compares texts, not with the question types: the
library loads every type's model and grades nothing (rapidfuzz is ~3.4 MiB of a 1,000-bank library's peak)."""

from __future__ import annotations

import subprocess
import sys


def test_the_storage_layer_loads_without_rapidfuzz_and_grading_still_forgives_a_typo():
    code = ("import sys; import studyapp.storage.progress; print('rapidfuzz' in sys.modules); "
            "from studyapp.core.answer_check import grade_text; r = grade_text('Genevva', 'Geneva', []); "
            "print('rapidfuzz' in sys.modules, r.correct)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120).stdout
    assert out.split() == ["False", "True", "True"]
