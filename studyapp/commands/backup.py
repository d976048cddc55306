"""`studyapp backup [--list]`: copy the progress database into the backups folder now, or list the copies.

Safe while the app is open: the copy is made with SQLite's online backup.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone

from studyapp.paths import AppDirs
from studyapp.storage.backups import list_backups, make_backup, prune


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--list", action="store_true", help="list the backups, newest first, instead of making one")


def run(args: argparse.Namespace) -> int:
    dirs = AppDirs.resolve(args.data_dir)
    if args.list:
        found = list_backups(dirs.backups)
        for info in found:
            print(f"{info.path}  {info.describe()}")
        if not found:
            print(f"no backups in {dirs.backups}")
        return 0
    now = datetime.now(timezone.utc)
    path = make_backup(dirs.database, dirs.backups, now, "manual")
    prune(dirs.backups, now)
    print(f"backed up {dirs.database} to {path}")
    return 0
