"""One phrasing of an import: the terminal prints the headline the window shows under the card."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.records import InstallReport
from studyapp.exchange.import_summary import details, headline, status_line, terminal_lines
from studyapp.exchange.importing import ImportOutcome, Takeover

UPDATE = InstallReport("mini", 2, 1, "updated", added=("q-new",), changed=("q-tf",), unchanged=("q-a", "q-b"),
                       retired=("q-flash",))


def _outcome(**kw) -> ImportOutcome:
    return ImportOutcome(Path("/banks/mini.gift"), "mini", "A small bank", **kw)


def test_the_terminal_and_the_window_say_the_same():
    outcome = _outcome(report=UPDATE, warnings=["essay questions have no studyapp form"])
    said = "Updated to version 2: 1 added, 1 changed, 2 unchanged, 1 retired. 1 warning about mini.gift."
    assert headline(outcome) == outcome.headline == said
    assert status_line(outcome) == f"A small bank: {said}"
    assert terminal_lines(outcome) == [f"A small bank (mini): {said}", "  Added: q-new",
                                       "  Changed (progress kept, marked as changed): q-tf",
                                       "  Retired (history kept): q-flash"]
    assert details(outcome)[-1] == "Warning: essay questions have no studyapp form"


def test_a_same_version_file_that_differs_names_the_questions():
    outcome = _outcome(report=InstallReport("mini", 2, 2, "unchanged", unchanged=("q-a",), ignored=("q-b", "q-c")))
    assert outcome.headline == ("Not updated: this file differs in 2 questions but is still version 2. Raise [bank] "
                                "version to 3 to update.")
    assert details(outcome) == ["Differs from the installed version (not applied): q-b, q-c"]


def test_refusals():
    older = _outcome(refused="bank 'mini' is version 1, but version 2 is already installed")
    assert not older.ok
    assert older.headline == "Not imported: bank 'mini' is version 1, but version 2 is already installed"
    taken = _outcome(refused="… import it with --replace", takeover=Takeover("Geneva talks", 3, 8))
    assert taken.headline == ("Not imported: “A small bank” uses the id of the installed bank “Geneva talks”, which "
                              "was kept. Give the new bank its own [bank] id to have both.")


def test_bank_text_is_escaped_for_the_terminal():
    report = InstallReport("x", 1, None, "installed", added=("a",))
    outcome = ImportOutcome(Path("x.toml"), "x", "Evil\x1b[2J", report=report)
    assert terminal_lines(outcome) == ["Evil\\x1b[2J (x): Installed version 1: 1 question."]
