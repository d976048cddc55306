"""A folder's bank files read in worker processes while the store installs the ones before.

Reading a bank (parsing, validating, and each question's canonical JSON, which the store hashes
and caches) is most of an import's CPU time, and the store's half (copies, rows) waits for none of
it but the file it installs. So for a folder the files are read ahead by a forked worker, in
order, and handed over one by one; the store installs file k while the worker reads file k+1.
The pipe between them holds about one file, so a folder of large banks is never all in memory.

What the user sees is unchanged: a bank file the worker read is handed over as what the store
installs of it (`PreparedRead`: the header, each question's key and canonical JSON, and the bytes
that were validated, which the store's copy is made of; unpickling the question models themselves
cost the importing process a third of its time), and a file the worker could not read, or that is
not in the store's own format, is read again here, so its outcome and message are exactly the
in-process ones. If a worker dies, the files it had not handed over are read here too.

Only where forking is safe: on Linux, from a process with one thread (the command line). A
process with other threads (the window, Qt's threads) could fork a lock held by one of them; there,
and on other systems, the files are read in this process, as before. A forked worker needs no
`multiprocessing.freeze_support` in the packaged app (nothing is started again from the program).
Forking, not starting a fresh interpreter, also spares each worker importing the readers (~0.3 s).
"""

from __future__ import annotations

import gc
import itertools
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from studyapp.errors import StudyAppError
from studyapp.exchange.registry import is_native

if TYPE_CHECKING:
    from studyapp.storage.bank_copies import BankDigest

# (file, whether it was found in a folder): as importing._files lists them
File = tuple[Path, bool]


@dataclass(frozen=True)
class PreparedRead:
    """A bank file read by a worker, handed over as what the store installs of it (its header, each
    question's key and canonical JSON: `storage.bank_copies.BankDigest`), not as question models;
    the reader's warnings as `Read` has them."""

    digest: BankDigest
    warnings: list[str] = field(default_factory=list)


