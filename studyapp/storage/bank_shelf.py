"""The installed banks' content, read on demand from a per-bank cache instead of all at start.

Loading every bank at start cost 9 s and 240 MB at 100,000 questions, though a study session
shows a few hundred of them. The store writes, beside each stored bank copy, a cache of the
already validated bank (`bank.cache.jsonl`): one header line (bank info, people, question ids,
and the size and mtime of the bank file it was made from) and one JSON line per question. A
shelf reads a bank's cache the first time one of its questions is asked for and builds a
question model only when that question is needed. A bank with no cache (installed before
caches existed, or kept outside the data folder) or a stale one is loaded from its TOML file
with the full validation, as before; inside the data folder its cache is then written. So is a
bank whose cache line for a question turns out to be damaged.

A shelf is a snapshot of the installed banks, like `Progress.load_banks()`'s dict: take a new
one after an import, an update or a removal.

    shelf = progress.bank_shelf()      # cheap: bank ids and paths from the database
    shelf.question(key)                # -> the question model, or None
    shelf.header(bank_id)              # -> Bank with info and people, no questions (display, grading)
    shelf.question_ids(bank_id)        # -> the question ids in bank order, without building questions
    shelf[bank_id]                     # -> the whole validated Bank (a Mapping[str, Bank])
    shelf.loaded(bank_id)              # -> LoadedBank with the article, from the bank file, or None
    shelf.problems                     # banks that could not be loaded, as messages
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from studyapp.core.bank import Bank, BankInfo, Person, question_adapter
from studyapp.core.loader import LoadedBank, load_bank
from studyapp.core.question_source import QuestionSource
from studyapp.core.records import CardKey, InstalledBank
from studyapp.errors import BankError

CACHE_NAME = "bank.cache.jsonl"
CACHE_FORMAT = 1


# json.dumps with options builds an encoder on every call: a fifth of the time for a small question.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _canonical_encoder():
    """`_CANONICAL.encode`, or the C encoder it builds on every call, built once (a quarter of the
    time of a question's JSON) where this Python has it and it writes the same text on a sample."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        try:
            # markers, default, string encoder (ensure_ascii=False), indent, separators, sort_keys,
            # skipkeys, allow_nan: the arguments JSONEncoder.iterencode passes for _CANONICAL.
            encode = make(None, _CANONICAL.default, json.encoder.encode_basestring, None, ": ", ", ", True, False,
                          True)
            sample = {"b": [1, -2.5, None, True, {}], "a": "é “q” \n\u2028\x7f\"", "A": [], "c": {"z": 1e300}}
            if "".join(encode(sample, 0)) == _CANONICAL.encode(sample):
                return lambda value: "".join(encode(value, 0))
        except Exception:  # another Python's private signature: the public encoder
            pass
    return _CANONICAL.encode


_ENCODE = _canonical_encoder()


def question_json(question) -> str:
    """The question as canonical JSON: the cache line, and what its content hash is taken of
    (byte for byte `json.dumps(..., sort_keys=True, ensure_ascii=False)`: stored hashes depend on it)."""
    return _ENCODE(question.__pydantic_serializer__.to_python(question, mode="json"))


def write_cache(folder: Path, loaded: LoadedBank, lines: Sequence[str] | None = None) -> Path:
    """Write the cache of a validated bank into `folder` (beside its bank file); not synced here."""
    bank = loaded.bank
    body = lines if lines is not None else [question_json(q) for q in bank.questions]
    return write_cache_of(folder, loaded.path, bank.bank, bank.people, [q.id for q in bank.questions], body)


def write_cache_of(folder: Path, bank_file: Path, info: BankInfo, people: Sequence[Person], ids: Sequence[str],
                   lines: Sequence[str], *, staged: bool = True) -> Path:
    """`write_cache` from a bank's parts: its header, question ids and each question's canonical JSON
    (the store installs a folder's banks from these, made by the worker that read them). `staged=False`
    writes it in place, for a folder nothing reads yet (a copy being installed): one rename less."""
    stat = bank_file.stat()
    header = {"format": CACHE_FORMAT, "file": bank_file.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
              "bank": info.model_dump(mode="json"), "people": [p.model_dump(mode="json") for p in people],
              "ids": list(ids)}
    text = "\n".join([json.dumps(header, ensure_ascii=False), *lines]) + "\n"
    path = folder / CACHE_NAME
    if not staged:
        path.write_text(text, encoding="utf-8")
        return path
    temporary = folder / (CACHE_NAME + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return path


_decode = json.JSONDecoder().decode  # what json.loads does for text, without building its arguments each call


def _digest(line: bytes) -> bytes:
    """What a cache's header line is recognised by when its question lines are read (the line
    itself is 1.4 KiB a bank, kept for each of 1,000 banks only to compare)."""
    return hashlib.blake2b(line, digest_size=16).digest()


class _Entry:
    """One bank on the shelf: its cache lines by question id, or the whole bank when parsed.

    From a cache, only the header line is read at first (the library needs headers and question
    ids of 1,000 banks, not their 100,000 questions kept as bytes); the question lines are read the
    first time a question is needed, and a cache found cut short or changed then is a ValueError
    (the caller goes to the bank file).

    The ids are kept as one string ("\\nid\\nid\\n"), not a list and a set of them: at 1,000 banks
    the list, the set and 100,000 small strings were ~15 MiB of the library's memory. The library
    asks a bank about the few questions its day plan counts, a substring search each; a bank asked
    more often (a session filtering all its questions) gets a dict of them, made once.
    """

    PROBES_BEFORE_INDEX = 64

    def __init__(self, header: Bank, bank: Bank | None = None, ids: Sequence[str] | None = None,
                 cache: tuple[str, int, bytes] | None = None, joined: str | None = None):
        self.header = header
        self._lines: dict[str, bytes] | None = None
        self._cache = cache  # (cache file, its header line's length, its digest) while the question lines are unread
        if ids and joined is None:
            joined = "\n".join(ids)
        self._ids = "\n" + joined + "\n" if ids else "\n"
        self._count = len(ids) if ids else 0
        self._index: dict[str, None] | None = None
        self._probes = 0
        self.bank = bank
        self.by_id: dict[str, Any] = {q.id: q for q in bank.questions} if bank is not None else {}

    @property
    def ids(self) -> list[str]:
        """The question ids in bank order (from the cache header; empty for a bank parsed from its file)."""
        return self._ids[1:-1].split("\n") if self._count else []

    @property
    def lines(self) -> dict[str, bytes]:
        if self._lines is None:
            if self._cache is None:
                self._lines = {}
            else:
                path, size, digest = self._cache
                try:
                    with open(path, "rb") as f:
                        data = f.read().split(b"\n")
                except OSError as exc:
                    raise ValueError(str(exc)) from None
                if len(data[0]) != size or _digest(data[0]) != digest or len(data) < self._count + 1:
                    raise ValueError(f"{path}: changed or cut short since its header was read")
                self._lines = dict(zip(self.ids, data[1:]))
                self._cache = None
        return self._lines

    def has(self, qid: str) -> bool:
        if qid in self.by_id:
            return True
        if self._index is None:
            self._probes += 1
            if self._probes <= self.PROBES_BEFORE_INDEX:
                return "\n" not in qid and f"\n{qid}\n" in self._ids
            self._index = dict.fromkeys(self.ids)
        return qid in self._index

    def question(self, qid: str):
        q = self.by_id.get(qid)
        if q is None:
            raw = self.lines.get(qid)
            if raw is None:
                return None
            q = self.by_id[qid] = question_adapter().validate_json(raw)
        return q


class BankShelf(QuestionSource):
    """Installed banks by id, each read the first time it is needed (see the module docstring); the
    one way the app reads an installed bank's content."""

    def __init__(self, banks: Sequence[InstalledBank], cache_root: Path | None = None):
        self._installed = {b.id: b for b in banks}
        self._cache_root = cache_root.resolve() if cache_root else None
        self._entries: dict[str, _Entry | None] = {}
        self.problems: list[str] = []

    # -- Mapping[str, Bank]: the whole bank, for callers that need all of it -------------------

    def __getitem__(self, bank_id: str) -> Bank:
        entry = self._entry(bank_id)
        if entry is None:
            raise KeyError(bank_id)
        if entry.bank is None:
            try:
                questions = [entry.question(qid) for qid in entry.lines]
            except ValueError:  # a damaged cache line (pydantic's ValidationError is a ValueError)
                return self[bank_id] if self._reload(bank_id) is not None else self._missing(bank_id)
            entry.bank = Bank.model_construct(bank=entry.header.bank, people=entry.header.people,
                                              questions=questions)
        return entry.bank

    def __iter__(self) -> Iterator[str]:
        return iter(self._installed)

    def __len__(self) -> int:
        return len(self._installed)

    def __contains__(self, bank_id: object) -> bool:
        return bank_id in self._installed

    # -- what a study session needs -------------------------------------------------------------

    def header(self, bank_id: str) -> Bank:
        """The bank's info and people without its questions: enough to show and grade a question."""
        entry = self._entry(bank_id)
        if entry is None:
            raise KeyError(bank_id)
        return entry.header

    def question(self, key: CardKey):
        entry = self._entry(key.bank_id)
        if entry is None:
            return None
        try:
            return entry.question(key.question_id)
        except ValueError:  # a damaged cache line: the bank file is the truth
            entry = self._reload(key.bank_id)
            return entry.question(key.question_id) if entry is not None else None

    def has_question(self, key: CardKey) -> bool:
        entry = self._entry(key.bank_id)
        return entry is not None and entry.has(key.question_id)

    def question_ids(self, bank_id: str) -> list[str]:
        """The bank's question ids in bank order, from its cache header: no question is built."""
        entry = self._entry(bank_id)
        if entry is None:
            raise KeyError(bank_id)
        ids = entry.ids
        return ids if ids else [q.id for q in entry.bank.questions] if entry.bank else []

    def stored_path(self, bank_id: str) -> Path | None:
        """The installed copy's path (what the caches kept beside it are checked against), or None."""
        installed = self._installed.get(bank_id)
        return installed.stored_path if installed is not None else None

    def keeps_caches(self, bank_id: str) -> bool:
        """Whether caches may be written beside the bank's copy: only inside the data folder."""
        path = self.stored_path(bank_id)
        return path is not None and self._cache_root is not None and path.resolve().is_relative_to(self._cache_root)

    def loaded(self, bank_id: str) -> LoadedBank | None:
        """The bank file loaded in full, with its article (to read or export a bank); not kept."""
        installed = self._installed.get(bank_id)
        if installed is None:
            return None
        try:
            return load_bank(installed.stored_path)
        except BankError as exc:
            self.problems.append(str(exc))
            return None

    # -- loading ----------------------------------------------------------------------------------

    def _reload(self, bank_id: str) -> _Entry | None:
        entry = self._entries[bank_id] = self._from_file(self._installed[bank_id].stored_path)
        return entry

    @staticmethod
    def _missing(bank_id: str):
        raise KeyError(bank_id)

    def _entry(self, bank_id: str) -> _Entry | None:
        if bank_id in self._entries:
            return self._entries[bank_id]
        installed = self._installed.get(bank_id)
        entry = None
        if installed is not None:
            entry = self._from_cache(installed.stored_path)
            if entry is None:
                entry = self._from_file(installed.stored_path)
        self._entries[bank_id] = entry
        return entry

    def _from_cache(self, stored: Path) -> _Entry | None:
        # Plain string paths and the JSON decoder itself: at 1,000 banks, pathlib's joins and json.loads'
        # layers over the C decoder were a third of reading the headers.
        where = os.fspath(stored)
        cache = os.path.join(os.path.dirname(where), CACHE_NAME)
        try:
            with open(cache, "rb") as f:
                first = f.readline()
            stat = os.stat(where)
        except OSError:
            return None
        first = first.rstrip(b"\n")
        try:
            head = _decode(first.decode("utf-8"))
            if not isinstance(head, dict):
                return None
            ids = head["ids"]
            if (head.get("format") != CACHE_FORMAT or head.get("file") != os.path.basename(where)
                    or head.get("size") != stat.st_size
                    or head.get("mtime_ns") != stat.st_mtime_ns or not isinstance(ids, list)):
                return None
            # Every id a string without a line break, checked by the join the entry keeps anyway (a
            # TypeError for any other value; one break fewer than ids): a Python test per id was a
            # quarter of reading the library's 1,000 headers.
            joined = "\n".join(ids)
            if joined.count("\n") != max(0, len(ids) - 1):
                return None
            header = Bank.model_construct(bank=BankInfo.model_validate(head["bank"]),
                                          people=[Person.model_validate(p) for p in head["people"]], questions=[])
        except (ValueError, KeyError, TypeError):
            return None  # a damaged or foreign cache: the bank file is the truth
        return _Entry(header, ids=ids, cache=(cache, len(first), _digest(first)), joined=joined)

    def _from_file(self, stored: Path) -> _Entry | None:
        try:
            loaded = load_bank(stored)
        except BankError as exc:
            self.problems.append(str(exc))
            return None
        bank = loaded.bank
        if self._cache_root is not None and stored.resolve().is_relative_to(self._cache_root):
            try:  # next time from the cache; only ever inside the data folder, never beside a teacher's file
                write_cache(stored.parent, loaded)
            except OSError:
                pass
        return _Entry(Bank.model_construct(bank=bank.bank, people=bank.people, questions=[]), bank=bank)


__all__ = ["BankShelf", "CACHE_NAME", "question_json", "write_cache", "write_cache_of"]
