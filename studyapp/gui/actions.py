"""The one table of commands: menus, shortcuts and the Help → Keyboard shortcuts list come from it.

Keys that only make sense inside one page (1–9 on choices, 1–4 for ratings, Alt+Up/Down in an
order question) are handled by those widgets; they are listed in PAGE_KEYS so the shortcuts
list is still complete.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from studyapp.exchange.registry import READABLE, listed


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    menu: str  # "File", "View", "Study", "Tools", "Help"
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    standard: QKeySequence.StandardKey | None = None


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_from_article", "&New bank from article…", "File", ("Ctrl+N",),
               "Draft a question bank from a news article (.txt or .html), review it, and add it to the library"),
    ActionSpec("new_bank", "Ne&w bank…", "File", ("Ctrl+Shift+N",),
               "Write a question bank from scratch in the bank editor, then add it to the library"),
    ActionSpec("import_bank", "&Import bank…", "File", ("Ctrl+O",), f"Add a question bank ({listed(READABLE, ' or ')}) to the library"),
    ActionSpec("export_report", "&Export progress report…", "File", ("Ctrl+Shift+E",),
               "Write a PDF or CSV report of progress per bank, for a teacher"),
    ActionSpec("print_quiz", "P&rint quiz…", "File", ("Ctrl+Shift+P",),
               "Write the selected bank as a printable PDF quiz, with the answer key on its own pages"),
    ActionSpec("join_class", "&Join class…", "File", (),
               "Join a teacher's class with a join code: your answers are sent to the class hub, new banks come in"),
    ActionSpec("publish_class", "P&ublish to class…", "File", (),
               "Publish the selected bank to your class hub (the data folder where `studyapp class init` ran)"),
    ActionSpec("backups", "&Backups…", "File", (), "Restore your progress from an automatic backup"),
    ActionSpec("quit", "&Quit", "File", ("Ctrl+Q",), "Close studyapp"),
    ActionSpec("library", "&Library", "View", ("Ctrl+L",), "Show the library of banks"),
    ActionSpec("stats", "S&tatistics", "View", ("Ctrl+T",), "Where each bank stands and how well you remember it"),
    ActionSpec("article", "&Article", "View", ("Ctrl+R",), "Show the article the current question comes from"),
    ActionSpec("class_view", "&Class", "View", (),
               "Your class: per student last studied, questions seen, retention, mastery; per question the share wrong"),
    ActionSpec("browse", "&Browse", "View", ("Ctrl+B",),
               "Every question of every bank: search, preview, suspend, bury and flag"),
    ActionSpec("study", "&Study", "Study", ("Ctrl+Return",), "Study the selected bank's due and new questions"),
    ActionSpec("practice", "&Practice by topic…", "Study", ("Ctrl+P",), "Practise one topic; the schedule is left alone"),
    ActionSpec("exam", "&Exam…", "Study", ("Ctrl+E",), "Answer N questions without feedback, then see a score"),
    ActionSpec("edit_question", "E&dit question…", "Study", ("E",),
               "Fix any field of the question on screen; saving installs a new version of its bank"),
    ActionSpec("undo", "&Undo", "Study", ("Ctrl+Z",),
               "Take back the last answer and its rating, or the last suspend, bury or flag"),
    ActionSpec("back", "&Back to library", "Study", ("Esc",), "Stop and go back to the library"),
    ActionSpec("suspend", "S&uspend question", "Study", ("@",),
               "Leave this question out of study until it is unsuspended in Browse"),
    ActionSpec("bury", "B&ury until tomorrow", "Study", ("-",), "Leave this question out until the next study day"),
    ActionSpec("flag_1", "Flag red", "Study", ("Ctrl+1",), "Flag this question red (again: clear the flag)"),
    ActionSpec("flag_2", "Flag orange", "Study", ("Ctrl+2",), "Flag this question orange (again: clear the flag)"),
    ActionSpec("flag_3", "Flag green", "Study", ("Ctrl+3",), "Flag this question green (again: clear the flag)"),
    ActionSpec("flag_4", "Flag blue", "Study", ("Ctrl+4",), "Flag this question blue (again: clear the flag)"),
    ActionSpec("flag_0", "Clear flag", "Study", ("Ctrl+0",), "Take the flag off this question"),
    ActionSpec("settings", "&Settings…", "Tools", ("Ctrl+,",), "Daily limits, retention, theme, text size"),
    ActionSpec("optimise", "&Optimise schedule…", "Tools", (), "Fit the scheduler to your own answers"),
    ActionSpec("check_database", "&Check database", "Tools", (), "Check your progress file for damage"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", "Help", ("F1",), "List every keyboard shortcut"),
    ActionSpec("about", "&About studyapp", "Help", (), "Version and licence"),
)

MENUS = ("File", "View", "Study", "Tools", "Help")

# Keys handled inside a page: (where, keys, what they do).
PAGE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Library", "Enter", "Study the selected bank"),
    ("Library", "Up / Down", "Move between banks"),
    ("Question", "1 – 9", "Choose an answer"),
    ("Question", "Enter", "Submit a typed answer, date, order or match"),
    ("Question", "Alt+Up / Alt+Down", "Move the selected item in an order question"),
    ("Question", "Space", "Flash card: show the answer"),
    ("Feedback", "1 / 2 / 3 / 4", "Rate Again / Hard / Good / Easy"),
    ("Feedback", "Space or Enter", "Accept the suggested rating"),
    ("Feedback", "A", "Show the source sentence in the article"),
    ("Any page", "Tab / Shift+Tab", "Move between controls"),
    ("Bank editor", "Ctrl+S", "Save the bank and install it (an installed bank: its next version)"),
    ("Bank editor", "Esc", "Cancel; asks first when there are changes to lose"),
    ("Bank editor", "Ctrl+Up / Ctrl+Down", "Move the selected question up or down"),
    ("Bank editor", "Alt+N / Alt+V", "Add a question of the chosen type / remove the selected one"),
    ("Bank editor", "Alt+T", "Make the text selected in the article the question's source"),
)


def browse_rows() -> list[tuple[str, str, str]]:
    """Browse's own keys, from its window's table (loaded when the list is shown)."""
    from studyapp.gui.browse_window import BROWSE_KEYS

    native = QKeySequence.SequenceFormat.NativeText
    return [("Browse", ", ".join(QKeySequence(k).toString(native) for k in spec.keys), spec.text)
            for spec in BROWSE_KEYS]


class Actions:
    """QActions built from ACTIONS, by name; the main window connects and places them."""

    def __init__(self, parent: QWidget):
        self.by_name: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(spec.text, parent)
            action.setObjectName(spec.name)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
            self.by_name[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def in_menu(self, menu: str) -> list[QAction]:
        return [self.by_name[s.name] for s in ACTIONS if s.menu == menu]


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(where, keys, what) for every command and page key, for Help → Keyboard shortcuts."""
    rows = []
    for spec in ACTIONS:
        keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts)
        rows.append((spec.menu + " menu", keys or "—", spec.text.replace("&", "").rstrip("…")))
    rows.extend(PAGE_KEYS)
    rows.extend(browse_rows())
    return rows
