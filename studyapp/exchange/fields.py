"""Text encodings shared by the CSV and GIFT formats: lists in one cell and bank metadata lines.

A spreadsheet cell or a GIFT comment holds one string, so lists are joined with `|` and pairs
with `=`; a backslash escapes either (`\\|`, `\\=`, `\\\\`). Other backslashes are kept as typed,
so a teacher's `C:\\path` survives. Bank metadata is written as `key: value` lines (`# ` rows in
CSV, `// ` comments in GIFT) so the two formats document it the same way.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.bank import Bank

_ESCAPES = {"\\": "\\", "|": "|", "=": "="}

# Unicode White_Space: what the Bank model trims from every text (pydantic's str_strip_whitespace).
# Python's bare strip() also takes the controls \x1c-\x1f off, which a bank may hold: readers trim
# with this set, so a text comes back exactly as the model keeps it.
WS = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f")

# Keys accepted in metadata lines, in the order they are written.
META_KEYS = ("id", "version", "title", "language", "description", "sides",
             "source.title", "source.publisher", "source.published", "source.url", "person")
META_LINE = re.compile(r"^\s*([a-z][a-z_]*(?:\.[a-z_]+)?)\s*:\s?(.*)$", re.S)


# OWASP's CSV-injection rule: a spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    """A cell no spreadsheet runs as a formula: a leading `'` before a formula start, as OWASP advises.

    A cell that already starts with `'` and then a formula start or another `'` gets one more, so
    `restore_cell` can always take exactly one off: export -> import gives back the same text."""
    if text.startswith(FORMULA_STARTS) or (text[:1] == "'" and text[1:2] in (*FORMULA_STARTS, "'")):
        return "'" + text
    return text


def write_neutral_csv(path: Path, fieldnames: Sequence[str], rows: Iterable[Mapping[str, str]], *,
                      encoding: str = "utf-8") -> None:
    """Every report's CSV goes through here, so no cell from a bank, a student's name or a topic can start
    a spreadsheet formula (OWASP CSV injection), whichever report writes it."""
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames, restval="")
        writer.writeheader()
        writer.writerows({k: neutralise_cell(v) for k, v in row.items()} for row in rows)


def restore_cell(text: str) -> str:
    """The inverse of `neutralise_cell`; a teacher's own `'Tis` (a quote before a letter) is kept."""
    if text[:1] == "'" and text[1:2] in (*FORMULA_STARTS, "'"):
        return text[1:]
    return text


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("=", "\\=")


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPES:
            out.append(text[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split_raw(text: str, sep: str, maxsplit: int = -1) -> list[str]:
    """Split on unescaped `sep`, keeping escapes in the parts."""
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPES:
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch == sep and (maxsplit < 0 or len(parts) < maxsplit):
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def join_list(items: list[str]) -> str:
    return "|".join(escape(x) for x in items)


def split_list(text: str) -> list[str]:
    if not text.strip(WS):
        return []
    return [unescape(p).strip(WS) for p in _split_raw(text, "|")]


def join_pairs(pairs: list[list[str]]) -> str:
    return "|".join(f"{escape(a)}={escape(b)}" for a, b in pairs)


def split_pairs(text: str) -> list[list[str]]:
    """'a=b|c=d' -> [['a', 'b'], ['c', 'd']]; an item without '=' stays a one-item list (an error later)."""
    if not text.strip(WS):
        return []
    return [[unescape(x).strip(WS) for x in _split_raw(raw, "=", 1)] for raw in _split_raw(text, "|")]


def metadata_lines(bank: Bank) -> list[tuple[str, str]]:
    """The bank's metadata as (key, value) pairs, written as `key: value` lines."""
    info, src = bank.bank, bank.bank.source
    lines = [("id", info.id), ("version", str(info.version)), ("title", info.title), ("language", info.language)]
    if info.description:
        lines.append(("description", info.description))
    if info.sides:
        lines.append(("sides", join_list(info.sides)))
    lines.append(("source.title", src.title))
    if src.publisher:
        lines.append(("source.publisher", src.publisher))
    if src.published:
        lines.append(("source.published", src.published.isoformat()))
    if src.url:
        lines.append(("source.url", src.url))
    for p in bank.people:
        parts = [p.name, p.role, p.side, *p.aliases]
        while len(parts) > 1 and not parts[-1]:
            parts.pop()
        lines.append(("person", join_list(parts)))
    return lines


@dataclass
class Metadata:
    """Bank metadata gathered from `key: value` lines, remembering the line each came from."""

    values: dict[str, str] = field(default_factory=dict)
    people: list[dict] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    people_lines: list[int] = field(default_factory=list)

    def add(self, key: str, value: str, line: int) -> str | None:
        """Record one line; return a problem message, or None."""
        if key not in META_KEYS:
            return f"unknown bank field {key!r}; use one of {', '.join(META_KEYS)}"
        value = value.strip(WS)
        if key == "person":
            parts = split_list(value)
            if not parts or not parts[0]:
                return "a person needs a name: `person: Name | role | side | alias | alias`"
            person = {"name": parts[0]}
            if len(parts) > 1 and parts[1]:
                person["role"] = parts[1]
            if len(parts) > 2 and parts[2]:
                person["side"] = parts[2]
            if len(parts) > 3:
                person["aliases"] = parts[3:]
            self.people.append(person)
            self.people_lines.append(line)
            return None
        if key in self.values:
            return f"bank field {key!r} is given twice (first on line {self.lines[key]})"
        self.values[key] = value
        self.lines[key] = line
        return None

    def raw_bank(self, default_id: str, default_title: str) -> dict:
        """The `[bank]` table; id and title default to the file's name, version to 1."""
        v = self.values
        info: dict = {"id": v.get("id") or default_id, "version": v.get("version") or 1,
                      "title": v.get("title") or default_title}
        for key in ("language", "description"):
            if v.get(key):
                info[key] = v[key]
        if v.get("sides"):
            info["sides"] = split_list(v["sides"])
        source = {k.split(".", 1)[1]: v[k] for k in v if k.startswith("source.") and v[k]}
        info["source"] = source
        return info


def slug_from_name(name: str) -> str:
    """A bank or question id made from a file name or title: 'My Bank (2)' -> 'my-bank-2'."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-._")
    return (slug or "bank")[:80]
