"""Kill-test helper for folder imports (tests/storage/test_folder_import_kill.py): a zygote that
forks workers importing folders of banks one after another, to be SIGKILLed at random moments.

Each folder `FOLDERS/f<n>/` holds banks `fold-<n>-<i>`. A worker opens the store, imports the first
folder not yet installed (counted from the database), prints "FOLDER n" once `import_path` has
returned, and goes on with the next. Protocol as in kill_child.py: stdin "run SEED"; stdout
"PID n" / "EXIT n STATUS".
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from studyapp.exchange.importing import import_path
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress
from zygote_child import say, serve, warm_up

T0 = datetime(2022, 1, 21, 12, 0, tzinfo=timezone.utc)


def worker(data_dir: Path, folders: Path) -> None:
    progress = open_progress(AppDirs.under(data_dir), T0, bundled=[])
    per_folder = len(list((folders / "f0").glob("*.toml")))
    n = len(progress.banks()) // per_folder
    while (folders / f"f{n}").is_dir():
        outcomes = import_path(progress, folders / f"f{n}", T0)
        assert all(o.ok for o in outcomes), [o.error for o in outcomes]
        say(f"FOLDER {n}")
        n += 1
    say("DONE")
    os.kill(os.getpid(), 19)  # SIGSTOP: wait to be killed


def main() -> None:
    data_dir, folders = Path(sys.argv[1]), Path(sys.argv[2])
    warm_up(T0)
    serve(lambda _seed: worker(data_dir, folders))


if __name__ == "__main__":
    main()
