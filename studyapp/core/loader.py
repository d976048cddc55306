"""Reading a bank file: bytes -> TOML -> validated Bank, or a BankError listing every problem.

Loading is all or nothing: either a whole, valid Bank comes back or nothing does. Problems
carry the line they are on where it can be known; the TOML readers keep no positions, so
`_Locator` finds them by scanning the text for table headers and keys.

TOML is read by rtoml (compiled, ~10x faster than tomllib, which was over half of loading a large
library); tomllib still reads any file rtoml refuses, so a bad bank's message is worded as before
and a file only TOML 1.0 accepts still loads, and any file that may use TOML 1.1's additions
(which rtoml accepts and tomllib does not), so a bank valid here is valid TOML 1.0 everywhere.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PureWindowsPath

import rtoml
from pydantic import ValidationError

from studyapp.core.bank import (Bank, BankInfo, CrossCheckError, bank_model, error_location, plain_message,
                                unknown_type_message)
from studyapp.core.safe_read import ReadRefused, binary_kind, read_limited, save_as_text_hint
from studyapp.errors import BankError, Problem

MAX_BANK_BYTES = 2 * 1024 * 1024
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MAX_FILE_NAME_CHARS = 1024
MAX_NESTING = 10      # tables and arrays inside one another; a valid bank uses 5
MAX_KEY_PARTS = 32    # parts of one dotted key; tomllib takes quadratic time in them, a valid bank uses 3
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""
_LONG_DOTTED_KEY = re.compile(_KEY_PART + r"(?:[ \t]*\.[ \t]*" + _KEY_PART + ")" + f"{{{MAX_KEY_PARTS}}}")
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

    @property
    def info(self) -> BankInfo:
        """The bank's header, as `storage.bank_copies.BankDigest.info` (a folder's worker read) has it."""
        return self.bank.bank

    @property
    def ids(self) -> tuple[str, ...]:
        """Its question ids in file order, as `BankDigest.ids`."""
        return tuple(q.id for q in self.bank.questions)


def load_bank(path: Path | str, *, follow_links: bool = True) -> LoadedBank:
    """Load and fully validate one bank file; raise BankError with every problem found.

    `follow_links=False` for a file found in a folder rather than named by the user."""
    path = Path(path)
    return parse_bank(read_bank_bytes(path, follow_links=follow_links), path)


def read_bank_bytes(path: Path, *, follow_links: bool = True) -> bytes:
    """A bank file's bytes, whatever its format, with the same messages for a missing file, a
    folder, a pipe, a device or an oversized file, so every reader (TOML, CSV, GIFT) refuses them
    alike; the checks are made on the opened file (`safe_read`), never on its name alone."""
    try:
        return read_limited(path, MAX_BANK_BYTES, what="a bank", follow_links=follow_links)
    except ReadRefused as exc:
        reason = exc.reason.replace("is a folder, not a file", "is a folder, not a bank file")
        raise BankError.single(str(path), "file", reason) from None


def not_text_problem(data: bytes, plain: str = "Plain Text (.txt), encoding UTF-8") -> str | None:
    """The message for a Word, PDF, OpenDocument or zip file handed over as text, or None."""
    kind = binary_kind(data)
    return save_as_text_hint(kind, plain) if kind else None


def parse_bank(data: bytes, path: Path) -> LoadedBank:
    """Validate bank bytes as if read from `path` (the article is looked up beside it)."""
    shown = str(path)
    if len(data) > MAX_BANK_BYTES:
        raise BankError.single(shown, "file", f"is {len(data):,} bytes; a bank may be at most {MAX_BANK_BYTES:,} bytes")
    binary = not_text_problem(data)
    if binary:
        raise BankError.single(shown, "file", binary)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BankError.single(shown, "file", "is not UTF-8 text; save it as UTF-8", line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    raw = _fast_toml(text)
    if raw is None:
        # tomllib, which takes quadratic time in a dotted key's parts, is shielded from every file
        # rtoml did not read.
        _refuse_long_dotted_key(shown, text)
        try:
            raw = tomllib.loads(text)
        except RecursionError:  # tomllib is pure Python: this unwinds cleanly, no C stack is at risk
            raise BankError.single(shown, "toml", f"brackets are nested far too deep; a bank nests at most "
                                                  f"{MAX_NESTING} levels: check the [ ] and {{ }}") from None
        except tomllib.TOMLDecodeError as exc:
            msg = str(exc)
            m = re.search(r"\(at line (\d+), column \d+\)", msg)
            line = int(m.group(1)) if m else None
            if m:
                msg = msg[: m.start()].strip()
            raise BankError.single(shown, "toml", f"{msg}; check the TOML syntax", line) from None
        _refuse_too_deep(shown, raw, text, tomllib_read=True)
    locator = _Locator(text)
    model = bank_model()
    try:
        bank = model.model_validate(raw)
    except ValidationError as exc:
        _refuse_too_deep(shown, raw, text)  # a document nested too deep is told so, not field by field
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
    if _nests_deeper_than(model, MAX_NESTING):  # only a registered type whose fields nest without end
        _refuse_too_deep(shown, raw, text)

    article, problems = _check_article(bank, path, locator, raw)
    if problems:
        raise BankError(problems)
    return LoadedBank(bank=bank, path=path, article=article)


# What TOML 1.1 adds to 1.0, which rtoml reads and tomllib (before Python 3.15) refuses: \e and
# \xHH escapes, times without seconds, newlines, comments and a trailing comma inside an inline
# table. A file that may hold one goes to tomllib (`_may_use_toml_1_1`), and so does a file with a
# date and time, whose time zone rtoml gives as a class of its own. Prose in strings that looks
# like one costs only that file the slower reader.
_CLOCK = re.compile(r":\d\d")    # each search starts from a literal character: ~1 ms for a 370 kB file
_BRACE = re.compile(r"\{(?!\{)")  # a cloze's `{{` opens no inline table
_ESCAPE_1_1 = re.compile(r"\\[ex]")


def read_toml(text: str) -> dict:
    """The file's TOML 1.0 document, as `tomllib.loads` gives it (and raising what it raises)."""
    raw = _fast_toml(text)
    return tomllib.loads(text) if raw is None else raw


