"""The one list of bank formats: every place that names them asks it, and nothing else spells them out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import studyapp
from studyapp.errors import BankError
from studyapp.exchange.registry import (
    READABLE, READABLE_TEXT, WRITABLE, bank_files_in, is_bank_file, is_native, listed, open_filter, read_bank,
)


def test_the_table_gives_the_lists_and_the_dialog_filter():
    assert READABLE == (".toml", ".csv", ".gift") and WRITABLE == (".toml", ".csv", ".gift", ".apkg", ".pdf")
    assert READABLE_TEXT == ".toml, .csv, .gift" and listed(READABLE, " or ") == ".toml, .csv or .gift"
    assert open_filter() == ("Question banks (*.toml *.csv *.gift);;studyapp banks (*.toml);;Spreadsheets (*.csv);;"
                             "Moodle GIFT (*.gift);;All files (*)")
    assert is_bank_file(Path("a.GIFT")) and not is_bank_file(Path("a.apkg")) and not is_bank_file(Path("notes.txt"))
    assert is_native(Path("a.toml")) and not is_native(Path("a.csv"))


def test_an_unknown_extension_names_the_ones_that_are_read(tmp_path):
    with pytest.raises(BankError) as exc:
        read_bank(tmp_path / "bank.docx")
    assert str(exc.value) == (f"{tmp_path / 'bank.docx'}: file: unknown bank format '.docx'; "
                              "use one of .toml, .csv, .gift")


def test_a_folder_lists_its_bank_files_sorted(tmp_path):
    for name in ("b.gift", "a.toml", "c.csv", "notes.txt", "d.apkg"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "sub.toml").mkdir()
    assert [p.name for p in bank_files_in(tmp_path)] == ["a.toml", "b.gift", "c.csv"]


def test_no_other_module_spells_out_the_bank_formats():
    """A new format is one row in the registry: no help text, filter or check lists them by hand."""
    root = Path(studyapp.__file__).parent
    hand_typed = re.compile(r"""["'(*]\.gift\b|\.toml,? \.csv""")  # .csv alone is also a report format
    found = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py"))
             if path.name != "registry.py" or path.parent.name != "exchange"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if hand_typed.search(line)]
    assert found == []
