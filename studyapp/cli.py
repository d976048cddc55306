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
from studyapp.errors import StudyAppError

# name -> (module, one-line help). Each module has `add_arguments(parser)` and `run(args) -> int`.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("studyapp.commands.validate", "check bank files; one line per problem"),
    "show": ("studyapp.commands.show", "print a bank as the student sees it"),
    "schema": ("studyapp.commands.schema", "print the JSON Schema of the bank format"),
}


def build_parser() -> argparse.ArgumentParser:
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
    args = build_parser().parse_args(argv)
    try:
        if not args.command:
            from studyapp.gui.app import run_gui  # Qt only loads for the GUI

            return run_gui(args)
        module = importlib.import_module(COMMANDS[args.command][0])
        return int(module.run(args) or 0)
    except StudyAppError as exc:
        print(f"studyapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