def _fast_toml(text: str) -> dict | None:
    """The document as rtoml reads it, or None where tomllib must: for a file rtoml refuses
    (tomllib words the message, or reads what rtoml will not) or that may use TOML 1.1."""
    if _may_use_toml_1_1(text):
        return None
    try:
        return rtoml.loads(text)
    except ValueError:  # rtoml.TomlParsingError
        return None


def _may_use_toml_1_1(text: str) -> bool:
    """Whether the text may hold a TOML 1.1 addition or a time of day: an escape `\\e` or `\\x`
    anywhere, an inline table (a `{` after `=`, `[` or `,`), a time (`hh:mm` after those, after a
    date's `T`, or after a date and a space)."""
    # Each search only where its first character is in the text (a memchr, ~100x faster than the search
    # itself: `"\\e" in text` stops at every "e" of an English bank, ~0.12 ms for 37 kB).
    if "\\" in text and _ESCAPE_1_1.search(text):
        return True
    for m in _BRACE.finditer(text) if "{" in text else ():
        if _value_start(text, m.start()):
            return True
    for m in _CLOCK.finditer(text) if ":" in text else ():
        hours = m.start() - 2
        if hours < 0 or not text[hours:m.start()].isdigit():
            continue
        if text[hours - 1:hours] in ("T", "t") or _value_start(text, hours, also_after_digit=True):
            return True
    return False


def _value_start(text: str, i: int, *, also_after_digit: bool = False) -> bool:
    """Whether position i may start a value: the last character before it other than blanks
    (looked for in the 64 before; none found, or a comment among them, counts as yes) is `=`,
    `[` or `,` (or a digit)."""
    window = text[max(0, i - 64):i]
    before = window.rstrip()[-1:]
    return before in ("", "=", "[", ",") or "#" in window or (also_after_digit and before.isdigit())


def _long_dotted_key_line(text: str) -> int | None:
    """The line of a dotted key with too many parts (`a.b.c....`), found before a TOML reader sees it.

    Only lines with that many dots are searched, so a normal bank costs one count per line."""
    if text.count(".") < MAX_KEY_PARTS:
        return None
    for n, line in enumerate(text.split("\n"), 1):
        if line.count(".") >= MAX_KEY_PARTS and _LONG_DOTTED_KEY.search(line):
            return n
    return None


def _refuse_long_dotted_key(shown: str, text: str) -> None:
    long_key = _long_dotted_key_line(text)
    if long_key:
        raise BankError.single(shown, "toml", f"a dotted key has more than {MAX_KEY_PARTS} parts; a bank's keys "
                                              "have at most 3 (like bank.source.title)", long_key)


def _refuse_too_deep(shown: str, raw: dict, text: str, *, tomllib_read: bool = False) -> None:
    """BankError if the document nests more than MAX_NESTING deep (~1 ms for a 1,000-question bank,
    so only a document that failed validation, or that a registered type may let through, is walked).
    A dotted key of many parts nests as deep as it has parts, so a document rtoml read that nests no
    deeper than a bank may has none; it is looked for only in a document nested too deep."""
    if not _deeper_than(raw, MAX_NESTING):
        return
    if not tomllib_read:
        _refuse_long_dotted_key(shown, text)
    raise BankError.single(shown, "toml", f"values are nested more than {MAX_NESTING} levels deep; a bank "
                                          "needs at most 5: check the [ ] and { }")