def can_fork() -> bool:
    """Whether a worker may be forked from this process: Linux, and this process's only thread."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def read_ahead(files: Sequence[File], read: Callable[[Path, bool], object], *,
               workers: int | None = None, prepare: Callable[[Path, bool], PreparedRead | None] | None = None,
               share: bool = False) -> Iterator[object]:
    """For each file, in order, `read(file, in_folder)` or what a worker process `prepare`d of it
    ahead (by default `prepared`; None there: read here). Workers read when there are two or more
    files and forking is safe. `workers`: how many (0: none, all read here; by default one, and a
    second on a machine of three cores or more).

    `share`: while the next file is not ready, this process `prepare`s files itself, from the end of
    the list (a file is taken by one side only: the workers read from the start, each file claimed
    under a lock), so that neither side waits while the other works: in a folder of small banks the
    worker's half is the slower one once it also writes the copies. What this process prepared is
    kept until its turn; `prepare` should leave it small (`preparing` does: the copy is on disk)."""
    if workers is None:
        workers = (1 if (os.cpu_count() or 1) < 3 else 2) if len(files) > 1 and can_fork() else 0
    workers = min(workers, len(files))
    if workers <= 0:
        for file, in_folder in files:
            yield read(file, in_folder)
        return
    import multiprocessing

    prepare = prepare or prepared
    ctx = multiprocessing.get_context("fork")
    # [files not taken from the end: the workers read below it, the highest file a worker has taken]
    claims = ctx.Array("q", [len(files), -1])
    children, pipes = [], []
    # The workers never collect this process's objects (the store's open connections among them):
    # they are frozen out of the collector while it forks.
    gc.freeze()
    try:
        for n in range(workers):
            receive, send = ctx.Pipe(duplex=False)
            pipes.append(receive)
            # Worker n reads files n, n + workers, ...: handed over in turn, they come back in order.
            child = ctx.Process(target=_worker, args=(files, n, workers, prepare, send, pipes, claims),
                                daemon=True)
            children.append(child)
            child.start()
            send.close()
    finally:
        gc.unfreeze()
    alive = [True] * workers
    mine: dict[int, object] = {}  # what this process prepared, by file index, until its turn
    below = len(files)  # files from here on are this process's

    def take_one(at_least: int) -> bool:
        """Prepare the last file no worker has taken, if it is not before `at_least`."""
        nonlocal below
        with claims.get_lock():
            last = claims[0] - 1
            if last < at_least or last <= claims[1]:
                return False
            claims[0] = below = last
        file, in_folder = files[last]
        try:
            mine[last] = prepare(file, in_folder)
        except Exception:  # read at its turn, for its outcome
            mine[last] = None
        return True

    try:
        for i, (file, in_folder) in enumerate(files):
            n, got = i % workers, None
            if share and i < below and alive[n]:
                while not pipes[n].poll(0) and take_one(i):
                    pass
            if i >= below:
                got = mine.pop(i)
            elif alive[n]:
                try:
                    index, got = pipes[n].recv()
                except (EOFError, OSError):
                    alive[n] = False  # the worker died: the rest of its files are read here
                except Exception:  # it could not be unpickled (the message was read whole): read it here
                    index, got = i, None
                else:
                    if index != i:  # cannot happen (each worker sends in order); read here, never guess
                        alive[n], got = False, None
            yield got if got is not None else read(file, in_folder)
    finally:
        for receive in pipes:
            receive.close()  # a worker still writing gets a broken pipe and ends
        for child in children:
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
                child.join()


def preparing(staging: Path | None) -> Callable[[Path, bool], PreparedRead | None]:
    """`prepared`, and each bank's copy written by the worker into `staging` (a folder inside the
    store's banks folder: `storage.bank_copies.staging`), for the store to move into place with one
    rename: the worker has the validated bytes, and the store's half is the slower one of a folder
    of small banks. A copy that cannot be staged is written by the store, as before."""
    if staging is None:
        return prepared
    from studyapp.storage.bank_copies import stage_copy

    count = itertools.count()

    def prepare(file: Path, in_folder: bool) -> PreparedRead | None:
        got = prepared(file, in_folder)
        if got is not None:
            stage_copy(staging, got.digest, f"{os.getpid()}-{next(count)}")  # forked: each worker its own pid
        return got
    return prepare


def prepared(file: Path, in_folder: bool) -> PreparedRead | None:
    """A bank file in the store's own format, read as `load_bank` reads it and digested for the
    store, with the bytes that were validated (the store's copy is made of them, not of the file as
    it may be by then); None for a file that is not valid or not TOML (it is read where it is
    installed, for its outcome and message)."""
    from studyapp.core.loader import parse_bank, read_bank_bytes
    from studyapp.storage.bank_copies import BankDigest

    if not is_native(file):
        return None
    try:
        data = read_bank_bytes(file, follow_links=not in_folder)
        return PreparedRead(BankDigest.of(parse_bank(data, file), data=data))
    except StudyAppError:
        return None


def _worker(files: Sequence[File], first: int, step: int, prepare: Callable[[Path, bool], PreparedRead | None],
            send, inherited, claims) -> None:
    """In a worker: prepare every step-th file from `first` and send it, up to the files the importing
    process has taken (`claims`, see read_ahead); None for a file that could not be prepared (the
    importing process reads it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the importing process's to handle
    for receive in inherited:  # so that the importing process's death breaks this worker's pipe
        receive.close()
    try:
        for i in range(first, len(files), step):
            with claims.get_lock():
                if i >= claims[0]:
                    break  # this file and the rest are the importing process's
                if i > claims[1]:
                    claims[1] = i
            file, in_folder = files[i]
            got = prepare(file, in_folder)
            try:
                send.send((i, got))
            except OSError:
                raise
            except Exception:  # it could not be pickled: the importing process reads it itself
                send.send((i, None))
    except BaseException:  # the importing process has gone (a broken pipe) or stopped reading: just end
        pass
    finally:
        send.close()
