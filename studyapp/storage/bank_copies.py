"""The store's copies of installed banks: written into a folder per version, synced, then pointed at.

Each bank lives at `AppDirs.banks/<bank id>/v<version>/` (its file, its article and its shelf
cache), so the app can read it on the next start even if the teacher's file moved. Each version
gets its own folder, so the copy the database points at is never replaced in place: a new version's
folder is written, synced to disk (with the rest of its import, `durable.fsync_all`) before the
database row that points at it commits, and older versions are pruned only after that commit. A
kill or a power cut at any moment leaves the database pointing at a complete copy of the version
it names; a folder no committed row points at (an install cut short) is written again by the next
install of that version or pruned by the next of another.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
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
        # handed over with its lines and hashes, not models
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
    made from it."""
    final = banks_dir / bank.id / f"v{bank.version}"
    name = bank.path.name if native is None else f"{bank.id}.toml"
    try:
        if final.exists():  # no committed row points at it: an install cut short, or a copy gone missing
            shutil.rmtree(final)
        final.parent.mkdir(parents=True, exist_ok=True)
        final.mkdir()
        written = [final / name]
        if native is not None:
            written[0].write_text(native, encoding="utf-8")
        elif bank.data is not None:  # the bytes that were validated, whatever the file holds by now
            written[0].write_bytes(bank.data)
        else:
            # The bytes only: the teacher's file's times and permissions mean nothing here (copy2 cost
            # four system calls more per bank); the cache is stamped with the copy's own size and time.
            shutil.copyfile(bank.path, written[0])
        rel = bank.info.source.file
        if rel:
            target = final / rel
            for folder in reversed(target.relative_to(final).parents[:-1]):
                written.append(final / folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(bank.path.parent / rel, target)
            written.append(target)
        # The cache is not synced (one fsync less per imported file): after a power cut it may be
        # missing or cut short, and the shelf then reads the bank file, which is synced, and writes
        # the cache again (storage.bank_shelf).
        write_cache_of(final, written[0], bank.info, bank.people, bank.ids, bank.lines, staged=False)
    except OSError as exc:
        raise StorageError(f"{banks_dir}: cannot copy the bank there ({exc}); check the data folder") from None
    return Copy(written[0], (*written, final, final.parent, banks_dir))


def sync_copies(banks_dir: Path, copies: Sequence[Copy]) -> None:
    """Every copy's files and folders on disk, all at once (before the commit that points at them)."""
    try:
        fsync_all(path for copy in copies for path in copy.to_sync)
    except OSError as exc:
        raise StorageError(f"{banks_dir}: cannot save the bank copies there ({exc}); check the data folder") from None


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

