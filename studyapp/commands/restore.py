"""`studyapp restore FILE` (or `--latest`): replace the progress database with a backup.

The current file is backed up first (or moved aside if it is damaged), so restoring loses
nothing. Refused while the app is open on the same data folder: it has the file open. Another
command that is writing (an import, a study script through the Qt-free API) is waited for, so a
restore never replaces the file under a writer.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
from pathlib import Path

from studyapp.commands import say_waiting
from studyapp.errors import StudyAppError
from studyapp.paths import AppDirs
from studyapp.storage.app_lock import COMMAND, AppLock
from studyapp.storage.backups import latest_good_backup, restore


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", type=Path, metavar="FILE", help="the backup to restore")
    p.add_argument("--latest", action="store_true", help="restore the newest backup that passes its check")


def run(args: argparse.Namespace) -> int:
    dirs = AppDirs.resolve(args.data_dir)
    if args.latest == (args.file is not None):
        raise StudyAppError("give either a backup FILE or --latest; `studyapp backup --list` lists the backups")
    lock = AppLock(dirs.data, COMMAND)
    lock.wait(on_wait=say_waiting)
    try:
        now = datetime.now(timezone.utc)
        if args.latest:  # chosen under the lock: a writer that was waited for may have added one
            info = latest_good_backup(dirs.backups, now)
            if info is None:
                raise StudyAppError(f"{dirs.backups}: there is no good backup to restore")
            source = info.path
        else:
            source = args.file
        kept = restore(source, dirs.database, dirs.backups, now)
    finally:
        lock.release()
    print(f"restored {source} to {dirs.database}")
    if kept is not None:
        print(f"the previous progress file was kept as {kept}")
    return 0
