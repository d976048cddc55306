"""Reading a bank file: bytes -> TOML -> validated Bank, or a BankError listing every problem.

Loading is all or nothing: either a whole, valid Bank comes back or nothing does. Problems
carry the line they are on where it can be known; tomllib keeps no positions, so `_Locator`
finds them by scanning the text for table headers and keys.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from pydantic import ValidationError

from studyapp.core.bank import Bank, CrossCheckError
from studyapp.errors import BankError, Problem

MAX_BANK_BYTES = 2 * 1024 * 1024
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class LoadedBank:
    """A valid bank together with where it came from and its article's text."""

    bank: Bank
    path: Path
    article: str = ""

    @property
    def id(self) -> str:
        return self.bank.bank.id


def load_bank(path: Path | str) -> LoadedBank:
    """Load and fully validate one bank file; raise BankError with every problem found."""
    path = Path(path)
    return parse_bank(read_bank_bytes(path), path)


def read_bank_bytes(path: Path) -> bytes:
    """A bank file's bytes, whatever its format, with the same messages for a missing file, a
    folder or an oversized file, so every reader (TOML, CSV, GIFT) refuses them alike."""
    shown = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BankError.single(shown, "file", "no such file; check the path") from None
    except OSError as exc:
        raise BankError.single(shown, "file", f"cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise BankError.single(shown, "file", "is a folder, not a bank file")
    if size > MAX_BANK_BYTES:
        raise BankError.single(shown, "file", f"is {size:,} bytes; a bank may be at most {MAX_BANK_BYTES:,} bytes")
    return path.read_bytes()


def parse_bank(data: bytes, path: Path) -> LoadedBank:
    """Validate bank bytes as if read from `path` (the article is looked up beside it)."""
    shown = str(path)
    if len(data) > MAX_BANK_BYTES:
        raise BankError.single(shown, "file", f"is {len(data):,} bytes; a bank may be at most {MAX_BANK_BYTES:,} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BankError.single(shown, "file", "is not UTF-8 text; save it as UTF-8", line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column \d+\)", msg)
        line = int(m.group(1)) if m else None
        if m:
            msg = msg[: m.start()].strip()
        raise BankError.single(shown, "toml", f"{msg}; check the TOML syntax", line) from None

    locator = _Locator(text)
    try:
        bank = Bank.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            ctx_error = (err.get("ctx") or {}).get("error")
            if isinstance(ctx_error, CrossCheckError):
                for loc, message in ctx_error.problems:
                    problems.append(_problem(shown, locator, raw, loc, message))
                continue
            loc = tuple(err["loc"])
            if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
                loc = (*loc, "type")
            problems.append(_problem(shown, locator, raw, loc, _message(err)))
        raise BankError(sorted(set(problems), key=lambda p: (p.line or 0, p.field, p.message))) from None

    article, problems = _check_article(bank, path, locator, raw)
    if problems:
        raise BankError(problems)
    return LoadedBank(bank=bank, path=path, article=article)


def validate_paths(paths: list[Path | str]) -> list[Problem]:
    """Every problem in every bank; an empty list means all are valid."""
    problems: list[Problem] = []
    for p in paths:
        try:
            load_bank(p)
        except BankError as exc:
            problems.extend(exc.problems)
    return problems


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def inside_folder(folder: Path, relative: str) -> Path | None:
    """Resolve `relative` against `folder`, or None if it would leave it (.., absolute, symlinks, devices)."""
    if not relative or "\x00" in relative:
        return None
    pure = Path(relative)
    win = PureWindowsPath(relative)
    if pure.is_absolute() or win.is_absolute() or win.drive or relative.startswith(("/", "\\", "~")):
        return None
    if any(part == ".." for part in re.split(r"[\\/]", relative)):
        return None
    if any(part.split(".")[0].lower() in _WINDOWS_DEVICES for part in re.split(r"[\\/]", relative) if part):
        return None
    base = folder.resolve()
    target = (base / pure).resolve()
    try:
        target.relative_to(base)
    except ValueError:
        return None
    return target


def _check_article(bank: Bank, path: Path, locator: "_Locator", raw: dict) -> tuple[str, list[Problem]]:
    shown = str(path)
    rel = bank.bank.source.file
    if not rel:
        return "", []
    line = _LazyLine(locator, ("bank", "source", "file"), raw)
    target = inside_folder(path.parent, rel)
    if target is None:
        return "", [Problem(shown, line(), "bank.source.file",
                            f"{rel!r} leaves the bank's folder; keep the article beside the bank")]
    if not target.is_file():
        return "", [Problem(shown, line(), "bank.source.file", f"{rel!r} does not exist next to the bank")]
    if target.stat().st_size > MAX_ARTICLE_BYTES:
        return "", [Problem(shown, line(), "bank.source.file", f"{rel!r} is larger than {MAX_ARTICLE_BYTES:,} bytes")]
    try:
        article = target.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "", [Problem(shown, line(), "bank.source.file", f"{rel!r} is not UTF-8 text")]
    haystack = normalise_space(article)
    problems = []
    for i, q in enumerate(bank.questions):
        if normalise_space(q.source) not in haystack:
            problems.append(Problem(shown, locator.line_of(("questions", i, "source"), raw), f"questions[{i}].source",
                                    f"question {q.id!r}: the source is not a verbatim excerpt of {rel}"))
    return article, problems


@dataclass(frozen=True)
class _LazyLine:
    """A field's line, looked up only when a problem needs it."""

    locator: "_Locator"
    loc: tuple
    raw: dict

    def __call__(self) -> int | None:
        return self.locator.line_of(self.loc, self.raw)


def _message(err: dict) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown field; check its spelling against questions/README.md"
    if kind == "missing":
        return "required field is missing"
    if kind == "union_tag_invalid":
        tag = (err.get("ctx") or {}).get("tag")
        return f"unknown question type {tag!r}; use one of quote, choice, typed, date, order, match, flash"
    if kind == "union_tag_not_found":
        return "required field is missing; give the question a type"
    msg = err["msg"]
    return msg.removeprefix("Value error, ")


def _problem(shown: str, locator: "_Locator", raw: dict, loc: tuple, message: str) -> Problem:
    # Drop the discriminator tag pydantic puts in union locations: ("questions", 3, "quote", "speaker").
    clean = tuple(p for i, p in enumerate(loc)
                  if not (i == 2 and loc[:1] == ("questions",) and isinstance(p, str)
                          and p in ("quote", "choice", "typed", "date", "order", "match", "flash")))
    return Problem(shown, locator.line_of(clean, raw), _field(clean), message)


def _field(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "bank"


class _Locator:
    """Finds the line of a field in TOML text by walking headers and `key =` lines."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")

    def __init__(self, text: str):
        # Scanned on first use: only a bank with a problem needs line numbers (a third of the
        # loading time of a valid 1,000-question file went into scanning it for nothing).
        self._text = text
        self._scanned = False

    def _scan(self) -> None:
        if self._scanned:
            return
        self._scanned = True
        self.lines = self._text.splitlines()
        # (table name, array index or None, start line (1-based))
        self.tables: list[tuple[str, int | None, int]] = []
        counts: dict[str, int] = {}
        for n, line in enumerate(self.lines, 1):
            m = self._HEADER.match(line)
            if not m:
                continue
            name = m.group(2).replace('"', "").replace(" ", "")
            if m.group(1) == "[[":
                idx = counts.get(name, 0)
                counts[name] = idx + 1
                self.tables.append((name, idx, n))
            else:
                self.tables.append((name, None, n))

    def _span(self, name: str, index: int | None) -> tuple[int, int] | None:
        for k, (tname, tidx, start) in enumerate(self.tables):
            if tname == name and tidx == index:
                end = len(self.lines) + 1
                for tname2, _, start2 in self.tables[k + 1:]:
                    if not tname2.startswith(name + ".") or tname2 == name:
                        end = start2
                        break
                return start, end
        return None

    def _key_line(self, start: int, end: int, key: str, table_prefix: str | None = None) -> int | None:
        current_table_ok = True
        for n in range(start + 1, end):
            line = self.lines[n - 1]
            if self._HEADER.match(line):
                current_table_ok = False
                continue
            if not current_table_ok:
                continue
            m = self._KEY.match(line)
            if m and m.group(1).strip('"') == key:
                return n
        return None

    def line_of(self, loc: tuple, raw: dict) -> int | None:
        if not loc:
            return None
        self._scan()
        head = loc[0]
        if head == "questions" or head == "people":
            if len(loc) == 1:
                span = self._span(head, 0)
                return span[0] if span else None
            index = loc[1] if isinstance(loc[1], int) else 0
            span = self._span(head, index)
            if not span:
                return None
            if len(loc) >= 3 and isinstance(loc[2], str):
                return self._key_line(*span, loc[2]) or span[0]
            return span[0]
        if head == "bank":
            if len(loc) >= 3 and loc[1] == "source":
                span = self._span("bank.source", None)
                if span:
                    return self._key_line(*span, str(loc[2])) or span[0]
            span = self._span("bank", None)
            if not span:
                return None
            if len(loc) >= 2:
                return self._key_line(span[0], span[1], str(loc[1])) or span[0]
            return span[0]
        # A top-level key, e.g. an unknown table.
        for n, line in enumerate(self.lines, 1):
            m = self._HEADER.match(line)
            if m and m.group(2).split(".")[0].strip('"') == head:
                return n
            k = self._KEY.match(line)
            if k and k.group(1).strip('"') == head:
                return n
        return None
