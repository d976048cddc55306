"""The one entry point: no subcommand opens the desktop app, subcommands work headless.

Each subcommand lives in its own small module under `studyapp.commands`, imported only when
used, so `studyapp validate` never loads Qt. StudyAppError is turned into a message and exit
code here, in one place; a user never sees a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from studyapp import __version__
from studyapp.core.printable import for_terminal
from studyapp.errors import StudyAppError
from studyapp.exchange.registry import READABLE_TEXT, WRITABLE_TEXT

# name -> (module, one-line help). Each module has `add_arguments(parser)` and `run(args) -> int`.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("studyapp.commands.validate", "check bank files; one line per problem"),
    "show": ("studyapp.commands.show", "print a bank as the student sees it"),
    "schema": ("studyapp.commands.schema", "print the JSON Schema of the bank format"),
    "generate": ("studyapp.commands.generate", "make a question bank from a news article"),
    "stats": ("studyapp.commands.stats", "progress per bank: new, learning, due today, mature, retention"),
    "export": ("studyapp.commands.export", f"write a bank as {WRITABLE_TEXT} (.apkg: Anki; .pdf: a printable quiz)"),
    "backup": ("studyapp.commands.backup", "copy your progress into the backups folder now (--list: show the backups)"),
    "restore": ("studyapp.commands.restore", "replace your progress with a backup; the current file is backed up first"),
    "check": ("studyapp.commands.check", "run a full integrity check of your progress file"),
    "report": ("studyapp.commands.report", "write a progress report for a teacher (.pdf or .csv): mastery by topic, retention, weak questions"),
    "import": ("studyapp.commands.import_", f"install a bank file ({READABLE_TEXT}) or a folder of them"),
    "banks": ("studyapp.commands.banks", "list the installed banks with version and counts"),
    "remove": ("studyapp.commands.remove", "remove an installed bank (history kept unless --purge)"),
    "find": ("studyapp.commands.find", "list the questions a search finds, as Browse shows them (id, bank, topic, type, state, prompt)"),
    "suspend": ("studyapp.commands.marks", "suspend the questions a search finds: study, practice and exams leave them out"),
    "unsuspend": ("studyapp.commands.marks", "unsuspend the questions a search finds"),
    "flag": ("studyapp.commands.marks", "flag the questions a search finds: flag N QUERY (1 red, 2 orange, 3 green, 4 blue, 0 clears)"),
    "selftest": ("studyapp.commands.selftest", "headless end-to-end check: answer questions through the real widgets"),
    "class": ("studyapp.commands.class_", "the class hub on PostgreSQL: init, add-student, publish, retire, join, sync, report"),
}


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """Only the chosen subcommand's module is imported, so a quick command never pays for Qt or NLP."""
    argv = sys.argv[1:] if argv is None else argv
    chosen = next((a for a in argv if a in COMMANDS), None)
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Learn news articles with spaced repetition. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"studyapp {__version__}")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        _add_common(p, suppress=True)
        if name == chosen:
            importlib.import_module(module).add_arguments(p)
    return parser


def _add_common(parser: argparse.ArgumentParser, suppress: bool = False) -> None:
    # On subparsers the default is SUPPRESS so `studyapp --data-dir X cmd` is not overwritten.
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS if suppress else None,
        help="keep progress, settings and logs under DIR instead of the user's data folder",
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser(argv).parse_args(argv)
    try:
        if not args.command:
            from studyapp.gui.app import run_gui  # Qt only loads for the GUI

            return run_gui(args)
        module = importlib.import_module(COMMANDS[args.command][0])
        return int(module.run(args) or 0)
    except StudyAppError as exc:
        print(f"studyapp: {for_terminal(str(exc), keep_newlines=True)}", file=sys.stderr)  # messages quote bank text
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `studyapp show … | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:  # a bug: keep the details for a report, show one plain line
        log = _write_crash_log(args)
        print(f"studyapp: an unexpected error stopped this command; details are in {log}", file=sys.stderr)
        return 2


def _write_crash_log(args: argparse.Namespace) -> Path:
    import traceback
    from datetime import datetime, timezone

    from studyapp.paths import AppDirs

    text = f"{datetime.now(timezone.utc).isoformat()} studyapp {__version__} {sys.argv!r}\n{traceback.format_exc()}\n"
    dirs = AppDirs.resolve(getattr(args, "data_dir", None))
    # The log folder, else the data folder: never the current directory, which may be anyone's.
    for folder in (dirs.log, dirs.data):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "crash.log"
            with path.open("a", encoding="utf-8") as fh:
                fh.write(text)
            return path
        except OSError:
            continue
    sys.stderr.write(text)
    return Path("stderr")
