"""`studyapp backup [--list]`: copy the progress database into the backups folder now, or list the copies.

The copy is made with SQLite's online backup, holding the data folder like every writer (it
prunes old copies): another command is waited for; while the app is open, use its File → Backups….
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone

from studyapp.commands import say_waiting
from studyapp.paths import AppDirs
from studyapp.storage.app_lock import FolderHold
from studyapp.storage.backups import list_backups, make_backup, prune


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--list", action="store_true", help="list the backups, newest first, instead of making one")


def run(args: argparse.Namespace) -> int:
    dirs = AppDirs.resolve(args.data_dir)
    now = datetime.now(timezone.utc)
    if args.list:
        found = list_backups(dirs.backups)
        for info in found:
            print(f"{info.path}  {info.describe(now)}")
        if not found:
            print(f"no backups in {dirs.backups}")
        return 0
    hold = FolderHold(dirs.data, on_wait=say_waiting)
    try:
        path = make_backup(dirs.database, dirs.backups, now, "manual")
        prune(dirs.backups, now)
    finally:
        hold.release()
    print(f"backed up {dirs.database} to {path}")
    return 0
