"""Headless subcommands, one module each: `add_arguments(parser)` and `run(args) -> exit code`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone


def add_clock(p: argparse.ArgumentParser) -> None:
    """A hidden `--now`: tests and reproducible reports run a command as of a given UTC time."""
    p.add_argument("--now", type=parse_now, default=None, help=argparse.SUPPRESS)


EARLIEST_YEAR, LATEST_YEAR = 1970, 8999  # the years a stored time may have (storage.integrity)


def parse_now(text: str) -> datetime:
    """An aware UTC time inside the years the app counts with: at either end of the calendar a
    study day's bounds or a 30-day window would fall off it."""
    try:
        value = datetime.fromisoformat(text)
        value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time like 2022-01-21T12:00:00+00:00") from None
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r} is outside the years studyapp counts with "
                                         f"({EARLIEST_YEAR} to {LATEST_YEAR})")
    return value


def now_of(args: argparse.Namespace) -> datetime:
    return getattr(args, "now", None) or datetime.now(timezone.utc)


def say_waiting(message: str) -> None:
    """Told once when another studyapp command holds the data folder and this one waits for it."""
    print(f"studyapp: {message}", file=sys.stderr, flush=True)
