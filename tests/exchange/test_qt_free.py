"""The exchange formats work without Qt: only pdf_quiz loads it, and only when a PDF is written."""

from __future__ import annotations

import subprocess
import sys


def test_importing_and_using_the_formats_does_not_load_qt(mini_bank_path, tmp_path):
    code = f"""
import sys
from studyapp.exchange import registry, importing, csv_format, gift_format, anki_export, toml_export, pdf_quiz
read = registry.read_bank({str(mini_bank_path)!r})
for ext in ("csv", "gift", "apkg", "toml"):
    registry.write_bank(read.loaded, {str(tmp_path)!r} + "/out." + ext)
print(sorted(m for m in sys.modules if m.startswith("PySide6")))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
