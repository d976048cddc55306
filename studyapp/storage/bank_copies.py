"""The store's copies of installed banks: staged, synced to disk, then put in place.

Each bank lives at `AppDirs.banks/<bank id>/v<version>/` (its file, its article and its shelf
cache), so the app can read it on the next start even if the teacher's file moved. Each version
gets its own folder, so the copy the database points at is never replaced in place: a copy is
built in a staging folder, fsynced, renamed into place, and older versions are pruned only after
the database row that points at the new one has committed. A kill at any moment leaves the
database pointing at a complete copy of the version it names.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from studyapp.core.loader import LoadedBank
from studyapp.errors import StorageError
from studyapp.storage.bank_shelf import write_cache
from studyapp.storage.durable import fsync_dir, fsync_tree


def place_copy(banks_dir: Path, loaded: LoadedBank, lines: Sequence[str] | None = None,
               native: str | None = None) -> Path:
    """Copy the bank and its article to banks/<id>/v<version>/ with the bank's cache (for
    BankShelf), synced to disk; the stored bank file's path.

    `native`: the bank as TOML text, for a bank read from another format; it is written as
    `<bank id>.toml` in place of a copy of `loaded.path`. The article is copied from beside
    `loaded.path` either way."""
    final = banks_dir / loaded.id / f"v{loaded.bank.bank.version}"
    name = loaded.path.name if native is None else f"{loaded.id}.toml"
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=".staging-", dir=final.parent))
        if native is None:
            shutil.copy2(loaded.path, staged / name)
        else:
            (staged / name).write_text(native, encoding="utf-8")
        rel = loaded.bank.bank.source.file
        if rel:
            target = staged / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(loaded.path.parent / rel, target)
        fsync_tree(staged)
        # The cache is written after the sync and not synced itself (one fsync less per imported
        # file): after a power cut it may be missing or cut short, and the shelf then reads the
        # bank file, which is synced, and writes the cache again (storage.bank_shelf).
        write_cache(staged, LoadedBank(loaded.bank, staged / name, loaded.article), lines)
        if final.exists():  # left by an install that was interrupted before its commit
            shutil.rmtree(final)
        staged.rename(final)
        fsync_dir(final.parent)
    except OSError as exc:
        raise StorageError(f"{banks_dir}: cannot copy the bank there ({exc}); check the data folder") from None
    return (final / name).resolve()


def prune_copies(banks_dir: Path, bank_id: str, keep: Path) -> None:
    """Delete the bank's other versions, once the database points at `keep`."""
    for entry in (banks_dir / bank_id).iterdir():
        if entry.resolve() != keep.resolve():
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def remove_copies(banks_dir: Path, bank_id: str) -> None:
    shutil.rmtree(banks_dir / bank_id, ignore_errors=True)

