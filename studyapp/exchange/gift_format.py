"""Moodle GIFT: the question types GIFT has, with anything it cannot hold reported, never dropped quietly.

Mapping (README.md has the full table): choice <-> multiple choice (True/False choices <-> {T}/{F}),
typed <-> short answer (a cloze <-> GIFT's missing-word form), date with a year <-> numerical,
match <-> matching. Topics travel as `$CATEGORY:` lines, question ids as `::id::` titles, the
explanation as general feedback `####`. What GIFT has no place for (the source excerpt, tags, bank
metadata) travels in `// key: value` comments, which Moodle ignores, so a file round-trips.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.bank import QUESTION_TYPES, TOPICS, Bank
from studyapp.core.loader import LoadedBank, not_text_problem, read_bank_bytes
from studyapp.errors import BankError, Problem
from studyapp.exchange.building import build_bank
from studyapp.exchange.fields import (META_KEYS, META_LINE, WS, Metadata, join_list, metadata_lines, slug_from_name,
                                      split_list)

SPECIAL = "~=#{}:"
HINTS = {
    "source": "required: add a line `// source: the article's words` above the question",
    "explanation": "required: add general feedback `####why the answer is right` inside the braces",
    "# source.title": "required: add a line `// source.title: the article's title` at the top of the file",
}
DEFAULT_TOPIC = "context"


def escape(text: str) -> str:
    """Escape GIFT's special characters, backslashes and line breaks (`\\n`).

    GIFT has no escape for `->` (a matching pair's arrow); it is written `-\\>`, which no reader takes
    for an arrow: ours turns `\\>` back into `>`, Moodle shows the backslash. Other line breaks (CR, VT,
    FF, NEL, U+2028/2029) are written as they are: the reader splits lines on LF alone, as Moodle does.
    """
    text = text.replace("\\", "\\\\")
    for ch in SPECIAL:
        text = text.replace(ch, "\\" + ch)
    return text.replace("->", "-\\>").replace("\n", "\\n")


_WEIGHT = re.compile(r"\s*%(-?\d+(?:\.\d+)?)%")


def option(mark: str, text: str) -> str:
    """`=text` or `~text`; a text that itself starts like a weight (`%50%…`) gets an explicit one, so
    Moodle and our reader do not take its start for partial credit."""
    weight = ("%100%" if mark == "=" else "%0%") if _WEIGHT.match(text) else ""
    return mark + weight + escape(text)


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in SPECIAL or nxt == "\\" or nxt == ">":
                out.append(nxt)
                i += 2
                continue
            if nxt == "n":
                out.append("\n")
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _comment_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _comment_unescape(text: str) -> str:
    return re.sub(r"\\(\\|n)", lambda m: "\n" if m.group(1) == "n" else "\\", text)


# -- reading ------------------------------------------------------------------------------------

@dataclass
class _Block:
    line: int
    lines: list[str] = field(default_factory=list)
    comments: dict[str, str] = field(default_factory=dict)


@dataclass
class GiftRead:
    loaded: LoadedBank
    warnings: list[str]


def read_gift(path: Path | str, *, follow_links: bool = True) -> GiftRead:
    """Read a GIFT file; questions GIFT types cannot map to are left out and listed in `warnings`."""
    path = Path(path)
    shown = str(path)
    data = read_bank_bytes(path, follow_links=follow_links)
    binary = not_text_problem(data)
    if binary:
        raise BankError.single(shown, "file", binary)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BankError.single(shown, "file", "is not UTF-8 text; save it as UTF-8", line) from None
    return parse_gift(text, path)


def parse_gift(text: str, path: Path) -> GiftRead:
    shown = str(path)
    meta = Metadata()
    problems: list[Problem] = []
    warnings: list[str] = []
    topic = DEFAULT_TOPIC
    topic_warned: set[str] = set()
    questions: list[dict] = []
    question_lines: list[int] = []
    seen_question = False
    for block in _blocks(text):
        body = " ".join(block.lines).strip(WS) if block.lines else ""
        if not body:
            # Comments alone: the file's metadata while no question has been read yet.
            if not seen_question:
                for key, entry in block.comments.items():
                    if key in META_KEYS and key != "person":
                        value, line = entry
                        message = meta.add(key, value, line)
                        if message:
                            problems.append(Problem(shown, line, f"// {key}", message))
                for value, line in block.comments.get("person@all", []):
                    message = meta.add("person", value, line)
                    if message:
                        problems.append(Problem(shown, line, "// person", message))
            continue
        if body.startswith("$CATEGORY:"):
            name = body.split(":", 1)[1].strip(WS).rstrip("/").rsplit("/", 1)[-1].strip(WS)
            if name in TOPICS:
                topic = name
            else:
                topic = DEFAULT_TOPIC
                if name not in topic_warned:
                    topic_warned.add(name)
                    warnings.append(f"{shown}:{block.line}: category {name!r} is not a studyapp topic "
                                    f"({', '.join(TOPICS)}); its questions are filed under {DEFAULT_TOPIC!r}")
            continue
        seen_question = True
        q, message, warning = _question(block, topic)
        if warning:
            warnings.append(f"{shown}:{block.line}: {warning}")
        if message:
            problems.append(Problem(shown, block.line, "question", message))
            continue
        if q is None:
            continue
        if "source" in block.comments:
            q["source"] = block.comments["source"][0]
        if "tags" in block.comments:
            q["tags"] = split_list(block.comments["tags"][0])
        questions.append(q)
        question_lines.append(block.line)
    if problems:
        raise BankError(problems)
    _unique_ids(questions)

    raw = {"bank": meta.raw_bank(slug_from_name(path.stem), path.stem), "people": meta.people,
           "questions": questions}

    def where(loc: tuple) -> tuple[int | None, str]:
        head = loc[0] if loc else "bank"
        if head == "questions":
            if len(loc) < 2:
                return None, "questions: no questions the app can use; see the warnings"
            column = next((p for p in loc[2:] if isinstance(p, str)), "type")
            return question_lines[loc[1]], column
        if head == "people" and len(loc) > 1:
            return meta.people_lines[loc[1]], "// person"
        if head == "bank":
            key = ".".join(str(p) for p in loc[1:3] if isinstance(p, str)) or "id"
            return meta.lines.get(key), f"# {key}"
        return None, str(head)

    bank = build_bank(raw, shown, where, HINTS)
    return GiftRead(LoadedBank(bank=bank, path=path, article=""), warnings)


def _blocks(text: str) -> list[_Block]:
    """Questions are separated by blank lines; `// key: value` comments attach to the block they are in."""
    blocks: list[_Block] = []
    current: _Block | None = None
    # LF alone ends a line (a CR before it is trimmed): splitlines() would also split at CR, VT, FF,
    # NEL and U+2028/2029 inside a text and leak the rest of it into the next question.
    for n, line in enumerate(text.split("\n"), 1):
        stripped = line.strip(WS)
        if not stripped:
            current = None
            continue
        if current is None:
            current = _Block(line=n)
            blocks.append(current)
        if stripped.startswith("//"):
            m = META_LINE.match(stripped[2:].strip(WS))
            if m:
                key, value = m.group(1), _comment_unescape(m.group(2).strip(WS))
                if key == "person":
                    current.comments.setdefault("person@all", []).append((value, n))
                else:
                    current.comments.setdefault(key, (value, n))
            continue
        if not current.lines:
            current.line = n
        current.lines.append(stripped)
    return blocks


def _find(text: str, targets: str, start: int = 0) -> int:
    """Index of the first unescaped character of `targets` at or after `start`, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in targets:
            return i
        i += 1
    return -1


def _split_unescaped(text: str, sep: str) -> list[str]:
    parts, start, i = [], 0, 0
    while i <= len(text) - len(sep):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def _question(block: _Block, topic: str) -> tuple[dict | None, str | None, str | None]:
    """(question dict, problem, warning) for one block."""
    text = " ".join(block.lines)
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        while end != -1 and text[end - 1] == "\\":
            end = text.find("::", end + 1)
        if end == -1:
            return None, "the title is not closed with `::`", None
        name, text = unescape(text[2:end]).strip(WS), text[end + 2:]
    label = f"question {name!r}" if name else "question"
    marker = _MARKER.match(text)
    if marker:
        text = text[marker.end():]
    open_ = _find(text, "{")
    if open_ == -1:
        return None, f"{label}: no answer block `{{...}}`; a GIFT question needs one", None
    close = _find(text, "}", open_ + 1)
    if close == -1:
        return None, f"{label}: the answer block `{{` is not closed with `}}`", None
    before, inside, after = text[:open_], text[open_ + 1:close].strip(WS), text[close + 1:]
    if marker and marker.group(1) == "html":  # Moodle's own exports: keep the words, drop the markup
        before, after, inside = _plain(before), _plain(after), _plain(inside)
    cloze = bool(after.strip(WS))
    qid = slug_from_name(name) if name else ""
    q: dict = {"id": qid, "topic": topic}

    parts = _split_unescaped(inside, "####")
    answers, general = parts[0].strip(WS), "####".join(parts[1:]).strip(WS)
    if general:
        q["explanation"] = unescape(general)

    if not answers:
        return None, None, f"{label}: essay questions have no studyapp form; left out"
    if answers.startswith("#"):
        value = answers[1:].strip(WS)
        m = re.fullmatch(r"(\d{4})(?::0+(?:\.0*)?)?", value)
        if not m or cloze:
            return None, None, f"{label}: only whole years ({{#2022}}) map to a studyapp question; left out"
        q.update(type="date", prompt=unescape(before).strip(WS), answer=m.group(1))
        return q, None, None
    tf = re.fullmatch(r"(T|TRUE|F|FALSE)\s*(#.*)?", answers, re.S)
    if tf:
        warning = f"{label}: per-answer feedback is not kept" if tf.group(2) else None
        right = "True" if tf.group(1).startswith("T") else "False"
        q.update(type="choice", prompt=unescape(before).strip(WS), choices=["True", "False"], answer=right)
        return q, None, warning

    options, warning = _options(answers, label)
    if isinstance(options, str):
        return None, options, None
    marks = {m for m, _ in options}
    if any("->" in _unescaped_view(t) for m, t in options if m == "="):
        pairs = []
        for mark, raw in options:
            pieces = _split_unescaped(raw, "->")
            if mark != "=" or len(pieces) < 2:
                return None, f"{label}: a matching answer is written `=left -> right`", None
            pairs.append([unescape(pieces[0]).strip(WS), unescape("->".join(pieces[1:])).strip(WS)])
        q.update(type="match", prompt=unescape(before).strip(WS), pairs=pairs)
        return q, None, warning
    texts = [unescape(t).strip(WS) for _, t in options]
    if marks == {"="}:
        q.update(type="typed", accept=texts[1:])
        if cloze:
            q.update(prompt=f"{unescape(before)}{{{{{texts[0]}}}}}{unescape(after)}".strip(WS), answer="")
        else:
            q.update(prompt=unescape(before).strip(WS), answer=texts[0])
        return q, None, warning
    rights = [t for (m, _), t in zip(options, texts) if m == "="]
    if len(rights) != 1:
        return None, None, f"{label}: multiple choice with {len(rights)} right answers has no studyapp form; left out"
    if cloze:
        return None, None, f"{label}: a missing-word multiple choice has no studyapp form; left out"
    q.update(type="choice", prompt=unescape(before).strip(WS), choices=texts, answer=rights[0])
    return q, None, warning


_MARKER = re.compile(r"\[(html|moodle|plain|markdown)\]")


def _plain(markup: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>\s*<p>", "\n", markup, flags=re.I)
    return html.unescape(re.sub(r"<[^>]*>", "", text))


def _unescaped_view(raw: str) -> str:
    """The text with escaped characters blanked, to look for unescaped markers like `->`."""
    return re.sub(r"\\.", "  ", raw)


def _options(answers: str, label: str) -> tuple[list[tuple[str, str]] | str, str | None]:
    """Split `=a ~b ~%50%c#feedback` into [(mark, text)], dropping weights and feedback with a warning."""
    starts = []
    i = 0
    while i < len(answers):
        if answers[i] == "\\":
            i += 2
            continue
        if answers[i] in "=~":
            starts.append(i)
        i += 1
    if not starts or answers[: starts[0]].strip(WS):
        return f"{label}: answers must start with = (right) or ~ (wrong)", None
    options, dropped = [], []
    for k, s in enumerate(starts):
        chunk = answers[s + 1: starts[k + 1] if k + 1 < len(starts) else len(answers)]
        weight = _WEIGHT.match(chunk)
        mark = answers[s]
        if weight:
            chunk = chunk[weight.end():]
            pct = float(weight.group(1))
            if 0 < pct < 100 or pct < 0:
                dropped.append("partial credit")
            mark = "=" if pct >= 100 else "~"
        fb = _find(chunk, "#")
        if fb != -1:
            chunk = chunk[:fb]
            dropped.append("per-answer feedback")
        options.append((mark, chunk.strip(WS)))
    warning = f"{label}: {' and '.join(sorted(set(dropped)))} is not kept" if dropped else None
    return options, warning


def _unique_ids(questions: list[dict]) -> None:
    """Untitled questions get q1, q2...; a repeated title gets -2, -3 (ids must be unique)."""
    seen: set[str] = set()
    for n, q in enumerate(questions, 1):
        base = q["id"] or f"q{n}"
        qid, k = base, 2
        while qid in seen:
            qid, k = f"{base}-{k}", k + 1
        q["id"] = qid
        seen.add(qid)


# -- writing ------------------------------------------------------------------------------------

def bank_to_gift(bank: Bank) -> tuple[str, list[str]]:
    """The bank as GIFT text and the list of what could not be expressed."""
    out: list[str] = [f"// {k}: {_comment_escape(v)}" for k, v in metadata_lines(bank)]
    out.append("")
    warnings: list[str] = []
    topic = None
    for q in bank.questions:
        body, warning = _gift_question(bank, q)
        if warning:
            warnings.append(f"{q.id}: {warning}")
        if body is None:
            continue
        if q.topic != topic:
            topic = q.topic
            out += [f"$CATEGORY: $course$/{topic}", ""]
        out.append(f"// source: {_comment_escape(q.source)}")
        if q.tags:
            out.append(f"// tags: {_comment_escape(join_list(q.tags))}")
        out += [body, ""]
    return "\n".join(out), warnings


def write_gift(bank: Bank, path: Path | str) -> list[str]:
    text, warnings = bank_to_gift(bank)
    Path(path).write_text(text, encoding="utf-8")
    return warnings


def _gift_question(bank: Bank, q) -> tuple[str | None, str | None]:
    """The question's GIFT text and what it loses, from the form its type gives (`QuestionType.gift`)."""
    form = QUESTION_TYPES.of(q).gift(bank, q)
    if form is None:
        return None, f"{q.type} questions have no GIFT form; left out"
    # A prompt that starts like a format marker gets an explicit one, so it is not read as the marker.
    title = f"::{escape(q.id)}::" + ("[moodle]" if getattr(q, "prompt", "").startswith("[") else "")
    general = f" ####{escape(q.explanation)}"
    prompt, warning = escape(form.prompt), form.warning
    if form.kind == "truefalse":
        return f"{title}{prompt} {{{form.answers[0]}{general}}}", warning
    if form.kind == "choice":
        options = " ".join(option("=" if right else "~", text) for right, text in form.answers)
        return f"{title}{prompt} {{{options}{general}}}", warning
    if form.kind == "numeric":
        return f"{title}{prompt} {{#{form.answers[0]}{general}}}", warning
    if form.kind == "match":
        pairs = " ".join(f"{option('=', a)} -> {escape(b)}" for a, b in form.answers)
        return f"{title}{prompt} {{{pairs}{general}}}", warning
    answers = " ".join(option("=", a) for a in form.answers)  # "short"
    if form.after is None:
        return f"{title}{prompt} {{{answers}{general}}}", warning
    if not form.after.strip(WS):
        return (f"{title}{prompt} {{{answers}{general}}}",
                "the gap ends the prompt, which GIFT reads as a short answer; it comes back as a typed "
                "question without the gap")
    return f"{title}{prompt}{{{answers}{general}}}{escape(form.after)}", warning
