"""The store's copies of installed banks: written into a folder per version, synced, then pointed at.

Each bank lives at `AppDirs.banks/<bank id>/v<version>/` (its file, its article and its shelf
cache), so the app can read it on the next start even if the teacher's file moved. Each version
gets its own folder, so the copy the database points at is never replaced in place: a new version's
folder is written, synced to disk (with the rest of its import, `durable.fsync_all`) before the
database row that points at it commits, and older versions are pruned only after that commit. A
kill or a power cut at any moment leaves the database pointing at a complete copy of the version
it names; a folder no committed row points at (an install cut short) is written again by the next
install of that version or pruned by the next of another.

A folder's worker (`exchange.read_ahead`) writes each copy it reads ahead into a staging folder of
its own inside the banks folder (`staging`, `stage_copy`), and the store moves it into place with
one rename when it installs that bank (`write_copy`): the worker has the validated bytes, the
store's half of a 1,000-file import is the slower one, and the copy's bytes and cache lines then
need no trip through the pipe. The store still syncs and points at it exactly as at a copy it wrote;
a staged copy the store does not take (a refused file) goes with the staging folder.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.bank import BankInfo, Person
from studyapp.core.loader import LoadedBank
from studyapp.errors import StorageError
from studyapp.storage.bank_shelf import question_json, write_cache_of
from studyapp.storage.durable import fsync_all


class BankDigest:
    """What the store needs of a valid bank to install it: where it was read, its header and people,
    each question's key (id, type, topic), canonical JSON (`question_json`: its line in the cache)
    and content hash (of that JSON), and its article; not the question models.

    `of(loaded)` makes one from a bank in memory (its lines made when first needed); a folder's
    worker (`exchange.read_ahead`) makes one with its lines and hands that over instead of the bank:
    unpickling a bank's question models took a third of the importing process's time. Pickled, it
    carries its lines and their hashes, so a worker makes both and the store only writes them (for
    1,000 files of 100 questions, the hashing was ~0.2 s of the store's ~2 s, which is the slower
    half of that import)."""

    def __init__(self, path: Path, info: BankInfo, people: Sequence[Person], keys: Sequence[tuple[str, str, str]],
                 article: str = "", lines: Sequence[str] | None = None, questions: Sequence | None = None,
                 data: bytes | None = None):
        self.path, self.info, self.people, self.keys, self.article = path, info, tuple(people), tuple(keys), article
        self.data = data  # the file's bytes as validated, if the reader kept them: the copy is made of them
        self.ids = tuple(key[0] for key in self.keys)
        self._lines = None if lines is None else tuple(lines)
        self._hashes: tuple[str, ...] | None = None
        self._questions = questions  # to make the lines from, when not given
        # its copy, written by the worker that read it (stage_copy): the folder and what in it must be synced
        self.staged: Staged | None = None

    @classmethod
    def of(cls, loaded: LoadedBank, lines: Sequence[str] | None = None, data: bytes | None = None) -> "BankDigest":
        """`lines`: the questions' canonical JSON if already made (ignored unless one a question);
        `data`: the bytes `loaded` was parsed from."""
        bank = loaded.bank
        if lines is not None and len(lines) != len(bank.questions):
            lines = None
        return cls(loaded.path, bank.bank, bank.people, [(q.id, q.type, q.topic) for q in bank.questions],
                   loaded.article, lines, bank.questions, data)

    def __getstate__(self) -> dict:
        # handed over with its lines and hashes, not models; with a staged copy, its lines and bytes are
        # in that copy (the store only renames it) and only the hashes go
        if self.staged is not None:
            return {**self.__dict__, "_lines": None, "data": None, "_hashes": self.hashes, "_questions": None}
        return {**self.__dict__, "_lines": self.lines, "_hashes": self.hashes, "_questions": None}

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def version(self) -> int:
        return self.info.version

    @property
    def lines(self) -> tuple[str, ...]:
        if self._lines is None:
            self._lines = tuple(question_json(q) for q in self._questions)
        return self._lines

    @property
    def hashes(self) -> tuple[str, ...]:
        """Each question's content hash (`Question.content_hash()`, taken of its line: the same bytes)."""
        if self._hashes is None:
            sha256 = hashlib.sha256
            self._hashes = tuple(sha256(line.encode("utf-8")).hexdigest()[:16] for line in self.lines)
        return self._hashes


@dataclass(frozen=True)
class Staged:
    """A bank's copy written into a staging folder by the worker that read it: the folder, and the
    paths inside it (relative) that must be synced once it is in place (its bank file first)."""

    folder: Path
    to_sync: tuple[str, ...]


@dataclass(frozen=True)
class Copy:
    """A bank's copy as written, not yet synced: its stored bank file, and every file and folder
    that must be on disk before a row points at it (the cache is not among them: see write_copy)."""

    file: Path
    to_sync: tuple[Path, ...]

    @property
    def folder(self) -> Path:
        return self.file.parent


