"""Writing a Bank back as the native TOML a teacher edits, fields in the order questions/README.md shows."""

from __future__ import annotations

from pathlib import Path

import tomli_w

from studyapp.core.bank import Bank
from studyapp.core.loader import inside_folder

_FIRST = ("id", "type", "topic")
_LAST = ("explanation", "source")


def bank_to_toml(bank: Bank) -> str:
    data = bank.model_dump(mode="python", exclude_none=True, exclude_defaults=True)
    info = data["bank"]
    info["source"] = info.pop("source")  # tables after plain keys
    # Each [[people]] and [[questions]] entry is written as its own table: tomli_w would put short
    # arrays of tables inline, which teachers find hard to edit and the loader cannot point into.
    parts = [_dumps({"bank": info})]
    for person in data.get("people", []):
        parts.append("[[people]]\n" + _dumps(person))
    for q in data["questions"]:
        parts.append("[[questions]]\n" + _dumps(_ordered(q)))
    return "\n".join(parts)


def _dumps(table: dict) -> str:
    """Multi-line strings where they keep the text: TOML reads a CR LF inside one as LF, so a table
    whose text holds a CR is written with escapes (`\\r\\n`) instead."""
    return tomli_w.dumps(table, multiline_strings=not _holds_cr(table))


def _holds_cr(value) -> bool:
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, dict):
        return any(_holds_cr(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_cr(v) for v in value)
    return False


def _ordered(q: dict) -> dict:
    keys = [*_FIRST, *(k for k in q if k not in _FIRST and k not in _LAST), *_LAST]
    return {k: q[k] for k in keys if k in q}


def write_toml(bank: Bank, path: Path | str, article: str = "") -> list[str]:
    """Write the bank; its article goes beside it at `[bank.source].file` unless a different file is there."""
    path = Path(path)
    path.write_text(bank_to_toml(bank), encoding="utf-8")
    rel = bank.bank.source.file
    if not rel:
        return []
    target = inside_folder(path.parent, rel)
    if not article:
        return [f"the article text {rel!r} was not available; copy it next to {path.name} "
                "or the bank will not load"] if target is None or not target.is_file() else []
    if target is None:
        return [f"the article path {rel!r} leaves the folder of {path.name}; copy the article there by hand"]
    if target.is_file():
        if target.read_text(encoding="utf-8") != article:
            return [f"{target} exists with a different text; left as it is"]
        return []
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(article, encoding="utf-8")
    return []
