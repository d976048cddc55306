"""Bank text made safe to print on a terminal.

A bank is untrusted: an ESC sequence in a title can recolour, retitle or clear the terminal, a
C1 control does the same on terminals that honour 8-bit controls, and a bidi override makes
`evil.toml` print as something else. Every command prints bank text through `for_terminal`,
which shows such characters as visible escapes (`\\x1b`, `\\u202e`) instead of sending them.
"""

from __future__ import annotations

import re

# C0 and DEL, C1, line/paragraph separators, bidi embeddings, overrides, isolates and marks, and the
# other invisible format characters a terminal may act on (BOM, word joiner, interlinear annotation).
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
_ANY = re.compile(f"[{_UNSAFE}\n\t]")
_KEEP_LINES = re.compile(f"[{_UNSAFE}\t]")


def _escape(m: re.Match) -> str:
    c = m.group()
    if c == "\t":
        return " "
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str, keep_newlines: bool = False) -> str:
    """`text` with every control and bidi character shown as an escape; newlines kept only if asked."""
    text = str(text)
    return (_KEEP_LINES if keep_newlines else _ANY).sub(_escape, text)


def json_for_terminal(dumped: str) -> str:
    """JSON text (from json.dumps(ensure_ascii=False)) with the same characters as \\u escapes: the
    same JSON value, but nothing a terminal acts on. json.dumps already escapes C0 controls."""
    return re.sub(f"[{_UNSAFE}]", lambda m: f"\\u{ord(m.group()):04x}", dumped)