def write_copy(banks_dir: Path, bank: BankDigest, native: str | None = None) -> Copy:
    """Write the bank and its article to banks/<id>/v<version>/ with the bank's cache (for
    BankShelf); nothing is synced here, so that a folder of banks syncs its copies together.

    `native`: the bank as TOML text, for a bank read from another format; it is written as
    `<bank id>.toml` in place of a copy of `bank.path`. The article is copied from beside
    `bank.path` either way. `banks_dir` is resolved: the copy's path, stored in the database, is
    made from it. A bank whose worker staged its copy (`bank.staged`, native None) is moved there."""
    final = banks_dir / bank.id / f"v{bank.version}"
    staged = bank.staged if native is None else None
    try:
        if staged is not None:
            _rename_into(staged.folder, final)
            return Copy(final / staged.to_sync[0],
                        (*(final / name for name in staged.to_sync), final, final.parent, banks_dir))
        if final.exists():  # no committed row points at it: an install cut short, or a copy gone missing
            shutil.rmtree(final)
        final.parent.mkdir(parents=True, exist_ok=True)
        final.mkdir()
        written = _write_files(final, bank, native)
    except OSError as exc:
        raise StorageError(f"{banks_dir}: cannot copy the bank there ({exc}); check the data folder") from None
    return Copy(final / written[0], (*(final / name for name in written), final, final.parent, banks_dir))


def _rename_into(staged: Path, final: Path) -> None:
    """Move a staged copy to `final`, replacing what is there (no committed row points at it)."""
    try:
        os.rename(staged, final)
    except OSError:
        if not final.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
        else:
            shutil.rmtree(final)
        try:
            os.rename(staged, final)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            # the bank's folder is a link to another file system: its files copied there (times kept,
            # so the cache still stamps its bank file)
            shutil.copytree(staged, final)


def _write_files(folder: Path, bank: BankDigest, native: str | None) -> list[str]:
    """The copy's files written into `folder` (made already): what must be synced, relative, its
    bank file first (the cache is not among them: see below)."""
    name = bank.path.name if native is None else f"{bank.id}.toml"
    file = folder / name
    written = [name]
    if native is not None:
        file.write_text(native, encoding="utf-8")
    elif bank.data is not None:  # the bytes that were validated, whatever the file holds by now
        file.write_bytes(bank.data)
    else:
        # The bytes only: the teacher's file's times and permissions mean nothing here (copy2 cost
        # four system calls more per bank); the cache is stamped with the copy's own size and time.
        shutil.copyfile(bank.path, file)
    rel = bank.info.source.file
    if rel:
        target = folder / rel
        for parent in reversed(target.relative_to(folder).parents[:-1]):
            written.append(str(parent))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bank.path.parent / rel, target)
        written.append(rel)
    # The cache is not synced (one fsync less per imported file): after a power cut it may be
    # missing or cut short, and the shelf then reads the bank file, which is synced, and writes
    # the cache again (storage.bank_shelf).
    write_cache_of(folder, file, bank.info, bank.people, bank.ids, bank.lines, staged=False)
    return written


@contextmanager
def staging(banks_dir: Path | None) -> Iterator[Path | None]:
    """A staging folder of this process inside `banks_dir` for the copies a folder's worker writes
    (`stage_copy`), removed with whatever the store did not take when the block ends; None where
    there is no banks folder or it cannot be made (then copies are written by the store). A staging
    folder left by a process that was killed is removed by the next one."""
    if banks_dir is None:
        yield None
        return
    banks_dir = Path(banks_dir).resolve()
    for stale in banks_dir.glob(f"{STAGING_PREFIX}*"):
        pid = stale.name[len(STAGING_PREFIX):].partition("-")[0]
        if not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(stale, ignore_errors=True)
    try:
        banks_dir.mkdir(parents=True, exist_ok=True)
        folder = banks_dir / f"{STAGING_PREFIX}{os.getpid()}-{os.urandom(4).hex()}"
        folder.mkdir()
    except OSError:
        yield None
        return
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


STAGING_PREFIX = ".staging-"  # a bank id never starts with a dot (core.question_types.base.Slug)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


def stage_copy(staging_folder: Path, bank: BankDigest, name: str) -> bool:
    """In a folder's worker: write the bank's copy (its validated bytes, article and cache) as
    `staging_folder/name`, for the store to move into place (`write_copy`); False if it could not
    be written (then the store writes it, with its own message for what went wrong)."""
    if bank.data is None:
        return False
    folder = staging_folder / name
    try:
        (staging_folder.parent / bank.id).mkdir(exist_ok=True)  # where the store will move it (one rename)
        folder.mkdir()
        written = _write_files(folder, bank, None)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return False
    bank.hashes  # noqa: B018 (made of the lines, which are then dropped with the models and bytes: the copy has them)
    bank.staged, bank.data, bank._lines, bank._questions = Staged(folder, tuple(written)), None, None, None
    return True


def sync_paths(banks_dir: Path, paths: Iterable[Path]) -> None:
    """Copies' files and folders on disk, all at once (before the commit that points at them; the
    others synced already while the import went on: `durable.SyncsAhead`)."""
    try:
        fsync_all(paths)
    except OSError as exc:
        raise copies_not_saved(banks_dir, exc) from None


def copies_not_saved(banks_dir: Path, exc: OSError) -> StorageError:
    return StorageError(f"{banks_dir}: cannot save the bank copies there ({exc}); check the data folder")


def prune_copies(banks_dir: Path, bank_id: str, keep: Path) -> None:
    """Delete the bank's other versions (and anything else in its folder), once the database points
    at `keep`, one of its folders."""
    with os.scandir(banks_dir / bank_id) as entries:
        for entry in entries:
            if entry.name == keep.name:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                Path(entry.path).unlink(missing_ok=True)


def remove_copies(banks_dir: Path, bank_id: str) -> None:
    shutil.rmtree(banks_dir / bank_id, ignore_errors=True)

