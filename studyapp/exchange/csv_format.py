"""Banks as spreadsheets: one question per row under a header row (columns in README.md).

Rows are numbered as a spreadsheet numbers them (a cell with a line break is still one row), so
`bank.csv:7: answer: ...` sends the teacher to row 7 in LibreOffice or Excel. Rows above the
header that start with `#` carry the bank's metadata (`# title: ...`); other `#` rows are notes.
A cell used by no field of the row's type is an error rather than silently lost.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from studyapp.core.bank import QUESTION_TYPES, Bank
from studyapp.core.loader import LoadedBank, not_text_problem, read_bank_bytes
from studyapp.errors import BankError, Problem
from studyapp.exchange.building import build_bank
from studyapp.exchange.fields import (WS, META_LINE, Metadata, join_list, join_pairs, metadata_lines, neutralise_cell,
                                      restore_cell, slug_from_name, split_list, split_pairs)

COLUMNS = ("id", "type", "topic", "prompt", "answer", "choices", "accept", "items", "pairs", "speaker", "quote",
           "distractors", "precision", "explanation", "source", "tags")
REQUIRED = ("id", "type", "topic", "explanation", "source")
COMMON = {"id", "type", "topic", "explanation", "source", "tags"}
LISTS = {"choices", "accept", "items", "distractors", "tags"}
HINTS = {
    "source": "required: a verbatim excerpt of the article the answer comes from",
    "explanation": "required: why the answer is right, shown after answering",
    "prompt": "required for this type: the question as the student sees it",
    "answer": "required for this type",
    "# source.title": "required: add a row `# source.title: the article's title` above the header",
}
DELIMITERS = (",", ";", "\t")


def columns() -> tuple[str, ...]:
    """COLUMNS, then any a registered question type adds (`QuestionType.columns`)."""
    extra = [c for spec in QUESTION_TYPES.specs() for c in spec.columns if c not in COLUMNS]
    return COLUMNS + tuple(dict.fromkeys(extra))


def read_csv(path: Path | str, *, follow_links: bool = True) -> LoadedBank:
    """Read a CSV bank; raise BankError listing every problem as `file:row: column: message`."""
    path = Path(path)
    return parse_csv(read_bank_bytes(path, follow_links=follow_links), path)


def parse_csv(data: bytes, path: Path) -> LoadedBank:
    shown = str(path)
    binary = not_text_problem(data, "CSV UTF-8 (.csv)")
    if binary:
        raise BankError.single(shown, "file", binary)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BankError.single(shown, "file", "is not UTF-8 text; save it as “CSV UTF-8” (Excel) or choose "
                                              "the UTF-8 character set (LibreOffice)", line) from None
    rows = _rows(text, shown)
    meta = Metadata()
    problems: list[Problem] = []
    header: list[str] | None = None
    header_row = 0
    questions: list[dict] = []
    question_rows: list[int] = []
    for n, row in enumerate(rows, 1):
        cells = [c.strip(WS) for c in row]
        if not any(cells):
            continue
        if header is None:
            if cells[0].startswith("#"):
                _meta_row(cells, n, meta, problems, shown)
                continue
            header, header_problems = _header(cells, n, shown)
            header_row = n
            if header_problems:
                raise BankError(problems + header_problems)
            continue
        record = {}
        for col, value in zip(header, row):
            if col and value.strip(WS):
                record[col] = restore_cell(value.strip(WS))  # undo the export's `'` before =, +, -, @
        for extra in row[len(header):]:
            if extra.strip(WS):
                problems.append(Problem(shown, n, "row", "has more cells than the header has columns"))
                break
        unused = _unused_cells(record, n, shown)
        problems.extend(unused)
        for problem in unused:
            del record[problem.field]
        questions.append(_question(record))
        question_rows.append(n)
    if header is None:
        raise BankError.single(shown, "header", "no header row found: the first row that does not start with # "
                                                f"must name the columns ({', '.join(REQUIRED)}, ...)", None)
    if not questions:
        raise BankError.single(shown, "questions", "no question rows below the header; add one row per question",
                               header_row)

    raw = {"bank": meta.raw_bank(slug_from_name(path.stem), path.stem), "questions": questions}
    raw["people"] = meta.people or _people_from_speakers(questions)

    def where(loc: tuple) -> tuple[int | None, str]:
        head = loc[0] if loc else "bank"
        if head == "questions":
            if len(loc) < 2:  # the list as a whole: too many rows (no rows at all is caught above)
                return header_row, "questions"
            row = question_rows[loc[1]]
            column = next((p for p in loc[2:] if isinstance(p, str)), "type")
            return row, column
        if head == "people" and meta.people and len(loc) > 1:
            return meta.people_lines[loc[1]], "# person"
        if head == "bank":
            key = ".".join(str(p) for p in loc[1:3] if isinstance(p, str)) or "id"
            return meta.lines.get(key), f"# {key}"
        return None, str(head)

    try:
        bank = build_bank(raw, shown, where, HINTS)
    except BankError as exc:
        problems.extend(exc.problems)
    if problems:
        raise BankError(sorted(set(problems), key=lambda p: (p.line or 0, p.field, p.message)))
    return LoadedBank(bank=bank, path=path, article="")


def _rows(text: str, shown: str) -> list[list[str]]:
    """Parse with the delimiter whose header row names the most known columns (comma, semicolon or tab)."""
    best: tuple[int, list[list[str]]] | None = None
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
        except csv.Error as exc:
            if best is None and delimiter == DELIMITERS[-1]:
                raise BankError.single(shown, "file", f"is not valid CSV ({exc})") from None
            continue
        head = next((r for r in rows if any(c.strip(WS) for c in r) and not r[0].strip(WS).startswith("#")), [])
        known = columns()
        score = sum(1 for c in head if c.strip(WS).lower() in known)
        if best is None or score > best[0]:
            best = (score, rows)
    if best is None:
        raise BankError.single(shown, "file", "is not valid CSV; check the quotes around cells")
    return best[1]


def _meta_row(cells: list[str], n: int, meta: Metadata, problems: list[Problem], shown: str) -> None:
    first = cells[0].lstrip("#").strip(WS)
    if re.fullmatch(r"[a-z][a-z_]*(\.[a-z_]+)?:?", first):  # `# title` in A1 and the value in B1
        first = first.rstrip(":") + ": "
    m = META_LINE.match(first)
    if not m:
        return  # a note for people, not for the app
    key, value = m.group(1), m.group(2)
    if not value.strip(WS):  # `# title` in A1 and the value in B1
        value = next((c for c in cells[1:] if c), "")
    message = meta.add(key, value, n)
    if message:
        problems.append(Problem(shown, n, f"# {key}", message))


def _header(cells: list[str], n: int, shown: str) -> tuple[list[str], list[Problem]]:
    names = [c.lower() for c in cells]
    problems = []
    known = columns()
    for i, name in enumerate(names):
        if name and name not in known:
            problems.append(Problem(shown, n, name, f"unknown column; use one of {', '.join(known)}"))
        elif name and name in names[:i]:
            problems.append(Problem(shown, n, name, "column appears twice"))
    for name in REQUIRED:
        if name not in names:
            problems.append(Problem(shown, n, name, "required column is missing from the header row"))
    return names, problems


def _unused_cells(record: dict, n: int, shown: str) -> list[Problem]:
    kind = record.get("type", "")
    if kind not in QUESTION_TYPES:
        return []
    used = QUESTION_TYPES[kind].columns
    return [Problem(shown, n, col, f"is not used by a {record['type']} question; leave it empty")
            for col in record if col not in COMMON and col not in used]


def _question(record: dict) -> dict:
    q: dict = {}
    for col, value in record.items():
        if col in LISTS:
            q[col] = split_list(value)
        elif col == "pairs":
            q[col] = split_pairs(value)
        else:
            q[col] = value
    return q


def _people_from_speakers(questions: list[dict]) -> list[dict]:
    """Without `# person` rows, every quote's speaker becomes a person, in order of appearance."""
    names: list[str] = []
    for q in questions:
        speaker = q.get("speaker") if q.get("type") == "quote" else None
        if speaker and speaker not in names:
            names.append(speaker)
    return [{"name": n} for n in names]


# -- writing ------------------------------------------------------------------------------------

def bank_to_csv(bank: Bank) -> str:
    """The bank as CSV text: metadata rows, the header, one row per question."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for key, value in metadata_lines(bank):
        writer.writerow([f"# {key}: {value}"])
    header = columns()
    writer.writerow(header)
    for q in bank.questions:
        cells = _cells(q)
        writer.writerow([neutralise_cell(cells.get(c, "")) for c in header])
    return out.getvalue()


def write_csv(bank: Bank, path: Path | str) -> list[str]:
    """Write with a byte-order mark so Excel opens it as UTF-8; every question fits, so no warnings."""
    Path(path).write_text("\ufeff" + bank_to_csv(bank), encoding="utf-8", newline="")
    return []


def _cells(q) -> dict[str, str]:
    """The row of a question: the columns its type names, each its field of that name."""
    c = {"id": q.id, "type": q.type, "topic": q.topic, "explanation": q.explanation, "source": q.source,
         "tags": join_list(q.tags)}
    for column in QUESTION_TYPES.of(q).columns:
        value = getattr(q, column)
        if column == "pairs":
            c[column] = join_pairs(value)
        elif column in LISTS:
            c[column] = join_list(value)
        else:
            c[column] = "" if value is None else value
    return c