@lru_cache(maxsize=8)
def _nests_deeper_than(model: type, limit: int) -> bool:
    """Whether a document `model` validates may nest more than `limit` tables and arrays deep.

    Read from the model's validation schema: a model (a table) or a list (an array) is a level, a
    scalar none; any other kind of value (any, dict, a validator that runs before the type's own,
    a recursive model) counts as nesting without end. The built-in bank nests 5 deep, so a valid
    bank needs no walk of its document: what validates against a schema nests no deeper than it
    (lax mode turns no table or array into a scalar)."""
    depth = _schema_depth(model.__pydantic_core_schema__)
    return depth is None or depth > limit


_SCALARS = {"str", "int", "float", "bool", "date", "datetime", "time", "literal", "none"}
_WRAPPERS = {"default", "nullable", "function-after"}  # the value as the inner schema takes it


def _schema_depth(schema: dict) -> int | None:
    """Levels of tables and arrays a value of this pydantic-core schema has at most; None: no bound."""
    kind = schema.get("type")
    if kind in _SCALARS:
        return 0
    if kind in _WRAPPERS:
        return _schema_depth(schema["schema"])
    if kind == "model":
        return _schema_depth(schema["schema"])
    if kind == "model-fields":
        if schema.get("extras_schema") is not None or schema.get("extra_behavior") == "allow":
            return None
        depths = [_schema_depth(f["schema"]) for f in schema["fields"].values()]
        return None if None in depths else 1 + max(depths, default=0)
    if kind == "list":
        inner = _schema_depth(schema["items_schema"]) if "items_schema" in schema else None
        return None if inner is None else 1 + inner
    if kind == "tagged-union":
        depths = [_schema_depth(choice) for choice in schema["choices"].values()]
        return None if None in depths else max(depths, default=0)
    if kind == "union":
        depths = [_schema_depth(c[0] if isinstance(c, tuple) else c) for c in schema["choices"]]
        return None if None in depths else max(depths, default=0)
    return None


def _deeper_than(value, limit: int) -> bool:
    """Whether tables and arrays nest more than `limit` deep; level by level, not recursion."""
    level = [value] if isinstance(value, (dict, list)) else []
    for _ in range(limit):
        deeper = []
        for item in level:
            deeper += [c for c in (item.values() if isinstance(item, dict) else item) if isinstance(c, (dict, list))]
        if not deeper:
            return False
        level = deeper
    return bool(level)


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
    if len(rel) > MAX_FILE_NAME_CHARS:
        return "", [Problem(shown, line(), "bank.source.file",
                            f"is {len(rel):,} characters long; a file name may be at most {MAX_FILE_NAME_CHARS:,}")]
    target = inside_folder(path.parent, rel)
    if target is None:
        return "", [Problem(shown, line(), "bank.source.file",
                            f"{rel!r} leaves the bank's folder; keep the article beside the bank")]
    try:
        data = read_limited(target, MAX_ARTICLE_BYTES, what="an article", follow_links=False)
    except ReadRefused as exc:
        reason = exc.reason
        if reason.startswith("no such file"):
            reason = "does not exist next to the bank"
        return "", [Problem(shown, line(), "bank.source.file", f"{rel!r} {reason}")]
    binary = not_text_problem(data)
    if binary:
        return "", [Problem(shown, line(), "bank.source.file", f"{rel!r} {binary}")]
    try:
        article = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text() did
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
        return unknown_type_message(err)
    if kind == "union_tag_not_found":
        return "required field is missing; give the question a type"
    return plain_message(err)


def _problem(shown: str, locator: "_Locator", raw: dict, loc: tuple, message: str) -> Problem:
    clean = error_location(loc)
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
        # Indexes built in this one pass, so that a file with thousands of problems is not rescanned
        # once per problem (8,000 unknown tables took 52 s that way).
        self._table_at: dict[tuple[str, int | None], int] = {}
        self._top: dict[str, int] = {}
        counts: dict[str, int] = {}
        for n, line in enumerate(self.lines, 1):
            m = self._HEADER.match(line)
            if not m:
                k = self._KEY.match(line)
                if k:
                    self._top.setdefault(k.group(1).strip('"'), n)
                continue
            self._top.setdefault(m.group(2).split(".")[0].strip('"'), n)
            name = m.group(2).replace('"', "").replace(" ", "")
            if m.group(1) == "[[":
                idx = counts.get(name, 0)
                counts[name] = idx + 1
            else:
                idx = None
            self._table_at.setdefault((name, idx), len(self.tables))
            self.tables.append((name, idx, n))

    def _span(self, name: str, index: int | None) -> tuple[int, int] | None:
        k = self._table_at.get((name, index))
        if k is None:
            return None
        start = self.tables[k][2]
        end = len(self.lines) + 1
        for tname2, _, start2 in self.tables[k + 1:]:
            if not tname2.startswith(name + ".") or tname2 == name:
                end = start2
                break
        return start, end

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
        return self._top.get(str(head))
