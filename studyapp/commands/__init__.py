"""Headless subcommands, one module each: `add_arguments(parser)` and `run(args) -> exit code`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone


def add_clock(p: argparse.ArgumentParser) -> None:
    """A hidden `--now`: tests and reproducible reports run a command as of a given UTC time."""
    p.add_argument("--now", type=parse_now, default=None, help=argparse.SUPPRESS)


def parse_now(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time like 2022-01-21T12:00:00+00:00") from None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def now_of(args: argparse.Namespace) -> datetime:
    return getattr(args, "now", None) or datetime.now(timezone.utc)


def say_waiting(message: str) -> None:
    """Told once when another studyapp command holds the data folder and this one waits for it."""
    print(f"studyapp: {message}", file=sys.stderr, flush=True)
