"""`studyapp banks`: the installed banks with their version and question counts."""

from __future__ import annotations

import argparse
from pathlib import Path

from studyapp.errors import BankError
from studyapp.exchange.registry import Read, read_bank


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


def find_bank(spec: str, data_dir: Path | None) -> Read:
    """A bank file if `spec` names one, else the installed bank with that id."""
    path = Path(spec)
    if path.exists() or path.suffix:
        return read_bank(path)
    raise BankError.single(spec, "BANK", "no such file, and no installed bank has this id; "
                                         "`studyapp banks` lists the installed ones")


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError
