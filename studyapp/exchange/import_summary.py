"""What an import did, in words: one phrasing that the terminal and the window both show.

The headline is the sentence under the bank's card and on the status bar, and the line
`studyapp import` prints for the file; the details are the question ids that moved (and the
reader's warnings), one per line, behind Details in the window and indented under the headline
in the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyapp.core.printable import for_terminal
from studyapp.core.wording import count

if TYPE_CHECKING:
    from studyapp.exchange.importing import ImportOutcome

MOVED = (("Added", "added"), ("Changed (progress kept, marked as changed)", "changed"),
         ("Retired (history kept)", "retired"))


def headline(outcome: ImportOutcome) -> str:
    """One sentence: what changed, or why nothing did, and how many warnings the reader gave."""
    if outcome.takeover is not None:  # the user was asked, or is told how, and the installed bank stays
        return (f"Not imported: “{outcome.title}” uses the id of the installed bank “"
                f"{outcome.takeover.installed_title}”, which was kept. Give the new bank its own [bank] id to have "
                "both.")
    if outcome.refused or outcome.report is None:
        return f"Not imported: {outcome.refused or outcome.error}"
    r = outcome.report
    if r.status == "unchanged" and r.ignored:
        text = (f"Not updated: this file differs in {count(len(r.ignored), 'question')} but is still version "
                f"{r.version}. Raise [bank] version to {r.version + 1} to update.")
    elif r.status == "unchanged":
        text = f"Already up to date: version {r.version} is installed; nothing changed."
    elif r.status == "installed":
        text = f"Installed version {r.version}: {count(len(r.added), 'question')}."
    else:
        text = (f"Updated to version {r.version}: {len(r.added)} added, {len(r.changed)} changed, "
                f"{len(r.unchanged)} unchanged, {len(r.retired)} retired.")
    if outcome.warnings:
        text += f" {count(len(outcome.warnings), 'warning')} about {outcome.path.name}."
    return text


def moved(outcome: ImportOutcome) -> list[str]:
    """The question ids an update added, changed or retired, a line per kind that has any; or those a
    file of the installed version differs in, which were not applied."""
    r = outcome.report
    if r is not None and r.status == "unchanged" and r.ignored:
        return [f"Differs from the installed version (not applied): {', '.join(r.ignored)}"]
    if r is None or r.status != "updated":
        return []
    return [f"{label}: {', '.join(getattr(r, name))}" for label, name in MOVED if getattr(r, name)]


def details(outcome: ImportOutcome) -> list[str]:
    """The ids that moved, then the reader's warnings."""
    return [*moved(outcome), *(f"Warning: {w}" for w in outcome.warnings)]


def status_line(outcome: ImportOutcome) -> str:
    """The headline after the bank's title (the status bar)."""
    return f"{outcome.title}: {headline(outcome)}"


def terminal_lines(outcome: ImportOutcome) -> list[str]:
    """What `studyapp import` prints for an imported file: the headline after the title and id, then
    the ids that moved, indented (the warnings go to stderr as the reader's other warnings do)."""
    return [f"{for_terminal(outcome.title)} ({for_terminal(outcome.bank_id)}): {for_terminal(headline(outcome))}",
            *(f"  {for_terminal(line)}" for line in moved(outcome))]
