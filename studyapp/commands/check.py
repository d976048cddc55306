"""`studyapp check`: run SQLite's full integrity_check on the progress database and say what it found."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone

from studyapp.paths import AppDirs
from studyapp.storage.backups import latest_good_backup
from studyapp.storage.integrity import full_check


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    dirs = AppDirs.resolve(args.data_dir)
    if not dirs.database.exists():
        print(f"{dirs.database}: no progress file yet; nothing to check")
        return 0
    problems = full_check(dirs.database)
    if not problems:
        print(f"{dirs.database}: ok")
        return 0
    for line in problems[:20]:
        print(f"{dirs.database}: {line}")
    latest = latest_good_backup(dirs.backups, datetime.now(timezone.utc))
    hint = (f"restore the latest good backup with: studyapp restore \"{latest.path}\"" if latest
            else "there is no good backup; the next start moves the file aside and begins afresh")
    print(f"{dirs.database}: damaged; {hint}")
    return 1
